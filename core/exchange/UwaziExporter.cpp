#include "UwaziExporter.h"

#include "ItemRecord.h"
#include "common/Csv.h"
#include "crypto/Sha256.h"
#include "library/Library.h"
#include "model/DateSpec.h"
#include "model/ItemFields.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <zip.h>

#include <list>
#include <memory>

namespace amanat {

namespace {

const QString kTitle = QStringLiteral("title");

/** Item fields that go to Uwazi: a row's fields but the title, which has a column of its
 *  own. */
QStringList uwaziFields()
{
    QStringList names = ItemRecord::rowFields();
    names.removeAll(kTitle);
    return names;
}

/** One original read from the library while libzip writes the archive: a libzip source
 *  whose bytes come from the blob store, hashed on the way and checked at the end, so a
 *  damaged original fails the archive instead of going into it. */
class OriginalSource
{
public:
    OriginalSource(BlobStore &blobs, qint64 itemId, qint64 size, QString sha256)
        : m_blobs(blobs), m_itemId(itemId), m_size(size), m_sha256(std::move(sha256))
    {
        zip_error_init(&m_error);
    }
    ~OriginalSource() { zip_error_fini(&m_error); }

    static zip_int64_t callback(void *state, void *data, zip_uint64_t length,
                                zip_source_cmd_t command)
    {
        return static_cast<OriginalSource *>(state)->handle(data, length, command);
    }

    QString failure() const { return m_failure; }

private:
    zip_int64_t fail(const QString &why)
    {
        m_failure = why;
        zip_error_set(&m_error, ZIP_ER_READ, 0);
        return -1;
    }

    zip_int64_t handle(void *data, zip_uint64_t length, zip_source_cmd_t command)
    {
        switch (command) {
        case ZIP_SOURCE_OPEN: {
            auto device = m_blobs.open(m_itemId);
            if (!device.ok())
                return fail(device.error().message);
            m_device = std::move(*device);
            m_hash = std::make_unique<Sha256>();
            m_checked = false;
            return 0;
        }
        case ZIP_SOURCE_READ: {
            const qint64 n = m_device->read(static_cast<char *>(data), qint64(length));
            if (n < 0)
                return fail(m_device->errorString());
            if (n > 0) {
                m_hash->add(static_cast<const char *>(data), n);
            } else if (!m_checked && (m_checked = true) && m_hash->hexDigest() != m_sha256) {
                return fail(UwaziExporter::tr("The stored original of item %1 no longer matches "
                                              "its SHA-256; run verify.")
                                .arg(m_itemId));
            }
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            m_device.reset();
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *stat = static_cast<zip_stat_t *>(data);
            zip_stat_init(stat);
            stat->size = zip_uint64_t(m_size);
            stat->mtime = time(nullptr);
            stat->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&m_error, data, length);
        case ZIP_SOURCE_FREE:
            return 0; // owned by the export, which outlives the archive
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&m_error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

    BlobStore &m_blobs;
    const qint64 m_itemId;
    const qint64 m_size;
    const QString m_sha256;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<Sha256> m_hash;
    bool m_checked = false; ///< the digest is final once read
    zip_error_t m_error;
    QString m_failure;
};

/** An archive being written; discarded (nothing on disk) unless closed successfully. */
struct ArchiveDeleter
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDeleter>;

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_error_strerror(zip_get_error(archive)));
}

/** An entry name for @p item's original, unique in the archive and without folders. */
QString entryName(const Item &item)
{
    QString name = QFileInfo(item.original.name).fileName();
    name.replace(QLatin1Char('|'), QLatin1Char('_')); // Uwazi splits attachments on |
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("original");
    return QStringLiteral("%1-%2").arg(item.id).arg(name);
}

} // namespace

QStringList UwaziExporter::columns()
{
    return QStringList{kTitle, QStringLiteral("kind")} + uwaziFields() +
           QStringList{QStringLiteral("tags"), QStringLiteral("amanat_id"),
                       QStringLiteral("sha256"), QStringLiteral("file"),
                       QStringLiteral("attachments")};
}

QString UwaziExporter::uwaziValue(const FieldDef &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (field.type) {
    case FieldDef::Type::Date:
    case FieldDef::Type::DateOrRange: {
        auto date = DateSpec::parse(value, true);
        if (!date.ok())
            return value;
        const QString start = date->start.toString(Qt::ISODate);
        // Uwazi has no month or year precision: the event date goes as the range of days
        // it covers; a plain date as its first day.
        if (field.type == FieldDef::Type::DateOrRange)
            return start + QLatin1Char(':') + date->end.toString(Qt::ISODate);
        return start;
    }
    case FieldDef::Type::Consent:
        return value.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QLatin1Char('|'));
    default:
        return value;
    }
}

QString UwaziExporter::uwaziTag(const QString &path)
{
    return path.split(QLatin1Char('/')).join(QStringLiteral("::"));
}

