// Import with extraction, end to end through amanat-cli and the amanat-extract helper:
// known text comes back out of PDFs, scans (OCR in three scripts), Word documents and
// videos; hostile files cost only their own extraction; nothing leaks to the temp folder.

#include "../extract/ExtractTestData.h"
#include "CliRunner.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace amanat::test;
using namespace amanat::testdata;

namespace {

/** A minimal .docx holding @p paragraphs, built with libzip in memory. */
QByteArray makeDocx(const QStringList &paragraphs)
{
    QByteArray body;
    for (const QString &paragraph : paragraphs)
        body += "<w:p><w:r><w:t>" + paragraph.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                "xmlns:w=\"http://schemas.openxmlformats.org/"
                                "wordprocessingml/2006/main\"><w:body>" +
                                body + "</w:body></w:document>";
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
        "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    const auto add = [archive](const char *name, const QByteArray &content) {
        zip_source_t *source =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    };
    add("[Content_Types].xml", types);
    add("word/document.xml", document);
    zip_close(archive);
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(stat.size));
        zip_source_read(buffer, out.data(), stat.size);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

/** A .docx whose document.xml inflates to @p size zero bytes: a zip bomb. */
QByteArray makeZipBombDocx(zip_uint64_t size)
{
    struct Zeros
    {
        zip_uint64_t left;
        zip_uint64_t total;
    };
    static const auto callback = [](void *state, void *data, zip_uint64_t length,
                                    zip_source_cmd_t command) -> zip_int64_t {
        auto *zeros = static_cast<Zeros *>(state);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            zeros->left = zeros->total;
            return 0;
        case ZIP_SOURCE_READ: {
            const zip_uint64_t n = std::min(length, zeros->left);
            std::memset(data, 0, n);
            zeros->left -= n;
            return zip_int64_t(n);
        }
        case ZIP_SOURCE_STAT: {
            auto *stat = static_cast<zip_stat_t *>(data);
            zip_stat_init(stat);
            stat->size = zeros->total;
            stat->valid |= ZIP_STAT_SIZE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            return 0;
        }
    };
    static Zeros zeros;
    zeros = Zeros{size, size};
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    zip_source_t *source = zip_source_function(archive, callback, &zeros);
    const zip_int64_t index = zip_file_add(archive, "word/document.xml", source, ZIP_FL_OVERWRITE);
    zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    zip_close(archive);
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(stat.size));
        zip_source_read(buffer, out.data(), stat.size);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

/** A PDF whose page tree points back at itself. */
QByteArray loopingPdf()
{
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
           "3 0 obj << /Type /Pages /Kids [2 0 R] /Parent 3 0 R /Count 1 >> endobj\n"
           "trailer << /Root 1 0 R >>\n%%EOF\n";
}

/** A PDF with a content stream that inflates to hundreds of megabytes of zeros. */
QByteArray decompressionBombPdf()
{
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QByteArray compressed = qCompress(zeros, 9).mid(4); // drop Qt's size prefix: zlib stream
    QByteArray pdf =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
        "4 0 obj << /Length " +
        QByteArray::number(compressed.size()) + " /Filter /FlateDecode >>\nstream\n";
    pdf += compressed + "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf;
}

} // namespace

