#pragma once

#include "helper/RasterProtocol.h"

#include <QCoreApplication>
#include <QImage>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

class QPainter;
class QPaintDevice;

namespace amanat {

/** Geometry shared by every generated page (points). */
struct PageGeometry
{
    static constexpr double kMargin = 56.7;    ///< 2 cm on every side of generated text
    static constexpr double kStampZone = 36.0; ///< bottom band kept free for the stamp
    static constexpr double kBodySize = 12.0;  ///< courts ask for at least 12 pt
    static constexpr double kLineHeight = 16.0;

    /** Where an original page or page image goes on a bundle page of @p size. */
    static QRectF contentArea(const QSizeF &size); // top-left origin
    /** The text area of a generated page. */
    static QRectF textArea(const QSizeF &size);
};

/** What the cover shows. */
struct CoverText
{
    QString name, court, caseNumber, parties, counsel, hearingDate;
    int exhibits = 0;
    int sections = 0;
    int pages = 0;
    QString firstBates, lastBates;
    QStringList parts; ///< "Part 1, bundle-part1.pdf: pages 1–400", when split
    QString prepared;  ///< "Prepared with Amanat 0.1.0 on …"
    QString fingerprint;
    QString redaction; ///< how protected people were kept out, and any recorded exemption
    QString aNumber;   ///< US immigration court profile: the A-number, else empty
};

/** A proof of service (US immigration court profile), filled in and signed by hand. */
struct ProofOfService
{
    QString caseLine; ///< the parties or the dossier's name
    QString aNumber;
    QString server;   ///< counsel, when known; else a blank to fill in
    QString document; ///< "this bundle of 48 pages (PFX-000001 to PFX-000048)"
};

/** One index row; a section heading when @p isSection. */
struct IndexRow
{
    bool isSection = false;
    QString label, title, date;
    QString type;                    ///< the document's kind, and what it is to another
    int firstPage = 0, lastPage = 0; ///< 1-based pages of the bundle
    QString pages;                   ///< printed: the range as stamped ("103–104", "A1–A3")
    QString part;                    ///< "Part 2", when the bundle is split
    int targetPage = -1;             ///< 0-based
    QStringList titleLines;          ///< the title wrapped to its column (layOutIndex)
    QStringList typeLines;           ///< the type wrapped under it (layOutIndex)
};

/** The rows of one index page and where each is drawn (points, top-left origin). */
struct IndexPageRows
{
    int first = 0;
    int count = 0;
    QVector<QRectF> rects;
};

/** The label/value rows of an exhibit cover sheet. */
struct ExhibitSheet
{
    QString heading; ///< "Exhibit A1"
    QString title;
    QVector<QPair<QString, QString>> rows;
};

/** A translator's certificate: the accuracy statement and who, what and when. */
struct TranslationCertificate
{
    QString statement;
    QVector<QPair<QString, QString>> rows;
};

/** Drawing of the generated pages. Every function draws one page in points, origin
 *  top-left, and never touches the stamp band. */
class GeneratedPages
{
    Q_DECLARE_TR_FUNCTIONS(GeneratedPages)

public:
    /** The cover; of part @p part (1-based) of a split bundle, or of the whole when 0. */
    static void drawCover(QPainter &painter, const QSizeF &size, const CoverText &cover,
                          int part = 0);

    /** Wraps every row's title to its column (never cut: a long title takes more lines)
     *  and shares the rows out over index pages of @p size, measured on @p device. */
    static QVector<IndexPageRows> layOutIndex(const QSizeF &size, QVector<IndexRow> &rows,
                                              QPaintDevice *device);
    /** Draws one index page headed @p title: @p rows (titles wrapped) at @p rects from
     *  layOutIndex(). */
    static void drawIndexPage(QPainter &painter, const QSizeF &size, const QString &title,
                              const QVector<IndexRow> &rows, const QVector<QRectF> &rects,
                              bool continued, const QString &documentColumn = QString());

    static void drawExhibitSheet(QPainter &painter, const QSizeF &size, const ExhibitSheet &sheet);
    static void drawProofOfService(QPainter &painter, const QSizeF &size,
                                   const ProofOfService &proof);
    /** A certificate of translation, with a line for the translator's signature. */
    static void drawCertificate(QPainter &painter, const QSizeF &size,
                                const TranslationCertificate &certificate);

    /** Body lines per typeset page, after a heading on the first. */
    static int typesetLinesPerPage(const QSizeF &size, bool withHeading);
    static void drawTypesetPage(QPainter &painter, const QSizeF &size, const QString &heading,
                                const QStringList &lines);

    /** How many transcript lines fit on a recording's placeholder page. */
    static int mediaTranscriptLines(const QSizeF &size);
    /** A recording's placeholder: @p heading, its poster frame, @p rows, and the first
     *  lines of its transcript (at most mediaTranscriptLines()). */
    static void drawMediaPage(QPainter &painter, const QSizeF &size, const QString &heading,
                              const QImage &poster, const QVector<QPair<QString, QString>> &rows,
                              const QString &transcriptHeading = QString(),
                              const QStringList &transcriptLines = {});

    /** An invisible text layer over a page shown in @p area (top-left origin): each of
     *  @p words at its place and size; without words, @p text's lines spread evenly. */
    static void drawTextLayer(QPainter &painter, const QRectF &area,
                              const QVector<PlacedWord> &words, const QString &text);

    static void drawStamp(QPainter &painter, const QSizeF &size, const QString &left,
                          const QString &pageOf, const QString &bates);
};

} // namespace amanat
