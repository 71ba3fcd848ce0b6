// Every control a screen-reader user meets has a name: the QAccessible tree of the main
// window (unlocked, an item selected), the testimony form, the New Testimony dialog and the
// dossier editor is walked, and each interactive element (button, field, list, box, slider)
// must say what it is. The probe first proves it can find an unnamed control.

#include "GuiTestSupport.h"
#include "dossiers/AddToDossierDialog.h"
#include "dossiers/BundleExportDialog.h"
#include "dossiers/DossierEditor.h"
#include "dossiers/RedactionReviewDialog.h"
#include "exchange/ExchangeKeyDialog.h"
#include "exchange/ShareDialog.h"
#include "import/ReadAgainDialog.h"
#include "persons/PersonEditorDialog.h"
#include "settings/SettingsDialog.h"
#include "items/NewTestimonyDialog.h"
#include "library/Library.h"
#include "library/LibraryWriter.h"
#include "main/LibraryView.h"
#include "main/MainWindow.h"
#include "viewers/TestimonyViewer.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
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

/** The widgets Tab visits from @p first, in order, until focus comes back to one already
 *  seen. A widget that keeps the focus for a few presses (a date's day, month and year) is
 *  listed once; one that keeps it for good is a trap, and ends the walk with nullptr. */
QList<QWidget *> tabWalk(QWidget *first)
{
    QList<QWidget *> visited;
    first->setFocus(Qt::TabFocusReason);
    QWidget *now = QApplication::focusWidget();
    while (now && !visited.contains(now) && visited.size() < 200) {
        visited << now;
        QWidget *was = now;
        for (int press = 0; press < 6 && now == was; ++press) {
            QTest::keyClick(now, Qt::Key_Tab);
            now = QApplication::focusWidget();
        }
        if (now == was) {
            visited << nullptr;
            break;
        }
    }
    return visited;
}

/** The first widget of @p window's focus chain that Tab stops at. */
QWidget *firstTabStop(QWidget *window)
{
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            w->window() == window)
            return w;
    return window;
}

QString describe(QWidget *w)
{
    QWidget *top = w->window();
    const QPoint at = w->mapTo(top, QPoint(0, 0));
    if (!w)
        return QStringLiteral("(focus stays here)");
    return QStringLiteral("%1 \"%2\" [%3] @%4,%5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->accessibleName())
        .arg(at.x())
        .arg(at.y());
}

/** What keeps a keyboard user from working through @p window in reading order, starting
 *  with Tab at its first stop: a field Tab cannot leave, a control Tab never reaches, two
 *  neighbours of one container visited bottom to top, and @p expected (object names) not
 *  visited in the order given. Empty when all is well. */
QStringList keyboardProblems(QWidget *window, const QStringList &expected)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("the window could not be made active")};
    QStringList problems;
    const QList<QWidget *> walk = tabWalk(firstTabStop(window));
    if (!walk.isEmpty() && walk.last() == nullptr)
        problems << QStringLiteral("Tab never leaves %1").arg(describe(walk.at(walk.size() - 2)));
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            !w->focusProxy() && !walk.contains(w))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    for (int i = 1; i < walk.size(); ++i) {
        QWidget *before = walk.at(i - 1);
        QWidget *after = walk.at(i);
        if (!before || !after || before->parentWidget() != after->parentWidget())
            continue;
        if (after->mapTo(window, QPoint(0, after->height() / 2)).y() <
            before->mapTo(window, QPoint(0, 0)).y())
            problems << QStringLiteral("Tab goes up from %1 to %2")
                            .arg(describe(before), describe(after));
    }
    int at = 0;
    for (QWidget *w : walk)
        if (w && at < expected.size() && w->objectName() == expected.at(at))
            ++at;
    if (at < expected.size())
        problems << QStringLiteral("Tab does not reach %1 after %2; it visits: %3")
                        .arg(expected.at(at), at > 0 ? expected.at(at - 1) : QStringLiteral("—"),
                             [&walk] {
                                 QStringList names;
                                 for (QWidget *w : walk)
                                     names << (w ? w->objectName() : QStringLiteral("(trap)"));
                                 return names.join(QStringLiteral(", "));
                             }());
    return problems;
}

