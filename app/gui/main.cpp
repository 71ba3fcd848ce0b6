// amanat: the desktop app. Usage: amanat [--demo] [library folder]

#include "app/InterfaceLanguage.h"
#include "app/ShellSettings.h"
#include "app/ThemeManager.h"
#include "crypto/Sodium.h"
#include "demo/DemoLibrary.h"
#include "main/MainWindow.h"
#include "unlock/UnlockWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// Qt lays the whole interface out right to left when the installed translation translates
// this string as "RTL" (its own convention, read on every language change). Listed here so
// that lupdate puts it in each language's .ts: "RTL" in Arabic and Uyghur, "LTR" elsewhere.
[[maybe_unused]] const char *const kLayoutDirection[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

/** Builds the demo library on a worker thread (key derivation and extraction take a few
 *  seconds) and shows it on the unlock screen with its passphrase when done. */
void startDemo(amanat::ui::MainWindow &window, const QString &folder, const QString &program)
{
    using amanat::DemoLibrary;
    auto *unlock = window.unlockWidget();
    unlock->showPreparing(QCoreApplication::translate(
        "main", "Preparing the demo library with invented sample files…"));
    auto result = std::make_shared<std::optional<amanat::Result<DemoLibrary::Created>>>();
    QThread *thread = QThread::create(
        [folder, program, result] { result->emplace(DemoLibrary::create(folder, program)); });
    QPointer<amanat::ui::UnlockWidget> target(unlock);
    QObject::connect(thread, &QThread::finished, unlock, [thread, result, target] {
        thread->deleteLater();
        if (!target || !result->has_value())
            return;
        auto &created = **result;
        if (!created.ok()) {
            target->showFailure(created.error().message);
            return;
        }
        const QString passphrase =
            QString::fromUtf8(created->passphrase.chars(), int(created->passphrase.size()));
        target->setDemoLibrary(created->path, passphrase);
        // A throw-away library of invented files: its passphrase is no secret.
        std::fprintf(
            stdout, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("main", "Demo passphrase: %1").arg(passphrase)));
        std::fflush(stdout);
    });
    thread->start();
}

} // namespace

int main(int argc, char *argv[])
{
    amanat::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amanat")); // ~/.config/Amanat/amanat.conf
    QApplication::setApplicationName(QStringLiteral("amanat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amanat"));
    QApplication::setApplicationVersion(QStringLiteral(AMANAT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.amanat.Amanat.svg")));
    // The system's language unless another was chosen in Settings; dates, numbers and the
    // direction of the interface follow it.
    QTranslator translator;
    amanat::ui::InterfaceLanguage::apply(
        amanat::ui::InterfaceLanguage::localeFor(amanat::ui::ShellSettings::interfaceLanguage()),
        translator);
    amanat::ui::ThemeManager::captureSystemDefaults();
    amanat::ui::ThemeManager::apply(amanat::ui::ShellSettings::theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Amanat: an encrypted archive for human-rights "
                                            "documentation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Create a temporary demo library with invented "
                                            "sample files and open the app on it."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("library"),
                                 QCoreApplication::translate("main", "A library folder."),
                                 QStringLiteral("[library]"));
    parser.process(app);

    const QString program = QStringLiteral("amanat ") + QStringLiteral(AMANAT_VERSION);
    amanat::ui::MainWindow window(program);
    // The demo library lives in a fresh temporary folder, deleted when the app quits.
    std::unique_ptr<QTemporaryDir> demoFolder;
    if (parser.isSet(demo)) {
        demoFolder = std::make_unique<QTemporaryDir>();
        if (!demoFolder->isValid()) {
            qWarning("No temporary folder for the demo library.");
            return 1;
        }
        startDemo(window, demoFolder->path(), program);
        window.setLibraryPath(QString());
    } else if (!parser.positionalArguments().isEmpty()) {
        window.setLibraryPath(parser.positionalArguments().constFirst());
    }
    window.show();
    const int status = app.exec();
    return status;
}
