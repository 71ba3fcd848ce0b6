#include "Sandbox.h"

#include <QByteArray>
#include <QFileInfo>

#include <seccomp.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/landlock.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace amanat::sandbox {

namespace {

// Landlock rights and fields newer than the kernel headers of the oldest system we build on.
constexpr quint64 kFsTruncate = 1ULL << 14;       // ABI 3
constexpr quint64 kFsIoctlDev = 1ULL << 15;       // ABI 5
constexpr quint64 kNetBindTcp = 1ULL << 0;        // ABI 4
constexpr quint64 kNetConnectTcp = 1ULL << 1;     // ABI 4
constexpr quint64 kScopeAbstractUnix = 1ULL << 0; // ABI 6
constexpr quint64 kScopeSignal = 1ULL << 1;       // ABI 6

struct RulesetAttr
{
    quint64 handledAccessFs = 0;
    quint64 handledAccessNet = 0;
    quint64 scoped = 0;
};

/** Variables the parsers need; everything else (HOME, TMPDIR, the user's name, tokens…)
 *  is dropped. */
const char *const kKeptVariables[] = {"OMP_THREAD_LIMIT",
                                      "QT_QPA_PLATFORM",
                                      "MALLOC_ARENA_MAX",
                                      "PULSE_SERVER",
                                      "LANG",
                                      "LC_ALL",
                                      "LC_CTYPE",
                                      "TESSDATA_PREFIX",
                                      "FONTCONFIG_FILE",
                                      "FONTCONFIG_PATH",
                                      "GST_PLUGIN_SYSTEM_PATH",
                                      "GST_PLUGIN_SYSTEM_PATH_1_0"};

/** Set from AMANAT_SANDBOX_TRACE before the environment is cleared: a refused system call
 *  is then named on standard error before the process dies (for finding what a library
 *  needs; it never allows more). */
bool g_trace = false;

void onRefusedCall(int, siginfo_t *info, void *)
{
    char message[96];
    const int length =
        snprintf(message, sizeof message, "amanat-extract: sandbox refused system call %d\n",
                 info->si_syscall);
    if (length > 0)
        (void)!write(STDERR_FILENO, message, size_t(length));
    _exit(128 + SIGSYS);
}

void clearEnvironment()
{
    g_trace = std::getenv("AMANAT_SANDBOX_TRACE") != nullptr;
    QList<QPair<QByteArray, QByteArray>> kept;
    for (const char *name : kKeptVariables)
        if (const char *value = std::getenv(name))
            kept.append({QByteArray(name), QByteArray(value)});
    clearenv();
    for (const auto &[name, value] : kept)
        setenv(name.constData(), value.constData(), 1);
    // Nowhere to keep anything: caches are rebuilt in memory, and GStreamer scans its
    // plugins in this process instead of starting a scanner program.
    setenv("HOME", "/nonexistent", 1);
    setenv("TMPDIR", "/nonexistent", 1);
    setenv("XDG_CACHE_HOME", "/nonexistent", 1);
    setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
    setenv("XDG_DATA_HOME", "/nonexistent", 1);
    setenv("XDG_RUNTIME_DIR", "/nonexistent", 1);
    setenv("GST_REGISTRY", "/nonexistent/gst-registry.bin", 1);
    setenv("GST_REGISTRY_FORK", "no", 1);
    setenv("PATH", "/nonexistent", 1);
    // QtMultimedia has no business with the sound server (nor any way to reach it).
    setenv("PULSE_SERVER", "unix:/nonexistent", 1);
}

void closeOtherDescriptors()
{
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
        return;
#endif
    const long max = sysconf(_SC_OPEN_MAX);
    for (int fd = 3; fd < (max > 0 ? max : 1024); ++fd)
        close(fd);
}

bool writeFile(const char *path, const QByteArray &content)
{
    const int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = write(fd, content.constData(), size_t(content.size())) == content.size();
    close(fd);
    return ok;
}

/** No capability, in this namespace or any it could reach: bounding and ambient sets
 *  emptied, then effective, permitted and inheritable sets. */
void dropCapabilities()
{
    for (int cap = 0; cap <= 63; ++cap)
        if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno == EINVAL)
            break;
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    syscall(SYS_capset, &header, data);
}

