// OcrEngine: Tesseract on generated 300-dpi "scans" in English, Chinese and Uyghur.
// Runs with OMP_THREAD_LIMIT=1 in its environment (see CMakeLists.txt).

#include "ExtractTestData.h"
#include "OcrEngine.h"
#include "PoliceScan.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace amanat;
using namespace amanat::testdata;

class TestOcr : public QObject
{
    Q_OBJECT

private:
    void requireLanguage(const QString &language, const QString &font);

private Q_SLOTS:
    void environment();
    void availableLanguages();
    void english();
    void chinese();
    void uyghur();
    void scriptGroups();
    void eachPageInItsScriptsLanguages_data();
    void eachPageInItsScriptsLanguages();
    void formsAndTables_data();
    void formsAndTables();
    void transparentBackground();
    void missingLanguage();
    void missingAdditionalLanguage();
    void invalidLanguageName();
    void emptyAndTinyImages();
};

void TestOcr::requireLanguage(const QString &language, const QString &font)
{
    if (!OcrEngine::availableLanguages().contains(language))
        QFAIL(qPrintable(QStringLiteral("Tesseract language %1 is not installed").arg(language)));
    if (!hasFont(font))
        QFAIL(qPrintable(QStringLiteral("font %1 is not installed").arg(font)));
}

void TestOcr::environment()
{
    QVERIFY2(qgetenv("OMP_THREAD_LIMIT") == "1",
             "OMP_THREAD_LIMIT=1 must be set by ctest, or OCR runs many times slower");
}

void TestOcr::availableLanguages()
{
    const QStringList languages = OcrEngine::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("eng")), qPrintable(languages.join(u' ')));
    QVERIFY(!languages.contains(QStringLiteral("osd")));
    QCOMPARE(OcrEngine::splitLanguages(QString()), QStringList{QStringLiteral("eng")});
    QCOMPARE(
        OcrEngine::splitLanguages(QStringLiteral("chi_sim+uig+eng")),
        (QStringList{QStringLiteral("chi_sim"), QStringLiteral("uig"), QStringLiteral("eng")}));
}

void TestOcr::english()
{
    requireLanguage(QStringLiteral("eng"), QStringLiteral("DejaVu Sans"));
    const QImage scan = renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const PageText page = OcrEngine::recognize(scan, QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.ocr);
    const double recall = wordRecall(kEnglishLines.join(u' '), page.text);
    qInfo("English: %.1f %% of the words, confidence %.0f, %lld ms", recall * 100, page.confidence,
          timer.elapsed());
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("%1 % of the words found in: %2")
                                           .arg(recall * 100, 0, 'f', 1)
                                           .arg(page.text)));
    QVERIFY2(page.confidence >= 70, qPrintable(QString::number(page.confidence)));
}

void TestOcr::chinese()
{
    requireLanguage(QStringLiteral("chi_sim"), QStringLiteral("Noto Sans CJK SC"));
    const QImage scan = renderText(kChineseLines, QStringLiteral("Noto Sans CJK SC"), 12);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const PageText page = OcrEngine::recognize(scan, QStringLiteral("chi_sim"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double recall = characterRecall(kChineseLines.join(QString()), page.text);
    qInfo("Chinese: %.1f %% of the characters, confidence %.0f, %lld ms", recall * 100,
          page.confidence, timer.elapsed());
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("%1 % of the characters found in: %2")
                                           .arg(recall * 100, 0, 'f', 1)
                                           .arg(page.text)));
}

void TestOcr::uyghur()
{
    QString font = QStringLiteral("Noto Naskh Arabic");
    if (!hasFont(font))
        font = QStringLiteral("Noto Sans Arabic");
    requireLanguage(QStringLiteral("uig"), font);
    const QImage scan = renderText(kUyghurLines, font, 12, Qt::RightToLeft);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const PageText page = OcrEngine::recognize(scan, QStringLiteral("uig"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double recall = wordRecall(kUyghurLines.join(u' '), page.text);
    qInfo("Uyghur: %.1f %% of the words, confidence %.0f, %lld ms", recall * 100, page.confidence,
          timer.elapsed());
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("%1 % of the words found in: %2")
                                           .arg(recall * 100, 0, 'f', 1)
                                           .arg(page.text)));
}

