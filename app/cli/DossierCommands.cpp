// amanat-cli dossier create|add|list|show|remove|delete|exempt|unexempt: dossiers of exhibits
// for bundles.

#include "CliSupport.h"
#include "Commands.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace amanat::cli {

namespace {

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonObject dossierJson(const Dossier &d)
{
    return QJsonObject{{QStringLiteral("id"), double(d.id)},
                       {QStringLiteral("name"), d.name},
                       {QStringLiteral("court"), d.court},
                       {QStringLiteral("case_number"), d.caseNumber},
                       {QStringLiteral("parties"), d.parties},
                       {QStringLiteral("counsel"), d.counsel},
                       {QStringLiteral("hearing_date"), d.hearingDate},
                       {QStringLiteral("a_number"), d.aNumber},
                       {QStringLiteral("created_at"), d.createdAt},
                       {QStringLiteral("modified_at"), d.modifiedAt}};
}

/** "FIRST-LAST" → both numbers, or an error sentence. */
bool parseRange(const QString &text, qint64 *first, qint64 *last)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,9})\\s*-\\s*(\\d{1,9})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *first = match.captured(1).toLongLong();
    *last = match.captured(2).toLongLong();
    return *first <= *last;
}

/** "[[H:]MM:]SS[.mmm]" → milliseconds, or -1. */
qint64 parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:(\\d+):)?(\\d+):)?(\\d+)(?:\\.(\\d{1,3}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    const qint64 millis = match.captured(4).leftJustified(3, QLatin1Char('0')).toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/** A library opened for a dossier command, and the dossier named or numbered in it. */
struct OpenedDossier
{
    std::unique_ptr<Library> library;
    Dossier dossier;
};

Result<OpenedDossier> openDossier(const QString &path, const QString &dossier,
                                  Library::Access access)
{
    auto library = Cli::open(path, access);
    if (!library.ok())
        return library.error();
    auto found = (*library)->dossiers().find(dossier);
    if (!found.ok())
        return found.error();
    return OpenedDossier{std::move(*library), *found};
}

int dossierCreate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("court"), Cli::tr("Court or tribunal."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("case-number"), Cli::tr("Case number."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("hearing-date"), Cli::tr("Hearing date (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("parties"), Cli::tr("Parties, as printed on the cover."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("counsel"), Cli::tr("Counsel, as printed on the cover."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("a-number"),
                      Cli::tr("A-number (US immigration court), as in A123-456-789."),
                      QStringLiteral("NUMBER")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("dossier"), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    Dossier dossier;
    dossier.name = positional.at(1);
    dossier.court = parser.value(QStringLiteral("court"));
    dossier.caseNumber = parser.value(QStringLiteral("case-number"));
    dossier.hearingDate = parser.value(QStringLiteral("hearing-date"));
    dossier.parties = parser.value(QStringLiteral("parties"));
    dossier.counsel = parser.value(QStringLiteral("counsel"));
    dossier.aNumber = parser.value(QStringLiteral("a-number"));
    auto library = Cli::open(positional.at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto id = (*library)->dossiers().create(dossier);
    if (!id.ok())
        return Cli::fail(id.error());
    Cli::print(QString::number(*id));
    return kExitOk;
}

int dossierAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("section"),
                      Cli::tr("Section title; created at the end when missing."),
                      QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("pages"), Cli::tr("Only these pages of a PDF or scan."),
                      QStringLiteral("FIRST-LAST")});
    parser.addOption({QStringLiteral("time"), Cli::tr("Only this segment of a video or audio."),
                      QStringLiteral("START-END")});
    parser.addOption({QStringLiteral("label"), Cli::tr("Exhibit label (default: A1, A2…)."),
                      QStringLiteral("LABEL")});
    parser.addOption(
        {QStringLiteral("description"), Cli::tr("Exhibit description."), QStringLiteral("TEXT")});
    const QString synopsis = synopsisOf("dossier");
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, -1, synopsis, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    const QString dossierName = positional.takeFirst();
    ExhibitRequest request;
    for (const QString &text : positional) {
        auto id = Cli::parseId(text);
        if (!id.ok())
            return Cli::usage(id.error().message, synopsis);
        request.itemIds.append(*id);
    }
    request.section = parser.value(QStringLiteral("section"));
    request.label = parser.value(QStringLiteral("label"));
    request.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("pages"))) {
        qint64 first = 0, last = 0;
        if (!parseRange(parser.value(QStringLiteral("pages")), &first, &last) || first < 1)
            return Cli::usage(Cli::tr("--pages takes FIRST-LAST, e.g. 3-7."), synopsis);
        request.firstPage = int(first);
        request.lastPage = int(last);
    }
    if (parser.isSet(QStringLiteral("time"))) {
        const QStringList parts = parser.value(QStringLiteral("time")).split(QLatin1Char('-'));
        const qint64 start = parts.size() == 2 ? parseTime(parts.at(0)) : -1;
        const qint64 end = parts.size() == 2 ? parseTime(parts.at(1)) : -1;
        if (start < 0 || end <= start)
            return Cli::usage(Cli::tr("--time takes START-END, e.g. 1:05-2:30."), synopsis);
        request.startMs = start;
        request.endMs = end;
    }
    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    DossierRepository &dossiers = (*library)->dossiers();
    auto dossier = dossiers.find(dossierName);
    if (!dossier.ok())
        return Cli::fail(dossier.error());
    auto ids = dossiers.addExhibits(dossier->id, request);
    if (!ids.ok())
        return Cli::fail(ids.error());
    for (qint64 id : *ids) {
        auto exhibit = dossiers.exhibit(id);
        if (exhibit.ok())
            Cli::print(QStringLiteral("%1\t%2").arg(exhibit->label).arg(exhibit->itemId));
    }
    return kExitOk;
}