Result<UwaziReport> UwaziExporter::write(Library &library, const QVector<qint64> &ids,
                                         const QString &outZip, const std::atomic_bool *cancelled)
{
    if (QFileInfo::exists(outZip))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists; choose another name.").arg(outZip));
    if (!QFileInfo(QFileInfo(outZip).absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(QFileInfo(outZip).absolutePath()));

    auto written = library.atomically([&](Library &lib) -> Result<UwaziReport> {
        // Read by libzip when the archive closes, and told to free themselves when it is
        // discarded: declared first, so they outlive the archive on every path.
        std::list<OriginalSource> sources;
        int error = 0;
        Archive archive(
            zip_open(QFile::encodeName(outZip).constData(), ZIP_CREATE | ZIP_EXCL, &error));
        if (!archive) {
            zip_error_t why;
            zip_error_init_with_code(&why, error);
            const QString message = QString::fromUtf8(zip_error_strerror(&why));
            zip_error_fini(&why);
            return makeError(ErrorCode::Io, tr("%1 cannot be written: %2").arg(outZip, message));
        }
        UwaziReport report;
        QString csv = Csv::row(columns());
        QVector<QPair<qint64, QPair<QString, Item>>> logged;
        for (qint64 id : ids) {
            if (cancelled && cancelled->load())
                return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
            auto item = lib.items().get(id); // without the protected witness fields
            if (!item.ok())
                return item.error();
            QStringList row{item->field("title"), item->kind};
            for (const QString &name : uwaziFields())
                row << uwaziValue(*ItemFields::find(name), item->fields.value(name));
            QStringList tags;
            for (const QString &tag : item->tags)
                tags << uwaziTag(tag);
            row << tags.join(QLatin1Char('|')) << QString::number(id) << item->original.sha256;
            QString file;
            QString attachment;
            if (item->original.present) {
                const QString entry = entryName(*item);
                OriginalSource &source = sources.emplace_back(lib.blobs(), id, item->original.size,
                                                              item->original.sha256);
                zip_source_t *zipSource =
                    zip_source_function(archive.get(), &OriginalSource::callback, &source);
                const zip_int64_t index =
                    zipSource ? zip_file_add(archive.get(), entry.toUtf8().constData(), zipSource,
                                             ZIP_FL_ENC_UTF_8)
                              : -1;
                if (index < 0) {
                    if (zipSource)
                        zip_source_free(zipSource);
                    return makeError(
                        ErrorCode::Io,
                        tr("%1 cannot be written: %2").arg(outZip, zipError(archive.get())));
                }
                // Scans, photos and recordings are compressed already.
                zip_set_file_compression(archive.get(), zip_uint64_t(index), ZIP_CM_STORE, 0);
                if (item->original.mime == QLatin1String("application/pdf")) {
                    file = entry;
                    ++report.documents;
                } else {
                    attachment = entry;
                    ++report.attachments;
                }
                logged.append({id, {entry, *item}});
            }
            row << file << attachment;
            csv += Csv::row(row);
            auto redactions = lib.redactions().forItem(id);
            if (!redactions.ok())
                return redactions.error();
            report.withRedactions += redactions->isEmpty() ? 0 : 1;
            ++report.items;
        }
        const QByteArray csvBytes = csv.toUtf8();
        zip_source_t *csvSource = zip_source_buffer(archive.get(), csvBytes.constData(),
                                                    zip_uint64_t(csvBytes.size()), 0);
        if (!csvSource ||
            zip_file_add(archive.get(), "import.csv", csvSource, ZIP_FL_ENC_UTF_8) < 0) {
            if (csvSource)
                zip_source_free(csvSource);
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be written: %2").arg(outZip, zipError(archive.get())));
        }
        // libzip writes a temporary file beside outZip and renames it when everything
        // was read: the ZIP appears whole or not at all.
        if (zip_close(archive.get()) != 0) {
            QString why = zipError(archive.get());
            for (const OriginalSource &source : sources)
                if (!source.failure().isEmpty())
                    why = source.failure();
            return makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(outZip, why));
        }
        archive.release(); // closed and freed by zip_close
        QFile zipFile(outZip);
        Sha256 zipHash;
        if (zipFile.open(QIODevice::ReadOnly)) {
            while (!zipFile.atEnd()) {
                const QByteArray chunk = zipFile.read(1 << 20);
                zipHash.add(chunk.constData(), chunk.size());
            }
        }
        for (const auto &[id, entry] : logged) {
            auto appended = lib.custody().append(
                QStringLiteral("export"), id,
                QJsonObject{{QStringLiteral("sha256"), entry.second.original.sha256},
                            {QStringLiteral("size"), entry.second.original.size},
                            {QStringLiteral("file"), QString(QFileInfo(outZip).fileName() +
                                                             QLatin1Char('/') + entry.first)}});
            if (!appended.ok())
                return appended.error();
        }
        auto appended =
            lib.custody().append(QStringLiteral("export_uwazi"), 0,
                                 QJsonObject{{QStringLiteral("file"), QFileInfo(outZip).fileName()},
                                             {QStringLiteral("items"), report.items},
                                             {QStringLiteral("sha256"), zipHash.hexDigest()}});
        if (!appended.ok())
            return appended.error();
        report.path = outZip;
        return report;
    });
    // Not logged, not exported: a ZIP written before a later step failed goes too (the name
    // was free when the export began).
    if (!written.ok())
        QFile::remove(outZip);
    return written;
}

} // namespace amanat
