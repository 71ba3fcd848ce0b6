#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat::ui {

/** The colours offered for tags: ten that stay distinct on light and dark backgrounds. */
class TagPalette
{
    Q_DECLARE_TR_FUNCTIONS(TagPalette)

public:
    struct Entry
    {
        QString color; ///< "#RRGGBB"
        QString name;  ///< translated
    };
    static QVector<Entry> colors();
};

} // namespace amanat::ui
