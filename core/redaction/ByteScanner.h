#pragma once

#include "RedactionTerms.h"

#include <QByteArray>
#include <QIODevice>
#include <QSet>
#include <QVector>

#include <memory>

namespace amanat {

/** Looks for terms in raw bytes of any file (PDF objects, JPEG segments, video containers,
 *  the manifest): each term as UTF-8, UTF-16LE and UTF-16BE, ignoring ASCII case, with and
 *  without its spaces and middle dots; a phone number by its digits whatever the separators
 *  between them. Streams of any size go through in chunks; memory stays small. */
class ByteScanner
{
public:
    explicit ByteScanner(const QVector<RedactionTerm> &terms);
    ~ByteScanner();
    ByteScanner(const ByteScanner &) = delete;
    ByteScanner &operator=(const ByteScanner &) = delete;

    /** The indexes of @p terms found in @p bytes. */
    QSet<int> scan(const QByteArray &bytes) const;
    /** The same for everything @p device reads from its current position. */
    QSet<int> scan(QIODevice &device) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace amanat
