#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

/** A person's approval of one page's redaction for one dossier: valid while the page
 *  (page_hash) and the rules that apply to it (rules_hash) are what they were. */
struct PageReview
{
    qint64 dossierId = 0;
    qint64 itemId = 0;
    int page = 0;
    QString pageHash;
    QString rulesHash;
    QString reviewer;
    QString reviewedAt;
};

/** Redaction reviews. Approving a page is logged (`redaction_review`, with both hashes). */
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    ReviewRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    Status approve(const PageReview &review);
    Result<QVector<PageReview>> forDossier(qint64 dossierId) const;

private:
    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
