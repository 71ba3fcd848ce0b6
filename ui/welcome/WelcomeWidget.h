#pragma once

#include <QWidget>

namespace amanat::ui {

/** The first screen when no library is known yet: create a new library or open one. */
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
};

} // namespace amanat::ui
