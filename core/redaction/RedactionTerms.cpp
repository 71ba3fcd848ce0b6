#include "RedactionTerms.h"

#include "TermMatcher.h"
#include "text/TextNormalizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace amanat {

namespace {

constexpr int kMinLetterPart = 4;
constexpr int kMinHanPart = 2;
constexpr int kMinPiece = 6;

int cjkCount(const QString &text)
{
    int count = 0;
    const auto codePoints = text.toUcs4();
    for (char32_t c : codePoints)
        count += TextNormalizer::isSingleCharacterScript(c) ? 1 : 0;
    return count;
}

bool isArabicScriptChar(char32_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF);
}

bool isCyrillic(char32_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF);
}

bool isKana(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
}

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
           (c >= 0x3130 && c <= 0x318F);
}

bool isLatinLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x00C0 && c <= 0x024F);
}

/** Phone-like runs inside a longer contact ("Tel. +44 7700 900417, evenings"). */
QStringList embeddedPhones(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d"));
    QStringList found;
    for (auto it = phone.globalMatch(text); it.hasNext();) {
        const QString candidate = it.next().captured(0).trimmed();
        if (RedactionTerms::isPhone(candidate))
            found << candidate;
    }
    return found;
}

QStringList embeddedEmails(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("[^\\s@<>(),;:\"]+@[^\\s@<>(),;:\"]+\\.[^\\s@<>(),;:\"]+"));
    QStringList found;
    for (auto it = email.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

void addEmail(QVector<RedactionTerm> &terms, const QString &address, const QString &source)
{
    terms.append(RedactionTerm{address, RedactionTerm::Kind::Email, source});
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    if (TermMatcher::key(local).size() >= 3)
        terms.append(RedactionTerm{local, RedactionTerm::Kind::EmailLocal, source});
}

} // namespace

bool RedactionTerms::isPhone(const QString &contact)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[\\d\\s().\\-/]+$"));
    const QString trimmed = contact.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7;
}

