#include "TermMatcher.h"

#include "text/TextNormalizer.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>

namespace amanat {

namespace {

/** Patterns longer than this are matched exactly (one machine word of bit-parallel state). */
constexpr int kMaxFuzzyLength = 64;
/** A phone number needs at least this many digits to be matched by its digits alone. */
constexpr int kMinPhoneDigits = 7;

/** One unit folded: its letters and digits, case and diacritics folded. */
QString foldUnit(const QString &unit)
{
    bool ascii = true;
    for (QChar c : unit)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString out;
        for (QChar c : unit) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                out += c;
            else if (u >= u'A' && u <= u'Z')
                out += QChar(char16_t(u + 32));
        }
        return out;
    }
    return TextNormalizer::foldWord(unit).join(QString());
}

/** Characters OCR reads for one another in names, unified (after folding). */
QChar unconfused(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return QLatin1Char('o');
    case u'1':
        return QLatin1Char('l');
    case u'5':
        return QLatin1Char('s');
    case u'8':
        return QLatin1Char('b');
    case u'2':
        return QLatin1Char('z');
    default:
        return c;
    }
}

bool isCjk(QChar c)
{
    return TextNormalizer::isSingleCharacterScript(c.unicode()) || c.isSurrogate();
}

/** Folded text with, for every key character, the units it came from. */
struct Folded
{
    QString letters;                   ///< folded, confusables unified
    QVector<QPair<int, int>> letterOf; ///< units of each letters character
    QString digits;                    ///< digit runs, '|' between runs
    QVector<int> digitOf;              ///< unit of each digits character
};

Folded fold(const QStringList &units)
{
    QString plain;
    QVector<int> plainOf;
    for (int u = 0; u < units.size(); ++u) {
        const QString folded = foldUnit(units.at(u));
        for (QChar c : folded) {
            plain += c;
            plainOf.append(u);
        }
    }
    Folded out;
    out.letters.reserve(plain.size());
    for (int i = 0; i < plain.size(); ++i) {
        const QChar c = unconfused(plain.at(i));
        const QChar next = i + 1 < plain.size() ? unconfused(plain.at(i + 1)) : QChar();
        // "rn" and "vv" are read for "m" and "w" as often as the other way round.
        if ((c == QLatin1Char('r') && next == QLatin1Char('n')) ||
            (c == QLatin1Char('v') && next == QLatin1Char('v'))) {
            out.letters += c == QLatin1Char('r') ? QLatin1Char('m') : QLatin1Char('w');
            out.letterOf.append({plainOf.at(i), plainOf.at(i + 1)});
            ++i;
            continue;
        }
        out.letters += c;
        out.letterOf.append({plainOf.at(i), plainOf.at(i)});
    }
    // Digits: runs of digits (and an O or l misread between two digits); anything else
    // ends a run. Separators were dropped by folding, so "07700-900 417" is one run.
    auto misreadDigit = [](QChar c) {
        return c == QLatin1Char('o') || c == QLatin1Char('l') || c == QLatin1Char('i');
    };
    for (int i = 0; i < plain.size(); ++i) {
        QChar c = plain.at(i);
        if (misreadDigit(c)) {
            // At most two such letters with digits on both sides are digits OCR misread.
            int from = i, to = i;
            while (from > 0 && misreadDigit(plain.at(from - 1)))
                --from;
            while (to + 1 < plain.size() && misreadDigit(plain.at(to + 1)))
                ++to;
            if (to - from < 2 && from > 0 && to + 1 < plain.size() &&
                plain.at(from - 1).isDigit() && plain.at(to + 1).isDigit())
                c = c == QLatin1Char('o') ? QLatin1Char('0') : QLatin1Char('1');
        }
        if (c.isDigit() && c.unicode() < 0x80) {
            out.digits += c;
            out.digitOf.append(plainOf.at(i));
        } else if (!out.digits.isEmpty() && !out.digits.endsWith(QLatin1Char('|'))) {
            out.digits += QLatin1Char('|');
            out.digitOf.append(plainOf.at(i));
        }
    }
    return out;
}

QStringList unitsOf(const QString &text, QVector<QPair<int, int>> *spans)
{
    // One unit per code point, with the combining marks that follow it.
    QStringList units;
    const int size = int(text.size());
    for (int i = 0; i < size;) {
        int end = i + 1;
        if (text.at(i).isHighSurrogate() && end < size && text.at(end).isLowSurrogate())
            ++end;
        while (end < size && (text.at(end).category() == QChar::Mark_NonSpacing ||
                              text.at(end).category() == QChar::Mark_Enclosing))
            ++end;
        units << text.mid(i, end - i);
        spans->append({i, end});
        i = end;
    }
    return units;
}

/** The start of the best alignment of @p pattern to a text ending at @p end (inclusive):
 *  the fewest edits, and of those the longest span. -1 if none is within @p k edits. */
