#include "SharedItem.h"

#include "library/Library.h"
#include "model/ItemFields.h"

namespace amanat {

namespace {

QJsonObject redactionJson(const Redaction &r)
{
    QJsonObject json{{QStringLiteral("kind"), RedactionRepository::kindName(r.kind)}};
    if (r.kind == Redaction::Kind::Text) {
        json.insert(QStringLiteral("text"), r.text);
    } else {
        json.insert(QStringLiteral("page"), r.page);
        json.insert(QStringLiteral("x"), r.area.x());
        json.insert(QStringLiteral("y"), r.area.y());
        json.insert(QStringLiteral("w"), r.area.width());
        json.insert(QStringLiteral("h"), r.area.height());
    }
    return json;
}

std::optional<Redaction> redactionFrom(const QJsonObject &json)
{
    Redaction r;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("text")) {
        r.kind = Redaction::Kind::Text;
        r.text = json.value(QStringLiteral("text")).toString();
        return r.text.isEmpty() ? std::nullopt : std::optional<Redaction>(r);
    }
    if (kind != QLatin1String("rect") && kind != QLatin1String("keep"))
        return std::nullopt;
    r.kind = kind == QLatin1String("rect") ? Redaction::Kind::Rect : Redaction::Kind::Keep;
    r.page = json.value(QStringLiteral("page")).toInt();
    r.area = QRectF(
        json.value(QStringLiteral("x")).toDouble(), json.value(QStringLiteral("y")).toDouble(),
        json.value(QStringLiteral("w")).toDouble(), json.value(QStringLiteral("h")).toDouble());
    return r;
}

QJsonObject extractionJson(const ExtractionInfo &info)
{
    QJsonObject json{{QStringLiteral("status"), info.status},
                     {QStringLiteral("error"), info.error},
                     {QStringLiteral("pages"), info.pages},
                     {QStringLiteral("text_chars"), info.textChars},
                     {QStringLiteral("ocr_languages"), info.ocrLanguages},
                     {QStringLiteral("metadata"), info.metadata},
                     {QStringLiteral("exif"), info.exif}};
    if (info.ocrConfidence)
        json.insert(QStringLiteral("ocr_confidence"), *info.ocrConfidence);
    if (info.durationMs)
        json.insert(QStringLiteral("duration_ms"), *info.durationMs);
    if (info.width)
        json.insert(QStringLiteral("width"), *info.width);
    if (info.height)
        json.insert(QStringLiteral("height"), *info.height);
    return json;
}

std::optional<ExtractionInfo> extractionFrom(const QJsonObject &json)
{
    static const QStringList statuses{QStringLiteral("ok"), QStringLiteral("partial"),
                                      QStringLiteral("failed"), QStringLiteral("needs_password")};
    ExtractionInfo info;
    info.status = json.value(QStringLiteral("status")).toString();
    if (!statuses.contains(info.status))
        return std::nullopt;
    info.error = json.value(QStringLiteral("error")).toString();
    info.pages = json.value(QStringLiteral("pages")).toInt();
    info.textChars = json.value(QStringLiteral("text_chars")).toInteger();
    info.ocrLanguages = json.value(QStringLiteral("ocr_languages")).toString();
    info.metadata = json.value(QStringLiteral("metadata")).toObject();
    info.exif = json.value(QStringLiteral("exif")).toObject();
    if (json.contains(QStringLiteral("ocr_confidence")))
        info.ocrConfidence = json.value(QStringLiteral("ocr_confidence")).toDouble();
    if (json.contains(QStringLiteral("duration_ms")))
        info.durationMs = json.value(QStringLiteral("duration_ms")).toInteger();
    if (json.contains(QStringLiteral("width")))
        info.width = json.value(QStringLiteral("width")).toInt();
    if (json.contains(QStringLiteral("height")))
        info.height = json.value(QStringLiteral("height")).toInt();
    return info;
}

QJsonObject eventJson(const CustodyEvent &event)
{
    return QJsonObject{
        {QStringLiteral("seq"), event.seq},         {QStringLiteral("at"), event.at},
        {QStringLiteral("actor"), event.actor},     {QStringLiteral("action"), event.action},
        {QStringLiteral("details"), event.details}, {QStringLiteral("prev_hash"), event.prevHash},
        {QStringLiteral("hash"), event.hash}};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list << entry.toString();
    return list;
}

} // namespace