void checkKeyboardOrder(QWidget *window, std::initializer_list<const char *> names)
{
    QStringList expected;
    for (const char *name : names)
        expected << QString::fromLatin1(name);
    const QStringList problems = keyboardProblems(window, expected);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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

    void theKeyboardProbeFindsATrapAGapAndADisorder()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *top = new QLineEdit(&window);
        top->setObjectName(QStringLiteral("top"));
        auto *notes = new QPlainTextEdit(&window); // takes Tab as text unless told otherwise
        notes->setObjectName(QStringLiteral("notes"));
        auto *bottom = new QLineEdit(&window);
        bottom->setObjectName(QStringLiteral("bottom"));
        layout->addWidget(top);
        layout->addWidget(notes);
        layout->addWidget(bottom);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString trapped = keyboardProblems(&window, {}).join(QLatin1Char('\n'));
        QVERIFY2(trapped.contains(QLatin1String("Tab never leaves QPlainTextEdit \"notes\"")),
                 qPrintable(trapped));
        QVERIFY2(trapped.contains(QLatin1String("Tab never reaches QLineEdit \"bottom\"")),
                 qPrintable(trapped));
        notes->setTabChangesFocus(true);
        QVERIFY(
            keyboardProblems(&window, {QStringLiteral("top"), QStringLiteral("bottom")}).isEmpty());
        QWidget::setTabOrder(bottom, notes); // top, bottom, notes: up from the bottom
        const QString disordered =
            keyboardProblems(&window, {QStringLiteral("notes"), QStringLiteral("bottom")})
                .join(QLatin1Char('\n'));
        QVERIFY2(disordered.contains(QLatin1String("Tab goes up from QLineEdit \"bottom\"")),
                 qPrintable(disordered));
        QVERIFY2(disordered.contains(QLatin1String("does not reach bottom after notes")),
                 qPrintable(disordered));
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
        checkKeyboardOrder(&view,
                           {"sidebarTree", "searchEdit", "itemTable", "addToDossierActionButton",
                            "qt_tabwidget_tabbar", "witness_codeEdit", "interview_dateEdit",
                            "consent_dateEdit", "transcriptEdit"});
        if (QTest::currentTestFailed())
            return;
        view.clear();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theNewTestimonyDialog()
    {
        NewTestimonyDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkKeyboardOrder(&dialog,
                           {"testimonyTitleEdit", "witness_codeEdit", "interview_dateEdit",
                            "consent_courtCheckBox", "testimonyLanguageEdit", "testimonyFilesList",
                            "addTestimonyFilesButton", "createTestimonyButton"});
        if (QTest::currentTestFailed())
            return;
        const QStringList unnamed = unnamedIn(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theDossierEditor()
    {
        DossierEditor editor(m_library.get(), m_dossier);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        checkKeyboardOrder(&editor,
                           {"dossierNameEdit", "hearingDateEdit", "hearingDateButton",
                            "saveDetailsButton", "newSectionEdit", "addSectionButton",
                            "dossierTree", "renameButton", "moveDownButton", "exportBundleButton"});
        if (QTest::currentTestFailed())
            return;
        const QStringList unnamed = unnamedIn(&editor);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void everyDialogCanBeWorkedByKeyboard_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *name :
             {"AddToDossierDialog", "BundleExportDialog", "ExchangeKeyDialog", "PersonEditorDialog",
              "ReadAgainDialog", "RedactionReviewDialog", "SettingsDialog", "ShareDialog"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // No field keeps Tab, every control is reached, and Tab never climbs within a container.
    void everyDialogCanBeWorkedByKeyboard()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> shown = makeDialog(dialog);
        QVERIFY(shown);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        QTest::qWait(0); // dialogs that read the library fill themselves in from the event loop
        const QStringList problems = keyboardProblems(shown.get(), {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList unnamed = unnamedIn(shown.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

private:
    std::unique_ptr<QDialog> makeDialog(const QString &name)
    {
        Library *library = m_library.get();
        if (name == QLatin1String("AddToDossierDialog"))
            return std::make_unique<AddToDossierDialog>(library, 2);
        if (name == QLatin1String("BundleExportDialog"))
            return std::make_unique<BundleExportDialog>(library, m_dossier);
        if (name == QLatin1String("ExchangeKeyDialog"))
            return std::make_unique<ExchangeKeyDialog>();
        if (name == QLatin1String("PersonEditorDialog"))
            return std::make_unique<PersonEditorDialog>(library, 0);
        if (name == QLatin1String("ReadAgainDialog"))
            return std::make_unique<ReadAgainDialog>(2, QStringLiteral("eng"));
        if (name == QLatin1String("RedactionReviewDialog"))
            return std::make_unique<RedactionReviewDialog>(library, m_dossier);
        if (name == QLatin1String("SettingsDialog"))
            return std::make_unique<SettingsDialog>(library);
        if (name == QLatin1String("ShareDialog"))
            return std::make_unique<ShareDialog>(QStringLiteral("3 items"), QVector<Contact>(),
                                                 m_dir.filePath(QStringLiteral("out.amanatx")));
        return nullptr;
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
