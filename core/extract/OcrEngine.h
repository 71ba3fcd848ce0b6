#pragma once

#include "helper/ExtractionResult.h"

#include <QImage>
#include <QRect>
#include <QVector>
#include <QString>
#include <QStringList>

namespace amanat {

/** Tesseract OCR of one page image, for the extractors inside amanat-extract.
 *
 *  Languages are in Tesseract form ("chi_sim+uig+eng"); empty means "eng". List chi_sim
 *  before eng in mixed text, or Han characters come out space-separated. Tesseract is fast
 *  only when OMP_THREAD_LIMIT=1 was in the environment when the process started; the core
 *  sets it when it launches the helper. Images above kMaxPixels are scaled down first, so a
 *  huge page costs bounded memory and time. */
class OcrEngine
{
public:
    static constexpr qint64 kMaxPixels = 40'000'000;
    static constexpr int kDefaultDpi = 300;

    /** Recognises @p image in the group of @p languages written in the page's script (see
     *  scriptGroups(); Tesseract's script detection decides, or, when it is unsure, the most
     *  confident reading of each group); on failure returns a page with empty text and sets @p
     * error to a sentence for the user (e.g. "OCR language ug is not installed"). On success the
     * page has ocr = true and Tesseract's mean word confidence (0–100). */
    static PageText recognize(const QImage &image, const QString &languages, QString *error);
    /** Loads the models recognize() will use for @p languages on this thread, and orientation
     *  and script detection's, so that the extraction server loads them
     *  once and each file's reader, forked from it, finds them loaded. Models that are not
     *  installed are left for recognize() to report. */
    static void preload(const QString &languages);

    /** One recognised word and its box in @p image's pixels. */
    struct Word
    {
        QString text;
        QRect box;
        bool endsLine = false;
    };
    /** Recognises @p image word by word (for redaction); empty with @p error on failure. */
    static QVector<Word> words(const QImage &image, const QString &languages, QString *error);
    /** Languages installed for Tesseract on this machine ("eng", "chi_sim", …; not "osd"). */
    static QStringList availableLanguages();
    /** The script a Tesseract language is written in, in Tesseract's detection's names
     *  ("Han" for Chinese, Japanese and Korean; "Arabic", "Cyrillic", "Latin", …). */
    static QString scriptOf(const QString &language);
    /** @p languages split into one group per script, in order, except that Latin languages
     *  join the Han group when there is one ("chi_sim+eng" reads both scripts well).
     *  recognize() reads a page in the group of its script. */
    static QVector<QStringList> scriptGroups(const QStringList &languages);
    /** "chi_sim+eng" → {"chi_sim", "eng"}; empty → {"eng"}. */
    static QStringList splitLanguages(const QString &languages);
};

} // namespace amanat
