// Witness safety in a bundle export (issue 10): the strings to remove and the languages to
// read pages in, the redaction review gate, what each exhibit sheet says was done, and the
// leak check that reads the finished bundle back before it is moved into place.

#include "BundleRun.h"

#include "library/Library.h"
#include "helper/OcrLanguages.h"

#include <QDateTime>

namespace amanat {

using namespace bundle_detail;

namespace {

constexpr int kListedProblems = 8;

bool hasPages(const PlannedExhibit &e)
{
    return e.parts.contains(ExhibitContent::PdfPages) || e.parts.contains(ExhibitContent::Images);
}

QString pageList(QVector<int> pages)
{
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    QStringList out;
    for (int i = 0; i < pages.size();) {
        int j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        out << (i == j ? QString::number(pages.at(i))
                       : QStringLiteral("%1–%2").arg(pages.at(i)).arg(pages.at(j)));
        i = j + 1;
    }
    return out.join(QStringLiteral(", "));
}

QString dateOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Status BundleExporter::Run::setUpRedaction(qint64 dossierId)
{
    matcher = TermMatcher(plan.terms, TermMatcher::Tolerance::Redact);
    redactorTerms = plan.terms;
    auto reviews = RedactionReview::pages(library, dossierId);
    if (!reviews.ok())
        return reviews.error();
    reviewPages = *reviews;

    bool anyPages = false;
    QStringList material;
    auto libraryLanguages = library.extractions().defaultOcrLanguages();
    if (libraryLanguages.ok()) {
        libraryOcrLanguages = *libraryLanguages;
        material += libraryLanguages->split(QLatin1Char('+'), Qt::SkipEmptyParts);
    }
    for (const PlannedExhibit &e : std::as_const(plan.exhibits)) {
        anyPages = anyPages || hasPages(e);
        if (e.extraction)
            material += e.extraction->ocrLanguages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    }
    QStringList missing;
    languageGroups =
        OcrLanguages::groupsFor(plan.terms, material, OcrLanguages::installed(), &missing);
    if (anyPages && !plan.terms.isEmpty()) {
        if (languageGroups.isEmpty())
            return makeError(ErrorCode::Unsupported,
                             tr("No OCR language is installed, so page images cannot be checked "
                                "for protected names. Install tesseract-ocr-eng."));
        if (!missing.isEmpty()) {
            QStringList packages;
            for (const QString &script : std::as_const(missing))
                packages << OcrLanguages::packageFor(script);
            return makeError(
                ErrorCode::Unsupported,
                tr("Protected names are written in %1 script, which OCR cannot read "
                   "on this computer, so page images cannot be checked for them. "
                   "Install %2.")
                    .arg(missing.join(QStringLiteral(", ")), packages.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Status BundleExporter::Run::checkReviewedBeforePages() const
{
    QStringList pending;
    for (const ReviewPage &page : reviewPages)
        if (!page.approved())
            pending << tr("exhibit %1 (item %2) page %3: %4")
                           .arg(page.exhibitLabel)
                           .arg(page.itemId)
                           .arg(page.page)
                           .arg(page.reason);
    if (pending.isEmpty() || options.acceptUnreviewed)
        return {};
    const int shown = qMin(int(pending.size()), kListedProblems);
    QString list = pending.mid(0, shown).join(QStringLiteral("; "));
    if (pending.size() > shown)
        list += tr("; and %n more", nullptr, int(pending.size()) - shown);
    return makeError(ErrorCode::InvalidInput,
                     tr("%n page(s) await redaction review: %1. Check the proposed boxes in the "
                        "app (dossier → Review redactions) or with amanat-cli redact-preview, "
                        "then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve "
                        "ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged "
                        "and printed on the exhibit sheets.",
                        nullptr, int(pending.size()))
                         .arg(list));
}

Status BundleExporter::Run::checkReviewedAfterPages()
{
    // Pages the library's own text did not point at, where the redactor nevertheless found
    // something to cover (a name in a picture inside a text PDF): they need a look too.
    QStringList pending;
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        Prepared &p = prepared[x];
        QVector<int> unreviewed;
        for (const ReviewPage &page : std::as_const(reviewPages))
            if (page.itemId == e.item.id && !page.approved())
                unreviewed << page.page;
        for (int number : std::as_const(p.tally.pagesWithBoxes)) {
            bool listed = false, approved = false;
            for (const ReviewPage &page : std::as_const(reviewPages))
                if (page.itemId == e.item.id && page.page == number) {
                    listed = true;
                    approved = page.approved();
                }
            if (listed)
                continue;
            // Approved through redact-review --approve even though not listed?
            auto reviews = library.reviews().forDossier(plan.dossier.id);
            if (reviews.ok())
                for (const PageReview &review : std::as_const(*reviews))
                    if (review.itemId == e.item.id && review.page == number &&
                        review.pageHash ==
                            RedactionReview::pageHash(e.item.original.sha256, number)) {
                        auto rules = RedactionReview::rulesHash(plan.terms, e.redactions, number);
                        approved = review.rulesHash == rules;
                    }
            if (!approved) {
                unreviewed << number;
                pending << tr("exhibit %1 (item %2) page %3: the redactor found a protected "
                              "name in the page image")
                               .arg(e.exhibit.label)
                               .arg(e.item.id)
                               .arg(number);
            }
        }
        std::sort(unreviewed.begin(), unreviewed.end());
        unreviewed.erase(std::unique(unreviewed.begin(), unreviewed.end()), unreviewed.end());
        p.unreviewedPages = unreviewed;
    }
    if (pending.isEmpty() || options.acceptUnreviewed)
        return {};
    const int shown = qMin(int(pending.size()), kListedProblems);
    return makeError(ErrorCode::InvalidInput,
                     tr("%n more page(s) await redaction review: %1. Review and approve them "
                        "(amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or "
                        "export with --accept-unreviewed.",
                        nullptr, int(pending.size()))
                         .arg(pending.mid(0, shown).join(QStringLiteral("; "))));
}

QString BundleExporter::Run::exemptionStatement() const
{
    QStringList people;
    for (const Exemption &e : plan.exemptions)
        people << tr("%1 (%2)").arg(e.code, sanitize(e.reason));
    if (people.isEmpty())
        return QString();
    return tr("Not redacted in this dossier by the user's recorded choice: %1.")
        .arg(people.join(QStringLiteral("; ")));
}

QString BundleExporter::Run::redactionStatement(int x) const
{
    const Prepared &p = prepared.at(x);
    const RedactionTally &t = p.tally;
    QStringList done;
    QStringList sources = QStringList(t.sources.begin(), t.sources.end());
    sources.removeAll(QString());
    sources.sort();
    if (t.autoBoxes > 0)
        done << tr("%n area(s) removed automatically", nullptr, t.autoBoxes);
    if (t.manualBoxes > 0)
        done << tr("%n area(s) marked by hand", nullptr, t.manualBoxes);
    if (t.textPassages > 0)
        done << tr("%n passage(s) removed from the text", nullptr, t.textPassages);
    if (t.keptBoxes > 0)
        done << tr("%n automatic area(s) left visible by the reviewer", nullptr, t.keptBoxes);
    QString statement = done.isEmpty()
                            ? tr("Nothing needed removing: no protected name, contact or marked "
                                 "area was found.")
                            : done.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!sources.isEmpty())
        statement += QLatin1Char(' ') +
                     tr("Removed to protect: %1.").arg(sources.join(QStringLiteral(", ")));
    // Who looked at the pages, or that nobody did.
    const qint64 itemId = plan.exhibits.at(x).item.id;
    QStringList reviewers;
    QString latest;
    int reviewed = 0;
    for (const ReviewPage &page : reviewPages) {
        if (page.itemId != itemId || !page.approved())
            continue;
        ++reviewed;
        if (!reviewers.contains(page.review->reviewer))
            reviewers << page.review->reviewer;
        latest = qMax(latest, page.review->reviewedAt);
    }
    if (reviewed > 0)
        statement +=
            QLatin1Char(' ') + tr("%n page(s) reviewed by %1; last on %2.", nullptr, reviewed)
                                   .arg(reviewers.join(QStringLiteral(", ")), dateOf(latest));
    if (!p.unreviewedPages.isEmpty())
        statement +=
            QLatin1Char(' ') +
            tr("NOT REVIEWED by a person: page(s) %1 of the original, exported with "
               "--accept-unreviewed by %2 on %3.")
                .arg(pageList(p.unreviewedPages), library.custody().actor(), dateOf(createdUtc));
    const QString exempt = exemptionStatement();
    if (!exempt.isEmpty())
        statement += QLatin1Char(' ') + exempt;
    statement += QLatin1Char(' ') + tr("The original in the library is unchanged.");
    return statement;
}

QString BundleExporter::Run::describe(const LeakProblem &problem) const
{
    QString what = tr("a protected string");
    if (problem.term >= 0 && problem.term < plan.terms.size()) {
        const RedactionTerm &term = plan.terms.at(problem.term);
        switch (term.kind) {
        case RedactionTerm::Kind::Name:
        case RedactionTerm::Kind::NamePart:
            what = tr("a protected name of %1").arg(term.source);
            break;
        case RedactionTerm::Kind::Phone:
        case RedactionTerm::Kind::Email:
        case RedactionTerm::Kind::EmailLocal:
        case RedactionTerm::Kind::Contact:
            what = tr("a protected contact of %1").arg(term.source);
            break;
        case RedactionTerm::Kind::Text:
            what = tr("a redacted text");
            break;
        }
    }
    if (problem.page <= 0) {
        for (int x = 0; x < prepared.size(); ++x)
            if (!problem.file.isEmpty() && prepared.at(x).nativePath == problem.file)
                return tr("exhibit %1 (item %2), its native file %3: %4 in %5 (the recording's "
                          "container metadata or its content); export a copy without metadata "
                          "or leave the exhibit out")
                    .arg(plan.exhibits.at(x).exhibit.label)
                    .arg(plan.exhibits.at(x).item.id)
                    .arg(problem.file, what, problem.where);
        return tr("%1: %2 in %3")
            .arg(problem.file.isEmpty() ? tr("the bundle folder") : problem.file, what,
                 problem.where);
    }
    const int global = layoutPageOf(problem.file, problem.page);
    QString place = tr("page %1 of %2").arg(problem.page).arg(problem.file);
    if (global >= 0 && global < layout.pageCount()) {
        const BundlePage &page = layout.pages.at(global);
        place =
            tr("page %1 (%2) of %3").arg(problem.page).arg(layout.bates.at(global), problem.file);
        if (page.exhibit >= 0) {
            const PlannedExhibit &e = plan.exhibits.at(page.exhibit);
            place = page.originalPage > 0
                        ? tr("exhibit %1 (item %2), page %3 of the original, on %4")
                              .arg(e.exhibit.label)
                              .arg(e.item.id)
                              .arg(page.originalPage)
                              .arg(place)
                        : tr("exhibit %1 (item %2), on %3")
                              .arg(e.exhibit.label)
                              .arg(e.item.id)
                              .arg(place);
        }
    }
    return tr("%1: %2 is legible in %3").arg(place, what, problem.where);
}

Status BundleExporter::Run::runLeakCheck(const QString &folderName,
                                         const std::function<void(const QString &)> &say)
{
    LeakCheck::Input input;
    input.folder = staging;
    input.folderName = folderName;
    input.filingPdfs = partFiles();
    input.terms = plan.terms;
    input.languageGroups = languageGroups;
    input.helperPath = options.helperPath;
    input.timeoutSeconds = options.helperTimeoutSeconds;
    input.progress = say;
    input.cancelled = cancelled;
    input.kept = [this](const QString &file, const LeakFinding &finding) {
        const int global = layoutPageOf(file, finding.page);
        if (global < 0 || global >= layout.pageCount())
            return false;
        const BundlePage &page = layout.pages.at(global);
        if (page.exhibit < 0 || page.originalPage <= 0 ||
            finding.where != LeakFinding::Where::Pixels)
            return false;
        const QRectF found = finding.rect;
        const double area = found.width() * found.height();
        for (const PageArea &keep : prepared.at(page.exhibit).keeps) {
            if (keep.page != page.originalPage)
                continue;
            const QRectF on(page.originalArea.x() + keep.rect.x() * page.originalArea.width(),
                            page.originalArea.y() + keep.rect.y() * page.originalArea.height(),
                            keep.rect.width() * page.originalArea.width(),
                            keep.rect.height() * page.originalArea.height());
            const QRectF fraction(on.x() / page.size.width(), on.y() / page.size.height(),
                                  on.width() / page.size.width(), on.height() / page.size.height());
            const QRectF inside = fraction.intersected(found);
            if (area > 0 && inside.width() * inside.height() >= 0.5 * area)
                return true;
        }
        return false;
    };
    auto report = LeakCheck::run(input);
    if (!report.ok())
        return report.error();
    leakReport = *report;
    if (leakReport.problems.isEmpty())
        return {};
    QStringList lines;
    for (const LeakProblem &problem : std::as_const(leakReport.problems)) {
        const QString line = describe(problem);
        if (!lines.contains(line))
            lines << line;
    }
    const int shown = qMin(int(lines.size()), kListedProblems);
    QString list = lines.mid(0, shown).join(QStringLiteral("; "));
    if (lines.size() > shown)
        list += tr("; and %n more", nullptr, int(lines.size()) - shown);
    return makeError(ErrorCode::Corrupt,
                     tr("The leak check read the finished bundle back and found %n protected "
                        "string(s) still legible, so no bundle was written: %1. Mark the place "
                        "to cover (redact --rect, or the redaction review) and export again.",
                        nullptr, int(lines.size()))
                         .arg(list));
}

} // namespace amanat
