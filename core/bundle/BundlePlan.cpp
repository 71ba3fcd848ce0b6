#include "BundlePlan.h"

#include "RedactionReview.h"
#include "library/Library.h"
#include "model/ItemFields.h"
#include "redaction/TermMatcher.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace amanat {

namespace {

bool isMediaMime(const QString &mime)
{
    return mime.startsWith(QLatin1String("video/")) || mime.startsWith(QLatin1String("audio/"));
}

bool hasCourtConsent(const Item &item)
{
    const QStringList scopes = item.field("consent").split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    return scopes.contains(QStringLiteral("court"), Qt::CaseInsensitive);
}

} // namespace

Result<BundleOptions::Profile> BundleOptions::parseProfile(const QString &text)
{
    if (text.compare(QLatin1String("uk"), Qt::CaseInsensitive) == 0)
        return Profile::Uk;
    if (text.compare(QLatin1String("us"), Qt::CaseInsensitive) == 0)
        return Profile::Us;
    return makeError(ErrorCode::InvalidInput,
                     BundlePlanner::tr("The profile must be uk (A4) or us (Letter)."));
}

Result<BundleOptions::Numbering> BundleOptions::parseNumbering(const QString &text)
{
    if (text.compare(QLatin1String("continuous"), Qt::CaseInsensitive) == 0)
        return Numbering::Continuous;
    if (text.compare(QLatin1String("section"), Qt::CaseInsensitive) == 0)
        return Numbering::Section;
    return makeError(ErrorCode::InvalidInput,
                     BundlePlanner::tr("Page numbering must be continuous or section."));
}

QString PlannedExhibit::title() const
{
    return titleOf(item);
}

QString PlannedExhibit::titleOf(const Item &item)
{
    const QString title = item.field("title");
    return title.isEmpty() ? item.original.name : title;
}

QVector<ExhibitContent> BundlePlanner::partsFor(const Item &item)
{
    const QString mime = item.original.mime;
    const bool recording = item.original.present && isMediaMime(mime);
    QVector<ExhibitContent> parts;
    // A recorded testimony's transcript goes on the recording's placeholder page instead.
    if (item.kind == QLatin1String("testimony") && !item.field("transcript").trimmed().isEmpty() &&
        !recording)
        parts << ExhibitContent::Typeset;
    if (!item.original.present)
        return parts.isEmpty() ? QVector<ExhibitContent>{ExhibitContent::Typeset} : parts;
    if (mime == QLatin1String("application/pdf"))
        parts << ExhibitContent::PdfPages;
    else if (mime.startsWith(QLatin1String("image/")))
        parts << ExhibitContent::Images;
    else if (isMediaMime(mime) || item.kind == QLatin1String("video") ||
             item.kind == QLatin1String("audio"))
        parts << ExhibitContent::Media;
    else if (parts.isEmpty())
        parts << ExhibitContent::Typeset; // office documents, e-mail, text: their text
    return parts;
}

void BundlePlanner::placeTranslations(BundlePlan &plan)
{
    QHash<qint64, int> exhibitOfItem;
    for (int x = plan.exhibits.size() - 1; x >= 0; --x)
        exhibitOfItem.insert(plan.exhibits.at(x).item.id, x);
    auto originalOf = [&](int x) {
        const PlannedExhibit &e = plan.exhibits.at(x);
        const int original = e.translatedFrom ? exhibitOfItem.value(e.translatedFrom->id, -1) : -1;
        return original == x ? -1 : original;
    };
    // A translation follows its original unless that original is itself placed after
    // another (so a cycle of translations cannot lose an exhibit).
    auto follows = [&](int x) {
        const int original = originalOf(x);
        return original >= 0 && originalOf(original) < 0;
    };
    QVector<PlannedExhibit> ordered;
    QVector<int> newIndex(plan.exhibits.size(), -1);
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        if (follows(x))
            continue;
        newIndex[x] = int(ordered.size());
        ordered.append(plan.exhibits.at(x));
        for (int t = 0; t < plan.exhibits.size(); ++t) {
            if (!follows(t) || originalOf(t) != x)
                continue;
            PlannedExhibit translation = plan.exhibits.at(t);
            if (translation.sectionIndex != plan.exhibits.at(x).sectionIndex)
                plan.warnings << tr("Exhibit %1 translates exhibit %2: it is placed directly "
                                    "after it, in section \"%3\".")
                                     .arg(translation.exhibit.label,
                                          plan.exhibits.at(x).exhibit.label,
                                          plan.exhibits.at(x).sectionTitle);
            translation.sectionIndex = plan.exhibits.at(x).sectionIndex;
            translation.sectionTitle = plan.exhibits.at(x).sectionTitle;
            newIndex[t] = int(ordered.size());
            ordered.append(translation);
        }
    }
    for (int x = 0; x < plan.exhibits.size(); ++x) {
        const int original = originalOf(x);
        if (original < 0)
            continue;
        ordered[newIndex[x]].translationOf = newIndex[original];
        ordered[newIndex[original]].translations.append(newIndex[x]);
    }
    for (PlannedExhibit &e : ordered)
        std::sort(e.translations.begin(), e.translations.end());
    plan.exhibits = ordered;
}

