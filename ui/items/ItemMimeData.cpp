#include "ItemMimeData.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace amanat::ui::ItemMimeData {

QString mimeType()
{
    return QStringLiteral("application/x-amanat-item-ids");
}

QMimeData *create(const QVector<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint32(ids.size());
    for (qint64 id : ids)
        out << id;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QVector<qint64> ids(const QMimeData *data)
{
    QVector<qint64> out;
    if (!data || !data->hasFormat(mimeType()))
        return out;
    QDataStream in(data->data(mimeType()));
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        in >> id;
        if (in.status() == QDataStream::Ok && id > 0)
            out << id;
    }
    return out;
}

QMimeData *forIndexes(const QModelIndexList &indexes, int idRole)
{
    QVector<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(idRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids.isEmpty() ? nullptr : create(ids);
}

} // namespace amanat::ui::ItemMimeData
