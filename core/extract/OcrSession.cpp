#include "OcrSession.h"

#include "LayoutAnalysis.h"
#include "OcrEngine.h"
#include "text/TextNormalizer.h"

#include <QRegularExpression>

#include <tesseract/baseapi.h>
#include <tesseract/osdetect.h>
#include <tesseract/resultiterator.h>

#include <map>

namespace amanat {

namespace {

struct TessDeleter
{
    void operator()(tesseract::TessBaseAPI *api) const
    {
        api->End();
        delete api;
    }
};
using TessApi = std::unique_ptr<tesseract::TessBaseAPI, TessDeleter>;

/** Tesseract keeps coordinates in 16 bits. */
constexpr int kMaxSide = 32000;
constexpr int kMinSide = 8;

/** Text of a script written without spaces (Chinese, Japanese): no space before or after it
 *  among its own kind. Korean has spaces between words and keeps them. */
bool isCjkText(const QString &text)
{
    const auto codePoints = text.toUcs4();
    for (char32_t c : codePoints)
        if (!TextNormalizer::isWrittenWithoutSpaces(c))
            return false;
    return !codePoints.isEmpty();
}

} // namespace

QString OcrReading::text() const
{
    QString out;
    for (int i = 0; i < glyphs.size(); ++i) {
        const OcrGlyph &g = glyphs.at(i);
        if (i > 0) {
            const OcrGlyph &previous = glyphs.at(i - 1);
            if (g.line != previous.line)
                out += QLatin1Char('\n');
            else if (g.word != previous.word && !(isCjkText(g.text) && isCjkText(previous.text)))
                out += QLatin1Char(' ');
        }
        out += g.text;
    }
    return out;
}

QStringList OcrReading::units() const
{
    QStringList out;
    out.reserve(glyphs.size());
    for (const OcrGlyph &g : glyphs)
        out << g.text;
    return out;
}

int OcrReading::meanConfidence() const
{
    if (wordConfidences.isEmpty())
        return 0;
    double sum = 0;
    for (float confidence : wordConfidences)
        sum += confidence;
    return qRound(sum / wordConfidences.size());
}

struct OcrSession::Private
{
    std::map<QString, TessApi> apis;
    TessApi osd;
    bool osdTried = false;

