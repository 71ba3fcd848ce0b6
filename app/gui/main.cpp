// amanat: the desktop app. Usage: amanat [library folder]

#include "crypto/Sodium.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    amanat::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("amanat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amanat"));
    QApplication::setApplicationVersion(QStringLiteral(AMANAT_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("amanat"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    amanat::ui::MainWindow window(QStringLiteral("amanat ") + QStringLiteral(AMANAT_VERSION));
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.setLibraryPath(args.at(1));
    window.show();
    return app.exec();
}
