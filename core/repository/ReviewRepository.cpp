#include "ReviewRepository.h"

#include "common/Clock.h"

#include <QDateTime>

namespace amanat {

Status ReviewRepository::approve(const PageReview &review)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString now = Clock::nowUtcText();
    auto insert = m_db.prepare(
        "INSERT OR REPLACE INTO redaction_reviews(dossier_id, item_id, page, page_hash, "
        "rules_hash, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, review.dossierId)
        .bind(2, review.itemId)
        .bind(3, review.page)
        .bind(4, review.pageHash)
        .bind(5, review.rulesHash)
        .bind(6, m_custody.actor())
        .bind(7, now);
    AMANAT_TRY(insert->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("redaction_review"), review.itemId,
                                QJsonObject{{QStringLiteral("dossier"), double(review.dossierId)},
                                            {QStringLiteral("page"), review.page},
                                            {QStringLiteral("page_hash"), review.pageHash},
                                            {QStringLiteral("rules_hash"), review.rulesHash}}));
    return transaction->commit();
}

Result<QVector<PageReview>> ReviewRepository::forDossier(qint64 dossierId) const
{
    auto stmt = m_db.prepare("SELECT item_id, page, page_hash, rules_hash, reviewer, reviewed_at "
                             "FROM redaction_reviews WHERE dossier_id = ? ORDER BY item_id, page");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId);
    QVector<PageReview> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(PageReview{dossierId, stmt->integer(0), int(stmt->integer(1)), stmt->text(2),
                              stmt->text(3), stmt->text(4), stmt->text(5)});
    }
    return out;
}

} // namespace amanat
