#include "ItemActions.h"

#include "common/LibraryWrites.h"
#include "common/PrivateFileDialog.h"
#include "dossiers/AddToDossierDialog.h"
#include "import/ReadAgainDialog.h"
#include "items/NewTestimonyDialog.h"
#include "import/ReextractRunner.h"
#include "library/Library.h"
#include "library/TestimonyEditing.h"
#include "main/LibraryEditor.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace amanat::ui {

ItemActions::ItemActions(QWidget *window, LibraryEditor *editor, ReextractRunner *reextract)
    : QObject(window), m_window(window), m_editor(editor), m_reextract(reextract)
{
    m_newTestimony = new QAction(tr("&New Testimony…"), this);
    m_newTestimony->setObjectName(QStringLiteral("newTestimonyAction"));
    m_newTestimony->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newTestimony, &QAction::triggered, this, &ItemActions::askNewTestimony);

    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteItemsAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Only where items are selected: Delete in a text field deletes text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ItemActions::confirmDelete);

    m_export = new QAction(tr("&Export Original…"), this);
    m_export->setObjectName(QStringLiteral("exportOriginalAction"));
    connect(m_export, &QAction::triggered, this, &ItemActions::chooseExportTarget);

    m_readAgain = new QAction(tr("&Read Text Again…"), this);
    m_readAgain->setObjectName(QStringLiteral("readAgainAction"));
    connect(m_readAgain, &QAction::triggered, this, &ItemActions::chooseReadAgainLanguages);

    m_addToDossier = new QAction(tr("Add to D&ossier…"), this);
    m_addToDossier->setObjectName(QStringLiteral("addToDossierAction"));
    connect(m_addToDossier, &QAction::triggered, this, &ItemActions::chooseDossier);

    connect(m_reextract, &ReextractRunner::itemFinished, this,
            [this](qint64, const QString &, int done, int total) {
                Q_EMIT message(tr("Reading text again: %1 of %2…").arg(done).arg(total));
            });
    connect(m_reextract, &ReextractRunner::finished, this,
            [this](int done, int unread, bool cancelled) {
                updateEnabled();
                if (cancelled)
                    Q_EMIT message(
                        tr("Reading text again was stopped after %n item(s).", nullptr, done));
                else if (unread > 0)
                    Q_EMIT failed(tr("%n item(s) could not be read; the detail pane of each "
                                     "says why.",
                                     nullptr, unread));
                else
                    Q_EMIT message(tr("The text of %n item(s) was read again.", nullptr, done));
            });
    updateEnabled();
}

QList<QAction *> ItemActions::actions() const
{
    return {m_addToDossier, m_readAgain, m_export, m_delete};
}

void ItemActions::setSelectionSource(std::function<QVector<qint64>()> selection)
{
    m_selection = std::move(selection);
}

void ItemActions::setLibrary(Library *library)
{
    m_library = library;
    updateEnabled();
}

QVector<qint64> ItemActions::selection() const
{
    return m_library && m_selection ? m_selection() : QVector<qint64>();
}

void ItemActions::updateEnabled()
{
    const qsizetype selected = selection().size();
    m_newTestimony->setEnabled(m_library != nullptr);
    m_delete->setEnabled(selected > 0);
    m_export->setEnabled(selected == 1);
    m_readAgain->setEnabled(selected > 0 && !m_reextract->isRunning());
    m_addToDossier->setEnabled(selected > 0);
}

void ItemActions::askNewTestimony()
{
    if (!m_library)
        return;
    NewTestimonyDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        createTestimony(dialog.fields(), dialog.files());
}

qint64 ItemActions::createTestimony(const QMap<QString, QString> &fields, const QStringList &files)
{
    if (!m_library)
        return 0;
    const QString tag = TestimonyEditing::tagFor(fields.value(QStringLiteral("witness_code")));
    // One transaction: the testimony, its fields and its tag, or nothing.
    auto created = writeNow(*m_library, [fields, tag](Library &writer) -> Result<qint64> {
        return writer.atomically([&fields, &tag](Library &library) -> Result<qint64> {
            auto id = library.items().create(QStringLiteral("testimony"),
                                             fields.value(QStringLiteral("title")),
                                             QStringLiteral("create"));
            if (!id.ok())
                return id;
            QMap<QString, QString> rest;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                if (it.key() != QLatin1String("title") && !it.value().trimmed().isEmpty())
                    rest.insert(it.key(), it.value());
            AMANAT_TRY(library.items().setFields(*id, rest));
            auto tagged = library.tags().addToItem(*id, tag);
            if (!tagged.ok())
                return tagged.error();
            return id;
        });
    });
    if (!created.ok()) {
        Q_EMIT failed(created.error().message);
        return 0;
    }
    Q_EMIT itemCreated(*created);
    if (!files.isEmpty())
        Q_EMIT importRequested(files, {tag});
    Q_EMIT message(files.isEmpty()
                       ? tr("Testimony %1 created.").arg(fields.value(QStringLiteral("title")))
                       : tr("Testimony %1 created; its %n file(s) are being imported.", nullptr,
                            int(files.size()))
                             .arg(fields.value(QStringLiteral("title"))));
    return *created;
}

