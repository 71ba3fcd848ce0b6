// Redaction benchmark (issue 10): how completely the witness redactor in
// `amanat-extract --raster` covers a protected person's name on scanned police files, how
// much else it blacks out, and how long it takes, next to a baseline redactor that blacks
// out the word boxes of Tesseract's plain `--psm 3` reading. See run_redaction_bench.sh and
// docs/benchmarks.md, "Redaction".
//
//   bench_redaction OUTDIR [--pages N] [--first-seed S] [--jobs J] [--helper PATH]
//                   [--no-leak-check]
//
// OUTDIR must not exist. It receives:
//   set/scan-NNN.png, set/truth.json   the generated pages (tests/common/PoliceScan) and
//                                      where every occurrence is, as make_police_scans writes
//   redactor/scan-NNN.jpg              the helper's burned page
//   baseline/scan-NNN.jpg              the baseline's burned page (JPEG quality 85, as the
//                                      helper encodes)
//   misses/                            for every occurrence a redactor left (partly) visible
//                                      or readable: the original above the output, cropped
//   results.json                       every figure, per page and in total
// and the summary is printed on stdout (Markdown tables).
//
// Per page, in one worker (J workers, default 2, like the bundle exporter's helpers):
//  1. the redactor: one `amanat-extract --raster` process, terms from RedactionTerms for the
//     person's names and phone, language groups from OcrLanguages (as the bundle exporter
//     makes them); wall time and the process's CPU time (wait4);
//  2. the baseline: `tesseract page.png stdout -l chi_sim+eng --psm 3 tsv`, then every word
//     box black whose word is part of a protected string read on its line, or contains a
//     fragment of one (2 Han characters, 4 letters, 4 digits of the phone); timed the same
//     way (tesseract's process plus this thread's CPU for matching, burning, encoding);
//  3. measurement of both outputs (and of the original, for reference):
//     - geometric: an occurrence is covered when, in each of its polygons shrunk by 1 px,
//       at least 98 % of the pixels have luminance < 60;
//     - OCR: `tesseract` in chi_sim+eng with --psm 3, 6 and 11 (and in uig on pages with
//       Uyghur); a protected string is read when its letters and digits (case-folded,
//       NFKC; the phone by its 11 national digits) appear in the concatenated words; the
//       read is attributed to the occurrences its word boxes overlap;
//     - false-positive area: pixels black in the output (< 60) and not in the original,
//       outside every occurrence polygon grown by 20 % of its height, over the page area;
//     - bystanders: people on the page who are not protected, read by psm 3 on the output,
//       out of those psm 3 reads on the original;
//  4. the leak check (`amanat-extract --leak-check`) on a one-page PDF holding each output's
//     JPEG as it is: what it flags, and whether it flags what the redactor left.
// Every tesseract and helper run gets OMP_THREAD_LIMIT=1 (the helper the environment of
// HelperProcess::environment()).

#include "PoliceScan.h"
#include "helper/HelperProcess.h"
#include "helper/LeakCheckProtocol.h"
#include "helper/OcrLanguages.h"
#include "helper/RasterProtocol.h"
#include "redaction/RedactionTerms.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPainter>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtMath>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <numeric>
#include <poll.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace amanat;
using namespace amanat::test;

namespace {

constexpr int kBlack = 60;               // luminance below which a pixel counts as black
constexpr double kCoveredShare = 0.98;   // of the shrunk polygon's pixels
constexpr double kMarginOfHeight = 0.20; // grown margin not counted as false positive
constexpr int kJpegQuality = 85;         // as the helper's jpegOf()
const QString kMainLanguages = QStringLiteral("chi_sim+eng");
const QVector<int> kModes{3, 6, 11};

// ---------------------------------------------------------------------------------------
// Child processes with their own CPU time

struct ProcessRun
{
    bool ok = false; ///< started, exited with 0, not timed out
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double wall = 0; ///< seconds, fork to reaping
    double cpu = 0;  ///< user + system seconds of the child (and its children)
};

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QStringList &environment, const QByteArray &input, int timeoutSeconds)
{
    ProcessRun run;
    std::vector<std::string> argStrings{program.toStdString()};
    for (const QString &a : arguments)
        argStrings.push_back(a.toStdString());
    std::vector<std::string> envStrings;
    for (const QString &e : environment)
        envStrings.push_back(e.toStdString());
    std::vector<char *> argv, envp;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return run;
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return run;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    int inFd = in[1], outFd = out[0], errFd = err[0];
    ::fcntl(inFd, F_SETFL, O_NONBLOCK);
    qint64 written = 0;
    if (input.isEmpty()) {
        ::close(inFd);
        inFd = -1;
    }
    bool timedOut = false;
    char buffer[65536];
    while (outFd >= 0 || errFd >= 0) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (elapsed > timeoutSeconds) {
            ::kill(pid, SIGKILL);
            timedOut = true;
            break;
        }
        pollfd fds[3];
        int n = 0;
        int inAt = -1, outAt = -1, errAt = -1;
        if (inFd >= 0) {
            inAt = n;
            fds[n++] = pollfd{inFd, POLLOUT, 0};
        }
        if (outFd >= 0) {
            outAt = n;
            fds[n++] = pollfd{outFd, POLLIN, 0};
        }
        if (errFd >= 0) {
            errAt = n;
            fds[n++] = pollfd{errFd, POLLIN, 0};
        }
        if (::poll(fds, nfds_t(n), 500) < 0 && errno != EINTR)
            break;
        if (inAt >= 0 && (fds[inAt].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t w = ::write(inFd, input.constData() + written,
                                      std::size_t(qMin<qint64>(65536, input.size() - written)));
            if (w > 0)
                written += w;
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || written >= input.size()) {
                ::close(inFd);
                inFd = -1;
            }
        }
        auto drain = [&buffer](int &fd, QByteArray &into) {
            const ssize_t r = ::read(fd, buffer, sizeof buffer);
            if (r > 0) {
                into.append(buffer, int(r));
            } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
                ::close(fd);
                fd = -1;
            }
        };
        if (outAt >= 0 && (fds[outAt].revents & (POLLIN | POLLHUP | POLLERR)))
            drain(outFd, run.out);
        if (errAt >= 0 && (fds[errAt].revents & (POLLIN | POLLHUP | POLLERR)))
            drain(errFd, run.err);
    }
    for (int fd : {inFd, outFd, errFd})
        if (fd >= 0)
            ::close(fd);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.ok = !timedOut && run.exitCode == 0;
    return run;
}

double threadCpu()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// ---------------------------------------------------------------------------------------
// Text: what counts as reading a protected string

