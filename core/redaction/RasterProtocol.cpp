#include "RasterProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace amanat {

namespace {
constexpr int kMaxDpi = 400;
constexpr qint64 kMaxJpegBytes = 64 << 20;
} // namespace

QString RasterRequest::matchKey(const QString &text)
{
    QString key;
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

QByteArray RasterRequest::headerLine() const
{
    QJsonArray areaArray;
    for (const Area &area : areas)
        areaArray.append(QJsonArray{area.page, area.rect.x(), area.rect.y(), area.rect.width(),
                                    area.rect.height()});
    QJsonObject json{{QStringLiteral("size"), double(size)},
                     {QStringLiteral("mime"), mime},
                     {QStringLiteral("ocr_languages"), ocrLanguages},
                     {QStringLiteral("pdf_password"), pdfPassword},
                     {QStringLiteral("first_page"), firstPage},
                     {QStringLiteral("last_page"), lastPage},
                     {QStringLiteral("all_pages"), allPages},
                     {QStringLiteral("areas"), areaArray},
                     {QStringLiteral("texts"), QJsonArray::fromStringList(texts)},
                     {QStringLiteral("dpi"), dpi}};
    QJsonArray pageArray;
    for (int page : pages)
        pageArray.append(page);
    json.insert(QStringLiteral("pages"), pageArray);
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
    r.ocrLanguages = json.value(QStringLiteral("ocr_languages")).toString();
    r.pdfPassword = json.value(QStringLiteral("pdf_password")).toString();
    r.firstPage = json.value(QStringLiteral("first_page")).toInt(1);
    r.lastPage = json.value(QStringLiteral("last_page")).toInt(0);
    r.allPages = json.value(QStringLiteral("all_pages")).toBool();
    r.dpi = json.value(QStringLiteral("dpi")).toInt(200);
    for (const QJsonValue &value : json.value(QStringLiteral("areas")).toArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() != 5)
            return false;
        r.areas.append(Area{a.at(0).toInt(), QRectF(a.at(1).toDouble(), a.at(2).toDouble(),
                                                    a.at(3).toDouble(), a.at(4).toDouble())});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("pages")).toArray())
        r.pages.append(value.toInt());
    for (const QJsonValue &value : json.value(QStringLiteral("texts")).toArray())
        r.texts.append(value.toString());
    if (r.size < 0 || r.firstPage < 1 || r.lastPage < 0 || r.dpi < 36 || r.dpi > kMaxDpi)
        return false;
    *request = r;
    return true;
}

QJsonObject RasterPage::toJson() const
{
    return QJsonObject{{QStringLiteral("page"), page},
                       {QStringLiteral("width_pt"), pointSize.width()},
                       {QStringLiteral("height_pt"), pointSize.height()},
                       {QStringLiteral("width_px"), pixelSize.width()},
                       {QStringLiteral("height_px"), pixelSize.height()},
                       {QStringLiteral("jpeg"), QString::fromLatin1(jpeg.toBase64())},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("boxes"), boxes}};
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
    p.text = json.value(QStringLiteral("text")).toString();
    p.boxes = json.value(QStringLiteral("boxes")).toInt();
    // A baseline JPEG starts with SOI; anything else would not be embedded.
    if (p.page < 1 || p.pixelSize.width() < 1 || p.pixelSize.height() < 1 ||
        p.pixelSize.width() > 20000 || p.pixelSize.height() > 20000 ||
        !p.jpeg.startsWith("\xFF\xD8"))
        return false;
    *page = p;
    return true;
}

} // namespace amanat
