// Laying out a bundle: which page holds what, the index rows and the outline, and the
// split into parts. Drawing happens later, when every page number is known.

#include "BundleRun.h"

#include "PdfText.h"
#include "library/Library.h"
#include "model/ItemFields.h"
#include "model/LanguageNames.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>

#include <climits>

namespace amanat {

using namespace bundle_detail;

namespace {

QSizeF oriented(const QSizeF &base, bool landscape)
{
    return landscape ? base.transposed() : base;
}

/** A rectangle given top-left origin on a page of @p height, as PDF points (bottom-left). */
QRectF toPdf(const QRectF &rect, double height)
{
    return QRectF(rect.left(), height - rect.bottom(), rect.width(), rect.height());
}

/** @p content fitted (aspect kept) and centred in @p area. */
QRectF fitted(const QSizeF &content, const QRectF &area)
{
    const QSizeF size = content.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.left() + (area.width() - size.width()) / 2,
                  area.top() + (area.height() - size.height()) / 2, size.width(), size.height());
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString extensionFor(const OriginalInfo &original)
{
    const QString suffix = QFileInfo(original.name).suffix().toLower();
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (safe.match(suffix).hasMatch())
        return suffix;
    const QString fromMime = QMimeDatabase().mimeTypeForName(original.mime).preferredSuffix();
    return fromMime.isEmpty() ? QStringLiteral("bin") : fromMime;
}

} // namespace

namespace {

/** A, B, … Z, AA, AB, …: the letter of section @p index (0-based). */
QString sectionLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString romanNumeral(int number)
{
    static const std::pair<int, const char *> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString out;
    for (const auto &[value, text] : parts)
        for (; number >= value; number -= value)
            out += QLatin1String(text);
    return out;
}

} // namespace

QStringList BundleExporter::Run::pageNumbers() const
{
    QStringList numbers;
    if (options.numbering == BundleOptions::Numbering::Continuous) {
        for (int i = 0; i < layout.pages.size(); ++i)
            numbers << BundleExporter::batesNumber(options.prefix, options.start + i);
        return numbers;
    }
    // By section: the cover and index in small roman numerals, then A1, A2, … B1, ….
    int front = 0, section = -1, inSection = 0;
    for (const BundlePage &page : layout.pages) {
        if (page.exhibit < 0) {
            numbers << romanNumeral(++front);
            continue;
        }
        const int s = plan.exhibits.at(page.exhibit).sectionIndex;
        if (s != section) {
            section = s;
            inSection = 0;
        }
        numbers << sectionLetters(s) + QString::number(++inSection);
    }
    return numbers;
}

void BundleExporter::Run::layOut()
{
    const QSizeF base = basePageSize(options.profile);
    auto addGenerated = [&](const QSizeF &size, int exhibit, PageComposer::Draw draw) {
        BundlePage page;
        page.size = size;
        page.exhibit = exhibit;
        page.generatedIndex = composer.add(size, std::move(draw));
        layout.pages.append(page);
        return int(layout.pages.size() - 1);
    };
    // @p lines set in type, @p heading on the first page and "(continued)" after.
    auto addTypesetPages = [&](const QSizeF &size, int exhibit, const QStringList &lines,
                               const QString &heading) {
        const int perPage = GeneratedPages::typesetLinesPerPage(size, true);
        for (int from = 0; from < lines.size(); from += perPage) {
            const QStringList chunk = lines.mid(from, perPage);
            const QString title = from == 0 ? heading : tr("%1 (continued)").arg(heading);
            addGenerated(size, exhibit, [chunk, title](QPainter &painter, const QSizeF &pageSize) {
                GeneratedPages::drawTypesetPage(painter, pageSize, title, chunk);
            });
        }
    };
    // The invisible text over a page image or a scanned vector page shown in @p where.
    auto addTextLayer = [&](const QSizeF &size, const QRectF &where, const RasterPage &r) {
        return composer.add(
            size, [words = r.words, text = r.text, where](QPainter &painter, const QSizeF &) {
                GeneratedPages::drawTextLayer(painter, where, words, text);
            });
    };

    // Cover and index first: their contents are filled in once every page is placed.
    addGenerated(base, -1, [this](QPainter &painter, const QSizeF &size) {
        GeneratedPages::drawCover(painter, size, cover, parts.size() > 1 ? 1 : 0);
    });
    layout.outline.append(OutlineEntry{tr("Cover"), 0, 0, -1});
    // The index rows (titles, dates, types) are known now; their pages once placed.
    QVector<int> rowOfExhibit(plan.exhibits.size());
    for (int x = 0, section = -1; x < plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        if (e.sectionIndex != section) {
            section = e.sectionIndex;
            IndexRow row;
            row.isSection = true;
            row.title = sanitize(e.sectionTitle);
            indexRows.append(row);
        }
        IndexRow row;
        row.label = e.exhibit.label;
        row.title = sanitize(e.title());
        row.date = e.item.field("event_date");
        row.type = ItemFields::kindLabel(e.item.kind);
        if (e.translationOf >= 0)
            row.type = tr("%1 · translation of %2")
                           .arg(row.type, plan.exhibits.at(e.translationOf).exhibit.label);
        else if (e.translatedFrom)
            row.type = tr("%1 · translation").arg(row.type);
        QStringList translations;
        for (int t : e.translations)
            translations << plan.exhibits.at(t).exhibit.label;
        if (!translations.isEmpty())
            row.type =
                tr("%1 · translated in %2").arg(row.type, translations.join(QStringLiteral(", ")));
        rowOfExhibit[x] = int(indexRows.size());
        indexRows.append(row);
    }
    // The US immigration court profile ends with a proof of service, listed like a document.
    const bool us = options.profile == BundleOptions::Profile::Us;
    const int proofRow = us ? int(indexRows.size()) : -1;
    if (us) {
        IndexRow row;
        row.title = tr("Proof of Service");
        indexRows.append(row);
    }
    const QVector<IndexPageRows> indexPages =
        GeneratedPages::layOutIndex(base, indexRows, composer.measuringDevice());
    const int firstIndexPage = int(layout.pages.size());
    // What US immigration courts call a table of contents is the same list.
    const QString indexTitle = us ? tr("Table of Contents") : tr("Index");
    for (int i = 0; i < indexPages.size(); ++i)
        addGenerated(
            base, -1,
            [this, i, on = indexPages.at(i), indexTitle](QPainter &painter, const QSizeF &size) {
                GeneratedPages::drawIndexPage(painter, size, indexTitle,
                                              indexRows.mid(on.first, on.count), on.rects, i > 0);
            });
    layout.outline.append(OutlineEntry{indexTitle, firstIndexPage, 0, -1});
    // The UK tribunal's schedule of the country evidence relied on, after the index.
    QVector<int> exhibitOfScheduleRow;
    if (!us)
        scheduleRows = countryEvidenceRows(&exhibitOfScheduleRow);
    const QVector<IndexPageRows> schedulePages =
        scheduleRows.isEmpty()
            ? QVector<IndexPageRows>()
            : GeneratedPages::layOutIndex(base, scheduleRows, composer.measuringDevice());
    const int firstSchedulePage = int(layout.pages.size());
    for (int i = 0; i < schedulePages.size(); ++i)
        addGenerated(
            base, -1, [this, i, on = schedulePages.at(i)](QPainter &painter, const QSizeF &size) {
                GeneratedPages::drawIndexPage(painter, size, tr("Schedule of Country Evidence"),
                                              scheduleRows.mid(on.first, on.count), on.rects, i > 0,
                                              tr("Extract relied on"));
            });
    if (!schedulePages.isEmpty())
        layout.outline.append(
            OutlineEntry{tr("Schedule of Country Evidence"), firstSchedulePage, 0, -1});
    constexpr int kSchedulePageLimit = 12; // what tribunals commonly allow
    if (schedulePages.size() > kSchedulePageLimit)
        plan.warnings << tr("The schedule of country evidence has %n page(s); tribunals often "
                            "allow no more than 12. Shorten the exhibits' descriptions.",
                            nullptr, int(schedulePages.size()));
    frontPages = int(layout.pages.size());

    int lastSection = -1;
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        Prepared &p = prepared[x];
        if (e.sectionIndex != lastSection) {
            lastSection = e.sectionIndex;
            indexRows[rowOfExhibit.at(x) - 1].targetPage = int(layout.pages.size());
        }
        p.firstBundlePage = addGenerated(base, x, [this, x](QPainter &painter, const QSizeF &size) {
            const PlannedExhibit &e = plan.exhibits.at(x);
            const Prepared &p = prepared.at(x);
            auto s = [&](const QString &t) {
                return sanitize(t);
            };
            ExhibitSheet sheet;
            sheet.heading = tr("Exhibit %1").arg(e.exhibit.label);
            sheet.title = s(e.title());
            const QString pages =
                tr("%1–%2 (%3 to %4)")
                    .arg(p.firstBundlePage + 1)
                    .arg(p.lastBundlePage + 1)
                    .arg(layout.bates.at(p.firstBundlePage), layout.bates.at(p.lastBundlePage));
            QString range;
            if (e.exhibit.firstPage)
                range = tr("pages %1–%2 of the original")
                            .arg(*e.exhibit.firstPage)
                            .arg(*e.exhibit.lastPage);
            QString segment;
            if (e.exhibit.startMs)
                segment =
                    tr("%1 to %2")
                        .arg(formatDuration(*e.exhibit.startMs), formatDuration(*e.exhibit.endMs));
            QString custody;
            if (!e.custody.isEmpty()) {
                const CustodyEvent &first = e.custody.first();
                const CustodyEvent &last = e.custody.last();
                custody = tr("%n event(s) in the library's hash-chained log. First: %1 on %2 by "
                             "%3. Latest: %4 on %5. Latest event hash: %6.",
                             nullptr, int(e.custody.size()))
                              .arg(first.action, first.at, s(first.actor), last.action, last.at,
                                   last.hash.left(16));
            }
            const QString author = e.item.field("source_author");
            QString translationOf;
            if (e.translationOf >= 0)
                translationOf = tr("Exhibit %1 — %2")
                                    .arg(plan.exhibits.at(e.translationOf).exhibit.label,
                                         s(plan.exhibits.at(e.translationOf).title()));
            else if (e.translatedFrom)
                translationOf = tr("%1 (item %2, not in this bundle)")
                                    .arg(s(PlannedExhibit::titleOf(*e.translatedFrom)))
                                    .arg(e.translatedFrom->id);
            QStringList translations;
            for (int t : e.translations)
                translations << tr("Exhibit %1").arg(plan.exhibits.at(t).exhibit.label);
            const QString translatedIn = translations.join(QStringLiteral(", "));
            sheet.rows = {
                {tr("Section"), s(e.sectionTitle)},
                {tr("Kind"), ItemFields::kindLabel(e.item.kind)},
                {tr("Date"), s(e.item.field("event_date"))},
                {tr("Description"), s(e.exhibit.description.isEmpty() ? e.item.field("description")
                                                                      : e.exhibit.description)},
                {tr("Author / source"), s(author)},
                {tr("Source title"), s(e.item.field("source_title"))},
                {tr("Published"), s(e.item.field("source_published"))},
                {tr("URL"), s(e.item.field("source_url"))},
                {tr("Accessed"), s(e.item.field("source_accessed"))},
                {tr("Language"), e.item.field("language")},
                {tr("Witness code"), e.item.field("witness_code")},
                {tr("Translation of"), translationOf},
                {tr("Translator"), e.translatedFrom ? s(e.item.field("translator")) : QString()},
                {tr("Translated in"), translatedIn},
                {tr("Original file"), s(e.item.original.name)},
                {tr("SHA-256 of the original"), e.item.original.sha256},
                {tr("Collected"), e.item.original.importedAt},
                {tr("In this bundle"), pages},
                {tr("Extract"), range},
                {tr("Segment"), segment},
                {tr("Redaction"), redactionStatement(x)},
                {tr("Chain of custody"), custody},
            };
            GeneratedPages::drawExhibitSheet(painter, size, sheet);
        });
        indexRows[rowOfExhibit.at(x)].targetPage = p.firstBundlePage;
        layout.outline.append(OutlineEntry{sanitize(tr("%1 — %2").arg(e.exhibit.label, e.title())),
                                           p.firstBundlePage, 1, x});

        for (ExhibitContent part : e.parts) {
            switch (part) {
            case ExhibitContent::Typeset:
                addTypesetPages(base, x, p.typesetLines, p.typesetHeading);
                break;
            case ExhibitContent::PdfPages:
                for (int number = p.firstPage; number <= p.lastPage; ++number) {
                    const QSizeF sourceSize = assembler.pageSize(p.source, number - 1);
                    const QSizeF size = oriented(base, sourceSize.width() > sourceSize.height());
                    const QRectF area = PageGeometry::contentArea(size);
                    BundlePage page;
                    page.size = size;
                    page.exhibit = x;
                    page.originalPage = number;
                    const auto returned = p.rasterOfPage.constFind(number);
                    if (returned != p.rasterOfPage.constEnd() && !returned->jpeg.isEmpty()) {
                        const RasterPage &r = *returned;
                        const QRectF where =
                            fitted(r.pointSize.isValid() ? r.pointSize : sourceSize, area);
                        page.originalArea = where;
                        layout.rasters.append(
                            PageRaster{r.jpeg, r.pixelSize, toPdf(where, size.height()), r.grey});
                        page.raster = int(layout.rasters.size() - 1);
                        page.generatedIndex = addTextLayer(size, where, r);
                    } else {
                        page.sourceDocument = p.source;
                        page.sourcePage = number - 1;
                        page.contentRect = toPdf(area, size.height());
                        // qpdf shrinks a page to fit but never enlarges it.
                        const double shrink = qMin(1.0, qMin(area.width() / sourceSize.width(),
                                                             area.height() / sourceSize.height()));
                        page.originalArea =
                            fitted(sourceSize * shrink,
                                   QRectF(area.center() - QPointF(sourceSize.width() * shrink / 2,
                                                                  sourceSize.height() * shrink / 2),
                                          sourceSize * shrink));
                        // A scanned page that stays vector: its OCR words over it.
                        if (returned != p.rasterOfPage.constEnd())
                            page.generatedIndex = addTextLayer(size, page.originalArea, *returned);
                    }
                    layout.pages.append(page);
                }
                break;
            case ExhibitContent::Images:
                for (const RasterPage &r : p.images) {
                    const QSizeF size = oriented(base, r.pixelSize.width() > r.pixelSize.height());
                    const QRectF area = PageGeometry::contentArea(size).adjusted(18, 18, -18, -6);
                    const QRectF where = fitted(QSizeF(r.pixelSize), area);
                    layout.rasters.append(
                        PageRaster{r.jpeg, r.pixelSize, toPdf(where, size.height()), r.grey});
                    BundlePage page;
                    page.size = size;
                    page.exhibit = x;
                    page.originalPage = r.page;
                    page.originalArea = where;
                    page.raster = int(layout.rasters.size() - 1);
                    page.generatedIndex = addTextLayer(size, where, r);
                    layout.pages.append(page);
                }
                break;
            case ExhibitContent::Media: {
                // Named after the placeholder page's number, once pages are numbered.
                p.nativePage = int(layout.pages.size());
                // The transcript begins on the placeholder page and continues after it.
                const int onPlaceholder = GeneratedPages::mediaTranscriptLines(base);
                const QStringList firstLines = p.typesetLines.mid(0, onPlaceholder);
                addGenerated(base, x, [this, x, firstLines](QPainter &painter, const QSizeF &size) {
                    const PlannedExhibit &e = plan.exhibits.at(x);
                    const Prepared &p = prepared.at(x);
                    const bool video = e.item.original.mime.startsWith(QLatin1String("video/")) ||
                                       e.item.kind == QLatin1String("video");
                    auto poster = library.extractions().poster(e.item.id);
                    QVector<QPair<QString, QString>> rows = {
                        {tr("Native file"), p.nativePath},
                        {tr("Duration"), e.extraction && e.extraction->durationMs
                                             ? formatDuration(*e.extraction->durationMs)
                                             : QString()},
                        {tr("Segment relied on"), e.exhibit.startMs
                                                      ? tr("%1 to %2")
                                                            .arg(formatDuration(*e.exhibit.startMs),
                                                                 formatDuration(*e.exhibit.endMs))
                                                      : tr("the whole recording")},
                        {tr("SHA-256"), e.item.original.sha256},
                        {tr("Size"), tr("%n byte(s)", nullptr,
                                        int(qMin<qint64>(e.item.original.size, INT_MAX)))},
                        {tr("Note"), tr("Video and audio cannot be placed in a filed PDF. The "
                                        "native file accompanies this bundle; its SHA-256 is "
                                        "listed in manifest.json.")}};
                    GeneratedPages::drawMediaPage(
                        painter, size,
                        (video ? tr("Video exhibit %1") : tr("Audio exhibit %1"))
                            .arg(e.exhibit.label),
                        poster.ok() ? *poster : QImage(), rows, p.typesetHeading, firstLines);
                });
                addTypesetPages(base, x, p.typesetLines.mid(onPlaceholder),
                                tr("%1 (continued)").arg(p.typesetHeading));
                break;
            }
            }
        }
        // A translation ends with its translator's certificate.
        if (e.translatedFrom)
            addGenerated(base, x, [this, x](QPainter &painter, const QSizeF &size) {
                GeneratedPages::drawCertificate(painter, size, certificateFor(x));
            });
        p.lastBundlePage = int(layout.pages.size() - 1);
        indexRows[rowOfExhibit.at(x)].firstPage = p.firstBundlePage + 1;
        indexRows[rowOfExhibit.at(x)].lastPage = p.lastBundlePage + 1;
    }
    if (us) {
        const int page = addGenerated(base, -1, [this](QPainter &painter, const QSizeF &size) {
            const Dossier &d = plan.dossier;
            GeneratedPages::drawProofOfService(
                painter, size,
                ProofOfService{
                    d.parties.isEmpty() ? d.name : d.parties, d.aNumber, d.counsel,
                    tr("this bundle of %n page(s) (%1 to %2)", nullptr, layout.pageCount())
                        .arg(layout.bates.first(), layout.bates.last())});
        });
        layout.outline.append(OutlineEntry{tr("Proof of Service"), page, 0, -1});
        indexRows[proofRow].targetPage = page;
        indexRows[proofRow].firstPage = indexRows[proofRow].lastPage = page + 1;
    }
    // Section rows show the pages of their exhibits.
    for (int r = 0; r < indexRows.size(); ++r) {
        if (!indexRows[r].isSection)
            continue;
        indexRows[r].firstPage = indexRows[r].targetPage + 1;
        int last = indexRows[r].firstPage;
        for (int k = r + 1; k < indexRows.size() && !indexRows[k].isSection && k != proofRow; ++k)
            last = indexRows[k].lastPage;
        indexRows[r].lastPage = last;
    }
    layout.bates = pageNumbers();
    for (int x = 0; x < prepared.size(); ++x)
        if (prepared[x].nativePage >= 0)
            prepared[x].nativePath = QStringLiteral("natives/%1.%2")
                                         .arg(layout.bates.at(prepared[x].nativePage),
                                              extensionFor(plan.exhibits.at(x).item.original));
    // The index rows link to their pages; the line under a translation's title (or its
    // original's) links to the other document of the pair.
    QVector<int> partnerOfRow(indexRows.size(), -1);
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        const int partner = e.translationOf >= 0        ? e.translationOf
                            : !e.translations.isEmpty() ? e.translations.first()
                                                        : -1;
        if (partner >= 0)
            partnerOfRow[rowOfExhibit.at(x)] = prepared.at(partner).firstBundlePage;
    }
    for (int r = 0; r < scheduleRows.size(); ++r) {
        const int x = exhibitOfScheduleRow.at(r);
        if (x < 0)
            continue;
        const Prepared &p = prepared.at(x);
        scheduleRows[r].targetPage = p.firstBundlePage;
        scheduleRows[r].firstPage = p.firstBundlePage + 1;
        scheduleRows[r].lastPage = p.lastBundlePage + 1;
    }
    for (int r = 0; r < scheduleRows.size(); ++r) // an issue spans its extracts
        for (int k = r + 1; scheduleRows.at(r).isSection && k < scheduleRows.size() &&
                            !scheduleRows.at(k).isSection;
             ++k)
            scheduleRows[r].lastPage =
                qMax(scheduleRows.at(r).lastPage, scheduleRows.at(k).lastPage);
    for (int i = 0; i < schedulePages.size(); ++i) {
        BundlePage &page = layout.pages[firstSchedulePage + i];
        const IndexPageRows &on = schedulePages.at(i);
        for (int k = 0; k < on.count; ++k)
            if (scheduleRows.at(on.first + k).targetPage >= 0)
                page.links.append(PageLink{toPdf(on.rects.at(k), page.size.height()),
                                           scheduleRows.at(on.first + k).targetPage});
    }
    for (int i = 0; i < indexPages.size(); ++i) {
        BundlePage &page = layout.pages[firstIndexPage + i];
        const IndexPageRows &on = indexPages.at(i);
        for (int k = 0; k < on.count; ++k) {
            QRectF rect = on.rects.at(k);
            const int partner = partnerOfRow.at(on.first + k);
            if (partner >= 0) {
                const double lines =
                    PageGeometry::kLineHeight *
                    qMax<qsizetype>(1, indexRows.at(on.first + k).typeLines.size());
                const QRectF below(rect.left(), rect.bottom() - lines - 3, rect.width(), lines + 3);
                page.links.append(PageLink{toPdf(below, page.size.height()), partner});
                rect.setBottom(below.top());
            }
            page.links.append(
                PageLink{toPdf(rect, page.size.height()), indexRows.at(on.first + k).targetPage});
        }
    }
    // The index and the schedule give each range as the pages are stamped: the number
    // alone (no prefix, no zeros) or the section's, so a reader finds it at the foot.
    auto stamped = [this](int page) { // 1-based
        return options.numbering == BundleOptions::Numbering::Continuous
                   ? QString::number(options.start + page - 1)
                   : layout.bates.at(page - 1);
    };
    for (QVector<IndexRow> *rows : {&indexRows, &scheduleRows})
        for (IndexRow &row : *rows)
            if (row.firstPage > 0)
                row.pages = row.firstPage == row.lastPage
                                ? stamped(row.firstPage)
                                : QStringLiteral("%1–%2").arg(stamped(row.firstPage),
                                                              stamped(row.lastPage));
}

