#include "SecretInput.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace amanat::cli {

namespace {
constexpr std::size_t kMaxSecretBytes = 4096;
} // namespace

bool SecretInput::fromEnvironment(const char *envVar, SecureBuffer &out)
{
    char *value = std::getenv(envVar);
    if (!value)
        return false;
    const std::size_t length = std::strlen(value);
    out = SecureBuffer::fromBytes(value, length);
    // Wipe the copy in the environment so no child process or core inherits it.
    sodium_memzero(value, length);
    ::unsetenv(envVar);
    return true;
}

Result<SecureBuffer> SecretInput::readLine(bool echoOff)
{
    termios saved{};
    const bool restore = echoOff && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    SecureBuffer buffer(kMaxSecretBytes);
    std::size_t length = 0;
    bool gotAnything = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        gotAnything = true;
        if (c == '\n')
            break;
        if (length == kMaxSecretBytes) {
            if (restore)
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            return makeError(ErrorCode::InvalidInput, tr("The passphrase is too long."));
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (restore) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (!gotAnything)
        return makeError(ErrorCode::InvalidInput,
                         tr("No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, "
                            "or pass it on standard input."));
    buffer.truncate(length);
    return buffer;
}

Result<SecureBuffer> SecretInput::prompt(const QString &text)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        std::fputs(text.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    return readLine(terminal);
}

Result<SecureBuffer> SecretInput::existing(const char *envVar, const QString &promptText)
{
    SecureBuffer secret;
    if (fromEnvironment(envVar, secret))
        return secret;
    return prompt(promptText);
}

Result<SecureBuffer> SecretInput::fresh(const char *envVar, const QString &promptText)
{
    SecureBuffer secret;
    if (fromEnvironment(envVar, secret))
        return secret;
    auto first = prompt(promptText);
    if (!first.ok() || !::isatty(STDIN_FILENO))
        return first;
    auto second = prompt(tr("Repeat it: "));
    if (!second.ok())
        return second;
    if (!first->equals(*second))
        return makeError(ErrorCode::InvalidInput,
                         tr("The two passphrases differ; nothing was changed."));
    return first;
}

} // namespace amanat::cli
