// PdfObjectScanner reads a finished PDF as a curious recipient would. These tests are about
// the strings a page's content stream draws, which are not in the stream's bytes as such: a
// name kerned apart in a TJ array, or written as a hex string.

#include "OnePagePdf.h"
#include "bundle/PdfObjectScanner.h"
#include "redaction/RedactionTerms.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat;

namespace {

/** A file holding a one-page PDF whose page draws @p content. */
QString pdfDrawing(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("page.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(test::onePagePdf(content));
    return path;
}

/** Where the scanner found the name, one entry a finding. */
QStringList foundIn(const QString &path)
{
    const QVector<RedactionTerm> terms =
        RedactionTerms::forName(QStringLiteral("Gulnar Tursunova"), QStringLiteral("W-900"));
    auto findings = PdfObjectScanner::scan(path, terms);
    if (!findings.ok())
        return {QStringLiteral("error: ") + findings.error().message};
    QStringList where;
    for (const PdfObjectFinding &finding : *findings)
        where << finding.where;
    return where;
}

} // namespace

class TestPdfObjectScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNameDrawnOnThePageIsFound_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("Tj") << QByteArray("BT 10 10 Td (Gulnar Tursunova) Tj ET");
        QTest::newRow("kerned apart in a TJ array")
            << QByteArray("BT 10 10 Td [(Gul) -50 (nar) 20 ( Tur) (sunova)] TJ ET");
        QTest::newRow("hex string") << QByteArray("BT 10 10 Td <47756C6E6172> Tj ET");
        QTest::newRow("escaped octal") << QByteArray("BT 10 10 Td (\\107ulnar) ' ET");
    }

    void aNameDrawnOnThePageIsFound()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QStringList where = foundIn(pdfDrawing(dir, content));
        QVERIFY2(where.contains(QStringLiteral("page content")),
                 qPrintable(where.join(QStringLiteral(", "))));
    }

    // The probe of the tests above: the same page without the name has no finding, and the
    // kerned name is nowhere in the stream's bytes, so only the drawn strings can find it.
    void aPageWithoutTheNameHasNoFinding()
    {
        QTemporaryDir dir;
        QCOMPARE(foundIn(pdfDrawing(dir, "BT 10 10 Td [(Water) -50 (access)] TJ ET")),
                 QStringList());
        const QStringList kerned = foundIn(pdfDrawing(dir, "BT 10 10 Td [(Gul) -50 (nar)] TJ ET"));
        QVERIFY(!kerned.contains(QStringLiteral("stream data")));
    }

    void aDamagedStreamStillGivesWhatItDraws()
    {
        QTemporaryDir dir;
        const QStringList where =
            foundIn(pdfDrawing(dir, "BT 10 10 Td ) (Gulnar) Tj [1 2 (Tursunova) Tj ET"));
        QVERIFY2(where.contains(QStringLiteral("page content")),
                 qPrintable(where.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestPdfObjectScanner)
#include "tst_pdf_object_scanner.moc"
