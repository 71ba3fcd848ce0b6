#include "ClipMarkersPanel.h"

#include "ViewerIcons.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {
constexpr int kMarkerIdRole = Qt::UserRole + 1;
constexpr int kStartRole = Qt::UserRole + 2;
} // namespace

ClipMarkersPanel::ClipMarkersPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clipMarkersPanel"));
    m_inButton = new QToolButton(this);
    m_inButton->setObjectName(QStringLiteral("clipInButton"));
    m_inButton->setIcon(viewerIcon("", "marker-in"));
    m_inButton->setText(tr("In"));
    m_inButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inButton->setToolTip(tr("Mark the start of a clip at the current position (I)"));
    m_inButton->setShortcut(QKeySequence(Qt::Key_I));
    m_outButton = new QToolButton(this);
    m_outButton->setObjectName(QStringLiteral("clipOutButton"));
    m_outButton->setIcon(viewerIcon("", "marker-out"));
    m_outButton->setText(tr("Out"));
    m_outButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_outButton->setToolTip(tr("Mark the end of a clip at the current position (O)"));
    m_outButton->setShortcut(QKeySequence(Qt::Key_O));
    m_marks = new QLabel(this);
    m_marks->setObjectName(QStringLiteral("clipMarksLabel"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("clipNoteEdit"));
    m_note->setPlaceholderText(tr("Note for this clip"));
    m_note->setMaxLength(ClipMarkers::kMaxNoteLength);
    m_save = new QPushButton(tr("Save clip"), this);
    m_save->setObjectName(QStringLiteral("clipSaveButton"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clipMarkerList"));
    m_list->setToolTip(tr("Click a clip to go to its start"));
    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("clipDeleteButton"));
    m_delete->setIcon(viewerIcon("edit-delete", "delete"));
    m_delete->setToolTip(tr("Delete the selected clip"));
    m_delete->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clipErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);

    auto *marks = new QHBoxLayout;
    marks->addWidget(m_inButton);
    marks->addWidget(m_outButton);
    marks->addWidget(m_marks, 1);
    auto *note = new QHBoxLayout;
    note->addWidget(m_note, 1);
    note->addWidget(m_save);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_delete, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Clips"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addLayout(marks);
    layout->addLayout(note);
    layout->addWidget(m_error);
    layout->addLayout(listRow, 1);

    connect(m_inButton, &QToolButton::clicked, this, [this] { setInPoint(m_position); });
    connect(m_outButton, &QToolButton::clicked, this, [this] { setOutPoint(m_position); });
    connect(m_save, &QPushButton::clicked, this, &ClipMarkersPanel::saveClip);
    connect(m_note, &QLineEdit::returnPressed, this, &ClipMarkersPanel::saveClip);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT seekRequested(item->data(kStartRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT seekRequested(item->data(kStartRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_delete->setEnabled(row >= 0); });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item || !m_library)
            return;
        const qint64 markerId = item->data(kMarkerIdRole).toLongLong();
        const Status removed = writeNow(*m_library, [markerId](Library &writer) {
            return writer.clipMarkers().remove(markerId);
        });
        m_error->setText(removed.ok() ? QString() : removed.error().message);
        reload();
    });
    clear();
}

QString ClipMarkersPanel::formatTime(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    const qint64 tenths = (ms % 1000) / 100;
    const qint64 seconds = ms / 1000;
    const QString base = seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                               .arg(seconds / 3600)
                                               .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                               .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                         : QStringLiteral("%1:%2")
                                               .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                                               .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return base + QLocale().decimalPoint() + QString::number(tenths);
}

void ClipMarkersPanel::setItem(Library *library, qint64 itemId)
{
    clear();
    m_library = library;
    m_itemId = itemId;
    reload();
}

void ClipMarkersPanel::clear()
{
    m_library = nullptr;
    m_itemId = 0;
    m_position = 0;
    m_in = -1;
    m_out = -1;
    m_note->clear();
    m_list->clear();
    m_error->clear();
    updateMarks();
}

void ClipMarkersPanel::setInPoint(qint64 ms)
{
    m_in = ms;
    if (m_out >= 0 && m_out < m_in)
        m_out = -1;
    updateMarks();
}

void ClipMarkersPanel::setOutPoint(qint64 ms)
{
    m_out = ms;
    if (m_in > m_out)
        m_in = -1;
    updateMarks();
}

void ClipMarkersPanel::updateMarks()
{
    const QString none = tr("–");
    m_marks->setText(
        tr("In %1   Out %2")
            .arg(m_in >= 0 ? formatTime(m_in) : none, m_out >= 0 ? formatTime(m_out) : none));
    m_save->setEnabled(m_library && m_in >= 0);
}

bool ClipMarkersPanel::saveClip()
{
    if (!m_library || m_in < 0)
        return false;
    const qint64 itemId = m_itemId, in = m_in, out = m_out >= 0 ? m_out : m_in;
    const QString note = m_note->text();
    auto added = writeNow(*m_library, [itemId, in, out, note](Library &writer) {
        return writer.clipMarkers().add(itemId, in, out, note);
    });
    if (!added.ok()) {
        m_error->setText(added.error().message);
        return false;
    }
    m_error->clear();
    m_note->clear();
    m_in = -1;
    m_out = -1;
    updateMarks();
    reload();
    return true;
}

int ClipMarkersPanel::clipCount() const
{
    return m_list->count();
}

void ClipMarkersPanel::reload()
{
    m_list->clear();
    if (!m_library)
        return;
    auto list = m_library->clipMarkers().list(m_itemId);
    if (!list.ok()) {
        m_error->setText(list.error().message);
        return;
    }
    for (const ClipMarker &marker : *list) {
        QString label =
            marker.startMs == marker.endMs
                ? formatTime(marker.startMs)
                : tr("%1 – %2").arg(formatTime(marker.startMs), formatTime(marker.endMs));
        if (!marker.note.isEmpty())
            label += QStringLiteral("   ") + marker.note;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(kMarkerIdRole, marker.id);
        item->setData(kStartRole, marker.startMs);
    }
}

} // namespace amanat::ui
