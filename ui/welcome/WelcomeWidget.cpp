#include "WelcomeWidget.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace amanat::ui {

WelcomeWidget::WelcomeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeWidget"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/org.amanat.Amanat.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *heading = new QLabel(tr("Welcome to Amanat"), this);
    heading->setObjectName(QStringLiteral("welcomeHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.7);
    heading->setFont(headingFont);

    auto *intro =
        new QLabel(tr("Amanat keeps testimonies, documents, images and recordings in one encrypted "
                      "library on this computer. Nothing is sent anywhere."),
                   this);
    intro->setWordWrap(true);

    auto *create = new QCommandLinkButton(
        tr("Create a new library"),
        tr("Choose a name, a folder and a passphrase. You will receive a recovery key to "
           "keep on paper."),
        this);
    create->setObjectName(QStringLiteral("welcomeCreateButton"));
    create->setIcon(QIcon(QStringLiteral(":/icons/library-new.svg")));
    auto *open = new QCommandLinkButton(
        tr("Open an existing library"),
        tr("Unlock a library folder that you or a colleague created before."), this);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    open->setIcon(QIcon(QStringLiteral(":/icons/library-open.svg")));

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("welcomePanel"));
    panel->setMaximumWidth(600);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(logo);
    headingRow->addWidget(heading, 1);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addLayout(headingRow);
    panelLayout->addWidget(intro);
    panelLayout->addSpacing(16);
    panelLayout->addWidget(create);
    panelLayout->addWidget(open);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(panel, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(create, &QCommandLinkButton::clicked, this, &WelcomeWidget::createRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomeWidget::openRequested);
}

} // namespace amanat::ui
