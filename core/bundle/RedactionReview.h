#pragma once

#include "common/Result.h"
#include "repository/RedactionRepository.h"
#include "repository/ReviewRepository.h"
#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace amanat {

class Library;

/** A page of a dossier's exhibit that a person must look at before it is filed. */
struct ReviewPage
{
    qint64 itemId = 0;
    QString exhibitLabel;
    int page = 0; ///< 1-based page of the original
    QString reason;
    QString pageHash;
    QString rulesHash;
    std::optional<PageReview> review; ///< the latest approval, current or not

    /** Approved, and neither the page nor the rules changed since. */
    bool approved() const
    {
        return review && review->pageHash == pageHash && review->rulesHash == rulesHash;
    }
};

/** The redaction review of a dossier: which pages need a person's look (every scan or
 *  photo page, and every page whose text holds a protected string or that has an area
 *  marked by hand), whether each was approved, and approving. An approval holds while the
 *  page (its original's SHA-256 and number) and the rules that apply to it (the dossier's
 *  terms, the page's areas, the redactor's version) stay what they were. */
class RedactionReview
{
    Q_DECLARE_TR_FUNCTIONS(RedactionReview)

public:
    /** Bumped when the redactor changes what it proposes: older approvals lapse. */
    static constexpr int kRedactorVersion = 1;

    /** Every string to remove from a bundle of @p dossierId: each protected person's (but
     *  those exempted for this dossier), and every text redaction of its exhibits' items
     *  (a string redacted in one exhibit is removed from the whole bundle). */
    static Result<QVector<RedactionTerm>> dossierTerms(Library &library, qint64 dossierId);

    static QString pageHash(const QString &originalSha256, int page);
    static QString rulesHash(const QVector<RedactionTerm> &terms,
                             const QVector<Redaction> &itemRedactions, int page);

    /** The pages of @p dossierId that need review, in exhibit order, with their status. */
    static Result<QVector<ReviewPage>> pages(Library &library, qint64 dossierId);
    /** Approves page @p page of item @p itemId for @p dossierId (logged). */
    static Status approve(Library &library, qint64 dossierId, qint64 itemId, int page);
};

} // namespace amanat
