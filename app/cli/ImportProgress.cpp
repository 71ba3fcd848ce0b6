#include "ImportProgress.h"

#include "CliSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace amanat::cli {

namespace {

void writeLine(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

ProgressReporter::ProgressReporter(bool json) : m_json(json), m_terminal(::isatty(STDERR_FILENO)) {}

void ProgressReporter::statusLine()
{
    if (m_json || !m_terminal)
        return;
    const QByteArray line = "\r" +
                            tr("Imported %1 of %2 files; extracted %3 of %4")
                                .arg(m_done)
                                .arg(m_total)
                                .arg(m_extracted)
                                .arg(m_toExtract)
                                .toUtf8() +
                            "\033[K";
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

void ProgressReporter::imported(const ImportOutcome &outcome, int done, int total)
{
    m_done = done;
    m_total = total;
    if (!outcome.duplicate)
        ++m_toExtract;
    if (m_json)
        writeLine({{QStringLiteral("event"),
                    outcome.duplicate ? QStringLiteral("duplicate") : QStringLiteral("imported")},
                   {QStringLiteral("id"), outcome.itemId},
                   {QStringLiteral("path"), outcome.path},
                   {QStringLiteral("done"), done},
                   {QStringLiteral("total"), total}});
    statusLine();
}

void ProgressReporter::failed(const QString &path, const Error &error, int done, int total)
{
    m_done = done;
    m_total = total;
    if (m_json) {
        writeLine({{QStringLiteral("event"), QStringLiteral("failed")},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("error"), error.message},
                   {QStringLiteral("done"), done},
                   {QStringLiteral("total"), total}});
    } else {
        if (m_terminal)
            std::fputs("\r\033[K", stderr);
        Cli::warn(tr("%1: %2").arg(path, error.message));
    }
    statusLine();
}

void ProgressReporter::extracted(qint64 itemId, const QString &path, const ExtractionResult &result)
{
    ++m_extracted;
    if (m_json)
        writeLine({{QStringLiteral("event"), QStringLiteral("extracted")},
                   {QStringLiteral("id"), itemId},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("status"), ExtractionResult::statusName(result.status)},
                   {QStringLiteral("error"), result.error}});
    statusLine();
}

void ProgressReporter::finish()
{
    if (!m_json && m_terminal) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
}

void printImportSummary(const ImportSummary &summary)
{
    Cli::warn(
        ProgressReporter::tr("%n file(s) imported, %1 duplicate(s), %2 could not be imported.",
                             nullptr, summary.imported)
            .arg(summary.duplicates)
            .arg(summary.importFailures.size()));
    for (const auto &failure : summary.importFailures)
        Cli::warn(ProgressReporter::tr("  not imported: %1: %2").arg(failure.path, failure.reason));
    for (const auto &failure : summary.extractionFailures)
        Cli::warn(ProgressReporter::tr("  item %1 (%2): extraction incomplete: %3")
                      .arg(failure.itemId)
                      .arg(failure.path, failure.reason));
}

} // namespace amanat::cli
