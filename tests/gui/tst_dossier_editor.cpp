// The dossier editor and the export dialog as real widgets, offscreen, over a real library
// (a PDF imported through the core, a testimony without court consent): a dossier is made
// through the case form; items are dropped in in the item list's MIME format; exhibits are
// reordered with the move buttons; an exhibit's label and page range are edited in the
// details panel; each change is in the repository and the custody log. Then exports through
// the dialog: a testimony without consent is refused with the reason shown; mismatched
// transport passwords are refused and cleared; with the override the bundle is written on a
// worker thread (bundle.pdf, manifest.json, the page count shown), and a lock asked for
// meanwhile waits for the export to end.

#include "dossiers/BundleExportDialog.h"
#include "dossiers/DossierEditor.h"
#include "dossiers/DossierLauncher.h"
#include "dossiers/DossierModel.h"
#include "dossiers/ExhibitDetailsPanel.h"
#include "items/ItemMimeData.h"
#include "GuiTestSupport.h"
#include "library/Library.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

#ifndef AMANAT_EXTRACT_PATH
#define AMANAT_EXTRACT_PATH "" // the default helper beside the program
#endif

using namespace amanat;
using namespace amanat::ui;
using amanat::test::child;
using amanat::test::countEvents;

namespace {

constexpr int kExportTimeoutMs = 180000; // a busy machine

void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(60, 80),
                         QStringLiteral("Report on the checkpoint, page %1.").arg(i + 1));
    }
}

} // namespace

class TestDossierEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryWriter> m_writer; ///< as in the app: changes on their own thread
    std::unique_ptr<Library> m_library;      ///< the read view
    qint64 m_pdf = 0;
    qint64 m_testimony = 0;
    std::unique_ptr<DossierEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    qint64 dossierId() const { return m_editor->dossierId(); }
    QVector<DossierSection> sections() const
    {
        auto read = m_library->dossiers().sections(dossierId());
        return read.ok() ? *read : QVector<DossierSection>();
    }
    void select(qint64 exhibitId)
    {
        const QModelIndex index = m_editor->model()->exhibitIndex(exhibitId);
        QVERIFY(index.isValid());
        m_editor->tree()->setCurrentIndex(index);
    }
    BundleExportDialog *openExportDialog()
    {
        if (!m_editor->exportDialog())
            QTest::mouseClick(child<QPushButton>(m_editor.get(), "exportBundleButton"),
                              Qt::LeftButton);
        BundleExportDialog *dialog = m_editor->exportDialog();
        if (dialog) {
            dialog->setHelperPath(QStringLiteral(AMANAT_EXTRACT_PATH));
            dialog->setOutputFolder(m_dir.path());
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("AMANAT_EXTRACT", QByteArrayLiteral(AMANAT_EXTRACT_PATH));
        QVERIFY(m_dir.isValid());
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_dossier_editor"));
        QVERIFY(m_library);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        writePdf(pdf, 3);
        auto imported = m_library->importer().importFile(pdf, ImportOptions());
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        m_pdf = imported->itemId;
        auto testimony =
            m_library->items().create(QStringLiteral("testimony"),
                                      QStringLiteral("Statement W-014"), QStringLiteral("create"));
        QVERIFY(testimony.ok());
        m_testimony = *testimony;
        QVERIFY(m_library->items()
                    .setFields(m_testimony,
                               {{QStringLiteral("transcript"),
                                 QStringLiteral("They came at night and took my brother.")},
                                {QStringLiteral("consent"), QStringLiteral("advocacy")}})
                    .ok());

        m_writer = test::moveToWriterThread(m_library);
        m_editor = std::make_unique<DossierEditor>(m_library.get(), 0);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_editor->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_editor.reset();
        m_library.reset();
        m_writer.reset();
    }

    void createDossierThroughTheForm()
    {
        QVERIFY(!child<QTreeView>(m_editor.get(), "dossierTree")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(m_editor.get(), "dossierNameEdit"),
                         QStringLiteral("Appeal W-014"));
        QTest::keyClicks(child<QLineEdit>(m_editor.get(), "courtEdit"),
                         QStringLiteral("First-tier Tribunal (IAC)"));
        QTest::keyClicks(child<QLineEdit>(m_editor.get(), "caseNumberEdit"),
                         QStringLiteral("PA/01234/2026"));
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "saveDetailsButton"), Qt::LeftButton);
        QVERIFY(dossierId() > 0);
        auto dossier = m_library->dossiers().get(dossierId());
        QVERIFY(dossier.ok());
        QCOMPARE(dossier->name, QStringLiteral("Appeal W-014"));
        QCOMPARE(dossier->court, QStringLiteral("First-tier Tribunal (IAC)"));
        QCOMPARE(dossier->caseNumber, QStringLiteral("PA/01234/2026"));
        QVERIFY(dossier->hearingDate.isEmpty()); // "None"
        QCOMPARE(countEvents(*m_library, QStringLiteral("dossier_create")), 1);

        // A hearing date set through the date button, saved at once; then a field saved on
        // Return (the editing-finished path, as on focus-out).
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "hearingDateButton"), Qt::LeftButton);
        QCOMPARE(m_library->dossiers().get(dossierId())->hearingDate,
                 QDate::currentDate().toString(Qt::ISODate));
        auto *counsel = child<QLineEdit>(m_editor.get(), "counselEdit");
        QTest::keyClicks(counsel, QStringLiteral("Ms A. Rahman"));
        QTest::keyClick(counsel, Qt::Key_Return);
        QCOMPARE(m_library->dossiers().get(dossierId())->counsel, QStringLiteral("Ms A. Rahman"));
        QCOMPARE(countEvents(*m_library, QStringLiteral("dossier_update")), 2);
        // The A-number: refused when it is not one, saved in its one form when it is.
        auto *aNumber = child<QLineEdit>(m_editor.get(), "aNumberEdit");
        QTest::keyClicks(aNumber, QStringLiteral("12345"));
        QTest::keyClick(aNumber, Qt::Key_Return);
        QVERIFY(m_library->dossiers().get(dossierId())->aNumber.isEmpty());
        aNumber->clear();
        QTest::keyClicks(aNumber, QStringLiteral("123456789"));
        QTest::keyClick(aNumber, Qt::Key_Return);
        QTRY_COMPARE(m_library->dossiers().get(dossierId())->aNumber,
                     QStringLiteral("A123-456-789"));
        QTRY_COMPARE(aNumber->text(), QStringLiteral("A123-456-789"));
        QCOMPARE(countEvents(*m_library, QStringLiteral("dossier_update")), 3);

        // Two sections through the new-section field.
        QVERIFY(child<QTreeView>(m_editor.get(), "dossierTree")->isEnabled());
        auto *newSection = child<QLineEdit>(m_editor.get(), "newSectionEdit");
        for (const QString &title : {QStringLiteral("A. Applicant's statements"),
                                     QStringLiteral("B. Country conditions")}) {
            QTest::keyClicks(newSection, title);
            QTest::mouseClick(child<QPushButton>(m_editor.get(), "addSectionButton"),
                              Qt::LeftButton);
            QVERIFY(newSection->text().isEmpty());
        }
        QCOMPARE(sections().size(), 2);
        QCOMPARE(sections().at(1).title, QStringLiteral("B. Country conditions"));
        QCOMPARE(countEvents(*m_library, QStringLiteral("section_add")), 2);
    }

    void dropItemsIntoASection()
    {
        DossierModel *model = m_editor->model();
        std::unique_ptr<QMimeData> data(ItemMimeData::create({m_pdf, m_testimony}));
        QVERIFY(model->dropMimeData(data.get(), Qt::CopyAction, -1, 0, model->index(0, 0)));
        QCOMPARE(sections().at(0).exhibits.size(), 2);
        QCOMPARE(sections().at(0).exhibits.at(0).itemId, m_pdf);
        QCOMPARE(sections().at(0).exhibits.at(1).itemId, m_testimony);
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_add")), 2);
        QCOMPARE(m_editor->tree()->model()->rowCount(model->index(0, 0)), 2);
    }

    void reorderWithTheMoveButtons()
    {
        const qint64 testimonyExhibit = sections().at(0).exhibits.at(1).id;
        select(testimonyExhibit);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "moveUpButton"), Qt::LeftButton);
        QCOMPARE(sections().at(0).exhibits.at(0).itemId, m_testimony);
        // The selection follows the moved exhibit; down twice crosses into section B.
        QCOMPARE(m_editor->tree()->currentIndex().data(DossierModel::ExhibitIdRole).toLongLong(),
                 testimonyExhibit);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "moveDownButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "moveDownButton"), Qt::LeftButton);
        QCOMPARE(sections().at(0).exhibits.size(), 1);
        QCOMPARE(sections().at(1).exhibits.size(), 1);
        QCOMPARE(sections().at(1).exhibits.at(0).itemId, m_testimony);
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_move")), 3);
    }

    // The testimony kept label A2 when it moved into section B; Renumber Labels gives it B1.
    void renumberLabels()
    {
        QCOMPARE(sections().at(1).exhibits.at(0).label, QStringLiteral("A2"));
        auto *relabel = child<QPushButton>(m_editor.get(), "relabelButton");
        QVERIFY(relabel->isEnabled());
        QTest::mouseClick(relabel, Qt::LeftButton);
        QCOMPARE(sections().at(0).exhibits.at(0).label, QStringLiteral("A1"));
        QCOMPARE(sections().at(1).exhibits.at(0).label, QStringLiteral("B1"));
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_relabel")), 1);
        // The tree shows the new label.
        const QModelIndex sectionB = m_editor->tree()->model()->index(1, 0);
        QCOMPARE(m_editor->tree()->model()->index(0, DossierModel::LabelColumn, sectionB).data(),
                 QVariant(QStringLiteral("B1")));
    }

    void editAnExhibit()
    {
        const qint64 pdfExhibit = sections().at(0).exhibits.at(0).id;
        select(pdfExhibit);
        auto *label = child<QLineEdit>(m_editor.get(), "exhibitLabelEdit");
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("A-Report"));
        child<QSpinBox>(m_editor.get(), "firstPageSpin")->setValue(2);
        child<QSpinBox>(m_editor.get(), "lastPageSpin")->setValue(3);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "applyExhibitButton"), Qt::LeftButton);
        auto exhibit = m_library->dossiers().exhibit(pdfExhibit);
        QVERIFY(exhibit.ok());
        QCOMPARE(exhibit->label, QStringLiteral("A-Report"));
        QCOMPARE(exhibit->firstPage.value_or(0), 2);
        QCOMPARE(exhibit->lastPage.value_or(0), 3);
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_update")), 1);
        // The tree shows it, and the panel still shows the same exhibit.
        const QModelIndex index = m_editor->model()->exhibitIndex(pdfExhibit);
        QCOMPARE(index.data().toString(), QStringLiteral("A-Report"));
        QVERIFY(!index.siblingAtColumn(DossierModel::RangeColumn).data().toString().isEmpty());
        QCOMPARE(label->text(), QStringLiteral("A-Report"));

        // A range with only a last page is refused in the panel, and nothing is written.
        child<QSpinBox>(m_editor.get(), "firstPageSpin")->setValue(0);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "applyExhibitButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(m_editor.get(), "exhibitErrorLabel")->isVisible());
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_update")), 1);
    }

    void redactThroughThePanel()
    {
        select(sections().at(1).exhibits.at(0).id); // the testimony
        auto *text = child<QLineEdit>(m_editor.get(), "redactTextEdit");
        auto *list = child<QListWidget>(m_editor.get(), "redactionList");
        QTest::keyClicks(text, QStringLiteral("my brother"));
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "addRedactionButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(text->text().isEmpty());
        auto stored = m_library->redactions().forItem(m_testimony);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).text, QStringLiteral("my brother"));
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "removeRedactionButton"),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(m_library->redactions().forItem(m_testimony)->size(), 0);
        QTest::keyClicks(text, QStringLiteral("my brother"));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(m_library->redactions().forItem(m_testimony)->size(), 1);
    }

    void consentRefusedExportShowsTheReason()
    {
        BundleExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *subfolder = child<QLineEdit>(dialog, "subfolderEdit");
        subfolder->setText(QStringLiteral("refused"));
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kExportTimeoutMs);
        auto *message = child<QLabel>(dialog, "exportMessageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("consent")), qPrintable(message->text()));
        QVERIFY(!dialog->report());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused"))));
        QCOMPARE(countEvents(*m_library, QStringLiteral("bundle_export")), 0);
    }

    void aSavedClipBecomesTheSegment()
    {
        ExhibitDetailsPanel panel;
        Exhibit exhibit;
        exhibit.id = 1;
        exhibit.itemId = 1;
        exhibit.label = QStringLiteral("A1");
        panel.setExhibit(&exhibit, QStringLiteral("video"));
        ClipMarker clip;
        clip.startMs = 4000;
        clip.endMs = 6500;
        clip.note = QStringLiteral("convoy passes");
        panel.setClips({clip});
        auto *clips = child<QComboBox>(&panel, "savedClipCombo");
        QCOMPARE(clips->count(), 2);
        QVERIFY(clips->itemText(1).contains(QLatin1String("convoy passes")));
        clips->setCurrentIndex(1);
        Q_EMIT clips->activated(1); // as a user's choice
        QCOMPARE(child<QLineEdit>(&panel, "segmentStartEdit")->text(),
                 DossierModel::timeText(4000));
        QCOMPARE(child<QLineEdit>(&panel, "segmentEndEdit")->text(), DossierModel::timeText(6500));
        QSignalSpy applied(&panel, &ExhibitDetailsPanel::applyRequested);
        QTest::mouseClick(child<QPushButton>(&panel, "applyExhibitButton"), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto edited = applied.first().at(0).value<Exhibit>();
        QCOMPARE(edited.startMs.value_or(-1), qint64(4000));
        QCOMPARE(edited.endMs.value_or(-1), qint64(6500));
    }

    void theOutputFolderCanBeTyped()
    {
        BundleExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        auto *folder = child<QLineEdit>(dialog, "outputFolderEdit");
        QVERIFY(!folder->isReadOnly());
        folder->clear();
        QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("no-such-folder")));
        child<QLineEdit>(dialog, "subfolderEdit")->setText(QStringLiteral("typed"));
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QVERIFY(child<QLabel>(dialog, "exportMessageLabel")
                    ->text()
                    .contains(QStringLiteral("no-such-folder")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
        folder->clear();
        QTest::keyClicks(folder, m_dir.path()); // typed, not chosen: taken as it is
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), m_dir.path());
    }

    void mismatchedPasswordsAreRefusedAndCleared()
    {
        BundleExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        auto *password = child<QLineEdit>(dialog, "transportPasswordEdit");
        auto *again = child<QLineEdit>(dialog, "transportPasswordAgainEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("transport one"));
        QTest::keyClicks(again, QStringLiteral("transport two"));
        child<QLineEdit>(dialog, "subfolderEdit")->setText(QStringLiteral("mismatch"));
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QVERIFY(password->text().isEmpty());
        QVERIFY(again->text().isEmpty());
        QVERIFY(
            child<QLabel>(dialog, "exportMessageLabel")->text().contains(QStringLiteral("differ")));
    }

    void exportWithOverrideWritesTheBundle()
    {
        BundleExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "overrideConsentCheck")->setChecked(true);
        child<QLineEdit>(dialog, "batesPrefixEdit")->setText(QStringLiteral("W014"));
        child<QLineEdit>(dialog, "subfolderEdit")->setText(QStringLiteral("bundle"));
        QSignalSpy finished(dialog, &BundleExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        // Closing is refused while it runs; the window stays.
        QVERIFY(!child<QPushButton>(dialog, "closeButton")->isEnabled());
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kExportTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString out = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/bundle.pdf")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/manifest.json")));
        QVERIFY(dialog->report());
        const int pages = dialog->report()->pages;
        QVERIFY(pages >= 4); // cover, index, exhibit sheets, two pages of the PDF, transcript
        const QString message = child<QLabel>(dialog, "exportMessageLabel")->text();
        QVERIFY2(message.contains(QString::number(pages)), qPrintable(message));
        const QString result = child<QPlainTextEdit>(dialog, "exportResultText")->toPlainText();
        QVERIFY(result.contains(dialog->report()->manifestSha256));
        QVERIFY(result.contains(dialog->report()->fingerprint));
        QVERIFY(result.contains(QStringLiteral("W014-000001")));
        QCOMPARE(countEvents(*m_library, QStringLiteral("bundle_export")), 1);
        // The panel's redaction reached the bundle; the rest of the transcript did too.
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {out + QStringLiteral("/bundle.pdf"), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("They came at night")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("my brother")));
        QVERIFY(countEvents(*m_library, QStringLiteral("consent_override")) >= 1);
        dialog->close();
        QTRY_VERIFY(!m_editor->exportDialog());
    }

    // Page numbers by section: the prefix and first number do not apply and are greyed out;
    // the stamps read i, ii, then A1….
    void exportNumberedBySection()
    {
        BundleExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        auto *numbering = child<QComboBox>(dialog, "numberingCombo");
        QVERIFY(child<QLineEdit>(dialog, "batesPrefixEdit")->isEnabled());
        numbering->setCurrentIndex(numbering->findData(int(BundleOptions::Numbering::Section)));
        QVERIFY(!child<QLineEdit>(dialog, "batesPrefixEdit")->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "batesStartSpin")->isEnabled());
        child<QCheckBox>(dialog, "overrideConsentCheck")->setChecked(true);
        child<QLineEdit>(dialog, "subfolderEdit")->setText(QStringLiteral("by-section"));
        QSignalSpy finished(dialog, &BundleExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kExportTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // Still greyed out once the export is over.
        QVERIFY(!child<QLineEdit>(dialog, "batesPrefixEdit")->isEnabled());
        QVERIFY(dialog->report());
        QCOMPARE(dialog->report()->firstBates, QStringLiteral("i"));
        // The first exhibit starts at A1, after the front matter (i, ii, …).
        QFile manifest(m_dir.filePath(QStringLiteral("by-section/manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(manifest.readAll())
                                      .object()
                                      .value(QStringLiteral("exhibits"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("bates_first")).toString(), QStringLiteral("A1"));
        QProcess pdftotext;
        const QString page = QString::number(first.value(QStringLiteral("page_first")).toInt());
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-f"), page, QStringLiteral("-l"), page,
                         m_dir.filePath(QStringLiteral("by-section/bundle.pdf")),
                         QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Exhibit ") +
                               first.value(QStringLiteral("label")).toString()),
                 qPrintable(text));
        dialog->close();
        QTRY_VERIFY(!m_editor->exportDialog());
    }

    void lockWaitsForARunningExport()
    {
        QWidget window;
        DossierLauncher launcher(&window);
        launcher.setLibrary(m_library.get());
        launcher.openDossier(dossierId());
        DossierEditor *editor = launcher.editor();
        QVERIFY(editor);
        QTest::mouseClick(child<QPushButton>(editor, "exportBundleButton"), Qt::LeftButton);
        BundleExportDialog *dialog = editor->exportDialog();
        QVERIFY(dialog);
        dialog->setHelperPath(QStringLiteral(AMANAT_EXTRACT_PATH));
        dialog->setOutputFolder(m_dir.path());
        child<QCheckBox>(dialog, "overrideConsentCheck")->setChecked(true);
        child<QLineEdit>(dialog, "subfolderEdit")->setText(QStringLiteral("bundle2"));
        QSignalSpy lockRequested(&launcher, &DossierLauncher::lockRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(launcher.isExporting());
        QVERIFY(!launcher.releaseForLock()); // not now: the worker uses the library
        QTRY_VERIFY_WITH_TIMEOUT(lockRequested.size() == 1, kExportTimeoutMs);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("bundle2/bundle.pdf"))));
        QVERIFY(launcher.releaseForLock()); // now the editor closes
        QTRY_VERIFY(!launcher.editor());
        launcher.setLibrary(nullptr);
    }
};

QTEST_MAIN(TestDossierEditor)
#include "tst_dossier_editor.moc"