/** The process that stays outside the PID namespace only waits; it may do nothing else. */
[[noreturn]] void waitForChild(pid_t child)
{
    close(STDIN_FILENO);
    close(STDOUT_FILENO);
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    // Only waiting: everything else kills it.
    if (scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS)) {
        for (int call : {SCMP_SYS(wait4), SCMP_SYS(waitid), SCMP_SYS(exit), SCMP_SYS(exit_group),
                         SCMP_SYS(rt_sigreturn), SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask),
                         SCMP_SYS(restart_syscall), SCMP_SYS(kill), SCMP_SYS(tgkill),
                         SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(close)})
            seccomp_rule_add(ctx, SCMP_ACT_ALLOW, call, 0);
        seccomp_load(ctx);
        seccomp_release(ctx);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) {
        // Die as the child died, so the core sees a crash (e.g. SIGSYS) as a crash.
        std::signal(WTERMSIG(status), SIG_DFL);
        kill(getpid(), WTERMSIG(status));
    }
    _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

void enterNamespaces(Report &report)
{
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWPID) != 0) {
        report.notes << QStringLiteral("new namespaces are not available here (%1)")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        dropCapabilities();
        return;
    }
    writeFile("/proc/self/setgroups", "deny");
    writeFile("/proc/self/uid_map", QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1");
    writeFile("/proc/self/gid_map", QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1");
    dropCapabilities();
    // The parent holds the write end of this pipe until it dies: the child, which cannot
    // see its parent's process id from inside the new namespace, learns of its death by EOF.
    int alive[2];
    if (pipe2(alive, O_CLOEXEC) != 0) {
        report.notes << QStringLiteral("could not start in the new PID namespace (%1)")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    const pid_t child = fork();
    if (child < 0) {
        report.notes << QStringLiteral("could not start in the new PID namespace (%1)")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    if (child > 0) {
        close(alive[0]);
        waitForChild(child);
    }
    close(alive[1]);
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    pollfd parent{alive[0], POLLIN, 0};
    if (poll(&parent, 1, 0) > 0)
        _exit(1); // EOF: the parent is already gone
    close(alive[0]);
    report.namespaces = true;
}

bool addPathRule(int ruleset, const QString &path, quint64 dirAccess)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = open(native.constData(), O_PATH | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat info
    {};
    fstat(fd, &info);
    landlock_path_beneath_attr rule{};
    rule.allowed_access =
        S_ISDIR(info.st_mode) ? dirAccess : (dirAccess & LANDLOCK_ACCESS_FS_READ_FILE);
    rule.parent_fd = fd;
    const bool ok =
        syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) == 0;
    close(fd);
    return ok;
}

void applyLandlock(Report &report)
{
    const long abi =
        syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1) {
        report.notes << QStringLiteral("Landlock is not available on this kernel; seccomp "
                                       "alone keeps files from being written");
        return;
    }
    report.landlockAbi = int(abi);
    RulesetAttr attr;
    attr.handledAccessFs = (LANDLOCK_ACCESS_FS_REFER << 1) - 1; // ABI 1 and 2
    if (abi < 2)
        attr.handledAccessFs &= ~LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        attr.handledAccessFs |= kFsTruncate;
    if (abi >= 5)
        attr.handledAccessFs |= kFsIoctlDev;
    size_t size = sizeof(quint64);
    if (abi >= 4) {
        attr.handledAccessNet = kNetBindTcp | kNetConnectTcp;
        size = 2 * sizeof(quint64);
    }
    if (abi >= 6) {
        attr.scoped = kScopeAbstractUnix | kScopeSignal;
        size = 3 * sizeof(quint64);
    }
    const int ruleset = int(syscall(SYS_landlock_create_ruleset, &attr, size, 0));
    if (ruleset < 0) {
        report.notes << QStringLiteral("Landlock refused the rules (%1)")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    const quint64 read = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
    // Libraries, plugins, fonts, Tesseract's and Poppler's data, and the few files of /etc
    // that the C library, fontconfig and Qt read. Nothing of the user's, nothing writable.
    QStringList paths = {QStringLiteral("/usr"),
                         QStringLiteral("/lib"),
                         QStringLiteral("/lib64"),
                         QStringLiteral("/lib32"),
                         QStringLiteral("/etc/fonts"),
                         QStringLiteral("/etc/ld.so.cache"),
                         QStringLiteral("/etc/ld.so.conf"),
                         QStringLiteral("/etc/ld.so.conf.d"),
                         QStringLiteral("/etc/localtime"),
                         QStringLiteral("/etc/xdg"),
                         QStringLiteral("/etc/gstreamer-1.0"),
                         QStringLiteral("/etc/mime.types"),
                         QStringLiteral("/var/cache/fontconfig"),
                         QStringLiteral("/proc/self"),
                         QStringLiteral("/sys/devices/system/cpu"),
                         QStringLiteral("/dev/null"),
                         QStringLiteral("/dev/zero"),
                         QStringLiteral("/dev/urandom")};
    for (const char *variable : {"TESSDATA_PREFIX", "FONTCONFIG_PATH"})
        if (const char *value = std::getenv(variable); value && *value)
            paths << QString::fromLocal8Bit(value);
    for (const QString &path : std::as_const(paths))
        addPathRule(ruleset, path, read);
    if (syscall(SYS_landlock_restrict_self, ruleset, 0) != 0) {
        report.notes << QStringLiteral("Landlock could not be applied (%1)")
                            .arg(QString::fromLocal8Bit(strerror(errno)));
        close(ruleset);
        return;
    }
    close(ruleset);
    report.landlock = true;
}

bool applySeccomp(Report &report)
{
    if (g_trace) {
        struct sigaction action
        {};
        action.sa_sigaction = onRefusedCall;
        action.sa_flags = SA_SIGINFO;
        sigaction(SIGSYS, &action, nullptr);
    }
    scmp_filter_ctx ctx = seccomp_init(g_trace ? SCMP_ACT_TRAP : SCMP_ACT_KILL_PROCESS);
    if (!ctx) {
        report.notes << QStringLiteral("seccomp is not available");
        return false;
    }
    auto allow = [ctx](int call) {
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, call, 0);
    };
    auto refuse = [ctx](int call, int error) {
        seccomp_rule_add(ctx, SCMP_ACT_ERRNO(error), call, 0);
    };
    // Memory, time, threads, signals to itself, and reading and writing descriptors it
    // already has (the pipes to the core) or opens read-only.
    for (int call : {SCMP_SYS(read),
                     SCMP_SYS(readv),
                     SCMP_SYS(pread64),
                     SCMP_SYS(preadv),
                     SCMP_SYS(preadv2),
                     SCMP_SYS(write),
                     SCMP_SYS(writev),
                     SCMP_SYS(pwrite64),
                     SCMP_SYS(close),
                     SCMP_SYS(fstat),
                     SCMP_SYS(newfstatat),
                     SCMP_SYS(stat),
                     SCMP_SYS(lstat),
                     SCMP_SYS(statx),
                     SCMP_SYS(lseek),
                     SCMP_SYS(mmap),
                     SCMP_SYS(munmap),
                     SCMP_SYS(mprotect),
                     SCMP_SYS(mremap),
                     SCMP_SYS(brk),
                     SCMP_SYS(madvise),
                     SCMP_SYS(mincore),
                     SCMP_SYS(mlock),
                     SCMP_SYS(munlock),
                     SCMP_SYS(futex),
                     SCMP_SYS(set_robust_list),
                     SCMP_SYS(get_robust_list),
                     SCMP_SYS(rseq),
                     SCMP_SYS(set_tid_address),
                     SCMP_SYS(arch_prctl),
                     SCMP_SYS(clock_gettime),
                     SCMP_SYS(clock_getres),
                     SCMP_SYS(clock_nanosleep),
                     SCMP_SYS(nanosleep),
                     SCMP_SYS(gettimeofday),
                     SCMP_SYS(time),
                     SCMP_SYS(times),
                     SCMP_SYS(getrusage),
                     SCMP_SYS(getpid),
                     SCMP_SYS(getppid),
                     SCMP_SYS(gettid),
                     SCMP_SYS(getuid),
                     SCMP_SYS(geteuid),
                     SCMP_SYS(getgid),
                     SCMP_SYS(getegid),
                     SCMP_SYS(getgroups),
                     SCMP_SYS(getresuid),
                     SCMP_SYS(getresgid),
                     SCMP_SYS(capget),
                     SCMP_SYS(rt_sigaction),
                     SCMP_SYS(rt_sigprocmask),
                     SCMP_SYS(rt_sigreturn),
                     SCMP_SYS(rt_sigtimedwait),
                     SCMP_SYS(sigaltstack),
                     SCMP_SYS(restart_syscall),
                     SCMP_SYS(exit),
                     SCMP_SYS(exit_group),
                     SCMP_SYS(sched_yield),
                     SCMP_SYS(sched_getaffinity),
                     SCMP_SYS(sched_getparam),
                     SCMP_SYS(sched_getscheduler),
                     SCMP_SYS(sched_get_priority_max),
                     SCMP_SYS(sched_get_priority_min),
                     SCMP_SYS(getcpu),
                     SCMP_SYS(getrandom),
                     SCMP_SYS(prlimit64),
                     SCMP_SYS(getrlimit),
                     SCMP_SYS(uname),
                     SCMP_SYS(sysinfo),
                     SCMP_SYS(membarrier),
                     SCMP_SYS(getpriority),
                     SCMP_SYS(fcntl),
                     SCMP_SYS(dup),
                     SCMP_SYS(dup2),
                     SCMP_SYS(dup3),
                     SCMP_SYS(pipe),
                     SCMP_SYS(pipe2),
                     SCMP_SYS(eventfd),
                     SCMP_SYS(eventfd2),
                     SCMP_SYS(timerfd_create),
                     SCMP_SYS(timerfd_settime),
                     SCMP_SYS(timerfd_gettime),
                     SCMP_SYS(memfd_create),
                     SCMP_SYS(ftruncate),
                     SCMP_SYS(poll),
                     SCMP_SYS(ppoll),
                     SCMP_SYS(select),
                     SCMP_SYS(pselect6),
                     SCMP_SYS(epoll_create),
                     SCMP_SYS(epoll_create1),
                     SCMP_SYS(epoll_ctl),
                     SCMP_SYS(epoll_wait),
                     SCMP_SYS(epoll_pwait),
                     SCMP_SYS(epoll_pwait2),
                     SCMP_SYS(inotify_init),
                     SCMP_SYS(inotify_init1),
                     SCMP_SYS(inotify_add_watch),
                     SCMP_SYS(inotify_rm_watch),
                     SCMP_SYS(access),
                     SCMP_SYS(faccessat),
                     SCMP_SYS(faccessat2),
                     SCMP_SYS(readlink),
                     SCMP_SYS(readlinkat),
                     SCMP_SYS(getcwd),
                     SCMP_SYS(getdents),
                     SCMP_SYS(getdents64),
                     SCMP_SYS(statfs),
                     SCMP_SYS(fstatfs),
                     SCMP_SYS(fadvise64),
                     SCMP_SYS(socketpair),
                     SCMP_SYS(sendmsg),
                     SCMP_SYS(recvmsg),
                     SCMP_SYS(sendto),
                     SCMP_SYS(recvfrom),
                     SCMP_SYS(shutdown),
                     SCMP_SYS(getsockopt),
                     SCMP_SYS(setsockopt),
                     SCMP_SYS(get_mempolicy),
                     SCMP_SYS(set_mempolicy),
                     SCMP_SYS(mbind),
                     SCMP_SYS(chdir),
                     SCMP_SYS(fchdir),
                     SCMP_SYS(sched_getattr),
                     SCMP_SYS(umask)})
        allow(call);
    // Threads, never processes.
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                     SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD));
    refuse(SCMP_SYS(clone3), ENOSYS); // its flags cannot be checked; glibc falls back to clone
    // Signals only to itself.
    const scmp_datum_t self = scmp_datum_t(getpid());
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1, SCMP_A0(SCMP_CMP_EQ, self));
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1, SCMP_A0(SCMP_CMP_EQ, 0));
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1, SCMP_A0(SCMP_CMP_EQ, self));
    allow(SCMP_SYS(tkill));
    // Files: read-only. Opening for writing is refused (a library trying to write a cache
    // carries on without it); creating, renaming and removing are refused too (GStreamer and
    // Qt try to make their cache and runtime folders).
    // O_TMPFILE includes O_DIRECTORY's bit: only its own bit marks a temporary file.
    const scmp_datum_t tmpFile = scmp_datum_t(O_TMPFILE & ~O_DIRECTORY);
    const scmp_datum_t writeFlags = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | tmpFile;
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(openat), 1,
                     SCMP_A2(SCMP_CMP_MASKED_EQ, writeFlags, 0));
    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(open), 1,
                     SCMP_A1(SCMP_CMP_MASKED_EQ, writeFlags, 0));
    for (scmp_datum_t flag : {scmp_datum_t(O_WRONLY), scmp_datum_t(O_RDWR), scmp_datum_t(O_CREAT),
                              scmp_datum_t(O_TRUNC), scmp_datum_t(O_APPEND), tmpFile}) {
        seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 1,
                         SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag));
        seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(open), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag));
    }
    refuse(SCMP_SYS(openat2), ENOSYS);
    for (int call : {SCMP_SYS(creat),
                     SCMP_SYS(truncate),
                     SCMP_SYS(chmod),
                     SCMP_SYS(fchmod),
                     SCMP_SYS(fchmodat),
                     SCMP_SYS(chown),
                     SCMP_SYS(fchown),
                     SCMP_SYS(lchown),
                     SCMP_SYS(fchownat),
                     SCMP_SYS(utimensat),
                     SCMP_SYS(link),
                     SCMP_SYS(linkat),
                     SCMP_SYS(symlink),
                     SCMP_SYS(symlinkat),
                     SCMP_SYS(mknod),
                     SCMP_SYS(mknodat),
                     SCMP_SYS(socket),
                     SCMP_SYS(sched_setscheduler),
                     SCMP_SYS(sched_setaffinity),
                     SCMP_SYS(setpriority),
                     SCMP_SYS(mkdir),
                     SCMP_SYS(mkdirat),
                     SCMP_SYS(rmdir),
                     SCMP_SYS(unlink),
                     SCMP_SYS(unlinkat),
                     SCMP_SYS(rename),
                     SCMP_SYS(renameat),
                     SCMP_SYS(renameat2),
                     SCMP_SYS(sched_setattr)})
        refuse(call, EACCES);
    // Device control: the helper's only descriptors are the core's pipes, /dev/null and
    // files opened read-only (no terminal to inject input into).
    allow(SCMP_SYS(ioctl));
    // prctl: naming threads and reading state; nothing that loosens anything.
    for (long option :
         {long(PR_SET_NAME), long(PR_GET_NAME), long(PR_GET_DUMPABLE), long(PR_CAPBSET_READ),
          long(PR_GET_NO_NEW_PRIVS), long(PR_GET_SECCOMP), 0x53564d41L /* PR_SET_VMA */})
        seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prctl), 1,
                         SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(option)));
    // Everything else kills the process: execve, fork, vfork, ptrace, connect, bind, listen,
    // accept, mount, process_vm_*, keyctl, bpf, …
    const int loaded = seccomp_load(ctx);
    seccomp_release(ctx);
    if (loaded != 0) {
        report.notes << QStringLiteral("the seccomp filter could not be loaded (%1)")
                            .arg(QString::fromLocal8Bit(strerror(-loaded)));
        return false;
    }
    report.seccomp = true;
    return true;
}

} // namespace

QString Report::summary() const
{
    return QStringLiteral("namespaces %1, landlock %2 (ABI %3), seccomp %4%5")
        .arg(namespaces ? QStringLiteral("yes") : QStringLiteral("no"),
             landlock ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(landlockAbi)
        .arg(seccomp ? QStringLiteral("yes") : QStringLiteral("no"),
             notes.isEmpty() ? QString() : QStringLiteral("; ") + notes.join(QStringLiteral("; ")));
}

void prepare(Report &report)
{
    clearEnvironment();
    if (chdir("/") != 0)
        report.notes << QStringLiteral("could not change to /");
    closeOtherDescriptors();
    enterNamespaces(report);
}

bool confine(Report &report)
{
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        report.notes << QStringLiteral("no_new_privs could not be set");
        return false;
    }
    applyLandlock(report);
    return applySeccomp(report);
}

} // namespace amanat::sandbox
