#pragma once

#include "BundlePlan.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace amanat {

class Library;

/** What an export produced. */
struct BundleReport
{
    QString folder;
    QStringList pdfFiles; ///< filing copies, in order
    QStringList transportFiles;
    QStringList nativeFiles;
    int pages = 0;
    QString firstBates, lastBates;
    QString manifestSha256;
    QString fingerprint;
    QStringList warnings;      ///< e.g. a part over the size limit (one exhibit larger than it)
    int leakCheckPages = 0;    ///< pages the leak check read back
    int leakCheckPagesOcr = 0; ///< of those, rendered and OCRed
    int leakCheckFiles = 0;    ///< files whose bytes it read
    int unreviewedPages = 0;   ///< pages exported with --accept-unreviewed
};

/** Turns a dossier into a court bundle folder (see README "Bundles"): the filing PDF (or
 *  parts), an encrypted transport copy on request, native media files, and a signed hash
 *  manifest; then records the export in the custody log.
 *
 *  The folder is built beside the destination under a hidden name and renamed into place
 *  only when complete, so a failure (full disk, a damaged original) leaves nothing
 *  half-written. */
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    BundleExporter(Library &library, BundleOptions options);
    ~BundleExporter();

    /** Called with a sentence before each long step. */
    std::function<void(const QString &)> progress;
    /** Set from another thread to stop: checked between steps, exhibits, parts and helper
     *  runs; run() then fails with Cancelled, having written nothing and logged nothing. */
    const std::atomic_bool *cancelled = nullptr;

    Result<BundleReport> run(qint64 dossierId, const QString &outDir);

    static QString batesNumber(const QString &prefix, int number);
    static Status checkPrefix(const QString &prefix);

private:
    struct Run;
    Library &m_library;
    BundleOptions m_options;
};

} // namespace amanat
