// amanat-extract: the sandboxed helper that parses one untrusted file.
//
// Protocol: one line of JSON (ExtractionRequest) then exactly `size` bytes of the file on
// standard input; one line of JSON (ExtractionResult) on standard output. The process
// limits itself before reading anything: address space, CPU time, no files written, no
// core dumps. A crash, a hang or a memory bomb costs only this process; the core reports
// the item's extraction as failed and goes on.
//
// With --raster it turns pages of one file into JPEG page images for the bundle exporter,
// burning redactions in (core/redaction/RasterProtocol.h), under the same limits. With
// --leak-check it reads a finished bundle back and reports any protected string still
// legible (core/redaction/LeakCheckProtocol.h).
//
// With --serve it answers one extraction request after another until its input ends, each
// read in a fresh child forked from the already started helper (ExtractionServer.h), so
// that a file costs a fork rather than loading Qt and the parsers' libraries again.
//
// With --render the helper instead serves a viewer: it reads one document, then answers
// render/find/text requests until its input ends (core/render/RenderProtocol.h), under
// the same limits.

#include "ExtractionServer.h"
#include "HelperIo.h"
#include "LeakScanner.h"
#include "Sandbox.h"
#include "SandboxSelfTest.h"
#include "PageRasterizer.h"
#include "RenderServer.h"
#include "crypto/Sodium.h"

#include <QCommandLineParser>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageReader>
#include <QJsonObject>

#include <csignal>
#include <exception>
#include <sys/resource.h>
#include <unistd.h>

using namespace amanat;

namespace {

void limit(int resource, rlim_t value)
{
    rlimit limits{value, value};
    setrlimit(resource, &limits);
}

using helperio::readExactly;
using helperio::readHeader;
using helperio::writeLine;

int runRaster(qint64 memoryMb)
{
    auto fail = [](const QString &message) {
        writeLine(QJsonObject{{QStringLiteral("error"), message}});
        return 0;
    };
    try {
        QByteArray header;
        RasterRequest request;
        if (!readHeader(header) || !RasterRequest::parseHeaderLine(header, &request))
            return fail(QStringLiteral("the page request was malformed"));
        if (request.size > (memoryMb << 20) / 2)
            return fail(QStringLiteral("the file is too large (%1 MiB)").arg(request.size >> 20));
        QByteArray data(request.size, Qt::Uninitialized);
        if (!readExactly(data.data(), request.size))
            return fail(QStringLiteral("the file's bytes did not arrive"));
        const PageRasterizer::Sinks sinks{[](const RasterPage &page) { writeLine(page.toJson()); },
                                          [](const ReencodedImage &image) {
                                              writeLine(image.toJson());
                                          }};
        const QString error = PageRasterizer::run(request, data, sinks);
        if (!error.isEmpty())
            return fail(error);
        writeLine(QJsonObject{{QStringLiteral("done"), true}});
        return 0;
    } catch (const std::bad_alloc &) {
        return fail(QStringLiteral("the file needs more memory than allowed"));
    } catch (const std::exception &error) {
        return fail(QStringLiteral("the file could not be read: %1")
                        .arg(QString::fromLocal8Bit(error.what())));
    }
}

int runLeakCheck(qint64 memoryMb)
{
    auto fail = [](const QString &message) {
        writeLine(QJsonObject{{QStringLiteral("error"), message}});
        return 0;
    };
    try {
        QByteArray header;
        LeakCheckRequest request;
        if (!readHeader(header) || !LeakCheckRequest::parseHeaderLine(header, &request))
            return fail(QStringLiteral("the leak check request was malformed"));
        if (request.size > (memoryMb << 20) / 2)
            return fail(QStringLiteral("the bundle is too large (%1 MiB)").arg(request.size >> 20));
        QByteArray data(request.size, Qt::Uninitialized);
        if (!readExactly(data.data(), request.size))
            return fail(QStringLiteral("the bundle's bytes did not arrive"));
        const LeakScanner::Sinks sinks{
            [](const LeakFinding &finding) { writeLine(finding.toJson()); },
            [](const LeakPageChecked &checked) {
                writeLine(checked.toJson());
            }};
        const QString error = LeakScanner::run(request, data, sinks);
        if (!error.isEmpty())
            return fail(error);
        writeLine(QJsonObject{{QStringLiteral("done"), true}});
        return 0;
    } catch (const std::bad_alloc &) {
        return fail(QStringLiteral("the bundle needs more memory than allowed"));
    } catch (const std::exception &error) {
        return fail(QStringLiteral("the bundle could not be read: %1")
                        .arg(QString::fromLocal8Bit(error.what())));
    }
}

int answer(const ExtractionResult &result)
{
    writeLine(result.toJson());
    return 0;
}

} // namespace