/** Letters and digits only, NFKC, lower case. */
QString fold(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    QString out;
    for (QChar c : normal)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

bool isHan(QChar c)
{
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ||
           (c.unicode() >= 0x3400 && c.unicode() <= 0x4DBF);
}

bool isArabic(QChar c)
{
    return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
}

QString scriptOf(const QString &text)
{
    for (QChar c : text) {
        if (isHan(c))
            return QStringLiteral("Han");
        if (isArabic(c))
            return QStringLiteral("Uyghur");
    }
    if (!text.isEmpty() && (text.at(0) == QLatin1Char('+') || text.at(0).isDigit()))
        return QStringLiteral("phone");
    return QStringLiteral("Latin");
}

/** The keys a reading is searched for: each protected string folded; the phone by its
 *  national digits (a reader who has those has the number). */
QStringList keysOf(const QStringList &protectedStrings)
{
    QStringList keys;
    for (const QString &s : protectedStrings) {
        QString key = fold(s);
        if (scriptOf(s) == QLatin1String("phone") && key.size() > 11)
            key = key.right(11);
        if (!key.isEmpty())
            keys << key;
    }
    keys.removeDuplicates();
    return keys;
}

struct Word
{
    QRectF box;
    QString text;
    int block = 0, paragraph = 0, line = 0;
};

QVector<Word> parseTsv(const QByteArray &tsv)
{
    QVector<Word> words;
    const QList<QByteArray> lines = tsv.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 12 || f.at(0) != "5")
            continue;
        const QString text = QString::fromUtf8(f.at(11)).trimmed();
        if (text.isEmpty())
            continue;
        words.append(Word{
            QRectF(f.at(6).toDouble(), f.at(7).toDouble(), f.at(8).toDouble(), f.at(9).toDouble()),
            text, f.at(2).toInt(), f.at(3).toInt(), f.at(4).toInt()});
    }
    return words;
}

/** One protected key read in a run of words. */
struct Read
{
    int key = -1;
    QVector<int> words; ///< indices into the words searched
};

/** Every occurrence of every key in the concatenation of @p indices' words. */
QVector<Read> findKeys(const QVector<Word> &words, const QVector<int> &indices,
                       const QStringList &keys)
{
    QString text;
    QVector<int> owner;
    for (int i : indices) {
        const QString f = fold(words.at(i).text);
        text += f;
        for (int k = 0; k < f.size(); ++k)
            owner.append(i);
    }
    QVector<Read> reads;
    for (int k = 0; k < keys.size(); ++k) {
        for (int at = int(text.indexOf(keys.at(k))); at >= 0;
             at = int(text.indexOf(keys.at(k), at + 1))) {
            Read read{k, {}};
            for (int c = at; c < at + keys.at(k).size(); ++c)
                if (!read.words.contains(owner.at(c)))
                    read.words.append(owner.at(c));
            reads.append(read);
        }
    }
    return reads;
}

QVector<int> allIndices(const QVector<Word> &words)
{
    QVector<int> out(words.size());
    std::iota(out.begin(), out.end(), 0);
    return out;
}

/** Fragments whose presence in one word makes the baseline black it out: two Han
 *  characters of a Han key, four letters of another key, four digits of the phone. */
