#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace amanat {

/** The starter tag tree of a new library: violation types, document types and the
 *  countries of ISO 3166-1, as (path, colour) pairs. Users rename, move or delete any of
 *  it; `amanat-cli init --no-default-tags` starts empty. */
QVector<QPair<QString, QString>> defaultTagTree();

} // namespace amanat
