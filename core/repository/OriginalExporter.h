#pragma once

#include "BlobStore.h"
#include "custody/CustodyLog.h"
#include "ItemRepository.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** Writes an item's original bytes back out to a file the user chose. The file appears
 *  whole or not at all (temporary file in the same folder, fsync, rename), its SHA-256 is
 *  checked against the one recorded at import while writing, and the export is logged. */
class OriginalExporter
{
    Q_DECLARE_TR_FUNCTIONS(OriginalExporter)

public:
    OriginalExporter(Database &db, ItemRepository &items, BlobStore &blobs, CustodyLog &custody)
        : m_db(db), m_items(items), m_blobs(blobs), m_custody(custody)
    {}

    /** @p destination is a file path, or an existing folder to write the original file name
     *  into. Returns the path written. */
    Result<QString> exportOriginal(qint64 itemId, const QString &destination, bool overwrite);

private:
    Database &m_db;
    ItemRepository &m_items;
    BlobStore &m_blobs;
    CustodyLog &m_custody;
};

} // namespace amanat
