#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "ingest/ExtractionQueue.h"
#include "ingest/ImportJob.h"

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** The demonstration library behind `amanat --demo`: a new library with a random
 *  passphrase, filled with invented sample items of every kind (report, scan, image, video,
 *  audio, document, testimony) imported through ImportJob — so extraction runs in the
 *  amanat-extract helper as for real imports — plus testimony fields with obviously fake
 *  protected values, tags, a saved search and a dossier of them. The library is closed when
 * create() returns: it is unlocked like any other. */
class DemoLibrary
{
    Q_DECLARE_TR_FUNCTIONS(DemoLibrary)

public:
    struct Options
    {
        ExtractionSettings extraction; ///< helper path, timeout, parallelism
        QString ocrLanguages = QStringLiteral("eng");
    };

    struct Created
    {
        QString path;
        SecureBuffer passphrase;
        ImportSummary summary;
    };

    /** Creates `Demo.amanat` in @p parentFolder (which should be a fresh temporary folder;
     *  the sample files are written to and removed from a "samples" folder beside it).
     *  Blocks: runs its own event loop for the import, so call it from a worker thread in a
     *  GUI. */
    static Result<Created> create(const QString &parentFolder, const QString &program,
                                  const Options &options);
    static Result<Created> create(const QString &parentFolder, const QString &program)
    {
        return create(parentFolder, program, Options());
    }

    /** A random passphrase of five words and two digits, easy to type from the screen. */
    static SecureBuffer randomPassphrase();
};

} // namespace amanat
