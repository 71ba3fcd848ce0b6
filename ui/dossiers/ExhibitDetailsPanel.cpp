#include "ExhibitDetailsPanel.h"

#include "DossierModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

} // namespace

ExhibitDetailsPanel::ExhibitDetailsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exhibitDetailsPanel"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("exhibitLabelEdit"));
    m_label->setMaxLength(40);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("exhibitDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    const int line = m_description->fontMetrics().lineSpacing();
    m_description->setMinimumHeight(line * 3 + 8);
    m_description->setMaximumHeight(line * 5 + 8);

    auto makePage = [this](const char *name) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0, 100000);
        spin->setSpecialValueText(tr("all"));
        return spin;
    };
    m_firstPage = makePage("firstPageSpin");
    m_lastPage = makePage("lastPageSpin");
    // Two fields on one row: each says which end of the range it is.
    m_firstPage->setAccessibleName(tr("First page"));
    m_lastPage->setAccessibleName(tr("Last page"));
    auto *pages = new QHBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_firstPage, 1);
    pages->addWidget(new QLabel(tr("to"), this));
    pages->addWidget(m_lastPage, 1);

    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("segmentStartEdit"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("segmentEndEdit"));
    for (QLineEdit *edit : {m_start, m_end})
        edit->setPlaceholderText(tr("m:ss"));
    m_start->setAccessibleName(tr("Segment start"));
    m_end->setAccessibleName(tr("Segment end"));
    auto *segment = new QHBoxLayout;
    segment->setContentsMargins(0, 0, 0, 0);
    segment->addWidget(m_start, 1);
    segment->addWidget(new QLabel(tr("to"), this));
    segment->addWidget(m_end, 1);
    // A clip marked while watching becomes the segment in one choice.
    m_clips = new QComboBox(this);
    m_clips->setObjectName(QStringLiteral("savedClipCombo"));
    m_clips->setAccessibleName(tr("Use a saved clip as the segment"));
    connect(m_clips, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_start->setText(DossierModel::timeText(m_clips->itemData(index, kStartRole).toLongLong()));
        m_end->setText(DossierModel::timeText(m_clips->itemData(index, kEndRole).toLongLong()));
        m_clips->setCurrentIndex(0);
    });

    m_consent = new QCheckBox(tr("File without the witness's court consent"), this);
    m_consent->setObjectName(QStringLiteral("consentOverrideCheck"));
    m_consentWarning = new QLabel(
        tr("Only with another lawful basis. Filing this testimony without recorded court "
           "consent is written to the custody log."),
        this);
    m_consentWarning->setObjectName(QStringLiteral("consentWarningLabel"));
    m_consentWarning->setWordWrap(true);
    m_consentWarning->setTextFormat(Qt::PlainText);
    QFont bold = m_consentWarning->font();
    bold.setBold(true);
    m_consentWarning->setFont(bold);
    connect(m_consent, &QCheckBox::toggled, this, &ExhibitDetailsPanel::updateConsentWarning);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exhibitErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyExhibitButton"));
    connect(m_apply, &QPushButton::clicked, this, &ExhibitDetailsPanel::apply);
    for (QLineEdit *edit : {m_label, m_start, m_end})
        connect(edit, &QLineEdit::returnPressed, this, &ExhibitDetailsPanel::apply);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_apply);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Description:"), m_description);
    auto *pagesLabel = new QLabel(tr("&Pages:"), this);
    pagesLabel->setBuddy(m_firstPage); // rows that are layouts get no buddy by themselves
    form->addRow(pagesLabel, pages);
    auto *segmentLabel = new QLabel(tr("&Segment:"), this);
    segmentLabel->setBuddy(m_start);
    form->addRow(segmentLabel, segment);
    form->addRow(QString(), m_clips);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentWarning);
    layout->addWidget(m_error);
    layout->addLayout(applyRow);
    layout->addStretch(1);
    setExhibit(nullptr, QString());
}

