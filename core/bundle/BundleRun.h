#pragma once

// The state of one bundle export, shared by BundleExporter.cpp (preparing originals,
// writing files), BundleRedaction.cpp (reviews, statements, the leak check) and
// BundleLayout.cpp (laying out pages). Private to core/bundle.

#include "BundleExporter.h"
#include "BundleLayout.h"
#include "GeneratedPages.h"
#include "LeakCheck.h"
#include "PageComposer.h"
#include "PdfAssembler.h"
#include "RasterClient.h"
#include "RedactionReview.h"
#include "helper/RasterProtocol.h"
#include "redaction/TermMatcher.h"

#include <QMap>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

namespace bundle_detail {

extern const QString kBlackout;
QSizeF basePageSize(BundleOptions::Profile profile);

/** What was removed from one exhibit, for its sheet and the log. */
struct RedactionTally
{
    int autoBoxes = 0;           ///< areas the redactor covered
    int manualBoxes = 0;         ///< areas the user marked
    int keptBoxes = 0;           ///< automatic areas a reviewer left visible
    int textPassages = 0;        ///< passages taken out of typeset text
    QSet<QString> sources;       ///< whose strings were found ("W-014", "text redaction")
    QVector<int> pagesWithBoxes; ///< 1-based pages of the original
};

/** Per exhibit: what was prepared before the pages are laid out. */
struct Prepared
{
    QVector<PageArea> areas; ///< the item's own boxes
    QVector<PageArea> keeps; ///< areas a reviewer kept
    int source = -1;         ///< original PDF in the assembler
    int firstPage = 1, lastPage = 0;
    /** PDF pages the helper returned, by 1-based number: redacted pages as images, scanned
     *  pages that stay vector as their text layer's words only (no JPEG). */
    QMap<int, RasterPage> rasterOfPage;
    QVector<RasterPage> images;        ///< image pages
    QVector<ReencodedImage> reencoded; ///< JPEGs of vector pages, re-encoded by the helper
    QStringList typesetLines;
    QString typesetHeading;
    int firstBundlePage = 0, lastBundlePage = 0; ///< 0-based
    QString nativePath;
    int nativePage = -1; ///< the placeholder page of a recording (0-based)
    RedactionTally tally;
    QVector<int> unreviewedPages; ///< exported with --accept-unreviewed

    bool redacted() const { return tally.autoBoxes + tally.manualBoxes + tally.textPassages > 0; }
};

} // namespace bundle_detail

/** Pages of one original to be made by the helper. */
struct RasterJob
{
    int exhibit = 0;
    ExhibitContent part = ExhibitContent::Images;
    RasterRequest request;
    QByteArray bytes;
    QString what;
    std::optional<Result<RasterResult>> result;
};

struct BundleExporter::Run
{
    Library &library;
    const BundleOptions &options;
    const std::atomic_bool *cancelled = nullptr; ///< see BundleExporter::cancelled
    bool isCancelled() const { return cancelled && cancelled->load(); }
    BundlePlan plan;
    TermMatcher matcher;                  ///< the plan's terms, as the redactor matches them
    QVector<RedactionTerm> redactorTerms; ///< what the helper is asked to cover
    QStringList languageGroups;
    QString libraryOcrLanguages; ///< for text layers of exhibits never OCRed at import
    QVector<ReviewPage> reviewPages;
    QString createdUtc;
    QVector<bundle_detail::Prepared> prepared;
    PdfAssembler assembler;
    PageComposer composer;
    BundleLayout layout;
    QVector<IndexRow> indexRows;
    QVector<IndexRow> scheduleRows; ///< UK profile: the schedule of country evidence
    int frontPages = 0;             ///< the cover and the index, at the start of every part
    CoverText cover;
    QString staging;
    QVector<BundlePart> parts;
    QVector<RasterJob> rasterJobs;
    LeakCheckReport leakReport;

    Run(Library &lib, const BundleOptions &opts) : library(lib), options(opts) {}

    QString sanitize(const QString &text) const
    {
        return matcher.redact(text, bundle_detail::kBlackout);
    }

    QVector<PlacedWord> sanitizedWords(const QVector<PlacedWord> &words) const;

    QString textOfPage(const PlannedExhibit &e, int page) const
    {
        for (const auto &[number, text] : e.text)
            if (number == page)
                return text;
        return e.text.size() == 1 ? e.text.first().second : QString();
    }

    Status prepare(int index);
    /** Sets @p text (protected strings blacked out, and counted) as @p p's typeset lines. */
    void typeset(bundle_detail::Prepared &p, const QString &text);
    static QString transcriptHeading(const PlannedExhibit &e);
    void runRasterJobs();
    Status applyRaster(const RasterJob &job);
    void layOut();
    /** The rows of the UK schedule of country evidence (reports and cited sources, by
     *  section as issues), and for each row its exhibit (@p exhibitOfRow). */
    QVector<IndexRow> countryEvidenceRows(QVector<int> *exhibitOfRow) const;
    /** The certificate of translation of @p exhibit (which has translatedFrom). */
    TranslationCertificate certificateFor(int exhibit) const;
    /** Every page's number, stamped and used as its PDF page label. */
    QStringList pageNumbers() const;
    /** Splits the pages into parts under the size limit, each with the front matter. */
    void assignParts();
    QStringList partFiles() const;
    /** The layout page shown on 1-based page @p page of part file @p file, or -1. */
    int layoutPageOf(const QString &file, int page) const;
    Status writeNatives();

    // BundleRedaction.cpp
    Status setUpRedaction(qint64 dossierId);
    Status checkReviewedBeforePages() const;
    Status checkReviewedAfterPages();
    QString redactionStatement(int exhibit) const;
    QString exemptionStatement() const;
    Status runLeakCheck(const QString &folderName, const std::function<void(const QString &)> &say);
    QString describe(const LeakProblem &problem) const;
};

} // namespace amanat
