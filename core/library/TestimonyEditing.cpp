#include "TestimonyEditing.h"

#include "common/Clock.h"
#include "model/ItemFields.h"
#include "Library.h"
#include "crypto/Sha256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

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

} // namespace amanat
