#include "RedactionRepository.h"

#include "common/Clock.h"

#include <QDateTime>

namespace amanat {

Result<std::pair<int, QRectF>> RedactionRepository::parseRect(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const Error bad = makeError(ErrorCode::InvalidInput,
                                tr("A redaction area is PAGE,X,Y,W,H with X, Y, W and H as "
                                   "fractions of the page (e.g. 1,0.1,0.2,0.5,0.05)."));
    if (parts.size() != 5)
        return bad;
    bool ok = false;
    const int page = parts.at(0).trimmed().toInt(&ok);
    if (!ok || page < 1)
        return bad;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        values[i] = parts.at(i + 1).trimmed().toDouble(&ok);
        if (!ok || values[i] < 0 || values[i] > 1)
            return bad;
    }
    const QRectF area(values[0], values[1], values[2], values[3]);
    if (area.width() <= 0 || area.height() <= 0 || area.right() > 1.000001 ||
        area.bottom() > 1.000001)
        return bad;
    return std::make_pair(page, area);
}

Result<qint64> RedactionRepository::insert(const Redaction &r)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto exists = m_db.prepare("SELECT 1 FROM items WHERE id = ?");
    if (!exists.ok())
        return exists.error();
    exists->bind(1, r.itemId);
    auto row = exists->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no item %1.").arg(r.itemId));
    auto stmt = m_db.prepare("INSERT INTO redactions(item_id, kind, text, page, x, y, w, h, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt.ok())
        return stmt.error();
    const bool isRect = r.kind != Redaction::Kind::Text;
    stmt->bind(1, r.itemId).bind(2, kindName(r.kind)).bind(3, isRect ? QString() : r.text);
    if (isRect) {
        stmt->bind(4, r.page)
            .bind(5, r.area.x())
            .bind(6, r.area.y())
            .bind(7, r.area.width())
            .bind(8, r.area.height());
    } else {
        for (int i = 4; i <= 8; ++i)
            stmt->bindNull(i);
    }
    stmt->bind(9, Clock::nowUtcText());
    AMANAT_TRY(stmt->run());
    const qint64 id = m_db.lastInsertRowId();
    QJsonObject details{{QStringLiteral("redaction"), double(id)},
                        {QStringLiteral("kind"), kindName(r.kind)}};
    if (isRect) {
        details.insert(QStringLiteral("page"), r.page);
        details.insert(QStringLiteral("area"), QStringLiteral("%1,%2,%3,%4")
                                                   .arg(r.area.x())
                                                   .arg(r.area.y())
                                                   .arg(r.area.width())
                                                   .arg(r.area.height()));
    } else {
        details.insert(QStringLiteral("characters"), int(r.text.size()));
    }
    AMANAT_TRY(m_custody.append(QStringLiteral("redaction_add"), r.itemId, details));
    AMANAT_TRY(transaction->commit());
    return id;
}

Result<qint64> RedactionRepository::addText(qint64 itemId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 1000)
        return makeError(ErrorCode::InvalidInput,
                         tr("A text redaction needs the text to remove (at most 1,000 "
                            "characters)."));
    Redaction r;
    r.itemId = itemId;
    r.kind = Redaction::Kind::Text;
    r.text = trimmed;
    return insert(r);
}

QString RedactionRepository::kindName(Redaction::Kind kind)
{
    switch (kind) {
    case Redaction::Kind::Rect:
        return QStringLiteral("rect");
    case Redaction::Kind::Keep:
        return QStringLiteral("keep");
    case Redaction::Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

Result<qint64> RedactionRepository::addKeep(qint64 itemId, int page, const QRectF &area)
{
    if (page < 1 || area.x() < 0 || area.y() < 0 || area.width() <= 0 || area.height() <= 0 ||
        area.right() > 1.000001 || area.bottom() > 1.000001)
        return makeError(ErrorCode::InvalidInput, tr("A kept area must lie within the page."));
    Redaction r;
    r.itemId = itemId;
    r.kind = Redaction::Kind::Keep;
    r.page = page;
    r.area = area;
    return insert(r);
}

Result<qint64> RedactionRepository::addRect(qint64 itemId, int page, const QRectF &area)
{
    if (page < 1 || area.x() < 0 || area.y() < 0 || area.width() <= 0 || area.height() <= 0 ||
        area.right() > 1.000001 || area.bottom() > 1.000001)
        return makeError(ErrorCode::InvalidInput, tr("A redaction area must lie within the page."));
    Redaction r;
    r.itemId = itemId;
    r.kind = Redaction::Kind::Rect;
    r.page = page;
    r.area = area;
    return insert(r);
}

Status RedactionRepository::remove(qint64 redactionId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto find = m_db.prepare("SELECT item_id FROM redactions WHERE id = ?");
    if (!find.ok())
        return find.error();
    find->bind(1, redactionId);
    auto row = find->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no redaction %1.").arg(redactionId));
    const qint64 itemId = find->integer(0);
    auto stmt = m_db.prepare("DELETE FROM redactions WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, redactionId);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("redaction_remove"), itemId,
                                QJsonObject{{QStringLiteral("redaction"), double(redactionId)}}));
    return transaction->commit();
}

Result<QVector<Redaction>> RedactionRepository::forItem(qint64 itemId) const
{
    auto stmt = m_db.prepare("SELECT id, kind, text, page, x, y, w, h, created_at "
                             "FROM redactions WHERE item_id = ? ORDER BY id");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    QVector<Redaction> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        Redaction r;
        r.id = stmt->integer(0);
        r.itemId = itemId;
        const QString kind = stmt->text(1);
        r.kind = kind == QLatin1String("rect")   ? Redaction::Kind::Rect
                 : kind == QLatin1String("keep") ? Redaction::Kind::Keep
                                                 : Redaction::Kind::Text;
        r.text = stmt->text(2);
        if (r.kind != Redaction::Kind::Text) {
            r.page = int(stmt->integer(3));
            r.area = QRectF(stmt->real(4), stmt->real(5), stmt->real(6), stmt->real(7));
        }
        r.createdAt = stmt->text(8);
        out.append(r);
    }
}

} // namespace amanat
