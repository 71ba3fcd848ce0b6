#include "ItemRecord.h"

#include "model/ItemFields.h"

#include <QJsonArray>

namespace amanat::ItemRecord {

namespace {

/** Every unprotected field but kind, in the registry's order (title first). */
QStringList exportedFields()
{
    QStringList names;
    for (const FieldDef &field : ItemFields::all())
        if (!field.isProtected && field.qname() != QLatin1String("kind"))
            names << field.qname();
    return names;
}

} // namespace

QJsonObject json(const Item &item)
{
    QJsonObject fields;
    for (const QString &name : exportedFields()) {
        const FieldDef *field = ItemFields::find(name);
        if (field->appliesTo(item.kind) && name != QLatin1String("title"))
            fields.insert(name, item.fields.value(name));
    }
    QJsonValue original;
    if (item.original.present)
        original = QJsonObject{{QStringLiteral("name"), item.original.name},
                               {QStringLiteral("sha256"), item.original.sha256},
                               {QStringLiteral("size"), item.original.size},
                               {QStringLiteral("mime"), item.original.mime},
                               {QStringLiteral("imported_at"), item.original.importedAt}};
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("kind"), item.kind},
                       {QStringLiteral("title"), item.field("title")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
                       {QStringLiteral("original"), original},
                       {QStringLiteral("created_at"), item.createdAt},
                       {QStringLiteral("modified_at"), item.modifiedAt}};
}

QStringList rowFields()
{
    QStringList names = exportedFields();
    names.removeAll(QStringLiteral("translation_of"));
    return names;
}

QStringList csvColumns()
{
    return QStringList{QStringLiteral("kind")} + rowFields() +
           QStringList{QStringLiteral("file"), QStringLiteral("tags")};
}

QStringList csvValues(const Item &item, const QString &file)
{
    QStringList values{item.kind};
    for (const QString &name : rowFields())
        values << item.fields.value(name);
    values << file << item.tags.join(QLatin1Char('|'));
    return values;
}

} // namespace amanat::ItemRecord
