#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

class Library;

/** Which items an export takes, as the command line names them: a search query, a tag (with
 *  its sub-tags), a dossier (its exhibits in order), or item ids. */
struct ItemSelection
{
    Q_DECLARE_TR_FUNCTIONS(ItemSelection)

public:
    enum class By
    {
        Ids,
        Query,
        Tag,
        Dossier
    };
    By by = By::Ids;
    QString value;       ///< the query, tag path or dossier (id or name)
    QVector<qint64> ids; ///< for By::Ids

    /** The items, each once, in a stable order (a dossier's exhibit order, else by id).
     *  An id or dossier that does not exist is an error; an empty selection too. */
    Result<QVector<qint64>> resolve(Library &library) const;
    /** For people and for records: "query: detention", "tag: Places/Kashgar", … */
    QString describe() const;
};

} // namespace amanat
