#include "TestimonyViewer.h"

#include "InterviewFields.h"
#include "TestimonyRecordings.h"
#include "TranscriptPane.h"
#include "ViewerIcons.h"
#include "model/ItemFields.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "library/TestimonyEditing.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace amanat::ui {

TestimonyViewer::TestimonyViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("testimonyViewer"));

    auto *interview = new QGroupBox(tr("Interview"), this);
    auto *form = new QFormLayout(interview);
    m_interview = std::make_unique<InterviewFields>(form, interview);
    for (QLineEdit *edit : m_interview->edits())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_saveFields->setEnabled(true); });
    for (QCheckBox *box : m_interview->checkBoxes())
        connect(box, &QCheckBox::clicked, this, [this] { m_saveFields->setEnabled(true); });
    m_saveFields = new QPushButton(tr("Save"), interview);
    m_saveFields->setObjectName(QStringLiteral("testimonySaveButton"));
    m_fieldsStatus = new QLabel(interview);
    m_fieldsStatus->setObjectName(QStringLiteral("testimonyFieldsStatusLabel"));
    m_fieldsStatus->setWordWrap(true);
    m_fieldsStatus->setTextFormat(Qt::PlainText);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_fieldsStatus, 1);
    saveRow->addWidget(m_saveFields);
    form->addRow(saveRow);

    auto *identity = new QGroupBox(tr("Witness identity (protected)"), this);
    m_protectedHidden = new QLabel(
        tr("The witness's name and contact are hidden. Revealing them is recorded in the "
           "custody log."),
        identity);
    m_protectedHidden->setWordWrap(true);
    m_reveal = new QPushButton(viewerIcon("view-visible", "reveal"), tr("Reveal…"), identity);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_protectedFields = new QWidget(identity);
    auto *protectedForm = new QFormLayout(m_protectedFields);
    protectedForm->setContentsMargins(0, 0, 0, 0);
    m_witnessName = new QLineEdit(m_protectedFields);
    m_witnessName->setObjectName(QStringLiteral("witnessNameEdit"));
    m_witnessContact = new QLineEdit(m_protectedFields);
    m_witnessContact->setObjectName(QStringLiteral("witnessContactEdit"));
    // Several values share one field; the library keeps each as a value of its own.
    m_witnessName->setPlaceholderText(tr("Name; other spelling; name in another script"));
    m_witnessName->setToolTip(tr("Separate several names or spellings with \";\" (Latin, "
                                 "Arabic script, Han, Cyrillic…): each is removed from "
                                 "bundles on its own."));
    m_witnessContact->setPlaceholderText(tr("Phone; e-mail; address"));
    m_witnessContact->setToolTip(tr("Separate several contacts with \";\": each is removed "
                                    "from bundles on its own."));
    protectedForm->addRow(tr("Name"), m_witnessName);
    protectedForm->addRow(tr("Contact"), m_witnessContact);
    m_hide = new QPushButton(viewerIcon("view-hidden", "hide"), tr("Hide"), identity);
    m_hide->setObjectName(QStringLiteral("hideProtectedButton"));
    for (QLineEdit *edit : {m_witnessName, m_witnessContact})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_saveFields->setEnabled(true); });
    auto *identityLayout = new QVBoxLayout(identity);
    identityLayout->addWidget(m_protectedHidden);
    identityLayout->addWidget(m_protectedFields);
    auto *identityButtons = new QHBoxLayout;
    identityButtons->addStretch(1);
    identityButtons->addWidget(m_reveal);
    identityButtons->addWidget(m_hide);
    identityLayout->addLayout(identityButtons);

    m_transcript = new TranscriptPane(this);
    connect(m_transcript, &TranscriptPane::saved, this, &TestimonyViewer::transcriptSaved);
    // The recordings filed with the testimony play where its transcript's time codes say.
    m_recordings = new TestimonyRecordings(this);
    m_recordings->follow(m_transcript->editor());

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(interview, 3);
    topLayout->addWidget(identity, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_recordings);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_saveFields, &QPushButton::clicked, this, &TestimonyViewer::saveFields);
    connect(m_reveal, &QPushButton::clicked, this, &TestimonyViewer::askReveal);
    connect(m_hide, &QPushButton::clicked, this, &TestimonyViewer::hideProtected);
    clear();
}

TestimonyViewer::~TestimonyViewer()
{
    clear();
}

void TestimonyViewer::open(Library &library, qint64 itemId)
{
    clear();
    m_library = &library;
    m_itemId = itemId;
    load();
}

