// bench_ingest: inputs and a process meter for the ingest benchmark (issue 3), for
// docs/benchmarks.md. Run it through run_ingest_bench.sh.
//
//   bench_ingest pdf FILE [--pages N] [--seed S]
//       A text PDF of N pages (default 500), A4, DejaVu Sans 11 pt, a heading and a few
//       paragraphs of generated English per page (QPdfWriter). The same bytes for the same
//       N and seed: the creation date QPdfWriter writes is replaced by a fixed one.
//   bench_ingest scans DIR [--pages N] [--truth DIR] [--seed S]
//       N (default 20) different "scanned" A4 pages at 300 dpi, 8-bit grey PNG, 25-40 lines
//       of English each, rendered with QPainter like tests/extract/ExtractTestData.h does.
//       --truth writes each page's text beside (page-NN.txt) for the word-recall check.
//   bench_ingest mixed DIR [--files N] [--seed S]
//       N (default 1000) small, all different files in 10 sub-folders: plain text, Markdown,
//       HTML, .docx (libzip), PDFs of 1-3 pages, PNGs with one line of text, and tiny WAVs.
//   bench_ingest blank FILE
//       A 16 × 16 white PNG (to time start-up and OCR model loading without text).
//   bench_ingest run [OPTIONS] -- PROGRAM [ARG]...
//       Runs PROGRAM with its standard output and error on pipes, samples /proc every 10 ms,
//       and prints key=value lines: wall time, CPU time of PROGRAM and everything it waited
//       for (wait4), PROGRAM's own CPU time (/proc/PID/stat before it is reaped), peak RSS
//       of PROGRAM (VmHWM) and of its descendants, and the times of amanat-cli's
//       --progress-json events. Options:
//         --stdin FILE          feed FILE through a pipe (default: /dev/null)
//         --helper-header NAME MIME LANGS
//                               put amanat-extract's request line before FILE's bytes
//         --stdout FILE         keep standard output (default: counted, then dropped)
//         --reset-hwm-on-event  reset PROGRAM's VmHWM at its first "imported" event, so
//                               the peak after it excludes key derivation (Argon2id)
//   bench_ingest helper-json FILE
//       Summarises an amanat-extract answer: status, pages, text characters, OCR confidence.
//   bench_ingest recall EXPECTED ACTUAL
//       Share of EXPECTED's words found in ACTUAL (as the OCR tests count them).

#include "../extract/ExtractTestData.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>
#include <QtEndian>
#include <QtMath>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <set>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <zip.h>

namespace {

constexpr const char kProgram[] = "bench_ingest";

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", kProgram, qPrintable(message));
    std::exit(1);
}

// ---------------------------------------------------------------------------------------
// Deterministic text

/** A 64-bit LCG: the same numbers on every platform and Qt version. */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 2862933555777941757ULL + 3037000493ULL) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }

private:
    quint64 m_state;
};

