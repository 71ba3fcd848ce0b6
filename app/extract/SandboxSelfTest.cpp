#include "SandboxSelfTest.h"

#include "Sandbox.h"

#include <QByteArray>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace amanat::sandbox {

namespace {

const char *const kActions[] = {"connect", "create_file", "write_file", "rename", "unlink",
                                "mkdir",   "exec",        "fork",       "ptrace", "read_home"};

void printLine(const QJsonObject &json)
{
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

/** Failed with errno: say which, exit 3. */
int failed()
{
    const int error = errno;
    std::printf("%s\n", strerror(error));
    std::fflush(stdout);
    return 3;
}

/** What the kernel says of this process once confined: privileges, filter, capabilities,
 *  working directory, environment and open descriptors. */
QJsonObject processState()
{
    QJsonObject state;
    const int fd = open("/proc/self/status", O_RDONLY);
    QByteArray status;
    if (fd >= 0) {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = read(fd, buffer, sizeof buffer)) > 0)
            status.append(buffer, int(n));
        close(fd);
    }
    for (const QByteArray &line : status.split('\n'))
        for (const char *key :
             {"NoNewPrivs", "Seccomp", "CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"})
            if (line.startsWith(QByteArray(QByteArray(key) + ':')))
                state.insert(QString::fromLatin1(key),
                             QString::fromLatin1(line.mid(int(qstrlen(key)) + 1).trimmed()));
    char cwd[512] = {};
    state.insert(QStringLiteral("cwd"),
                 QString::fromLocal8Bit(getcwd(cwd, sizeof cwd) ? cwd : "?"));
    QStringList variables;
    for (char **variable = environ; variable && *variable; ++variable)
        variables << QString::fromLocal8Bit(*variable).section(QLatin1Char('='), 0, 0);
    state.insert(QStringLiteral("environment"), QJsonArray::fromStringList(variables));
    int descriptors = 0;
    for (int candidate = 0; candidate < 1024; ++candidate)
        descriptors += fcntl(candidate, F_GETFD) != -1 ? 1 : 0;
    state.insert(QStringLiteral("open_descriptors"), descriptors);
    return state;
}

int attempt(const QByteArray &action, const QByteArray &dir, int port, const QByteArray &home)
{
    if (action == "connect") {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return failed();
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return failed();
        return send(fd, "keyslots", 8, 0) == 8 ? 0 : failed();
    }
    if (action == "create_file") {
        const int fd =
            open(QByteArray(dir + "/created").constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        return fd >= 0 ? 0 : failed();
    }
    if (action == "write_file") {
        const int fd = open(QByteArray(dir + "/existing").constData(), O_WRONLY | O_APPEND);
        return fd >= 0 && write(fd, "x", 1) == 1 ? 0 : failed();
    }
    if (action == "rename")
        return rename(QByteArray(dir + "/existing").constData(),
                      QByteArray(dir + "/renamed").constData()) == 0
                   ? 0
                   : failed();
    if (action == "unlink")
        return unlink(QByteArray(dir + "/removable").constData()) == 0 ? 0 : failed();
    if (action == "mkdir")
        return mkdir(QByteArray(dir + "/folder").constData(), 0700) == 0 ? 0 : failed();
    if (action == "exec") {
        execl("/bin/true", "true", static_cast<char *>(nullptr));
        return failed();
    }
    if (action == "fork") {
        const pid_t child = fork();
        if (child < 0)
            return failed();
        if (child == 0)
            _exit(0);
        int status = 0;
        waitpid(child, &status, 0);
        return 0;
    }
    if (action == "ptrace")
        return ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0 ? 0 : failed();
    if (action == "read_home") {
        const int fd = open(home.constData(), O_RDONLY | O_DIRECTORY);
        return fd >= 0 ? 0 : failed();
    }
    std::printf("unknown action\n");
    return 2;
}

} // namespace

namespace {

/** As the extraction server (--serve) reads each file: in a fresh child of the prepared
 *  process, which confines itself. The parent, PID 1 of the namespace, cannot die of the
 *  child's signal, so it reports one as exit code 128 + the signal. */
void forkAsTheServerDoes()
{
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0)
        return;
    if (child < 0)
        _exit(2);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    _exit(WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status));
}

} // namespace

