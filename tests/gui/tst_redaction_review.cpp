// Witness-safe redaction through the real widgets, offscreen, over a real library: a
// protected person, and a dossier whose exhibit is a generated scan naming them.
//
// - Protected People: a person added through the form is listed by code and counts, and no
//   cell of the list ever holds a name or contact; editing shows the values only after
//   Reveal, which logs person_reveal; deleting asks first.
// - The dossier editor's "Not redacted in this dossier" panel: an exemption needs a reason
//   and is stored with it (PersonRepository::exemptions).
// - The export dialog: "export pages nobody reviewed" is off by default; an export refused
//   for pages awaiting review offers the review.
// - The redaction review (runs the helper): the page is listed as not reviewed; the
//   redactor's proposal arrives on a worker thread with a box over the name; removing that
//   box stores a keep area and the page read again has no automatic box; a drawn box is a
//   rect redaction, and moving it replaces it; "Preview as exported" shows the page burned
//   and locks the boxes; approving marks the page reviewed (RedactionReview::pages).

#include "bundle/RedactionReview.h"
#include "common/LibraryWrites.h"
#include "dossiers/BundleExportDialog.h"
#include "dossiers/DossierEditor.h"
#include "dossiers/ExemptionsPanel.h"
#include "dossiers/RedactionReviewDialog.h"
#include "dossiers/ReviewCanvas.h"
#include "dossiers/ReviewPageModel.h"
#include "GuiTestSupport.h"
#include "library/Library.h"
#include "persons/PersonEditorDialog.h"
#include "persons/ProtectedPeopleDialog.h"
#include "persons/ProtectedPersonModel.h"
#include "viewers/TestimonyViewer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
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

constexpr int kHelperTimeoutMs = 180000; // OCR on a busy machine
const QString kWitnessName = QStringLiteral("Ahmet Tursunov");

/** A police record scanned at 300 dpi, naming the witness (as tst_cli_bundle writes it). */
void writeScan(const QString &path)
{
    QImage image(1654, 2339, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(7874);
    image.setDotsPerMeterY(7874);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(46);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(150, 250), QStringLiteral("POLICE RECORD 2019/447"));
    painter.drawText(QPointF(150, 370), QStringLiteral("Detained: %1").arg(kWitnessName));
    painter.drawText(QPointF(150, 490), QStringLiteral("Officer on duty signed the record"));
    painter.end();
    image.save(path);
}

QVector<Redaction> redactionsOf(Library &library, qint64 itemId, Redaction::Kind kind)
{
    QVector<Redaction> out;
    auto all = library.redactions().forItem(itemId);
    if (all.ok())
        for (const Redaction &r : *all)
            if (r.kind == kind)
                out << r;
    return out;
}

int indexOfKind(const ReviewCanvas *canvas, ReviewBox::Kind kind)
{
    for (int i = 0; i < canvas->boxes().size(); ++i)
        if (canvas->boxes().at(i).kind == kind)
            return i;
    return -1;
}

/** Drags on @p canvas from @p from to @p to with the left button. */
void drag(QWidget *canvas, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, (from + to) / 2);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
}

} // namespace

class TestRedactionReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryWriter> m_writer; ///< as in the app: changes on their own thread
    std::unique_ptr<Library> m_library;      ///< the read view
    qint64 m_scan = 0;
    qint64 m_witness = 0;
    qint64 m_dossier = 0;
    std::unique_ptr<DossierEditor> m_editor;

    QVector<ReviewPage> pages() const
    {
        auto read = RedactionReview::pages(*m_library, m_dossier);
        return read.ok() ? *read : QVector<ReviewPage>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("AMANAT_EXTRACT", QByteArrayLiteral(AMANAT_EXTRACT_PATH));
        QVERIFY(m_dir.isValid());
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_redaction_review"));
        QVERIFY(m_library);

        const QString scan = m_dir.filePath(QStringLiteral("police-record.png"));
        writeScan(scan);
        ImportOptions options;
        options.kind = QStringLiteral("scan");
        auto imported = m_library->importer().importFile(scan, options);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        m_scan = imported->itemId;
        auto witness = m_library->persons().create(QStringLiteral("W-101"), {kWitnessName}, {});
        QVERIFY2(witness.ok(), qPrintable(witness.error().message));
        m_witness = *witness;

        Dossier dossier;
        dossier.name = QStringLiteral("Appeal W-101");
        auto dossierId = m_library->dossiers().create(dossier);
        QVERIFY(dossierId.ok());
        m_dossier = *dossierId;
        ExhibitRequest request;
        request.itemIds = {m_scan};
        request.section = QStringLiteral("A. Official documents");
        request.label = QStringLiteral("A1");
        QVERIFY(m_library->dossiers().addExhibits(m_dossier, request).ok());

        m_writer = test::moveToWriterThread(m_library);
        m_editor = std::make_unique<DossierEditor>(m_library.get(), m_dossier);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_library.reset();
        m_writer.reset();
    }

    void testimonyFieldsSayHowToSeparateValues()
    {
        TestimonyViewer viewer;
        for (const char *name : {"witnessNameEdit", "witnessContactEdit"}) {
            auto *edit = child<QLineEdit>(&viewer, name);
            QVERIFY(edit->placeholderText().contains(QLatin1Char(';')));
            QVERIFY(edit->toolTip().contains(QStringLiteral("\";\"")));
        }
    }

    void protectedPeopleAreListedWithoutTheirValues()
    {
        ProtectedPeopleDialog dialog(m_library.get());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = child<QTableView>(&dialog, "protectedPeopleView");
        QCOMPARE(view->model()->rowCount(), 1); // W-101

        QTest::mouseClick(child<QPushButton>(&dialog, "addPersonButton"), Qt::LeftButton);
        PersonEditorDialog *editor = dialog.editor();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "personCodeEdit"), QStringLiteral("P-202"));
        child<QPlainTextEdit>(editor, "personNamesEdit")
            ->setPlainText(QStringLiteral("Leyla Example\nЛейла Пример"));
        child<QPlainTextEdit>(editor, "personContactsEdit")
            ->setPlainText(QStringLiteral("+90 555 010 0202"));
        QTest::mouseClick(child<QPushButton>(editor, "savePersonButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.editor());
        auto person = m_library->persons().find(QStringLiteral("P-202"));
        QVERIFY(person.ok());
        QCOMPARE(person->names.size(), 2);
        QCOMPARE(person->contacts, QStringList{QStringLiteral("+90 555 010 0202")});

        // The list shows codes and counts; no cell, tip or header holds a value.
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 2);
        const QStringList secrets{QStringLiteral("Leyla"), QStringLiteral("Лейла"),
                                  QStringLiteral("555"), QStringLiteral("Tursunov")};
        bool listed = false;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                    const QString text = index.data(role).toString();
                    for (const QString &secret : secrets)
                        QVERIFY2(!text.contains(secret), qPrintable(text));
                }
                listed = listed || index.data().toString() == QLatin1String("P-202");
            }
        QVERIFY(listed);
        const int row = dialog.model()->rowOf(person->id);
        QVERIFY(model->index(row, ProtectedPersonModel::NamesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("2 name")));

        // Editing: the values stay hidden until Reveal, which is logged first.
        view->selectRow(row);
        QTest::mouseClick(child<QPushButton>(&dialog, "editPersonButton"), Qt::LeftButton);
        editor = dialog.editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        auto *names = child<QPlainTextEdit>(editor, "personNamesEdit");
        QVERIFY(!names->isVisible());
        QVERIFY(names->toPlainText().isEmpty());
        const int reveals = countEvents(*m_library, QStringLiteral("person_reveal"));
        QTest::mouseClick(child<QPushButton>(editor, "revealPersonButton"), Qt::LeftButton);
        QCOMPARE(countEvents(*m_library, QStringLiteral("person_reveal")), reveals + 1);
        QVERIFY(names->isVisible());
        QVERIFY(names->toPlainText().contains(QStringLiteral("Leyla Example")));
        // A third spelling, saved on Save.
        names->appendPlainText(QStringLiteral("L. Example"));
        QTest::mouseClick(child<QPushButton>(editor, "savePersonButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.editor());
        QCOMPARE(m_library->persons().get(person->id)->names.size(), 3);
        QVERIFY(model->index(dialog.model()->rowOf(person->id), ProtectedPersonModel::NamesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("3 name")));

        // Deleting asks first; Cancel keeps the person.
        const auto confirmDelete = [&](QMessageBox::StandardButton answer) {
            view->selectRow(dialog.model()->rowOf(person->id));
            QTest::mouseClick(child<QPushButton>(&dialog, "deletePersonButton"), Qt::LeftButton);
            QMessageBox *box = dialog.confirmation();
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("P-202")));
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
            QTRY_VERIFY(!dialog.confirmation());
        };
        confirmDelete(QMessageBox::Cancel);
        QVERIFY(m_library->persons().get(person->id).ok());
        confirmDelete(QMessageBox::Yes);
        QVERIFY(!m_library->persons().get(person->id).ok());
        QCOMPARE(model->rowCount(), 1);
    }

    void exemptionNeedsAReasonAndIsStored()
    {
        auto second = ui::writeNow(*m_library, [](Library &writer) {
            return writer.persons().create(QStringLiteral("P-303"),
                                           {QStringLiteral("Demo Appellant")}, {});
        });
        QVERIFY(second.ok());
        auto *panel = child<ExemptionsPanel>(m_editor.get(), "exemptionsPanel");
        panel->reload(); // the person was added behind the editor's back
        auto *combo = child<QComboBox>(panel, "exemptPersonCombo");
        auto *reason = child<QLineEdit>(panel, "exemptReasonEdit");
        auto *exempt = child<QPushButton>(panel, "exemptButton");
        QCOMPARE(combo->count(), 2);
        for (int i = 0; i < combo->count(); ++i) // codes only
            QVERIFY(!combo->itemText(i).contains(QStringLiteral("Appellant")));
        QCOMPARE(combo->currentIndex(), -1); // nobody is chosen for the user
        QTest::keyClicks(reason, QStringLiteral("The appellant's own appeal"));
        QVERIFY(!exempt->isEnabled()); // nobody chosen yet
        reason->clear();
        combo->setCurrentIndex(combo->findData(*second));
        QVERIFY(!exempt->isEnabled()); // no reason yet
        QTest::keyClicks(reason, QStringLiteral("The appellant's own appeal"));
        QVERIFY(exempt->isEnabled());
        QTest::mouseClick(exempt, Qt::LeftButton);
        auto exemptions = m_library->persons().exemptions(m_dossier);
        QVERIFY(exemptions.ok());
        QCOMPARE(exemptions->size(), 1);
        QCOMPARE(exemptions->at(0).personId, *second);
        QCOMPARE(exemptions->at(0).reason, QStringLiteral("The appellant's own appeal"));
        QCOMPARE(panel->count(), 1);
        QCOMPARE(combo->count(), 1); // W-101 is left to choose
        QCOMPARE(countEvents(*m_library, QStringLiteral("redaction_exempt")), 1);

        // Redact again: removed from the dossier's exemptions, logged.
        child<QListWidget>(panel, "exemptionList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(panel, "unexemptButton"), Qt::LeftButton);
        QCOMPARE(m_library->persons().exemptions(m_dossier)->size(), 0);
        QCOMPARE(countEvents(*m_library, QStringLiteral("redaction_exempt_remove")), 1);
    }

    void exportRefusedForReviewOffersTheReview()
    {
        BundleExportDialog dialog(m_library.get(), m_dossier);
        dialog.setHelperPath(QStringLiteral(AMANAT_EXTRACT_PATH));
        dialog.setOutputFolder(m_dir.path());
        dialog.show();
        auto *accept = child<QCheckBox>(&dialog, "acceptUnreviewedCheck");
        QVERIFY(!accept->isChecked());
        QVERIFY(accept->text().contains(QStringLiteral("custody log")));
        child<QLineEdit>(&dialog, "subfolderEdit")->setText(QStringLiteral("refused"));
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kHelperTimeoutMs);
        QVERIFY(!dialog.report());
        const QString message = child<QLabel>(&dialog, "exportMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("review")), qPrintable(message));
        auto *offer = child<QPushButton>(&dialog, "openReviewButton");
        QVERIFY(offer->isVisible());
        QTest::mouseClick(offer, Qt::LeftButton);
        QVERIFY(dialog.reviewDialog());
        QVERIFY(dialog.reviewDialog()->isVisible());
        dialog.reviewDialog()->reject();
        QTRY_VERIFY(!dialog.reviewDialog());
    }

    void aHelperFailureIsShownInTheDialog()
    {
        RedactionReviewDialog dialog(m_library.get(), m_dossier);
        dialog.setHelperPath(m_dir.filePath(QStringLiteral("no-such-helper")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = child<QLabel>(&dialog, "previewMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kHelperTimeoutMs);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "retryPreviewButton")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "approvePageButton")->isEnabled());
        QVERIFY(!dialog.currentPreview());
        QVERIFY(!dialog.canvas()->hasImage());
    }

    void reviewCorrectAndApproveAPage()
    {
        QCOMPARE(pages().size(), 1);
        QVERIFY(!pages().at(0).approved());
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "reviewRedactionsButton"),
                          Qt::LeftButton);
        RedactionReviewDialog *dialog = m_editor->reviewDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *list = child<QTreeView>(dialog, "reviewPageList");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, ReviewPageModel::ExhibitColumn).data().toString(),
                 QStringLiteral("A1"));
        QCOMPARE(list->model()->index(0, ReviewPageModel::StatusColumn).data().toString(),
                 QStringLiteral("Not reviewed"));
        QCOMPARE(dialog->currentRow(), 0);
        auto *approve = child<QPushButton>(dialog, "approvePageButton");
        QVERIFY(!approve->isEnabled()); // not before the page has been seen

        // The redactor's proposal arrives from the worker, with a box over the name.
        auto *busy = child<QWidget>(dialog, "previewBusyBar");
        QVERIFY(dialog->isPreviewRunning());
        QVERIFY(busy->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPreview().has_value() ||
                                     child<QLabel>(dialog, "previewMessageLabel")->isVisible(),
                                 kHelperTimeoutMs);
        QVERIFY2(dialog->currentPreview().has_value(),
                 qPrintable(child<QLabel>(dialog, "previewMessageLabel")->text()));
        QVERIFY(!busy->isVisible());
        const RasterPage proposal = *dialog->currentPreview();
        QVERIFY(!proposal.autoBoxes.isEmpty());
        QCOMPARE(proposal.autoReasons.value(0), QStringLiteral("W-101"));
        ReviewCanvas *canvas = dialog->canvas();
        QVERIFY(canvas->hasImage());
        QVERIFY(canvas->isEditable());
        int proposed = indexOfKind(canvas, ReviewBox::Kind::Proposed);
        QVERIFY(proposed >= 0);
        // The box lies on the line that names the witness (y 325–385 of 2339 pixels).
        const QRectF nameBox = canvas->boxes().at(proposed).area;
        QVERIFY2(nameBox.top() < 385.0 / 2339 && nameBox.bottom() > 325.0 / 2339,
                 qPrintable(QStringLiteral("%1 %2").arg(nameBox.top()).arg(nameBox.bottom())));
        QVERIFY(approve->isEnabled());

        // Remove the proposal (select it, press Delete): a keep area is stored.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->boxRect(proposed).center());
        QCOMPARE(canvas->selectedIndex(), proposed);
        QTest::keyClick(canvas, Qt::Key_Delete);
        const QVector<Redaction> keeps = redactionsOf(*m_library, m_scan, Redaction::Kind::Keep);
        QCOMPARE(keeps.size(), 1);
        QCOMPARE(keeps.at(0).page, 1);
        QVERIFY(qAbs(keeps.at(0).area.top() - nameBox.top()) < 1e-6);
        QCOMPARE(indexOfKind(canvas, ReviewBox::Kind::Proposed), -1); // hidden at once
        QVERIFY(indexOfKind(canvas, ReviewBox::Kind::Kept) >= 0);
        QVERIFY(!approve->isEnabled()); // the page is read again first

        // Draw a box over the officer's line: a rect redaction.
        const QRect drawnFrom = canvas->toWidget(QRectF(0.08, 0.19, 0.5, 0.025)).toAlignedRect();
        drag(canvas, drawnFrom.topLeft(), drawnFrom.bottomRight());
        QVector<Redaction> rects = redactionsOf(*m_library, m_scan, Redaction::Kind::Rect);
        QCOMPARE(rects.size(), 1);
        QVERIFY(qAbs(rects.at(0).area.left() - 0.08) < 0.01);
        QVERIFY(qAbs(rects.at(0).area.width() - 0.5) < 0.01);
        QVERIFY(indexOfKind(canvas, ReviewBox::Kind::Drawn) >= 0);

        // Move it down: the old rect is replaced by one where it now is.
        const int drawn = indexOfKind(canvas, ReviewBox::Kind::Drawn);
        const QPoint grip = canvas->boxRect(drawn).center();
        drag(canvas, grip, grip + QPoint(0, 30));
        rects = redactionsOf(*m_library, m_scan, Redaction::Kind::Rect);
        QCOMPARE(rects.size(), 1);
        QVERIFY(rects.at(0).area.top() > 0.19 + 0.01);
        QVERIFY(qAbs(rects.at(0).area.width() - 0.5) < 0.01);

        // The page read again with the kept area: the name's box is not proposed any more.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPreview().has_value(), kHelperTimeoutMs);
        QVERIFY(dialog->currentPreview()->autoBoxes.isEmpty());
        QVERIFY(dialog->currentPreview()->keptBoxes >= 1);
        QCOMPARE(dialog->currentPreview()->manualBoxes, 1);
        QVERIFY(approve->isEnabled());

        // As exported: the drawn box burned in, nothing to edit.
        auto *exported = child<QCheckBox>(dialog, "exportedPreviewCheck");
        exported->setChecked(true);
        QVERIFY(!canvas->isEditable());
        QVERIFY(canvas->boxes().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPreview().has_value() && canvas->hasImage(),
                                 kHelperTimeoutMs);
        {
            const QRectF burned = rects.at(0).area;
            const QImage image = QImage::fromData(dialog->currentPreview()->png, "PNG");
            QVERIFY(!image.isNull());
            const QPoint centre(qRound(burned.center().x() * image.width()),
                                qRound(burned.center().y() * image.height()));
            QVERIFY(qGray(image.pixel(centre)) < 40);
        }
        exported->setChecked(false);
        QVERIFY(canvas->isEditable());
        QVERIFY(dialog->currentPreview().has_value()); // the proposal is kept

        // Approve: the page is reviewed, by this library's actor.
        QTest::mouseClick(approve, Qt::LeftButton);
        const QVector<ReviewPage> reviewed = pages();
        QCOMPARE(reviewed.size(), 1);
        QVERIFY(reviewed.at(0).approved());
        QCOMPARE(countEvents(*m_library, QStringLiteral("redaction_review")), 1);
        QVERIFY(!approve->isEnabled());
        QVERIFY(list->model()
                    ->index(0, ReviewPageModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Reviewed by")));
        QVERIFY(
            child<QLabel>(dialog, "reviewCountLabel")->text().contains(QStringLiteral("Every")));
        dialog->reject();
        QTRY_VERIFY(!m_editor->reviewDialog());
    }

    void anEditAfterApprovalReopensThePage()
    {
        // Removing the drawn box changes the page's rules: the approval lapses.
        const QVector<Redaction> rects = redactionsOf(*m_library, m_scan, Redaction::Kind::Rect);
        QCOMPARE(rects.size(), 1);
        const qint64 removedId = rects.at(0).id;
        QVERIFY(ui::writeNow(*m_library, [removedId](Library &writer) {
                    return writer.redactions().remove(removedId);
                }).ok());
        const QVector<ReviewPage> now = pages();
        QCOMPARE(now.size(), 1);
        QVERIFY(!now.at(0).approved());
        QCOMPARE(ReviewPageModel::stateOf(now.at(0)), ReviewPageModel::State::Changed);
        QVERIFY(ReviewPageModel::statusText(now.at(0)).startsWith(QStringLiteral("Changed")));
    }
};

QTEST_MAIN(TestRedactionReview)
#include "tst_redaction_review.moc"