QVector<IndexRow> BundleExporter::Run::countryEvidenceRows(QVector<int> *exhibitOfRow) const
{
    // Country evidence: reports, and any exhibit that cites a published source. The
    // dossier's sections are its issues; each row is the extract relied on (the exhibit's
    // description, or the whole document) with its source and pages.
    QVector<IndexRow> rows;
    exhibitOfRow->clear();
    int section = -1;
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        const Item &item = e.item;
        const bool cited = !item.field("source_title").isEmpty() ||
                           !item.field("source_author").isEmpty() ||
                           !item.field("source_url").isEmpty();
        if (item.kind != QLatin1String("report") && !cited)
            continue;
        if (e.sectionIndex != section) {
            section = e.sectionIndex;
            IndexRow heading;
            heading.isSection = true;
            heading.title = tr("Issue: %1").arg(sanitize(e.sectionTitle));
            rows.append(heading);
            exhibitOfRow->append(-1);
        }
        IndexRow row;
        row.label = e.exhibit.label;
        QString extract = e.exhibit.description.trimmed();
        if (e.exhibit.firstPage)
            extract = tr("%1 (pages %2–%3 of the original)")
                          .arg(extract.isEmpty() ? tr("Extract") : extract)
                          .arg(*e.exhibit.firstPage)
                          .arg(*e.exhibit.lastPage);
        row.title = sanitize(extract.isEmpty() ? tr("The whole document") : extract);
        QStringList source;
        for (const char *field : {"source_author", "source_title"})
            if (!item.field(field).isEmpty())
                source << sanitize(item.field(field));
        if (source.isEmpty())
            source << sanitize(e.title());
        row.type = source.join(QStringLiteral(", "));
        row.date = item.field("source_published").isEmpty() ? item.field("event_date")
                                                            : item.field("source_published");
        rows.append(row);
        exhibitOfRow->append(x);
    }
    // Section headings point at their first extract.
    for (int r = 0; r < rows.size(); ++r)
        if (rows.at(r).isSection && r + 1 < rows.size())
            (*exhibitOfRow)[r] = exhibitOfRow->at(r + 1);
    return rows;
}