const QStringList kWords = {
    QStringLiteral("the"),         QStringLiteral("of"),          QStringLiteral("and"),
    QStringLiteral("to"),          QStringLiteral("in"),          QStringLiteral("that"),
    QStringLiteral("was"),         QStringLiteral("were"),        QStringLiteral("by"),
    QStringLiteral("with"),        QStringLiteral("from"),        QStringLiteral("for"),
    QStringLiteral("on"),          QStringLiteral("after"),       QStringLiteral("before"),
    QStringLiteral("during"),      QStringLiteral("without"),     QStringLiteral("their"),
    QStringLiteral("his"),         QStringLiteral("her"),         QStringLiteral("they"),
    QStringLiteral("witness"),     QStringLiteral("witnesses"),   QStringLiteral("detainee"),
    QStringLiteral("detainees"),   QStringLiteral("police"),      QStringLiteral("officers"),
    QStringLiteral("station"),     QStringLiteral("prison"),      QStringLiteral("camp"),
    QStringLiteral("facility"),    QStringLiteral("family"),      QStringLiteral("members"),
    QStringLiteral("lawyer"),      QStringLiteral("court"),       QStringLiteral("judge"),
    QStringLiteral("hearing"),     QStringLiteral("charges"),     QStringLiteral("evidence"),
    QStringLiteral("documents"),   QStringLiteral("identity"),    QStringLiteral("telephones"),
    QStringLiteral("confiscated"), QStringLiteral("transferred"), QStringLiteral("reported"),
    QStringLiteral("interviewed"), QStringLiteral("released"),    QStringLiteral("arrested"),
    QStringLiteral("detained"),    QStringLiteral("questioned"),  QStringLiteral("informed"),
    QStringLiteral("location"),    QStringLiteral("morning"),     QStringLiteral("evening"),
    QStringLiteral("night"),       QStringLiteral("days"),        QStringLiteral("weeks"),
    QStringLiteral("months"),      QStringLiteral("village"),     QStringLiteral("district"),
    QStringLiteral("province"),    QStringLiteral("border"),      QStringLiteral("region"),
    QStringLiteral("authorities"), QStringLiteral("government"),  QStringLiteral("security"),
    QStringLiteral("forces"),      QStringLiteral("military"),    QStringLiteral("report"),
    QStringLiteral("statement"),   QStringLiteral("testimony"),   QStringLiteral("account"),
    QStringLiteral("medical"),     QStringLiteral("injuries"),    QStringLiteral("treatment"),
    QStringLiteral("conditions"),  QStringLiteral("overcrowded"), QStringLiteral("cell"),
    QStringLiteral("food"),        QStringLiteral("water"),       QStringLiteral("access"),
    QStringLiteral("denied"),      QStringLiteral("granted"),     QStringLiteral("visit"),
    QStringLiteral("visits"),      QStringLiteral("relatives"),   QStringLiteral("mother"),
    QStringLiteral("father"),      QStringLiteral("brother"),     QStringLiteral("sister"),
    QStringLiteral("children"),    QStringLiteral("school"),      QStringLiteral("teacher"),
    QStringLiteral("journalist"),  QStringLiteral("students"),    QStringLiteral("workers"),
    QStringLiteral("protest"),     QStringLiteral("march"),       QStringLiteral("square"),
    QStringLiteral("street"),      QStringLiteral("market"),      QStringLiteral("house"),
    QStringLiteral("searched"),    QStringLiteral("seized"),      QStringLiteral("computers"),
    QStringLiteral("books"),       QStringLiteral("letters"),     QStringLiteral("records"),
    QStringLiteral("according"),   QStringLiteral("several"),     QStringLiteral("other"),
    QStringLiteral("many"),        QStringLiteral("three"),       QStringLiteral("four"),
    QStringLiteral("eleven"),      QStringLiteral("fourteen"),    QStringLiteral("central"),
    QStringLiteral("local"),       QStringLiteral("national"),    QStringLiteral("special"),
    QStringLiteral("unknown"),     QStringLiteral("official"),    QStringLiteral("written"),
    QStringLiteral("signed"),      QStringLiteral("forced"),      QStringLiteral("refused"),
    QStringLiteral("described"),   QStringLiteral("confirmed"),   QStringLiteral("observed"),
    QStringLiteral("human"),       QStringLiteral("rights"),      QStringLiteral("freedom"),
    QStringLiteral("expression"),  QStringLiteral("religion"),    QStringLiteral("language"),
    QStringLiteral("education"),   QStringLiteral("movement"),    QStringLiteral("travel"),
    QStringLiteral("passport"),    QStringLiteral("application"), QStringLiteral("office"),
    QStringLiteral("interview"),   QStringLiteral("translation"), QStringLiteral("period"),
    QStringLiteral("between"),     QStringLiteral("under"),       QStringLiteral("about"),
    QStringLiteral("later"),       QStringLiteral("again"),       QStringLiteral("never"),
};

const QStringList kMonths = {
    QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
    QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
    QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
    QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December"),
};

