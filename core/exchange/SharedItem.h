#pragma once

#include "common/Result.h"
#include "ingest/ExtractionStore.h"
#include "repository/ClipMarkers.h"
#include "repository/ItemRepository.h"
#include "repository/RedactionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace amanat {

class Library;

/** One item as an exchange package carries it: everything another library needs to hold it
 *  as this one does. Its original travels apart, as raw bytes after the package's item list,
 *  in the items' order. */
struct SharedItem
{
    Q_DECLARE_TR_FUNCTIONS(SharedItem)

public:
    qint64 remoteId = 0; ///< the item's number in the sending library
    QString kind;
    QMap<QString, QString> fields; ///< every field but kind; protected ones only when asked
    QStringList tags;
    QString createdAt;
    OriginalInfo original; ///< present when the item has an original
    bool paged = false;
    QStringList pages; ///< extracted text, one entry per page (or one, unpaged)
    std::optional<ExtractionInfo> extraction;
    QVector<Redaction> redactions;
    QVector<ClipMarker> markers;
    QJsonArray custody; ///< the item's custody events in the sending library, as they were

    /** Reads item @p id from @p library; protected witness fields only when
     *  @p includeProtected. */
    static Result<SharedItem> read(Library &library, qint64 id, bool includeProtected);
    QJsonObject toJson() const;
    /** Parses and checks the shape of one entry of a received item list. */
    static Result<SharedItem> fromJson(const QJsonObject &object);
};

} // namespace amanat