TranslationCertificate BundleExporter::Run::certificateFor(int exhibit) const
{
    const PlannedExhibit &e = plan.exhibits.at(exhibit);
    const Item &from = *e.translatedFrom;
    // In the bundle's language: "traduire de l'arabe", never "de l'Arabic".
    const QString source = LanguageNames::inSentence(from.field("language"));
    const QString target = LanguageNames::inSentence(e.item.field("language"));
    auto where = [this](int x) {
        const Prepared &p = prepared.at(x);
        return tr("Exhibit %1, %2, pages %3 to %4 of this bundle")
            .arg(plan.exhibits.at(x).exhibit.label, sanitize(plan.exhibits.at(x).title()),
                 layout.bates.at(p.firstBundlePage), layout.bates.at(p.lastBundlePage));
    };
    TranslationCertificate certificate;
    certificate.statement =
        tr("I certify that I am competent to translate from %1 into %2, and that the "
           "translation listed below is a true and accurate translation of the original "
           "document listed below, to the best of my knowledge and belief.")
            .arg(source.isEmpty() ? tr("the language of the original") : source,
                 target.isEmpty() ? tr("the language of the translation") : target);
    const QString translator = sanitize(e.item.field("translator"));
    certificate.rows = QVector<QPair<QString, QString>>{
        {tr("Translator"), translator.isEmpty() ? tr("(not recorded in the library)") : translator},
        {tr("Original"), e.translationOf >= 0 ? where(e.translationOf)
                                              : tr("%1 (item %2, not in this bundle)")
                                                    .arg(sanitize(PlannedExhibit::titleOf(from)))
                                                    .arg(from.id)},
        {tr("SHA-256 of the original"), from.original.sha256},
        {tr("Translation"), where(exhibit)},
        {tr("SHA-256 of the translation"), e.item.original.sha256},
        {tr("Date of translation"), e.item.field("translation_date")},
    };
    return certificate;
}

