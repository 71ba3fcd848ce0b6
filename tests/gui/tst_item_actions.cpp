// What a researcher does to items without the command line, through the real LibraryView
// with the library on its writer thread, as in the app: delete (the Delete key, a
// confirmation, Undo), change an item's kind, add to a dossier from the context menu's
// action, export the original, read a Chinese scan again in Chinese and find it by search,
// see why a file could not be read, and verify and back up the library.

#include "GuiTestSupport.h"
#include "common/LibraryWrites.h"
#include "details/DetailPane.h"
#include "dossiers/AddToDossierDialog.h"
#include "import/ImportController.h"
#include "import/ReextractRunner.h"
#include "items/ItemActions.h"
#include "items/NewTestimonyDialog.h"
#include "main/LibraryCare.h"
#include "main/LibraryEditor.h"
#include "main/LibraryView.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;
using amanat::test::child;

namespace {

constexpr int kSlowMs = 120000; // OCR of a page on a busy 2-core machine

/** A scanned notice in Chinese, drawn large enough for OCR. */
QByteArray chineseScanPng()
{
    QImage image(1000, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(44); // body text on a page scanned at 300 dpi
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(40, 40, 920, 220), Qt::AlignLeft | Qt::TextWordWrap,
                     QStringLiteral("关于集中营的通知\n拘留人员登记表"));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0);
    return png;
}

} // namespace

class TestItemActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library; ///< the read view, once the writer has the library
    std::unique_ptr<LibraryWriter> m_writer;
    std::unique_ptr<LibraryView> m_view;
    qint64 m_report = 0, m_document = 0, m_scan = 0, m_broken = 0;

    QTableView *table() const { return child<QTableView>(m_view.get(), "itemTable"); }
    ItemActions *actions() const { return m_view->itemActions(); }

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", name);
        return path;
    }

    int rowOf(qint64 id) const
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(Qt::UserRole + 1).toLongLong() == id)
                return row;
        return -1;
    }

    void select(qint64 id)
    {
        QTRY_VERIFY(rowOf(id) >= 0);
        table()->selectRow(rowOf(id));
        QTRY_COMPARE(child<DetailPane>(m_view.get(), "itemDetails")->itemId(), id);
        focusTable();
    }

    /** The keyboard focus in the list, as after a click there (a viewer or a closed dialog
     *  may have had it). */
    void focusTable()
    {
        m_view->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_view.get());
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
    }

    /** Runs @p answer on the next modal dialog once it is shown, from the event loop. */
    template <typename Answer> void answerNextDialog(Answer answer)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, answer] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                poll->stop();
                poll->deleteLater();
                answer(modal);
            }
        });
        poll->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_item_actions"));
        QVERIFY(m_library);
        auto imported = m_library->importer().importFile(
            file("checkpoint-report.txt", "Checkpoint report: a convoy passed at dawn."), {});
        QVERIFY(imported.ok());
        m_report = imported->itemId;
        QVERIFY(
            m_library->items().setText(m_report, {QStringLiteral("convoy dawn")}, false, {}).ok());
        imported = m_library->importer().importFile(
            file("interview-notes.txt", "Notes of an interview, typed later."), {});
        QVERIFY(imported.ok());
        m_document = imported->itemId;
        imported = m_library->importer().importFile(file("notice.png", chineseScanPng()), {});
        QVERIFY(imported.ok());
        m_scan = imported->itemId;
        imported = m_library->importer().importFile(
            file("damaged.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage"), {});
        QVERIFY(imported.ok());
        m_broken = imported->itemId;
        m_writer = test::moveToWriterThread(m_library);
        m_view = std::make_unique<LibraryView>();
        m_view->resize(1300, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setLibrary(m_library.get());
        QTRY_COMPARE(table()->model()->rowCount(), 4);
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->clear();
        m_view.reset();
        m_library.reset();
        m_writer.reset();
    }

    void deleteAsksThenUndoBringsItBack()
    {
        select(m_report);
        QAction *remove = actions()->deleteAction();
        QVERIFY(remove->isEnabled());
        // Cancelling the question changes nothing.
        answerNextDialog([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("deleteItemsQuestion"));
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(table()->model()->rowCount(), 4);
        focusTable();
        // Confirmed: the item leaves the list, the counts and the search at once.
        answerNextDialog([](QWidget *modal) {
            QTest::mouseClick(child<QPushButton>(modal, "confirmDeleteButton"), Qt::LeftButton);
        });
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_COMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(rowOf(m_report), -1);
        QVERIFY(child<QLabel>(m_view.get(), "noticeLabel")->isVisible());
        QCOMPARE(m_library->search().search(QStringLiteral("convoy"))->total, 0);
        QCOMPARE(test::countEvents(*m_library, QStringLiteral("delete")), 1);
        // Undo: back in the list and in the search, with the restore in its history.
        m_view->undoStack()->undo();
        QTRY_COMPARE(table()->model()->rowCount(), 4);
        QVERIFY(rowOf(m_report) >= 0);
        QCOMPARE(m_library->search().search(QStringLiteral("convoy"))->total, 1);
        QCOMPARE(m_library->custody().events(m_report)->last().action, QStringLiteral("restore"));
    }

    void theKindOfAnItemChanges()
    {
        select(m_document);
        auto *kind = child<QComboBox>(m_view.get(), "kindCombo");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("document"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("testimony")));
        Q_EMIT kind->activated(kind->currentIndex()); // as a user's choice
        QTRY_COMPARE(m_library->items().get(m_document)->kind, QStringLiteral("testimony"));
        const CustodyEvent last = m_library->custody().events(m_document)->last();
        QCOMPARE(last.action, QStringLiteral("edit"));
        QCOMPARE(last.details.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("testimony"));
        // The viewer follows at once: a testimony shows its interview form.
        QTRY_COMPARE(child<QStackedWidget>(m_view.get(), "itemViewerStack")->currentWidget(),
                     child<QWidget>(m_view.get(), "testimonyViewer"));
        QTRY_COMPARE(child<QLabel>(m_view.get(), "detailKindLabel")->text(),
                     QStringLiteral("Testimony"));
        m_view->undoStack()->undo();
        QTRY_COMPARE(m_library->items().get(m_document)->kind, QStringLiteral("document"));
        QTRY_COMPARE(kind->currentData().toString(), QStringLiteral("document"));
    }

    void addToADossierWithoutDragging()
    {
        Dossier dossier;
        dossier.name = QStringLiteral("Asylum appeal");
        const qint64 dossierId = *writeNow(
            *m_library, [dossier](Library &writer) { return writer.dossiers().create(dossier); });
        select(m_report);
        answerNextDialog([](QWidget *modal) {
            auto *dialog = qobject_cast<AddToDossierDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(child<QComboBox>(dialog, "dossierCombo")->currentText(),
                     QStringLiteral("Asylum appeal"));
            QTest::mouseClick(child<QPushButton>(dialog, "addToDossierButton"), Qt::LeftButton);
        });
        // Chosen from the list's context menu (the Item menu and the detail pane have it too).
        bool offered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [this, &poll, &offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            offered = menu->actions().contains(actions()->addToDossierAction());
            menu->close();
        });
        poll.start(10);
        Q_EMIT table()->customContextMenuRequested(
            table()->visualRect(table()->model()->index(rowOf(m_report), 0)).center());
        QVERIFY(offered);
        actions()->addToDossierAction()->trigger();
        QCOMPARE(*m_library->dossiers().exhibitCount(dossierId), 1);
        const Exhibit added = m_library->dossiers().sections(dossierId)->last().exhibits.first();
        QCOMPARE(added.itemId, m_report);
        const QString notice = child<QLabel>(m_view.get(), "noticeLabel")->text();
        QVERIFY2(notice.contains(QLatin1String("Asylum appeal")) && notice.contains(added.label),
                 qPrintable(notice));
    }

    void exportWritesTheOriginal()
    {
        const QString target = m_dir.filePath(QStringLiteral("exported.txt"));
        QSignalSpy message(actions(), &ItemActions::message);
        actions()->exportOriginal(m_report, target);
        QTRY_COMPARE(message.count(), 1);
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), QByteArray("Checkpoint report: a convoy passed at dawn."));
        QCOMPARE(m_library->custody().events(m_report)->last().action, QStringLiteral("export"));
    }

    void readAgainInChineseThenFindIt()
    {
        // Imported without reading: nothing finds the notice.
        QCOMPARE(m_library->search().search(QStringLiteral("集中营"))->total, 0);
        QSignalSpy finished(m_view->findChild<ReextractRunner *>(), &ReextractRunner::finished);
        QVERIFY(actions()->readAgain({m_scan, m_broken}, QStringLiteral("chi_sim+eng")));
        QVERIFY(!actions()->readAgainAction()->isEnabled() || !finished.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSlowMs);
        QCOMPARE(finished.first().at(0).toInt(), 2); // both read…
        QCOMPARE(finished.first().at(1).toInt(), 1); // …and the damaged PDF failed
        // Found by search, through the search field as a user types it.
        auto *search = child<QLineEdit>(m_view.get(), "searchEdit");
        search->setText(QStringLiteral("集中营"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong(), m_scan);
        search->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 4);
    }

    void aFileThatCouldNotBeReadSaysWhy()
    {
        select(m_scan);
        QVERIFY(!child<QLabel>(m_view.get(), "extractionStatusLabel")->isVisible());
        select(m_broken);
        auto *status = child<QLabel>(m_view.get(), "extractionStatusLabel");
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QLatin1String("Its text could not be read: ")),
                 qPrintable(status->text()));
        QVERIFY(status->text().size() > 30); // with the helper's reason
    }

    void aNewTestimonyFromTheFormWithItsRecording()
    {
        // A one-second silent WAV: a recording to attach.
        QByteArray wav("RIFF");
        const quint32 samples = 8000;
        auto le32 = [](quint32 v) {
            return QByteArray(reinterpret_cast<const char *>(&v), 4);
        };
        auto le16 = [](quint16 v) {
            return QByteArray(reinterpret_cast<const char *>(&v), 2);
        };
        wav += le32(36 + samples) + "WAVEfmt " + le32(16) + le16(1) + le16(1) + le32(8000) +
               le32(8000) + le16(1) + le16(8) + "data" + le32(samples) +
               QByteArray(int(samples), char(0x80));
        const QString recording = file("interview-w014.wav", wav);

        ImportController importer;
        importer.setLibrary(m_library.get());
        connect(actions(), &ItemActions::importRequested, &importer,
                [&importer](const QStringList &files, const QStringList &tags) {
                    importer.importPaths(files, tags);
                });
        connect(&importer, &ImportController::itemsChanged, m_view.get(),
                &LibraryView::reloadItems); // as the main window connects them
        QSignalSpy imported(&importer, &ImportController::finished);
        const int before = table()->model()->rowCount();
        answerNextDialog([recording](QWidget *modal) {
            auto *dialog = qobject_cast<NewTestimonyDialog *>(modal);
            QVERIFY(dialog);
            // Without a witness code it is refused, and says why.
            QTest::mouseClick(child<QPushButton>(dialog, "createTestimonyButton"), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(child<QLabel>(dialog, "newTestimonyErrorLabel")->isVisible());
            QTest::keyClicks(child<QLineEdit>(dialog, "witness_codeEdit"), QStringLiteral("W-014"));
            // A date typed wrong is refused in the form, which stays open with what was typed.
            auto *date = child<QLineEdit>(dialog, "interview_dateEdit");
            QTest::keyClicks(date, QStringLiteral("2024-13-45"));
            QTest::mouseClick(child<QPushButton>(dialog, "createTestimonyButton"), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!child<QLabel>(dialog, "newTestimonyErrorLabel")
                         ->text()
                         .contains(QLatin1String("W-014"))); // the date's message now
            QCOMPARE(date->text(), QStringLiteral("2024-13-45"));
            date->clear();
            QTest::keyClicks(date, QStringLiteral("2024-05-02"));
            QTest::keyClicks(child<QLineEdit>(dialog, "interpreterEdit"),
                             QStringLiteral("Interpreter T."));
            QTest::keyClicks(child<QLineEdit>(dialog, "testimonyLanguageEdit"),
                             QStringLiteral("ug"));
            child<QCheckBox>(dialog, "consent_courtCheckBox")->setChecked(true);
            dialog->addFiles({recording});
            QCOMPARE(child<QListWidget>(dialog, "testimonyFilesList")->count(), 1);
            QTest::mouseClick(child<QPushButton>(dialog, "createTestimonyButton"), Qt::LeftButton);
        });
        actions()->newTestimonyAction()->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), before + 1);
        auto found = m_library->items().findContaining(QStringLiteral("W-014"));
        QVERIFY(found.ok());
        const auto testimony = std::find_if(found->begin(), found->end(), [](const Item &item) {
            return item.kind == QLatin1String("testimony");
        });
        QVERIFY(testimony != found->end());
        QCOMPARE(testimony->field("title"), QStringLiteral("Interview W-014"));
        QCOMPARE(testimony->field("interpreter"), QStringLiteral("Interpreter T."));
        QCOMPARE(testimony->field("interview_date"), QStringLiteral("2024-05-02"));
        QCOMPARE(testimony->field("consent"), QStringLiteral("court"));
        QVERIFY(testimony->tags.contains(QStringLiteral("Testimonies/W-014")));
        QCOMPARE(m_library->custody().events(testimony->id)->first().action,
                 QStringLiteral("create"));
        // The recording arrives beside it, with the same tag, read in the sandbox.
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kSlowMs);
        QTRY_COMPARE(table()->model()->rowCount(), before + 2);
        auto all = m_library->items().list();
        const auto audio = std::find_if(all->begin(), all->end(), [](const Item &item) {
            return item.original.name == QLatin1String("interview-w014.wav");
        });
        QVERIFY(audio != all->end());
        QCOMPARE(audio->kind, QStringLiteral("audio"));
        QVERIFY(audio->tags.contains(QStringLiteral("Testimonies/W-014")));
        importer.setLibrary(nullptr);
    }

    void verifyAndBackUp()
    {
        LibraryCare care(m_view.get());
        care.setLibrary(m_library.get());
        QSignalSpy verified(&care, &LibraryCare::verified);
        care.verify();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, kSlowMs);
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
        QVERIFY(verified.first().at(1).toString().contains(QLatin1String("Originals: 5 checked")));
        QSignalSpy backedUp(&care, &LibraryCare::backedUp);
        const QString copy = m_dir.filePath(QStringLiteral("Casework backup"));
        care.backUp(copy);
        QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, kSlowMs);
        QVERIFY2(backedUp.first().at(0).toBool(), qPrintable(backedUp.first().at(1).toString()));
        QByteArray passphrase("correct horse battery");
        auto opened = Library::open(copy, SecureBuffer::takeFrom(passphrase), Library::Access::Read,
                                    QStringLiteral("tst"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE((*opened)->items().list()->size(), 6);
        // Locking while a verification runs stops it and waits: nothing reads the library
        // after it closes, and nobody is told of a verification that did not finish.
        QSignalSpy again(&care, &LibraryCare::verified);
        care.verify();
        care.setLibrary(nullptr);
        QCoreApplication::processEvents();
        QCOMPARE(again.count(), 0);
        // Their outcome boxes do not hold the window up.
        for (QMessageBox *box : m_view->findChildren<QMessageBox *>())
            box->close();
    }
};

QTEST_MAIN(TestItemActions)
#include "tst_item_actions.moc"