void ItemActions::confirmDelete()
{
    const QVector<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Items"),
                    tr("Delete the %n selected item(s)?", nullptr, int(ids.size())),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("deleteItemsQuestion"));
    box.setInformativeText(
        tr("They leave every list, search and dossier now, and the history records the "
           "deletion. Until you lock the library, Edit → Undo brings them back; then they "
           "are erased for good, with their original files."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        deleteItems(ids);
}

void ItemActions::deleteItems(const QVector<qint64> &itemIds)
{
    if (m_library && m_editor->deleteItems(itemIds))
        Q_EMIT message(tr("%n item(s) deleted. Edit → Undo brings them back until the library "
                          "is locked.",
                          nullptr, int(itemIds.size())));
}

void ItemActions::chooseExportTarget()
{
    const QVector<qint64> ids = selection();
    if (ids.size() != 1)
        return;
    auto item = m_library->items().get(ids.first()); // one row by its key
    if (!item.ok()) {
        Q_EMIT failed(item.error().message);
        return;
    }
    if (!item->original.present) {
        Q_EMIT failed(tr("This item has no original file to export."));
        return;
    }
    const QString path =
        PrivateFileDialog::saveFile(m_window, tr("Export Original"), item->original.name);
    if (!path.isEmpty())
        exportOriginal(ids.first(), path);
}

void ItemActions::exportOriginal(qint64 itemId, const QString &path)
{
    if (!m_library)
        return;
    // The file dialog already asked before replacing a file; the core refuses otherwise.
    const bool overwrite = QFileInfo(path).isFile();
    // A large original takes a while: written by the writer thread, which logs the export.
    m_library
        ->write([itemId, path, overwrite](Library &writer) {
            return writer.exporter().exportOriginal(itemId, path, overwrite);
        })
        .then(this, [this](const Result<QString> &written) {
            if (written.ok())
                Q_EMIT message(tr("The original was exported to %1.").arg(*written));
            else
                Q_EMIT failed(written.error().message);
        });
}

void ItemActions::chooseReadAgainLanguages()
{
    const QVector<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    auto current = m_library->extractions().defaultOcrLanguages();
    ReadAgainDialog dialog(int(ids.size()), current.ok() ? *current : QStringLiteral("eng"),
                           m_window);
    if (dialog.exec() == QDialog::Accepted)
        readAgain(ids, dialog.languages());
}

bool ItemActions::readAgain(const QVector<qint64> &itemIds, const QString &ocrLanguages)
{
    if (!m_library)
        return false;
    if (!m_reextract->start(itemIds, ocrLanguages)) {
        Q_EMIT failed(tr("Text is already being read again; wait until it has finished."));
        return false;
    }
    updateEnabled();
    Q_EMIT message(tr("Reading text again: 0 of %1…").arg(itemIds.size()));
    return true;
}

void ItemActions::chooseDossier()
{
    const QVector<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    AddToDossierDialog dialog(m_library, int(ids.size()), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.dossierId() != 0)
        addToDossier(ids, dialog.dossierId(), dialog.section());
}

bool ItemActions::addToDossier(const QVector<qint64> &itemIds, qint64 dossierId,
                               const QString &section)
{
    if (!m_library)
        return false;
    ExhibitRequest request;
    request.itemIds = itemIds;
    request.section = section;
    // A few rows: the outcome is shown at once.
    auto added = writeNow(*m_library, [dossierId, request](Library &writer) {
        return writer.dossiers().addExhibits(dossierId, request);
    });
    if (!added.ok()) {
        Q_EMIT failed(added.error().message);
        return false;
    }
    QStringList labels;
    for (qint64 exhibitId : *added) {
        auto exhibit = m_library->dossiers().exhibit(exhibitId);
        if (exhibit.ok())
            labels << exhibit->label;
    }
    auto dossier = m_library->dossiers().get(dossierId);
    Q_EMIT message(tr("Added to dossier %1 as %2.")
                       .arg(dossier.ok() ? dossier->name : QString::number(dossierId),
                            QLocale().createSeparatedList(labels)));
    Q_EMIT exhibitsAdded(dossierId);
    return true;
}

} // namespace amanat::ui
