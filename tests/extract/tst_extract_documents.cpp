// Text documents in amanat-extract: encodings, HTML, .docx, .odt, .eml and hostile files.
// Every input is generated here; zips are written with libzip in memory.

#include "DocumentEncoding.h"
#include "DocumentExtractor.h"
#include "ZipArchive.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <zip.h>

#include <cstring>
#include <memory>

using namespace amanat;

namespace {

const QString kDocxMime =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

/** Builds a zip in memory with libzip. */
class TestZip
{
public:
    TestZip()
    {
        zip_error_t error;
        zip_error_init(&error);
        m_source = zip_source_buffer_create(nullptr, 0, 0, &error);
        m_archive = zip_open_from_source(m_source, ZIP_TRUNCATE, &error);
        zip_source_keep(m_source);
        zip_error_fini(&error);
    }
    ~TestZip() { zip_source_free(m_source); }

    void add(const char *name, const QByteArray &data, bool store = false)
    {
        m_keep.append(data);
        zip_source_t *source =
            zip_source_buffer(m_archive, m_keep.last().constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = zip_file_add(m_archive, name, source, ZIP_FL_ENC_UTF_8);
        QVERIFY(index >= 0);
        zip_set_file_compression(m_archive, zip_uint64_t(index),
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }

    /** An entry of @p size zero bytes, deflated as it is generated. */
    void addZeros(const char *name, zip_uint64_t size)
    {
        m_zeros.push_back(std::make_unique<Zeros>(Zeros{size, 0}));
        zip_source_t *source =
            zip_source_function(m_archive, &Zeros::callback, m_zeros.back().get());
        const zip_int64_t index = zip_file_add(m_archive, name, source, 0);
        QVERIFY(index >= 0);
        zip_set_file_compression(m_archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }

    QByteArray finish()
    {
        zip_close(m_archive);
        QByteArray bytes;
        if (zip_source_open(m_source) != 0)
            return bytes;
        zip_source_seek(m_source, 0, SEEK_END);
        bytes.resize(qsizetype(zip_source_tell(m_source)));
        zip_source_seek(m_source, 0, SEEK_SET);
        zip_source_read(m_source, bytes.data(), zip_uint64_t(bytes.size()));
        zip_source_close(m_source);
        return bytes;
    }

private:
    struct Zeros
    {
        zip_uint64_t size;
        zip_uint64_t done;
        static zip_int64_t callback(void *state, void *data, zip_uint64_t length,
                                    zip_source_cmd_t command)
        {
            auto *zeros = static_cast<Zeros *>(state);
            switch (command) {
            case ZIP_SOURCE_OPEN:
                zeros->done = 0;
                return 0;
            case ZIP_SOURCE_READ: {
                const zip_uint64_t n = std::min(length, zeros->size - zeros->done);
                std::memset(data, 0, n);
                zeros->done += n;
                return zip_int64_t(n);
            }
            case ZIP_SOURCE_STAT: {
                auto *stat = static_cast<zip_stat_t *>(data);
                zip_stat_init(stat);
                stat->size = zeros->size;
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
        }
    };

    zip_source_t *m_source = nullptr;
    zip_t *m_archive = nullptr;
    QList<QByteArray> m_keep;
    std::vector<std::unique_ptr<Zeros>> m_zeros;
};

const char kW[] = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray wordPart(const char *root, const QByteArray &inner)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:") + root + ' ' + kW +
           " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">" + inner +
           "</w:" + root + '>';
}

void addWordSkeleton(TestZip &zip)
{
    zip.add("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    zip.add("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
}

const QByteArray kDocumentXml = wordPart(
    "document",
    "<w:body><w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
    "<w:r><w:t>First paragraph</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">Second </w:t></w:r><w:r><w:tab/><w:t>after tab</w:t>"
    "</w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
    "<w:r><w:br/><w:t>\xe4\xb8\xad\xe6\x96\x87 &amp; "
    "\xd8\xa6\xdb\x87\xd9\x8a\xd8\xba\xdb\x87\xd8\xb1"
    "</w:t></w:r></w:p><w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>boxed</w:t>"
    "</mc:Choice><mc:Fallback><w:t>boxed</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    "<w:p/><w:sectPr/></w:body>");

QByteArray makeDocx(const QByteArray &document = kDocumentXml, bool store = false)
{
    TestZip zip;
    addWordSkeleton(zip);
    zip.add("word/document.xml", document, store);
    const QByteArray header = wordPart("hdr", "<w:p><w:r><w:t>Confidential</w:t></w:r></w:p>");
    zip.add("word/header1.xml", header, store);
    zip.add("word/header2.xml", header, store); // the same header twice: its text comes once
    zip.add("word/footnotes.xml",
            wordPart("footnotes", "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r>"
                                  "<w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"1\">"
                                  "<w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote>"),
            store);
    zip.add("docProps/core.xml",
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
            "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>Witness statement 12</dc:title>"
            "<dc:creator>Researcher A</dc:creator><dcterms:created>2023-05-04T10:20:30Z"
            "</dcterms:created></cp:coreProperties>");
    return zip.finish();
}

QByteArray makeOdt(bool store = false)
{
    TestZip zip;
    zip.add("mimetype", "application/vnd.oasis.opendocument.text", true);
    zip.add("content.xml",
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
            "office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            "<office:body><office:text>\n<text:h text:outline-level=\"1\">Title   here</text:h>\n"
            "<text:p>One<text:s text:c=\"3\"/>two<text:tab/>three<text:line-break/>four"
            "<text:note text:id=\"n1\"><text:note-citation>1</text:note-citation><text:note-body>"
            "<text:p>Note text.</text:p></text:note-body></text:note> end</text:p>\n"
            "<text:p>  Spaces \n  collapse  </text:p><text:p>人权 "
            "<text:span>ئۇيغۇر</text:span></text:p>"
            "</office:text></office:body></office:document-content>",
            store);
    zip.add(
        "meta.xml",
        "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl."
        "org/dc/elements/1.1/\"><office:meta><dc:title>Field notes</dc:title><meta:initial-"
        "creator>Researcher B</meta:initial-creator><dc:creator>Editor C</dc:creator><meta:"
        "creation-date>2022-11-12T08:09:10</meta:creation-date></office:meta>"
        "</office:document-meta>");
    return zip.finish();
}

/** A .docx whose document.xml inflates to @p size zero bytes. */
QByteArray makeBomb(zip_uint64_t size)
{
    TestZip zip;
    addWordSkeleton(zip);
    zip.addZeros("word/document.xml", size);
    return zip.finish();
}

/** Rewrites the uncompressed size of entry @p name to @p size bytes (< 256) in its local
 *  header and central directory record; returns how many records were changed. */
int understate(QByteArray *zipBytes, const QByteArray &name, char size)
{
    const char fake[4] = {size, 0, 0, 0};
    int patched = 0;
    struct Record
    {
        const char *signature;
        int sizeOffset;
        int nameOffset;
    };
    for (const Record record : {Record{"PK\x03\x04", 22, 30}, Record{"PK\x01\x02", 24, 46}}) {
        for (qsizetype at = zipBytes->indexOf(record.signature); at >= 0;
             at = zipBytes->indexOf(record.signature, at + 4)) {
            if (zipBytes->mid(at + record.nameOffset, name.size()) == name) {
                zipBytes->replace(at + record.sizeOffset, 4, fake, 4);
                ++patched;
            }
        }
    }
    return patched;
}

ExtractionResult extract(const QByteArray &data, const QString &name, const QString &mime = {})
{
    DocumentExtractor extractor;
    return extractor.extract(ExtractionInput{name, mime, data, QString(), QByteArray()});
}

ExtractionResult extract(const QByteArray &data, const QString &name, const char *mime)
{
    return extract(data, name, QString::fromLatin1(mime));
}

QString meta(const ExtractionResult &result, const char *key)
{
    return result.metadata.value(QString::fromLatin1(key)).toString();
}

QString textOf(const ExtractionResult &result)
{
    return result.pages.isEmpty() ? QString() : result.pages.first().text;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20240611);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

class TestExtractDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void utf8Multiscript();
    void byteOrderMarks_data();
    void byteOrderMarks();
    void utf16WithoutBom();
    void legacyEncodings_data();
    void legacyEncodings();
    void iconvFallback();
    void html();
    void htmlLegacyCharset();
    void htmlHostile();
    void docx();
    void docxDamagedXml();
    void odt();
    void zipBomb();
    void zipBombWithLyingSize();
    void zipBudgetCountsAllEntries();
    void understatedSizeIsDamage();
    void xmlEntityBomb();
    void truncatedDocx();
    void randomBytesAsDocx();
    void spreadsheetAsDocx();
    void zeroByteFiles();
    void corruptedFilesNeverCrash();
    void binaryAsText();
    void wrongExtensions();
    void emlQuotedPrintable();
    void emlMultipart();
};

void TestExtractDocuments::accepts_data()
{
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    const auto row = [](const char *tag, const char *mime, const char *name, bool accepted) {
        QTest::newRow(tag) << QString::fromLatin1(mime) << QString::fromLatin1(name) << accepted;
    };
    row("txt", "text/plain", "a.txt", true);
    row("markdown", "text/markdown", "notes.md", true);
    row("html", "text/html", "page.htm", true);
    row("xhtml", "application/xhtml+xml", "page.xhtml", true);
    row("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a.docx",
        true);
    row("docx by name", "application/zip", "a.DOCX", true);
    row("odt", "application/vnd.oasis.opendocument.text", "a", true);
    row("eml", "message/rfc822", "mail", true);
    row("eml by name", "text/plain", "saved.eml", true);
    row("csv", "text/csv", "table.csv", true);
    row("octet txt", "application/octet-stream", "a.txt", true);
    row("pdf", "application/pdf", "a.pdf", false);
    row("jpeg", "image/jpeg", "a.jpg", false);
    row("rtf", "text/rtf", "a.rtf", false);
    row("unknown", "application/octet-stream", "blob", false);
}

void TestExtractDocuments::accepts()
{
    QFETCH(QString, mime);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(DocumentExtractor().accepts(mime, name), accepted);
}

void TestExtractDocuments::utf8Multiscript()
{
    const QString text = QStringLiteral("人权文件：证词。\r\nئۇيغۇرچە تېكىست: كىشىلىك ھوقۇق\r\n"
                                        "Français : « les droits de l’homme », été.\n");
    const ExtractionResult result =
        extract(text.toUtf8(), QStringLiteral("note.txt"), "text/plain");
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QVERIFY(!result.paged);
    QCOMPARE(result.pages.size(), 1);
    QCOMPARE(textOf(result), QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")));
    QCOMPARE(meta(result, "encoding"), QStringLiteral("UTF-8"));
}

void TestExtractDocuments::byteOrderMarks_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QString>("name");
    QTest::newRow("UTF-16LE") << int(QStringConverter::Utf16LE) << QByteArray("\xFF\xFE")
                              << "UTF-16LE";
    QTest::newRow("UTF-16BE") << int(QStringConverter::Utf16BE) << QByteArray("\xFE\xFF")
                              << "UTF-16BE";
    QTest::newRow("UTF-32LE") << int(QStringConverter::Utf32LE) << QByteArray("\xFF\xFE\x00\x00", 4)
                              << "UTF-32LE";
    QTest::newRow("UTF-8") << int(QStringConverter::Utf8) << QByteArray("\xEF\xBB\xBF") << "UTF-8";
}

void TestExtractDocuments::byteOrderMarks()
{
    QFETCH(int, encoding);
    QFETCH(QByteArray, bom);
    QFETCH(QString, name);
    const QString text = QStringLiteral("Witness 7: 中文 and العربية\nline two");
    QStringEncoder encoder{QStringConverter::Encoding(encoding)};
    const ExtractionResult result =
        extract(bom + QByteArray(encoder.encode(text)), QStringLiteral("w.txt"));
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(textOf(result), text);
    QCOMPARE(meta(result, "encoding"), name);
}

void TestExtractDocuments::utf16WithoutBom()
{
    const QString text = QStringLiteral("Interview notes, 12 March.\nПротокол допроса.");
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const ExtractionResult result =
        extract(QByteArray(encoder.encode(text)), QStringLiteral("n.txt"));
    QCOMPARE(textOf(result), text);
    QCOMPARE(meta(result, "encoding"), QStringLiteral("UTF-16LE"));
}

void TestExtractDocuments::legacyEncodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("Chinese") << QByteArray("GB18030")
                             << QStringLiteral("人权是所有人与生俱来的权利，不分国籍、性别、民族。"
                                               "第一条：人人生而自由，在尊严和权利上一律平等。");
    QTest::newRow("Arabic") << QByteArray("windows-1256")
                            << QStringLiteral("حقوق الإنسان هي حقوق أصيلة لجميع البشر، مهما كانت "
                                              "جنسيتهم أو مكان إقامتهم.");
    QTest::newRow("Russian") << QByteArray("windows-1251")
                             << QStringLiteral("Права человека — это права, присущие всем людям. "
                                               "Статья 1: все люди рождаются свободными.");
    QTest::newRow("French") << QByteArray("windows-1252")
                            << QStringLiteral("Les droits de l’homme sont universels. L’été "
                                              "dernier, à Genève, où ça s’est passé.");
}

void TestExtractDocuments::legacyEncodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    QStringEncoder encoder(encoding.constData());
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const ExtractionResult result = extract(bytes, QStringLiteral("legacy.txt"), "text/plain");
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(meta(result, "encoding"), QString::fromLatin1(encoding));
    QCOMPARE(textOf(result), text);
}

void TestExtractDocuments::iconvFallback()
{
    const QString text = QStringLiteral("中文证词");
    QStringEncoder encoder("GB18030");
    int errors = -1;
    QCOMPARE(
        DocumentEncoding::decodeWithIconv(QByteArray(encoder.encode(text)), "GB18030", &errors),
        text);
    QCOMPARE(errors, 0);
    QCOMPARE(DocumentEncoding::decodeWithIconv("ab\xB0", "GB18030", &errors),
             QStringLiteral("ab\uFFFD"));
    QCOMPARE(errors, 1);
    QVERIFY(!DocumentEncoding::decodeWithIconv("x", "no-such-charset").has_value());
}

void TestExtractDocuments::html()
{
    const QByteArray page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report &amp; notes</title>"
        "<style>p { color: red }</style><script>var leaked = 'SCRIPT-ONE';</script>"
        "<link rel=\"stylesheet\" href=\"file:///dev/zero\"></head><body><h1>Heading</h1>"
        "<p>Caf&eacute; &lt;b&gt; &#x4E2D;&#25991; &quot;q&quot;&nbsp;!</p><img src=\"/dev/zero\">"
        "<script>document.write('SCRIPT-TWO')</script><p>Line one<br>Line two</p></body></html>";
    const ExtractionResult result = extract(page, QStringLiteral("page.html"), "text/html");
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(textOf(result), QStringLiteral("Heading\nCafé <b> 中文 \"q\" !\nLine one\nLine two"));
    QVERIFY(!textOf(result).contains(QLatin1String("SCRIPT")));
    QCOMPARE(meta(result, "title"), QStringLiteral("Report & notes"));
}

void TestExtractDocuments::htmlLegacyCharset()
{
    QStringEncoder encoder("windows-1251");
    const QByteArray page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=windows-1251\"></head><body><p>" +
                            QByteArray(encoder.encode(QStringLiteral("Свидетель"))) +
                            "</p></body></html>";
    // Named .txt: the content says HTML, and HTML is what it gets read as.
    const ExtractionResult result = extract(page, QStringLiteral("saved.txt"), "text/plain");
    QCOMPARE(textOf(result), QStringLiteral("Свидетель"));
    QCOMPARE(meta(result, "encoding"), QStringLiteral("windows-1251"));
}

void TestExtractDocuments::htmlHostile()
{
    // Deep nesting, unclosed tags and comments: linear time, no crash, the text that is there.
    const QByteArray deep = "<html><body>" + QByteArray("<div><table><tr><td>").repeated(100000) +
                            "deep" + QByteArray("</td></tr></table></div>").repeated(100000);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(textOf(extract(deep, QStringLiteral("deep.html"))), QStringLiteral("deep"));
    const QByteArray unclosed = "<p>kept &amp; &bogus; &#0; a < b</p>" +
                                QByteArray("<a href='x").repeated(50000) + "<!-- never closed";
    QCOMPARE(textOf(extract(unclosed, QStringLiteral("u.html"), "text/html")),
             QStringLiteral("kept & &bogus; \uFFFD a < b"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    const QByteArray table = "<table><tr><th>Name</th><th>Place</th></tr><tr><td>A</td>"
                             "<td>Urumqi</td></tr></table><pre>  two\n   lines</pre>";
    QCOMPARE(textOf(extract(table, QStringLiteral("t.htm"))),
             QStringLiteral("Name\tPlace\nA\tUrumqi\n  two\n   lines"));
}

void TestExtractDocuments::docx()
{
    const ExtractionResult result =
        extract(makeDocx(), QStringLiteral("statement.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(textOf(result), QStringLiteral("First paragraph\nSecond \tafter tab\n中文 & ئۇيغۇر\n"
                                            "boxed\n\nA footnote.\n\nConfidential"));
    QCOMPARE(meta(result, "title"), QStringLiteral("Witness statement 12"));
    QCOMPARE(meta(result, "author"), QStringLiteral("Researcher A"));
    QCOMPARE(meta(result, "created"), QStringLiteral("2023-05-04T10:20:30Z"));
}

void TestExtractDocuments::docxDamagedXml()
{
    const QByteArray document = kDocumentXml.left(kDocumentXml.indexOf("<w:p><w:r><w:t xml"));
    const ExtractionResult result = extract(makeDocx(document), QStringLiteral("cut.docx"));
    QCOMPARE(result.status, ExtractionResult::Status::Partial);
    QVERIFY(textOf(result).startsWith(QLatin1String("First paragraph\n\nA footnote.")));
    QVERIFY(!result.error.isEmpty());
}

void TestExtractDocuments::odt()
{
    const ExtractionResult result = extract(makeOdt(), QStringLiteral("notes.odt"));
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(textOf(result), QStringLiteral("Title here\nOne   two\tthree\nfour end\nSpaces "
                                            "collapse\n人权 ئۇيغۇر\n\nNote text."));
    QCOMPARE(meta(result, "title"), QStringLiteral("Field notes"));
    QCOMPARE(meta(result, "author"), QStringLiteral("Researcher B"));
    QCOMPARE(meta(result, "created"), QStringLiteral("2022-11-12T08:09:10"));
}

void TestExtractDocuments::zipBomb()
{
    QElapsedTimer build;
    build.start();
    const QByteArray bomb = makeBomb(zip_uint64_t(1) << 30); // 1 GiB of zeros
    qInfo("built a %lld-byte bomb in %lld ms", qlonglong(bomb.size()), build.elapsed());
    QVERIFY(bomb.size() < 8 << 20);
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(bomb, QStringLiteral("bomb.docx"), kDocxMime);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error,
             QStringLiteral("the document expands to more than 64 MiB; it looks like a zip bomb"));
    QVERIFY(result.pages.isEmpty());
}

void TestExtractDocuments::zipBombWithLyingSize()
{
    // 200 MiB of zeros whose headers claim 100 bytes: only the inflation cap can stop it.
    QByteArray bomb = makeBomb(zip_uint64_t(200) << 20);
    QCOMPARE(understate(&bomb, "word/document.xml", 100), 2);
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(bomb, QStringLiteral("bomb.docx"), kDocxMime);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error,
             QStringLiteral("the document expands to more than 64 MiB; it looks like a zip bomb"));
}

void TestExtractDocuments::understatedSizeIsDamage()
{
    // An honest document whose size field was corrupted: damaged, not a bomb.
    QByteArray docx = makeDocx();
    QCOMPARE(understate(&docx, "word/document.xml", 100), 2);
    const ExtractionResult result = extract(docx, QStringLiteral("odd.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the document is damaged or not a Word document"));
}

void TestExtractDocuments::zipBudgetCountsAllEntries()
{
    TestZip zip;
    const QByteArray part = randomBytes(300 * 1024);
    zip.add("a", part);
    zip.add("b", part);
    zip.add("c", part);
    const auto archive = ZipArchive::open(zip.finish(), 700 * 1024);
    QVERIFY(archive);
    QCOMPARE(archive->read(QStringLiteral("a")).data, part);
    QCOMPARE(archive->read(QStringLiteral("b")).status, ZipArchive::Status::Ok);
    QCOMPARE(archive->read(QStringLiteral("c")).status, ZipArchive::Status::Bomb);
    QCOMPARE(archive->read(QStringLiteral("d")).status, ZipArchive::Status::Missing);
}

void TestExtractDocuments::xmlEntityBomb()
{
    const QByteArray laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<w:document " +
        QByteArray(kW) +
        "><w:body><w:p><w:r><w:t>&d;&d;&d;&d;&d;&d;</w:t>"
        "</w:r></w:p></w:body></w:document>";
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(makeDocx(laughs), QStringLiteral("laughs.docx"));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the document is damaged or not a Word document"));
}

void TestExtractDocuments::truncatedDocx()
{
    const QByteArray docx = makeDocx();
    const ExtractionResult result =
        extract(docx.left(docx.size() / 2), QStringLiteral("cut.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the document is damaged or not a Word document"));
}

void TestExtractDocuments::randomBytesAsDocx()
{
    const ExtractionResult result =
        extract(randomBytes(20000), QStringLiteral("x.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the document is damaged or not a Word document"));
    // A zip signature followed by noise is no better.
    const ExtractionResult zipNoise =
        extract("PK\x03\x04" + randomBytes(5000), QStringLiteral("y.docx"), kDocxMime);
    QCOMPARE(zipNoise.error, QStringLiteral("the document is damaged or not a Word document"));
}

void TestExtractDocuments::spreadsheetAsDocx()
{
    TestZip zip;
    zip.add("[Content_Types].xml", "<Types/>");
    zip.add("word/document.xml", "<worksheet xmlns=\"http://example.org/not-word\"/>");
    const ExtractionResult result = extract(zip.finish(), QStringLiteral("sheet.docx"));
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the document is damaged or not a Word document"));
}

void TestExtractDocuments::zeroByteFiles()
{
    for (const char *name : {"empty.txt", "empty.docx", "empty.html", "empty.odt", "empty.eml"}) {
        const ExtractionResult result = extract(QByteArray(), QString::fromLatin1(name));
        QCOMPARE(result.status, ExtractionResult::Status::Ok);
        QVERIFY(result.pages.isEmpty());
        QVERIFY(result.error.isEmpty());
    }
}

void TestExtractDocuments::corruptedFilesNeverCrash()
{
    const QByteArray originals[] = {makeDocx(), makeDocx(kDocumentXml, true), makeOdt(true),
                                    makeOdt()};
    QRandomGenerator generator(7);
    int failed = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = originals[round % 4];
        const int flips = 1 + int(generator.bounded(8));
        for (int f = 0; f < flips; ++f)
            bytes[int(generator.bounded(int(bytes.size())))] = char(generator.bounded(256));
        if (round % 5 == 0)
            bytes.truncate(int(generator.bounded(int(bytes.size()))));
        const ExtractionResult result = extract(bytes, QStringLiteral("f.docx"), kDocxMime);
        if (result.status == ExtractionResult::Status::Failed) {
            ++failed;
            QVERIFY(!result.error.isEmpty());
        }
        for (const QChar c : textOf(result))
            QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
                         c == QLatin1Char('\f'),
                     qPrintable(QString::number(round)));
    }
    QVERIFY(failed > 0);
}

void TestExtractDocuments::binaryAsText()
{
    const ExtractionResult noise =
        extract(randomBytes(4096), QStringLiteral("x.txt"), "text/plain");
    QCOMPARE(noise.status, ExtractionResult::Status::Failed);
    QCOMPARE(noise.error,
             QStringLiteral("the file does not contain readable text; it looks like binary data"));
    QVERIFY(noise.pages.isEmpty());
    const ExtractionResult pdf =
        extract("%PDF-1.4\n%\xE2\xE3\n1 0 obj\n", QStringLiteral("report.txt"), "text/plain");
    QCOMPARE(pdf.status, ExtractionResult::Status::Failed);
    QCOMPARE(pdf.error,
             QStringLiteral("the file is a PDF, not a text document; its name or type is wrong"));
}

void TestExtractDocuments::wrongExtensions()
{
    // A .docx saved as .txt is still read as a Word document…
    ExtractionResult result = extract(makeDocx(), QStringLiteral("statement.txt"), "text/plain");
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QVERIFY(textOf(result).startsWith(QLatin1String("First paragraph\n")));
    // …plain text named .docx is read as text…
    result = extract(QByteArrayLiteral("Just a note."), QStringLiteral("note.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(textOf(result), QStringLiteral("Just a note."));
    // …and an old binary Word file named .docx says what it is.
    result = extract("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(504, '\0'),
                     QStringLiteral("old.docx"), kDocxMime);
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QVERIFY(result.error.contains(QLatin1String("(.doc)")));
}

void TestExtractDocuments::emlQuotedPrintable()
{
    const QByteArray mail =
        "From: =?UTF-8?Q?Ay=C5=9Fe_Y=C4=B1lmaz?= <ayse@example.org>\r\n"
        "To: team@example.org\r\nSubject: =?UTF-8?B?VMOpbW9pZ25hZ2U=?=\r\n "
        "=?UTF-8?B?IOS4reaWhw==?=\r\n"
        "Date: Tue, 1 Jul 2003 10:52:37 +0200\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: "
        "quoted-printable\r\n"
        "\r\nBonjour, voici le t=C3=A9moignage.\r\nUne ligne tr=C3=A8s longue qui est coup=\r\n"
        "=C3=A9e en deux. =E4=B8=AD=E6=96=87\r\n";
    const ExtractionResult result = extract(mail, QStringLiteral("m.eml"), "message/rfc822");
    QCOMPARE(result.status, ExtractionResult::Status::Ok);
    QCOMPARE(textOf(result), QStringLiteral("Bonjour, voici le témoignage.\n"
                                            "Une ligne très longue qui est coupée en deux. 中文"));
    QCOMPARE(meta(result, "title"), QStringLiteral("Témoignage 中文"));
    QCOMPARE(meta(result, "author"), QStringLiteral("Ayşe Yılmaz <ayse@example.org>"));
    QCOMPARE(meta(result, "created"), QStringLiteral("2003-07-01T08:52:37Z"));
}

void TestExtractDocuments::emlMultipart()
{
    QStringEncoder encoder("windows-1251");
    const QByteArray mail =
        "Subject: plain\nContent-Type: multipart/mixed; boundary=\"outer\"\n\npreamble\n--outer\n"
        "Content-Type: multipart/alternative; boundary=inner\n\n--inner\n"
        "Content-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: base64\n\n" +
        QByteArray(encoder.encode(QStringLiteral("Показания свидетеля"))).toBase64() +
        "\n--inner\nContent-Type: text/html\n\n<p>HTML copy</p>\n--inner--\n--outer\n"
        "Content-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\nATTACHED\n"
        "--outer--\n";
    const ExtractionResult result = extract(mail, QStringLiteral("m.eml"));
    QCOMPARE(textOf(result), QStringLiteral("Показания свидетеля"));
    QCOMPARE(meta(result, "title"), QStringLiteral("plain"));
    // A note saved as .eml without any headers is still its text.
    QCOMPARE(textOf(extract("Just a note\nsecond line", QStringLiteral("note.eml"))),
             QStringLiteral("Just a note\nsecond line"));
}

QTEST_MAIN(TestExtractDocuments)
#include "tst_extract_documents.moc"