int dossierList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("dossier"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    DossierRepository &repo = (*library)->dossiers();
    auto all = repo.all();
    if (!all.ok())
        return Cli::fail(all.error());
    QJsonArray array;
    for (const Dossier &d : *all) {
        auto count = repo.exhibitCount(d.id);
        if (!count.ok())
            return Cli::fail(count.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject object = dossierJson(d);
            object.insert(QStringLiteral("exhibits"), *count);
            array.append(object);
        } else {
            Cli::print(QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(d.id)
                           .arg(d.name, d.caseNumber, Cli::tr("%n exhibit(s)", nullptr, *count)));
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(array);
    return kExitOk;
}

int dossierShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("dossier"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    Library &lib = **library;
    auto dossier = lib.dossiers().find(parser.positionalArguments().at(1));
    if (!dossier.ok())
        return Cli::fail(dossier.error());
    auto sections = lib.dossiers().sections(dossier->id);
    if (!sections.ok())
        return Cli::fail(sections.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray sectionArray;
    if (!json) {
        Cli::print(QStringLiteral("%1\t%2").arg(dossier->id).arg(dossier->name));
        const QList<QPair<QString, QString>> details = {
            {Cli::tr("Court"), dossier->court},
            {Cli::tr("Case number"), dossier->caseNumber},
            {Cli::tr("Parties"), dossier->parties},
            {Cli::tr("Counsel"), dossier->counsel},
            {Cli::tr("Hearing date"), dossier->hearingDate},
            {Cli::tr("A-number"), dossier->aNumber}};
        for (const auto &[name, value] : details)
            if (!value.isEmpty())
                Cli::print(QStringLiteral("%1: %2").arg(name, value));
    }
    for (const DossierSection &section : *sections) {
        if (!json)
            Cli::print(QStringLiteral("\n%1").arg(section.title));
        QJsonArray exhibitArray;
        for (const Exhibit &e : section.exhibits) {
            auto item = lib.items().get(e.itemId);
            if (!item.ok())
                return Cli::fail(item.error());
            const QString title = item->field("title");
            if (json) {
                exhibitArray.append(
                    QJsonObject{{QStringLiteral("id"), double(e.id)},
                                {QStringLiteral("label"), e.label},
                                {QStringLiteral("item_id"), double(e.itemId)},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("kind"), item->kind},
                                {QStringLiteral("description"), e.description},
                                {QStringLiteral("first_page"), optionalJson(e.firstPage)},
                                {QStringLiteral("last_page"), optionalJson(e.lastPage)},
                                {QStringLiteral("start_ms"), optionalJson(e.startMs)},
                                {QStringLiteral("end_ms"), optionalJson(e.endMs)},
                                {QStringLiteral("consent_override"), e.consentOverride}});
            } else {
                QString range;
                if (e.firstPage)
                    range = Cli::tr(" (pages %1–%2)").arg(*e.firstPage).arg(*e.lastPage);
                else if (e.startMs)
                    range = Cli::tr(" (%1 s–%2 s)")
                                .arg(double(*e.startMs) / 1000.0)
                                .arg(double(*e.endMs) / 1000.0);
                Cli::print(QStringLiteral("  %1\t%2\t%3\t%4%5")
                               .arg(e.label)
                               .arg(e.itemId)
                               .arg(item->kind, title, range));
            }
        }
        sectionArray.append(QJsonObject{{QStringLiteral("id"), double(section.id)},
                                        {QStringLiteral("title"), section.title},
                                        {QStringLiteral("exhibits"), exhibitArray}});
    }
    auto exemptions = lib.persons().exemptions(dossier->id);
    if (!exemptions.ok())
        return Cli::fail(exemptions.error());
    QJsonArray exemptionArray;
    for (const Exemption &e : std::as_const(*exemptions)) {
        if (json)
            exemptionArray.append(QJsonObject{{QStringLiteral("person"), double(e.personId)},
                                              {QStringLiteral("code"), e.code},
                                              {QStringLiteral("reason"), e.reason},
                                              {QStringLiteral("created_at"), e.createdAt}});
        else
            Cli::print(Cli::tr("\nNot redacted in this dossier: %1 (%2)").arg(e.code, e.reason));
    }
    if (json) {
        QJsonObject object = dossierJson(*dossier);
        object.insert(QStringLiteral("sections"), sectionArray);
        object.insert(QStringLiteral("exemptions"), exemptionArray);
        Cli::printJson(object);
    }
    return kExitOk;
}

/** dossier exempt|unexempt LIBRARY DOSSIER PERSON: a protected person left unredacted in one
 *  dossier by explicit, logged choice (the appellant's own name in his own appeal). */
int dossierExemption(const QStringList &args, bool exempt)
{
    QCommandLineParser parser;
    if (exempt)
        parser.addOption({QStringLiteral("reason"),
                          Cli::tr("Why this person is not redacted (logged, printed on the "
                                  "bundle)."),
                          QStringLiteral("TEXT")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("dossier");
    if (!Cli::parse(parser, args, 3, 3, synopsis, &exitCode))
        return exitCode;
    if (exempt && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return Cli::usage(Cli::tr("dossier exempt needs --reason TEXT."), synopsis);
    const QStringList positional = parser.positionalArguments();
    auto library = Cli::open(positional.at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto dossier = (*library)->dossiers().find(positional.at(1));
    if (!dossier.ok())
        return Cli::fail(dossier.error());
    auto person = (*library)->persons().find(positional.at(2));
    if (!person.ok())
        return Cli::fail(person.error());
    const Status done = exempt
                            ? (*library)->persons().exempt(dossier->id, person->id,
                                                           parser.value(QStringLiteral("reason")))
                            : (*library)->persons().unexempt(dossier->id, person->id);
    return done.ok() ? kExitOk : Cli::fail(done.error());
}

int dossierExempt(const QStringList &args)
{
    return dossierExemption(args, true);
}

int dossierUnexempt(const QStringList &args)
{
    return dossierExemption(args, false);
}

/** dossier remove LIBRARY DOSSIER LABEL: takes one exhibit out of a dossier. */
int dossierRemove(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("dossier"), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    auto opened = openDossier(positional.at(0), positional.at(1), Library::Access::Write);
    if (!opened.ok())
        return Cli::fail(opened.error());
    DossierRepository &repo = opened->library->dossiers();
    const Dossier &dossier = opened->dossier;
    auto sections = repo.sections(dossier.id);
    if (!sections.ok())
        return Cli::fail(sections.error());
    for (const DossierSection &section : *sections)
        for (const Exhibit &e : section.exhibits)
            if (e.label.compare(positional.at(2), Qt::CaseInsensitive) == 0) {
                auto removed = repo.removeExhibit(e.id);
                return removed.ok() ? kExitOk : Cli::fail(removed.error());
            }
    return Cli::fail(
        makeError(ErrorCode::NotFound, Cli::tr("Dossier \"%1\" has no exhibit labelled \"%2\".")
                                           .arg(dossier.name, positional.at(2))));
}

/** dossier renumber LIBRARY DOSSIER: labels the exhibits again in order. */
int dossierRenumber(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("dossier"), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    auto opened = openDossier(positional.at(0), positional.at(1), Library::Access::Write);
    if (!opened.ok())
        return Cli::fail(opened.error());
    auto changes = opened->library->dossiers().relabelExhibits(opened->dossier.id);
    if (!changes.ok())
        return Cli::fail(changes.error());
    // One line per label changed: old, tab, new.
    for (const auto &[from, to] : *changes)
        Cli::print(QStringLiteral("%1\t%2").arg(from, to));
    if (changes->isEmpty())
        Cli::warn(Cli::tr("The exhibit labels are already in order."));
    return kExitOk;
}

int dossierDelete(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("dossier"), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    auto opened = openDossier(positional.at(0), positional.at(1), Library::Access::Write);
    if (!opened.ok())
        return Cli::fail(opened.error());
    auto removed = opened->library->dossiers().remove(opened->dossier.id);
    return removed.ok() ? kExitOk : Cli::fail(removed.error());
}

} // namespace

int runDossier(const QStringList &args)
{
    struct Sub
    {
        const char *name;
        int (*run)(const QStringList &);
    };
    static const Sub subs[] = {
        {"create", dossierCreate}, {"add", dossierAdd},       {"list", dossierList},
        {"show", dossierShow},     {"remove", dossierRemove}, {"renumber", dossierRenumber},
        {"delete", dossierDelete}, {"exempt", dossierExempt}, {"unexempt", dossierUnexempt}};
    if (!args.isEmpty())
        for (const Sub &sub : subs)
            if (args.first() == QLatin1String(sub.name))
                return sub.run(args.mid(1));
    return Cli::usage(Cli::tr("Name a dossier command: create, add, list, show, remove, delete, "
                              "exempt or unexempt."),
                      synopsisOf("dossier"));
}

} // namespace amanat::cli