/** The path of this executable, for the self-test's probes. */
QString selfPath()
{
    char path[4096];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    return n > 0 ? QString::fromLocal8Bit(path, int(n)) : QString();
}

/** What each mode's client expects when the helper cannot confine itself. */
int refuseUnconfined(bool rasterMode, bool leakCheckMode, bool renderMode,
                     const sandbox::Report &report)
{
    const QString message =
        QStringLiteral("the sandbox could not be applied (%1)").arg(report.summary());
    if (rasterMode || leakCheckMode) {
        writeLine(QJsonObject{{QStringLiteral("error"), message}});
        return 0;
    }
    if (renderMode)
        return 1;
    return answer(ExtractionResult::failure(message));
}

int main(int argc, char *argv[])
{
    hardenProcess();
    // The limits come first, before any untrusted byte is read.
    qint64 memoryMb = 2048;
    qint64 cpuSeconds = 600;
    bool renderMode = false;
    bool rasterMode = false;
    bool leakCheckMode = false;
    bool serveMode = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--render")
            renderMode = true;
        if (arg == "--raster")
            rasterMode = true;
        if (arg == "--leak-check")
            leakCheckMode = true;
        if (arg == "--serve")
            serveMode = true;
        if (i + 1 >= argc)
            continue;
        if (arg == "--memory-mb")
            memoryMb = QByteArray(argv[i + 1]).toLongLong();
        else if (arg == "--cpu-seconds")
            cpuSeconds = QByteArray(argv[i + 1]).toLongLong();
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.contains(QStringLiteral("--sandbox-self-test")))
        return sandbox::selfTest(selfPath(), arguments.contains(QStringLiteral("--unsandboxed")),
                                 arguments.contains(QStringLiteral("--forked")));
    if (arguments.contains(QStringLiteral("--sandbox-probe")))
        return sandbox::probe(arguments); // the sandbox alone, without the limits below
    limit(RLIMIT_AS, rlim_t(memoryMb) << 20);
    // A server's processor-time limit applies to each child, which reads one file.
    if (!serveMode)
        limit(RLIMIT_CPU, rlim_t(cpuSeconds));
    // Never write a file: a parser bug cannot leave plaintext on disk.
    std::signal(SIGXFSZ, SIG_IGN);
    limit(RLIMIT_FSIZE, 0);

    // Confinement, part one: a clean environment and working directory, no inherited
    // descriptors, new namespaces without capabilities.
    sandbox::Report sandboxReport;
    sandbox::prepare(sandboxReport);

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Fonts and image plugins are found before the filter; models and plugins loaded later
    // are read through the few folders Landlock leaves readable.
    QFontDatabase::families();
    QImageReader::supportedImageFormats();

    // A server reads no file itself: each child confines itself before reading one.
    if (serveMode)
        return serveExtractions(FileLimits{memoryMb, cpuSeconds}, sandboxReport);

    // Part two, before a byte of input: no_new_privs, Landlock, seccomp.
    if (!sandbox::confine(sandboxReport))
        return refuseUnconfined(rasterMode, leakCheckMode, renderMode, sandboxReport);

    if (rasterMode)
        return runRaster(memoryMb);
    if (leakCheckMode)
        return runLeakCheck(memoryMb);

    if (renderMode) {
        try {
            return RenderServer((memoryMb << 20) / 2).run();
        } catch (const std::exception &) {
            return 1; // the viewer sees the helper end and says the document cannot be shown
        }
    }

    return answer(extractFromInput(FileLimits{memoryMb, cpuSeconds}));
}
