#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

/** One string that must not leave the library in an export. */
struct RedactionTerm
{
    enum class Kind
    {
        Name,       ///< a whole name variant as the user wrote it
        NamePart,   ///< one part of a name (a surname alone still names someone)
        Phone,      ///< matched by its digits, whatever the separators
        Email,      ///< a whole e-mail address
        EmailLocal, ///< the part of an address before the @
        Contact,    ///< any other contact (a street address), or one line of it
        Text        ///< a text redaction of one item
    };
    QString text;
    Kind kind = Kind::Text;
    /** Who or what it protects, for messages and sheets ("W-014", "text redaction"). Never
     *  the value itself. */
    QString source;

    bool operator==(const RedactionTerm &other) const
    {
        return text == other.text && kind == other.kind && source == other.source;
    }
};

/** Derives the strings to remove from what the user recorded about a protected person
 *  (see README "Protected people"):
 *  - a name: the whole name, and its parts split on spaces, middle dots (· • ・ ‧),
 *    hyphens and apostrophes; Han (CJK) parts of two or more characters and other parts
 *    of four or more letters;
 *  - a contact: a phone number (matched later by its digits), an e-mail address (whole and
 *    by its local part), or any other text (whole, and each line or comma-separated piece
 *    long enough to identify);
 *  - a text redaction: the text itself. */
class RedactionTerms
{
    Q_DECLARE_TR_FUNCTIONS(RedactionTerms)

public:
    static QVector<RedactionTerm> forName(const QString &name, const QString &source);
    static QVector<RedactionTerm> forContact(const QString &contact, const QString &source);
    static QVector<RedactionTerm> forText(const QString &text, const QString &source);

    /** Appends @p more to @p terms, skipping terms whose matching key is already there. */
    static void merge(QVector<RedactionTerm> &terms, const QVector<RedactionTerm> &more);

    /** True when @p contact reads as a phone number (digits with separators, 7 or more
     *  digits, nothing else but a leading +). */
    static bool isPhone(const QString &contact);
    static bool isEmail(const QString &contact);
    /** True when most letters of @p text are of the Arabic script (Uyghur, Arabic, Persian). */
    static bool isArabicScript(const QString &text);

    /** The Tesseract languages needed to read @p terms on a page besides the item's own:
     *  "chi_sim" for Han, "uig" for Arabic script, "rus" for Cyrillic (each only if
     *  @p installed has it). @p missing receives the scripts that cannot be read here. */
    static QStringList ocrLanguagesFor(const QVector<RedactionTerm> &terms,
                                       const QStringList &installed, QStringList *missing);

    /** A stable digest of @p terms (order-independent), for review records. */
    static QByteArray digest(const QVector<RedactionTerm> &terms);

    static QString kindName(RedactionTerm::Kind kind);
};

} // namespace amanat
