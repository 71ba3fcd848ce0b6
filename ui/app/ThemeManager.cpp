#include "ThemeManager.h"

#include <QApplication>
#include <QPalette>
#include <QLocale>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>

namespace amanat::ui::ThemeManager {

namespace {

struct SystemDefaults
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

SystemDefaults &defaults()
{
    static SystemDefaults value;
    return value;
}

/** @p base without icons on the buttons of dialog button boxes: Fusion draws the icon of a
 *  right-to-left "Cancel" over its Arabic or Uyghur word. The words alone are clearer in
 *  every language anyway.
 *  In the Arabic script (Arabic, Uyghur) it also leaves the shortcut letters without their
 *  underline (Alt+letter still works): Qt shapes the underlined letter apart from the rest of
 *  its word, so the letters no longer join, the word is drawn wider than it was measured,
 *  and labels and buttons lose its last letters. */
class PlainDialogButtons : public QProxyStyle
{
public:
    explicit PlainDialogButtons(QStyle *base) : QProxyStyle(base) {}
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        if (hint == SH_UnderlineShortcut && QLocale().script() == QLocale::ArabicScript)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

void setStyleNamed(const QString &name)
{
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(new PlainDialogButtons(style));
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xb8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

void captureSystemDefaults()
{
    SystemDefaults &d = defaults();
    if (d.captured)
        return;
    d.captured = true;
    d.styleName = QApplication::style() ? QApplication::style()->name() : QString();
    d.palette = QApplication::palette();
}

void apply(ShellSettings::Theme theme)
{
    captureSystemDefaults();
    const SystemDefaults &d = defaults();
    switch (theme) {
    case ShellSettings::Theme::System:
        if (!d.styleName.isEmpty())
            setStyleNamed(d.styleName);
        QApplication::setPalette(d.palette);
        break;
    case ShellSettings::Theme::Light:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ShellSettings::Theme::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace amanat::ui::ThemeManager
