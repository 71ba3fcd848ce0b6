#include "OcrEngine.h"

#include "OcrSession.h"
#include "PageReader.h"

#include <QDir>
#include <QPainter>
#include <QRegularExpression>
#include <QtMath>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <memory>
#include <string>
#include <vector>

namespace amanat {

namespace {

/** Owns one Tesseract instance; End() releases its models before delete. */
struct TessDeleter
{
    void operator()(tesseract::TessBaseAPI *api) const
    {
        api->End();
        delete api;
    }
};
using TessApi = std::unique_ptr<tesseract::TessBaseAPI, TessDeleter>;

/** Tesseract refuses images wider or taller than this (it stores coordinates in int16). */
constexpr int kMaxSide = 32000;
/** Below this Tesseract cannot find text lines at all. */
constexpr int kMinSide = 8;

TessApi makeApi()
{
    return TessApi(new tesseract::TessBaseAPI);
}

bool isValidLanguageName(const QString &language)
{
    // Language names become file names under tessdata: no paths, no dots.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    return valid.match(language).hasMatch();
}

QStringList toStringList(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &name : names)
        list << QString::fromStdString(name);
    return list;
}

/** The languages of @p requested that are not installed, as "ug" or "ug, xyz". */
QString missingLanguages(const QStringList &requested)
{
    const QStringList installed = OcrEngine::availableLanguages();
    QStringList missing;
    for (const QString &language : requested) {
        if (!installed.contains(language))
            missing << language;
    }
    return missing.join(QStringLiteral(", "));
}

QString languageError(const QString &missing)
{
    if (missing.contains(QLatin1Char(',')))
        return QStringLiteral("OCR languages %1 are not installed").arg(missing);
    return QStringLiteral("OCR language %1 is not installed").arg(missing);
}

/** Flattens transparency onto white (transparent black would hide black text) and picks a
 *  pixel layout Tesseract reads directly: 8-bit grey or 24-bit RGB. */
QImage preparedImage(const QImage &source)
{
    QImage image = source;
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > OcrEngine::kMaxPixels || image.width() > kMaxSide || image.height() > kMaxSide) {
        double scale = qSqrt(double(OcrEngine::kMaxPixels) / double(pixels));
        scale = qMin(scale, double(kMaxSide) / qMax(image.width(), image.height()));
        image =
            image.scaled(qMax(1, int(image.width() * scale)), qMax(1, int(image.height() * scale)),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (image.isGrayscale())
        return image.convertToFormat(QImage::Format_Grayscale8);
    return image.convertToFormat(QImage::Format_RGB888);
}

/** The resolution to tell Tesseract: the image's own when it states a scanner-like one,
 *  else 300 dpi (72 and 96 dpi are mostly defaults written by software, not facts). */
int sourceDpi(const QImage &original, const QImage &prepared)
{
    int dpi = qRound(original.dotsPerMeterX() * 0.0254);
    if (dpi < 150 || dpi > 1200)
        dpi = OcrEngine::kDefaultDpi;
    if (prepared.width() != original.width() && original.width() > 0)
        dpi = qMax(1, qRound(dpi * double(prepared.width()) / original.width()));
    return dpi;
}

} // namespace

QStringList OcrEngine::splitLanguages(const QString &languages)
{
    QStringList list = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (QString &language : list)
        language = language.trimmed();
    list.removeAll(QString());
    if (list.isEmpty())
        list << QStringLiteral("eng");
    return list;
}

namespace {

/** A Tesseract instance that has recognised @p image, or null with @p error set. */
TessApi recognizeWithApi(const QImage &image, const QString &languages, QString *error,
                         QImage *prepared)
{
    const QStringList requested = OcrEngine::splitLanguages(languages);
    for (const QString &language : requested) {
        if (!isValidLanguageName(language)) {
            *error = QStringLiteral("“%1” is not a valid OCR language name").arg(language);
            return nullptr;
        }
    }
    if (image.isNull()) {
        *error = QStringLiteral("the page image for OCR is empty");
        return nullptr;
    }
    TessApi api = makeApi();
    const QByteArray languageArg = requested.join(QLatin1Char('+')).toLatin1();
    if (api->Init(nullptr, languageArg.constData(), tesseract::OEM_DEFAULT) != 0) {
        const QString missing = missingLanguages(requested);
        *error = missing.isEmpty() ? QStringLiteral("OCR could not start for languages %1")
                                         .arg(QString::fromLatin1(languageArg))
                                   : languageError(missing);
        return nullptr;
    }
    // Tesseract carries on without an additional language it cannot load; we do not.
    std::vector<std::string> loadedNames;
    api->GetLoadedLanguagesAsVector(&loadedNames);
    const QStringList loaded = toStringList(loadedNames);
    QStringList notLoaded;
    for (const QString &language : requested) {
        if (!loaded.contains(language))
            notLoaded << language;
    }
    if (!notLoaded.isEmpty()) {
        *error = languageError(notLoaded.join(QStringLiteral(", ")));
        return nullptr;
    }
    *prepared = preparedImage(image);
    const int bytesPerPixel = prepared->format() == QImage::Format_Grayscale8 ? 1 : 3;
    api->SetImage(prepared->constBits(), prepared->width(), prepared->height(), bytesPerPixel,
                  int(prepared->bytesPerLine()));
    api->SetSourceResolution(sourceDpi(image, *prepared));
    if (api->Recognize(nullptr) != 0) {
        *error = QStringLiteral("OCR failed on this page");
        return nullptr;
    }
    return api;
}

} // namespace

PageText OcrEngine::recognize(const QImage &image, const QString &languages, QString *error)
{
    if (error)
        error->clear();
    PageText page;
    page.ocr = true;
    page.confidence = 0;
    if (!image.isNull() && (image.width() < kMinSide || image.height() < kMinSide))
        return page; // too small to hold text: nothing found, not an error
    const QStringList requested = OcrEngine::splitLanguages(languages);
    const QString joined = requested.join(QLatin1Char('+'));
    QString problem;
    for (const QString &language : requested)
        if (problem.isEmpty() && !isValidLanguageName(language))
            problem = QStringLiteral("“%1” is not a valid OCR language name").arg(language);
    if (problem.isEmpty() && image.isNull())
        problem = QStringLiteral("the page image for OCR is empty");
    // One session per thread: a language set's models load once, not once a page (loading
    // chi_sim costs more than reading a page).
    thread_local OcrSession session;
    if (problem.isEmpty() && !session.preload(joined).isEmpty()) {
        const QString missing = missingLanguages(requested);
        problem = missing.isEmpty()
                      ? QStringLiteral("OCR could not start for languages %1").arg(joined)
                      : languageError(missing);
    }
    if (problem.isEmpty()) {
        const QImage prepared = preparedImage(image);
        const PageReader::Page read =
            PageReader(session).read(prepared, joined, sourceDpi(image, prepared), &problem);
        page.text = read.reading.text().trimmed();
        page.confidence = page.text.isEmpty() ? 0 : read.reading.meanConfidence();
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return PageText{};
    }
    return page;
}

QVector<OcrEngine::Word> OcrEngine::words(const QImage &image, const QString &languages,
                                          QString *error)
{
    QString problem;
    if (error)
        error->clear();
    if (!image.isNull() && (image.width() < kMinSide || image.height() < kMinSide))
        return {};
    QImage prepared;
    TessApi api = recognizeWithApi(image, languages, &problem, &prepared);
    if (!api) {
        if (error)
            *error = problem;
        return {};
    }
    // Boxes come in the prepared image's pixels; scale them back to the caller's image.
    const double sx = double(image.width()) / prepared.width();
    const double sy = double(image.height()) / prepared.height();
    QVector<Word> out;
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return out;
    do {
        const std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
        int left = 0, top = 0, right = 0, bottom = 0;
        if (!word || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
            continue;
        const QRect box(QPoint(int(left * sx), int(top * sy)),
                        QPoint(int(right * sx), int(bottom * sy)));
        out.append(Word{QString::fromUtf8(word.get()), box,
                        it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD)});
    } while (it->Next(tesseract::RIL_WORD));
    return out;
}

QStringList OcrEngine::availableLanguages()
{
    QStringList languages;
    // Tesseract knows where its data lives; ask it through an instance (needs one model).
    TessApi api = makeApi();
    if (api->Init(nullptr, "eng", tesseract::OEM_DEFAULT) == 0) {
        std::vector<std::string> names;
        api->GetAvailableLanguagesAsVector(&names);
        languages = toStringList(names);
    } else {
        // No English model: look in the usual places ourselves.
        QStringList directories;
        const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
        if (!prefix.isEmpty())
            directories << prefix << prefix + QStringLiteral("/tessdata");
        directories << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
                    << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
                    << QStringLiteral("/usr/share/tessdata")
                    << QStringLiteral("/usr/local/share/tessdata");
        for (const QString &directory : std::as_const(directories)) {
            const QStringList files =
                QDir(directory).entryList({QStringLiteral("*.traineddata")}, QDir::Files);
            for (const QString &file : files)
                languages << file.chopped(int(sizeof(".traineddata") - 1));
            if (!languages.isEmpty())
                break;
        }
    }
    languages.removeAll(QStringLiteral("osd")); // orientation detection, not a language
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

} // namespace amanat
