// The viewers through ItemViewer, over a library imported through the real path: PDF pages
// rendered by the helper, find highlights, opening at a page, hostile and killed helpers;
// images (rotation, OCR text); testimony (form, autosave, logged reveal); extracted text.

#include "../extract/ExtractTestData.h"
#include "ViewerTestLibrary.h"
#include "library/TestimonyEditing.h"
#include "viewers/ItemViewer.h"
#include "viewers/PdfPageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

#include <csignal>

using namespace amanat;
using namespace amanat::test;
using namespace amanat::testdata;
using amanat::ui::ItemViewer;
using amanat::ui::PdfPageWidget;

namespace {

const QStringList kPdfPages = {
    QStringLiteral("First page about the detention centre."),
    QStringLiteral("Second page: the witness saw the convoy at dawn."),
    QStringLiteral("Third page with closing remarks."),
};
const QString kWitnessName = QStringLiteral("Canary Witness-Name 7Q");
const QString kWitnessContact = QStringLiteral("canary-contact@example.invalid");

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 100)
                ++dark;
    return dark;
}

QList<PdfPageWidget *> pagesOf(const QWidget &viewer)
{
    QList<PdfPageWidget *> pages = viewer.findChildren<PdfPageWidget *>();
    std::sort(pages.begin(), pages.end(),
              [](PdfPageWidget *a, PdfPageWidget *b) { return a->page() < b->page(); });
    return pages;
}

} // namespace

class TestViewersDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto created = Library::create(m_dir.filePath(QStringLiteral("Lib")),
                                       secretOf("correct horse battery"),
                                       QStringLiteral("tst_viewers"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_library = std::move(created->library);

        QDir(m_dir.path()).mkdir(QStringLiteral("in"));
        const QString pdf = m_dir.filePath(QStringLiteral("in/report.pdf"));
        const QString scan = m_dir.filePath(QStringLiteral("in/scan.png"));
        const QString text = m_dir.filePath(QStringLiteral("in/notes.txt"));
        const QString broken = m_dir.filePath(QStringLiteral("in/broken.pdf"));
        const QByteArray pdfBytes = textPdf(kPdfPages, QStringLiteral("Report"));
        QVERIFY(writeFile(pdf, pdfBytes));
        m_scanImage = renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12);
        QVERIFY(writeFile(scan, encodeImage(m_scanImage, "PNG")));
        QVERIFY(writeFile(text, "Field notes: the checkpoint moved north in May.\n"));
        QVERIFY(writeFile(broken, pdfBytes.left(pdfBytes.size() / 3)));
        const auto ids = importFiles(*m_library, {pdf, scan, text, broken});
        QCOMPARE(ids.size(), 4);
        m_pdfId = ids.value(pdf);
        m_scanId = ids.value(scan);
        m_textId = ids.value(text);
        m_brokenId = ids.value(broken);

        auto testimony =
            m_library->items().create(QStringLiteral("testimony"),
                                      QStringLiteral("Interview W-014"), QStringLiteral("create"));
        QVERIFY(testimony.ok());
        m_testimonyId = *testimony;
        QVERIFY(m_library->items()
                    .setFields(m_testimonyId,
                               {{QStringLiteral("witness_code"), QStringLiteral("W-014")},
                                {QStringLiteral("interview_date"), QStringLiteral("2019-04-02")},
                                {QStringLiteral("interview_place"), QStringLiteral("Almaty")},
                                {QStringLiteral("consent"), QStringLiteral("court,advocacy")},
                                {QStringLiteral("witness_name"), kWitnessName},
                                {QStringLiteral("witness_contact"), kWitnessContact}})
                    .ok());
    }

    void init()
    {
        m_viewer = std::make_unique<ItemViewer>();
        m_viewer->resize(1100, 800);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }

    void cleanup()
    {
        m_viewer->clear();
        m_viewer.reset();
    }

    void pdfPageIsRendered()
    {
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 3, 30000);
        PdfPageWidget *first = pagesOf(*m_viewer).at(0);
        QTRY_VERIFY_WITH_TIMEOUT(first->hasPixmap(), 30000);
        QVERIFY(first->isVisible());
        QVERIFY(darkPixels(first->pixmap().toImage()) > 50);
        // The thumbnail strip lists every page.
        auto *thumbnails = m_viewer->findChild<QWidget *>(QStringLiteral("pdfThumbnailList"));
        QVERIFY(thumbnails && thumbnails->isVisible());
    }

    void findHighlightsTheWordOnItsPage()
    {
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 3, 30000);
        auto *find = m_viewer->findChild<QWidget *>(QStringLiteral("pdfViewer"))
                         ->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(find);
        find->setFocus();
        QTest::keyClicks(find, QStringLiteral("convoy"));
        QTest::keyClick(find, Qt::Key_Return);
        const QList<PdfPageWidget *> pages = pagesOf(*m_viewer);
        QTRY_COMPARE_WITH_TIMEOUT(pages.at(1)->highlights().size(), 1, 30000);
        QVERIFY(pages.at(0)->highlights().isEmpty());
        QVERIFY(pages.at(2)->highlights().isEmpty());
        auto *spin = m_viewer->findChild<QSpinBox *>(QStringLiteral("pdfPageSpin"));
        QTRY_COMPARE(spin->value(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(pages.at(1)->hasPixmap(), 30000);
        auto *status = m_viewer->findChild<QWidget *>(QStringLiteral("pdfViewer"))
                           ->findChild<QLabel *>(QStringLiteral("findStatusLabel"));
        QCOMPARE(status->text(), QStringLiteral("1 of 1"));
    }

    void opensAtTheSearchHitPage()
    {
        m_viewer->setItem(m_library.get(), m_pdfId, 2);
        auto *spin = m_viewer->findChild<QSpinBox *>(QStringLiteral("pdfPageSpin"));
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(spin->value(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(pagesOf(*m_viewer).at(1)->hasPixmap(), 30000);
        // Next page from the toolbar.
        QTest::mouseClick(m_viewer->findChild<QToolButton *>(QStringLiteral("pdfNextPageButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(spin->value(), 3);
    }

    void truncatedPdfShowsTheMessage()
    {
        m_viewer->setItem(m_library.get(), m_brokenId);
        auto *message = m_viewer->findChild<QLabel *>(QStringLiteral("pdfMessageLabel"));
        QVERIFY(message);
        QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                                  QStringLiteral("This document could not be displayed."), 30000);
        QVERIFY(message->isVisible());
        QVERIFY(pagesOf(*m_viewer).isEmpty());
        // The viewer goes on working with the next document.
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 3, 30000);
    }

    void killedHelperShowsTheMessage()
    {
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_VERIFY_WITH_TIMEOUT(
            pagesOf(*m_viewer).size() == 3 && pagesOf(*m_viewer).at(0)->hasPixmap(), 30000);
        const QList<qint64> helpers = helperChildren();
        QCOMPARE(helpers.size(), 1);
        ::kill(pid_t(helpers.first()), SIGSEGV);
        auto *message = m_viewer->findChild<QLabel *>(QStringLiteral("pdfMessageLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                                  QStringLiteral("This document could not be displayed."), 30000);
        QVERIFY(m_viewer->isVisible());
        QTRY_VERIFY(helperChildren().isEmpty());
    }

    void imageIsShownRotatedAndWithItsText()
    {
        m_viewer->setItem(m_library.get(), m_scanId);
        auto *canvas = m_viewer->findChild<QLabel *>(QStringLiteral("imageCanvas"));
        QVERIFY(canvas);
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->pixmap().isNull(), 30000);
        const double ratio = double(m_scanImage.width()) / m_scanImage.height();
        const QSizeF shown = canvas->pixmap().deviceIndependentSize();
        QVERIFY2(qAbs(shown.width() / shown.height() - ratio) < 0.02,
                 qPrintable(QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height())));
        QTest::mouseClick(
            m_viewer->findChild<QToolButton *>(QStringLiteral("imageRotateRightButton")),
            Qt::LeftButton);
        const QSizeF rotated = canvas->pixmap().deviceIndependentSize();
        QVERIFY(qAbs(rotated.height() / rotated.width() - ratio) < 0.02);
        auto *text = m_viewer->findChild<QPlainTextEdit *>(QStringLiteral("ocrTextEdit"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("detainee")));
    }

    void testimonyFormAutosaveAndLoggedReveal()
    {
        m_viewer->setItem(m_library.get(), m_testimonyId);
        QCOMPARE(m_viewer->findChild<QLineEdit *>(QStringLiteral("witness_codeEdit"))->text(),
                 QStringLiteral("W-014"));
        QCOMPARE(m_viewer->findChild<QLineEdit *>(QStringLiteral("interview_dateEdit"))->text(),
                 QStringLiteral("2019-04-02"));
        QVERIFY(
            m_viewer->findChild<QCheckBox *>(QStringLiteral("consent_courtCheckBox"))->isChecked());
        QVERIFY(!m_viewer->findChild<QCheckBox *>(QStringLiteral("consent_publicCheckBox"))
                     ->isChecked());
        auto *name = m_viewer->findChild<QLineEdit *>(QStringLiteral("witnessNameEdit"));
        QVERIFY(!name->isVisible());
        QVERIFY(name->text().isEmpty());

        // Typing in the transcript saves it through the core after a pause.
        auto *transcript = m_viewer->findChild<QPlainTextEdit *>(QStringLiteral("transcriptEdit"));
        transcript->setFocus();
        QTest::keyClicks(transcript, QStringLiteral("They took us to the camp at night."));
        QTRY_COMPARE_WITH_TIMEOUT(m_library->items().get(m_testimonyId)->field("transcript"),
                                  QStringLiteral("They took us to the camp at night."), 10000);
        // The search index followed.
        auto found = m_library->search().search(QStringLiteral("camp"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.at(0).id, m_testimonyId);

        // Reveal: asks first, then shows and logs the field names only.
        QTest::mouseClick(m_viewer->findChild<QPushButton *>(QStringLiteral("revealButton")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_viewer->findChild<QMessageBox *>(QStringLiteral("revealConfirmBox"))));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(name->text(), kWitnessName);
        QVERIFY(name->isVisible());
        QCOMPARE(m_viewer->findChild<QLineEdit *>(QStringLiteral("witnessContactEdit"))->text(),
                 kWitnessContact);

        auto events = m_library->custody().events(m_testimonyId);
        QVERIFY(events.ok());
        bool revealLogged = false;
        bool transcriptLogged = false;
        for (const CustodyEvent &event : *events) {
            const QString details =
                QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
            QVERIFY2(!details.contains(kWitnessName) && !details.contains(kWitnessContact),
                     qPrintable(event.action));
            if (event.action == QLatin1String("testimony_reveal")) {
                revealLogged = true;
                QVERIFY(details.contains(QStringLiteral("witness_name")));
                QVERIFY(details.contains(QStringLiteral("witness_contact")));
            }
            if (event.action == QLatin1String("transcript_edit"))
                transcriptLogged = true;
        }
        QVERIFY(revealLogged);
        QVERIFY(transcriptLogged);
        QVERIFY(m_library->custody().verify()->ok());

        // Clearing (as on lock) hides them again.
        m_viewer->clear();
        QVERIFY(name->text().isEmpty());
        QVERIFY(!name->isVisible());
    }

    void revealCancelledShowsAndLogsNothing()
    {
        m_viewer->setItem(m_library.get(), m_testimonyId);
        const qint64 before = *m_library->custody().count(m_testimonyId);
        QTest::mouseClick(m_viewer->findChild<QPushButton *>(QStringLiteral("revealButton")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_viewer->findChild<QMessageBox *>(QStringLiteral("revealConfirmBox"))));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_viewer->findChild<QMessageBox *>(QStringLiteral("revealConfirmBox")));
        QVERIFY(
            m_viewer->findChild<QLineEdit *>(QStringLiteral("witnessNameEdit"))->text().isEmpty());
        QCOMPARE(*m_library->custody().count(m_testimonyId), before);
    }

    void extractedTextIsShown()
    {
        m_viewer->setItem(m_library.get(), m_textId);
        auto *text = m_viewer->findChild<QPlainTextEdit *>(QStringLiteral("documentTextEdit"));
        QVERIFY(text && text->isVisible());
        QVERIFY(text->toPlainText().contains(QStringLiteral("checkpoint moved north")));
        m_viewer->clear();
        QVERIFY(text->toPlainText().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ItemViewer> m_viewer;
    QImage m_scanImage;
    qint64 m_pdfId = 0;
    qint64 m_scanId = 0;
    qint64 m_textId = 0;
    qint64 m_brokenId = 0;
    qint64 m_testimonyId = 0;
};

QTEST_MAIN(TestViewersDocuments)
#include "tst_viewers_documents.moc"
