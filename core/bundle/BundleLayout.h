#pragma once

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace amanat {

/** A link on a bundle page (index entries): @p rect in PDF points, origin bottom-left. */
struct PageLink
{
    QRectF rect;
    int targetPage = 0; ///< 0-based page of the whole bundle
};

/** A page image placed under a page (scans, images, redacted pages): JPEG bytes from the
 *  helper, embedded as they are. */
struct PageRaster
{
    QByteArray jpeg;
    QSize pixels;
    QRectF rect;       ///< PDF points, origin bottom-left
    bool grey = false; ///< one colour component
};

/** One page of the bundle and where its content comes from. */
struct BundlePage
{
    QSizeF size;             ///< points
    int generatedIndex = -1; ///< page of the generated document drawn on top (text, sheets)
    int sourceDocument = -1; ///< an original PDF's page placed in the content area…
    int sourcePage = -1;     ///< …0-based
    QRectF contentRect;      ///< where a source page goes (PDF points)
    int raster = -1;         ///< index into BundleLayout::rasters, drawn first
    int exhibit = -1;        ///< -1 for the cover and the index
    int originalPage = 0;    ///< 1-based page of the exhibit's original shown here, or 0
    QRectF originalArea;     ///< where that page is drawn (points, top-left origin)
    QVector<PageLink> links;
};

/** One outline entry: a section or an exhibit and its first page. */
struct OutlineEntry
{
    QString title;
    int page = 0;
    int level = 0; ///< 0 section (or cover/index), 1 exhibit
    int exhibit = -1;
};

/** One PDF file of a bundle. Every part begins with the front matter (the cover and the
 *  full index), then holds its own run of pages. */
struct BundlePart
{
    QString file;
    QVector<int> pages;            ///< layout pages in the order written
    int firstOwn = 0, lastOwn = 0; ///< its own pages (layout indices), after the front matter
    int cover = -1;                ///< this part's own cover (a generated page), or -1
    QVector<OutlineEntry> outline; ///< OutlineEntry::page is a position in this part

    bool owns(int layoutPage) const { return layoutPage >= firstOwn && layoutPage <= lastOwn; }
    /** Where layout page @p layoutPage is in this file (0-based), or -1. */
    int positionOf(int layoutPage) const { return int(pages.indexOf(layoutPage)); }
};

/** The whole bundle as pages, before it is written. */
struct BundleLayout
{
    QVector<BundlePage> pages;
    QVector<PageRaster> rasters;
    /** Cover, index, exhibits and what follows them; each part adds the sections of the
     *  exhibits it holds (BundlePart::outline). */
    QVector<OutlineEntry> outline;
    QVector<QString> bates; ///< the stamped number of every page

    int pageCount() const { return int(pages.size()); }
};

} // namespace amanat
