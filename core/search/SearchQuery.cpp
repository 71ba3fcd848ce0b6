#include "SearchQuery.h"

#include "text/TextNormalizer.h"
#include "model/DateSpec.h"
#include "model/ItemFields.h"
#include "model/TagPath.h"

namespace amanat {

namespace {

struct Lexeme
{
    QString text;
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    QString filter; ///< filter name when this is name:value
};

const QStringList &filterNames()
{
    static const QStringList names{QStringLiteral("tag"),     QStringLiteral("kind"),
                                   QStringLiteral("lang"),    QStringLiteral("before"),
                                   QStringLiteral("after"),   QStringLiteral("imported"),
                                   QStringLiteral("witness"), QStringLiteral("source")};
    return names;
}

/** Reads a quoted string starting at text[i] == '"'; returns false if it never closes. */
bool readQuoted(const QString &text, int &i, QString &out)
{
    const int close = text.indexOf(QLatin1Char('"'), i + 1);
    if (close < 0)
        return false;
    out = text.mid(i + 1, close - i - 1);
    i = close + 1;
    return true;
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return m_groups.isEmpty() && m_excluded.isEmpty() && tagPaths.isEmpty() && kinds.isEmpty() &&
           languages.isEmpty() && witnessCodes.isEmpty() && sources.isEmpty() && !before &&
           !after && !importedFrom;
}

Result<SearchQuery> SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    query.m_text = input.trimmed();
    const QString &text = query.m_text;

