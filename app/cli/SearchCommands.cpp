// Full-text search and saved searches.

#include "CliSupport.h"
#include "Commands.h"

#include "search/SnippetBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

namespace amanat::cli {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 10000;

QJsonArray facetJson(const QVector<FacetCount> &counts)
{
    QJsonArray array;
    for (const FacetCount &count : counts)
        array.append(QJsonObject{{QStringLiteral("value"), count.value},
                                 {QStringLiteral("count"), count.count}});
    return array;
}

QJsonObject resultJson(const SearchResult &result)
{
    QJsonArray hits;
    for (const SearchHit &hit : result.hits)
        hits.append(QJsonObject{
            {QStringLiteral("id"), hit.id},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("kind"), hit.kind},
            {QStringLiteral("score"), hit.score},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("page"), hit.page > 0 ? QJsonValue(hit.page) : QJsonValue()}});
    return QJsonObject{
        {QStringLiteral("query"), result.query},
        {QStringLiteral("total"), result.total},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
        {QStringLiteral("facets"),
         QJsonObject{{QStringLiteral("kind"), facetJson(result.facets.kinds)},
                     {QStringLiteral("tags"), facetJson(result.facets.tags)},
                     {QStringLiteral("language"), facetJson(result.facets.languages)},
                     {QStringLiteral("year"), facetJson(result.facets.years)}}},
        {QStringLiteral("results"), hits},
    };
}

void printResultText(const SearchResult &result)
{
    Cli::print(
        Cli::tr("%n item(s) match (%1 ms).", nullptr, int(result.total)).arg(result.elapsedMs));
    for (const SearchHit &hit : result.hits) {
        QString line = QStringLiteral("%1\t%2\t%3").arg(hit.id).arg(hit.kind, hit.title);
        if (hit.page > 0)
            line += QLatin1Char('\t') + Cli::tr("page %1").arg(hit.page);
        Cli::print(line);
        if (!hit.snippet.isEmpty())
            Cli::print(QStringLiteral("    ") + SnippetBuilder::toPlainText(hit.snippet));
    }
}

void printCompactJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("limit"), Cli::tr("Most results to return (default 20)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("stdin"), Cli::tr("Read one query a line from standard input.")});
    parser.addOption(
        {QStringLiteral("saved"), Cli::tr("Run the saved search NAME."), QStringLiteral("NAME")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("search");
    if (!Cli::parse(parser, args, 1, 2, synopsis, &exitCode))
        return exitCode;
    const bool fromStdin = parser.isSet(QStringLiteral("stdin"));
    const bool saved = parser.isSet(QStringLiteral("saved"));
    const int positional = int(parser.positionalArguments().size());
    if ((fromStdin || saved) ? positional != 1 : positional != 2)
        return Cli::usage(Cli::tr("Give either a QUERY, --stdin or --saved NAME."), synopsis);
    if (fromStdin && saved)
        return Cli::usage(Cli::tr("Give either a QUERY, --stdin or --saved NAME."), synopsis);
    int limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return Cli::usage(Cli::tr("--limit takes a number from 1 to %1.").arg(kMaxLimit),
                              synopsis);
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    SearchEngine &engine = (*library)->search();

    if (fromStdin) {
        // The passphrase may itself have come from the first line of stdin; read on from there.
        int failures = 0;
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString query = QString::fromStdString(line).trimmed();
            if (query.isEmpty())
                continue;
            auto result = engine.search(query, limit);
            if (!result.ok()) {
                ++failures;
                if (json)
                    printCompactJson(
                        QJsonObject{{QStringLiteral("query"), query},
                                    {QStringLiteral("error"), result.error().message}});
                else
                    Cli::warn(Cli::tr("%1: %2").arg(query, result.error().message));
                continue;
            }
            if (json)
                printCompactJson(resultJson(*result));
            else
                printResultText(*result);
        }
        return failures > 0 ? kExitFailure : kExitOk;
    }

    QString query;
    if (saved) {
        auto found = (*library)->savedSearches().find(parser.value(QStringLiteral("saved")));
        if (!found.ok())
            return Cli::fail(found.error());
        query = found->query;
    } else {
        query = parser.positionalArguments().at(1);
    }
    auto result = engine.search(query, limit);
    if (!result.ok())
        return Cli::fail(result.error());
    if (json)
        Cli::printJson(resultJson(*result));
    else
        printResultText(*result);
    return kExitOk;
}

int runSearchSave(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("replace"), Cli::tr("Replace a saved search of the same name.")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsisOf("search-save"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto done = (*library)->savedSearches().save(parser.positionalArguments().at(1),
                                                 parser.positionalArguments().at(2),
                                                 parser.isSet(QStringLiteral("replace")));
    return done.ok() ? kExitOk : Cli::fail(done.error());
}

int runSearches(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("searches"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto searches = (*library)->savedSearches().all();
    if (!searches.ok())
        return Cli::fail(searches.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SavedSearch &search : *searches)
            array.append(QJsonObject{{QStringLiteral("name"), search.name},
                                     {QStringLiteral("query"), search.query},
                                     {QStringLiteral("created_at"), search.createdAt}});
        Cli::printJson(array);
        return kExitOk;
    }
    for (const SavedSearch &search : *searches)
        Cli::print(search.name + QLatin1Char('\t') + search.query);
    return kExitOk;
}

int runSearchDelete(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("search-delete"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto done = (*library)->savedSearches().remove(parser.positionalArguments().at(1));
    return done.ok() ? kExitOk : Cli::fail(done.error());
}

} // namespace amanat::cli
