#pragma once

#include "common/Result.h"
#include "crypto/ExchangeKey.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace amanat {

class Library;

struct ShareOptions
{
    QVector<ExchangeIdentity> recipients;
    bool includeProtected = false; ///< witness names and contacts go too
    bool overrideConsent = false;  ///< testimonies without consent go too (logged)
    QString selection;             ///< what was selected, for the log
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; ///< in bytes of originals
};

struct ShareReport
{
    QString path;
    QString sha256; ///< of the whole package file
    int items = 0;
    int originals = 0;
    qint64 originalBytes = 0;
    QVector<qint64> consentOverridden;
};

/** Writes items into a sealed exchange package (see SealedPackage) for other libraries.
 *
 *  The plaintext inside is a u64 length and a JSON object {format, sender, selection,
 *  include_protected, tag_colors, items: [SharedItem…]}, then each original's bytes in the
 *  items' order, each checked against its SHA-256 on the way out. The package is written
 *  beside its destination and renamed into place; the share is logged (`share`, with the
 *  package's SHA-256, the recipients' fingerprints and the items), and the package is
 *  removed if that log entry cannot be committed. */
class PackageSharer
{
    Q_DECLARE_TR_FUNCTIONS(PackageSharer)

public:
    /** The testimonies among @p ids whose witness consented to no use beyond the interview
     *  (an empty consent): they are not shared unless overridden. */
    static Result<QVector<qint64>> withoutConsent(Library &library, const QVector<qint64> &ids);

    static Result<ShareReport> write(Library &library, const QVector<qint64> &ids,
                                     const QString &outFile, const ShareOptions &options);
};

} // namespace amanat
