#pragma once

#include "redaction/RedactionTerms.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRectF>
#include <QStringList>
#include <QVector>

namespace amanat {

/** What the bundle exporter asks of `amanat-extract --leak-check`: read back pages of a
 *  finished bundle PDF the way a recipient could, and say where any protected string can
 *  still be read. Every page's text layer is matched; every page whose text is not all in
 *  its text layer (images, outlines, fonts without Unicode) is rendered and OCRed with
 *  segmentations other than those the redactor placed its boxes with.
 *
 *  Wire format: one header line of JSON, then `size` bytes of the PDF on stdin; on stdout
 *  one JSON line per finding and per page checked, then {"done": true} or {"error": …}. */
struct LeakCheckRequest
{
    qint64 size = 0;
    int firstPage = 1;
    int lastPage = 0; ///< 0: to the end
    QVector<RedactionTerm> terms;
    QStringList languageGroups;
    int dpi = 300;

    QByteArray headerLine() const;
    static bool parseHeaderLine(const QByteArray &line, LeakCheckRequest *request);
};

/** A protected string read on a page of the bundle. */
struct LeakFinding
{
    enum class Where
    {
        TextLayer, ///< in the text a PDF reader extracts
        Pixels     ///< read by OCR on the rendered page
    };
    int page = 0; ///< 1-based page of the PDF checked
    Where where = Where::TextLayer;
    int term = -1; ///< index into the request's terms
    QRectF rect;   ///< fractions of the page, top-left origin

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, LeakFinding *finding);
};

/** One page the leak check read, and how. */
struct LeakPageChecked
{
    int page = 0;
    bool pixels = false; ///< rendered and OCRed (not only its text layer)

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, LeakPageChecked *checked);
};

} // namespace amanat
