// amanat-cli: the command-line face of Amanat, for scripting and batch work.

#include "CliSupport.h"
#include "Commands.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace amanat;
using namespace amanat::cli;

int main(int argc, char *argv[])
{
    hardenProcess();
    // Bundles draw pages with fonts, which needs a GUI application (never a window).
    const bool drawsPages = argc > 1 && qstrcmp(argv[1], "bundle") == 0;
    if (drawsPages)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawsPages
                                                ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("amanat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMANAT_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("amanat"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        // A usage error like any other: one sentence on stderr, then the list of commands.
        Cli::warn(Cli::tr("No command given."));
        printHelp();
        return kExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h")) {
        printHelp();
        return kExitOk;
    }
    if (name == QLatin1String("--version")) {
        Cli::print(QStringLiteral("amanat-cli ") + QStringLiteral(AMANAT_VERSION));
        return kExitOk;
    }
    const Command *command = findCommand(name);
    if (!command) {
        Cli::warn(Cli::tr("\"%1\" is not a command; run amanat-cli help.").arg(name));
        return kExitUsage;
    }
    return command->run(args);
}
