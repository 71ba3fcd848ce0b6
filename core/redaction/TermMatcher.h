#pragma once

#include "RedactionTerms.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace amanat {

/** Finds redaction terms in text the way a reader would still recognise them: case,
 *  diacritics, punctuation, spaces and line breaks do not matter ("吐 尔 逊", "TURSUN,",
 *  "Abdu-\nrehim" all match), common OCR confusions are forgiven (0/o, 1/l, rn/m, and one
 *  or two wrong letters in a long word), and phone numbers match by their digits whatever
 *  the separators and prefixes ("+44 7700 900417", "07700-900-417", "7700900417").
 *
 *  The same matcher serves the redactor (which must find every occurrence and so forgives
 *  more) and the leak check (which must not fail an export over a different word, and so
 *  forgives a little less: whatever it flags, the redactor would have covered). */
class TermMatcher
{
public:
    enum class Tolerance
    {
        Exact,  ///< folded keys must be equal (text layers we wrote ourselves)
        Check,  ///< the leak check: one error in long words
        Redact, ///< the redactor: one error in medium words, two in long ones
    };

    /** A match over a sequence of units (characters of a string, or OCR glyphs). */
    struct Match
    {
        int term = -1;
        int first = 0; ///< first unit
        int last = 0;  ///< last unit, inclusive
    };
    /** A match in a string, in UTF-16 offsets (end exclusive). */
    struct Span
    {
        int term = -1;
        int start = 0;
        int end = 0;
    };

    TermMatcher();
    TermMatcher(QVector<RedactionTerm> terms, Tolerance tolerance);
    ~TermMatcher();
    TermMatcher(const TermMatcher &other);
    TermMatcher &operator=(const TermMatcher &other);

    bool isEmpty() const;
    const QVector<RedactionTerm> &terms() const;
    Tolerance tolerance() const;

    /** Every occurrence in @p units, where each unit is one glyph or character (a unit may
     *  fold to nothing, e.g. punctuation). Overlapping matches of one term are merged. */
    QVector<Match> findInUnits(const QStringList &units) const;
    QVector<Span> find(const QString &text) const;
    bool contains(const QString &text) const { return !find(text).isEmpty(); }
    /** @p text with every match replaced by @p replacement (adjacent matches become one). */
    QString redact(const QString &text, const QString &replacement) const;

    /** The folded form matching compares: letters and digits only, case and diacritics
     *  folded, OCR-confusable characters unified. */
    static QString key(const QString &text);
    /** How many edits a match of @p term may have under @p tolerance. */
    static int allowedErrors(const RedactionTerm &term, Tolerance tolerance);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace amanat
