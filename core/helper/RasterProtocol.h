#pragma once

#include "redaction/RedactionTerms.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

/** A rectangle on one page, in fractions of the page as shown (top-left origin). */
struct PageArea
{
    int page = 0; ///< 1-based
    QRectF rect;

    QJsonArray toJson() const;
    static bool fromJson(const QJsonValue &json, PageArea *area);
};

/** One word of a page's text layer, placed where the page shows it. */
struct PlacedWord
{
    /** Fractions of the page as shown (top-left origin): across, the word's own extent;
     *  along the lines, its line's, so the words of a line share one baseline. */
    QRectF rect;
    QString text;
    int line = 0;     ///< words of one line share a number; lines in reading order
    int rotation = 0; ///< how far the text is turned clockwise on the page: 0, 90, 180, 270

    QJsonArray toJson() const;
    static bool fromJson(const QJsonValue &json, PlacedWord *word);
};

/** What the bundle exporter (and the redaction review) asks of `amanat-extract --raster`:
 *  pages of one untrusted file (a PDF or an image) turned into JPEG page images with every
 *  protected string and marked area burned in, re-encoded from decoded pixels so nothing
 *  of the original file's metadata comes along. The helper parses the file; the core only
 *  embeds the JPEG bytes it gets back, never decoding them.
 *
 *  Wire format: one header line of JSON, then `size` bytes of the file on stdin; one JSON
 *  line per page (and, for PDFs, per re-encoded image) on stdout, then {"done": true} or
 *  {"error": "..."}. */
struct RasterRequest
{
    qint64 size = 0;
    QString mime;
    QString pdfPassword;
    int firstPage = 1;
    int lastPage = 0; ///< 0: to the end
    /** Images: every page is returned. PDFs: also every page, rendered, when true; else only
     *  pages with something to burn (the others stay vector pages in the bundle). */
    bool allPages = false;
    /** Return each page unburned with the boxes the redactor proposes (redaction review),
     *  instead of burned pages. */
    bool propose = false;
    /** PDFs: for pages that stay vector, return their embedded JPEG images re-encoded. */
    bool reencodeImages = false;
    QVector<RedactionTerm> terms; ///< found and covered wherever they are
    QVector<PageArea> areas;      ///< always burned (the user's own boxes)
    QVector<PageArea> keeps;      ///< automatic boxes mostly inside these are dropped (review)
    /** Tesseract language sets to read pages with, one pass each ("chi_sim+eng", "uig"). */
    QStringList languageGroups;
    /** Give pages without a text layer of their own (scans, photos, redacted pages) an OCR
     *  text layer, word by word where the words are; PDF pages that stay vector come back
     *  as words only (no JPEG). */
    bool textLayer = false;
    /** The Tesseract languages that text layer is read in ("chi_sim+eng"); empty: the
     *  first language group. */
    QString textLanguages;
    /** Also return each page as PNG (previews shown to a person). */
    bool png = false;
    /** Redactor strategies to skip ("whole_page", "sparse", "lines"); for tests only. */
    QStringList skipStrategies;
    int dpi = 300;

    QByteArray headerLine() const;
    static bool parseHeaderLine(const QByteArray &line, RasterRequest *request);
};

/** One page the helper returns. */
struct RasterPage
{
    int page = 0;
    QSizeF pointSize; ///< the page's size in points (PDF), or invalid for images
    QSize pixelSize;
    QByteArray jpeg;   ///< baseline JPEG, no metadata segments; empty: the page stays vector
    QByteArray png;    ///< the same page as PNG, when asked for (previews)
    bool grey = false; ///< the JPEG has one component (grey), else three (RGB)
    QString text;      ///< the page's text with everything covered removed
    QVector<PlacedWord> words; ///< the same text word by word, where each word is shown
    /** Boxes the redactor placed (fractions of the page) and the user's own areas. */
    QVector<QRectF> autoBoxes;
    QVector<QString> autoReasons; ///< per auto box: the term's source ("W-014", …)
    int manualBoxes = 0;
    int keptBoxes = 0;      ///< automatic boxes left out because a reviewer kept the area
    bool textLayer = false; ///< text comes from the PDF's own text layer, not OCR

    int boxes() const { return int(autoBoxes.size()) + manualBoxes; }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, RasterPage *page);
};

/** A JPEG image of a PDF page that stays a vector page, re-encoded from its pixels. */
struct ReencodedImage
{
    int object = 0;
    int generation = 0;
    int width = 0, height = 0;
    /** 1 grey or 3 RGB: re-encoded from pixels; 0: other colours, whose compressed data is
     *  kept without its metadata segments. */
    int components = 0;
    QByteArray jpeg;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ReencodedImage *image);
};

/** Terms on the wire. */
QJsonArray termsToJson(const QVector<RedactionTerm> &terms);
QVector<RedactionTerm> termsFromJson(const QJsonArray &json);

} // namespace amanat
