#include "NewTestimonyDialog.h"

#include "common/PrivateFileDialog.h"
#include "model/ItemFields.h"
#include "viewers/InterviewFields.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

NewTestimonyDialog::NewTestimonyDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newTestimonyDialog"));
    setWindowTitle(tr("New Testimony"));
    auto *interview = new QGroupBox(tr("Interview"), this);
    auto *form = new QFormLayout(interview);
    m_title = new QLineEdit(interview);
    m_title->setObjectName(QStringLiteral("testimonyTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Interview W-014"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title"), m_title);
    m_interview = std::make_unique<InterviewFields>(form, interview);
    m_language = new QLineEdit(interview);
    m_language->setObjectName(QStringLiteral("testimonyLanguageEdit"));
    m_language->setPlaceholderText(tr("e.g. ug, or ug-CN"));
    m_language->setAccessibleName(tr("Language of the interview"));
    form->addRow(tr("&Language"), m_language);

    auto *filesBox = new QGroupBox(tr("Recordings, signed statements and transcripts"), this);
    auto *filesNote = new QLabel(tr("Imported as items of their own, read in the sandbox and "
                                    "tagged with the witness code."),
                                 filesBox);
    filesNote->setWordWrap(true);
    m_files = new QListWidget(filesBox);
    m_files->setObjectName(QStringLiteral("testimonyFilesList"));
    m_files->setAccessibleName(tr("Files of the testimony"));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 6);
    auto *add = new QPushButton(tr("Add &Files…"), filesBox);
    add->setObjectName(QStringLiteral("addTestimonyFilesButton"));
    auto *remove = new QPushButton(tr("&Remove"), filesBox);
    remove->setObjectName(QStringLiteral("removeTestimonyFileButton"));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch(1);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(filesNote);
    filesLayout->addWidget(m_files);
    filesLayout->addLayout(fileButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newTestimonyErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create Testimony"));
    create->setObjectName(QStringLiteral("createTestimonyButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interview);
    layout->addWidget(filesBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this,
            [this] { addFiles(PrivateFileDialog::openFiles(this, tr("Files of the Testimony"))); });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    connect(m_files, &QListWidget::currentRowChanged, remove,
            [this, remove] { remove->setEnabled(m_files->currentItem() != nullptr); });
    remove->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTestimonyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_interview->edit(QStringLiteral("witness_code"))->setFocus();
}

NewTestimonyDialog::~NewTestimonyDialog() = default;

void NewTestimonyDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (files().contains(path))
            continue;
        auto *entry = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        entry->setData(Qt::UserRole, path);
        entry->setToolTip(path);
    }
}

QStringList NewTestimonyDialog::files() const
{
    QStringList paths;
    for (int row = 0; row < m_files->count(); ++row)
        paths << m_files->item(row)->data(Qt::UserRole).toString();
    return paths;
}

QMap<QString, QString> NewTestimonyDialog::fields() const
{
    QMap<QString, QString> values = m_interview->values();
    const QString code = values.value(QStringLiteral("witness_code")).trimmed();
    const QString title = m_title->text().trimmed();
    values.insert(QStringLiteral("title"),
                  title.isEmpty() && !code.isEmpty() ? tr("Interview %1").arg(code) : title);
    values.insert(QStringLiteral("language"), m_language->text());
    return values;
}

void NewTestimonyDialog::accept()
{
    // A witness code is how every list and bundle names the witness: it cannot be missing.
    if (m_interview->values().value(QStringLiteral("witness_code")).trimmed().isEmpty()) {
        m_error->setText(tr("Give the witness a code, such as W-014. Lists and bundles show the "
                            "code, never the name."));
        m_error->show();
        m_interview->edit(QStringLiteral("witness_code"))->setFocus();
        return;
    }
    // Every value is checked here, as the core will check it, so that a date typed wrong is
    // fixed in the form rather than lost with it.
    const QMap<QString, QString> values = fields();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldDef *field = ItemFields::find(it.key());
        if (!field || it.value().trimmed().isEmpty())
            continue;
        auto checked = ItemFields::normalise(*field, it.value());
        if (!checked.ok()) {
            m_error->setText(checked.error().message);
            m_error->show();
            if (QLineEdit *edit = m_interview->edit(it.key()))
                edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace amanat::ui