QString sentence(Rng &rng, int minWords = 8, int maxWords = 18)
{
    const int count = rng.between(minWords, maxWords);
    QStringList words;
    for (int i = 0; i < count; ++i) {
        const int pick = rng.below(100);
        QString word;
        if (pick < 3)
            word = QString::number(2009 + rng.below(16));
        else if (pick < 5)
            word = kMonths.at(rng.below(int(kMonths.size())));
        else
            word = kWords.at(rng.below(int(kWords.size())));
        if (i > 2 && i + 2 < count && rng.below(9) == 0)
            word += QLatin1Char(',');
        words << word;
    }
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QString paragraph(Rng &rng, int sentences)
{
    QStringList list;
    for (int i = 0; i < sentences; ++i)
        list << sentence(rng);
    return list.join(QLatin1Char(' '));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    return file.flush();
}

// ---------------------------------------------------------------------------------------
// PDFs

/** QPdfWriter writes the current time as /CreationDate; a fixed date of the same length
 *  keeps the cross-reference offsets valid and makes the bytes reproducible. */
void fixCreationDate(QByteArray &pdf)
{
    const QByteArray key("/CreationDate (D:");
    qsizetype at = pdf.indexOf(key);
    while (at >= 0) {
        const qsizetype start = at + key.size();
        const qsizetype end = pdf.indexOf(')', start);
        if (end < 0)
            break;
        const QByteArray fixed = QByteArray("20240101000000Z").leftJustified(end - start, ' ');
        pdf.replace(start, end - start, fixed.left(end - start));
        at = pdf.indexOf(key, end);
    }
}

/** @p pages pages of text: a heading line, then paragraphs, word-wrapped in the margins. */
QByteArray textPdf(int pages, Rng &rng, const QString &title, int minParagraphs, int maxParagraphs)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Amanat bench_ingest"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(11);
    painter.setFont(font);
    const QRect area(0, 0, writer.width(), writer.height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        QStringList blocks{QStringLiteral("%1, page %2 of %3").arg(title).arg(i + 1).arg(pages)};
        const int count = rng.between(minParagraphs, maxParagraphs);
        for (int p = 0; p < count; ++p)
            blocks << paragraph(rng, rng.between(3, 6));
        QString text = blocks.join(QStringLiteral("\n\n"));
        // Never let a page overflow (drawText would clip the end silently).
        while (blocks.size() > 2 &&
               painter.boundingRect(area, Qt::TextWordWrap, text).height() > area.height()) {
            blocks.removeLast();
            text = blocks.join(QStringLiteral("\n\n"));
        }
        painter.drawText(area, Qt::TextWordWrap, text);
    }
    painter.end();
    fixCreationDate(bytes);
    return bytes;
}

// ---------------------------------------------------------------------------------------
// Scans

