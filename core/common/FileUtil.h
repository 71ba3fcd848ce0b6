#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace amanat {

/** Writes @p bytes to @p path so that a crash leaves either the old or the new file:
 *  temporary file in the same folder, fsync, rename, fsync of the folder. */
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

/** Flushes a folder's entries (new or renamed files) to disk. */
void syncDirectory(const QString &path);

/** Turns an errno value from a failed write into an Error (ENOSPC becomes DiskFull). */
Error fileError(int errnoValue, const QString &what);

} // namespace amanat
