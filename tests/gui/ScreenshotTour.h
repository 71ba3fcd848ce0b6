#pragma once
// The screenshot tour's driver (tests/gui/screenshot_tour.cpp): waiting for conditions, and
// Tour, which grabs the window at each step and counts the steps that did not work out.

#include "dossiers/DossierEditor.h"
#include "dossiers/RedactionReviewDialog.h"
#include "dossiers/ReviewCanvas.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTreeView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace amanat::test::tour {

using amanat::ui::DossierEditor;
using amanat::ui::MainWindow;
using amanat::ui::RedactionReviewDialog;

/** Processes events until @p condition holds or @p timeoutMs passes (QTRY_VERIFY's loop). */
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTest::qWait(20);
    }
    return true;
}

/** Lets posted layout and paint events run (no waiting for anything in particular). */
inline void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

class Tour
{
public:
    Tour(MainWindow &window, const QString &out) : m_window(window), m_out(out) {}

    int failures() const { return m_failures; }

    void fail(const QString &what)
    {
        ++m_failures;
        std::fprintf(stderr, "screenshot tour: %s\n", qUtf8Printable(what));
    }

    bool check(bool ok, const QString &what)
    {
        if (!ok)
            fail(what);
        return ok;
    }

    /** Triggers @p action and grabs the modal dialog it opens into OUT/@p name.png, then
     *  closes it unchanged (cancelled). False when no dialog came. */
    bool shootDialogOf(QAction &action, const QString &name)
    {
        bool shown = false;
        QTimer::singleShot(0, &m_window, [this, &shown, name] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            shown = QTest::qWaitForWindowExposed(dialog);
            shoot(*dialog, name);
            dialog->close();
        });
        action.trigger();
        settle();
        return shown;
    }

    /** Grabs @p widget (a top-level window) into OUT/@p name.png; @p name may start with a
     *  folder ("check/…"). */
    void shoot(QWidget &widget, const QString &name, const QImage &overlay = {},
               const QRect &overlayRect = {})
    {
        settle();
        QImage image = widget.grab().toImage();
        if (!overlay.isNull()) {
            QPainter painter(&image);
            painter.drawImage(overlayRect, overlay);
        }
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (image.isNull() || !image.save(path))
            fail(QStringLiteral("could not save %1").arg(path));
        else
            std::printf("%s\n", qUtf8Printable(path));
    }

    QTableView *table() { return child<QTableView>(&m_window, "itemTable"); }

    /** Selects the row of the item list whose title starts with @p title. */
    bool selectItem(const QString &title)
    {
        QTableView *view = table();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Qt::DisplayRole).toString().startsWith(title)) {
                view->setCurrentIndex(index);
                view->scrollTo(index);
                return true;
            }
        }
        fail(QStringLiteral("no row titled %1").arg(title));
        return false;
    }

    /** Detail pane tab: 0 the viewer, 1 the details. */
    void showTab(int tab) { child<QTabWidget>(&m_window, "detailTabs")->setCurrentIndex(tab); }

    /** Gives the detail pane (and so the viewer) @p share of the list-and-details width. */
    void widenDetails(double share)
    {
        auto *splitter = child<QSplitter>(&m_window, "librarySplitter");
        const int total = splitter->width();
        splitter->setSizes({int(total * (1 - share)), int(total * share)});
    }

    /** Opens the redaction review of @p editor's dossier on its last page (the registration
     *  form) and waits for the redactor's proposal; nullptr when it did not come. */
    RedactionReviewDialog *openReview(DossierEditor *editor, const QSize &size)
    {
        editor->openReview();
        RedactionReviewDialog *review = editor->reviewDialog();
        if (!check(review != nullptr, QStringLiteral("the redaction review did not open")))
            return nullptr;
        review->resize(size);
        check(QTest::qWaitForWindowExposed(review),
              QStringLiteral("the redaction review was never shown"));
        auto *list = child<QTreeView>(review, "reviewPageList");
        const int last = list->model()->rowCount() - 1;
        if (!check(last >= 0, QStringLiteral("no page to review")))
            return review;
        list->setCurrentIndex(list->model()->index(last, 0));
        check(waitFor(
                  [&] {
                      return review->currentPreview().has_value() &&
                             !review->currentPreview()->autoBoxes.isEmpty();
                  },
                  600000),
              QStringLiteral("the redactor proposed no box on the registration form"));
        return review;
    }

private:
    MainWindow &m_window;
    QString m_out;
    int m_failures = 0;
};

} // namespace amanat::test::tour