Result<BundlePlan> BundlePlanner::plan(Library &library, qint64 dossierId,
                                       const BundleOptions &options)
{
    BundlePlan plan;
    auto dossier = library.dossiers().get(dossierId);
    if (!dossier.ok())
        return dossier.error();
    plan.dossier = *dossier;
    auto sections = library.dossiers().sections(dossierId);
    if (!sections.ok())
        return sections.error();
    QStringList refused;
    for (int s = 0; s < sections->size(); ++s) {
        const DossierSection &section = sections->at(s);
        for (const Exhibit &exhibit : section.exhibits) {
            PlannedExhibit planned;
            planned.exhibit = exhibit;
            planned.sectionTitle = section.title;
            planned.sectionIndex = s;
            auto full = library.items().get(exhibit.itemId, ItemRepository::Protected::Include);
            if (!full.ok())
                return full.error();
            if (full->kind == QLatin1String("testimony") && !hasCourtConsent(*full)) {
                if (exhibit.consentOverride || options.overrideConsent)
                    planned.consentOverridden = true;
                else
                    refused << exhibit.label;
            }
            planned.transcript = full->field("transcript");
            // From here on the exhibit is handled without its protected fields.
            planned.item = *full;
            for (const FieldDef &field : ItemFields::all())
                if (field.isProtected)
                    planned.item.fields.remove(field.qname());
            planned.parts = partsFor(planned.item);
            if (const qint64 original = full->field("translation_of").toLongLong()) {
                auto from = library.items().get(original);
                if (from.ok())
                    planned.translatedFrom = *from; // protected fields hidden by default
                else if (from.error().code != ErrorCode::NotFound)
                    return from.error();
            }
            if (exhibit.firstPage && !planned.parts.contains(ExhibitContent::PdfPages) &&
                !planned.parts.contains(ExhibitContent::Images))
                return makeError(ErrorCode::InvalidInput,
                                 tr("Exhibit %1 has a page range, but item %2 has no pages.")
                                     .arg(exhibit.label)
                                     .arg(exhibit.itemId));
            auto extraction = library.extractions().info(exhibit.itemId);
            if (!extraction.ok())
                return extraction.error();
            planned.extraction = *extraction;
            auto text = library.items().text(exhibit.itemId);
            if (!text.ok())
                return text.error();
            planned.text = *text;
            auto custody = library.custody().events(exhibit.itemId);
            if (!custody.ok())
                return custody.error();
            planned.custody = *custody;
            auto redactions = library.redactions().forItem(exhibit.itemId);
            if (!redactions.ok())
                return redactions.error();
            planned.redactions = *redactions;
            plan.exhibits.append(planned);
        }
    }
    placeTranslations(plan);
    if (plan.exhibits.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Dossier \"%1\" has no exhibits to put in a bundle.").arg(plan.dossier.name));
    auto terms = RedactionReview::dossierTerms(library, dossierId);
    if (!terms.ok())
        return terms.error();
    plan.terms = *terms;
    auto exemptions = library.persons().exemptions(dossierId);
    if (!exemptions.ok())
        return exemptions.error();
    plan.exemptions = *exemptions;
    // The case details are typed by the user and may name a witness; on a bundle they are
    // blacked out like everywhere else.
    const TermMatcher matcher(plan.terms, TermMatcher::Tolerance::Redact);
    bool blackedOut = false;
    for (QString *field : {&plan.dossier.name, &plan.dossier.court, &plan.dossier.caseNumber,
                           &plan.dossier.parties, &plan.dossier.counsel}) {
        const QString cleaned = matcher.redact(*field, QStringLiteral("█████"));
        if (cleaned != *field) {
            *field = cleaned;
            blackedOut = true;
        }
    }
    if (blackedOut)
        plan.warnings << tr("The dossier's case details contain a protected name or contact; it "
                            "is blacked out in the bundle.");
    if (!refused.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("The witness has not consented to court use of exhibit(s) %1. Record their "
               "consent, or override it if you have another lawful basis (amanat-cli "
               "bundle --override-consent, or the box in the export dialog); the "
               "override is logged.")
                .arg(refused.join(QStringLiteral(", "))));
    return plan;
}

} // namespace amanat