void BundleExporter::Run::assignParts()
{
    // Estimated bytes per page: an original page's share of its file, a page image's JPEG,
    // a few kilobytes for a generated page; fonts once per part.
    QVector<qint64> pageBytes(layout.pages.size(), 4096);
    for (int i = 0; i < layout.pages.size(); ++i) {
        const BundlePage &page = layout.pages.at(i);
        if (page.raster >= 0)
            pageBytes[i] += layout.rasters.at(page.raster).jpeg.size();
        if (page.sourceDocument >= 0) {
            const PlannedExhibit &e = plan.exhibits.at(page.exhibit);
            pageBytes[i] +=
                e.item.original.size / qMax(1, assembler.pageCount(page.sourceDocument));
        }
    }
    constexpr qint64 kPartOverhead = 300'000;
    const qint64 budget = qMax<qint64>(options.maxPartBytes - kPartOverhead, 1);
    // Every part carries the front matter; a part ends only between exhibits.
    qint64 frontBytes = 0;
    for (int i = 0; i < frontPages; ++i)
        frontBytes += pageBytes.at(i);
    QVector<QPair<int, int>> ranges;
    int partStart = 0;
    qint64 partBytes = frontBytes;
    for (int x = 0; x < prepared.size(); ++x) {
        qint64 exhibitBytes = 0;
        for (int i = prepared[x].firstBundlePage; i <= prepared[x].lastBundlePage; ++i)
            exhibitBytes += pageBytes.at(i);
        const bool partHasExhibit = x > 0 && prepared[x - 1].firstBundlePage >= partStart;
        if (partBytes + exhibitBytes > budget && partHasExhibit) {
            ranges.append({partStart, prepared[x].firstBundlePage - 1});
            partStart = prepared[x].firstBundlePage;
            partBytes = frontBytes;
        }
        partBytes += exhibitBytes;
    }
    ranges.append({partStart, layout.pageCount() - 1});

    const bool split = ranges.size() > 1;
    for (int k = 0; k < ranges.size(); ++k) {
        BundlePart part;
        part.file =
            split ? QStringLiteral("bundle-part%1.pdf").arg(k + 1) : QStringLiteral("bundle.pdf");
        part.firstOwn = ranges.at(k).first;
        part.lastOwn = ranges.at(k).second;
        if (k > 0) {
            for (int i = 0; i < frontPages; ++i)
                part.pages.append(i);
            part.cover = composer.add(layout.pages.first().size,
                                      [this, k](QPainter &painter, const QSizeF &size) {
                                          GeneratedPages::drawCover(painter, size, cover, k + 1);
                                      });
        }
        for (int i = part.firstOwn; i <= part.lastOwn; ++i)
            part.pages.append(i);
        // The outline: cover and index, then every section present in this part at the
        // top level (also one that began in an earlier part), its exhibits beneath.
        for (const OutlineEntry &entry : layout.outline)
            if (entry.page < frontPages && entry.level == 0 && entry.exhibit < 0)
                part.outline.append(OutlineEntry{entry.title, part.positionOf(entry.page), 0, -1});
        int section = -1;
        for (const OutlineEntry &entry : layout.outline) {
            if (!part.owns(entry.page) || entry.page < frontPages)
                continue;
            if (layout.pages.at(entry.page).exhibit < 0) { // after the exhibits
                part.outline.append(OutlineEntry{entry.title, part.positionOf(entry.page), 0, -1});
                continue;
            }
            const PlannedExhibit &e = plan.exhibits.at(entry.exhibit);
            if (e.sectionIndex != section) {
                section = e.sectionIndex;
                part.outline.append(
                    OutlineEntry{sanitize(e.sectionTitle), part.positionOf(entry.page), 0, -1});
            }
            part.outline.append(
                OutlineEntry{entry.title, part.positionOf(entry.page), 1, entry.exhibit});
        }
        parts.append(part);
    }
    if (split)
        for (IndexRow &row : indexRows)
            for (int k = 0; k < parts.size(); ++k)
                if (parts.at(k).owns(row.targetPage))
                    row.part = tr("Part %1").arg(k + 1);
}

QStringList BundleExporter::Run::partFiles() const
{
    QStringList files;
    for (const BundlePart &part : parts)
        files << part.file;
    return files;
}

int BundleExporter::Run::layoutPageOf(const QString &file, int page) const
{
    for (const BundlePart &part : parts)
        if (part.file == file)
            return page >= 1 && page <= part.pages.size() ? part.pages.at(page - 1) : -1;
    return -1;
}

} // namespace amanat
