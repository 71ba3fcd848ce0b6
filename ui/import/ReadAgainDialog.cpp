#include "ReadAgainDialog.h"

#include "settings/OcrLanguageList.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

ReadAgainDialog::ReadAgainDialog(int itemCount, const QString &languages, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("readAgainDialog"));
    setWindowTitle(tr("Read Text Again"));
    auto *intro = new QLabel(tr("Read the text of the %n selected item(s) again from their "
                                "original files. Scanned pages and photos are read in the "
                                "languages ticked here; the old text is replaced.",
                                nullptr, itemCount),
                             this);
    intro->setWordWrap(true);
    m_languages = new OcrLanguageList(this);
    m_languages->setSelection(languages);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *read = buttons->button(QDialogButtonBox::Ok);
    read->setText(tr("&Read Again"));
    read->setObjectName(QStringLiteral("readAgainButton"));
    connect(m_languages, &OcrLanguageList::selectionChanged, this,
            [this, read] { read->setEnabled(!m_languages->selection().isEmpty()); });
    read->setEnabled(!m_languages->selection().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("OCR languages:"), this));
    layout->addWidget(m_languages, 1);
    layout->addWidget(buttons);
}

QString ReadAgainDialog::languages() const
{
    return m_languages->selection();
}

} // namespace amanat::ui
