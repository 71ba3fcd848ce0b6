#include "ExtractionResult.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

namespace amanat {

namespace {

QString imageToBase64(const QImage &image)
{
    if (image.isNull())
        return QString();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}

QImage imageFromBase64(const QJsonValue &value)
{
    const QByteArray png = QByteArray::fromBase64(value.toString().toLatin1());
    QImage image;
    if (!png.isEmpty())
        image.loadFromData(png, "PNG");
    return image;
}

} // namespace

QString ExtractionResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NeedsPassword:
        return QStringLiteral("needs_password");
    }
    return QStringLiteral("failed");
}

ExtractionResult::Status ExtractionResult::statusFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("ok"))
        return Status::Ok;
    if (name == QLatin1String("partial"))
        return Status::Partial;
    if (name == QLatin1String("needs_password"))
        return Status::NeedsPassword;
    if (ok)
        *ok = name == QLatin1String("failed");
    return Status::Failed;
}

qint64 ExtractionResult::textCharacters() const
{
    qint64 total = 0;
    for (const PageText &page : pages)
        total += page.text.size();
    return total;
}

double ExtractionResult::meanOcrConfidence() const
{
    double sum = 0;
    int count = 0;
    for (const PageText &page : pages) {
        if (page.ocr && page.confidence >= 0) {
            sum += page.confidence;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1;
}

QJsonObject ExtractionResult::toJson() const
{
    QJsonArray pageArray;
    for (const PageText &page : pages)
        pageArray.append(QJsonObject{{QStringLiteral("text"), page.text},
                                     {QStringLiteral("ocr"), page.ocr},
                                     {QStringLiteral("confidence"), page.confidence}});
    return QJsonObject{
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("error"), error},
        {QStringLiteral("kind_hint"), kindHint},
        {QStringLiteral("paged"), paged},
        {QStringLiteral("pages"), pageArray},
        {QStringLiteral("metadata"), QJsonObject::fromVariantMap(metadata)},
        {QStringLiteral("exif"), QJsonObject::fromVariantMap(exif)},
        {QStringLiteral("ocr_languages"), QJsonArray::fromStringList(ocrLanguages)},
        {QStringLiteral("thumbnail_png"), imageToBase64(thumbnail)},
        {QStringLiteral("poster_png"), imageToBase64(poster)},
    };
}

ExtractionResult ExtractionResult::fromJson(const QJsonObject &object)
{
    ExtractionResult result;
    bool known = false;
    result.status = statusFromName(object.value(QStringLiteral("status")).toString(), &known);
    result.error = object.value(QStringLiteral("error")).toString();
    if (!known && result.error.isEmpty())
        result.error = QStringLiteral("the extraction helper gave an unknown status");
    result.kindHint = object.value(QStringLiteral("kind_hint")).toString();
    result.paged = object.value(QStringLiteral("paged")).toBool();
    const QJsonArray pageArray = object.value(QStringLiteral("pages")).toArray();
    for (const QJsonValue &value : pageArray) {
        const QJsonObject page = value.toObject();
        result.pages.append(PageText{page.value(QStringLiteral("text")).toString(),
                                     page.value(QStringLiteral("ocr")).toBool(),
                                     page.value(QStringLiteral("confidence")).toDouble(-1)});
    }
    result.metadata = object.value(QStringLiteral("metadata")).toObject().toVariantMap();
    result.exif = object.value(QStringLiteral("exif")).toObject().toVariantMap();
    const QJsonArray languages = object.value(QStringLiteral("ocr_languages")).toArray();
    for (const QJsonValue &language : languages)
        result.ocrLanguages << language.toString();
    result.thumbnail = imageFromBase64(object.value(QStringLiteral("thumbnail_png")));
    result.poster = imageFromBase64(object.value(QStringLiteral("poster_png")));
    return result;
}

ExtractionResult ExtractionResult::failure(const QString &reason)
{
    ExtractionResult result;
    result.status = Status::Failed;
    result.error = reason;
    return result;
}

ExtractionResult ExtractionResult::killedBySignal(int signal)
{
    switch (signal) {
    case SIGXCPU:
        return failure(QStringLiteral("extraction used more processor time than allowed"));
    case SIGKILL:
        return failure(
            QStringLiteral("the extraction helper was stopped (probably out of memory)"));
    case SIGSEGV:
    case SIGBUS:
    case SIGABRT:
    case SIGILL:
    case SIGFPE:
        return failure(QStringLiteral("the extraction helper crashed on this file; it may be "
                                      "damaged or crafted to attack readers"));
    default:
        return failure(
            QStringLiteral("the extraction helper stopped unexpectedly (signal %1)").arg(signal));
    }
}

QByteArray ExtractionRequest::headerLine() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("mime"), mime},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("ocr_languages"), ocrLanguages}};
    if (!pdfPassword.isEmpty())
        object.insert(QStringLiteral("pdf_password"), QString::fromUtf8(pdfPassword));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool ExtractionRequest::parseHeaderLine(const QByteArray &line, ExtractionRequest *request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    request->name = object.value(QStringLiteral("name")).toString();
    request->mime = object.value(QStringLiteral("mime")).toString();
    request->size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
    request->ocrLanguages = object.value(QStringLiteral("ocr_languages")).toString();
    request->pdfPassword = object.value(QStringLiteral("pdf_password")).toString().toUtf8();
    return request->size >= 0;
}

} // namespace amanat
