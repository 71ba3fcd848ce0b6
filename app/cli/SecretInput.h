#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace amanat::cli {

/** Reads passphrases and recovery keys for the CLI, in this order: an environment
 *  variable (which is then wiped from the environment), a no-echo prompt when standard
 *  input is a terminal, else the next line of standard input. Secrets go straight into
 *  locked memory. */
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    /** A secret that already exists (current passphrase, recovery key). */
    static Result<SecureBuffer> existing(const char *envVar, const QString &prompt);
    /** A new passphrase: from @p envVar, or prompted twice on a terminal, or one stdin line. */
    static Result<SecureBuffer> fresh(const char *envVar, const QString &prompt);

private:
    static bool fromEnvironment(const char *envVar, SecureBuffer &out);
    static Result<SecureBuffer> prompt(const QString &text);
    static Result<SecureBuffer> readLine(bool echoOff);
};

} // namespace amanat::cli
