#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace amanat::helperio {

/** Reads exactly @p size bytes from standard input; false if it ends first. */
bool readExactly(char *buffer, qint64 size);
/** Reads and drops @p size bytes from standard input; false if it ends first. */
bool skip(qint64 size);
/** Reads one header line (without its '\n', at most 64 KiB); false at the end of input or
 *  for a longer line. */
bool readHeader(QByteArray &line);
/** Writes @p json as one line of compact JSON to standard output and flushes it. */
void writeLine(const QJsonObject &json);

} // namespace amanat::helperio
