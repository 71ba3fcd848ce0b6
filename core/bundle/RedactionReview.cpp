#include "RedactionReview.h"

#include "library/Library.h"
#include "redaction/TermMatcher.h"

#include <QCryptographicHash>

namespace amanat {

namespace {

bool isImageMime(const QString &mime)
{
    return mime.startsWith(QLatin1String("image/")) && !mime.startsWith(QLatin1String("image/svg"));
}

struct ExhibitPages
{
    int first = 1;
    int last = 0; ///< 0: unknown
    bool image = false;
    bool scanned = false;
};

Result<std::optional<ExhibitPages>> pagesOf(Library &library, const Exhibit &exhibit,
                                            const Item &item)
{
    if (!item.original.present)
        return std::optional<ExhibitPages>();
    const bool pdf = item.original.mime == QLatin1String("application/pdf");
    const bool image = isImageMime(item.original.mime);
    if (!pdf && !image)
        return std::optional<ExhibitPages>();
    auto info = library.extractions().info(item.id);
    if (!info.ok())
        return info.error();
    ExhibitPages pages;
    pages.image = image;
    pages.scanned =
        image || item.kind == QLatin1String("scan") || (*info && !(*info)->ocrLanguages.isEmpty());
    const int count = *info ? (*info)->pages : 0;
    pages.first = exhibit.firstPage.value_or(1);
    pages.last = exhibit.lastPage.value_or(image ? qMax(1, count) : count);
    return std::optional<ExhibitPages>(pages);
}

} // namespace

Result<QVector<RedactionTerm>> RedactionReview::dossierTerms(Library &library, qint64 dossierId)
{
    auto terms = library.persons().terms(dossierId);
    if (!terms.ok())
        return terms.error();
    auto sections = library.dossiers().sections(dossierId);
    if (!sections.ok())
        return sections.error();
    QVector<RedactionTerm> all = *terms;
    for (const DossierSection &section : std::as_const(*sections))
        for (const Exhibit &exhibit : section.exhibits) {
            auto redactions = library.redactions().forItem(exhibit.itemId);
            if (!redactions.ok())
                return redactions.error();
            for (const Redaction &r : std::as_const(*redactions))
                if (r.kind == Redaction::Kind::Text)
                    RedactionTerms::merge(all,
                                          RedactionTerms::forText(r.text, tr("text redaction")));
        }
    return all;
}

QString RedactionReview::pageHash(const QString &originalSha256, int page)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QStringLiteral("%1:%2").arg(originalSha256).arg(page).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString RedactionReview::rulesHash(const QVector<RedactionTerm> &terms,
                                   const QVector<Redaction> &itemRedactions, int page)
{
    QByteArray rules = "redactor " + QByteArray::number(kRedactorVersion) + '\n' +
                       RedactionTerms::digest(terms) + '\n';
    for (const Redaction &r : itemRedactions)
        if (r.kind != Redaction::Kind::Text && r.page == page)
            rules += QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(RedactionRepository::kindName(r.kind))
                         .arg(r.area.x(), 0, 'f', 6)
                         .arg(r.area.y(), 0, 'f', 6)
                         .arg(r.area.width(), 0, 'f', 6)
                         .arg(r.area.height(), 0, 'f', 6)
                         .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(rules, QCryptographicHash::Sha256).toHex());
}

Result<QVector<ReviewPage>> RedactionReview::pages(Library &library, qint64 dossierId)
{
    auto terms = dossierTerms(library, dossierId);
    if (!terms.ok())
        return terms.error();
    const TermMatcher matcher(*terms, TermMatcher::Tolerance::Redact);
    auto reviews = library.reviews().forDossier(dossierId);
    if (!reviews.ok())
        return reviews.error();
    auto sections = library.dossiers().sections(dossierId);
    if (!sections.ok())
        return sections.error();
    QVector<ReviewPage> out;
    for (const DossierSection &section : std::as_const(*sections)) {
        for (const Exhibit &exhibit : section.exhibits) {
            auto item = library.items().get(exhibit.itemId);
            if (!item.ok())
                return item.error();
            auto range = pagesOf(library, exhibit, *item);
            if (!range.ok())
                return range.error();
            if (!*range)
                continue;
            auto text = library.items().text(exhibit.itemId);
            if (!text.ok())
                return text.error();
            auto redactions = library.redactions().forItem(exhibit.itemId);
            if (!redactions.ok())
                return redactions.error();
            for (int page = (*range)->first; page <= (*range)->last; ++page) {
                QStringList reasons;
                if ((*range)->image)
                    reasons << tr("photo or scan page");
                else if ((*range)->scanned)
                    reasons << tr("scan page");
                for (const Redaction &r : std::as_const(*redactions))
                    if (r.kind == Redaction::Kind::Rect && r.page == page) {
                        reasons << tr("area marked by hand");
                        break;
                    }
                for (const auto &[number, pageText] : std::as_const(*text))
                    if ((number == page || (number == 0 && page == 1)) &&
                        matcher.contains(pageText)) {
                        reasons << tr("protected name or redacted text in the page's text");
                        break;
                    }
                if (reasons.isEmpty())
                    continue;
                ReviewPage p;
                p.itemId = exhibit.itemId;
                p.exhibitLabel = exhibit.label;
                p.page = page;
                p.reason = reasons.join(QStringLiteral("; "));
                p.pageHash = pageHash(item->original.sha256, page);
                p.rulesHash = rulesHash(*terms, *redactions, page);
                for (const PageReview &review : std::as_const(*reviews))
                    if (review.itemId == p.itemId && review.page == page)
                        p.review = review;
                out.append(p);
            }
        }
    }
    return out;
}

Status RedactionReview::approve(Library &library, qint64 dossierId, qint64 itemId, int page)
{
    auto sections = library.dossiers().sections(dossierId);
    if (!sections.ok())
        return sections.error();
    std::optional<Exhibit> found;
    for (const DossierSection &section : std::as_const(*sections))
        for (const Exhibit &exhibit : section.exhibits)
            if (exhibit.itemId == itemId && !found)
                found = exhibit;
    if (!found)
        return makeError(ErrorCode::NotFound,
                         tr("Item %1 is not an exhibit of this dossier.").arg(itemId));
    auto item = library.items().get(itemId);
    if (!item.ok())
        return item.error();
    auto range = pagesOf(library, *found, *item);
    if (!range.ok())
        return range.error();
    if (!*range || page < (*range)->first || ((*range)->last > 0 && page > (*range)->last))
        return makeError(ErrorCode::InvalidInput,
                         tr("Item %1 has no page %2 in this dossier.").arg(itemId).arg(page));
    auto terms = dossierTerms(library, dossierId);
    if (!terms.ok())
        return terms.error();
    auto redactions = library.redactions().forItem(itemId);
    if (!redactions.ok())
        return redactions.error();
    PageReview review;
    review.dossierId = dossierId;
    review.itemId = itemId;
    review.page = page;
    review.pageHash = pageHash(item->original.sha256, page);
    review.rulesHash = rulesHash(*terms, *redactions, page);
    return library.reviews().approve(review);
}

} // namespace amanat
