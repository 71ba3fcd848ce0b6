// amanat-cli person, redact-preview and redact-review: protected people, and a person's
// look at what the redactor proposes before a bundle is filed (issue 10).

#include "CliSupport.h"
#include "Commands.h"

#include "bundle/RedactionPreview.h"
#include "bundle/RedactionReview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace amanat::cli {

namespace {

QJsonObject personJson(const ProtectedPerson &person, bool withValues)
{
    QJsonObject json{
        {QStringLiteral("id"), double(person.id)},
        {QStringLiteral("code"), person.code},
        {QStringLiteral("item"), person.itemId ? QJsonValue(double(*person.itemId)) : QJsonValue()},
        {QStringLiteral("names"), int(person.names.size())},
        {QStringLiteral("contacts"), int(person.contacts.size())}};
    if (withValues) {
        json.insert(QStringLiteral("names"), QJsonArray::fromStringList(person.names));
        json.insert(QStringLiteral("contacts"), QJsonArray::fromStringList(person.contacts));
    }
    return json;
}

int personAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("name"), Cli::tr("A name variant (repeatable)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("contact"),
                      Cli::tr("A phone number, e-mail or address (repeatable)."),
                      QStringLiteral("CONTACT")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("person"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto id = (*library)->persons().create(parser.positionalArguments().at(1),
                                           parser.values(QStringLiteral("name")),
                                           parser.values(QStringLiteral("contact")));
    if (!id.ok())
        return Cli::fail(id.error());
    Cli::print(QString::number(*id));
    return kExitOk;
}

int personList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("person"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto people = (*library)->persons().all();
    if (!people.ok())
        return Cli::fail(people.error());
    // Never the values: a list is what a shoulder-surfer or a terminal log sees.
    QJsonArray array;
    for (const ProtectedPerson &person : std::as_const(*people)) {
        if (parser.isSet(QStringLiteral("json")))
            array.append(personJson(person, false));
        else
            Cli::print(Cli::tr("%1\t%2\t%n name(s)", nullptr, int(person.names.size()))
                           .arg(person.id)
                           .arg(person.code) +
                       Cli::tr(", %n contact(s)", nullptr, int(person.contacts.size())) +
                       (person.itemId ? Cli::tr("\ttestimony %1").arg(*person.itemId) : QString()));
    }
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(array);
    return kExitOk;
}

int personShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("person"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto person = (*library)->persons().find(parser.positionalArguments().at(1));
    if (!person.ok())
        return Cli::fail(person.error());
    // Showing the values is recorded, like revealing a testimony's protected fields.
    const Status logged = (*library)->persons().logReveal(person->id);
    if (!logged.ok())
        return Cli::fail(logged.error());
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(personJson(*person, true));
        return kExitOk;
    }
    Cli::print(Cli::tr("Code: %1").arg(person->code));
    for (const QString &name : std::as_const(person->names))
        Cli::print(Cli::tr("Name: %1").arg(name));
    for (const QString &contact : std::as_const(person->contacts))
        Cli::print(Cli::tr("Contact: %1").arg(contact));
    return kExitOk;
}

int personEdit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("add-name"), Cli::tr("Add a name variant."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("add-contact"), Cli::tr("Add a contact."), QStringLiteral("CONTACT")});
    parser.addOption(
        {QStringLiteral("remove-name"), Cli::tr("Remove a name variant."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("remove-contact"), Cli::tr("Remove a contact."),
                      QStringLiteral("CONTACT")});
    parser.addOption(
        {QStringLiteral("code"), Cli::tr("Give the person another code."), QStringLiteral("CODE")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("person");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    PersonRepository &persons = (*library)->persons();
    auto person = persons.find(parser.positionalArguments().at(1));
    if (!person.ok())
        return Cli::fail(person.error());
    using Kind = PersonRepository::ValueKind;
    const Status done = (*library)->atomically([&](Library &) -> Status {
        Status status;
        if (status.ok() && parser.isSet(QStringLiteral("add-name")))
            status = persons.setValues(person->id, Kind::Name,
                                       parser.values(QStringLiteral("add-name")), true);
        if (status.ok() && parser.isSet(QStringLiteral("add-contact")))
            status = persons.setValues(person->id, Kind::Contact,
                                       parser.values(QStringLiteral("add-contact")), true);
        if (status.ok() && parser.isSet(QStringLiteral("remove-name")))
            status = persons.removeValues(person->id, Kind::Name,
                                          parser.values(QStringLiteral("remove-name")));
        if (status.ok() && parser.isSet(QStringLiteral("remove-contact")))
            status = persons.removeValues(person->id, Kind::Contact,
                                          parser.values(QStringLiteral("remove-contact")));
        if (status.ok() && parser.isSet(QStringLiteral("code")))
            status = persons.setCode(person->id, parser.value(QStringLiteral("code")));
        return status;
    });
    return done.ok() ? kExitOk : Cli::fail(done.error());
}

int personDelete(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("person"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto person = (*library)->persons().find(parser.positionalArguments().at(1));
    if (!person.ok())
        return Cli::fail(person.error());
    auto removed = (*library)->persons().remove(person->id);
    return removed.ok() ? kExitOk : Cli::fail(removed.error());
}

/** "ID:PAGE" → both, or nothing. */
std::optional<std::pair<qint64, int>> parseItemPage(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,12})\\s*:\\s*(\\d{1,6})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).toLongLong() < 1 || match.captured(2).toInt() < 1)
        return std::nullopt;
    return std::make_pair(match.captured(1).toLongLong(), match.captured(2).toInt());
}

} // namespace

