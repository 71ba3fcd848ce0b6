#pragma once

#include "common/Result.h"
#include "helper/LeakCheckProtocol.h"
#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace amanat {

/** A protected string found in a finished bundle. */
struct LeakProblem
{
    QString file; ///< path inside the bundle folder ("" for the folder's own name)
    int page = 0; ///< 1-based page of that PDF, 0 when the finding is not on a page
    int term = -1;
    QString where; ///< "text layer", "page image", "document information", "file bytes", …
};

struct LeakCheckReport
{
    int pages = 0;    ///< pages whose text layer was read
    int pagesOcr = 0; ///< pages also rendered and OCRed
    int files = 0;    ///< files whose bytes were read
    int kept = 0;     ///< findings inside areas a reviewer kept
    QVector<LeakProblem> problems;
};

/** The independent proof that a bundle shows no protected string (SECURITY.md 16): after
 *  every file is written and before the bundle is moved into place, it reads the output
 *  back as a recipient could. Each filing PDF's pages go through `amanat-extract
 *  --leak-check` (text layers; pixels of every page with images or outlines, OCRed with
 *  other segmentations than the redactor's), several helpers at once; every object of
 *  each PDF is read with qpdf (PdfObjectScanner); the bytes of every file (transport
 *  copies, natives, the manifest) are scanned, and every file name is matched. */
class LeakCheck
{
    Q_DECLARE_TR_FUNCTIONS(LeakCheck)

public:
    struct Input
    {
        QString folder;         ///< where the files are now
        QString folderName;     ///< the name the bundle folder will have
        QStringList filingPdfs; ///< read back page by page (paths inside the folder)
        QVector<RedactionTerm> terms;
        QStringList languageGroups;
        QString helperPath;
        int timeoutSeconds = 600;
        /** True when a finding lies in an area a reviewer kept (then it is counted, not
         *  reported). */
        std::function<bool(const QString &file, const LeakFinding &finding)> kept;
        std::function<void(const QString &)> progress;
        /** Checked before each run of pages; once set, run() fails with Cancelled. */
        const std::atomic_bool *cancelled = nullptr;
    };

    static Result<LeakCheckReport> run(const Input &input);
};

} // namespace amanat