    tesseract::TessBaseAPI *api(const QString &languages, QString *error)
    {
        const auto found = apis.find(languages);
        if (found != apis.end())
            return found->second.get();
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
        const QStringList requested = OcrEngine::splitLanguages(languages);
        for (const QString &language : requested)
            if (!valid.match(language).hasMatch()) {
                *error = QStringLiteral("“%1” is not a valid OCR language name").arg(language);
                return nullptr;
            }
        TessApi created(new tesseract::TessBaseAPI);
        const QByteArray arg = requested.join(QLatin1Char('+')).toLatin1();
        if (created->Init(nullptr, arg.constData(), tesseract::OEM_DEFAULT) != 0) {
            *error =
                QStringLiteral("OCR languages %1 are not installed").arg(QString::fromLatin1(arg));
            return nullptr;
        }
        std::vector<std::string> loaded;
        created->GetLoadedLanguagesAsVector(&loaded);
        if (int(loaded.size()) < requested.size()) {
            *error = QStringLiteral("OCR languages %1 are not all installed")
                         .arg(QString::fromLatin1(arg));
            return nullptr;
        }
        tesseract::TessBaseAPI *raw = created.get();
        apis.emplace(languages, std::move(created));
        return raw;
    }
};

OcrSession::OcrSession() : d(std::make_unique<Private>()) {}

OcrSession::~OcrSession() = default;

QString OcrSession::preload(const QString &languages)
{
    QString error;
    d->api(languages, &error);
    return error;
}

OcrReading OcrSession::read(const QImage &image, const QString &languages, Layout layout, int dpi,
                            QString *error)
{
    OcrReading reading;
    error->clear();
    if (image.isNull() || image.width() < kMinSide || image.height() < kMinSide)
        return reading;
    tesseract::TessBaseAPI *api = d->api(languages, error);
    if (!api)
        return reading;
    QImage grey = LayoutAnalysis::greyOf(image);
    double scale = 1;
    if (grey.width() > kMaxSide || grey.height() > kMaxSide) {
        scale = double(kMaxSide) / qMax(grey.width(), grey.height());
        grey = grey.scaled(grey.size() * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    api->SetPageSegMode(static_cast<tesseract::PageSegMode>(int(layout)));
    api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api->SetSourceResolution(qBound(70, qRound(dpi * scale), 1200));
    if (api->Recognize(nullptr) != 0) {
        *error = QStringLiteral("OCR failed on this page");
        api->Clear();
        return reading;
    }
    auto toCaller = [scale](int left, int top, int right, int bottom) {
        return QRect(QPoint(int(left / scale), int(top / scale)),
                     QPoint(int(right / scale), int(bottom / scale)));
    };
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (it) {
        it->Begin();
        do {
            if (it->Empty(tesseract::RIL_SYMBOL))
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) &&
                it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom))
                reading.lineBoxes.append(toCaller(left, top, right, bottom));
            if (it->IsAtBeginningOf(tesseract::RIL_WORD) &&
                it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) {
                reading.wordBoxes.append(toCaller(left, top, right, bottom));
                reading.wordConfidences.append(it->Confidence(tesseract::RIL_WORD));
            }
            const std::unique_ptr<char[]> symbol(it->GetUTF8Text(tesseract::RIL_SYMBOL));
            if (!symbol || !it->BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom))
                continue;
            if (reading.lineBoxes.isEmpty() || reading.wordBoxes.isEmpty())
                continue;
            reading.glyphs.append(
                OcrGlyph{QString::fromUtf8(symbol.get()), toCaller(left, top, right, bottom),
                         int(reading.wordBoxes.size() - 1), int(reading.lineBoxes.size() - 1)});
        } while (it->Next(tesseract::RIL_SYMBOL));
    }
    api->Clear();
    return reading;
}

void OcrSession::preloadDetection()
{
    if (d->osdTried)
        return;
    d->osdTried = true;
    TessApi api(new tesseract::TessBaseAPI);
    if (api->Init(nullptr, "osd", tesseract::OEM_DEFAULT) == 0)
        d->osd = std::move(api);
}

bool OcrSession::detect(const QImage &image, int dpi, Detection *out)
{
    preloadDetection();
    if (!d->osd || image.isNull())
        return false;
    // Orientation and script need no detail: a page about 1,500 pixels high is plenty.
    QImage grey = LayoutAnalysis::greyOf(image);
    double scale = 1;
    if (qMax(grey.width(), grey.height()) > 1600) {
        scale = 1600.0 / qMax(grey.width(), grey.height());
        grey = grey.scaled(grey.size() * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    d->osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    d->osd->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    d->osd->SetSourceResolution(qBound(70, qRound(dpi * scale), 1200));
    const char *script = nullptr;
    const bool found = d->osd->DetectOrientationScript(&out->degrees, &out->confidence, &script,
                                                       &out->scriptConfidence);
    d->osd->Clear();
    out->script = found && script ? QString::fromLatin1(script) : QString();
    return found;
}

int OcrSession::orientation(const QImage &image, int dpi)
{
    Detection detection;
    // Tesseract reports the clockwise rotation of the content; below a confidence of about
    // 2 it is guessing (a photograph, a page with little text).
    if (!detect(image, dpi, &detection) || detection.confidence < 2.0f)
        return 0;
    return ((detection.degrees % 360) + 360) % 360;
}

QString OcrSession::script(const QImage &image, int dpi)
{
    Detection detection;
    // Measured on generated pages: a page of Latin text scores about 40, a few lines of Han
    // are "too few characters" (not found); below 2 the script is a guess.
    if (!detect(image, dpi, &detection) || detection.scriptConfidence < 2.0f)
        return {};
    return detection.script;
}

} // namespace amanat
