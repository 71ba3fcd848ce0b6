#include "ByteScanner.h"

#include "TermMatcher.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <string_view>

namespace amanat {

namespace {

constexpr qint64 kChunk = 4 << 20;
constexpr int kMinPhoneDigits = 7;

QByteArray asciiLower(QByteArray bytes)
{
    for (char &c : bytes)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return bytes;
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char high = char(u >> 8), low = char(u & 0xFF);
        if (bigEndian)
            out.append(high).append(low);
        else
            out.append(low).append(high);
    }
    return out;
}

struct Pattern
{
    QByteArray bytes;
    int term = 0;
};

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit() && c.unicode() < 0x80)
            digits += c;
    return digits;
}

} // namespace

struct ByteScanner::Private
{
    QVector<Pattern> patterns;
    int longest = 1;
    QVector<QPair<QByteArray, int>> phoneCores; ///< digits, term

    /** Runs of digits allowing separators (and NULs of UTF-16) between them. */
    void scanDigits(const QByteArray &bytes, QSet<int> &found) const
    {
        if (phoneCores.isEmpty())
            return;
        QByteArray run;
        auto close = [&] {
            if (run.size() >= kMinPhoneDigits)
                for (const auto &[core, term] : phoneCores)
                    if (run.contains(core))
                        found.insert(term);
            run.clear();
        };
        for (char c : bytes) {
            if (c >= '0' && c <= '9')
                run.append(c);
            else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' ||
                     c == '\0' || c == '+')
                continue;
            else
                close();
        }
        close();
    }
};

ByteScanner::ByteScanner(const QVector<RedactionTerm> &terms) : d(std::make_unique<Private>())
{
    for (int t = 0; t < terms.size(); ++t) {
        const RedactionTerm &term = terms.at(t);
        if (term.kind == RedactionTerm::Kind::Phone) {
            // The national number: without a country code or trunk zero (see TermMatcher).
            QString digits = digitsOf(term.text);
            const bool international = term.text.trimmed().startsWith(QLatin1Char('+')) ||
                                       digits.startsWith(QLatin1String("00"));
            if (digits.startsWith(QLatin1String("00")))
                digits.remove(0, 2);
            QString core = digits;
            if (international && digits.size() - 3 >= kMinPhoneDigits)
                core = digits.mid(3);
            else if (international && digits.size() - 1 >= kMinPhoneDigits)
                core = digits.mid(1);
            while (core.startsWith(QLatin1Char('0')) && core.size() > kMinPhoneDigits)
                core.remove(0, 1);
            if (core.size() >= kMinPhoneDigits)
                d->phoneCores.append({core.toLatin1(), t});
            continue;
        }
        QStringList variants{term.text};
        // As written with and without its spaces and middle dots: 阿不都热依木·吐尔逊 and
        // 阿不都热依木吐尔逊, "Abdurehim Tursun" and "AbdurehimTursun".
        QString joined = term.text;
        joined.remove(QRegularExpression(QStringLiteral("[\\s\\x{00B7}\\x{2022}\\x{30FB}]")));
        if (joined != term.text)
            variants << joined;
        for (const QString &variant : std::as_const(variants)) {
            for (const QByteArray &bytes :
                 {variant.toUtf8(), utf16(variant, false), utf16(variant, true)}) {
                const QByteArray lower = asciiLower(bytes);
                if (lower.size() < 3)
                    continue;
                d->patterns.append(Pattern{lower, t});
                d->longest = qMax(d->longest, int(lower.size()));
            }
        }
    }
}

ByteScanner::~ByteScanner() = default;

QSet<int> ByteScanner::scan(const QByteArray &bytes) const
{
    QSet<int> found;
    const QByteArray lower = asciiLower(bytes);
    const std::string_view haystack(lower.constData(), std::size_t(lower.size()));
    for (const Pattern &pattern : std::as_const(d->patterns)) {
        if (found.contains(pattern.term))
            continue;
        const std::string_view needle(pattern.bytes.constData(), std::size_t(pattern.bytes.size()));
        const auto it =
            std::search(haystack.begin(), haystack.end(),
                        std::boyer_moore_horspool_searcher(needle.begin(), needle.end()));
        if (it != haystack.end())
            found.insert(pattern.term);
    }
    d->scanDigits(bytes, found);
    return found;
}

QSet<int> ByteScanner::scan(QIODevice &device) const
{
    QSet<int> found;
    QByteArray carry;
    for (;;) {
        const QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty())
            break;
        // Each chunk goes with the end of the previous one, so nothing split between two
        // reads is missed.
        found.unite(scan(carry + chunk));
        carry = chunk.right(qMax(d->longest, 64));
    }
    return found;
}

} // namespace amanat