int bestStart(const QString &pattern, const QString &text, int end, int k, int *distance)
{
    const int m = int(pattern.size());
    const int window = qMin(end + 1, m + k);
    // d[i][l]: the pattern's last i characters against the l text characters ending at end.
    QVector<int> previous(window + 1), current(window + 1);
    for (int l = 0; l <= window; ++l)
        previous[l] = l;
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        const QChar p = pattern.at(m - i);
        for (int l = 1; l <= window; ++l) {
            const int cost = text.at(end - l + 1) == p ? 0 : 1;
            current[l] = std::min({previous[l - 1] + cost, previous[l] + 1, current[l - 1] + 1});
        }
        std::swap(previous, current);
    }
    int best = -1;
    for (int l = 1; l <= window; ++l)
        if (previous[l] <= k && (best < 0 || previous[l] <= previous[best]))
            best = l;
    if (best < 0)
        return -1;
    *distance = previous[best];
    return end - best + 1;
}

/** Myers' bit-parallel approximate matching: [start, end] of every occurrence of
 *  @p pattern in @p text within @p k edits (overlapping ones merged). */
QVector<QPair<int, int>> fuzzyFind(const QString &pattern, const QString &text, int k)
{
    const int m = int(pattern.size());
    std::array<std::uint64_t, 128> ascii{};
    QHash<char16_t, std::uint64_t> other;
    for (int i = 0; i < m; ++i) {
        const char16_t c = pattern.at(i).unicode();
        if (c < 128)
            ascii[c] |= std::uint64_t(1) << i;
        else
            other[c] |= std::uint64_t(1) << i;
    }
    const std::uint64_t mask = m == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << m) - 1;
    const std::uint64_t high = std::uint64_t(1) << (m - 1);
    std::uint64_t pv = mask, mv = 0;
    int score = m;
    // Ends within k edits come in runs around each occurrence; of each run the end with
    // the fewest edits is the occurrence (a run of "Tursunov, re" is not all a name).
    QVector<QPair<int, int>> found;
    int runBest = -1, runScore = 0;
    auto closeRun = [&] {
        if (runBest < 0)
            return;
        int distance = 0;
        const int start = bestStart(pattern, text, runBest, k, &distance);
        if (start >= 0) {
            if (!found.isEmpty() && start <= found.last().second + 1)
                found.last().second = qMax(found.last().second, runBest);
            else
                found.append({start, runBest});
        }
        runBest = -1;
    };
    for (int j = 0; j < text.size(); ++j) {
        const char16_t c = text.at(j).unicode();
        const std::uint64_t eq = c < 128 ? ascii[c] : other.value(c, 0);
        const std::uint64_t xv = eq | mv;
        const std::uint64_t xh = ((((eq & pv) + pv) & mask) ^ pv) | eq;
        std::uint64_t ph = mv | (~(xh | pv) & mask);
        std::uint64_t mh = pv & xh;
        if (ph & high)
            ++score;
        if (mh & high)
            --score;
        ph = (ph << 1) & mask;
        mh = (mh << 1) & mask;
        pv = mh | (~(xv | ph) & mask);
        mv = ph & xv;
        if (score > k) {
            closeRun();
            continue;
        }
        if (runBest < 0 || score < runScore) {
            runBest = j;
            runScore = score;
        }
    }
    closeRun();
    return found;
}

QVector<QPair<int, int>> exactFind(const QString &needle, const QString &text)
{
    QVector<QPair<int, int>> found;
    if (needle.isEmpty())
        return found;
    for (int at = int(text.indexOf(needle)); at >= 0; at = int(text.indexOf(needle, at + 1))) {
        const int end = at + int(needle.size()) - 1;
        if (!found.isEmpty() && at <= found.last().second + 1)
            found.last().second = end;
        else
            found.append({at, end});
    }
    return found;
}

/** The digit strings a phone number is recognised by: all its digits, and without the
 *  international prefix or trunk zero (so "+44 7700 900417" also matches "07700 900417"). */
QStringList phoneCores(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit() && c.unicode() < 0x80)
            digits += c;
    QStringList cores{digits};
    const QString trimmed = phone.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"))) {
        const QString international =
            digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits;
        for (int cc = 1; cc <= 3; ++cc)
            cores << international.mid(cc);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        QString national = digits;
        while (national.startsWith(QLatin1Char('0')))
            national.remove(0, 1);
        cores << national;
    }
    // The shortest core that is still a whole national number is enough: every longer one
    // contains it.
    QString shortest;
    for (const QString &core : cores)
        if (core.size() >= kMinPhoneDigits && (shortest.isEmpty() || core.size() < shortest.size()))
            shortest = core;
    return shortest.isEmpty() ? QStringList() : QStringList{shortest};
}

} // namespace

struct TermMatcher::Private
{
    QVector<RedactionTerm> terms;
    Tolerance tolerance = Tolerance::Exact;
    QStringList keys;           ///< per term: letters key ("" for phones)
    QVector<int> errors;        ///< per term
    QVector<QStringList> cores; ///< per term: phone digit cores
};

TermMatcher::TermMatcher() : d(std::make_unique<Private>()) {}

