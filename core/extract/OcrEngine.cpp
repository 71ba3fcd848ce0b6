#include "OcrEngine.h"

#include "OcrSession.h"
#include "PageReader.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QPainter>
#include <QRegularExpression>
#include <QtMath>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
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

QString OcrEngine::scriptOf(const QString &language)
{
    static const QSet<QString> han{QStringLiteral("chi_sim"),      QStringLiteral("chi_tra"),
                                   QStringLiteral("chi_sim_vert"), QStringLiteral("chi_tra_vert"),
                                   QStringLiteral("jpn"),          QStringLiteral("jpn_vert"),
                                   QStringLiteral("kor"),          QStringLiteral("kor_vert")};
    static const QSet<QString> arabic{QStringLiteral("ara"), QStringLiteral("uig"),
                                      QStringLiteral("fas"), QStringLiteral("urd"),
                                      QStringLiteral("pus"), QStringLiteral("snd")};
    static const QSet<QString> cyrillic{
        QStringLiteral("rus"),     QStringLiteral("ukr"), QStringLiteral("bel"),
        QStringLiteral("bul"),     QStringLiteral("kaz"), QStringLiteral("kir"),
        QStringLiteral("mkd"),     QStringLiteral("mon"), QStringLiteral("srp"),
        QStringLiteral("tgk"),     QStringLiteral("tat"), QStringLiteral("bak"),
        QStringLiteral("uzb_cyrl")};
    static const QHash<QString, QString> others{
        {QStringLiteral("heb"), QStringLiteral("Hebrew")},
        {QStringLiteral("ell"), QStringLiteral("Greek")},
        {QStringLiteral("bod"), QStringLiteral("Tibetan")},
        {QStringLiteral("mya"), QStringLiteral("Myanmar")},
        {QStringLiteral("tha"), QStringLiteral("Thai")},
        {QStringLiteral("hin"), QStringLiteral("Devanagari")},
        {QStringLiteral("ben"), QStringLiteral("Bengali")},
        {QStringLiteral("amh"), QStringLiteral("Ethiopic")},
        {QStringLiteral("kat"), QStringLiteral("Georgian")},
        {QStringLiteral("hye"), QStringLiteral("Armenian")}};
    if (han.contains(language))
        return QStringLiteral("Han");
    if (arabic.contains(language))
        return QStringLiteral("Arabic");
    if (cyrillic.contains(language))
        return QStringLiteral("Cyrillic");
    return others.value(language, QStringLiteral("Latin"));
}

QVector<QStringList> OcrEngine::scriptGroups(const QStringList &languages)
{
    QVector<QStringList> groups;
    QStringList scripts;
    for (const QString &language : languages) {
        const QString script = scriptOf(language);
        const int at = int(scripts.indexOf(script));
        if (at < 0) {
            scripts << script;
            groups << QStringList{language};
        } else {
            groups[at] << language;
        }
    }
    // Han pages carry Latin words and numbers, and Latin pages of such material Han names:
    // the Han models read both well with the Latin ones after them ("chi_sim+eng"), while
    // Arabic-script models turn Latin into noise. So Latin joins Han, and never Arabic.
    const int han = int(scripts.indexOf(QStringLiteral("Han")));
    const int latin = int(scripts.indexOf(QStringLiteral("Latin")));
    if (han >= 0 && latin >= 0) {
        groups[han] += groups.at(latin);
        groups.removeAt(latin);
    }
    return groups;
}

namespace {

/** One session per thread: a group's models load once, not once a page (loading chi_sim
 *  costs more than reading a page). */
OcrSession &threadSession()
{
    thread_local OcrSession session;
    return session;
}

/** Tesseract's script names for the families of scriptOf(). */
QString scriptFamily(const QString &osdScript)
{
    static const QSet<QString> han{QStringLiteral("Han"), QStringLiteral("Japanese"),
                                   QStringLiteral("Hangul"), QStringLiteral("Katakana"),
                                   QStringLiteral("Hiragana")};
    return han.contains(osdScript) ? QStringLiteral("Han") : osdScript;
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
    QString problem;
    for (const QString &language : requested)
        if (problem.isEmpty() && !isValidLanguageName(language))
            problem = QStringLiteral("“%1” is not a valid OCR language name").arg(language);
    if (problem.isEmpty() && image.isNull())
        problem = QStringLiteral("the page image for OCR is empty");
    // One group of languages per script.
    const QVector<QStringList> groups = scriptGroups(requested);
    OcrSession &session = threadSession();
    for (const QStringList &group : groups) {
        if (problem.isEmpty() && !session.preload(group.join(QLatin1Char('+'))).isEmpty()) {
            const QString missing = missingLanguages(group);
            problem = missing.isEmpty() ? QStringLiteral("OCR could not start for languages %1")
                                              .arg(group.join(QLatin1Char('+')))
                                        : languageError(missing);
        }
    }
    if (problem.isEmpty()) {
        const QImage prepared = preparedImage(image);
        const int dpi = sourceDpi(image, prepared);
        // Each page is read in the languages of its own script: a Latin page read with a
        // Uyghur model too comes out as Arabic-script noise. When detection is unsure (a few
        // lines), every script's reading is tried and the most confident kept.
        QVector<QStringList> candidates = groups;
        if (groups.size() > 1) {
            const QString family = scriptFamily(session.script(prepared, dpi));
            for (const QStringList &group : groups) {
                const bool readsIt =
                    std::any_of(group.begin(), group.end(), [&family](const QString &language) {
                        return scriptOf(language) == family;
                    });
                if (!family.isEmpty() && readsIt) {
                    candidates = {group};
                    break;
                }
            }
        }
        PageReader::Page best;
        int bestConfidence = -1;
        for (const QStringList &group : std::as_const(candidates)) {
            QString groupProblem;
            PageReader::Page read = PageReader(session).read(prepared, group.join(QLatin1Char('+')),
                                                             dpi, &groupProblem);
            if (!groupProblem.isEmpty()) {
                problem = groupProblem;
                break;
            }
            const int confidence =
                read.reading.glyphs.isEmpty() ? 0 : read.reading.meanConfidence();
            if (confidence > bestConfidence) {
                best = std::move(read);
                bestConfidence = confidence;
            }
        }
        page.text = best.reading.text().trimmed();
        page.confidence = page.text.isEmpty() ? 0 : best.reading.meanConfidence();
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return PageText{};
    }
    return page;
}

void OcrEngine::preload(const QString &languages)
{
    const QStringList requested = splitLanguages(languages);
    if (!std::all_of(requested.begin(), requested.end(), isValidLanguageName))
        return;
    const QVector<QStringList> groups = scriptGroups(requested);
    OcrSession &session = threadSession();
    for (const QStringList &group : groups)
        session.preload(group.join(QLatin1Char('+')));
    session.preloadDetection(); // every page's orientation is detected
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