void ExhibitDetailsPanel::setExhibit(const Exhibit *exhibit, const QString &kind)
{
    m_exhibit = exhibit ? *exhibit : Exhibit();
    setEnabled(exhibit != nullptr);
    m_label->setText(m_exhibit.label);
    m_description->setPlainText(m_exhibit.description);
    m_firstPage->setValue(m_exhibit.firstPage.value_or(0));
    m_lastPage->setValue(m_exhibit.lastPage.value_or(0));
    m_start->setText(m_exhibit.startMs ? DossierModel::timeText(*m_exhibit.startMs) : QString());
    m_end->setText(m_exhibit.endMs ? DossierModel::timeText(*m_exhibit.endMs) : QString());
    const bool media = kind == QLatin1String("video") || kind == QLatin1String("audio") ||
                       kind == QLatin1String("testimony");
    const bool paged = !media; // a testimony's transcript is typeset: it has no pages yet
    m_firstPage->setEnabled(paged);
    m_lastPage->setEnabled(paged);
    m_start->setEnabled(media || m_exhibit.startMs.has_value());
    m_end->setEnabled(media || m_exhibit.endMs.has_value());
    // Consent is asked of testimonies only; keep an existing override visible either way.
    m_consent->setChecked(m_exhibit.consentOverride);
    m_consent->setEnabled(kind == QLatin1String("testimony") || m_exhibit.consentOverride);
    updateConsentWarning();
    m_error->hide();
}

void ExhibitDetailsPanel::setClips(const QVector<ClipMarker> &clips)
{
    m_clips->clear();
    m_clips->addItem(tr("Saved clips…"));
    for (const ClipMarker &clip : clips) {
        QString text =
            tr("%1 to %2")
                .arg(DossierModel::timeText(clip.startMs), DossierModel::timeText(clip.endMs));
        if (!clip.note.isEmpty())
            text += QStringLiteral(" — ") + clip.note;
        m_clips->addItem(text);
        m_clips->setItemData(m_clips->count() - 1, clip.startMs, kStartRole);
        m_clips->setItemData(m_clips->count() - 1, clip.endMs, kEndRole);
    }
    m_clips->setVisible(!clips.isEmpty());
}

void ExhibitDetailsPanel::updateConsentWarning()
{
    m_consentWarning->setVisible(m_consent->isChecked());
}

void ExhibitDetailsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

qint64 ExhibitDetailsPanel::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:(\\d+):)?(\\d+):)?(\\d+)(?:\\.(\\d{1,3}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    const qint64 millis = match.captured(4).leftJustified(3, QLatin1Char('0')).toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

bool ExhibitDetailsPanel::edited(Exhibit *out)
{
    Exhibit e = m_exhibit;
    e.label = m_label->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    if (e.label.isEmpty()) {
        showError(tr("An exhibit needs a label."));
        return false;
    }
    const int first = m_firstPage->value();
    const int last = m_lastPage->value();
    if ((first == 0) != (last == 0) || first > last) {
        showError(tr("Give both the first and the last page (first ≤ last), or neither."));
        return false;
    }
    e.firstPage = first > 0 ? std::optional<int>(first) : std::nullopt;
    e.lastPage = last > 0 ? std::optional<int>(last) : std::nullopt;
    const QString startText = m_start->text().trimmed();
    const QString endText = m_end->text().trimmed();
    if (startText.isEmpty() && endText.isEmpty()) {
        e.startMs.reset();
        e.endMs.reset();
    } else {
        const qint64 start = parseTime(startText);
        const qint64 end = parseTime(endText);
        if (start < 0 || end <= start) {
            showError(tr("A segment needs a start and a later end, e.g. 1:05 to 2:30."));
            return false;
        }
        e.startMs = start;
        e.endMs = end;
    }
    e.consentOverride = m_consent->isChecked();
    showError(QString());
    *out = e;
    return true;
}

void ExhibitDetailsPanel::apply()
{
    Exhibit e;
    if (hasExhibit() && edited(&e))
        Q_EMIT applyRequested(e);
}

} // namespace amanat::ui
