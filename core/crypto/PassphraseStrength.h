#pragma once

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** A rough, offline estimate of how hard a passphrase is to guess, for the strength meter
 *  shown while a passphrase is chosen. It counts the bits a guesser would need for each
 *  character given its class (lower case, upper case, digits, symbols, other scripts), gives
 *  almost nothing for repeated or sequential runs ("aaaa", "abcd", "4321"), and nothing for
 *  a few very common passwords. It is advice, not a rule: Library::checkPassphrase() holds
 *  the only hard minimum. */
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level
    {
        Empty,
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    struct Estimate
    {
        Level level = Level::Empty;
        double bits = 0;
        QString label; ///< translated: "Very weak" … "Very strong"
        QString hint;  ///< translated advice; empty when there is nothing to add
    };

    static Estimate estimate(const QString &passphrase);
    /** True for passwords found in every leaked-password list ("password", "123456", …),
     *  compared case-insensitively and ignoring trailing digits and punctuation. */
    static bool isCommon(const QString &passphrase);
    static QString labelFor(Level level);
};

} // namespace amanat
