// File → Import Spreadsheet… (issue 15) with the library on its writer thread, as in the app:
// a sheet with a bad row lists the problem by line and writes nothing; a good sheet asks
// first, then imports every row with its fields and tags, and the text of the new files is
// read so that search finds it; Cancel at the question writes nothing; locking closes the
// question, so no file name stays on the lock screen.

#include "GuiTestSupport.h"
#include "import/SpreadsheetImporter.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;
using amanat::test::child;

class TestSpreadsheetImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryWriter> m_writer;
    std::unique_ptr<QWidget> m_window;
    SpreadsheetImporter *m_importer = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return path;
    }

    /** The visible message box named @p name, once it is shown. */
    QMessageBox *shownBox(const char *name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>(QString::fromLatin1(name));
                return box && box->isVisible();
            },
            30000);
        return shown ? box : nullptr;
    }

    int itemCount() const { return int(m_library->items().list()->size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_spreadsheet_import"));
        QVERIFY(m_library);
        m_writer = test::moveToWriterThread(m_library);
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_importer = new SpreadsheetImporter(m_window.get());
        m_importer->setLibrary(m_library.get());
    }

    void cleanupTestCase()
    {
        m_importer->setLibrary(nullptr);
        m_window.reset();
        m_library.reset();
        m_writer.reset();
    }

    void aBadRowIsNamedAndNothingIsWritten()
    {
        write(QStringLiteral("one.txt"), "The first statement.\n");
        const QString sheet =
            write(QStringLiteral("bad.csv"),
                  "title,file,event_date\nOne,one.txt,2019\nTwo,one.txt,2019-13\n");
        QSignalSpy finished(m_importer, &SpreadsheetImporter::finished);
        m_importer->importFile(sheet);
        QMessageBox *box = shownBox("spreadsheetProblems");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("Line 3")), qPrintable(box->text()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 0);
        box->close();
        QCOMPARE(itemCount(), 0);
        QVERIFY(!m_importer->isRunning());
    }

    void cancelAtTheQuestionWritesNothing()
    {
        const QString sheet = write(QStringLiteral("cancel.csv"), "title,file\nOne,one.txt\n");
        QSignalSpy finished(m_importer, &SpreadsheetImporter::finished);
        m_importer->importFile(sheet);
        QMessageBox *question = shownBox("spreadsheetQuestion");
        QVERIFY(question);
        QVERIFY2(question->text().contains(QLatin1String("cancel.csv")),
                 qPrintable(question->text()));
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(itemCount(), 0);
    }

    void aGoodSheetIsImportedAndItsTextRead()
    {
        write(QStringLiteral("two.txt"),
              "The soldiers confiscated the harvest at the checkpoint.\n");
        const QString sheet = write(QStringLiteral("good.csv"),
                                    "title,file,tags,place,kind,witness_code\n"
                                    "Statement one,one.txt,Field notes,Kashgar,,\n"
                                    "Statement two,two.txt,Field notes|Region/North,Hotan,,\n"
                                    "Interview W-7,,Testimonies/W-7,,testimony,W-7\n");
        QSignalSpy finished(m_importer, &SpreadsheetImporter::finished);
        QSignalSpy changed(m_importer, &SpreadsheetImporter::itemsChanged);
        m_importer->importFile(sheet);
        QMessageBox *question = shownBox("spreadsheetQuestion");
        QVERIFY(question);
        QVERIFY2(question->text().contains(QLatin1String("3")), qPrintable(question->text()));
        QTest::mouseClick(child<QPushButton>(question, "importSpreadsheetButton"), Qt::LeftButton);
        QMessageBox *done = shownBox("spreadsheetImported");
        QVERIFY(done);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 3);
        QVERIFY(changed.size() >= 1);
        done->close();

        const auto items = m_library->items().list();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 3);
        QCOMPARE(items->at(0).field("place"), QStringLiteral("Kashgar"));
        QCOMPARE(items->at(1).tags.size(), 2);
        QCOMPARE(items->at(2).kind, QStringLiteral("testimony"));
        QCOMPARE(test::countEvents(*m_library, QStringLiteral("import_spreadsheet")), 1);
        // The text of the new files is read after the import, as for any import.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_library->search().search(QStringLiteral("confiscated"))->total == 1, 60000);
    }

    void lockingClosesTheQuestion()
    {
        const QString sheet =
            write(QStringLiteral("lock.csv"), "title,kind\nA paper note,document\n");
        m_importer->importFile(sheet);
        QPointer<QMessageBox> question = shownBox("spreadsheetQuestion");
        QVERIFY(question);
        m_importer->setLibrary(nullptr);
        QTRY_VERIFY(!question);
        QVERIFY(!m_importer->isRunning());
        m_importer->setLibrary(m_library.get());
        QCOMPARE(itemCount(), 3);
    }
};

QTEST_MAIN(TestSpreadsheetImport)
#include "tst_spreadsheet_import.moc"
