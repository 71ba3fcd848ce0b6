// The text layer of scans (issue 16), through the real CLI and helper: names in the cells
// of ruled tables are found by search after import and are in the bundle's text; no space
// comes between ideographs that the original wrote together; and every word of a scanned
// page's text layer lies where a fresh Tesseract reading of the bundle page finds it.

#include "CliRunner.h"
#include "PoliceScan.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace amanat::test;

namespace {

const ScanPerson kPerson = ScanPerson::protectedWitness();
const QString kDossier = QStringLiteral("Appeal");
constexpr double kDpi = 300;

/** An English page of running text as a 300-dpi scan. */
QImage englishPage()
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    page.setDotsPerMeterX(qRound(kDpi / 0.0254));
    page.setDotsPerMeterY(qRound(kDpi / 0.0254));
    QPainter painter(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(48);
    painter.setFont(font);
    const QStringList lines = {
        QStringLiteral("Country report on detention practices, second edition"),
        QStringLiteral("The tribunal heard evidence that detainees were held without"),
        QStringLiteral("charge for several months in facilities outside the city."),
        QStringLiteral("Witnesses described interrogations at night and the seizure"),
        QStringLiteral("of passports by local police officers in three districts."),
        QStringLiteral("Families were told nothing about where relatives were taken."),
    };
    int y = 400;
    for (const QString &line : lines) {
        painter.drawText(QPoint(240, y), line);
        y += 110;
    }
    // A second column further down, as reports have.
    painter.drawText(QPoint(240, 1600), QStringLiteral("Annex: interview locations"));
    painter.drawText(QPoint(1400, 1600), QStringLiteral("Kashgar Hotan Aksu"));
    return page;
}

/** Scans placed as full-page images in a PDF without a text layer. */
void writeScanPdf(const QString &path, const QVector<QImage> &scans)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    QPainter painter(&writer);
    for (int i = 0; i < scans.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), scans.at(i));
    }
}

struct Word
{
    QString text;
    QRectF box; ///< pixels at 300 dpi
};

QString folded(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    const double shared = i.isEmpty() ? 0 : i.width() * i.height();
    const double all = a.width() * a.height() + b.width() * b.height() - shared;
    return all > 0 ? shared / all : 0;
}

/** The Han runs of @p words that @p text holds only with spaces inside. */
QStringList splitIdeographs(const QStringList &words, const QString &text)
{
    static const QRegularExpression han(QStringLiteral("^\\p{Han}{2,}$"));
    QString squeezed = text;
    squeezed.remove(QRegularExpression(QStringLiteral("[ \\x{3000}]")));
    QStringList split;
    for (const QString &word : words)
        if (han.match(word).hasMatch() && squeezed.contains(word) && !text.contains(word))
            split << word;
    return split;
}

} // namespace

class TestCliTextLayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;
    QString m_bundle;
    GeneratedScan m_form, m_table;
    qint64 m_scanPdf = 0, m_tablePng = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult cli(const QStringList &args) const { return m_cli.run(args); }

    static CliResult tool(const QString &program, const QStringList &args)
    {
        return runTool(program, args);
    }

    qint64 importOne(const QString &file)
    {
        return m_cli.importOne(m_library, file,
                               {QStringLiteral("--ocr-lang"), QStringLiteral("chi_sim+eng")});
    }

    QString bundlePdf() const { return m_bundle + QStringLiteral("/bundle.pdf"); }

    /** The bundle pages that show the pages of exhibit @p label (its sheet left out). */
    QVector<int> pagesOf(const QString &label) const
    {
        QFile file(m_bundle + QStringLiteral("/manifest.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray exhibits = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QStringLiteral("exhibits"))
                                        .toArray();
        for (const QJsonValue &value : exhibits) {
            const QJsonObject e = value.toObject();
            if (e.value(QStringLiteral("label")).toString() != label)
                continue;
            QVector<int> pages;
            for (int p = e.value(QStringLiteral("page_first")).toInt() + 1;
                 p <= e.value(QStringLiteral("page_last")).toInt(); ++p)
                pages << p;
            return pages;
        }
        return {};
    }

    /** The words of page @p page's text layer as pdftotext places them, in 300-dpi pixels,
     *  without the stamp band. */
    QVector<Word> layerWords(int page) const
    {
        const QString out = path(QStringLiteral("bbox-%1.html").arg(page));
        const CliResult r =
            tool(QStringLiteral("pdftotext"),
                 {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                  QStringLiteral("-l"), QString::number(page), bundlePdf(), out});
        if (!r.exitedWith(0))
            return {};
        QFile file(out);
        file.open(QIODevice::ReadOnly);
        QXmlStreamReader xml(&file);
        QVector<Word> words;
        double pageHeight = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("page"))
                pageHeight = a.value(QLatin1String("height")).toDouble();
            if (xml.name() != QLatin1String("word"))
                continue;
            const double scale = kDpi / 72;
            const QRectF box(QPointF(a.value(QLatin1String("xMin")).toDouble() * scale,
                                     a.value(QLatin1String("yMin")).toDouble() * scale),
                             QPointF(a.value(QLatin1String("xMax")).toDouble() * scale,
                                     a.value(QLatin1String("yMax")).toDouble() * scale));
            const QString text = xml.readElementText();
            if (box.top() < (pageHeight - 40) * scale) // the stamp band is not OCR
                words.append(Word{text, box});
        }
        return words;
    }

    /** Tesseract's words on a 300-dpi render of bundle page @p page. */
    QVector<Word> tesseractWords(int page) const
    {
        const QString prefix = path(QStringLiteral("render-%1").arg(page));
        if (!tool(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"),
                   QString::number(page), QStringLiteral("-l"), QString::number(page),
                   QStringLiteral("-singlefile"), QStringLiteral("-gray"), QStringLiteral("-png"),
                   bundlePdf(), prefix})
                 .exitedWith(0))
            return {};
        const CliResult r =
            tool(QStringLiteral("tesseract"),
                 {prefix + QStringLiteral(".png"), QStringLiteral("-"), QStringLiteral("-l"),
                  QStringLiteral("eng"), QStringLiteral("--psm"), QStringLiteral("3"),
                  QStringLiteral("tsv")});
        QVector<Word> words;
        for (const QByteArray &line : r.out.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() < 12 || f.at(0) != "5")
                continue;
            words.append(
                Word{QString::fromUtf8(f.at(11)), QRectF(f.at(6).toDouble(), f.at(7).toDouble(),
                                                         f.at(8).toDouble(), f.at(9).toDouble())});
        }
        return words;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("AMANAT_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("test folder: %s", qPrintable(m_dir.path()));
        }
        m_library = path(QStringLiteral("lib"));
        QVERIFY(!m_cli.init(m_library).isEmpty());

        ScanSpec form;
        form.layout = ScanSpec::Layout::RegistrationForm;
        form.seed = 21;
        m_form = generatePoliceScan(form, kPerson);
        writeScanPdf(path(QStringLiteral("scans.pdf")), {englishPage(), m_form.image});

        ScanSpec table;
        table.layout = ScanSpec::Layout::SurveillanceTable;
        table.seed = 22;
        table.paperGrey = 235;
        m_table = generatePoliceScan(table, kPerson);
        QVERIFY(m_table.image.save(path(QStringLiteral("table.png"))));

        m_scanPdf = importOne(path(QStringLiteral("scans.pdf")));
        m_tablePng = importOne(path(QStringLiteral("table.png")));
        QVERIFY(m_scanPdf && m_tablePng);

        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, kDossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                kDossier, QString::number(m_scanPdf), QString::number(m_tablePng),
                                QStringLiteral("--section"), QStringLiteral("Evidence")}),
                           0);
        m_bundle = path(QStringLiteral("bundle"));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("bundle"), m_library, kDossier, m_bundle,
                                QStringLiteral("--accept-unreviewed")}),
                           0);
    }

    // Names written in table cells, in Han and Latin script, are found by search.
    void namesInTableCellsAreSearchable()
    {
        const QStringList names = {kPerson.hanSurname, QStringLiteral("Tursun"),
                                   QStringLiteral("Memet")};
        for (const QString &name : names) {
            const CliResult r =
                cli({QStringLiteral("search"), m_library, name, QStringLiteral("--json")});
            QVERIFY2(r.exitedWith(0), r.describe().constData());
            QSet<qint64> ids;
            const QJsonArray hits =
                QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
            for (const QJsonValue &hit : hits)
                ids.insert(qint64(hit.toObject().value(QStringLiteral("id")).toDouble()));
            QVERIFY2(ids.contains(m_scanPdf) && ids.contains(m_tablePng),
                     qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(r.out)));
        }
        // Most cell words of both tables are in the library's text.
        const QString text = QString::fromUtf8(
            cli({QStringLiteral("text"), m_library, QString::number(m_scanPdf)}).out +
            cli({QStringLiteral("text"), m_library, QString::number(m_tablePng)}).out);
        const QStringList words = cellWords(m_form.cellTexts + m_table.cellTexts);
        const int found = wordsFound(words, text);
        qInfo("library text: %d of %lld cell words", found, qlonglong(words.size()));
        QVERIFY2(found >= 0.9 * words.size(), qPrintable(text));
    }

    // The bundle's text layer holds those names, and keeps ideographs together.
    void bundleTextHoldsTableNames()
    {
        const QString text = QString::fromUtf8(
            tool(QStringLiteral("pdftotext"), {bundlePdf(), QStringLiteral("-")}).out);
        for (const QString &name : {kPerson.hanSurname, QStringLiteral("Tursun"),
                                    QStringLiteral("Memet"), QStringLiteral("detainees")})
            QVERIFY2(text.contains(name, Qt::CaseInsensitive), qPrintable(name + u'\n' + text));
        const QStringList words = cellWords(m_form.cellTexts + m_table.cellTexts);
        // The probe finds a split name where there is one.
        QCOMPARE(splitIdeographs({QStringLiteral("吐尔逊")}, QStringLiteral("吐 尔逊")),
                 QStringList{QStringLiteral("吐尔逊")});
        QVERIFY2(splitIdeographs(words, text).isEmpty(),
                 qPrintable(splitIdeographs(words, text).join(u' ')));
        const QString library = QString::fromUtf8(
            cli({QStringLiteral("text"), m_library, QString::number(m_tablePng)}).out);
        QVERIFY2(splitIdeographs(words, library).isEmpty(),
                 qPrintable(splitIdeographs(words, library).join(u' ')));
    }

    // pdftotext -bbox: each word's box overlaps the box where Tesseract finds that word on a
    // 300-dpi render of the same bundle page (IoU >= 0.3 for >= 90 % of the words).
    void wordsLieWhereTheyAreShown()
    {
        QVector<int> pages = pagesOf(QStringLiteral("A1")) + pagesOf(QStringLiteral("A2"));
        QCOMPARE(pages.size(), 3);
        int compared = 0, placed = 0, eligible = 0;
        for (int page : std::as_const(pages)) {
            const QVector<Word> layer = layerWords(page);
            const QVector<Word> seen = tesseractWords(page);
            QVERIFY2(!layer.isEmpty(),
                     qPrintable(QStringLiteral("page %1 has no text layer").arg(page)));
            for (const Word &word : layer) {
                const QString key = folded(word.text);
                if (key.size() < 3 || key.contains(QRegularExpression(QStringLiteral("\\p{Han}"))))
                    continue;
                ++eligible;
                double best = -1;
                for (const Word &other : seen)
                    if (folded(other.text) == key)
                        best = qMax(best, iou(word.box, other.box));
                if (best < 0)
                    continue; // Tesseract read this word differently this time
                ++compared;
                if (best >= 0.3)
                    ++placed;
                else
                    qInfo("page %d: \"%s\" at IoU %.2f", page, qPrintable(word.text), best);
            }
        }
        qInfo("%d of %d words compared, %d placed (IoU >= 0.3)", compared, eligible, placed);
        QVERIFY(compared >= 40);
        QVERIFY(compared >= 0.7 * eligible);
        QVERIFY2(placed >= 0.9 * compared, qPrintable(QString::number(placed)));
    }

    void cleanupTestCase() {}
};

QTEST_MAIN(TestCliTextLayer)
#include "tst_cli_text_layer.moc"
