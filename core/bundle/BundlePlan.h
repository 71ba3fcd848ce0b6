#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "ingest/ExtractionStore.h"
#include "custody/CustodyLog.h"
#include "repository/DossierRepository.h"
#include "repository/ItemRepository.h"
#include "repository/PersonRepository.h"
#include "repository/RedactionRepository.h"
#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

class Library;

/** How a bundle is laid out and where it goes. */
struct BundleOptions
{
    enum class Profile
    {
        Uk, ///< A4
        Us  ///< US Letter
    };
    /** How pages are numbered: the stamp and the PDF page label are the same. */
    enum class Numbering
    {
        Continuous, ///< PFX-000001, PFX-000002, … across the whole bundle
        Section,    ///< A1, A2… in the first section, B1… in the next (family bundles); the
                    ///< cover and index are i, ii, …
    };
    Profile profile = Profile::Uk;
    Numbering numbering = Numbering::Continuous;
    QString prefix = QStringLiteral("BUNDLE"); ///< Bates prefix: PFX-000001
    int start = 1;                             ///< first Bates number (continuous)
    qint64 maxPartBytes = 25'000'000;          ///< split into parts above this
    std::optional<SecureBuffer> transportPassword;
    bool overrideConsent = false; ///< file exhibits without "court" consent (logged)
    /** Export although pages await redaction review (logged, printed on the sheets). */
    bool acceptUnreviewed = false;
    QString helperPath; ///< amanat-extract; empty: the default
    int helperTimeoutSeconds = 600;
    QString appVersion;

    static Result<Profile> parseProfile(const QString &text);
    static Result<Numbering> parseNumbering(const QString &text);
};

/** How an exhibit's content enters the bundle. */
enum class ExhibitContent
{
    PdfPages, ///< the original PDF's pages, as they are (vector, text kept)
    Images,   ///< image or scan pages placed on bundle pages with an OCR text layer
    Typeset,  ///< text set in type: testimony transcripts, office documents, e-mail
    Media     ///< a placeholder page; the original goes beside the PDF as a native file
};

/** One exhibit with everything the exporter needs to lay it out. */
struct PlannedExhibit
{
    Exhibit exhibit;
    QString sectionTitle;
    int sectionIndex = 0;
    Item item; ///< without protected fields
    std::optional<ExtractionInfo> extraction;
    QVector<QPair<int, QString>> text; ///< stored text by page (1-based; 0 = unpaged)
    QVector<CustodyEvent> custody;
    QVector<Redaction> redactions;
    /** What goes into the bundle, in order: e.g. a testimony recorded on video gives its
     *  typeset transcript, then the video's placeholder page. */
    QVector<ExhibitContent> parts;
    QString transcript;             ///< a testimony's transcript, typeset first
    bool consentOverridden = false; ///< filed without "court" consent by the user's choice
    /** A translation (translation_of set): the item it translates (without protected
     *  fields), and that item's exhibit in this plan, if any. */
    std::optional<Item> translatedFrom;
    int translationOf = -1;
    QVector<int> translations; ///< the exhibits of this plan that translate this one

    QString title() const;
    /** An item's title, or its file's name when it has none. */
    static QString titleOf(const Item &item);
    bool isRedacted() const { return !redactions.isEmpty(); }
};

/** A dossier resolved for export: case details and its exhibits in order. */
struct BundlePlan
{
    Dossier dossier;
    QVector<PlannedExhibit> exhibits;
    /** Strings that must not appear anywhere in the bundle: those of every protected person
     *  of the library (but those exempted for this dossier) and every text redaction of its
     *  exhibits (see RedactionReview::dossierTerms). */
    QVector<RedactionTerm> terms;
    /** People the user chose not to redact in this dossier, with the reason. */
    QVector<Exemption> exemptions;
    QStringList warnings;
};

/** Reads a dossier and checks it can be filed: every exhibit's item exists, consent
 *  includes "court" (or the user overrode it), page ranges make sense. */
class BundlePlanner
{
    Q_DECLARE_TR_FUNCTIONS(BundlePlanner)

public:
    static Result<BundlePlan> plan(Library &library, qint64 dossierId,
                                   const BundleOptions &options);
    static QVector<ExhibitContent> partsFor(const Item &item);
    /** Moves every translation whose original is in @p plan directly after it (into the
     *  original's section) and links the two both ways. */
    static void placeTranslations(BundlePlan &plan);
};

} // namespace amanat
