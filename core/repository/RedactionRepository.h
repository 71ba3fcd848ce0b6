#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVector>

namespace amanat {

/** A redaction: a string removed wherever it occurs in an item, or an area of one page
 *  (fractions of the page, top-left origin). Applies to exports; originals never change.
 *  A "keep" area is the opposite, made in the redaction review: automatic boxes there are
 *  not burned (the reviewer saw the redactor mistake another word for a protected one). The
 *  leak check still reads the page; what it finds inside a kept area is reported as kept by
 *  the reviewer, not as a leak. */
struct Redaction
{
    enum class Kind
    {
        Text,
        Rect,
        Keep
    };
    qint64 id = 0;
    qint64 itemId = 0;
    Kind kind = Kind::Text;
    QString text;
    int page = 0; ///< 1-based, for Rect and Keep
    QRectF area;  ///< for Rect and Keep, in [0,1]×[0,1]
    QString createdAt;
};

/** The redactions of items. The custody log records each change without the redacted
 *  string itself (only its length): the log must not repeat what was hidden. */
class RedactionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RedactionRepository)

public:
    RedactionRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    Result<qint64> addText(qint64 itemId, const QString &text);
    Result<qint64> addRect(qint64 itemId, int page, const QRectF &area);
    Result<qint64> addKeep(qint64 itemId, int page, const QRectF &area);
    Status remove(qint64 redactionId);
    Result<QVector<Redaction>> forItem(qint64 itemId) const;

    /** "PAGE,X,Y,W,H" → page and area; fractions in [0,1]. */
    static Result<std::pair<int, QRectF>> parseRect(const QString &text);
    static QString kindName(Redaction::Kind kind);

private:
    Result<qint64> insert(const Redaction &redaction);

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
