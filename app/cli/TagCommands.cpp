// Commands about tags.

#include "model/TagPath.h"
#include "CliSupport.h"
#include "Commands.h"

#include "common/FileUtil.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace amanat::cli {

int runTag(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("add"), Cli::tr("Tag path to add (repeatable)."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("remove"), Cli::tr("Tag path to remove (repeatable)."),
                      QStringLiteral("TAG")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("tag");
    if (!Cli::parse(parser, args, 2, -1, synopsis, &exitCode))
        return exitCode;
    const QStringList add = parser.values(QStringLiteral("add"));
    const QStringList remove = parser.values(QStringLiteral("remove"));
    if (add.isEmpty() && remove.isEmpty())
        return Cli::usage(Cli::tr("Give at least one --add or --remove."), synopsis);
    for (const QString &tag : add + remove) {
        auto levels = TagPath::parse(tag);
        if (!levels.ok())
            return Cli::usage(levels.error().message, synopsis);
    }
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    QVector<qint64> ids;
    for (const QString &text : positional) {
        auto id = Cli::parseId(text);
        if (!id.ok())
            return Cli::usage(id.error().message, synopsis);
        ids.append(*id);
    }

    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    Library &lib = **library;
    for (qint64 id : ids) {
        auto item = lib.items().get(id);
        if (!item.ok())
            return Cli::fail(item.error());
    }
    // All items or none.
    auto changed = lib.tags().changeItemTags(ids, add, remove);
    if (!changed.ok())
        return Cli::fail(changed.error());
    return kExitOk;
}

int runTags(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("tags"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto tags = (*library)->tags().all();
    if (!tags.ok())
        return Cli::fail(tags.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Tag &tag : *tags)
            array.append(QJsonObject{{QStringLiteral("id"), tag.id},
                                     {QStringLiteral("path"), tag.path},
                                     {QStringLiteral("name"), tag.name},
                                     {QStringLiteral("color"), tag.color},
                                     {QStringLiteral("items"), tag.itemCount}});
        Cli::printJson(array);
        return kExitOk;
    }
    for (const Tag &tag : *tags)
        Cli::print(QStringLiteral("%1\t%2").arg(tag.path).arg(tag.itemCount));
    return kExitOk;
}

} // namespace amanat::cli

namespace amanat::cli {

namespace {

/** Opens the library for writing and runs @p action on its tags; prints the error if any. */
template <typename Action> int withTags(const QString &libraryPath, Action action)
{
    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    const Status status = action((*library)->tags());
    return status.ok() ? kExitOk : Cli::fail(status.error());
}

} // namespace

int runTagRename(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("tag-rename"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    return withTags(p.at(0), [&p](TagRepository &tags) { return tags.rename(p.at(1), p.at(2)); });
}

int runTagMerge(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("tag-merge"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    return withTags(p.at(0), [&p](TagRepository &tags) { return tags.merge(p.at(1), p.at(2)); });
}

int runTagMove(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("tag-move"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    return withTags(p.at(0), [&p](TagRepository &tags) { return tags.move(p.at(1), p.at(2)); });
}

int runTagDelete(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("tag-delete"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    return withTags(p.at(0), [&p](TagRepository &tags) {
        auto links = tags.remove(p.at(1));
        if (!links.ok())
            return Status(links.error());
        Cli::print(
            Cli::tr("Deleted the tag %1; %n item(s) lost it.", nullptr, int(*links)).arg(p.at(1)));
        return Status();
    });
}

int runTagColor(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("tag-color"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    return withTags(p.at(0), [&p](TagRepository &tags) { return tags.setColor(p.at(1), p.at(2)); });
}

int runTagsImport(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("tags-import"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    QFile file(p.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return Cli::fail(makeError(
            ErrorCode::Io, Cli::tr("%1 cannot be read: %2").arg(p.at(1), file.errorString())));
    constexpr qint64 kMaxCsvBytes = 16 << 20;
    if (file.size() > kMaxCsvBytes)
        return Cli::fail(makeError(ErrorCode::InvalidInput,
                                   Cli::tr("%1 is too large for a tag list.").arg(p.at(1))));
    // Check the whole file before opening the library: a bad line imports nothing.
    auto entries = TagRepository::parseCsv(file.readAll());
    if (!entries.ok())
        return Cli::fail(entries.error());
    return withTags(p.at(0), [&entries](TagRepository &tags) {
        auto created = tags.ensureAll(*entries, QStringLiteral("tags_import"));
        if (!created.ok())
            return Status(created.error());
        Cli::print(Cli::tr("%n tag(s) created.", nullptr, *created));
        return Status();
    });
}

int runTagsExport(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 2, synopsisOf("tags-export"), &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    auto library = Cli::open(p.at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto csv = (*library)->tags().exportCsv();
    if (!csv.ok())
        return Cli::fail(csv.error());
    if (p.size() == 1) {
        std::fwrite(csv->constData(), 1, std::size_t(csv->size()), stdout);
        std::fflush(stdout);
        return kExitOk;
    }
    auto written = writeFileAtomically(p.at(1), *csv);
    return written.ok() ? kExitOk : Cli::fail(written.error());
}

} // namespace amanat::cli
