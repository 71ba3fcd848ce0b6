#pragma once

#include "ItemSelection.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace amanat {

class Library;

/** What a bag export was asked for. */
struct BagOptions
{
    QString organization; ///< Source-Organization; empty: the library's custodian
    QString software;     ///< Bag-Software-Agent, e.g. "Amanat 0.1.0"
    QString selection;    ///< what was selected, for External-Description
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(int done, int total)> progress;
};

/** What a bag export wrote. */
struct BagReport
{
    QString path;
    int items = 0;
    int files = 0;           ///< payload files, originals and metadata
    qint64 payloadBytes = 0; ///< Payload-Oxum's octets
    int withRedactions = 0;  ///< items whose redactions the originals in the bag do not carry
};

/** Writes items as a BagIt bag (RFC 8493) for an archive or a partner's repository:
 *
 *    bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
 *    data/items.csv                      every item, in the columns import-csv reads
 *    data/items/<id>/metadata.json       the item's metadata (ItemRecord::json)
 *    data/items/<id>/metadata.csv        the same as one CSV row
 *    data/items/<id>/original/<name>     the original file, its SHA-256 checked
 *    data/items/<id>/text.txt            the extracted text, when there is any
 *
 *  Protected witness fields are never written. The bag appears whole or not at all: it is
 *  built beside @p outDir and renamed into place. Each original's export is logged, and the
 *  bag as a whole ("export_bag", with the manifest's SHA-256). */
class BagExporter
{
    Q_DECLARE_TR_FUNCTIONS(BagExporter)

public:
    /** @p outDir must not exist yet (or be an empty folder). */
    static Result<BagReport> write(Library &library, const QVector<qint64> &ids,
                                   const QString &outDir, const BagOptions &options);
    /** Escapes a payload path for a manifest line (RFC 8493 §2.1.3: CR, LF and %). */
    static QString manifestPath(const QString &path);
};

} // namespace amanat