void TestOcr::scriptGroups()
{
    const auto groups = OcrEngine::scriptGroups(
        {QStringLiteral("chi_sim"), QStringLiteral("uig"), QStringLiteral("eng")});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0), (QStringList{QStringLiteral("chi_sim"), QStringLiteral("eng")}));
    QCOMPARE(groups.at(1), QStringList{QStringLiteral("uig")});
    QCOMPARE(OcrEngine::scriptGroups({QStringLiteral("uig"), QStringLiteral("eng")}).size(), 2);
    QCOMPARE(OcrEngine::scriptGroups({QStringLiteral("rus"), QStringLiteral("kaz")}).size(), 1);
}

void TestOcr::eachPageInItsScriptsLanguages_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("Latin page") << "Latin";
    QTest::newRow("Han page") << "Han";
    QTest::newRow("Arabic-script page") << "Arabic";
}

// A library that reads Chinese, Uyghur and English material: every page is read in the
// languages of its own script, so a Latin page does not come out as Arabic-script noise
// (which reading it with "chi_sim+uig+eng" at once did).
void TestOcr::eachPageInItsScriptsLanguages()
{
    QFETCH(QString, script);
    QString arabicFont = QStringLiteral("Noto Naskh Arabic");
    if (!hasFont(arabicFont))
        arabicFont = QStringLiteral("Noto Sans Arabic");
    requireLanguage(QStringLiteral("uig"), arabicFont);
    requireLanguage(QStringLiteral("chi_sim"), QStringLiteral("Noto Sans CJK SC"));
    const QStringList &lines = script == QLatin1String("Latin") ? kEnglishLines
                               : script == QLatin1String("Han") ? kChineseLines
                                                                : kUyghurLines;
    const QImage scan =
        script == QLatin1String("Latin") ? renderText(lines, QStringLiteral("DejaVu Sans"), 12)
        : script == QLatin1String("Han") ? renderText(lines, QStringLiteral("Noto Sans CJK SC"), 12)
                                         : renderText(lines, arabicFont, 12, Qt::RightToLeft);
    QString error;
    const PageText page = OcrEngine::recognize(scan, QStringLiteral("chi_sim+uig+eng"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double recall = script == QLatin1String("Han")
                              ? characterRecall(lines.join(QString()), page.text)
                              : wordRecall(lines.join(u' '), page.text);
    QVERIFY2(recall >= 0.9,
             qPrintable(
                 QStringLiteral("%1 % found in: %2").arg(recall * 100, 0, 'f', 1).arg(page.text)));
    // The probe for Arabic-script noise finds Arabic script where there is some.
    static const QRegularExpression arabicScript(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    QCOMPARE(page.text.contains(arabicScript), script == QLatin1String("Arabic"));
}

void TestOcr::formsAndTables_data()
{
    QTest::addColumn<int>("layout");
    QTest::newRow("registration form") << int(test::ScanSpec::Layout::RegistrationForm);
    QTest::newRow("surveillance table") << int(test::ScanSpec::Layout::SurveillanceTable);
}

// Names in the cells of ruled tables, in Han and Latin script, are in the page's text; no
// space comes between two ideographs (the originals have none).
void TestOcr::formsAndTables()
{
    QFETCH(int, layout);
    requireLanguage(QStringLiteral("chi_sim"), QStringLiteral("Noto Serif CJK SC"));
    test::ScanSpec spec;
    spec.layout = test::ScanSpec::Layout(layout);
    spec.seed = 101;
    const test::ScanPerson person = test::ScanPerson::protectedWitness();
    const test::GeneratedScan scan = test::generatePoliceScan(spec, person);
    QString error;
    const PageText page = OcrEngine::recognize(scan.image, QStringLiteral("chi_sim+eng"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList words = test::cellWords(scan.cellTexts);
    QVERIFY(words.size() >= 30);
    const int found = test::wordsFound(words, page.text);
    qInfo("%d of %lld cell words", found, qlonglong(words.size()));
    QVERIFY2(found >= 0.95 * words.size(), qPrintable(page.text));
    QVERIFY2(page.text.contains(person.latin, Qt::CaseInsensitive), qPrintable(page.text));
    QVERIFY2(page.text.contains(person.hanSurname), qPrintable(page.text));
    static const QRegularExpression spacedIdeographs(
        QStringLiteral("\\p{Han}[ \\x{3000}]+\\p{Han}"));
    QVERIFY(QStringLiteral("询问 笔录").contains(spacedIdeographs)); // the probe finds one
    QVERIFY2(!page.text.contains(spacedIdeographs), qPrintable(page.text));
}

void TestOcr::transparentBackground()
{
    // Black text on a transparent background: without flattening onto white, the
    // transparent pixels turn black and the text disappears.
    requireLanguage(QStringLiteral("eng"), QStringLiteral("DejaVu Sans"));
    const QStringList lines = {QStringLiteral("Statement recorded in the presence of counsel")};
    const QImage opaque = renderText(lines, QStringLiteral("DejaVu Sans"), 12);
    QImage transparent(opaque.size(), QImage::Format_ARGB32);
    for (int y = 0; y < opaque.height(); ++y) {
        for (int x = 0; x < opaque.width(); ++x)
            transparent.setPixel(x, y, qRgba(0, 0, 0, 255 - qGray(opaque.pixel(x, y))));
    }
    QString error;
    const PageText page = OcrEngine::recognize(transparent, QStringLiteral("eng"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double recall = wordRecall(lines.join(u' '), page.text);
    QVERIFY2(recall >= 0.9, qPrintable(page.text));
}

void TestOcr::missingLanguage()
{
    const QImage scan = renderText({QStringLiteral("text")}, QStringLiteral("DejaVu Sans"), 12);
    QString error;
    const PageText page = OcrEngine::recognize(scan, QStringLiteral("ug"), &error);
    QCOMPARE(error, QStringLiteral("OCR language ug is not installed"));
    QVERIFY(page.text.isEmpty());
}

void TestOcr::missingAdditionalLanguage()
{
    // Tesseract itself carries on without an additional language it cannot load.
    const QImage scan = renderText({QStringLiteral("text")}, QStringLiteral("DejaVu Sans"), 12);
    QString error;
    OcrEngine::recognize(scan, QStringLiteral("eng+xx_missing"), &error);
    QCOMPARE(error, QStringLiteral("OCR language xx_missing is not installed"));
    OcrEngine::recognize(scan, QStringLiteral("yy+xx_missing"), &error);
    QCOMPARE(error, QStringLiteral("OCR languages yy, xx_missing are not installed"));
}

void TestOcr::invalidLanguageName()
{
    // Language names become file names: no paths.
    const QImage scan = renderText({QStringLiteral("text")}, QStringLiteral("DejaVu Sans"), 12);
    QString error;
    OcrEngine::recognize(scan, QStringLiteral("../../../etc/passwd"), &error);
    QVERIFY2(error.contains(QStringLiteral("not a valid OCR language")), qPrintable(error));
}

void TestOcr::emptyAndTinyImages()
{
    QString error;
    PageText page = OcrEngine::recognize(QImage(), QStringLiteral("eng"), &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(page.text.isEmpty());

    QImage tiny(3, 2, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    page = OcrEngine::recognize(tiny, QStringLiteral("eng"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.text.isEmpty());

    QImage blank(400, 300, QImage::Format_Grayscale8);
    blank.fill(255);
    page = OcrEngine::recognize(blank, QStringLiteral("eng"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.text.trimmed().isEmpty());
}

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
