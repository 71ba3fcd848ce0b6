#pragma once

#include <QStringList>

namespace amanat::sandbox {

/** `amanat-extract --sandbox-self-test [--unsandboxed] [--forked]`: starts one helper per forbidden
 *  action (connect to 127.0.0.1, create a file, open one for writing, rename, unlink, make
 *  a folder, exec /bin/true, fork, ptrace, read $HOME), each confined as for a parser, and
 *  prints one JSON line per attempt with its outcome after a line describing the layers
 *  applied. Returns 0 only if every action was refused. `--unsandboxed` runs the same
 *  probes without the sandbox, to show they succeed where nothing stops them. */
int selfTest(const QString &program, bool unsandboxed, bool forked);

/** One probe (`--sandbox-probe ACTION`), in a fresh process: exit 0 when the action
 *  succeeded, 3 (with the error on standard output) when it failed; a process the sandbox
 *  kills dies of SIGSYS. */
int probe(const QStringList &arguments);

} // namespace amanat::sandbox
