#include "TestimonyEditing.h"

#include "common/Clock.h"
#include "model/ItemFields.h"
#include "Library.h"
#include "crypto/Sha256.h"
#include "search/SearchQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace amanat {

namespace {

Status requireTestimony(const Result<Item> &item)
{
    if (!item.ok())
        return item.error();
    if (item->kind != QLatin1String("testimony"))
        return makeError(ErrorCode::InvalidInput,
                         TestimonyEditing::tr("Item %1 is not a testimony.").arg(item->id));
    return {};
}

} // namespace

QStringList TestimonyEditing::protectedFields()
{
    QStringList names;
    for (const FieldDef &field : ItemFields::all()) {
        if (field.isProtected)
            names << field.qname();
    }
    return names;
}

Status TestimonyEditing::saveTranscript(qint64 itemId, const QString &transcript)
{
    Database &db = m_library.database();
    const FieldDef *field = ItemFields::find(QStringLiteral("transcript"));
    auto normalised = ItemFields::normalise(*field, transcript);
    if (!normalised.ok())
        return normalised.error();
    auto transaction = Transaction::begin(db);
    if (!transaction.ok())
        return transaction.error();
    auto item = m_library.items().get(itemId);
    if (!item.ok())
        return item.error();
    if (!field->appliesTo(item->kind)) // testimonies, and recordings: video and audio
        return makeError(ErrorCode::InvalidInput,
                         tr("Item %1 has no transcript: only testimonies, videos and audio "
                            "recordings do.")
                             .arg(itemId));
    if (item->field("transcript") == *normalised)
        return transaction->commit();

    auto ensure = db.prepare("INSERT OR IGNORE INTO testimonies(item_id) VALUES (?)");
    if (!ensure.ok())
        return ensure.error();
    ensure->bind(1, itemId);
    AMANAT_TRY(ensure->run());
    auto update = db.prepare("UPDATE testimonies SET transcript = ? WHERE item_id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, *normalised).bind(2, itemId);
    AMANAT_TRY(update->run());
    auto touch = db.prepare("UPDATE items SET modified_at = ? WHERE id = ?");
    if (!touch.ok())
        return touch.error();
    touch->bind(1, Clock::nowUtcText()).bind(2, itemId);
    AMANAT_TRY(touch->run());
    AMANAT_TRY(m_library.searchIndex().update(itemId));
    const QByteArray utf8 = normalised->toUtf8();
    AMANAT_TRY(m_library.custody().append(
        QStringLiteral("transcript_edit"), itemId,
        QJsonObject{{QStringLiteral("chars"), qint64(normalised->size())},
                    {QStringLiteral("sha256"), Sha256::hexOf(utf8)}}));
    return transaction->commit();
}

Result<QMap<QString, QString>> TestimonyEditing::revealProtected(qint64 itemId)
{
    auto transaction = Transaction::begin(m_library.database());
    if (!transaction.ok())
        return transaction.error();
    auto item = m_library.items().get(itemId, ItemRepository::Protected::Include);
    AMANAT_TRY(requireTestimony(item));
    QMap<QString, QString> values;
    QJsonArray names;
    for (const QString &name : protectedFields()) {
        values.insert(name, item->fields.value(name));
        names.append(name);
    }
    AMANAT_TRY(m_library.custody().append(QStringLiteral("testimony_reveal"), itemId,
                                          QJsonObject{{QStringLiteral("fields"), names}}));
    AMANAT_TRY(transaction->commit());
    return values;
}

QString TestimonyEditing::tagFor(const QString &witnessCode)
{
    return QStringLiteral("Testimonies/") + witnessCode.trimmed();
}

Result<QVector<qint64>> TestimonyEditing::recordings(const QString &witnessCode) const
{
    QVector<qint64> found;
    if (witnessCode.trimmed().isEmpty())
        return found;
    auto tag = m_library.tags().find(tagFor(witnessCode));
    if (!tag.ok())
        return tag.error();
    if (!*tag)
        return found;
    // The tag's items, without words: the search reads them through the tag index.
    auto ids = m_library.search().matchingIds(SearchQuery::tagFilter(tagFor(witnessCode)));
    if (!ids.ok())
        return ids.error();
    for (qint64 id : *ids) {
        auto item = m_library.items().get(id);
        if (item.ok() && item->original.present &&
            (item->kind == QLatin1String("video") || item->kind == QLatin1String("audio")))
            found << id;
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace amanat
