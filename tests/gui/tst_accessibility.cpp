// Every control a screen-reader user meets has a name: the QAccessible tree of the main
// window (unlocked, an item selected), the testimony form, the New Testimony dialog and the
// dossier editor is walked, and each interactive element (button, field, list, box, slider)
// must say what it is. The probe first proves it can find an unnamed control.

#include "GuiTestSupport.h"
#include "dossiers/DossierEditor.h"
#include "items/NewTestimonyDialog.h"
#include "library/Library.h"
#include "library/LibraryWriter.h"
#include "main/LibraryView.h"
#include "main/MainWindow.h"
#include "viewers/TestimonyViewer.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

/** The visible interactive elements under @p iface that have no name, as "class name". */
void collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = iface->object();
        *unnamed << QStringLiteral("%1 \"%2\"")
                        .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                    : QStringLiteral("?"),
                             object ? object->objectName() : QString());
    }
    // Rows and cells of views are their own matter: their names are the data shown.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree ||
        iface->role() == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

QStringList unnamedIn(QWidget *window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), &unnamed);
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryWriter> m_writer;
    qint64 m_testimony = 0;
    qint64 m_dossier = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_accessibility"));
        QVERIFY(m_library);
        auto id =
            m_library->items().create(QStringLiteral("testimony"),
                                      QStringLiteral("Interview W-014"), QStringLiteral("create"));
        QVERIFY(id.ok());
        m_testimony = *id;
        Dossier dossier;
        dossier.name = QStringLiteral("Appeal");
        auto made = m_library->dossiers().create(dossier);
        QVERIFY(made.ok());
        m_dossier = *made;
        ExhibitRequest request;
        request.itemIds = {m_testimony};
        QVERIFY(m_library->dossiers().addExhibits(m_dossier, request).ok());
        m_writer = test::moveToWriterThread(m_library);
    }

    void cleanupTestCase()
    {
        m_library.reset();
        m_writer.reset();
    }

    void theProbeFindsAnUnnamedControl()
    {
        QWidget window;
        auto *nameless = new QToolButton(&window); // an icon button with no text or name
        nameless->setObjectName(QStringLiteral("nameless"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(unnamedIn(&window).join(QLatin1Char(',')).contains(QLatin1String("nameless")));
        nameless->setAccessibleName(QStringLiteral("Does something"));
        QVERIFY(unnamedIn(&window).isEmpty());
    }

    void theUnlockScreen()
    {
        MainWindow window(QStringLiteral("tst_accessibility"));
        window.setLibraryPath(m_library->path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList unnamed = unnamedIn(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theLibraryViewWithATestimony()
    {
        LibraryView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(m_library.get());
        auto *table = view.findChild<QTableView *>(QStringLiteral("itemTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0); // the detail pane, with the testimony form and transcript
        view.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);
        QTRY_VERIFY(view.findChild<QWidget *>(QStringLiteral("witness_codeEdit"))->isVisible());
        const QStringList unnamed = unnamedIn(&view);
        view.clear();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theNewTestimonyDialog()
    {
        NewTestimonyDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedIn(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theDossierEditor()
    {
        DossierEditor editor(m_library.get(), m_dossier);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QStringList unnamed = unnamedIn(&editor);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