    // 1. Split into lexemes, honouring quotes.
    QVector<Lexeme> lexemes;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Lexeme lexeme;
        if (text.at(i) == QLatin1Char('-') && i + 1 < size && !text.at(i + 1).isSpace()) {
            lexeme.negated = true;
            ++i;
        }
        if (text.at(i) == QLatin1Char('"')) {
            if (!readQuoted(text, i, lexeme.text))
                return makeError(ErrorCode::InvalidInput,
                                 tr("The query has an opening quote (\") without a closing one."));
            lexeme.quoted = true;
        } else {
            const int start = i;
            while (i < size && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('"')) {
                    // name:"quoted value"
                    const QString head = text.mid(start, i - start);
                    if (!head.endsWith(QLatin1Char(':')))
                        return makeError(ErrorCode::InvalidInput,
                                         tr("A quote (\") must start a phrase or a filter value, "
                                            "as in \"exact words\" or tag:\"Police files\"."));
                    QString value;
                    if (!readQuoted(text, i, value))
                        return makeError(ErrorCode::InvalidInput,
                                         tr("The query has an opening quote (\") without a "
                                            "closing one."));
                    lexeme.filter = head.chopped(1);
                    lexeme.text = value;
                    lexeme.quoted = true;
                    break;
                }
                ++i;
            }
            if (lexeme.filter.isEmpty()) {
                lexeme.text = text.mid(start, i - start);
                const int colon = lexeme.text.indexOf(QLatin1Char(':'));
                if (colon > 0) {
                    const QString name = lexeme.text.left(colon);
                    bool alphabetic = true;
                    for (QChar c : name)
                        alphabetic = alphabetic && c.isLetter() && c.unicode() < 0x80;
                    if (alphabetic) {
                        lexeme.filter = name.toLower();
                        lexeme.text = lexeme.text.mid(colon + 1);
                    }
                }
            }
        }
        if (!lexeme.quoted && lexeme.filter.isEmpty() && lexeme.text.endsWith(QLatin1Char('*'))) {
            lexeme.prefix = true;
            lexeme.text.chop(1);
        }
        lexemes.append(lexeme);
    }

    // 2. Interpret: filters, OR groups, exclusions.
    bool pendingOr = false;
    for (int k = 0; k < lexemes.size(); ++k) {
        const Lexeme &lexeme = lexemes.at(k);
        const bool isOr = !lexeme.quoted && !lexeme.negated && lexeme.filter.isEmpty() &&
                          lexeme.text == QLatin1String("OR");
        if (isOr) {
            if (query.m_groups.isEmpty() || pendingOr || k + 1 == lexemes.size())
                return makeError(ErrorCode::InvalidInput,
                                 tr("OR needs a word or phrase on each side."));
            pendingOr = true;
            continue;
        }
        if (!lexeme.filter.isEmpty()) {
            if (pendingOr)
                return makeError(ErrorCode::InvalidInput,
                                 tr("OR needs a word or phrase on each side, not a filter."));
            if (!filterNames().contains(lexeme.filter))
                return makeError(ErrorCode::InvalidInput,
                                 tr("\"%1:\" is not a filter; the filters are %2.")
                                     .arg(lexeme.filter, filterNames().join(QStringLiteral(": ")) +
                                                             QLatin1Char(':')));
            const QString value = lexeme.text.trimmed();
            if (value.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 tr("The filter %1: needs a value.").arg(lexeme.filter));
            if (lexeme.negated)
                return makeError(ErrorCode::InvalidInput,
                                 tr("A filter cannot be excluded with \"-\"; remove the minus "
                                    "before %1:.")
                                     .arg(lexeme.filter));
            if (lexeme.filter == QLatin1String("tag")) {
                auto levels = TagPath::parse(value);
                if (!levels.ok())
                    return levels.error();
                query.tagPaths << levels->join(QLatin1Char('/'));
            } else if (lexeme.filter == QLatin1String("kind")) {
                if (!isItemKind(value.toLower()))
                    return makeError(ErrorCode::InvalidInput,
                                     tr("\"%1\" is not a kind; use one of: %2.")
                                         .arg(value, itemKinds().join(QStringLiteral(", "))));
                query.kinds << value.toLower();
            } else if (lexeme.filter == QLatin1String("lang")) {
                query.languages << value;
            } else if (lexeme.filter == QLatin1String("witness")) {
                query.witnessCodes << value;
            } else if (lexeme.filter == QLatin1String("source")) {
                query.sources << value;
            } else {
                const bool range = lexeme.filter == QLatin1String("imported");
                auto date = DateSpec::parse(value, range);
                if (!date.ok())
                    return makeError(
                        ErrorCode::InvalidInput,
                        tr("%1: %2").arg(lexeme.filter + QLatin1Char(':'), date.error().message));
                if (lexeme.filter == QLatin1String("before"))
                    query.before = date->end;
                else if (lexeme.filter == QLatin1String("after"))
                    query.after = date->start;
                else {
                    query.importedFrom = date->start;
                    query.importedTo = date->end;
                }
            }
            continue;
        }

        Term term;
        term.tokens = TextNormalizer::foldWord(lexeme.text);
        term.prefix = lexeme.prefix;
        if (lexeme.text.isEmpty() && !lexeme.quoted)
            return makeError(ErrorCode::InvalidInput,
                             lexeme.prefix
                                 ? tr("A \"*\" must follow the beginning of a word, as in "
                                      "detain*.")
                                 : tr("A \"-\" must come right before the word to "
                                      "exclude, as in -rumour."));
        if (term.tokens.isEmpty()) {
            if (pendingOr)
                return makeError(ErrorCode::InvalidInput,
                                 tr("OR needs a word or phrase on each side."));
            continue; // punctuation only: nothing to search for
        }
        if (lexeme.negated) {
            if (pendingOr)
                return makeError(ErrorCode::InvalidInput,
                                 tr("OR cannot be followed by an excluded word."));
            query.m_excluded.append(term);
        } else if (pendingOr) {
            query.m_groups.last().append(term);
            pendingOr = false;
        } else {
            query.m_groups.append({term});
        }
    }
    if (query.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("The query has nothing to search for: type a word, a phrase in "
                            "quotes or a filter such as tag:Detention."));
    // SQLite's full-text engine refuses very long expressions; say so plainly.
    int words = int(query.m_excluded.size());
    for (const auto &group : std::as_const(query.m_groups))
        words += int(group.size());
    if (words > kMaxWords || text.size() > kMaxCharacters)
        return makeError(ErrorCode::InvalidInput,
                         tr("The query is too long (%1 words); search for at most %2 words at "
                            "a time.")
                             .arg(words)
                             .arg(kMaxWords));
    return query;
}

QString SearchQuery::render(const Term &term)
{
    QString out;
    if (term.tokens.size() > 1)
        out = QLatin1Char('"') + term.tokens.join(QLatin1Char(' ')) +
              (term.prefix ? QStringLiteral("*\"") : QStringLiteral("\""));
    else
        out = term.tokens.first() + (term.prefix ? QStringLiteral("*") : QString());
    return out;
}

QString SearchQuery::positiveMatch() const
{
    QStringList groups;
    for (const auto &group : m_groups) {
        QStringList alternatives;
        for (const Term &term : group)
            alternatives << render(term);
        groups << alternatives.join(QStringLiteral(" OR "));
    }
    return groups.join(QLatin1Char(' '));
}

QString SearchQuery::excludedMatch() const
{
    QStringList terms;
    for (const Term &term : m_excluded)
        terms << render(term);
    return terms.join(QStringLiteral(" OR "));
}

QVector<SearchQuery::Term> SearchQuery::positiveTerms() const
{
    QVector<Term> out;
    for (const auto &group : m_groups)
        out += group;
    return out;
}

QString SearchQuery::tagFilter(const QString &path)
{
    // A quoted value ends at the next quote; tag paths are quoted whole.
    return QStringLiteral("tag:\"") + path + QLatin1Char('"');
}

} // namespace amanat
