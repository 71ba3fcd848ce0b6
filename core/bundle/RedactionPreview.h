#pragma once

#include "common/Result.h"
#include "helper/RasterProtocol.h"

#include <QCoreApplication>
#include <QString>

namespace amanat {

class Library;

/** One page of an item as a bundle would show it, made by the page helper: for
 *  `redact-preview` and the redaction review. With a dossier, its exemptions and the text
 *  redactions of all its exhibits apply (as in its bundle); without one, every protected
 *  person and the item's own text redactions. */
class RedactionPreview
{
    Q_DECLARE_TR_FUNCTIONS(RedactionPreview)

public:
    enum class Mode
    {
        Burned,  ///< the page as exported: every box burned in
        Proposed ///< the page as it is, with the boxes the redactor proposes listed
    };

    /** What the helper needs, read from the library (on the library's thread). */
    struct Job
    {
        RasterRequest request;
        QByteArray original;
        QString what;
    };
    static Result<Job> prepare(Library &library, qint64 itemId, int page, qint64 dossierId,
                               Mode mode);
    /** Runs the helper on a prepared job: touches no library, so any thread may call it
     *  (it blocks for seconds: OCR). */
    static Result<RasterPage> run(const Job &job, const QString &helperPath = QString(),
                                  int timeoutSeconds = 600);
    /** prepare() then run(), on the calling thread. */
    static Result<RasterPage> page(Library &library, qint64 itemId, int page, qint64 dossierId,
                                   Mode mode, const QString &helperPath = QString(),
                                   int timeoutSeconds = 600);
};

} // namespace amanat
