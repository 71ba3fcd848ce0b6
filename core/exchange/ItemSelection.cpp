#include "ItemSelection.h"

#include "library/Library.h"
#include "search/SearchQuery.h"

#include <QSet>

#include <algorithm>

namespace amanat {

namespace {

Result<QVector<qint64>> searchIds(Library &library, const QString &query)
{
    auto ids = library.search().matchingIds(query);
    if (ids.ok())
        std::sort(ids->begin(), ids->end());
    return ids;
}

} // namespace

Result<QVector<qint64>> ItemSelection::resolve(Library &library) const
{
    QVector<qint64> ids;
    switch (by) {
    case By::Ids:
        for (qint64 id : this->ids) {
            auto item = library.items().get(id);
            if (!item.ok())
                return item.error();
            if (!ids.contains(id))
                ids << id;
        }
        break;
    case By::Query: {
        auto found = searchIds(library, value);
        if (!found.ok())
            return found.error();
        ids = *found;
        break;
    }
    case By::Tag: {
        auto tag = library.tags().find(value);
        if (!tag.ok())
            return tag.error();
        if (!*tag)
            return makeError(ErrorCode::NotFound, tr("There is no tag %1.").arg(value));
        auto found = searchIds(library, SearchQuery::tagFilter(value));
        if (!found.ok())
            return found.error();
        ids = *found;
        break;
    }
    case By::Dossier: {
        auto dossier = library.dossiers().find(value);
        if (!dossier.ok())
            return dossier.error();
        auto sections = library.dossiers().sections(dossier->id);
        if (!sections.ok())
            return sections.error();
        QSet<qint64> seen;
        for (const DossierSection &section : *sections)
            for (const Exhibit &exhibit : section.exhibits)
                if (!seen.contains(exhibit.itemId)) {
                    seen.insert(exhibit.itemId);
                    ids << exhibit.itemId;
                }
        break;
    }
    }
    if (ids.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No item matches %1.").arg(describe()));
    return ids;
}

QString ItemSelection::describe() const
{
    switch (by) {
    case By::Query:
        return tr("the query %1").arg(value);
    case By::Tag:
        return tr("the tag %1").arg(value);
    case By::Dossier:
        return tr("the dossier %1").arg(value);
    case By::Ids:
        break;
    }
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return tr("the items %1").arg(numbers.join(QStringLiteral(", ")));
}

} // namespace amanat