TermMatcher::TermMatcher(QVector<RedactionTerm> terms, Tolerance tolerance)
    : d(std::make_unique<Private>())
{
    d->tolerance = tolerance;
    for (const RedactionTerm &term : terms) {
        const bool phone = term.kind == RedactionTerm::Kind::Phone;
        const QString k = phone ? QString() : key(term.text);
        const QStringList cores = phone ? phoneCores(term.text) : QStringList();
        if (k.isEmpty() && cores.isEmpty())
            continue; // nothing a reader could recognise: punctuation only
        d->terms.append(term);
        d->keys.append(k);
        d->cores.append(cores);
        d->errors.append(allowedErrors(term, tolerance));
    }
}

TermMatcher::~TermMatcher() = default;

TermMatcher::TermMatcher(const TermMatcher &other) : d(std::make_unique<Private>(*other.d)) {}

TermMatcher &TermMatcher::operator=(const TermMatcher &other)
{
    if (this != &other)
        *d = *other.d;
    return *this;
}

bool TermMatcher::isEmpty() const
{
    return d->terms.isEmpty();
}

const QVector<RedactionTerm> &TermMatcher::terms() const
{
    return d->terms;
}

TermMatcher::Tolerance TermMatcher::tolerance() const
{
    return d->tolerance;
}

QString TermMatcher::key(const QString &text)
{
    QVector<QPair<int, int>> spans;
    return fold(unitsOf(text, &spans)).letters;
}

int TermMatcher::allowedErrors(const RedactionTerm &term, Tolerance tolerance)
{
    if (tolerance == Tolerance::Exact)
        return 0;
    if (term.kind == RedactionTerm::Kind::Phone) {
        // The redactor also covers a number with one digit misread or lost under a ruling
        // line; the leak check flags only the number itself (another number one digit off
        // is a different phone, and must not stop an export).
        const QStringList cores = phoneCores(term.text);
        const int digits = cores.isEmpty() ? 0 : int(cores.first().size());
        return tolerance == Tolerance::Redact && digits >= 8 ? 1 : 0;
    }
    const QString k = key(term.text);
    int cjk = 0;
    for (QChar c : k)
        cjk += isCjk(c) ? 1 : 0;
    const int length = int(k.size());
    if (length > kMaxFuzzyLength)
        return 0;
    if (cjk * 2 >= length) { // Han names: each character carries much more than a letter
        if (tolerance == Tolerance::Redact)
            return length >= 6 ? 2 : length >= 3 ? 1 : 0;
        return length >= 4 ? 1 : 0;
    }
    if (tolerance == Tolerance::Redact)
        return length >= 10 ? 2 : length >= 5 ? 1 : 0;
    return length >= 14 ? 2 : length >= 7 ? 1 : 0;
}

QVector<TermMatcher::Match> TermMatcher::findInUnits(const QStringList &units) const
{
    QVector<Match> matches;
    if (d->terms.isEmpty() || units.isEmpty())
        return matches;
    const Folded folded = fold(units);
    for (int t = 0; t < d->terms.size(); ++t) {
        if (!d->cores.at(t).isEmpty()) {
            // The whole run of digits goes: a country code or extension left beside a
            // covered number would still point at it.
            for (const QString &core : d->cores.at(t))
                for (auto [start, end] : d->errors.at(t) > 0
                                             ? fuzzyFind(core, folded.digits, d->errors.at(t))
                                             : exactFind(core, folded.digits)) {
                    while (start > 0 && folded.digits.at(start - 1) != QLatin1Char('|'))
                        --start;
                    while (end + 1 < folded.digits.size() &&
                           folded.digits.at(end + 1) != QLatin1Char('|'))
                        ++end;
                    matches.append(Match{t, folded.digitOf.at(start), folded.digitOf.at(end)});
                }
            continue;
        }
        const QString &k = d->keys.at(t);
        const int errors = d->errors.at(t);
        const auto found =
            errors > 0 ? fuzzyFind(k, folded.letters, errors) : exactFind(k, folded.letters);
        for (const auto &[start, end] : found)
            matches.append(
                Match{t, folded.letterOf.at(start).first, folded.letterOf.at(end).second});
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    return matches;
}

QVector<TermMatcher::Span> TermMatcher::find(const QString &text) const
{
    QVector<Span> spans;
    if (d->terms.isEmpty() || text.isEmpty())
        return spans;
    QVector<QPair<int, int>> unitSpans;
    const QStringList units = unitsOf(text, &unitSpans);
    for (const Match &m : findInUnits(units))
        spans.append(Span{m.term, unitSpans.at(m.first).first, unitSpans.at(m.last).second});
    return spans;
}

QString TermMatcher::redact(const QString &text, const QString &replacement) const
{
    const QVector<Span> spans = find(text);
    if (spans.isEmpty())
        return text;
    // Merge overlapping or touching spans, then replace from the end.
    QVector<QPair<int, int>> merged;
    for (const Span &s : spans) {
        if (!merged.isEmpty() && s.start <= merged.last().second)
            merged.last().second = qMax(merged.last().second, s.end);
        else
            merged.append({s.start, s.end});
    }
    QString out = text;
    for (auto it = merged.crbegin(); it != merged.crend(); ++it)
        out.replace(it->first, it->second - it->first, replacement);
    return out;
}

} // namespace amanat