void TestimonyViewer::load()
{
    auto item = m_library->items().get(m_itemId);
    if (!item.ok()) {
        m_fieldsStatus->setText(item.error().message);
        return;
    }
    m_loaded = item->fields;
    m_interview->setValues(m_loaded);
    m_transcript->open(*m_library, m_itemId, m_loaded.value(QStringLiteral("transcript")));
    m_recordings->open(*m_library, m_loaded.value(QStringLiteral("witness_code")));
    const bool anyProtected = !item->protectedFieldsSet.isEmpty();
    m_protectedHidden->setText(
        anyProtected ? tr("The witness's name and contact are hidden. Revealing them is "
                          "recorded in the custody log.")
                     : tr("No name or contact is recorded. Reveal to add them; this is "
                          "recorded in the custody log."));
    m_saveFields->setEnabled(false);
    setEnabled(true);
}

void TestimonyViewer::clear()
{
    m_transcript->clear(); // saves a pending edit first
    m_recordings->clear();
    if (m_confirm) {
        m_confirm->deleteLater();
        m_confirm = nullptr;
    }
    hideProtected();
    m_library = nullptr;
    m_itemId = 0;
    m_loaded.clear();
    m_interview->clear();
    m_fieldsStatus->clear();
    m_saveFields->setEnabled(false);
}

bool TestimonyViewer::flushTranscript()
{
    return m_transcript->flush();
}

void TestimonyViewer::autosaveTranscript()
{
    m_transcript->autosave();
}

void TestimonyViewer::saveFields()
{
    if (!m_library)
        return;
    QMap<QString, QString> changed;
    const QMap<QString, QString> values = m_interview->values();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().trimmed() != m_loaded.value(it.key()))
            changed.insert(it.key(), it.value());
    }
    if (m_revealed) {
        if (m_witnessName->text() != m_revealedValues.value(QStringLiteral("witness_name")))
            changed.insert(QStringLiteral("witness_name"), m_witnessName->text());
        if (m_witnessContact->text() != m_revealedValues.value(QStringLiteral("witness_contact")))
            changed.insert(QStringLiteral("witness_contact"), m_witnessContact->text());
    }
    if (changed.isEmpty()) {
        m_saveFields->setEnabled(false);
        return;
    }
    const qint64 itemId = m_itemId;
    const Status saved = writeNow(*m_library, [itemId, changed](Library &writer) {
        return writer.items().setFields(itemId, changed);
    });
    if (!saved.ok()) {
        m_fieldsStatus->setText(saved.error().message);
        return;
    }
    m_fieldsStatus->setText(tr("Saved"));
    if (m_revealed) {
        m_revealedValues.insert(QStringLiteral("witness_name"), m_witnessName->text().trimmed());
        m_revealedValues.insert(QStringLiteral("witness_contact"),
                                m_witnessContact->text().trimmed());
    }
    m_transcript->flush(); // what is being typed is saved before the item is read again
    load();
}

void TestimonyViewer::askReveal()
{
    if (!m_library || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Reveal the witness's identity?"),
                                tr("The witness's name and contact will be shown on screen, "
                                   "and this will be recorded in the custody log. Make sure "
                                   "nobody else can see the screen."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("revealConfirmBox"));
    m_confirm->button(QMessageBox::Yes)->setText(tr("Reveal"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setWindowModality(Qt::WindowModal);
    connect(m_confirm, &QMessageBox::finished, this, [this, box = m_confirm](int result) {
        box->deleteLater();
        if (m_confirm != box)
            return;
        m_confirm = nullptr;
        if (result == QMessageBox::Yes)
            reveal();
    });
    m_confirm->open();
}

void TestimonyViewer::reveal()
{
    if (!m_library)
        return;
    const qint64 itemId = m_itemId;
    auto values = writeNow(*m_library, [itemId](Library &writer) {
        return TestimonyEditing(writer).revealProtected(itemId); // logs the reveal
    });
    if (!values.ok()) {
        m_fieldsStatus->setText(values.error().message);
        return;
    }
    m_revealedValues = *values;
    m_witnessName->setText(m_revealedValues.value(QStringLiteral("witness_name")));
    m_witnessContact->setText(m_revealedValues.value(QStringLiteral("witness_contact")));
    m_revealed = true;
    m_protectedHidden->hide();
    m_protectedFields->show();
    m_reveal->hide();
    m_hide->show();
}

void TestimonyViewer::hideProtected()
{
    m_revealed = false;
    m_revealedValues.clear();
    m_witnessName->clear();
    m_witnessContact->clear();
    m_protectedFields->hide();
    m_protectedHidden->show();
    m_reveal->show();
    m_hide->hide();
}

} // namespace amanat::ui
