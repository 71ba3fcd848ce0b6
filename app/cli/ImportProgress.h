#pragma once

#include "common/Result.h"
#include "ingest/ImportJob.h"

#include <QCoreApplication>
#include <QString>

namespace amanat::cli {

/** Progress of an import on standard error: a self-updating line on a terminal, JSON
 *  lines with --progress-json, nothing otherwise (stdout carries the results). */
class ProgressReporter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReporter)

public:
    explicit ProgressReporter(bool json);

    void imported(const ImportOutcome &outcome, int done, int total);
    void failed(const QString &path, const Error &error, int done, int total);
    void extracted(qint64 itemId, const QString &path, const ExtractionResult &result);
    void finish();

private:
    void statusLine();

    bool m_json;
    bool m_terminal;
    int m_done = 0;
    int m_total = 0;
    int m_extracted = 0;
    int m_toExtract = 0;
};

/** The closing summary on standard error: counts, then every failure with its reason. */
void printImportSummary(const ImportSummary &summary);

} // namespace amanat::cli