class TestCliIngest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_tmp; // TMPDIR of every CLI run, searched for plaintext afterwards
    CliRunner m_cli;
    QString m_library;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, bytes);
        return path;
    }

    QJsonArray import(const QStringList &paths, const QStringList &extra = {})
    {
        const CliResult result = m_cli.run(QStringList{QStringLiteral("import"), m_library} +
                                           paths + extra + QStringList{QStringLiteral("--json")});
        if (!result.exitedWith(0))
            qWarning("%s", result.describe().constData());
        return QJsonDocument::fromJson(result.out).array();
    }

    QJsonObject show(qint64 id)
    {
        return QJsonDocument::fromJson(m_cli
                                           .run({QStringLiteral("show"), m_library,
                                                 QString::number(id), QStringLiteral("--json")})
                                           .out)
            .object();
    }

    QString text(qint64 id)
    {
        return QString::fromUtf8(
            m_cli.run({QStringLiteral("text"), m_library, QString::number(id)}).out);
    }

    static qint64 idOf(const QJsonArray &results, int index = 0)
    {
        return qint64(results.at(index).toObject().value(QStringLiteral("id")).toDouble());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.environment().insert(QStringLiteral("TMPDIR"), m_tmp.path());
        m_library = m_dir.filePath(QStringLiteral("lib.amanat"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
    }

    void pdfWithTextIsAReport()
    {
        const QString pdf =
            write(QStringLiteral("in/report.pdf"),
                  textPdf({QStringLiteral("Arbitrary detention in the northern district"),
                           QStringLiteral("Second page about checkpoints")},
                          QStringLiteral("Country report")));
        const QJsonArray results = import({pdf});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("report"));
        const qint64 id = idOf(results);
        const QJsonObject extraction = show(id).value(QStringLiteral("extraction")).toObject();
        QCOMPARE(extraction.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(extraction.value(QStringLiteral("pages")).toInt(), 2);
        QVERIFY(text(id).contains(QStringLiteral("Arbitrary detention")));
        const CliResult page2 = m_cli.run({QStringLiteral("text"), m_library, QString::number(id),
                                           QStringLiteral("--page"), QStringLiteral("2")});
        QVERIFY(page2.out.contains("checkpoints"));
        QVERIFY(!page2.out.contains("Arbitrary"));
        const CliResult hit = m_cli.run({QStringLiteral("search"), m_library,
                                         QStringLiteral("checkpoints"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(hit.out)
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("page"))
                     .toInt(),
                 2);
    }

    void scansAreRecognisedInThreeScripts_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("font");
        QTest::addColumn<QString>("languages");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("english") << kEnglishLines << QStringLiteral("DejaVu Sans")
                                 << QStringLiteral("eng") << false;
        QTest::newRow("chinese") << kChineseLines << QStringLiteral("Noto Sans CJK SC")
                                 << QStringLiteral("chi_sim") << false;
        QTest::newRow("uyghur") << kUyghurLines << QStringLiteral("Noto Naskh Arabic")
                                << QStringLiteral("uig") << true;
    }

    void scansAreRecognisedInThreeScripts()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, font);
        QFETCH(QString, languages);
        QFETCH(bool, rightToLeft);
        QVERIFY2(hasFont(font), qPrintable(font + QStringLiteral(" is not installed")));
        const QImage scan =
            renderText(lines, font, 12, rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        const QString path =
            write(QStringLiteral("scans/%1.png").arg(languages), encodeImage(scan, "PNG"));
        const QJsonArray results = import({path}, {QStringLiteral("--ocr-lang"), languages});
        QCOMPARE(results.size(), 1);
        const qint64 id = idOf(results);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("scan"));
        const QString recognised = text(id);
        const double recall = languages == QLatin1String("chi_sim")
                                  ? characterRecall(lines.join(QLatin1Char('\n')), recognised)
                                  : wordRecall(lines.join(QLatin1Char('\n')), recognised);
        QVERIFY2(recall >= 0.9,
                 qPrintable(QStringLiteral("recall %1: %2").arg(recall).arg(recognised)));
        const QJsonObject extraction = show(id).value(QStringLiteral("extraction")).toObject();
        QCOMPARE(extraction.value(QStringLiteral("ocr_languages")).toString(), languages);
        QVERIFY(extraction.value(QStringLiteral("ocr_confidence")).toDouble() > 50);
        QCOMPARE(extraction.value(QStringLiteral("width")).toInt(), scan.width());
        QCOMPARE(extraction.value(QStringLiteral("height")).toInt(), scan.height());
    }

    void wordDocumentAsTestimony()
    {
        const QString docx =
            write(QStringLiteral("in/interview.docx"),
                  makeDocx({QStringLiteral("Interview with W-014"),
                            QStringLiteral("He was held in a camp near the river.")}));
        const QJsonArray results =
            import({docx}, {QStringLiteral("--kind"), QStringLiteral("testimony")});
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("testimony"));
        const QString body = text(idOf(results));
        QVERIFY2(body.contains(QStringLiteral("held in a camp near the river")), qPrintable(body));
    }

    void videoDurationAndSize()
    {
        const QString video = m_dir.filePath(QStringLiteral("in/clip.mp4"));
        const CliResult made = runProgram(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
             QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc=duration=10:size=320x240:rate=25"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
             QStringLiteral("-y"), video},
            baseEnvironment());
        QVERIFY2(made.exitedWith(0), made.describe().constData());
        const QJsonArray results = import({video});
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("video"));
        const QJsonObject extraction =
            show(idOf(results)).value(QStringLiteral("extraction")).toObject();
        QVERIFY2(extraction.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                 qPrintable(extraction.value(QStringLiteral("error")).toString()));
        QVERIFY(qAbs(extraction.value(QStringLiteral("duration_ms")).toDouble() - 10000) <= 500);
        QCOMPARE(extraction.value(QStringLiteral("width")).toInt(), 320);
        QCOMPARE(extraction.value(QStringLiteral("height")).toInt(), 240);
    }

    void hostileFilesCostOnlyTheirOwnExtraction()
    {
        const QByteArray goodPdf = textPdf({QStringLiteral("good text")}, QStringLiteral("t"));
        QByteArray flipped = goodPdf;
        for (int i = 40; i < flipped.size(); i += 97)
            flipped[i] = char(flipped[i] ^ 0x5a);
        const QString folder = m_dir.filePath(QStringLiteral("hostile"));
        write(QStringLiteral("hostile/truncated.pdf"), goodPdf.left(goodPdf.size() / 2));
        write(QStringLiteral("hostile/bitflipped.pdf"), flipped);
        write(QStringLiteral("hostile/loop.pdf"), loopingPdf());
        write(QStringLiteral("hostile/bomb.pdf"), decompressionBombPdf());
        write(QStringLiteral("hostile/huge.png"), pngHeaderOnly(50000, 50000));
        write(QStringLiteral("hostile/bomb.docx"), makeZipBombDocx(zip_uint64_t(1) << 30));
        write(QStringLiteral("hostile/empty.pdf"), QByteArray());
        write(QStringLiteral("hostile/empty.txt"), QByteArray());
        write(QStringLiteral("hostile/not-really.jpg"),
              "%PDF-1.4 this is no picture " + randomBytes(3000));
        write(QStringLiteral("hostile/random.docx"), randomBytes(5000));
        write(QStringLiteral("hostile/random.mp4"), randomBytes(20000));

        QElapsedTimer timer;
        timer.start();
        const CliResult result =
            m_cli.run({QStringLiteral("import"), m_library, folder, QStringLiteral("--json"),
                       QStringLiteral("--timeout"), QStringLiteral("60")});
        AMANAT_EXPECT_EXIT(result, 0);
        const QJsonArray items = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(items.size(), 11);
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QJsonObject extraction = show(qint64(item.value(QStringLiteral("id")).toDouble()))
                                               .value(QStringLiteral("extraction"))
                                               .toObject();
            const QString status = extraction.value(QStringLiteral("status")).toString();
            QVERIFY2(status == QLatin1String("ok") || status == QLatin1String("failed") ||
                         status == QLatin1String("partial"),
                     qPrintable(item.value(QStringLiteral("path")).toString() +
                                QLatin1String(": ") + status));
            if (status != QLatin1String("ok"))
                QVERIFY2(!extraction.value(QStringLiteral("error")).toString().isEmpty(),
                         qPrintable(item.value(QStringLiteral("path")).toString()));
        }
        qInfo("hostile corpus imported in %lld ms", timer.elapsed());
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), m_library}), 0);
    }

    void importingTheSameFolderAgainAddsNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("in"));
        const int before =
            QJsonDocument::fromJson(
                m_cli.run({QStringLiteral("list"), m_library, QStringLiteral("--json")}).out)
                .array()
                .size();
        const QJsonArray again = import({folder});
        QVERIFY(!again.isEmpty());
        for (const QJsonValue &value : again)
            QVERIFY(value.toObject().value(QStringLiteral("duplicate")).toBool());
        QCOMPARE(QJsonDocument::fromJson(
                     m_cli.run({QStringLiteral("list"), m_library, QStringLiteral("--json")}).out)
                     .array()
                     .size(),
                 before);
    }

    void noPlaintextOutsideTheLibrary()
    {
        const QByteArray canary = "plaintextcanary" + randomHex(10);
        const QString folder = m_dir.filePath(QStringLiteral("canary"));
        write(QStringLiteral("canary/note-") + QString::fromLatin1(canary) + QStringLiteral(".txt"),
              "the " + canary + " sings");
        write(QStringLiteral("canary/report.pdf"),
              textPdf({QString::fromLatin1("report " + canary)}, QString::fromLatin1(canary)));
        write(QStringLiteral("canary/statement.docx"),
              makeDocx({QString::fromLatin1("statement " + canary)}));
        const QImage scan =
            renderText({QString::fromLatin1(canary)}, QStringLiteral("DejaVu Sans"), 16);
        write(QStringLiteral("canary/scan.png"), encodeImage(scan, "PNG"));
        const QJsonArray results = import({folder});
        QCOMPARE(results.size(), 4);
        const CliResult found = m_cli.run({QStringLiteral("search"), m_library,
                                           QString::fromLatin1(canary), QStringLiteral("--json")});
        QVERIFY2(
            QJsonDocument::fromJson(found.out).object().value(QStringLiteral("total")).toInt() >= 3,
            found.out.constData());
        QCOMPARE(filesContaining(m_library, {canary}), QStringList());
        QCOMPARE(filesContaining(m_tmp.path(), {canary}), QStringList());
        QCOMPARE(plainSqliteFilesUnder(m_library), QStringList());
    }

    void reextractRetriesWithAPassword()
    {
        const QString plain =
            write(QStringLiteral("pw/plain.pdf"),
                  textPdf({QStringLiteral("sealed words inside")}, QStringLiteral("s")));
        const QString locked = m_dir.filePath(QStringLiteral("pw/locked.pdf"));
        const CliResult encrypted = runProgram(
            QStringLiteral("qpdf"),
            {QStringLiteral("--encrypt"), QStringLiteral("open-sesame"), QStringLiteral("owner-pw"),
             QStringLiteral("256"), QStringLiteral("--"), plain, locked},
            baseEnvironment());
        QVERIFY2(encrypted.exitedWith(0), encrypted.describe().constData());
        QFile::remove(plain);
        const QJsonArray results = import({locked});
        const qint64 id = idOf(results);
        QCOMPARE(show(id)
                     .value(QStringLiteral("extraction"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("needs_password"));
        const QString passwordFile = write(QStringLiteral("pw/password.txt"), "open-sesame\n");
        const CliResult again =
            m_cli.run({QStringLiteral("reextract"), m_library, QString::number(id),
                       QStringLiteral("--pdf-password-file"), passwordFile});
        AMANAT_EXPECT_EXIT(again, 0);
        QVERIFY(text(id).contains(QStringLiteral("sealed words inside")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for the generated scans and PDFs
    TestCliIngest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_ingest.moc"
