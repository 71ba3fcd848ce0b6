#include "ExtractionServer.h"

#include "ExtractorRegistry.h"
#include "HelperIo.h"
#include "OcrEngine.h"

#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <exception>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace amanat {

namespace {

ExtractionResult extract(const ExtractionRequest &request, const QByteArray &data)
{
    try {
        ExtractionInput input;
        input.name = request.name;
        input.mime = request.mime;
        input.ocrLanguages = request.ocrLanguages;
        input.pdfPassword = request.pdfPassword;
        input.data = data;
        ExtractorRegistry registry;
        return registry.extract(input);
    } catch (const std::bad_alloc &) {
        return ExtractionResult::failure(QStringLiteral("the file needs more memory than allowed"));
    } catch (const std::exception &error) {
        return ExtractionResult::failure(QStringLiteral("the file could not be read: %1")
                                             .arg(QString::fromLocal8Bit(error.what())));
    }
}

/** Images and PDFs (scanned pages) may be read by OCR; other files never load its models. */
bool mayNeedOcr(const ExtractionRequest &request)
{
    return request.mime.startsWith(QLatin1String("image/")) ||
           request.mime == QLatin1String("application/pdf");
}

ExtractionResult tooLarge(qint64 size)
{
    return ExtractionResult::failure(
        QStringLiteral("the file is too large to extract text from (%1 MiB)").arg(size >> 20));
}

/** The child: confine, read the file, write one line, end without running destructors
 *  (the parent's objects are not the child's to tear down). */
[[noreturn]] void readInChild(const ExtractionRequest &request, const QByteArray &data,
                              const FileLimits &limits, sandbox::Report report, int answerFd)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0); // no orphan outlives the server
    dup2(answerFd, STDOUT_FILENO);
    close(answerFd);
    const int nothing = open("/dev/null", O_RDONLY | O_CLOEXEC);
    dup2(nothing, STDIN_FILENO); // the server's requests are not the child's to read
    close(nothing);
    const rlimit cpu{rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds)};
    setrlimit(RLIMIT_CPU, &cpu);
    if (!sandbox::confine(report)) {
        helperio::writeLine(
            ExtractionResult::failure(
                QStringLiteral("the sandbox could not be applied (%1)").arg(report.summary()))
                .toJson());
        _exit(0);
    }
    helperio::writeLine(extract(request, data).toJson());
    _exit(0);
}

/** Reads the child's answer until it closes its end; false when it says too much. */
bool readAnswer(int fd, QByteArray &answer)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return true;
        }
        answer.append(buffer, int(n));
        if (answer.size() > ExtractionResult::kMaxAnswerBytes)
            return false;
    }
}

/** Runs one file in a fresh child and writes its answer (or why there is none). */
void answerInChild(const ExtractionRequest &request, const QByteArray &data,
                   const FileLimits &limits, const sandbox::Report &report)
{
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        helperio::writeLine(
            ExtractionResult::failure(QStringLiteral("the extraction helper could not start "
                                                     "a reader (no pipe)"))
                .toJson());
        return;
    }
    std::fflush(stdout);
    const pid_t child = fork();
    if (child < 0) {
        close(pipeFds[0]);
        close(pipeFds[1]);
        helperio::writeLine(ExtractionResult::failure(
                                QStringLiteral("the extraction helper could not start a reader "
                                               "(%1)")
                                    .arg(QString::fromLocal8Bit(strerror(errno))))
                                .toJson());
        return;
    }
    if (child == 0) {
        close(pipeFds[0]);
        readInChild(request, data, limits, report, pipeFds[1]);
    }
    close(pipeFds[1]);
    QByteArray answer;
    const bool withinLimit = readAnswer(pipeFds[0], answer);
    close(pipeFds[0]);
    if (!withinLimit)
        kill(child, SIGKILL);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!withinLimit) {
        helperio::writeLine(
            ExtractionResult::failure(QStringLiteral("the extraction helper's answer was too "
                                                     "large"))
                .toJson());
        return;
    }
    if (WIFSIGNALED(status)) {
        helperio::writeLine(ExtractionResult::killedBySignal(WTERMSIG(status)).toJson());
        return;
    }
    // Only one JSON object on one line passes: a reader that was taken over cannot speak
    // for the files after it, or break the framing of the server's answers.
    const int newline = answer.indexOf('\n');
    const QByteArray line = newline >= 0 ? answer.left(newline) : answer;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        newline != answer.size() - 1) {
        helperio::writeLine(
            ExtractionResult::failure(
                QStringLiteral("the extraction helper gave no usable answer (exit code %1)")
                    .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1))
                .toJson());
        return;
    }
    std::fwrite(answer.constData(), 1, std::size_t(answer.size()), stdout);
    std::fflush(stdout);
}

} // namespace

ExtractionResult extractFromInput(const FileLimits &limits)
{
    QByteArray header;
    ExtractionRequest request;
    if (!helperio::readHeader(header) || !ExtractionRequest::parseHeaderLine(header, &request))
        return ExtractionResult::failure(QStringLiteral("the extraction request was malformed"));
    if (request.size > (limits.memoryMb << 20) / 2)
        return tooLarge(request.size);
    QByteArray data;
    try {
        data.resize(request.size);
    } catch (const std::bad_alloc &) {
        return ExtractionResult::failure(QStringLiteral("the file needs more memory than allowed"));
    }
    if (!helperio::readExactly(data.data(), request.size))
        return ExtractionResult::failure(QStringLiteral("the file's bytes did not arrive"));
    return extract(request, data);
}

int serveExtractions(const FileLimits &limits, const sandbox::Report &report)
{
    for (;;) {
        QByteArray header;
        if (!helperio::readHeader(header))
            return 0; // the core has no more files
        ExtractionRequest request;
        if (!ExtractionRequest::parseHeaderLine(header, &request) || request.size < 0) {
            // Where the next request would start is unknown: answer and stop.
            helperio::writeLine(
                ExtractionResult::failure(QStringLiteral("the extraction request was malformed"))
                    .toJson());
            return 1;
        }
        if (request.size > (limits.memoryMb << 20) / 2) {
            if (!helperio::skip(request.size))
                return 1;
            helperio::writeLine(tooLarge(request.size).toJson());
            continue;
        }
        QByteArray data;
        try {
            data.resize(request.size);
        } catch (const std::bad_alloc &) {
            if (!helperio::skip(request.size))
                return 1;
            helperio::writeLine(
                ExtractionResult::failure(QStringLiteral("the file needs more memory than "
                                                         "allowed"))
                    .toJson());
            continue;
        }
        if (!helperio::readExactly(data.data(), request.size)) {
            helperio::writeLine(
                ExtractionResult::failure(QStringLiteral("the file's bytes did not arrive"))
                    .toJson());
            return 1;
        }
        // Models are read here, once, from the system's folders; the children find them loaded.
        if (mayNeedOcr(request))
            OcrEngine::preload(request.ocrLanguages);
        answerInChild(request, data, limits, report);
    }
}

} // namespace amanat
