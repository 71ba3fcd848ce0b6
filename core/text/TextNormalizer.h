#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

/** Turns text in any script into search tokens; the one normaliser for indexing and
 *  querying, so both sides always agree.
 *
 *  A token is a run of letters, digits and combining marks, folded: Unicode NFKC, case
 *  folding, diacritics removed (NFD, then non-spacing marks dropped), Arabic-script
 *  variants unified (tatweel and harakat removed; alef, yeh, kaf, teh marbuta and
 *  Arabic-Indic digits folded to one form). Each CJK ideograph, kana and hangul syllable
 *  is a token of its own, so a word of several characters is searched as a phrase.
 *  Tokens keep the span of the original text they came from, so hits can be highlighted
 *  in the text as the user wrote it. */
class TextNormalizer
{
public:
    struct Token
    {
        QString text;  ///< folded form
        int start = 0; ///< span in the original text (UTF-16 offsets), end exclusive
        int end = 0;
    };

    static QVector<Token> tokenize(const QString &text);
    /** The folded tokens joined by single spaces: what goes into the index. */
    static QString normalize(const QString &text);
    /** Folds one word (no separators expected) into its tokens; a CJK word gives several. */
    static QStringList foldWord(const QString &word);
    /** True for code points that form a token by themselves (ideographs, kana, hangul). */
    static bool isSingleCharacterScript(char32_t codePoint);
    /** True for scripts written without spaces between words: Han ideographs, kana, and the
     *  CJK punctuation and full-width forms set among them (not hangul: Korean has spaces). */
    static bool isWrittenWithoutSpaces(char32_t codePoint);
};

} // namespace amanat
