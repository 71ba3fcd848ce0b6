#include "PassphraseStrength.h"

#include <QSet>
#include <QStringList>

#include <cmath>

namespace amanat {

namespace {

/** How many symbols a guesser must try per character: the union of the character classes
 *  that occur (lower case, upper case, digits, ASCII symbols, other scripts). */
double poolFor(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 'a' && u <= 'z')
            lower = true;
        else if (u >= 'A' && u <= 'Z')
            upper = true;
        else if (u >= '0' && u <= '9')
            digit = true;
        else if (u < 0x80)
            symbol = true; // ASCII punctuation and the space
        else
            other = true; // another script: a larger alphabet, conservatively counted
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
           (other ? 100 : 0);
}

/** A character that repeats the previous one or continues a run such as "abc" or "321". */
bool continuesPattern(const QString &text, int i)
{
    if (i == 0)
        return false;
    const int here = text.at(i).toLower().unicode();
    const int before = text.at(i - 1).toLower().unicode();
    if (here == before)
        return true;
    if (i >= 2) {
        const int step = here - before;
        const int previousStep = before - text.at(i - 2).toLower().unicode();
        if ((step == 1 || step == -1) && step == previousStep)
            return true;
    }
    // "ab" as the start of a run counts once the third character confirms it, above; a
    // repeated block ("abcabc", "lollol") is caught by the period check below.
    return false;
}

/** The length of the shortest block the text repeats ("abab" → 2), or its length. */
int period(const QString &text)
{
    const int n = int(text.size());
    for (int p = 1; p <= n / 2; ++p) {
        if (n % p != 0)
            continue;
        bool repeats = true;
        for (int i = p; i < n && repeats; ++i)
            repeats = text.at(i) == text.at(i - p);
        if (repeats)
            return p;
    }
    return n;
}

} // namespace

bool PassphraseStrength::isCommon(const QString &passphrase)
{
    static const QSet<QString> common{
        QStringLiteral("password"),  QStringLiteral("passw0rd"),
        QStringLiteral("123456"),    QStringLiteral("12345678"),
        QStringLiteral("123456789"), QStringLiteral("1234567890"),
        QStringLiteral("qwerty"),    QStringLiteral("qwertyuiop"),
        QStringLiteral("azerty"),    QStringLiteral("letmein"),
        QStringLiteral("iloveyou"),  QStringLiteral("admin"),
        QStringLiteral("welcome"),   QStringLiteral("monkey"),
        QStringLiteral("dragon"),    QStringLiteral("football"),
        QStringLiteral("baseball"),  QStringLiteral("sunshine"),
        QStringLiteral("princess"),  QStringLiteral("abc123"),
        QStringLiteral("trustno1"),  QStringLiteral("changeme"),
        QStringLiteral("secret"),    QStringLiteral("master"),
        QStringLiteral("superman"),  QStringLiteral("whatever"),
        QStringLiteral("shadow"),    QStringLiteral("michael"),
        QStringLiteral("starwars"),  QStringLiteral("login"),
        QStringLiteral("amanat"),    QStringLiteral("correcthorsebatterystaple")};
    QString folded = passphrase.toLower();
    folded.remove(QLatin1Char(' '));
    // "P@ssw0rd": undo the usual letter-for-symbol swaps too.
    QString unswapped = folded;
    const char swaps[][2] = {{'@', 'a'}, {'4', 'a'}, {'0', 'o'}, {'1', 'i'}, {'!', 'i'},
                             {'3', 'e'}, {'$', 's'}, {'5', 's'}, {'7', 't'}};
    for (const auto &swap : swaps)
        unswapped.replace(QLatin1Char(swap[0]), QLatin1Char(swap[1]));
    for (QString candidate : {folded, unswapped}) {
        // "Password1!", "qwerty2024": the base word with decoration is just as common.
        while (!candidate.isEmpty() && !common.contains(candidate) && !candidate.back().isLetter())
            candidate.chop(1);
        if (common.contains(candidate))
            return true;
    }
    return false;
}

QString PassphraseStrength::labelFor(Level level)
{
    switch (level) {
    case Level::Empty:
        return QString();
    case Level::VeryWeak:
        return tr("Very weak");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    case Level::VeryStrong:
        return tr("Very strong");
    }
    return QString();
}

PassphraseStrength::Estimate PassphraseStrength::estimate(const QString &passphrase)
{
    Estimate result;
    if (passphrase.isEmpty())
        return result;

    if (isCommon(passphrase)) {
        result.level = Level::VeryWeak;
        result.bits = 0;
        result.label = labelFor(result.level);
        result.hint = tr("This is one of the most common passwords; it is guessed at once.");
        return result;
    }

    // A repeated block is worth only the block (plus a little for the repetition).
    const int blockLength = period(passphrase);
    const QString block = passphrase.left(blockLength);
    double bits = blockLength < passphrase.size() ? 2.0 : 0.0;
    bool hasPattern = blockLength < passphrase.size();
    const double perCharacter = std::log2(qMax(2.0, poolFor(block)));
    for (int i = 0; i < block.size(); ++i) {
        if (continuesPattern(block, i)) {
            bits += 1.0;
            hasPattern = true;
        } else {
            bits += perCharacter;
        }
    }
    // Words separated by spaces: the classic passphrase. Counting characters over-estimates
    // a sentence of dictionary words, so take about 11 bits a word when that is lower.
    const QStringList words = passphrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 3)
        bits = qMin(bits, 11.0 * words.size() + 2.0 * (passphrase.size() / 4));

    result.bits = bits;
    if (bits < 28)
        result.level = Level::VeryWeak;
    else if (bits < 40)
        result.level = Level::Weak;
    else if (bits < 60)
        result.level = Level::Fair;
    else if (bits < 80)
        result.level = Level::Strong;
    else
        result.level = Level::VeryStrong;
    result.label = labelFor(result.level);

    if (result.level <= Level::Fair) {
        if (hasPattern)
            result.hint = tr("Repeated or sequential characters add little. Add a few "
                             "unrelated words instead.");
        else if (passphrase.size() < 16)
            result.hint = tr("Longer is stronger: a sentence of five or more words that only "
                             "you would think of is easy to remember and hard to guess.");
        else
            result.hint = tr("Add another unrelated word.");
    }
    return result;
}

} // namespace amanat
