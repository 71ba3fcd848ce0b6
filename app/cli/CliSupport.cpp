#include "CliSupport.h"

#include "SecretInput.h"
#include "helper/HelperSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace amanat::cli {

QString Cli::printable(const QString &text)
{
    // A file name or title can hold terminal escape sequences: shown, never obeyed.
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool control =
            (u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F || (u >= 0x80 && u < 0xA0);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void Cli::print(const QString &text)
{
    const QByteArray bytes = printable(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::printJson(const QJsonValue &value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::warn(const QString &text)
{
    const QByteArray bytes = QByteArray(kProgram) + ": " + printable(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Cli::exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongSecret:
        return kExitWrongSecret;
    case ErrorCode::InUse:
        return kExitInUse;
    default:
        return kExitFailure;
    }
}

int Cli::fail(const Error &error)
{
    warn(error.message);
    return exitCodeFor(error);
}

int Cli::usage(const QString &problem, const QString &synopsis)
{
    warn(problem);
    const QByteArray bytes = "usage: " + synopsis.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    return kExitUsage;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                int maxPositional, const QString &synopsis, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QString::fromLatin1(kProgram)} + args)) {
        *exitCode = usage(parser.errorText(), synopsis);
        return false;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional) {
        *exitCode = usage(tr("Too few arguments."), synopsis);
        return false;
    }
    if (maxPositional >= 0 && count > maxPositional) {
        *exitCode = usage(tr("Too many arguments."), synopsis);
        return false;
    }
    return true;
}

Result<std::unique_ptr<Library>> Cli::open(const QString &path, Library::Access access,
                                           LostWorkNotice notice)
{
    auto passphrase = SecretInput::existing("AMANAT_PASSPHRASE", tr("Passphrase: "));
    if (!passphrase.ok())
        return passphrase.error();
    auto library = Library::open(path, *passphrase, access, QString::fromLatin1(kProgram));
    if (notice == LostWorkNotice::Warn && library.ok() && !(*library)->lostWork().isEmpty())
        warn((*library)->lostWork());
    return library;
}

void Cli::warnIfSandboxIncomplete()
{
    const QString warning = HelperSandbox::warning(HelperSandbox::report());
    if (!warning.isEmpty())
        warn(warning);
}

Result<qint64> Cli::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an item id (a positive number).").arg(text));
    return id;
}

std::optional<int> Cli::parseTimeout(const QCommandLineParser &parser, const QString &synopsis,
                                     int *exitCode)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return 120;
    bool ok = false;
    const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400) {
        *exitCode = usage(tr("--timeout takes a number of seconds from 1 to 86400."), synopsis);
        return std::nullopt;
    }
    return seconds;
}

QCommandLineOption Cli::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON."));
}

} // namespace amanat::cli
