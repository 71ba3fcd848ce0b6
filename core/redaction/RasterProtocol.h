#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

/** What the bundle exporter asks of `amanat-extract --raster`: pages of one untrusted file
 *  (a PDF or an image) turned into JPEG page images, with redaction boxes burned in and
 *  the OCR text of what is left. The helper parses the file; the core only embeds the
 *  JPEG bytes it gets back, never decoding them.
 *
 *  Wire format: one header line of JSON, then `size` bytes of the file on stdin; one JSON
 *  line per page on stdout, then {"done": true} or {"error": "..."}. */
struct RasterRequest
{
    struct Area
    {
        int page = 0; ///< 1-based
        QRectF rect;  ///< fractions of the page, top-left origin
    };

    qint64 size = 0;
    QString mime;
    QString ocrLanguages;
    QString pdfPassword;
    int firstPage = 1;
    int lastPage = 0; ///< 0: to the end
    /** Images: every page is returned. PDFs: only pages with a redaction are returned (the
     *  others are kept as vector pages by the exporter). */
    bool allPages = false;
    QVector<Area> areas;
    QStringList texts; ///< removed wherever found (case-insensitive)
    /** Pages whose stored text (text layer or OCR) holds one of @p texts: these are OCRed
     *  again after burning, so a string that exists only as pixels is found too. */
    QVector<int> pages;
    int dpi = 200;

    QByteArray headerLine() const;
    /** Case-folded letters and digits only: what redaction matching compares, so "Tursun,"
     *  and "TURSUN" match and OCR's stray punctuation does not hide a name. */
    static QString matchKey(const QString &text);
    static bool parseHeaderLine(const QByteArray &line, RasterRequest *request);
};

/** One page the helper returns. */
struct RasterPage
{
    int page = 0;
    QSizeF pointSize; ///< the page's size in points (PDF), or invalid for images
    QSize pixelSize;
    QByteArray jpeg; ///< baseline RGB JPEG
    QString text;    ///< OCR of the page as burned (redacted words are gone)
    int boxes = 0;   ///< redaction boxes burned into this page

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, RasterPage *page);
};

} // namespace amanat
