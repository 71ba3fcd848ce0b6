#pragma once

// The state of one bundle export, shared by BundleExporter.cpp (preparing originals,
// writing files) and BundleLayout.cpp (laying out pages). Private to core/bundle.

#include "BundleExporter.h"
#include "BundleLayout.h"
#include "GeneratedPages.h"
#include "PageComposer.h"
#include "PdfAssembler.h"
#include "RasterProtocol.h"

#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

namespace bundle_detail {

extern const QString kBlackout;
QSizeF basePageSize(BundleOptions::Profile profile);

/** Per exhibit: what was prepared before the pages are laid out. */
struct Prepared
{
    QStringList texts; ///< strings to remove from this exhibit
    int source = -1;   ///< original PDF in the assembler
    int firstPage = 1, lastPage = 0;
    QMap<int, RasterPage> rasterOfPage; ///< redacted PDF pages, by 1-based number
    QVector<RasterPage> images;         ///< image pages
    QStringList typesetLines;
    QString typesetHeading;
    int firstBundlePage = 0, lastBundlePage = 0; ///< 0-based
    QString nativePath;
    bool redacted = false;
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
    std::optional<Result<QVector<RasterPage>>> result;
};

struct BundleExporter::Run
{
    Library &library;
    const BundleOptions &options;
    BundlePlan plan;
    QVector<bundle_detail::Prepared> prepared;
    PdfAssembler assembler;
    PageComposer composer;
    BundleLayout layout;
    QVector<IndexRow> indexRows;
    CoverText cover;
    QString staging;
    QStringList partFiles;
    QVector<QPair<int, int>> partRanges;
    QString createdUtc;

    Run(Library &lib, const BundleOptions &opts) : library(lib), options(opts) {}

    QString sanitize(QString text, const QStringList &texts) const
    {
        for (const QString &secret : texts)
            if (!secret.isEmpty())
                text.replace(secret, bundle_detail::kBlackout, Qt::CaseInsensitive);
        return text;
    }

    QString textOfPage(const PlannedExhibit &e, int page) const
    {
        for (const auto &[number, text] : e.text)
            if (number == page)
                return text;
        return e.text.size() == 1 ? e.text.first().second : QString();
    }

    QVector<int> candidatePages(const PlannedExhibit &e, const QStringList &texts) const
    {
        QStringList keys;
        for (const QString &t : texts)
            keys << RasterRequest::matchKey(t);
        QVector<int> pages;
        for (const auto &[number, text] : e.text) {
            const QString key = RasterRequest::matchKey(text);
            for (const QString &needle : keys)
                if (!needle.isEmpty() && key.contains(needle)) {
                    pages << qMax(1, number);
                    break;
                }
        }
        return pages;
    }

    QVector<RasterJob> rasterJobs;

    Status prepare(int index);
    void runRasterJobs();
    Status applyRaster(const RasterJob &job);
    void layOut();
    void assignParts();
    Status writeNatives();
};

} // namespace amanat
