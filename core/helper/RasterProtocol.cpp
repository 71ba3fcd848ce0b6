#include "RasterProtocol.h"

#include <QJsonDocument>

namespace amanat {

namespace {

constexpr int kMaxDpi = 400;
constexpr qint64 kMaxJpegBytes = 64 << 20;

RedactionTerm::Kind kindFromName(const QString &name)
{
    for (auto kind :
         {RedactionTerm::Kind::Name, RedactionTerm::Kind::NamePart, RedactionTerm::Kind::Phone,
          RedactionTerm::Kind::Email, RedactionTerm::Kind::EmailLocal, RedactionTerm::Kind::Contact,
          RedactionTerm::Kind::Text})
        if (RedactionTerms::kindName(kind) == name)
            return kind;
    return RedactionTerm::Kind::Text;
}

QJsonArray areasToJson(const QVector<PageArea> &areas)
{
    QJsonArray out;
    for (const PageArea &area : areas)
        out.append(area.toJson());
    return out;
}

bool areasFromJson(const QJsonArray &json, QVector<PageArea> *areas)
{
    for (const QJsonValue &value : json) {
        PageArea area;
        if (!PageArea::fromJson(value, &area))
            return false;
        areas->append(area);
    }
    return true;
}

QJsonArray rectToJson(const QRectF &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QRectF rectFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
}

bool validJpeg(const QByteArray &jpeg)
{
    return jpeg.startsWith("\xFF\xD8") && jpeg.size() <= kMaxJpegBytes;
}

} // namespace

QJsonArray PlacedWord::toJson() const
{
    return QJsonArray{rect.x(), rect.y(), rect.width(), rect.height(), text, line, rotation};
}

bool PlacedWord::fromJson(const QJsonValue &json, PlacedWord *word)
{
    const QJsonArray a = json.toArray();
    if (a.size() != 7 || !a.at(4).isString())
        return false;
    PlacedWord w;
    w.rect = QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
    w.text = a.at(4).toString();
    w.line = a.at(5).toInt();
    w.rotation = a.at(6).toInt();
    // Fractions of the page, and a quarter turn at a time; anything else is not drawn.
    const QRectF page(0, 0, 1, 1);
    if (!page.adjusted(-0.01, -0.01, 0.01, 0.01).contains(w.rect) || w.rotation % 90 != 0 ||
        w.rotation < 0 || w.rotation >= 360 || w.text.size() > 4096)
        return false;
    *word = w;
    return true;
}

QJsonArray PageArea::toJson() const
{
    return QJsonArray{page, rect.x(), rect.y(), rect.width(), rect.height()};
}

bool PageArea::fromJson(const QJsonValue &json, PageArea *area)
{
    const QJsonArray a = json.toArray();
    if (a.size() != 5)
        return false;
    area->page = a.at(0).toInt();
    area->rect =
        QRectF(a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble(), a.at(4).toDouble());
    return area->page >= 1;
}

QJsonArray termsToJson(const QVector<RedactionTerm> &terms)
{
    QJsonArray out;
    for (const RedactionTerm &term : terms)
        out.append(QJsonObject{{QStringLiteral("text"), term.text},
                               {QStringLiteral("kind"), RedactionTerms::kindName(term.kind)},
                               {QStringLiteral("source"), term.source}});
    return out;
}

QVector<RedactionTerm> termsFromJson(const QJsonArray &json)
{
    QVector<RedactionTerm> terms;
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            terms.append(RedactionTerm{text,
                                       kindFromName(o.value(QStringLiteral("kind")).toString()),
                                       o.value(QStringLiteral("source")).toString()});
    }
    return terms;
}

QByteArray RasterRequest::headerLine() const
{
    const QJsonObject json{
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("mime"), mime},
        {QStringLiteral("pdf_password"), pdfPassword},
        {QStringLiteral("first_page"), firstPage},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("all_pages"), allPages},
        {QStringLiteral("propose"), propose},
        {QStringLiteral("reencode_images"), reencodeImages},
        {QStringLiteral("png"), png},
        {QStringLiteral("text_layer"), textLayer},
        {QStringLiteral("text_languages"), textLanguages},
        {QStringLiteral("terms"), termsToJson(terms)},
        {QStringLiteral("areas"), areasToJson(areas)},
        {QStringLiteral("keeps"), areasToJson(keeps)},
        {QStringLiteral("language_groups"), QJsonArray::fromStringList(languageGroups)},
        {QStringLiteral("skip_strategies"), QJsonArray::fromStringList(skipStrategies)},
        {QStringLiteral("dpi"), dpi}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

bool RasterRequest::parseHeaderLine(const QByteArray &line, RasterRequest *request)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    if (json.isEmpty())
        return false;
    RasterRequest r;
    r.size = qint64(json.value(QStringLiteral("size")).toDouble(-1));
    r.mime = json.value(QStringLiteral("mime")).toString();
    r.pdfPassword = json.value(QStringLiteral("pdf_password")).toString();
    r.firstPage = json.value(QStringLiteral("first_page")).toInt(1);
    r.lastPage = json.value(QStringLiteral("last_page")).toInt(0);
    r.allPages = json.value(QStringLiteral("all_pages")).toBool();
    r.propose = json.value(QStringLiteral("propose")).toBool();
    r.reencodeImages = json.value(QStringLiteral("reencode_images")).toBool();
    r.png = json.value(QStringLiteral("png")).toBool();
    r.textLayer = json.value(QStringLiteral("text_layer")).toBool();
    r.textLanguages = json.value(QStringLiteral("text_languages")).toString();
    r.dpi = json.value(QStringLiteral("dpi")).toInt(300);
    r.terms = termsFromJson(json.value(QStringLiteral("terms")).toArray());
    if (!areasFromJson(json.value(QStringLiteral("areas")).toArray(), &r.areas) ||
        !areasFromJson(json.value(QStringLiteral("keeps")).toArray(), &r.keeps))
        return false;
    for (const QJsonValue &v : json.value(QStringLiteral("language_groups")).toArray())
        if (!v.toString().isEmpty())
            r.languageGroups << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("skip_strategies")).toArray())
        r.skipStrategies << v.toString();
    if (r.size < 0 || r.firstPage < 1 || r.lastPage < 0 || r.dpi < 36 || r.dpi > kMaxDpi)
        return false;
    *request = r;
    return true;
}

