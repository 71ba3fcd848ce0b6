#pragma once

#include <QString>
#include <QStringList>

namespace amanat::sandbox {

/** What confine() managed to apply; a layer the kernel lacks is noted, never silently. */
struct Report
{
    bool namespaces = false; ///< new user, network, IPC and PID namespaces
    int landlockAbi = 0;     ///< 0: Landlock not available
    bool landlock = false;
    bool seccomp = false;
    QStringList notes; ///< why a layer is missing

    QString summary() const;
};

/** Step 1, before anything else: a clean environment (only what the parsers need), the
 *  working directory `/`, every file descriptor but standard input, output and error
 *  closed, and — where the kernel allows unprivileged user namespaces — new user, network,
 *  IPC and PID namespaces with every capability dropped. Entering a PID namespace needs a
 *  fork: the original process then only waits for its child and exits as it did; the
 *  child (killed if the parent dies) returns from this function and goes on. */
void prepare(Report &report);

/** Step 2, once Qt and its plugins are up but before a byte of input is read:
 *  PR_SET_NO_NEW_PRIVS; Landlock allowing only reading the system's libraries, data, fonts,
 *  Tesseract models and plugins (nothing writable, no TCP); and a seccomp-bpf allow-list
 *  that kills the process on exec, new processes, ptrace, connect/bind/listen and anything
 *  not listed, and refuses (EACCES) opening for writing, creating sockets, making, renaming
 *  and removing files and folders — calls libraries make and survive. Returns false if seccomp
 *  could not be applied (then nothing untrusted may be read). */
bool confine(Report &report);

} // namespace amanat::sandbox
