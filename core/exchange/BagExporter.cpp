#include "BagExporter.h"

#include "ItemRecord.h"
#include "common/Clock.h"
#include "common/Csv.h"
#include "common/FileUtil.h"
#include "crypto/Sha256.h"
#include "library/Library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cerrno>

#include <unistd.h>

namespace amanat {

namespace {

/** A bag under construction: a folder beside the destination, removed unless finished. */
class PartialBag
{
public:
    explicit PartialBag(QString path) : m_path(std::move(path)) {}
    ~PartialBag()
    {
        if (!m_done)
            QDir(m_path).removeRecursively();
    }
    const QString &path() const { return m_path; }
    void finished() { m_done = true; }

private:
    QString m_path;
    bool m_done = false;
};

/** Writes @p bytes to @p relative inside the bag and records its SHA-256. */
class BagWriter
{
    Q_DECLARE_TR_FUNCTIONS(BagExporter)

public:
    explicit BagWriter(QString root) : m_root(std::move(root)) {}

    Status write(const QString &relative, const QByteArray &bytes, QMap<QString, QString> &manifest)
    {
        const QString path = m_root + QLatin1Char('/') + relative;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(ErrorCode::Io, tr("The folder for %1 cannot be made.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return fileError(errno, path);
        manifest.insert(relative, Sha256::hexOf(bytes));
        return {};
    }

    QByteArray manifestText(const QMap<QString, QString> &manifest) const
    {
        QByteArray text;
        for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it)
            text +=
                it.value().toLatin1() + ' ' + BagExporter::manifestPath(it.key()).toUtf8() + '\n';
        return text;
    }

    const QString &root() const { return m_root; }

private:
    QString m_root;
};

/** A bag-info value on one line (RFC 8493 §2.2.2: no line breaks inside a value). */
QString oneLine(QString value)
{
    value.replace(QLatin1Char('\r'), QLatin1Char(' '));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value.simplified();
}

/** The earliest and latest event dates among @p items ("2019-03", "2021"), for bag-info. */
QPair<QString, QString> dateRange(const QVector<Item> &items)
{
    QString first;
    QString last;
    for (const Item &item : items) {
        const QString date = item.field("event_date");
        if (date.isEmpty())
            continue;
        const QString start = date.section(QLatin1Char('/'), 0, 0);
        const QString end = date.section(QLatin1Char('/'), -1);
        if (first.isEmpty() || start < first)
            first = start;
        if (last.isEmpty() || end > last)
            last = end;
    }
    return {first, last};
}

} // namespace

QString BagExporter::manifestPath(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%25"));
    escaped.replace(QLatin1Char('\r'), QStringLiteral("%0D"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("%0A"));
    return escaped;
}

Result<BagReport> BagExporter::write(Library &library, const QVector<qint64> &ids,
                                     const QString &outDir, const BagOptions &options)
{
    const QFileInfo target(outDir);
    if (target.exists() && !(target.isDir() && QDir(outDir).isEmpty()))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists; choose a new folder for the bag.").arg(outDir));
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(target.absolutePath()));
    const QString partialPath = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                QStringLiteral(".partial");
    if (QFileInfo::exists(partialPath) && !QDir(partialPath).removeRecursively())
        return makeError(ErrorCode::Io, tr("%1 cannot be removed.").arg(partialPath));
    if (!QDir().mkpath(partialPath))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be made.").arg(partialPath));
    PartialBag partial(partialPath);
    BagWriter bag(partialPath);

    auto written = library.atomically([&](Library &lib) -> Result<BagReport> {
        BagReport report;
        QMap<QString, QString> manifest;
        QVector<Item> items;
        QString allRows = Csv::row(ItemRecord::csvColumns());
        int done = 0;
        for (qint64 id : ids) {
            if (options.cancelled && options.cancelled->load())
                return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
            auto item = lib.items().get(id); // without the protected witness fields
            if (!item.ok())
                return item.error();
            const QString folder = QStringLiteral("data/items/%1").arg(id);
            QString originalPath;
            if (item->original.present) {
                const QString originals =
                    partialPath + QLatin1Char('/') + folder + QStringLiteral("/original");
                if (!QDir().mkpath(originals))
                    return makeError(ErrorCode::Io,
                                     tr("The folder %1 cannot be made.").arg(originals));
                // Streams the original out, checks its SHA-256, and logs the export.
                auto written = lib.exporter().exportOriginal(id, originals, false);
                if (!written.ok())
                    return written.error();
                // Under the name the exporter chose (the stored name's last component).
                originalPath = QStringLiteral("original/") + QFileInfo(*written).fileName();
                manifest.insert(folder + QLatin1Char('/') + originalPath, item->original.sha256);
            }
            AMANAT_TRY(bag.write(folder + QStringLiteral("/metadata.json"),
                                 QJsonDocument(ItemRecord::json(*item)).toJson(), manifest));
            AMANAT_TRY(bag.write(folder + QStringLiteral("/metadata.csv"),
                                 (Csv::row(ItemRecord::csvColumns()) +
                                  Csv::row(ItemRecord::csvValues(*item, originalPath)))
                                     .toUtf8(),
                                 manifest));
            allRows += Csv::row(ItemRecord::csvValues(
                *item, originalPath.isEmpty()
                           ? QString()
                           : QStringLiteral("items/%1/").arg(id) + originalPath));
            auto text = lib.items().text(id);
            if (!text.ok())
                return text.error();
            if (!text->isEmpty()) {
                QStringList pages;
                for (const auto &page : *text)
                    pages << page.second;
                // Pages apart by a form feed, as pdftotext writes them.
                AMANAT_TRY(bag.write(folder + QStringLiteral("/text.txt"),
                                     pages.join(QLatin1Char('\f')).toUtf8(), manifest));
            }
            auto redactions = lib.redactions().forItem(id);
            if (!redactions.ok())
                return redactions.error();
            report.withRedactions += redactions->isEmpty() ? 0 : 1;
            items << *item;
            if (options.progress)
                options.progress(++done, int(ids.size()));
        }
        AMANAT_TRY(bag.write(QStringLiteral("data/items.csv"), allRows.toUtf8(), manifest));
        // Payload-Oxum counts every payload byte, metadata included.
        for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it)
            report.payloadBytes += QFileInfo(partialPath + QLatin1Char('/') + it.key()).size();
        report.files = int(manifest.size());
        report.items = int(items.size());

        QMap<QString, QString> tagManifest;
        const QByteArray manifestText = bag.manifestText(manifest);
        AMANAT_TRY(bag.write(QStringLiteral("bagit.txt"),
                             "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
                             tagManifest));
        QString organization = options.organization;
        if (organization.isEmpty()) {
            auto custodian = lib.custody().custodianName();
            if (custodian.ok())
                organization = *custodian;
        }
        const auto [firstDate, lastDate] = dateRange(items);
        QStringList info;
        if (!organization.isEmpty())
            info << QStringLiteral("Source-Organization: ") + oneLine(organization);
        info << QStringLiteral("Bagging-Date: ") + Clock::nowUtcText().left(10);
        if (!options.software.isEmpty())
            info << QStringLiteral("Bag-Software-Agent: ") + oneLine(options.software);
        if (!options.selection.isEmpty())
            info << QStringLiteral("External-Description: ") +
                        oneLine(tr("Items exported from an Amanat library: %1.")
                                    .arg(options.selection));
        info << QStringLiteral("Payload-Oxum: %1.%2").arg(report.payloadBytes).arg(report.files);
        info << QStringLiteral("Amanat-Items: %1").arg(report.items);
        if (!firstDate.isEmpty())
            info << QStringLiteral("Amanat-Earliest-Event-Date: ") + firstDate
                 << QStringLiteral("Amanat-Latest-Event-Date: ") + lastDate;
        info << QStringLiteral("Amanat-Items-With-Redactions: %1").arg(report.withRedactions);
        AMANAT_TRY(bag.write(QStringLiteral("bag-info.txt"),
                             (info.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(),
                             tagManifest));
        QMap<QString, QString> unused;
        AMANAT_TRY(bag.write(QStringLiteral("manifest-sha256.txt"), manifestText, tagManifest));
        AMANAT_TRY(bag.write(QStringLiteral("tagmanifest-sha256.txt"),
                             bag.manifestText(tagManifest), unused));

        AMANAT_TRY(lib.custody().append(
            QStringLiteral("export_bag"), 0,
            QJsonObject{{QStringLiteral("folder"), target.fileName()},
                        {QStringLiteral("items"), report.items},
                        {QStringLiteral("manifest_sha256"), Sha256::hexOf(manifestText)}}));
        // Everything on disk before the bag takes its name: a crash leaves no half bag.
        QDirIterator files(partialPath, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                ::fsync(file.handle());
        }
        if (target.exists())
            QDir().rmdir(outDir); // the empty folder the user chose
        if (!QDir().rename(partialPath, outDir))
            return makeError(ErrorCode::Io, tr("The bag could not be moved to %1.").arg(outDir));
        syncDirectory(target.absolutePath());
        report.path = outDir;
        return report;
    });
    if (written.ok())
        partial.finished();
    else if (QFileInfo::exists(outDir) && !QFileInfo::exists(partialPath))
        // Renamed into place, then not logged (the commit failed): not exported either.
        QDir(outDir).removeRecursively();
    return written;
}

} // namespace amanat
