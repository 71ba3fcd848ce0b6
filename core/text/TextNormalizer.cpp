#include "TextNormalizer.h"

namespace amanat {

namespace {

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    case QChar::Other_Format:
        // Zero-width joiners and the soft hyphen sit inside words; dropped when folding.
        return c == 0x200C || c == 0x200D || c == 0x00AD;
    default:
        return false;
    }
}

/** Arabic-script letters that people type interchangeably, and the form we keep. */
char32_t foldArabic(char32_t c)
{
    switch (c) {
    case 0x0622:       // alef with madda
    case 0x0623:       // alef with hamza above
    case 0x0625:       // alef with hamza below
    case 0x0671:       // alef wasla
        return 0x0627; // alef
    case 0x0649:       // alef maksura (also Uyghur i)
    case 0x06CC:       // Farsi yeh
        return 0x064A; // yeh
    case 0x0643:       // Arabic kaf
        return 0x06A9; // keheh, as Uyghur and Persian write it
    case 0x0629:       // teh marbuta
        return 0x0647; // heh
    case 0x06C1:       // heh goal
        return 0x0647;
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) // Arabic-Indic digits
        return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) // Extended Arabic-Indic digits
        return U'0' + (c - 0x06F0);
    return c;
}

QString foldRun(const QString &run)
{
    // Fast path: plain ASCII only needs lower case.
    bool ascii = true;
    for (QChar c : run) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return run.toLower();
    // NFKC first (compatibility forms, presentation forms, full-width letters), then fold
    // case, then take marks off the decomposed form.
    const QString decomposed = run.normalized(QString::NormalizationForm_KC)
                                   .toCaseFolded()
                                   .normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    const auto codePoints = decomposed.toUcs4();
    for (char32_t c : codePoints) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format || c == 0x0640 /* tatweel */)
            continue;
        if (c == 0x00DF || c == 0x1E9E) { // ß, ẞ: full case folding gives "ss"
            out.append(QStringLiteral("ss"));
            continue;
        }
        const char32_t folded = foldArabic(c);
        if (QChar::requiresSurrogates(folded)) {
            out.append(QChar(QChar::highSurrogate(folded)));
            out.append(QChar(QChar::lowSurrogate(folded)));
        } else {
            out.append(QChar(char16_t(folded)));
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace

bool TextNormalizer::isSingleCharacterScript(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // extension A
           || (c >= 0x20000 && c <= 0x3134F) // extensions B–G
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x3040 && c <= 0x30FF)   // hiragana, katakana
           || (c >= 0x31F0 && c <= 0x31FF)   // katakana phonetic extensions
           || (c >= 0xFF66 && c <= 0xFF9F)   // half-width katakana
           || (c >= 0xAC00 && c <= 0xD7AF)   // hangul syllables
           || (c >= 0x1100 && c <= 0x11FF)   // hangul jamo
           || (c >= 0x3130 && c <= 0x318F);  // hangul compatibility jamo
}

bool TextNormalizer::isWrittenWithoutSpaces(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // extension A
           || (c >= 0x20000 && c <= 0x3134F) // extensions B–G
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x3001 && c <= 0x303F)   // CJK symbols and punctuation (not U+3000)
           || (c >= 0x3040 && c <= 0x30FF)   // hiragana, katakana
           || (c >= 0x31F0 && c <= 0x31FF)   // katakana phonetic extensions
           || (c >= 0xFF01 && c <= 0xFF60)   // full-width punctuation, digits and letters
           || (c >= 0xFF61 && c <= 0xFF9F);  // half-width CJK punctuation and katakana
}

QVector<TextNormalizer::Token> TextNormalizer::tokenize(const QString &text)
{
    QVector<Token> tokens;
    const int size = int(text.size());
    int runStart = -1;
    const auto flush = [&](int end) {
        if (runStart < 0)
            return;
        QString folded = foldRun(text.mid(runStart, end - runStart));
        if (!folded.isEmpty())
            tokens.append(Token{folded, runStart, end});
        runStart = -1;
    };
    for (int i = 0; i < size;) {
        char32_t c = text.at(i).unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isSingleCharacterScript(c)) {
            flush(i);
            QString folded = foldRun(text.mid(i, width));
            if (!folded.isEmpty())
                tokens.append(Token{folded, i, i + width});
        } else if (isWordCharacter(c)) {
            if (runStart < 0)
                runStart = i;
        } else {
            flush(i);
        }
        i += width;
    }
    flush(size);
    return tokens;
}

QString TextNormalizer::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const auto tokens = tokenize(text);
    for (const Token &token : tokens) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(token.text);
    }
    return out;
}

QStringList TextNormalizer::foldWord(const QString &word)
{
    QStringList out;
    const auto tokens = tokenize(word);
    for (const Token &token : tokens)
        out << token.text;
    return out;
}

} // namespace amanat