int runPerson(const QStringList &args)
{
    static const struct
    {
        const char *name;
        int (*run)(const QStringList &);
    } kSubcommands[] = {{"add", personAdd},
                        {"list", personList},
                        {"show", personShow},
                        {"edit", personEdit},
                        {"delete", personDelete}};
    if (!args.isEmpty())
        for (const auto &sub : kSubcommands)
            if (args.first() == QLatin1String(sub.name))
                return sub.run(args.mid(1));
    return Cli::usage(Cli::tr("Name a person command: add, list, show, edit or delete."),
                      synopsisOf("person"));
}

int runRedactPreview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("page"), Cli::tr("The page to show (from 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("dossier"),
                      Cli::tr("Apply this dossier's exemptions and text redactions, as its "
                              "bundle would."),
                      QStringLiteral("DOSSIER")});
    parser.addOption({QStringLiteral("proposed"),
                      Cli::tr("Show the page unburned and list the proposed boxes.")});
    parser.addOption(Cli::jsonOption());
    const QString synopsis = synopsisOf("redact-preview");
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsis, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    auto id = Cli::parseId(positional.at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    bool ok = false;
    const int page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        return Cli::usage(Cli::tr("--page takes a page number from 1."), synopsis);
    auto library = Cli::open(positional.at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    qint64 dossierId = 0;
    if (parser.isSet(QStringLiteral("dossier"))) {
        auto dossier = (*library)->dossiers().find(parser.value(QStringLiteral("dossier")));
        if (!dossier.ok())
            return Cli::fail(dossier.error());
        dossierId = dossier->id;
    }
    auto rendered = RedactionPreview::page(**library, *id, page, dossierId,
                                           parser.isSet(QStringLiteral("proposed"))
                                               ? RedactionPreview::Mode::Proposed
                                               : RedactionPreview::Mode::Burned);
    if (!rendered.ok())
        return Cli::fail(rendered.error());
    QSaveFile out(positional.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(rendered->png) != rendered->png.size() ||
        !out.commit())
        return Cli::fail(
            makeError(ErrorCode::Io, Cli::tr("Could not write %1.").arg(positional.at(2))));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray boxes;
        for (int i = 0; i < rendered->autoBoxes.size(); ++i) {
            const QRectF &r = rendered->autoBoxes.at(i);
            boxes.append(QJsonObject{
                {QStringLiteral("rect"), QJsonArray{r.x(), r.y(), r.width(), r.height()}},
                {QStringLiteral("protects"), rendered->autoReasons.value(i)}});
        }
        Cli::printJson(QJsonObject{{QStringLiteral("item"), double(*id)},
                                   {QStringLiteral("page"), page},
                                   {QStringLiteral("auto_boxes"), boxes},
                                   {QStringLiteral("manual_boxes"), rendered->manualBoxes},
                                   {QStringLiteral("kept_boxes"), rendered->keptBoxes}});
    } else {
        Cli::print(Cli::tr("Wrote %1: %n area(s) found automatically", nullptr,
                           int(rendered->autoBoxes.size()))
                       .arg(positional.at(2)) +
                   Cli::tr(", %n marked by hand.", nullptr, rendered->manualBoxes));
    }
    return kExitOk;
}