int probe(const QStringList &arguments)
{
    const int at = int(arguments.indexOf(QStringLiteral("--sandbox-probe")));
    auto value = [&](const QString &option) {
        const int i = int(arguments.indexOf(option));
        return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1).toLocal8Bit()
                                                  : QByteArray();
    };
    const QByteArray action = arguments.value(at + 1).toLocal8Bit();
    const QByteArray dir = value(QStringLiteral("--probe-dir"));
    const QByteArray home = value(QStringLiteral("--probe-home"));
    const int port = value(QStringLiteral("--probe-port")).toInt();
    if (!arguments.contains(QStringLiteral("--unsandboxed"))) {
        Report report;
        prepare(report);
        if (arguments.contains(QStringLiteral("--forked")))
            forkAsTheServerDoes();
        if (!confine(report))
            return 4;
        if (action == "report") {
            printLine(
                QJsonObject{{QStringLiteral("namespaces"), report.namespaces},
                            {QStringLiteral("landlock"), report.landlock},
                            {QStringLiteral("landlock_abi"), report.landlockAbi},
                            {QStringLiteral("seccomp"), report.seccomp},
                            {QStringLiteral("notes"), report.notes.join(QStringLiteral("; "))},
                            {QStringLiteral("process"), processState()}});
            return 0;
        }
    }
    return attempt(action, dir, port, home);
}

namespace {

struct Outcome
{
    bool refused = true;
    QString how;
    QByteArray output;
};

Outcome run(const QByteArray &program, const QList<QByteArray> &args)
{
    int out[2];
    Outcome outcome;
    if (pipe(out) != 0) {
        outcome.how = QStringLiteral("could not start the probe");
        return outcome;
    }
    const pid_t child = fork();
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char *> argv;
        argv.push_back(const_cast<char *>(program.constData()));
        for (const QByteArray &arg : args)
            argv.push_back(const_cast<char *>(arg.constData()));
        argv.push_back(nullptr);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    close(out[1]);
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(out[0], buffer, sizeof buffer)) > 0)
        outcome.output.append(buffer, int(n));
    close(out[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) {
        outcome.refused = true;
        outcome.how = WTERMSIG(status) == SIGSYS
                          ? QStringLiteral("killed by the seccomp filter (SIGSYS)")
                          : QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
    } else if (WEXITSTATUS(status) == 0) {
        outcome.refused = false;
        outcome.how = QStringLiteral("allowed");
    } else if (WEXITSTATUS(status) > 128) {
        // A forked probe's parent reports its child's signal so.
        const int signal = WEXITSTATUS(status) - 128;
        outcome.refused = true;
        outcome.how = signal == SIGSYS ? QStringLiteral("killed by the seccomp filter (SIGSYS)")
                                       : QStringLiteral("killed by signal %1").arg(signal);
    } else if (WEXITSTATUS(status) == 3) {
        outcome.refused = true;
        outcome.how =
            QStringLiteral("refused: %1").arg(QString::fromLocal8Bit(outcome.output).trimmed());
    } else {
        outcome.refused = false;
        outcome.how = QStringLiteral("the probe failed (exit %1)").arg(WEXITSTATUS(status));
    }
    return outcome;
}

} // namespace

int selfTest(const QString &program, bool unsandboxed, bool forked)
{
    const QByteArray self = QFile::encodeName(program);
    // A scratch folder with files to rename and remove, a listener for connect, and $HOME.
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray dir = base + "/amanat-sandbox-XXXXXX";
    if (!mkdtemp(dir.data())) {
        std::fprintf(stderr, "amanat-extract: cannot create a scratch folder\n");
        return 2;
    }
    for (const char *name : {"/existing", "/removable"}) {
        const int fd = open(QByteArray(dir + name).constData(), O_WRONLY | O_CREAT, 0600);
        if (fd >= 0)
            close(fd);
    }
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 ||
        bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        listen(listener, 16) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::fprintf(stderr, "amanat-extract: cannot listen on 127.0.0.1\n");
        return 2;
    }
    const QByteArray port = QByteArray::number(ntohs(address.sin_port));
    QByteArray home = qgetenv("HOME");
    if (home.isEmpty())
        home = "/root";
    QList<QByteArray> common = {"--probe-dir", dir, "--probe-port", port, "--probe-home", home};
    if (forked)
        common << "--forked";

    if (!unsandboxed) {
        const Outcome layers = run(self, QList<QByteArray>{"--sandbox-probe", "report"} + common);
        const QJsonObject report = QJsonDocument::fromJson(layers.output).object();
        printLine(QJsonObject{{QStringLiteral("sandbox"), report}});
    }
    bool allRefused = true;
    for (const char *action : kActions) {
        QList<QByteArray> args = QList<QByteArray>{"--sandbox-probe", action} + common;
        if (unsandboxed)
            args << "--unsandboxed";
        const Outcome outcome = run(self, args);
        allRefused = allRefused && outcome.refused;
        printLine(QJsonObject{{QStringLiteral("action"), QString::fromLatin1(action)},
                              {QStringLiteral("refused"), outcome.refused},
                              {QStringLiteral("how"), outcome.how}});
    }
    close(listener);
    QDir(QString::fromLocal8Bit(dir)).removeRecursively();
    return allRefused ? 0 : 1;
}

} // namespace amanat::sandbox