bool RedactionTerms::isEmail(const QString &contact)
{
    static const QRegularExpression shape(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
    return shape.match(contact.trimmed()).hasMatch();
}

bool RedactionTerms::isArabicScript(const QString &text)
{
    int arabic = 0, other = 0;
    const auto codePoints = text.toUcs4();
    for (char32_t c : codePoints) {
        if (isArabicScriptChar(c))
            ++arabic;
        else if (QChar::isLetterOrNumber(c))
            ++other;
    }
    return arabic > other;
}

QVector<RedactionTerm> RedactionTerms::forName(const QString &name, const QString &source)
{
    QVector<RedactionTerm> terms;
    const QString whole = name.simplified();
    if (whole.isEmpty())
        return terms;
    terms.append(RedactionTerm{whole, RedactionTerm::Kind::Name, source});
    static const QRegularExpression separators(
        QStringLiteral("[\\s\\x{00B7}\\x{2022}\\x{30FB}\\x{2027}\\x{FF65}\\-\\x{2010}-\\x{2015}"
                       "'\\x{2019}\\x{02BC}\\x{02BB}`\\x{060C},]+"));
    const QStringList parts = whole.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return terms;
    for (const QString &part : parts) {
        const QString key = TermMatcher::key(part);
        const int han = cjkCount(part);
        const bool longEnough = han > 0 ? han >= kMinHanPart : key.size() >= kMinLetterPart;
        if (longEnough)
            terms.append(RedactionTerm{part, RedactionTerm::Kind::NamePart, source});
    }
    return terms;
}

QVector<RedactionTerm> RedactionTerms::forContact(const QString &contact, const QString &source)
{
    QVector<RedactionTerm> terms;
    const QString whole = contact.trimmed();
    if (whole.isEmpty())
        return terms;
    if (isEmail(whole)) {
        addEmail(terms, whole, source);
        return terms;
    }
    if (isPhone(whole)) {
        terms.append(RedactionTerm{whole, RedactionTerm::Kind::Phone, source});
        return terms;
    }
    // A street address or a note with a number in it: the whole, each line or piece that
    // still identifies, and any phone number or address inside.
    terms.append(RedactionTerm{whole.simplified(), RedactionTerm::Kind::Contact, source});
    static const QRegularExpression pieces(QStringLiteral("[,;\\n]+"));
    const QStringList parts = whole.split(pieces, Qt::SkipEmptyParts);
    if (parts.size() > 1)
        for (const QString &part : parts)
            if (TermMatcher::key(part).size() >= kMinPiece && !isPhone(part))
                terms.append(
                    RedactionTerm{part.simplified(), RedactionTerm::Kind::Contact, source});
    for (const QString &phone : embeddedPhones(whole))
        terms.append(RedactionTerm{phone, RedactionTerm::Kind::Phone, source});
    for (const QString &email : embeddedEmails(whole))
        addEmail(terms, email, source);
    return terms;
}

QVector<RedactionTerm> RedactionTerms::forText(const QString &text, const QString &source)
{
    if (text.trimmed().isEmpty())
        return {};
    return {RedactionTerm{text.trimmed(), RedactionTerm::Kind::Text, source}};
}

void RedactionTerms::merge(QVector<RedactionTerm> &terms, const QVector<RedactionTerm> &more)
{
    auto identity = [](const RedactionTerm &term) -> QString {
        if (term.kind == RedactionTerm::Kind::Phone) {
            QString digits;
            for (QChar c : term.text)
                if (c.isDigit())
                    digits += c;
            return QStringLiteral("#") + digits;
        }
        return TermMatcher::key(term.text);
    };
    QSet<QString> seen;
    for (const RedactionTerm &term : std::as_const(terms))
        seen.insert(identity(term));
    for (const RedactionTerm &term : more) {
        const QString id = identity(term);
        if (id.isEmpty() || id == QLatin1String("#") || seen.contains(id))
            continue;
        seen.insert(id);
        terms.append(term);
    }
}

QStringList RedactionTerms::ocrLanguagesFor(const QVector<RedactionTerm> &terms,
                                            const QStringList &installed, QStringList *missing)
{
    bool han = false, arabic = false, cyrillic = false, kana = false, hangul = false, latin = false;
    for (const RedactionTerm &term : terms) {
        const auto codePoints = term.text.toUcs4();
        for (char32_t c : codePoints) {
            han = han || isHan(c);
            arabic = arabic || isArabicScriptChar(c);
            cyrillic = cyrillic || isCyrillic(c);
            kana = kana || isKana(c);
            hangul = hangul || isHangul(c);
            latin = latin || isLatinLetter(c) || (c >= U'0' && c <= U'9');
        }
    }
    QStringList languages;
    auto need = [&](bool wanted, const QStringList &choices, const QString &script) {
        if (!wanted)
            return;
        for (const QString &language : choices) {
            if (installed.contains(language)) {
                languages << language;
                return;
            }
        }
        if (missing)
            *missing << script;
    };
    need(han, {QStringLiteral("chi_sim"), QStringLiteral("chi_tra")}, QStringLiteral("Han"));
    need(kana, {QStringLiteral("jpn")}, QStringLiteral("Japanese"));
    need(hangul, {QStringLiteral("kor")}, QStringLiteral("Hangul"));
    need(arabic, {QStringLiteral("uig"), QStringLiteral("ara"), QStringLiteral("fas")},
         QStringLiteral("Arabic"));
    need(cyrillic, {QStringLiteral("rus"), QStringLiteral("ukr"), QStringLiteral("kaz")},
         QStringLiteral("Cyrillic"));
    need(latin, {QStringLiteral("eng")}, QStringLiteral("Latin"));
    return languages;
}

QByteArray RedactionTerms::digest(const QVector<RedactionTerm> &terms)
{
    QStringList lines;
    for (const RedactionTerm &term : terms)
        lines << kindName(term.kind) + QLatin1Char('\t') + term.text;
    lines.sort();
    lines.removeDuplicates();
    return QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QString RedactionTerms::kindName(RedactionTerm::Kind kind)
{
    switch (kind) {
    case RedactionTerm::Kind::Name:
        return QStringLiteral("name");
    case RedactionTerm::Kind::NamePart:
        return QStringLiteral("name_part");
    case RedactionTerm::Kind::Phone:
        return QStringLiteral("phone");
    case RedactionTerm::Kind::Email:
        return QStringLiteral("email");
    case RedactionTerm::Kind::EmailLocal:
        return QStringLiteral("email_local");
    case RedactionTerm::Kind::Contact:
        return QStringLiteral("contact");
    case RedactionTerm::Kind::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

} // namespace amanat
