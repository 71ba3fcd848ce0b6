#pragma once

#include <QImage>
#include <QMap>
#include <QRect>
#include <QString>
#include <QVector>

#include <memory>

namespace amanat {

/** One recognised glyph (a character, or a ligature) and where it is. */
struct OcrGlyph
{
    QString text;
    QRect box;    ///< in the pixels of the image that was read
    int word = 0; ///< index into OcrReading::wordBoxes
    int line = 0; ///< index into OcrReading::lineBoxes
};

/** What one OCR pass read, glyph by glyph, in reading order. */
struct OcrReading
{
    QVector<OcrGlyph> glyphs;
    QVector<QRect> wordBoxes;
    QVector<float> wordConfidences; ///< per word, Tesseract's 0–100
    QVector<QRect> lineBoxes;

    /** Words joined by spaces and lines by line breaks; no spaces between CJK glyphs. */
    QString text() const;
    /** The glyphs' texts, one unit each (for TermMatcher::findInUnits). */
    QStringList units() const;
    /** The mean of the word confidences (0 without words). */
    int meanConfidence() const;
};

/** Tesseract for the redactor and the leak check inside amanat-extract: every language
 *  set is loaded once per process and reused for every page and pass (loading chi_sim
 *  costs more than reading a page), and results come glyph by glyph with boxes.
 *
 *  Images are read as 8-bit grey; boxes come back in the caller's pixels. */
class OcrSession
{
public:
    /** Tesseract's page segmentation modes used here. */
    enum class Layout
    {
        Auto = 3,         ///< columns, blocks and lines found automatically
        SingleColumn = 4, ///< one column of text of varying sizes
        SingleBlock = 6,  ///< one uniform block of text
        SingleLine = 7,   ///< the image is one line of text
        Sparse = 11,      ///< as much text as possible, in no particular order
    };

    OcrSession();
    ~OcrSession();
    OcrSession(const OcrSession &) = delete;
    OcrSession &operator=(const OcrSession &) = delete;

    /** Reads @p image (taken as @p dpi dots per inch) with @p languages ("chi_sim+eng").
     *  On failure returns an empty reading and sets @p error. */
    OcrReading read(const QImage &image, const QString &languages, Layout layout, int dpi,
                    QString *error);

    /** Loads @p languages now (so a sandbox applied later need not open model files);
     *  returns an error sentence, or empty. */
    QString preload(const QString &languages);
    /** Loads orientation and script detection now (a no-op when `osd` is not installed). */
    void preloadDetection();

    /** How far the text on @p image is turned clockwise (0, 90, 180 or 270), from
     *  Tesseract's orientation detection; 0 when unsure or when `osd` is not installed. */
    int orientation(const QImage &image, int dpi);

    /** The script Tesseract's detection sees on @p image ("Han", "Latin", "Arabic",
     *  "Cyrillic", …); empty when unsure (a page with little text) or when `osd` is not
     *  installed. */
    QString script(const QImage &image, int dpi);

private:
    struct Detection
    {
        int degrees = 0;
        float confidence = 0;
        QString script;
        float scriptConfidence = 0;
    };
    /** Tesseract's orientation and script detection; false when it found nothing. */
    bool detect(const QImage &image, int dpi, Detection *out);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace amanat