QJsonObject RasterPage::toJson() const
{
    QJsonArray boxes, reasons;
    for (const QRectF &box : autoBoxes)
        boxes.append(rectToJson(box));
    for (const QString &reason : autoReasons)
        reasons.append(reason);
    QJsonArray placed;
    for (const PlacedWord &word : words)
        placed.append(word.toJson());
    QJsonObject json{{QStringLiteral("page"), page},
                     {QStringLiteral("width_pt"), pointSize.width()},
                     {QStringLiteral("height_pt"), pointSize.height()},
                     {QStringLiteral("width_px"), pixelSize.width()},
                     {QStringLiteral("height_px"), pixelSize.height()},
                     {QStringLiteral("jpeg"), QString::fromLatin1(jpeg.toBase64())},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("words"), placed},
                     {QStringLiteral("auto_boxes"), boxes},
                     {QStringLiteral("auto_reasons"), reasons},
                     {QStringLiteral("manual_boxes"), manualBoxes},
                     {QStringLiteral("kept_boxes"), keptBoxes},
                     {QStringLiteral("text_layer"), textLayer},
                     {QStringLiteral("grey"), grey}};
    if (!png.isEmpty())
        json.insert(QStringLiteral("png"), QString::fromLatin1(png.toBase64()));
    return json;
}

bool RasterPage::fromJson(const QJsonObject &json, RasterPage *page)
{
    RasterPage p;
    p.page = json.value(QStringLiteral("page")).toInt();
    p.pointSize = QSizeF(json.value(QStringLiteral("width_pt")).toDouble(),
                         json.value(QStringLiteral("height_pt")).toDouble());
    p.pixelSize = QSize(json.value(QStringLiteral("width_px")).toInt(),
                        json.value(QStringLiteral("height_px")).toInt());
    const QByteArray base64 = json.value(QStringLiteral("jpeg")).toString().toLatin1();
    if (base64.size() > kMaxJpegBytes * 4 / 3 + 4)
        return false;
    p.jpeg = QByteArray::fromBase64(base64);
    const QByteArray png = json.value(QStringLiteral("png")).toString().toLatin1();
    if (png.size() > kMaxJpegBytes * 4 / 3 + 4)
        return false;
    p.png = QByteArray::fromBase64(png);
    if (!p.png.isEmpty() && !p.png.startsWith("\x89PNG\r\n\x1a\n"))
        return false;
    p.text = json.value(QStringLiteral("text")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("words")).toArray()) {
        PlacedWord word;
        if (!PlacedWord::fromJson(value, &word))
            return false;
        p.words.append(word);
    }
    for (const QJsonValue &box : json.value(QStringLiteral("auto_boxes")).toArray())
        p.autoBoxes.append(rectFromJson(box));
    for (const QJsonValue &reason : json.value(QStringLiteral("auto_reasons")).toArray())
        p.autoReasons.append(reason.toString());
    p.manualBoxes = json.value(QStringLiteral("manual_boxes")).toInt();
    p.keptBoxes = json.value(QStringLiteral("kept_boxes")).toInt();
    p.textLayer = json.value(QStringLiteral("text_layer")).toBool();
    p.grey = json.value(QStringLiteral("grey")).toBool();
    // A baseline JPEG starts with SOI; anything else would not be embedded.
    if (p.page < 1 || p.pixelSize.width() < 1 || p.pixelSize.height() < 1 ||
        p.pixelSize.width() > 20000 || p.pixelSize.height() > 20000 ||
        (!p.jpeg.isEmpty() && !validJpeg(p.jpeg)))
        return false;
    *page = p;
    return true;
}

QJsonObject ReencodedImage::toJson() const
{
    return QJsonObject{
        {QStringLiteral("image"),
         QJsonObject{{QStringLiteral("object"), object},
                     {QStringLiteral("generation"), generation},
                     {QStringLiteral("width"), width},
                     {QStringLiteral("height"), height},
                     {QStringLiteral("components"), components},
                     {QStringLiteral("jpeg"), QString::fromLatin1(jpeg.toBase64())}}}};
}

bool ReencodedImage::fromJson(const QJsonObject &json, ReencodedImage *image)
{
    const QJsonObject o = json.value(QStringLiteral("image")).toObject();
    ReencodedImage r;
    r.object = o.value(QStringLiteral("object")).toInt();
    r.generation = o.value(QStringLiteral("generation")).toInt();
    r.width = o.value(QStringLiteral("width")).toInt();
    r.height = o.value(QStringLiteral("height")).toInt();
    r.components = o.value(QStringLiteral("components")).toInt();
    const QByteArray base64 = o.value(QStringLiteral("jpeg")).toString().toLatin1();
    if (base64.size() > kMaxJpegBytes * 4 / 3 + 4)
        return false;
    r.jpeg = QByteArray::fromBase64(base64);
    if (r.object < 1 || r.width < 1 || r.height < 1 || r.width > 65535 || r.height > 65535 ||
        (r.components != 0 && r.components != 1 && r.components != 3) || !validJpeg(r.jpeg))
        return false;
    *image = r;
    return true;
}

} // namespace amanat
