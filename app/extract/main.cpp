// amanat-extract: the sandboxed helper that parses one untrusted file.
//
// Protocol: one line of JSON (ExtractionRequest) then exactly `size` bytes of the file on
// standard input; one line of JSON (ExtractionResult) on standard output. The process
// limits itself before reading anything: address space, CPU time, no files written, no
// core dumps. A crash, a hang or a memory bomb costs only this process; the core reports
// the item's extraction as failed and goes on.

#include "ExtractorRegistry.h"
#include "crypto/Sodium.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
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

bool readExactly(char *buffer, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(STDIN_FILENO, buffer + done, std::size_t(size - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool readHeader(QByteArray &line)
{
    constexpr int kMaxHeader = 64 * 1024;
    char c = 0;
    while (line.size() < kMaxHeader) {
        if (::read(STDIN_FILENO, &c, 1) != 1)
            return false;
        if (c == '\n')
            return true;
        line.append(c);
    }
    return false;
}

int answer(const ExtractionResult &result)
{
    const QByteArray json = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    // The limits come first, before any untrusted byte is read.
    qint64 memoryMb = 2048;
    qint64 cpuSeconds = 600;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--memory-mb")
            memoryMb = QByteArray(argv[i + 1]).toLongLong();
        else if (arg == "--cpu-seconds")
            cpuSeconds = QByteArray(argv[i + 1]).toLongLong();
    }
    limit(RLIMIT_AS, rlim_t(memoryMb) << 20);
    limit(RLIMIT_CPU, rlim_t(cpuSeconds));
    // Never write a file: a parser bug cannot leave plaintext on disk.
    std::signal(SIGXFSZ, SIG_IGN);
    limit(RLIMIT_FSIZE, 0);

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    try {
        QByteArray header;
        ExtractionRequest request;
        if (!readHeader(header) || !ExtractionRequest::parseHeaderLine(header, &request))
            return answer(
                ExtractionResult::failure(QStringLiteral("the extraction request was malformed")));
        if (request.size > (memoryMb << 20) / 2)
            return answer(ExtractionResult::failure(
                QStringLiteral("the file is too large to extract text from (%1 MiB)")
                    .arg(request.size >> 20)));
        ExtractionInput input;
        input.name = request.name;
        input.mime = request.mime;
        input.ocrLanguages = request.ocrLanguages;
        input.pdfPassword = request.pdfPassword;
        input.data.resize(request.size);
        if (!readExactly(input.data.data(), request.size))
            return answer(
                ExtractionResult::failure(QStringLiteral("the file's bytes did not arrive")));
        ExtractorRegistry registry;
        return answer(registry.extract(input));
    } catch (const std::bad_alloc &) {
        return answer(
            ExtractionResult::failure(QStringLiteral("the file needs more memory than allowed")));
    } catch (const std::exception &error) {
        return answer(ExtractionResult::failure(QStringLiteral("the file could not be read: %1")
                                                    .arg(QString::fromLocal8Bit(error.what()))));
    }
}