/** Word-wraps @p text into lines no wider than @p width pixels. */
QStringList wrap(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

/** Black text on white at @p dpi, 8-bit grey, like testdata::renderText but on a page of
 *  @p pageSize pixels (or just around the text when @p pageSize is empty). */
QImage renderLines(const QStringList &lines, const QFont &font, int dpi, QSize pageSize, int margin,
                   double spacing)
{
    const QFontMetrics metrics(font);
    const int lineHeight = qRound(metrics.lineSpacing() * spacing);
    if (pageSize.isEmpty()) {
        int width = 0;
        for (const QString &line : lines)
            width = qMax(width, metrics.horizontalAdvance(line));
        pageSize = QSize(width + 2 * margin, int(lines.size()) * lineHeight + 2 * margin);
    }
    QImage image(pageSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(
            QRect(margin, margin + i * lineHeight, pageSize.width() - 2 * margin, lineHeight),
            int(Qt::AlignLeft | Qt::AlignVCenter), lines.at(i));
    painter.end();
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(qRound(dpi / 0.0254));
    grey.setDotsPerMeterY(qRound(dpi / 0.0254));
    return grey;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        die(QStringLiteral("cannot encode a PNG: %1").arg(writer.errorString()));
    return bytes;
}

QFont scanFont(int dpi, double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(pointSize * dpi / 72.0));
    return font;
}

int generateScans(const QString &dir, int pages, const QString &truthDir, quint64 seed)
{
    if (!QDir().mkpath(dir) || (!truthDir.isEmpty() && !QDir().mkpath(truthDir)))
        die(QStringLiteral("cannot create %1").arg(dir));
    constexpr int kDpi = 300;
    const QSize a4(2480, 3508); // 210 × 297 mm at 300 dpi
    const int margin = kDpi * 3 / 4;
    const QFont font = scanFont(kDpi, 11);
    const QFontMetrics metrics(font);
    Rng rng(seed);
    qint64 bytes = 0;
    int totalLines = 0;
    for (int page = 1; page <= pages; ++page) {
        const int wanted = rng.between(25, 40);
        QStringList lines;
        while (lines.size() < wanted)
            lines << wrap(paragraph(rng, 4), metrics, a4.width() - 2 * margin);
        lines = lines.mid(0, wanted);
        totalLines += int(lines.size());
        const QString name = QStringLiteral("page-%1").arg(page, 2, 10, QLatin1Char('0'));
        const QByteArray image = png(renderLines(lines, font, kDpi, a4, margin, 1.3));
        bytes += image.size();
        if (!writeFile(QDir(dir).filePath(name + QStringLiteral(".png")), image))
            die(QStringLiteral("cannot write %1").arg(name));
        if (!truthDir.isEmpty() &&
            !writeFile(QDir(truthDir).filePath(name + QStringLiteral(".txt")),
                       lines.join(QLatin1Char('\n')).toUtf8() + '\n'))
            die(QStringLiteral("cannot write the text of %1").arg(name));
    }
    std::printf("pages=%d\nlines=%d\nbytes=%lld\n", pages, totalLines,
                static_cast<long long>(bytes));
    return 0;
}

// ---------------------------------------------------------------------------------------
// Mixed small files

/** A minimal .docx holding @p paragraphs (as tests/cli/tst_cli_ingest.cpp builds it). */
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
        const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
        // libzip stores the current time in each entry; a fixed one keeps the bytes stable.
        zip_file_set_dostime(archive, zip_uint64_t(index), 0, (44 << 9) | (1 << 5) | 1, 0);
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

/** 8 kHz mono 16-bit PCM: a sine tone of @p hertz for @p milliseconds. */
QByteArray makeWav(int hertz, int milliseconds)
{
    constexpr int kRate = 8000;
    const int samples = kRate * milliseconds / 1000;
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i) {
        const auto value = qint16(qRound(8000 * qSin(2 * M_PI * hertz * i / kRate)));
        qToLittleEndian(value, pcm.data() + 2 * i);
    }
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto u16 = [&wav](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(quint32(36 + pcm.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(kRate);
    u32(kRate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(pcm.size()));
    return wav + pcm;
}

int generateMixed(const QString &dir, int files, quint64 seed)
{
    if (QFileInfo::exists(dir))
        die(QStringLiteral("%1 already exists").arg(dir));
    // Shares of each kind, in per mille; the rest of N goes to plain text.
    struct Share
    {
        const char *kind;
        int perMille;
    };
    const Share shares[] = {{"md", 100},  {"html", 150}, {"docx", 150},
                            {"pdf", 150}, {"png", 130},  {"wav", 20}};
    std::vector<QString> kinds;
    for (const Share &share : shares)
        for (int i = 0; i < files * share.perMille / 1000; ++i)
            kinds.push_back(QString::fromLatin1(share.kind));
    while (int(kinds.size()) < files)
        kinds.push_back(QStringLiteral("txt"));
    Rng rng(seed);
    // Interleave the kinds deterministically (Fisher-Yates with our generator).
    for (int i = int(kinds.size()) - 1; i > 0; --i)
        std::swap(kinds[size_t(i)], kinds[size_t(rng.below(i + 1))]);

    const QFont lineFont = scanFont(300, 12);
    std::map<QString, std::pair<int, qint64>> perKind; // kind → files, bytes
    qint64 total = 0;
    for (int i = 0; i < files; ++i) {
        const QString &kind = kinds[size_t(i)];
        const QString folder = QDir(dir).filePath(QStringLiteral("folder-%1").arg(i % 10));
        QDir().mkpath(folder);
        const QString stem = QStringLiteral("%1-%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(kind);
        const QString heading = QStringLiteral("Record %1: %2").arg(i + 1).arg(sentence(rng, 4, 7));
        QByteArray bytes;
        if (kind == QLatin1String("txt")) {
            QStringList paragraphs{heading};
            for (int p = rng.between(1, 8); p > 0; --p)
                paragraphs << paragraph(rng, rng.between(2, 6));
            bytes = paragraphs.join(QStringLiteral("\n\n")).toUtf8() + '\n';
        } else if (kind == QLatin1String("md")) {
            QString text = QStringLiteral("# ") + heading + QStringLiteral("\n\n");
            for (int p = rng.between(1, 6); p > 0; --p) {
                text += paragraph(rng, rng.between(2, 5)) + QStringLiteral("\n\n");
                if (rng.below(2))
                    text += QStringLiteral("- ") + sentence(rng, 4, 9) + QStringLiteral("\n- ") +
                            sentence(rng, 4, 9) + QStringLiteral("\n\n");
            }
            bytes = text.toUtf8();
        } else if (kind == QLatin1String("html")) {
            QString text = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                          "<title>%1</title><style>p{margin:1em}</style></head>"
                                          "<body><h1>%1</h1>\n")
                               .arg(heading.toHtmlEscaped());
            for (int p = rng.between(1, 8); p > 0; --p)
                text += QStringLiteral("<p>%1</p>\n").arg(paragraph(rng, rng.between(2, 6)));
            bytes = (text + QStringLiteral("</body></html>\n")).toUtf8();
        } else if (kind == QLatin1String("docx")) {
            QStringList paragraphs{heading};
            for (int p = rng.between(1, 8); p > 0; --p)
                paragraphs << paragraph(rng, rng.between(2, 6));
            bytes = makeDocx(paragraphs);
        } else if (kind == QLatin1String("pdf")) {
            bytes = textPdf(rng.between(1, 3), rng, heading, 1, 3);
        } else if (kind == QLatin1String("png")) {
            bytes = png(renderLines({heading}, lineFont, 300, QSize(), 40, 1.4));
        } else if (kind == QLatin1String("wav")) {
            bytes = makeWav(200 + 10 * i % 1800, rng.between(500, 2000));
        }
        const QString path = QDir(folder).filePath(stem + QLatin1Char('.') + kind);
        if (!writeFile(path, bytes))
            die(QStringLiteral("cannot write %1").arg(path));
        perKind[kind].first += 1;
        perKind[kind].second += bytes.size();
        total += bytes.size();
    }
    std::printf("files=%d\nbytes=%lld\n", files, static_cast<long long>(total));
    for (const auto &[kind, count] : perKind)
        std::printf("kind_%s=%d files, %lld bytes\n", qPrintable(kind), count.first,
                    static_cast<long long>(count.second));
    return 0;
}

// ---------------------------------------------------------------------------------------
// The process meter

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

std::string readSmallFile(const std::string &path)
{
    std::string out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    char buffer[8192];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        out.append(buffer, size_t(n));
    ::close(fd);
    return out;
}

/** VmHWM of @p pid in KiB, or -1 (gone, or a zombie without memory). */
long long vmHwmKib(pid_t pid)
{
    const std::string status = readSmallFile("/proc/" + std::to_string(pid) + "/status");
    const size_t at = status.find("VmHWM:");
    if (at == std::string::npos)
        return -1;
    return std::atoll(status.c_str() + at + 6);
}

/** Direct children of @p pid, from every thread's children list. */
std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> children;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList tasks = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        const std::string list =
            readSmallFile(QStringLiteral("%1/%2/children").arg(taskDir, task).toStdString());
        const char *p = list.c_str();
        char *end = nullptr;
        for (long value = std::strtol(p, &end, 10); end != p; value = std::strtol(p, &end, 10)) {
            children.push_back(pid_t(value));
            p = end;
        }
    }
    return children;
}

struct Meter
{
    pid_t child = -1;
    Clock::time_point start;
    long long selfHwm = -1;           // last VmHWM seen of the child
    long long selfHwmAfterReset = -1; // the same, after the reset
    bool reset = false;
    std::map<pid_t, long long> descendantHwm;
    std::map<pid_t, std::pair<double, double>> descendantSeen; // first and last sample
    size_t mostAtOnce = 0;

    void sample()
    {
        const long long hwm = vmHwmKib(child);
        if (hwm >= 0) {
            selfHwm = reset ? selfHwm : hwm;
            if (reset)
                selfHwmAfterReset = hwm;
        }
        std::vector<pid_t> pending = childrenOf(child);
        size_t living = 0;
        while (!pending.empty()) {
            const pid_t pid = pending.back();
            pending.pop_back();
            const long long value = vmHwmKib(pid);
            if (value >= 0) {
                ++living;
                long long &best = descendantHwm[pid];
                best = std::max(best, value);
                const double now = secondsBetween(start, Clock::now());
                auto seen = descendantSeen.try_emplace(pid, now, now).first;
                seen->second.second = now;
            }
            const std::vector<pid_t> more = childrenOf(pid);
            pending.insert(pending.end(), more.begin(), more.end());
        }
        mostAtOnce = std::max(mostAtOnce, living);
    }
};

struct Events
{
    int imported = 0, duplicates = 0, failed = 0, extracted = 0;
    std::map<std::string, int> statuses;
    double firstImported = -1, lastImported = -1, lastExtracted = -1;
};

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int runMeasured(const QStringList &args)
{
    QString stdinPath, stdoutPath;
    QStringList header;
    bool resetOnEvent = false;
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        if (arg == QLatin1String("--stdin") && i + 1 < args.size())
            stdinPath = args.at(++i);
        else if (arg == QLatin1String("--stdout") && i + 1 < args.size())
            stdoutPath = args.at(++i);
        else if (arg == QLatin1String("--helper-header") && i + 3 < args.size())
            header = args.mid(i + 1, 3), i += 3;
        else if (arg == QLatin1String("--reset-hwm-on-event"))
            resetOnEvent = true;
        else
            die(QStringLiteral("run: unknown option %1").arg(arg));
    }
    if (i >= args.size())
        die(QStringLiteral("run: no program given after --"));
    std::vector<std::string> argvStore;
    for (; i < args.size(); ++i)
        argvStore.push_back(args.at(i).toStdString());
    std::vector<char *> argv;
    for (std::string &arg : argvStore)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    QByteArray input;
    if (!stdinPath.isEmpty()) {
        QFile file(stdinPath);
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(stdinPath));
        input = file.readAll();
        if (!header.isEmpty()) {
            // The request line ExtractionRequest::headerLine() writes.
            const QJsonObject request{{QStringLiteral("name"), header.at(0)},
                                      {QStringLiteral("mime"), header.at(1)},
                                      {QStringLiteral("size"), qint64(input.size())},
                                      {QStringLiteral("ocr_languages"), header.at(2)}};
            input.prepend(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    FILE *keep = nullptr;
    if (!stdoutPath.isEmpty() && !(keep = std::fopen(qPrintable(stdoutPath), "wb")))
        die(QStringLiteral("cannot write %1").arg(stdoutPath));

    int inPipe[2] = {-1, -1}, outPipe[2], errPipe[2];
    if ((!stdinPath.isEmpty() && ::pipe2(inPipe, O_CLOEXEC) != 0) ||
        ::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0)
        die(QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    std::signal(SIGPIPE, SIG_IGN);

    Meter meter;
    meter.start = Clock::now();
    meter.child = ::fork();
    if (meter.child < 0)
        die(QStringLiteral("fork failed"));
    if (meter.child == 0) {
        const int in = stdinPath.isEmpty() ? ::open("/dev/null", O_RDONLY) : inPipe[0];
        ::dup2(in, STDIN_FILENO);
        ::dup2(outPipe[1], STDOUT_FILENO);
        ::dup2(errPipe[1], STDERR_FILENO);
        ::signal(SIGPIPE, SIG_DFL);
        ::execvp(argv[0], argv.data());
        std::fprintf(stderr, "cannot run %s: %s\n", argv[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    int inFd = -1;
    if (!stdinPath.isEmpty()) {
        ::close(inPipe[0]);
        inFd = inPipe[1];
        setNonBlocking(inFd);
    }
    qsizetype written = 0;
    int outFd = outPipe[0], errFd = errPipe[0];
    long long stdoutBytes = 0, formFeeds = 0;
    std::string errLine;
    std::string errorText; // stderr that is not a progress event, for diagnosis
    Events events;
    const auto onErrLine = [&](const std::string &line, double at) {
        const auto has = [&line](const char *what) {
            return line.find(what) != std::string::npos;
        };
        if (has("\"event\":\"imported\"")) {
            ++events.imported;
            if (events.firstImported < 0) {
                events.firstImported = at;
                if (resetOnEvent) {
                    meter.sample(); // the peak before the reset stays in selfHwm
                    const std::string path = "/proc/" + std::to_string(meter.child) + "/clear_refs";
                    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
                    if (fd >= 0 && ::write(fd, "5", 1) == 1) {
                        meter.reset = true;
                        meter.sample(); // a value even if the process ends right away
                    }
                    if (fd >= 0)
                        ::close(fd);
                }
            }
            events.lastImported = at;
        } else if (has("\"event\":\"duplicate\"")) {
            ++events.duplicates;
        } else if (has("\"event\":\"failed\"")) {
            ++events.failed;
        } else if (has("\"event\":\"extracted\"")) {
            ++events.extracted;
            events.lastExtracted = at;
            const size_t s = line.find("\"status\":\"");
            if (s != std::string::npos) {
                const size_t e = line.find('"', s + 10);
                ++events.statuses[line.substr(s + 10, e - s - 10)];
            }
        } else if (errorText.size() < 4000) {
            errorText += line + "\n";
        }
    };

    bool exited = false;
    auto lastSample = Clock::now() - std::chrono::seconds(1);
    double selfUser = -1, selfSys = -1;
    while (!exited || outFd >= 0 || errFd >= 0) {
        std::vector<pollfd> fds;
        if (outFd >= 0)
            fds.push_back({outFd, POLLIN, 0});
        if (errFd >= 0)
            fds.push_back({errFd, POLLIN, 0});
        if (inFd >= 0)
            fds.push_back({inFd, POLLOUT, 0});
        ::poll(fds.data(), nfds_t(fds.size()), 10);
        char buffer[65536];
        for (const pollfd &p : fds) {
            if (!(p.revents & (POLLIN | POLLOUT | POLLHUP | POLLERR)))
                continue;
            if (p.fd == inFd) {
                const ssize_t n =
                    ::write(inFd, input.constData() + written,
                            size_t(std::min<qsizetype>(input.size() - written, 65536)));
                if (n > 0)
                    written += n;
                if ((n < 0 && errno != EAGAIN) || written == input.size()) {
                    ::close(inFd);
                    inFd = -1;
                }
                continue;
            }
            const ssize_t n = ::read(p.fd, buffer, sizeof buffer);
            if (n <= 0) {
                ::close(p.fd);
                (p.fd == outFd ? outFd : errFd) = -1;
                continue;
            }
            if (p.fd == outFd) {
                stdoutBytes += n;
                formFeeds += std::count(buffer, buffer + n, '\f');
                if (keep)
                    std::fwrite(buffer, 1, size_t(n), keep);
            } else {
                const double at = secondsBetween(meter.start, Clock::now());
                errLine.append(buffer, size_t(n));
                size_t newline;
                while ((newline = errLine.find('\n')) != std::string::npos) {
                    onErrLine(errLine.substr(0, newline), at);
                    errLine.erase(0, newline + 1);
                }
            }
        }
        if (!exited && Clock::now() - lastSample >= std::chrono::milliseconds(10)) {
            meter.sample();
            lastSample = Clock::now();
        }
        if (!exited) {
            siginfo_t info{};
            if (::waitid(P_PID, id_t(meter.child), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
                info.si_pid == meter.child) {
                exited = true;
                // A zombie still has its own CPU times (fields 14 and 15 of stat).
                const std::string stat =
                    readSmallFile("/proc/" + std::to_string(meter.child) + "/stat");
                const size_t paren = stat.rfind(')');
                if (paren != std::string::npos) {
                    std::vector<std::string> fields;
                    size_t pos = paren + 2;
                    while (pos < stat.size()) {
                        const size_t space = stat.find(' ', pos);
                        fields.push_back(stat.substr(pos, space - pos));
                        if (space == std::string::npos)
                            break;
                        pos = space + 1;
                    }
                    const double tick = double(::sysconf(_SC_CLK_TCK));
                    if (fields.size() > 12) {
                        selfUser = std::atof(fields[11].c_str()) / tick;
                        selfSys = std::atof(fields[12].c_str()) / tick;
                    }
                }
                if (inFd >= 0) {
                    ::close(inFd);
                    inFd = -1;
                }
            }
        }
    }
    if (!errLine.empty())
        onErrLine(errLine, secondsBetween(meter.start, Clock::now()));
    int status = 0;
    rusage usage{};
    ::wait4(meter.child, &status, 0, &usage);
    const double wall = secondsBetween(meter.start, Clock::now());
    if (keep)
        std::fclose(keep);

    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + t.tv_usec / 1e6;
    };
    long long descendantPeak = -1;
    for (const auto &[pid, hwm] : meter.descendantHwm)
        descendantPeak = std::max(descendantPeak, hwm);
    const double user = seconds(usage.ru_utime), sys = seconds(usage.ru_stime);
    std::printf("wall_s=%.3f\n", wall);
    std::printf("user_s=%.2f\nsys_s=%.2f\ncpu_s=%.2f\n", user, sys, user + sys);
    std::printf("self_user_s=%.2f\nself_sys_s=%.2f\n", selfUser, selfSys);
    std::printf("children_cpu_s=%.2f\n", user + sys - selfUser - selfSys);
    std::printf("tree_max_rss_kib=%ld\n", usage.ru_maxrss);
    std::printf("self_hwm_kib=%lld\n", meter.selfHwm);
    if (resetOnEvent)
        std::printf("self_hwm_after_event_kib=%lld\n", meter.selfHwmAfterReset);
    std::printf("descendants=%zu\nmost_at_once=%zu\n", meter.descendantHwm.size(),
                meter.mostAtOnce);
    std::printf("descendant_hwm_kib=%lld\n", descendantPeak);
    // How many descendants ran at once on average, from their sampled lifetimes.
    double lifetimes = 0, firstSeen = -1, lastSeen = -1;
    for (const auto &[pid, seen] : meter.descendantSeen) {
        lifetimes += seen.second - seen.first;
        firstSeen = firstSeen < 0 ? seen.first : std::min(firstSeen, seen.first);
        lastSeen = std::max(lastSeen, seen.second);
    }
    std::printf("descendant_lifetimes_s=%.3f\ndescendant_span_s=%.3f\n", lifetimes,
                lastSeen - firstSeen);
    std::printf("stdout_bytes=%lld\nstdout_formfeeds=%lld\n", stdoutBytes, formFeeds);
    std::printf("events_imported=%d\nevents_duplicate=%d\nevents_failed=%d\nevents_extracted=%d\n",
                events.imported, events.duplicates, events.failed, events.extracted);
    for (const auto &[name, count] : events.statuses)
        std::printf("extracted_%s=%d\n", name.c_str(), count);
    std::printf("t_first_imported=%.3f\nt_last_imported=%.3f\nt_last_extracted=%.3f\n",
                events.firstImported, events.lastImported, events.lastExtracted);
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("exit=%d\n", code);
    if (code != 0 && !errorText.empty())
        std::fprintf(stderr, "%s", errorText.c_str());
    return 0;
}

// ---------------------------------------------------------------------------------------

int helperJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    const QByteArray line = file.readLine();
    const QJsonObject answer = QJsonDocument::fromJson(line).object();
    const QJsonArray pages = answer.value(QStringLiteral("pages")).toArray();
    qint64 characters = 0;
    double confidence = 0;
    int ocrPages = 0;
    for (const QJsonValue &value : pages) {
        const QJsonObject page = value.toObject();
        characters += page.value(QStringLiteral("text")).toString().size();
        if (page.value(QStringLiteral("ocr")).toBool()) {
            ++ocrPages;
            confidence += page.value(QStringLiteral("confidence")).toDouble();
        }
    }
    std::printf("answer_bytes=%lld\nstatus=%s\nerror=%s\npages=%lld\ntext_chars=%lld\n",
                static_cast<long long>(file.size()),
                qPrintable(answer.value(QStringLiteral("status")).toString()),
                qPrintable(answer.value(QStringLiteral("error")).toString()),
                static_cast<long long>(pages.size()), static_cast<long long>(characters));
    std::printf(
        "thumbnail_base64_bytes=%lld\n",
        static_cast<long long>(answer.value(QStringLiteral("thumbnail_png")).toString().size()));
    if (ocrPages > 0)
        std::printf("ocr_pages=%d\nocr_confidence=%.1f\n", ocrPages, confidence / ocrPages);
    return 0;
}

int recall(const QString &expectedPath, const QString &actualPath)
{
    QFile expected(expectedPath), actual(actualPath);
    if (!expected.open(QIODevice::ReadOnly) || !actual.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1 or %2").arg(expectedPath, actualPath));
    std::printf("word_recall=%.4f\n",
                amanat::testdata::wordRecall(QString::fromUtf8(expected.readAll()),
                                             QString::fromUtf8(actual.readAll())));
    return 0;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: %s pdf FILE [--pages N] [--seed S]\n"
                 "       %s scans DIR [--pages N] [--truth DIR] [--seed S]\n"
                 "       %s mixed DIR [--files N] [--seed S]\n"
                 "       %s blank FILE\n"
                 "       %s run [OPTIONS] -- PROGRAM [ARG]...\n"
                 "       %s helper-json FILE\n"
                 "       %s recall EXPECTED ACTUAL\n",
                 kProgram, kProgram, kProgram, kProgram, kProgram, kProgram, kProgram);
    return 2;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "run" || command == "helper-json" || command == "recall") {
        // No QGuiApplication: the meter must not add start-up work of its own.
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (command == "run")
            return runMeasured(args);
        if (command == "helper-json" && args.size() == 1)
            return helperJson(args.at(0));
        if (command == "recall" && args.size() == 2)
            return recall(args.at(0), args.at(1));
        return usage();
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(2);
    if (args.isEmpty())
        return usage();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("3")).toULongLong();
    if (!amanat::testdata::hasFont(QStringLiteral("DejaVu Sans")))
        die(QStringLiteral("the font DejaVu Sans is needed (Debian: fonts-dejavu-core)"));
    if (command == "pdf") {
        const int pages = option(args, QStringLiteral("--pages"), QStringLiteral("500")).toInt();
        Rng rng(seed);
        const QByteArray pdf = textPdf(pages, rng, QStringLiteral("Ingest benchmark report"), 3, 5);
        if (!writeFile(args.at(0), pdf))
            die(QStringLiteral("cannot write %1").arg(args.at(0)));
        std::printf("pages=%d\nbytes=%lld\n", pages, static_cast<long long>(pdf.size()));
        return 0;
    }
    if (command == "scans")
        return generateScans(args.at(0),
                             option(args, QStringLiteral("--pages"), QStringLiteral("20")).toInt(),
                             option(args, QStringLiteral("--truth"), QString()), seed);
    if (command == "blank") {
        // A 16 × 16 white PNG: no text, so an extraction of it is start-up and model loading.
        QImage white(16, 16, QImage::Format_Grayscale8);
        white.fill(255);
        if (!writeFile(args.at(0), png(white)))
            die(QStringLiteral("cannot write %1").arg(args.at(0)));
        return 0;
    }
    if (command == "mixed")
        return generateMixed(
            args.at(0), option(args, QStringLiteral("--files"), QStringLiteral("1000")).toInt(),
            seed);
    return usage();
}