Result<SharedItem> SharedItem::read(Library &library, qint64 id, bool includeProtected)
{
    auto item = library.items().get(id, includeProtected ? ItemRepository::Protected::Include
                                                         : ItemRepository::Protected::Hide);
    if (!item.ok())
        return item.error();
    SharedItem shared;
    shared.remoteId = id;
    shared.kind = item->kind;
    for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it) {
        const FieldDef *field = ItemFields::find(it.key());
        if (it.key() == QLatin1String("kind") || it.value().isEmpty() || !field ||
            (field->isProtected && !includeProtected))
            continue;
        shared.fields.insert(it.key(), it.value());
    }
    shared.tags = item->tags;
    shared.createdAt = item->createdAt;
    shared.original = item->original;
    auto text = library.items().text(id);
    if (!text.ok())
        return text.error();
    for (const auto &page : *text) {
        shared.paged = page.first > 0;
        shared.pages << page.second;
    }
    auto extraction = library.extractions().info(id);
    if (!extraction.ok())
        return extraction.error();
    if (*extraction && (*extraction)->status != QLatin1String("pending"))
        shared.extraction = **extraction;
    auto redactions = library.redactions().forItem(id);
    if (!redactions.ok())
        return redactions.error();
    shared.redactions = *redactions;
    auto markers = library.clipMarkers().list(id);
    if (!markers.ok())
        return markers.error();
    shared.markers = *markers;
    auto events = library.custody().events(id);
    if (!events.ok())
        return events.error();
    for (const CustodyEvent &event : *events)
        shared.custody.append(eventJson(event));
    return shared;
}

QJsonObject SharedItem::toJson() const
{
    QJsonObject fieldsJson;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        fieldsJson.insert(it.key(), it.value());
    QJsonArray redactionsJson;
    for (const Redaction &r : redactions)
        redactionsJson.append(redactionJson(r));
    QJsonArray markersJson;
    for (const ClipMarker &m : markers)
        markersJson.append(QJsonObject{{QStringLiteral("start_ms"), m.startMs},
                                       {QStringLiteral("end_ms"), m.endMs},
                                       {QStringLiteral("note"), m.note}});
    QJsonObject json{
        {QStringLiteral("id"), remoteId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("fields"), fieldsJson},
        {QStringLiteral("tags"), strings(tags)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("paged"), paged}, {QStringLiteral("pages"), strings(pages)}}},
        {QStringLiteral("redactions"), redactionsJson},
        {QStringLiteral("clip_markers"), markersJson},
        {QStringLiteral("custody"), custody}};
    if (original.present)
        json.insert(QStringLiteral("original"),
                    QJsonObject{{QStringLiteral("sha256"), original.sha256},
                                {QStringLiteral("size"), original.size},
                                {QStringLiteral("mime"), original.mime},
                                {QStringLiteral("name"), original.name}});
    if (extraction)
        json.insert(QStringLiteral("extraction"), extractionJson(*extraction));
    return json;
}

Result<SharedItem> SharedItem::fromJson(const QJsonObject &json)
{
    SharedItem item;
    item.remoteId = json.value(QStringLiteral("id")).toInteger();
    const auto bad = [&item](const QString &why) {
        return makeError(ErrorCode::Corrupt,
                         tr("The package's item %1 is malformed: %2.").arg(item.remoteId).arg(why));
    };
    if (item.remoteId <= 0)
        return bad(QStringLiteral("id"));
    item.kind = json.value(QStringLiteral("kind")).toString();
    if (!isItemKind(item.kind))
        return bad(QStringLiteral("kind"));
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!ItemFields::find(it.key()) || it.key() == QLatin1String("kind"))
            return bad(it.key());
        item.fields.insert(it.key(), it.value().toString());
    }
    item.tags = stringsFrom(json.value(QStringLiteral("tags")));
    item.createdAt = json.value(QStringLiteral("created_at")).toString();
    if (json.contains(QStringLiteral("original"))) {
        const QJsonObject original = json.value(QStringLiteral("original")).toObject();
        item.original.present = true;
        item.original.sha256 = original.value(QStringLiteral("sha256")).toString();
        item.original.size = original.value(QStringLiteral("size")).toInteger(-1);
        item.original.mime = original.value(QStringLiteral("mime")).toString();
        item.original.name = original.value(QStringLiteral("name")).toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(item.original.sha256).hasMatch() || item.original.size < 0)
            return bad(QStringLiteral("original"));
    }
    const QJsonObject text = json.value(QStringLiteral("text")).toObject();
    item.paged = text.value(QStringLiteral("paged")).toBool();
    item.pages = stringsFrom(text.value(QStringLiteral("pages")));
    if (json.contains(QStringLiteral("extraction"))) {
        item.extraction = extractionFrom(json.value(QStringLiteral("extraction")).toObject());
        if (!item.extraction)
            return bad(QStringLiteral("extraction"));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("redactions")).toArray()) {
        auto redaction = redactionFrom(value.toObject());
        if (!redaction)
            return bad(QStringLiteral("redactions"));
        item.redactions << *redaction;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("clip_markers")).toArray()) {
        const QJsonObject marker = value.toObject();
        ClipMarker m;
        m.startMs = marker.value(QStringLiteral("start_ms")).toInteger();
        m.endMs = marker.value(QStringLiteral("end_ms")).toInteger();
        m.note = marker.value(QStringLiteral("note")).toString();
        item.markers << m;
    }
    item.custody = json.value(QStringLiteral("custody")).toArray();
    return item;
}

} // namespace amanat
