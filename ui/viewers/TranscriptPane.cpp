#include "TranscriptPane.h"

#include "TranscriptEdit.h"
#include "library/Library.h"
#include "library/TestimonyEditing.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace amanat::ui {

TranscriptPane::TranscriptPane(QWidget *parent, const QString &namePrefix) : QWidget(parent)
{
    setObjectName(namePrefix + QStringLiteral("Pane"));
    auto *label = new QLabel(tr("Transcript"), this);
    m_title = label;
    m_edit = new TranscriptEdit(this);
    m_edit->setObjectName(namePrefix + QStringLiteral("Edit"));
    m_edit->setPlaceholderText(
        tr("Type or paste the transcript; it is saved as you go. While a recording plays, F9 "
           "writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time "
           "plays from there."));
    m_edit->setAccessibleName(tr("Transcript"));
    label->setBuddy(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(namePrefix + QStringLiteral("StatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->addWidget(label);
    header->addStretch(1);
    header->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_edit, 1);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &TranscriptPane::autosave);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_library)
            return;
        m_dirty = true;
        m_status->setText(tr("Editing…"));
        m_autosave->start();
    });
    m_edit->installEventFilter(this);
}

void TranscriptPane::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

TranscriptPane::~TranscriptPane()
{
    clear();
}

void TranscriptPane::open(Library &library, qint64 itemId, const QString &transcript)
{
    clear();
    m_library = &library;
    m_itemId = itemId;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(transcript);
    m_dirty = false;
}

void TranscriptPane::clear()
{
    if (m_library)
        flush();
    m_autosave->stop();
    m_library = nullptr;
    m_itemId = 0;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    m_dirty = false;
    m_status->clear();
}

bool TranscriptPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

QFuture<Status> TranscriptPane::postSave()
{
    const qint64 itemId = m_itemId;
    const QString transcript = m_edit->toPlainText();
    return m_library->write([itemId, transcript](Library &writer) {
        return TestimonyEditing(writer).saveTranscript(itemId, transcript);
    });
}

void TranscriptPane::afterSave(const Status &saved)
{
    if (!saved.ok()) {
        m_status->setText(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    m_dirty = false;
    m_status->setText(tr("Saved"));
    Q_EMIT this->saved();
}

bool TranscriptPane::flush()
{
    m_autosave->stop();
    if (!m_library || !m_dirty)
        return true;
    QFuture<Status> saving = postSave();
    saving.waitForFinished();
    afterSave(saving.result());
    return saving.result().ok();
}

void TranscriptPane::autosave()
{
    m_autosave->stop();
    if (!m_library || !m_dirty)
        return;
    const qint64 itemId = m_itemId;
    const QString transcript = m_edit->toPlainText();
    auto *watcher = new QFutureWatcher<Status>(this); // gone with this pane, answer unread
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, itemId, transcript] {
        watcher->deleteLater();
        // Another item is open by now (its own save reports), or typing went on meanwhile
        // (the next autosave follows): this answer is no longer the screen's.
        if (itemId != m_itemId || (watcher->result().ok() && m_edit->toPlainText() != transcript))
            return;
        afterSave(watcher->result());
    });
    watcher->setFuture(postSave());
}

} // namespace amanat::ui