int runRedactReview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("list"), Cli::tr("List the pages that await review.")});
    parser.addOption({QStringLiteral("all"),
                      Cli::tr("With --list: every page that needs review, reviewed or not.")});
    parser.addOption({QStringLiteral("approve"),
                      Cli::tr("Mark pages reviewed: ITEM:PAGE, more may follow."),
                      QStringLiteral("ITEM:PAGE")});
    parser.addOption(Cli::jsonOption());
    const QString synopsis = synopsisOf("redact-review");
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 1000, synopsis, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool list = parser.isSet(QStringLiteral("list"));
    const bool approve = parser.isSet(QStringLiteral("approve"));
    if (int(list) + int(approve) != 1)
        return Cli::usage(Cli::tr("Give --list or --approve."), synopsis);
    QVector<std::pair<qint64, int>> pages;
    if (approve) {
        for (const QString &text : parser.values(QStringLiteral("approve")) + positional.mid(2)) {
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto parsed = parseItemPage(part);
                if (!parsed)
                    return Cli::usage(Cli::tr("\"%1\" is not ITEM:PAGE (e.g. 12:3).").arg(part),
                                      synopsis);
                pages.append(*parsed);
            }
        }
    } else if (positional.size() > 2) {
        return Cli::usage(Cli::tr("Too many arguments."), synopsis);
    }
    auto library =
        Cli::open(positional.at(0), list ? Library::Access::Read : Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto dossier = (*library)->dossiers().find(positional.at(1));
    if (!dossier.ok())
        return Cli::fail(dossier.error());
    if (approve) {
        const Status approved = (*library)->atomically([&](Library &writer) -> Status {
            for (const auto &[item, page] : pages)
                AMANAT_TRY(RedactionReview::approve(writer, dossier->id, item, page));
            return {};
        });
        if (!approved.ok())
            return Cli::fail(approved.error());
        Cli::print(Cli::tr("%n page(s) marked reviewed.", nullptr, int(pages.size())));
        return kExitOk;
    }
    auto all = RedactionReview::pages(**library, dossier->id);
    if (!all.ok())
        return Cli::fail(all.error());
    const bool everything = parser.isSet(QStringLiteral("all"));
    QJsonArray array;
    for (const ReviewPage &page : std::as_const(*all)) {
        if (page.approved() && !everything)
            continue;
        const QString status = page.approved() ? QStringLiteral("reviewed")
                               : page.review   ? QStringLiteral("changed")
                                               : QStringLiteral("unreviewed");
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json{{QStringLiteral("item"), double(page.itemId)},
                             {QStringLiteral("page"), page.page},
                             {QStringLiteral("reason"), page.reason},
                             {QStringLiteral("exhibit"), page.exhibitLabel},
                             {QStringLiteral("status"), status}};
            if (page.review) {
                json.insert(QStringLiteral("reviewer"), page.review->reviewer);
                json.insert(QStringLiteral("reviewed_at"), page.review->reviewedAt);
            }
            array.append(json);
        } else {
            Cli::print(QStringLiteral("%1:%2\t%3\t%4\t%5")
                           .arg(page.itemId)
                           .arg(page.page)
                           .arg(page.exhibitLabel, status, page.reason));
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(array);
    return kExitOk;
}

} // namespace amanat::cli
