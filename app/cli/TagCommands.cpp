// Commands about tags.

#include "CliSupport.h"
#include "Commands.h"

#include <QJsonArray>

namespace amanat::cli {

int runTag(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("add"), Cli::tr("Tag path to add (repeatable)."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("remove"), Cli::tr("Tag path to remove (repeatable)."), QStringLiteral("TAG")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("tag");
    if (!Cli::parse(parser, args, 2, -1, synopsis, &exitCode))
        return exitCode;
    const QStringList add = parser.values(QStringLiteral("add"));
    const QStringList remove = parser.values(QStringLiteral("remove"));
    if (add.isEmpty() && remove.isEmpty())
        return Cli::usage(Cli::tr("Give at least one --add or --remove."), synopsis);
    for (const QString &tag : add + remove) {
        auto levels = TagRepository::parsePath(tag);
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
    // All items or none: one transaction for the whole command.
    auto transaction = Transaction::begin(lib.database());
    if (!transaction.ok())
        return Cli::fail(transaction.error());
    for (qint64 id : ids) {
        auto item = lib.items().get(id);
        if (!item.ok())
            return Cli::fail(item.error());
        for (const QString &tag : add) {
            auto done = lib.tags().addToItem(id, tag);
            if (!done.ok())
                return Cli::fail(done.error());
        }
        for (const QString &tag : remove) {
            auto done = lib.tags().removeFromItem(id, tag);
            if (!done.ok())
                return Cli::fail(done.error());
        }
    }
    auto committed = transaction->commit();
    if (!committed.ok())
        return Cli::fail(committed.error());
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
