#pragma once

#include "repository/ItemRepository.h"

#include <QJsonObject>
#include <QStringList>

namespace amanat {

/** An item as it leaves the library in an open format: its metadata as JSON, and as a CSV
 *  row in the columns `import-csv` reads back (see SpreadsheetImport). Protected witness
 *  fields are never written: pass an Item read without them. */
namespace ItemRecord {

/** {id, kind, title, fields: {…}, tags: […], original: {name, sha256, size, mime,
 *  imported_at} or null, created_at, modified_at}. */
QJsonObject json(const Item &item);
/** The fields that leave the library in a row: every unprotected one but kind, in the
 *  registry's order (title first), without translation_of, which names an item by this
 *  library's number. */
QStringList rowFields();
/** The CSV header: kind, title, every other unprotected field, file, tags. */
QStringList csvColumns();
/** @p item in csvColumns() order; @p file is the original's path relative to the CSV. */
QStringList csvValues(const Item &item, const QString &file);

} // namespace ItemRecord
} // namespace amanat
