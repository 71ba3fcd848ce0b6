#include "TestimonyRecordings.h"

#include "MediaViewer.h"
#include "library/Library.h"
#include "library/TestimonyEditing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amanat::ui {

TestimonyRecordings::TestimonyRecordings(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("testimonyRecordings"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("testimonyRecordingCombo"));
    m_choice->setAccessibleName(tr("Recording of this testimony"));
    m_label = new QLabel(tr("&Recording:"), this);
    m_label->setBuddy(m_choice);

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_choice, 1);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(row);
    connect(m_choice, &QComboBox::activated, this, &TestimonyRecordings::showRecording);
    clear();
}

void TestimonyRecordings::follow(TranscriptEdit *transcript)
{
    m_transcript = transcript;
}

void TestimonyRecordings::open(Library &library, const QString &witnessCode)
{
    clear();
    m_library = &library;
    auto found = TestimonyEditing(library).recordings(witnessCode);
    if (!found.ok() || found->isEmpty())
        return;
    for (qint64 id : *found) {
        auto item = library.items().get(id);
        if (!item.ok())
            continue;
        m_ids << id;
        m_choice->addItem(item->field("title").isEmpty() ? item->original.name
                                                         : item->field("title"));
    }
    if (m_ids.isEmpty())
        return;
    // The player exists only while there is something to play: one media pipeline less for
    // every testimony without a recording.
    m_player = new MediaViewer(this);
    m_player->setObjectName(QStringLiteral("testimonyRecordingPlayer"));
    m_player->setCompanion(true);
    if (m_transcript)
        m_player->followTranscript(m_transcript);
    m_layout->addWidget(m_player, 1);
    m_choice->setEnabled(m_ids.size() > 1);
    setVisible(true);
    showRecording(0);
}

void TestimonyRecordings::clear()
{
    if (m_player) {
        m_player->clear();
        delete m_player;
        m_player = nullptr;
    }
    m_choice->clear();
    m_ids.clear();
    m_library = nullptr;
    setVisible(false);
}

void TestimonyRecordings::showRecording(int index)
{
    if (!m_library || !m_player || index < 0 || index >= m_ids.size())
        return;
    const qint64 id = m_ids.at(index);
    auto item = m_library->items().get(id);
    if (!item.ok())
        return;
    auto extraction = m_library->extractions().info(id);
    const std::optional<ExtractionInfo> info =
        extraction.ok() ? *extraction : std::optional<ExtractionInfo>();
    m_player->open(*m_library, id, item->original.mime, item->original.name,
                   item->kind == QLatin1String("video"), 0, info);
}

} // namespace amanat::ui
