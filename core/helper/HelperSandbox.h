#pragma once

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** What confinement amanat-extract achieves on this machine, asked once per process (the
 *  helper's `--sandbox-probe report`), so that a missing layer — Landlock on an old kernel,
 *  user namespaces switched off — is said once, not on every file, and never silently. */
class HelperSandbox
{
    Q_DECLARE_TR_FUNCTIONS(HelperSandbox)

public:
    struct Report
    {
        bool known = false; ///< false: the helper could not be asked
        bool namespaces = false;
        bool landlock = false;
        bool seccomp = false;
        QString notes; ///< the helper's own words on what is missing
    };

    /** Asks @p helperPath (empty: the default helper) once; later calls return the answer. */
    static Report report(const QString &helperPath = QString());

    /** One translated sentence on what is missing, or empty when every layer applies. */
    static QString warning(const Report &report);
};

} // namespace amanat