QSet<QString> fragmentsOf(const QStringList &keys)
{
    QSet<QString> out;
    for (const QString &key : keys) {
        bool han = false;
        for (QChar c : key)
            han = han || isHan(c);
        const int length = han ? 2 : 4;
        for (int i = 0; i + length <= key.size(); ++i) {
            const QString piece = key.mid(i, length);
            if (han) {
                if (isHan(piece.at(0)) && isHan(piece.at(1)))
                    out.insert(piece);
            } else {
                out.insert(piece);
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Geometry

/** A rectangle polygon (4 corners, possibly closed, possibly rotated) moved outwards by
 *  @p delta pixels on every side (inwards when negative). */
QPolygonF offsetRect(const QPolygonF &polygon, double delta)
{
    if (polygon.size() < 4)
        return polygon;
    const QPointF p0 = polygon.at(0), p1 = polygon.at(1), p3 = polygon.at(3);
    const QPointF u = p1 - p0, v = p3 - p0;
    const double w = std::hypot(u.x(), u.y()), h = std::hypot(v.x(), v.y());
    if (w <= 0 || h <= 0)
        return polygon;
    const QPointF eu = u / w, ev = v / h;
    const QPointF centre = p0 + (u + v) / 2;
    const double hw = qMax(0.0, w / 2 + delta), hh = qMax(0.0, h / 2 + delta);
    return QPolygonF{centre - eu * hw - ev * hh, centre + eu * hw - ev * hh,
                     centre + eu * hw + ev * hh, centre - eu * hw + ev * hh};
}

double heightOf(const QPolygonF &polygon)
{
    if (polygon.size() < 4)
        return polygon.boundingRect().height();
    const QPointF v = polygon.at(3) - polygon.at(0);
    return std::hypot(v.x(), v.y());
}

QPolygonF scaled(const QPolygonF &polygon, double sx, double sy)
{
    QPolygonF out;
    for (const QPointF &p : polygon)
        out << QPointF(p.x() * sx, p.y() * sy);
    return out;
}

/** Share of the pixels inside @p polygon that are black in @p grey. */
double blackShare(const QImage &grey, const QPolygonF &polygon)
{
    const QRect bounds = polygon.boundingRect().toAlignedRect().intersected(grey.rect());
    if (bounds.isEmpty())
        return 0;
    QImage mask(bounds.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    {
        QPainter painter(&mask);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.translate(-bounds.topLeft());
        painter.drawPolygon(polygon);
    }
    qint64 inside = 0, black = 0;
    for (int y = 0; y < bounds.height(); ++y) {
        const uchar *m = mask.constScanLine(y);
        const uchar *g = grey.constScanLine(bounds.top() + y) + bounds.left();
        for (int x = 0; x < bounds.width(); ++x) {
            if (m[x] < 128)
                continue;
            ++inside;
            black += g[x] < kBlack ? 1 : 0;
        }
    }
    return inside > 0 ? double(black) / double(inside) : 0;
}

QImage greyOf(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QByteArray jpegOf(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    writer.write(image.allGray() ? image.convertToFormat(QImage::Format_Grayscale8)
                                 : image.convertToFormat(QImage::Format_RGB888));
    return buffer.data();
}

/** A one-page PDF showing @p jpeg (as it is, DCTDecode) at @p dpi: what a bundle holds. */
QByteArray pdfOfJpeg(const QByteArray &jpeg, const QSize &pixels, bool grey, double dpi)
{
    const double w = pixels.width() * 72.0 / dpi, h = pixels.height() * 72.0 / dpi;
    QByteArray pdf("%PDF-1.4\n");
    QVector<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray size = QByteArray::number(w, 'f', 3) + ' ' + QByteArray::number(h, 'f', 3);
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + size +
           "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(pixels.width()) +
           " /Height " + QByteArray::number(pixels.height()) + " /ColorSpace " +
           (grey ? "/DeviceGray" : "/DeviceRGB") +
           " /BitsPerComponent 8 /Filter /DCTDecode /Length " + QByteArray::number(jpeg.size()) +
           " >>\nstream\n" + jpeg + "\nendstream");
    const QByteArray content = "q " + QByteArray::number(w, 'f', 3) + " 0 0 " +
                               QByteArray::number(h, 'f', 3) + " 0 0 cm /Im0 Do Q\n";
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
           "endstream");
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// ---------------------------------------------------------------------------------------
// The set

struct Page
{
    int index = 0;
    QString file;
    ScanSpec spec;
    GeneratedScan scan; ///< image dropped once written
    QSize size;
};

QString layoutName(ScanSpec::Layout layout)
{
    switch (layout) {
    case ScanSpec::Layout::RegistrationForm:
        return QStringLiteral("registration form");
    case ScanSpec::Layout::InterrogationRecord:
        return QStringLiteral("interrogation record");
    case ScanSpec::Layout::SurveillanceTable:
        return QStringLiteral("surveillance table (landscape)");
    }
    return QString();
}

/** Page @p i of the set: layouts in turn; 300 and 150 dpi alternating by triple; Uyghur on
 *  every other pair of registration forms; rotation, type size (9–14 pt), paper and noise
 *  from the seed. */
ScanSpec specFor(int i, quint32 seed)
{
    QRandomGenerator random(seed * 7919u);
    ScanSpec spec;
    spec.seed = seed;
    spec.layout = static_cast<ScanSpec::Layout>(i % 3);
    const int triple = i / 3;
    spec.dpi = triple % 2 == 0 ? 300 : 150;
    spec.rotationDegrees = random.generateDouble() * 2 - 1;
    spec.pointSize = 9 + random.bounded(6);
    spec.paperGrey = random.bounded(2) ? 255 : 222 + int(random.bounded(14));
    spec.noise = random.bounded(3) == 0 ? 0 : 6 + int(random.bounded(8));
    spec.includeUyghur = spec.layout == ScanSpec::Layout::RegistrationForm && (triple / 2) % 2 == 1;
    return spec;
}

QJsonArray polygonJson(const QPolygonF &polygon)
{
    QJsonArray points;
    for (const QPointF &p : polygon)
        points.append(QJsonArray{p.x(), p.y()});
    return points;
}

// ---------------------------------------------------------------------------------------
// Measuring one output

struct Context
{
    QString outDir;
    QString helper;
    QString tesseract;
    QStringList helperEnv;
    QStringList tesseractEnv;
    QVector<RedactionTerm> terms;
    QStringList groups;
    QStringList keys;
    QSet<QString> fragments;
    bool leakCheck = true;
};

struct OcrResult
{
    bool ran = false;
    double wall = 0, cpu = 0;
    QVector<Word> words;
    QVector<Read> reads;
};

OcrResult tesseractOn(const Context &c, const QString &file, const QString &languages, int psm,
                      int dpi)
{
    OcrResult r;
    const ProcessRun run =
        runProcess(c.tesseract,
                   {file, QStringLiteral("stdout"), QStringLiteral("-l"), languages,
                    QStringLiteral("--psm"), QString::number(psm), QStringLiteral("--dpi"),
                    QString::number(dpi), QStringLiteral("tsv")},
                   c.tesseractEnv, QByteArray(), 600);
    r.ran = run.ok;
    r.wall = run.wall;
    r.cpu = run.cpu;
    r.words = parseTsv(run.out);
    r.reads = findKeys(r.words, allIndices(r.words), c.keys);
    return r;
}

/** What one image (original, redactor's or baseline's output) shows. */
struct Evaluation
{
    QVector<double> coverage; ///< per occurrence: the least black share of its polygons
    /** per occurrence: OCR modes ("chi_sim+eng psm 3", …) that read it */
    QVector<QStringList> readBy;
    QMap<QString, int> strayReads; ///< per mode: reads attributed to no occurrence
    QStringList modes;
    qint64 falsePositivePixels = 0;
    qint64 newBlackPixels = 0;
    double pageArea = 0;
    QStringList bystandersRead;
    QVector<LeakFinding> leaks;
    bool leakRan = false;
    double leakWall = 0, leakCpu = 0;
};

/** Occurrence polygons in the pixels of an output of @p outSize. */
QVector<QVector<QPolygonF>> occurrencePolygons(const Page &page, const QSize &outSize)
{
    const double sx = double(outSize.width()) / page.size.width();
    const double sy = double(outSize.height()) / page.size.height();
    QVector<QVector<QPolygonF>> out;
    for (const ScanOccurrence &o : page.scan.occurrences) {
        QVector<QPolygonF> areas;
        for (const QPolygonF &p : o.areas)
            areas << scaled(p, sx, sy);
        out << areas;
    }
    return out;
}

void attribute(const OcrResult &ocr, const QString &mode,
               const QVector<QVector<QPolygonF>> &polygons, Evaluation &e)
{
    e.modes << mode;
    for (const Read &read : ocr.reads) {
        bool any = false;
        for (int o = 0; o < polygons.size(); ++o) {
            QRectF bounds;
            for (const QPolygonF &p : polygons.at(o))
                bounds = bounds.united(p.boundingRect());
            for (int w : read.words) {
                const QRectF box = ocr.words.at(w).box;
                const QRectF common = box.intersected(bounds);
                const double area = common.width() * common.height();
                const double least =
                    qMin(box.width() * box.height(), bounds.width() * bounds.height());
                if (area > 0.2 * least) {
                    if (!e.readBy[o].contains(mode))
                        e.readBy[o] << mode;
                    any = true;
                    break;
                }
            }
        }
        if (!any)
            e.strayReads[mode] += 1;
    }
}

/** Runs the OCR checks (and the leak check, for outputs) on @p file and measures pixels.
 *  @p original is null when @p image is the original. @p ocrPsm3 reuses a psm 3 reading. */
Evaluation evaluate(const Context &c, const Page &page, const QString &file, const QImage &image,
                    const QImage *original, const QByteArray &jpeg, bool grey,
                    const OcrResult *ocrPsm3)
{
    Evaluation e;
    const QVector<QVector<QPolygonF>> polygons = occurrencePolygons(page, image.size());
    const QImage g = greyOf(image);
    const double scale = double(image.width()) / page.size.width();
    const int dpi = qRound(page.spec.dpi * scale);
    e.coverage.fill(1.0, polygons.size());
    e.readBy.resize(polygons.size());
    for (int o = 0; o < polygons.size(); ++o)
        for (const QPolygonF &p : polygons.at(o))
            e.coverage[o] = qMin(e.coverage[o], blackShare(g, offsetRect(p, -1)));

    if (original) {
        const QImage before = greyOf(
            original->size() == image.size()
                ? *original
                : original->scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        QImage allowed(image.size(), QImage::Format_Grayscale8);
        allowed.fill(0);
        {
            QPainter painter(&allowed);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            for (const QVector<QPolygonF> &areas : polygons)
                for (const QPolygonF &p : areas)
                    painter.drawPolygon(offsetRect(p, kMarginOfHeight * heightOf(p)));
        }
        for (int y = 0; y < g.height(); ++y) {
            const uchar *now = g.constScanLine(y);
            const uchar *was = before.constScanLine(y);
            const uchar *ok = allowed.constScanLine(y);
            for (int x = 0; x < g.width(); ++x) {
                if (now[x] < kBlack && was[x] >= kBlack) {
                    ++e.newBlackPixels;
                    if (ok[x] < 128)
                        ++e.falsePositivePixels;
                }
            }
        }
    }
    e.pageArea = double(image.width()) * image.height();

    QVector<QPair<QString, int>> runs;
    for (int psm : kModes)
        runs.append({kMainLanguages, psm});
    if (page.spec.includeUyghur)
        for (int psm : kModes)
            runs.append({QStringLiteral("uig"), psm});
    for (const auto &[languages, psm] : runs) {
        const bool reuse = ocrPsm3 && languages == kMainLanguages && psm == 3;
        const OcrResult ocr = reuse ? *ocrPsm3 : tesseractOn(c, file, languages, psm, dpi);
        const QString mode = QStringLiteral("%1 psm %2").arg(languages).arg(psm);
        attribute(ocr, mode, polygons, e);
        if (languages == kMainLanguages && psm == 3) {
            QString all;
            for (const Word &w : ocr.words)
                all += fold(w.text);
            for (const QString &b : page.scan.bystanderTexts)
                if (!fold(b).isEmpty() && all.contains(fold(b)))
                    e.bystandersRead << b;
        }
    }

    if (original && c.leakCheck) {
        const QByteArray pdf = pdfOfJpeg(jpeg, image.size(), grey, dpi);
        LeakCheckRequest request;
        request.size = pdf.size();
        request.terms = c.terms;
        request.languageGroups = c.groups;
        request.dpi = 300;
        const ProcessRun run = runProcess(c.helper, {QStringLiteral("--leak-check")}, c.helperEnv,
                                          request.headerLine() + pdf, 900);
        e.leakWall = run.wall;
        e.leakCpu = run.cpu;
        bool done = false;
        for (const QByteArray &line : run.out.split('\n')) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            LeakFinding finding;
            if (json.value(QStringLiteral("done")).toBool())
                done = true;
            else if (LeakFinding::fromJson(json, &finding))
                e.leaks.append(finding);
        }
        e.leakRan = run.ok && done;
    }
    return e;
}

/** Occurrences a leak finding overlaps. */
QVector<bool> flaggedByLeakCheck(const Evaluation &e, const QVector<QVector<QPolygonF>> &polygons,
                                 const QSize &size)
{
    QVector<bool> flagged(polygons.size(), false);
    for (const LeakFinding &f : e.leaks) {
        const QRectF r(f.rect.x() * size.width(), f.rect.y() * size.height(),
                       f.rect.width() * size.width(), f.rect.height() * size.height());
        for (int o = 0; o < polygons.size(); ++o)
            for (const QPolygonF &p : polygons.at(o))
                if (r.intersects(p.boundingRect()))
                    flagged[o] = true;
    }
    return flagged;
}

// ---------------------------------------------------------------------------------------
// One page

struct Outcome
{
    bool ok = false;
    QString error;
    double redactorWall = 0, redactorCpu = 0;
    int redactorBoxes = 0;
    QSize redactorSize;
    double baselineWall = 0, baselineCpu = 0;
    int baselineBoxes = 0;
    Evaluation original, redactor, baseline;
    QVector<bool> redactorLeakFlags, baselineLeakFlags;
};

QString cropName(const Page &page, int occurrence, const QString &who)
{
    return QStringLiteral("%1-occ%2-%3.png")
        .arg(page.file.chopped(4))
        .arg(occurrence + 1, 2, 10, QLatin1Char('0'))
        .arg(who);
}

/** The original around an occurrence above the same place in @p output. */
void saveMissCrop(const Context &c, const Page &page, int occurrence, const QString &who,
                  const QImage &original, const QImage &output)
{
    const double sx = double(output.width()) / original.width();
    const double sy = double(output.height()) / original.height();
    const QRectF bounds = page.scan.occurrences.at(occurrence).bounds();
    const double across = qMax(bounds.height() * 3, 80.0), down = qMax(bounds.height() * 1.5, 40.0);
    const QRect in =
        bounds.adjusted(-across, -down, across, down).toAlignedRect().intersected(original.rect());
    const QRect out =
        QRectF(in.x() * sx, in.y() * sy, in.width() * sx, in.height() * sy).toAlignedRect();
    const QImage a = original.copy(in).convertToFormat(QImage::Format_RGB32);
    const QImage b = output.copy(out).scaled(a.size()).convertToFormat(QImage::Format_RGB32);
    QImage both(a.width(), a.height() * 2 + 4, QImage::Format_RGB32);
    both.fill(Qt::red);
    QPainter painter(&both);
    painter.drawImage(0, 0, a);
    painter.drawImage(0, a.height() + 4, b);
    painter.end();
    if (both.width() < 600) // small type at 150 dpi: enlarge to be seen
        both = both.scaledToWidth(600, Qt::SmoothTransformation);
    both.save(QDir(c.outDir).filePath(QStringLiteral("misses/") + cropName(page, occurrence, who)));
}

Outcome processPage(const Context &c, const Page &page)
{
    Outcome out;
    const QDir dir(c.outDir);
    const QString source = dir.filePath(QStringLiteral("set/") + page.file);
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read ") + source;
        return out;
    }
    const QByteArray png = file.readAll();
    const QImage original = QImage::fromData(png, "PNG");

    // 1. The redactor, through the real helper.
    RasterRequest request;
    request.mime = QStringLiteral("image/png");
    request.size = png.size();
    request.allPages = true;
    request.terms = c.terms;
    request.languageGroups = c.groups;
    request.dpi = 300;
    const ProcessRun helper = runProcess(c.helper, {QStringLiteral("--raster")}, c.helperEnv,
                                         request.headerLine() + png, 900);
    out.redactorWall = helper.wall;
    out.redactorCpu = helper.cpu;
    RasterPage raster;
    bool gotPage = false, done = false;
    for (const QByteArray &line : helper.out.split('\n')) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.value(QStringLiteral("done")).toBool())
            done = true;
        else if (json.contains(QStringLiteral("error")))
            out.error = json.value(QStringLiteral("error")).toString();
        else if (!gotPage && RasterPage::fromJson(json, &raster))
            gotPage = true;
    }
    if (!helper.ok || !done || !gotPage) {
        if (out.error.isEmpty())
            out.error = QStringLiteral("the helper failed (exit %1): %2")
                            .arg(helper.exitCode)
                            .arg(QString::fromUtf8(helper.err.right(400)));
        return out;
    }
    out.redactorBoxes = int(raster.autoBoxes.size());
    const QString redactedFile =
        dir.filePath(QStringLiteral("redactor/") + page.file.chopped(4) + QStringLiteral(".jpg"));
    QFile redacted(redactedFile);
    if (!redacted.open(QIODevice::WriteOnly) || redacted.write(raster.jpeg) != raster.jpeg.size()) {
        out.error = QStringLiteral("cannot write ") + redactedFile;
        return out;
    }
    redacted.close();
    const QImage redactorImage = QImage::fromData(raster.jpeg, "JPEG");
    out.redactorSize = redactorImage.size();

    // 2. The baseline: psm 3 word boxes. Its reading is also the original's psm 3 reading.
    const double cpuBefore = threadCpu();
    QElapsedTimer clock;
    clock.start();
    const OcrResult psm3 = tesseractOn(c, source, kMainLanguages, 3, page.spec.dpi);
    QSet<int> black;
    QMap<QString, QVector<int>> lines;
    for (int i = 0; i < psm3.words.size(); ++i) {
        const Word &w = psm3.words.at(i);
        lines[QStringLiteral("%1.%2.%3").arg(w.block).arg(w.paragraph).arg(w.line)].append(i);
        const QString f = fold(w.text);
        for (const QString &fragment : c.fragments)
            if (f.contains(fragment))
                black.insert(i);
    }
    for (const QVector<int> &line : std::as_const(lines))
        for (const Read &read : findKeys(psm3.words, line, c.keys))
            for (int w : read.words)
                black.insert(w);
    QImage baselineImage = original.convertToFormat(QImage::Format_RGB32);
    {
        QPainter painter(&baselineImage);
        for (int w : std::as_const(black))
            painter.fillRect(psm3.words.at(w).box, Qt::black);
    }
    const QByteArray baselineJpeg = jpegOf(baselineImage);
    out.baselineWall = double(clock.nsecsElapsed()) / 1e9;
    out.baselineCpu = psm3.cpu + (threadCpu() - cpuBefore);
    out.baselineBoxes = int(black.size());
    const QString baselineFile =
        dir.filePath(QStringLiteral("baseline/") + page.file.chopped(4) + QStringLiteral(".jpg"));
    QFile baselineOut(baselineFile);
    if (!baselineOut.open(QIODevice::WriteOnly) ||
        baselineOut.write(baselineJpeg) != baselineJpeg.size()) {
        out.error = QStringLiteral("cannot write ") + baselineFile;
        return out;
    }
    baselineOut.close();
    const QImage baselineDecoded = QImage::fromData(baselineJpeg, "JPEG");

    // 3. and 4. Measure.
    out.original = evaluate(c, page, source, original, nullptr, QByteArray(), false, &psm3);
    out.redactor = evaluate(c, page, redactedFile, redactorImage, &original, raster.jpeg,
                            raster.grey, nullptr);
    out.baseline = evaluate(c, page, baselineFile, baselineDecoded, &original, baselineJpeg,
                            baselineDecoded.allGray(), nullptr);
    out.redactorLeakFlags = flaggedByLeakCheck(
        out.redactor, occurrencePolygons(page, redactorImage.size()), redactorImage.size());
    out.baselineLeakFlags = flaggedByLeakCheck(
        out.baseline, occurrencePolygons(page, baselineDecoded.size()), baselineDecoded.size());

    for (int o = 0; o < page.scan.occurrences.size(); ++o) {
        if (out.redactor.coverage.at(o) < kCoveredShare || !out.redactor.readBy.at(o).isEmpty())
            saveMissCrop(c, page, o, QStringLiteral("redactor"), original, redactorImage);
    }
    out.ok = true;
    return out;
}

// ---------------------------------------------------------------------------------------
// Summary

struct Tally
{
    int total = 0;
    int covered = 0;
    int mostlyCovered = 0;     ///< at least 90 % black, for context
    QMap<QString, int> readBy; ///< occurrences read per mode
    int readAny = 0;
    int leftAny = 0;     ///< not covered or read
    int leftFlagged = 0; ///< of those, flagged by the leak check
};

QString pct(int part, int whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QStringLiteral(" %")
                     : QStringLiteral("—");
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double mean(const QVector<double> &v)
{
    return v.isEmpty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / v.size();
}

double maximum(const QVector<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1String("--"))) {
        std::fprintf(stderr, "usage: bench_redaction OUTDIR [--pages N] [--first-seed S] "
                             "[--jobs J] [--helper PATH] [--no-leak-check]\n");
        return 2;
    }
    auto option = [&args](const char *name, const QString &fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    Context c;
    c.outDir = QDir(args.at(1)).absolutePath();
    const int pageCount = option("--pages", QStringLiteral("60")).toInt();
    const quint32 firstSeed = option("--first-seed", QStringLiteral("1001")).toUInt();
    const int jobs = qMax(1, option("--jobs", QStringLiteral("2")).toInt());
    c.helper =
        QFileInfo(option("--helper", QCoreApplication::applicationDirPath() +
                                         QStringLiteral("/../../app/extract/amanat-extract")))
            .canonicalFilePath();
    c.leakCheck = !args.contains(QStringLiteral("--no-leak-check"));
    c.tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (c.helper.isEmpty() || c.tesseract.isEmpty()) {
        std::fprintf(stderr, "amanat-extract (--helper) or tesseract not found\n");
        return 2;
    }
    if (QFileInfo::exists(c.outDir)) {
        std::fprintf(stderr, "%s exists; give a new folder\n", qPrintable(c.outDir));
        return 2;
    }
    QDir dir;
    for (const char *sub : {"set", "redactor", "baseline", "misses"})
        dir.mkpath(QDir(c.outDir).filePath(QLatin1String(sub)));
    c.helperEnv = HelperProcess::environment().toStringList();
    QProcessEnvironment tesseractEnv = QProcessEnvironment::systemEnvironment();
    tesseractEnv.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    c.tesseractEnv = tesseractEnv.toStringList();

    // The protected person as the user records them, and what the exporter derives.
    const ScanPerson person = ScanPerson::protectedWitness();
    const QString source = QStringLiteral("W-1");
    for (const QString &name : {person.han, person.latin, person.uyghur})
        RedactionTerms::merge(c.terms, RedactionTerms::forName(name, source));
    RedactionTerms::merge(c.terms, RedactionTerms::forContact(person.phone, source));
    QStringList missing;
    c.groups = OcrLanguages::groupsFor(c.terms, {QStringLiteral("chi_sim"), QStringLiteral("eng")},
                                       OcrLanguages::installed(), &missing);
    const QStringList protectedList = protectedStrings(person);
    c.keys = keysOf(protectedList);
    c.fragments = fragmentsOf(c.keys);

    // Generate the set.
    std::fprintf(stderr, "Generating %d pages…\n", pageCount);
    QVector<Page> pages;
    QJsonArray truthPages;
    for (int i = 0; i < pageCount; ++i) {
        Page page;
        page.index = i;
        page.file = QStringLiteral("scan-%1.png").arg(i + 1, 3, 10, QLatin1Char('0'));
        page.spec = specFor(i, firstSeed + quint32(i));
        page.scan = generatePoliceScan(page.spec, person);
        page.size = page.scan.image.size();
        if (!page.scan.image.save(QDir(c.outDir).filePath(QStringLiteral("set/") + page.file))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(page.file));
            return 1;
        }
        page.scan.image = QImage();
        QJsonArray occurrences;
        for (const ScanOccurrence &o : page.scan.occurrences) {
            QJsonArray areas;
            for (const QPolygonF &p : o.areas)
                areas.append(polygonJson(p));
            occurrences.append(
                QJsonObject{{QStringLiteral("text"), o.text}, {QStringLiteral("areas"), areas}});
        }
        truthPages.append(QJsonObject{
            {QStringLiteral("file"), page.file},
            {QStringLiteral("layout"), int(page.spec.layout)},
            {QStringLiteral("dpi"), page.spec.dpi},
            {QStringLiteral("rotation"), page.spec.rotationDegrees},
            {QStringLiteral("point_size"), page.spec.pointSize},
            {QStringLiteral("paper"), page.spec.paperGrey},
            {QStringLiteral("noise"), page.spec.noise},
            {QStringLiteral("uyghur"), page.spec.includeUyghur},
            {QStringLiteral("occurrences"), occurrences},
            {QStringLiteral("bystanders"), QJsonArray::fromStringList(page.scan.bystanderTexts)}});
        pages.append(page);
    }
    {
        QFile truth(QDir(c.outDir).filePath(QStringLiteral("set/truth.json")));
        if (!truth.open(QIODevice::WriteOnly))
            return 1;
        truth.write(QJsonDocument(QJsonObject{{QStringLiteral("pages"), truthPages},
                                              {QStringLiteral("protected"),
                                               QJsonArray::fromStringList(protectedList)}})
                        .toJson());
    }

    // Run.
    const QString loadBefore = loadAverage();
    std::fprintf(stderr, "Redacting %d pages, %d at a time; language groups %s; load %s\n",
                 pageCount, jobs, qPrintable(c.groups.join(QStringLiteral(", "))),
                 qPrintable(loadBefore));
    QVector<Outcome> outcomes(pages.size());
    QMutex printing;
    int finished = 0;
    QElapsedTimer total;
    total.start();
    {
        QThreadPool pool;
        pool.setMaxThreadCount(jobs);
        for (int i = 0; i < pages.size(); ++i) {
            pool.start([&, i] {
                outcomes[i] = processPage(c, pages.at(i));
                QMutexLocker lock(&printing);
                ++finished;
                const Outcome &o = outcomes.at(i);
                int left = 0;
                for (int k = 0; o.ok && k < o.redactor.coverage.size(); ++k)
                    left += o.redactor.coverage.at(k) < kCoveredShare ||
                                    !o.redactor.readBy.at(k).isEmpty()
                                ? 1
                                : 0;
                std::fprintf(stderr, "[%d/%d] %s: %s redactor %.1f s, baseline %.1f s, %d left\n",
                             finished, int(pages.size()), qPrintable(pages.at(i).file),
                             o.ok ? "" : qPrintable(QStringLiteral("FAILED (%1)").arg(o.error)),
                             o.redactorWall, o.baselineWall, left);
            });
        }
        pool.waitForDone();
    }
    const double totalSeconds = double(total.elapsed()) / 1000.0;
    const QString loadAfter = loadAverage();

    // Tally.
    QStringList allModes;
    for (int psm : kModes)
        allModes << QStringLiteral("%1 psm %2").arg(kMainLanguages).arg(psm);
    for (int psm : kModes)
        allModes << QStringLiteral("uig psm %1").arg(psm);
    struct Side
    {
        Tally all;
        QMap<QString, Tally> byScript, byLayout, byDpi, bySize;
        QVector<double> fp, newBlack, wall, cpu, leakWall;
        int pagesRead = 0, pagesStray = 0, bystandersRead = 0, bystandersKept = 0, leakPages = 0,
            leakFindings = 0, leakFailed = 0;
        QMap<QString, int> pagesReadBy;
    };
    Side red, base, orig;
    int failed = 0, bystanders = 0, bystandersOnOriginal = 0;
    QMap<QString, int> pagesByKind, occurrencesByScript;
    QJsonArray pageResults;
    QJsonArray missList;
    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        const Outcome &o = outcomes.at(i);
        if (!o.ok) {
            ++failed;
            pageResults.append(QJsonObject{{QStringLiteral("file"), page.file},
                                           {QStringLiteral("error"), o.error}});
            continue;
        }
        pagesByKind[QStringLiteral("%1, %2 dpi%3")
                        .arg(layoutName(page.spec.layout))
                        .arg(page.spec.dpi)
                        .arg(page.spec.includeUyghur ? QStringLiteral(", with Uyghur")
                                                     : QString())] += 1;
        bystanders += int(page.scan.bystanderTexts.size());
        bystandersOnOriginal += int(o.original.bystandersRead.size());
        QJsonArray occurrenceJson;
        for (Side *side : {&red, &base, &orig}) {
            const Evaluation &e = side == &red    ? o.redactor
                                  : side == &base ? o.baseline
                                                  : o.original;
            const QVector<bool> &flags = side == &red    ? o.redactorLeakFlags
                                         : side == &base ? o.baselineLeakFlags
                                                         : QVector<bool>();
            bool pageRead = false;
            QSet<QString> modesOnPage;
            for (int k = 0; k < page.scan.occurrences.size(); ++k) {
                const QString text = page.scan.occurrences.at(k).text;
                const bool covered = e.coverage.at(k) >= kCoveredShare;
                const bool read = !e.readBy.at(k).isEmpty();
                for (Tally *t : {&side->all, &side->byScript[scriptOf(text)],
                                 &side->byLayout[layoutName(page.spec.layout)],
                                 &side->byDpi[QStringLiteral("%1 dpi").arg(page.spec.dpi)],
                                 &side->bySize[QStringLiteral("%1 pt").arg(page.spec.pointSize)]}) {
                    ++t->total;
                    t->covered += covered ? 1 : 0;
                    t->mostlyCovered += e.coverage.at(k) >= 0.9 ? 1 : 0;
                    t->readAny += read ? 1 : 0;
                    for (const QString &m : e.readBy.at(k))
                        t->readBy[m] += 1;
                    if (!covered || read) {
                        ++t->leftAny;
                        t->leftFlagged += flags.value(k) ? 1 : 0;
                    }
                }
                pageRead = pageRead || read;
                for (const QString &m : e.readBy.at(k))
                    modesOnPage.insert(m);
            }
            int stray = 0;
            for (int n : e.strayReads)
                stray += n;
            side->pagesRead += pageRead ? 1 : 0;
            side->pagesStray += stray > 0 ? 1 : 0;
            for (const QString &m : std::as_const(modesOnPage))
                side->pagesReadBy[m] += 1;
            if (side != &orig) {
                side->fp.append(double(e.falsePositivePixels) / e.pageArea);
                side->newBlack.append(double(e.newBlackPixels) / e.pageArea);
                side->bystandersRead += int(e.bystandersRead.size());
                for (const QString &b : e.bystandersRead)
                    side->bystandersKept += o.original.bystandersRead.contains(b) ? 1 : 0;
                side->leakWall.append(e.leakWall);
                side->leakPages += e.leaks.isEmpty() ? 0 : 1;
                side->leakFindings += int(e.leaks.size());
                side->leakFailed += c.leakCheck && !e.leakRan ? 1 : 0;
            }
        }
        red.wall.append(o.redactorWall);
        red.cpu.append(o.redactorCpu);
        base.wall.append(o.baselineWall);
        base.cpu.append(o.baselineCpu);
        for (int k = 0; k < page.scan.occurrences.size(); ++k) {
            const QString text = page.scan.occurrences.at(k).text;
            occurrencesByScript[scriptOf(text)] += 1;
            auto sideJson = [&](const Evaluation &e, const QVector<bool> &flags) {
                return QJsonObject{
                    {QStringLiteral("coverage"), e.coverage.at(k)},
                    {QStringLiteral("read_by"), QJsonArray::fromStringList(e.readBy.at(k))},
                    {QStringLiteral("leak_check_flagged"), flags.value(k)}};
            };
            occurrenceJson.append(QJsonObject{
                {QStringLiteral("text"), text},
                {QStringLiteral("script"), scriptOf(text)},
                {QStringLiteral("read_on_original_by"),
                 QJsonArray::fromStringList(o.original.readBy.at(k))},
                {QStringLiteral("redactor"), sideJson(o.redactor, o.redactorLeakFlags)},
                {QStringLiteral("baseline"), sideJson(o.baseline, o.baselineLeakFlags)}});
            if (o.redactor.coverage.at(k) < kCoveredShare || !o.redactor.readBy.at(k).isEmpty()) {
                missList.append(QJsonObject{
                    {QStringLiteral("file"), page.file},
                    {QStringLiteral("occurrence"), k + 1},
                    {QStringLiteral("text"), text},
                    {QStringLiteral("layout"), layoutName(page.spec.layout)},
                    {QStringLiteral("dpi"), page.spec.dpi},
                    {QStringLiteral("point_size"), page.spec.pointSize},
                    {QStringLiteral("rotation"), page.spec.rotationDegrees},
                    {QStringLiteral("noise"), page.spec.noise},
                    {QStringLiteral("paper"), page.spec.paperGrey},
                    {QStringLiteral("bounds"),
                     QJsonArray{page.scan.occurrences.at(k).bounds().x(),
                                page.scan.occurrences.at(k).bounds().y(),
                                page.scan.occurrences.at(k).bounds().width(),
                                page.scan.occurrences.at(k).bounds().height()}},
                    {QStringLiteral("coverage"), o.redactor.coverage.at(k)},
                    {QStringLiteral("read_by"),
                     QJsonArray::fromStringList(o.redactor.readBy.at(k))},
                    {QStringLiteral("leak_check_flagged"), o.redactorLeakFlags.value(k)},
                    {QStringLiteral("crop"), cropName(page, k, QStringLiteral("redactor"))}});
            }
        }
        auto pageSide = [](const Evaluation &e, double wall, double cpu, int boxes) {
            return QJsonObject{
                {QStringLiteral("wall_s"), wall},
                {QStringLiteral("cpu_s"), cpu},
                {QStringLiteral("boxes"), boxes},
                {QStringLiteral("false_positive_share"),
                 double(e.falsePositivePixels) / e.pageArea},
                {QStringLiteral("new_black_share"), double(e.newBlackPixels) / e.pageArea},
                {QStringLiteral("bystanders_read"), QJsonArray::fromStringList(e.bystandersRead)},
                {QStringLiteral("leak_check_findings"), int(e.leaks.size())},
                {QStringLiteral("leak_check_ran"), e.leakRan},
                {QStringLiteral("leak_check_wall_s"), e.leakWall}};
        };
        pageResults.append(QJsonObject{
            {QStringLiteral("file"), page.file},
            {QStringLiteral("layout"), layoutName(page.spec.layout)},
            {QStringLiteral("dpi"), page.spec.dpi},
            {QStringLiteral("point_size"), page.spec.pointSize},
            {QStringLiteral("rotation"), page.spec.rotationDegrees},
            {QStringLiteral("noise"), page.spec.noise},
            {QStringLiteral("paper"), page.spec.paperGrey},
            {QStringLiteral("uyghur"), page.spec.includeUyghur},
            {QStringLiteral("size"), QJsonArray{page.size.width(), page.size.height()}},
            {QStringLiteral("redactor_size"),
             QJsonArray{o.redactorSize.width(), o.redactorSize.height()}},
            {QStringLiteral("bystanders"), QJsonArray::fromStringList(page.scan.bystanderTexts)},
            {QStringLiteral("bystanders_read_on_original"),
             QJsonArray::fromStringList(o.original.bystandersRead)},
            {QStringLiteral("redactor"),
             pageSide(o.redactor, o.redactorWall, o.redactorCpu, o.redactorBoxes)},
            {QStringLiteral("baseline"),
             pageSide(o.baseline, o.baselineWall, o.baselineCpu, o.baselineBoxes)},
            {QStringLiteral("occurrences"), occurrenceJson}});
    }

    // Print.
    const int done = int(pages.size()) - failed;
    std::printf("\nRedaction benchmark: %d pages (%d failed), %d occurrences; %d worker(s); "
                "language groups %s; total %.0f s; load %s → %s\n\n",
                int(pages.size()), failed, red.all.total, jobs,
                qPrintable(c.groups.join(QStringLiteral(", "))), totalSeconds,
                qPrintable(loadBefore), qPrintable(loadAfter));
    std::printf("| pages | count |\n|---|---:|\n");
    for (auto it = pagesByKind.cbegin(); it != pagesByKind.cend(); ++it)
        std::printf("| %s | %d |\n", qPrintable(it.key()), it.value());
    std::printf("\n| occurrences | count |\n|---|---:|\n");
    for (auto it = occurrencesByScript.cbegin(); it != occurrencesByScript.cend(); ++it)
        std::printf("| %s | %d |\n", qPrintable(it.key()), it.value());

    auto count = [](const Tally &t, int part) {
        return QStringLiteral("%1 / %2 (%3)").arg(part).arg(t.total).arg(pct(part, t.total));
    };
    std::printf("\n| | Amanat redactor | baseline: psm 3 word boxes | original (no redaction) |\n"
                "|---|---:|---:|---:|\n");
    std::printf("| occurrences covered (≥ %.0f %% black) | **%s** | %s | — |\n",
                kCoveredShare * 100, qPrintable(count(red.all, red.all.covered)),
                qPrintable(count(base.all, base.all.covered)));
    std::printf("| occurrences at least 90 %% black (for context) | %s | %s | — |\n",
                qPrintable(count(red.all, red.all.mostlyCovered)),
                qPrintable(count(base.all, base.all.mostlyCovered)));
    const bool anyUyghur = std::any_of(pages.cbegin(), pages.cend(),
                                       [](const Page &p) { return p.spec.includeUyghur; });
    for (const QString &m : std::as_const(allModes)) {
        const bool main = m.startsWith(kMainLanguages);
        if (!main && !anyUyghur)
            continue;
        std::printf("| occurrences read by %s%s | %s | %s | %s |\n", qPrintable(m),
                    main ? "" : " (run on the Uyghur pages only)",
                    qPrintable(count(red.all, red.all.readBy.value(m))),
                    qPrintable(count(base.all, base.all.readBy.value(m))),
                    qPrintable(count(orig.all, orig.all.readBy.value(m))));
    }
    std::printf("| occurrences read by any mode | **%s** | %s | %s |\n",
                qPrintable(count(red.all, red.all.readAny)),
                qPrintable(count(base.all, base.all.readAny)),
                qPrintable(count(orig.all, orig.all.readAny)));
    std::printf("| recall (covered and read by no mode) | **%s** | %s | — |\n",
                qPrintable(count(red.all, red.all.total - red.all.leftAny)),
                qPrintable(count(base.all, base.all.total - base.all.leftAny)));
    std::printf("| pages where OCR reads a protected string on an occurrence | %d / %d | %d / %d | "
                "%d / %d |\n",
                red.pagesRead, done, base.pagesRead, done, orig.pagesRead, done);
    std::printf("| pages with a protected string read elsewhere (no occurrence under it) | %d | %d "
                "| %d |\n",
                red.pagesStray, base.pagesStray, orig.pagesStray);
    std::printf(
        "| false-positive area, mean / max of pages | %.2f %% / %.2f %% | %.2f %% / %.2f %% "
        "| — |\n",
        mean(red.fp) * 100, maximum(red.fp) * 100, mean(base.fp) * 100, maximum(base.fp) * 100);
    std::printf(
        "| all newly black area, mean / max | %.2f %% / %.2f %% | %.2f %% / %.2f %% | — |\n",
        mean(red.newBlack) * 100, maximum(red.newBlack) * 100, mean(base.newBlack) * 100,
        maximum(base.newBlack) * 100);
    std::printf("| bystander names read by psm 3 (of %d on the pages) | %d | %d | %d |\n",
                bystanders, red.bystandersRead, base.bystandersRead, bystandersOnOriginal);
    std::printf("| of those read on the original, still read | %d / %d (%s) | %d / %d (%s) | — |\n",
                red.bystandersKept, bystandersOnOriginal,
                qPrintable(pct(red.bystandersKept, bystandersOnOriginal)), base.bystandersKept,
                bystandersOnOriginal, qPrintable(pct(base.bystandersKept, bystandersOnOriginal)));
    std::printf("| wall time per page, median / mean / max | %.2f / %.2f / %.2f s | %.2f / %.2f / "
                "%.2f s | — |\n",
                median(red.wall), mean(red.wall), maximum(red.wall), median(base.wall),
                mean(base.wall), maximum(base.wall));
    std::printf("| CPU time per page, mean (user + sys) | %.2f s | %.2f s | — |\n", mean(red.cpu),
                mean(base.cpu));
    if (c.leakCheck) {
        std::printf("| leak check: pages with findings (findings) | %d (%d) | %d (%d) | — |\n",
                    red.leakPages, red.leakFindings, base.leakPages, base.leakFindings);
        std::printf("| leak check: occurrences left (not covered or read) that it flags | %d / %d "
                    "| %d / %d | — |\n",
                    red.all.leftFlagged, red.all.leftAny, base.all.leftFlagged, base.all.leftAny);
        std::printf("| leak check wall time per page, mean | %.2f s | %.2f s | — |\n",
                    mean(red.leakWall), mean(base.leakWall));
        if (red.leakFailed || base.leakFailed)
            std::printf("| leak check runs that failed | %d | %d | — |\n", red.leakFailed,
                        base.leakFailed);
    }

    auto breakdown = [&](const char *title, QMap<QString, Tally> Side::*member) {
        std::printf("\n| %s | occurrences | redactor covered | redactor read (any) | baseline "
                    "covered | baseline read (any) | read on original (any) |\n"
                    "|---|---:|---:|---:|---:|---:|---:|\n",
                    title);
        const QMap<QString, Tally> &r = red.*member;
        for (auto it = r.cbegin(); it != r.cend(); ++it) {
            const Tally &b = (base.*member).value(it.key());
            const Tally &g = (orig.*member).value(it.key());
            std::printf("| %s | %d | %s | %d | %s | %d | %d |\n", qPrintable(it.key()),
                        it.value().total, qPrintable(pct(it.value().covered, it.value().total)),
                        it.value().readAny, qPrintable(pct(b.covered, b.total)), b.readAny,
                        g.readAny);
        }
    };
    breakdown("script", &Side::byScript);
    breakdown("layout", &Side::byLayout);
    breakdown("resolution", &Side::byDpi);
    breakdown("body type size", &Side::bySize);

    if (!missList.isEmpty()) {
        std::printf("\nOccurrences the redactor left (crops in %s/misses):\n",
                    qPrintable(c.outDir));
        for (const QJsonValue &v : std::as_const(missList)) {
            const QJsonObject m = v.toObject();
            QStringList readBy;
            for (const QJsonValue &r : m.value(QStringLiteral("read_by")).toArray())
                readBy << r.toString();
            std::printf("- %s #%d \"%s\": %s, %d dpi, %g pt, rotation %.2f°, noise %d; %.1f %% "
                        "black%s%s; %s\n",
                        qPrintable(m.value(QStringLiteral("file")).toString()),
                        m.value(QStringLiteral("occurrence")).toInt(),
                        qPrintable(m.value(QStringLiteral("text")).toString()),
                        qPrintable(m.value(QStringLiteral("layout")).toString()),
                        m.value(QStringLiteral("dpi")).toInt(),
                        m.value(QStringLiteral("point_size")).toDouble(),
                        m.value(QStringLiteral("rotation")).toDouble(),
                        m.value(QStringLiteral("noise")).toInt(),
                        m.value(QStringLiteral("coverage")).toDouble() * 100,
                        readBy.isEmpty() ? ""
                                         : qPrintable(QStringLiteral("; read by ") +
                                                      readBy.join(QStringLiteral(", "))),
                        m.value(QStringLiteral("leak_check_flagged")).toBool()
                            ? "; flagged by the leak check"
                            : (c.leakCheck ? "; NOT flagged by the leak check" : ""),
                        qPrintable(m.value(QStringLiteral("crop")).toString()));
        }
    }

    // Everything as JSON.
    auto sideSummary = [&](const Side &s) {
        QJsonObject readBy;
        for (auto it = s.all.readBy.cbegin(); it != s.all.readBy.cend(); ++it)
            readBy.insert(it.key(), it.value());
        QJsonObject pagesReadBy;
        for (auto it = s.pagesReadBy.cbegin(); it != s.pagesReadBy.cend(); ++it)
            pagesReadBy.insert(it.key(), it.value());
        return QJsonObject{{QStringLiteral("occurrences"), s.all.total},
                           {QStringLiteral("covered"), s.all.covered},
                           {QStringLiteral("read_by"), readBy},
                           {QStringLiteral("read_any"), s.all.readAny},
                           {QStringLiteral("left"), s.all.leftAny},
                           {QStringLiteral("left_flagged_by_leak_check"), s.all.leftFlagged},
                           {QStringLiteral("pages_read"), s.pagesRead},
                           {QStringLiteral("pages_read_by"), pagesReadBy},
                           {QStringLiteral("pages_stray_reads"), s.pagesStray},
                           {QStringLiteral("false_positive_mean"), mean(s.fp)},
                           {QStringLiteral("false_positive_max"), maximum(s.fp)},
                           {QStringLiteral("new_black_mean"), mean(s.newBlack)},
                           {QStringLiteral("bystanders_read"), s.bystandersRead},
                           {QStringLiteral("bystanders_kept"), s.bystandersKept},
                           {QStringLiteral("wall_median_s"), median(s.wall)},
                           {QStringLiteral("wall_mean_s"), mean(s.wall)},
                           {QStringLiteral("wall_max_s"), maximum(s.wall)},
                           {QStringLiteral("cpu_mean_s"), mean(s.cpu)},
                           {QStringLiteral("leak_check_pages"), s.leakPages},
                           {QStringLiteral("leak_check_findings"), s.leakFindings},
                           {QStringLiteral("leak_check_failed"), s.leakFailed},
                           {QStringLiteral("leak_check_wall_mean_s"), mean(s.leakWall)}};
    };
    QJsonArray termsJson = termsToJson(c.terms);
    QFile results(QDir(c.outDir).filePath(QStringLiteral("results.json")));
    if (results.open(QIODevice::WriteOnly))
        results.write(QJsonDocument(QJsonObject{{QStringLiteral("pages"), int(pages.size())},
                                                {QStringLiteral("failed"), failed},
                                                {QStringLiteral("jobs"), jobs},
                                                {QStringLiteral("first_seed"), double(firstSeed)},
                                                {QStringLiteral("language_groups"),
                                                 QJsonArray::fromStringList(c.groups)},
                                                {QStringLiteral("terms"), termsJson},
                                                {QStringLiteral("total_s"), totalSeconds},
                                                {QStringLiteral("load_before"), loadBefore},
                                                {QStringLiteral("load_after"), loadAfter},
                                                {QStringLiteral("bystanders_read_on_original"),
                                                 bystandersOnOriginal},
                                                {QStringLiteral("bystanders"), bystanders},
                                                {QStringLiteral("redactor"), sideSummary(red)},
                                                {QStringLiteral("baseline"), sideSummary(base)},
                                                {QStringLiteral("original"), sideSummary(orig)},
                                                {QStringLiteral("misses"), missList},
                                                {QStringLiteral("per_page"), pageResults}})
                          .toJson());
    return failed > 0 ? 1 : 0;
}
