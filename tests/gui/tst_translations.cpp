// Every language the app ships in: the compiled translation turns the whole interface right
// to left for Arabic and Uyghur (and only for them), and every .ts is complete, with the
// placeholders and accelerators of its source. The .qm files are compiled for this test from
// the same .ts files the app embeds.

#include "app/InterfaceLanguage.h"
#include "common/BidiText.h"
#include "common/IsolatingDelegate.h"
#include "search/SnippetDelegate.h"
#include "model/LanguageNames.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QRawFont>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>
#include <QPainter>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; ///< the translation, or each numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                Message{context,
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (!message.numerus)
                message.forms.append(xml.readElementText());
            else
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

/** Accelerator markers: a single '&' before a character other than '&' or a space. */
int accelerators(const QString &text)
{
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

/** @p Delegate with the text it would draw for an index in a view of a given direction. */
template <typename Delegate> struct Opened : Delegate
{
    QString shown(const QModelIndex &index, Qt::LayoutDirection direction) const
    {
        QStyleOptionViewItem option;
        option.direction = direction;
        this->initStyleOption(&option, index);
        return option.text;
    }
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ar") << "ar" << Qt::RightToLeft;
        QTest::newRow("ug") << "ug" << Qt::RightToLeft;
        QTest::newRow("fr") << "fr" << Qt::LeftToRight;
        QTest::newRow("es") << "es" << Qt::LeftToRight;
        QTest::newRow("zh_CN") << "zh_CN" << Qt::LeftToRight;
    }

    void layoutFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(Qt::LayoutDirection, direction);
        // The probe first: with no translation the interface is left to right.
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

        // Loaded as the app loads it: by locale, from the embedded :/i18n.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("amanat"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QApplication::installTranslator(&translator));
        QWidget window;
        QCOMPARE(QApplication::layoutDirection(), direction);
        QCOMPARE(window.layoutDirection(), direction);

        QApplication::removeTranslator(&translator);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"fr", "es", "ar", "zh_CN", "ug"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QString path =
            QStringLiteral(AMANAT_SOURCE_DIR "/translations/amanat_%1.ts").arg(language);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);

        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            if (message.unfinished)
                problems.append(QStringLiteral("unfinished — ") + where);
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.forms) {
                if (form.isEmpty()) {
                    problems.append(QStringLiteral("empty — ") + where);
                    continue;
                }
                QStringList found = placeholders(form);
                // A plural form may say the number in words ("two pages" in Arabic's dual).
                if (message.numerus && !found.contains(QStringLiteral("%n")))
                    found.append(QStringLiteral("%n"));
                found.sort();
                if (found != expected)
                    problems.append(QStringLiteral("placeholders %1 — %2")
                                        .arg(found.join(QLatin1Char(' ')), where));
                if (accelerators(form) != accelerators(message.source))
                    problems.append(QStringLiteral("accelerator — ") + where);
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path) +
                       problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // A translation certificate printed in French names the languages in French, in lower
    // case inside its sentence ("de l'arabe", never "de l'Arabic").
    void languageNamesAreInTheInterfaceLanguage()
    {
        const QFont originalFont = QApplication::font();
        QTranslator translator;
        QVERIFY(amanat::ui::InterfaceLanguage::apply(QLocale(QStringLiteral("fr")), translator));
        QCOMPARE(amanat::LanguageNames::of(QStringLiteral("ar")), QStringLiteral("Arabe"));
        QCOMPARE(amanat::LanguageNames::inSentence(QStringLiteral("ug-CN")),
                 QStringLiteral("ouïghour"));
        QApplication::removeTranslator(&translator);
        QTranslator chinese;
        QVERIFY(amanat::ui::InterfaceLanguage::apply(QLocale(QStringLiteral("zh_CN")), chinese));
        QCOMPARE(amanat::LanguageNames::of(QStringLiteral("eng")), QStringLiteral("英语"));
        QApplication::removeTranslator(&chinese);
        amanat::ui::InterfaceLanguage::apply(QLocale(QStringLiteral("en")), translator);
        QApplication::setFont(originalFont);
    }

    // An English title cut short in a right-to-left list ends with its ellipsis on its right,
    // where it was cut, not on its left before its first word.
    void aCutTitleEndsWhereItWasCut()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("Field report: water access")));
        model.appendRow(new QStandardItem(QStringLiteral("تقرير ميداني")));
        model.appendRow(new QStandardItem(QStringLiteral("2023-03-01/2023-06-30")));
        const QModelIndex english = model.index(0, 0);
        const QModelIndex arabic = model.index(1, 0);
        // The cell drawn by the style, 90 pixels wide, in a right-to-left view with the text the
        // delegate gives it, against the same words laid out left to right at the same place:
        // the picture English readers expect.
        auto readsAsEnglish = [](const QString &text) {
            auto draw = [](const QString &what, Qt::LayoutDirection direction) {
                QStyleOptionViewItem option;
                option.rect = QRect(5, 0, 90, 24);
                option.text = what;
                option.features = QStyleOptionViewItem::HasDisplay;
                option.direction = direction;
                option.displayAlignment = Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter;
                option.textElideMode = Qt::ElideRight;
                option.font = QApplication::font();
                option.fontMetrics = QFontMetrics(option.font);
                option.palette = QApplication::palette();
                QImage image(100, 24, QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setLayoutDirection(direction); // as a view's painter has its direction
                QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &option, &painter);
                return image;
            };
            QString bare = text;
            bare.remove(QChar(0x2066)).remove(QChar(0x2069)).remove(QChar(0x200E));
            return draw(text, Qt::RightToLeft) == draw(bare, Qt::LeftToRight);
        };
        Opened<QStyledItemDelegate> plain;
        Opened<amanat::ui::IsolatingDelegate> probe;
        // The probe: Qt's own delegate puts the ellipsis before the first word.
        QVERIFY(!readsAsEnglish(plain.shown(english, Qt::RightToLeft)));
        QVERIFY(readsAsEnglish(probe.shown(english, Qt::RightToLeft)));
        // A date range has no letter to go by, and is cut as it is read too.
        QVERIFY(!readsAsEnglish(plain.shown(model.index(2, 0), Qt::RightToLeft)));
        QVERIFY(readsAsEnglish(probe.shown(model.index(2, 0), Qt::RightToLeft)));
        // The item list's date column shares its delegate with the search results' snippets.
        Opened<amanat::ui::SnippetDelegate> snippets;
        QVERIFY(readsAsEnglish(snippets.shown(model.index(2, 0), Qt::RightToLeft)));
        // Nothing changes where nothing needed to: Arabic text, or a left-to-right view.
        QCOMPARE(probe.shown(arabic, Qt::RightToLeft), QStringLiteral("تقرير ميداني"));
        QCOMPARE(probe.shown(english, Qt::LeftToRight),
                 QStringLiteral("Field report: water access"));
    }

    // Extracted text and transcripts mix scripts: a Uyghur text reads from the right in any
    // interface, an English one from the left in a Uyghur interface.
    void textFollowsItsOwnScript()
    {
        const QString uyghur =
            QStringLiteral("ئۇلار بىزنى كېچىدە لاگېرغا ئېلىپ باردى.\nThey took us.");
        const QString english = QStringLiteral("They took us at night.\nئۇلار بىزنى ئېلىپ باردى.");
        // Where the first line starts, and its line box, laid out 600 pixels wide.
        auto firstLine = [](const QString &text, bool follow, Qt::LayoutDirection interface) {
            QPlainTextEdit edit;
            edit.setLayoutDirection(interface);
            if (follow)
                amanat::ui::followTextDirection(&edit);
            edit.setPlainText(text);
            edit.resize(600, 200);
            edit.show();
            QCoreApplication::processEvents();
            const QTextLine line = edit.document()->firstBlock().layout()->lineAt(0);
            // The reading start of the line: its right end when right to left.
            return line.cursorToX(0);
        };
        // The probe: left as it is, in a left-to-right interface, Uyghur is aligned left (its
        // first letter, at its right end, is well short of the right edge).
        QVERIFY(firstLine(uyghur, false, Qt::LeftToRight) < 400);
        QVERIFY(firstLine(uyghur, true, Qt::LeftToRight) > 500);
        // Even a right-to-left interface left Uyghur aligned left (QPlainTextEdit aligns by
        // its option, not by the text); now it reads from the right, and English from the left.
        QVERIFY(firstLine(uyghur, false, Qt::RightToLeft) < 400);
        QVERIFY(firstLine(uyghur, true, Qt::RightToLeft) > 500);
        QVERIFY(firstLine(english, true, Qt::RightToLeft) < 50);
    }

    void theMainWindowSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu"); // its translation in the .ts
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ar") << "ar"
                            << "&ملف" << Qt::RightToLeft;
        QTest::newRow("ug") << "ug"
                            << "&ھۆججەت" << Qt::RightToLeft;
        QTest::newRow("zh_CN") << "zh_CN"
                               << "文件(&F)" << Qt::LeftToRight;
    }

    // As the app starts in a language chosen in Settings (or the system's): its menus in
    // that language, its direction, its dates and numbers, and a font with Uyghur's letters.
    void theMainWindowSpeaksTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(Qt::LayoutDirection, direction);
        const QFont originalFont = QApplication::font();
        QTranslator translator;
        QVERIFY(amanat::ui::InterfaceLanguage::apply(
            amanat::ui::InterfaceLanguage::localeFor(language), translator));
        {
            amanat::ui::MainWindow window(QStringLiteral("tst_translations"));
            QCOMPARE(window.layoutDirection(), direction);
            QMenuBar *bar = window.menuBar();
            QCOMPARE(bar->actions().value(0)->text(), fileMenu);
            for (QAction *menu : bar->actions()) // every menu title is translated
                QVERIFY2(!menu->text().contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))),
                         qPrintable(menu->text()));
            QCOMPARE(QLocale().name(), QLocale(language).name());
            // Qt's own buttons too: from Qt's translations, or ours where Qt has none (Uyghur).
            QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
            QVERIFY2(!cancel.contains(QLatin1String("Cancel")), qPrintable(cancel));
            QVERIFY2(!buttons.button(QDialogButtonBox::Ok)->text().contains(QLatin1String("OK")),
                     qPrintable(buttons.button(QDialogButtonBox::Ok)->text()));
            if (language == QLatin1String("ug")) {
                const QRawFont raw =
                    QRawFont::fromFont(QApplication::font(), QFontDatabase::Arabic);
                for (const QChar letter : QStringLiteral("ۆۇۈېى"))
                    QVERIFY2(raw.supportsCharacter(letter), qPrintable(raw.familyName()));
            }
        }
        QApplication::removeTranslator(&translator);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setFont(originalFont);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
