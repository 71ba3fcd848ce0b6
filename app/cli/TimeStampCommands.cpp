// Trusted time (RFC 3161), offline: requests to take to a time-stamping authority, and its
// replies brought back.

#include "CliSupport.h"
#include "Commands.h"

#include "exchange/TimeStamps.h"

#include <QFile>

namespace amanat::cli {

QCommandLineOption timeStampAuthorityOption()
{
    return {QStringLiteral("tsa-ca"),
            Cli::tr("PEM file of the time-stamping authority's certificate (or its CA): the "
                    "reply's signer must chain to it."),
            QStringLiteral("CERT")};
}

std::optional<QByteArray> timeStampAuthority(const QCommandLineParser &parser, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("tsa-ca")))
        return QByteArray();
    QFile file(parser.value(QStringLiteral("tsa-ca")));
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = Cli::fail(
            makeError(ErrorCode::Io,
                      Cli::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString())));
        return std::nullopt;
    }
    return file.readAll();
}

int runTimestampRequest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("bundle"),
                      Cli::tr("Write OUTDIR/manifest.tsq over the bundle's manifest.json."),
                      QStringLiteral("OUTDIR")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("timestamp-request");
    if (!Cli::parse(parser, args, 0, -1, synopsis, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    Result<TimeStamps::Requested> requested = makeError(ErrorCode::Internal, QString());
    if (parser.isSet(QStringLiteral("bundle"))) {
        if (!positional.isEmpty())
            return Cli::usage(Cli::tr("--bundle takes the bundle folder and nothing else."),
                              synopsis);
        requested = TimeStamps::requestForBundle(parser.value(QStringLiteral("bundle")));
    } else {
        if (positional.size() < 3)
            return Cli::usage(Cli::tr("Name the library, the items and the request file."),
                              synopsis);
        const QString libraryPath = positional.takeFirst();
        const QString outTsq = positional.takeLast();
        QVector<qint64> ids;
        for (const QString &text : positional) {
            auto id = Cli::parseId(text);
            if (!id.ok())
                return Cli::usage(id.error().message, synopsis);
            ids << *id;
        }
        auto library = Cli::open(libraryPath, Library::Access::Write);
        if (!library.ok())
            return Cli::fail(library.error());
        requested = TimeStamps::requestForItems(**library, ids, outTsq);
    }
    if (!requested.ok())
        return Cli::fail(requested.error());
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(QJsonObject{{QStringLiteral("path"), requested->path},
                                   {QStringLiteral("sha256"), requested->digest}});
    else
        Cli::print(requested->path);
    Cli::warn(Cli::tr("Take this file to a time-stamping authority (RFC 3161) and bring its "
                      "reply back: timestamp-import for a library, or manifest.tsr beside the "
                      "manifest for a bundle."));
    return kExitOk;
}

int runTimestampImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption(timeStampAuthorityOption());
    int exitCode = 0;
    const QString synopsis = synopsisOf("timestamp-import");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    const auto authority = timeStampAuthority(parser, &exitCode);
    if (!authority)
        return exitCode;
    QFile reply(parser.positionalArguments().at(1));
    if (!reply.open(QIODevice::ReadOnly))
        return Cli::fail(
            makeError(ErrorCode::Io,
                      Cli::tr("%1 cannot be read: %2").arg(reply.fileName(), reply.errorString())));
    const QByteArray der = reply.read(1 << 20); // replies are a few kilobytes
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto stamped = TimeStamps::importReply(**library, der, *authority);
    if (!stamped.ok())
        return Cli::fail(stamped.error());
    const QString time = stamped->time.toString(Qt::ISODate);
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(QJsonObject{{QStringLiteral("time"), time},
                                   {QStringLiteral("authority"), stamped->authority},
                                   {QStringLiteral("trusted"), stamped->trusted},
                                   {QStringLiteral("request"), stamped->request},
                                   {QStringLiteral("already_stored"), stamped->already}});
    else
        Cli::print(QStringLiteral("%1\t%2").arg(time, stamped->authority));
    if (!stamped->trusted)
        Cli::warn(Cli::tr("The reply is intact and answers the request, but its authority was not "
                          "checked against a certificate you trust (--tsa-ca)."));
    return kExitOk;
}

} // namespace amanat::cli
