#include "JsonFormat.h"

#include "model/ItemFields.h"

#include <QJsonArray>

namespace amanat::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject itemSummaryJson(const Item &item)
{
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("title"), item.field("title")},
        {QStringLiteral("event_date"), orNull(item.field("event_date"))},
        {QStringLiteral("sha256"), orNull(item.original.sha256)},
        {QStringLiteral("size"),
         item.original.present ? QJsonValue(item.original.size) : QJsonValue()},
        {QStringLiteral("original_name"), orNull(item.original.name)},
        {QStringLiteral("imported_at"), orNull(item.original.importedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
    };
}

QJsonObject itemDetailJson(const Item &item, qint64 custodyEvents)
{
    QJsonObject fields;
    for (const FieldDef &field : ItemFields::all()) {
        if (field.isProtected || field.qname() == QLatin1String("kind"))
            continue;
        if (!field.appliesTo(item.kind))
            continue;
        fields.insert(field.qname(), item.fields.value(field.qname()));
    }
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("title"), item.field("title")},
        {QStringLiteral("sha256"), orNull(item.original.sha256)},
        {QStringLiteral("size"),
         item.original.present ? QJsonValue(item.original.size) : QJsonValue()},
        {QStringLiteral("mime"), orNull(item.original.mime)},
        {QStringLiteral("original_name"), orNull(item.original.name)},
        {QStringLiteral("imported_at"), orNull(item.original.importedAt)},
        {QStringLiteral("created_at"), item.createdAt},
        {QStringLiteral("modified_at"), item.modifiedAt},
        {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("protected_fields_set"),
         QJsonArray::fromStringList(item.protectedFieldsSet)},
        {QStringLiteral("custody_events"), custodyEvents},
    };
}

QJsonObject custodyEventJson(const CustodyEvent &event)
{
    return QJsonObject{
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("at"), event.at},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("item"), event.itemId > 0 ? QJsonValue(event.itemId) : QJsonValue()},
        {QStringLiteral("details"), event.details},
        {QStringLiteral("prev_hash"), event.prevHash},
        {QStringLiteral("hash"), event.hash},
    };
}

QJsonValue extractionJson(const std::optional<ExtractionInfo> &info)
{
    if (!info)
        return QJsonValue();
    const auto optionalNumber = [](const auto &value) {
        return value ? QJsonValue(double(*value)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("status"), info->status},
        {QStringLiteral("error"), orNull(info->error)},
        {QStringLiteral("pages"), info->pages},
        {QStringLiteral("text_chars"), info->textChars},
        {QStringLiteral("ocr_languages"), orNull(info->ocrLanguages)},
        {QStringLiteral("ocr_confidence"), optionalNumber(info->ocrConfidence)},
        {QStringLiteral("duration_ms"), optionalNumber(info->durationMs)},
        {QStringLiteral("width"), optionalNumber(info->width)},
        {QStringLiteral("height"), optionalNumber(info->height)},
        {QStringLiteral("exif"), info->exif},
        {QStringLiteral("metadata"), info->metadata},
    };
}

QJsonObject verifyReportJson(const VerifyReport &report)
{
    QJsonArray bad;
    for (const auto &original : report.badOriginals)
        bad.append(QJsonObject{{QStringLiteral("id"), original.itemId},
                               {QStringLiteral("problem"), original.problem}});
    return QJsonObject{
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("ok"), report.integrityProblem.isEmpty()},
                     {QStringLiteral("problem"), orNull(report.integrityProblem)}}},
        {QStringLiteral("originals"),
         QJsonObject{{QStringLiteral("checked"), report.originalsChecked},
                     {QStringLiteral("bad"), bad}}},
        {QStringLiteral("custody"),
         QJsonObject{{QStringLiteral("ok"), report.custody.ok()},
                     {QStringLiteral("events"), report.custody.events},
                     {QStringLiteral("first_bad_seq"), report.custody.firstBadSeq > 0
                                                           ? QJsonValue(report.custody.firstBadSeq)
                                                           : QJsonValue()},
                     {QStringLiteral("problem"), orNull(report.custody.problem)}}},
        {QStringLiteral("committed_head"),
         QJsonObject{{QStringLiteral("ok"), report.lostWork.isEmpty()},
                     {QStringLiteral("problem"), orNull(report.lostWork)}}},
    };
}

} // namespace amanat::cli
