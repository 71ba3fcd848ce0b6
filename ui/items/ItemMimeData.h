#pragma once

#include <QModelIndexList>
#include <QString>
#include <QVector>

class QMimeData;

namespace amanat::ui {

/** The drag payload of item lists: item ids under a private MIME type (never file names,
 *  so nothing about the archive reaches other applications through drag and drop). */
namespace ItemMimeData {

QString mimeType();
/** A new QMimeData holding @p ids (the caller or Qt's drag owns it). */
QMimeData *create(const QVector<qint64> &ids);
/** The distinct item ids that @p indexes carry in @p idRole, as mime data; null when none
 *  (for a model's mimeData()). */
QMimeData *forIndexes(const QModelIndexList &indexes, int idRole);
/** The ids in @p data; empty when it holds none. */
QVector<qint64> ids(const QMimeData *data);

} // namespace ItemMimeData

} // namespace amanat::ui
