#include "TagPalette.h"

namespace amanat::ui {

QVector<TagPalette::Entry> TagPalette::colors()
{
    return {{QStringLiteral("#D64545"), tr("Red")},    {QStringLiteral("#E8833A"), tr("Orange")},
            {QStringLiteral("#D9B310"), tr("Yellow")}, {QStringLiteral("#4C9A2A"), tr("Green")},
            {QStringLiteral("#1F9E89"), tr("Teal")},   {QStringLiteral("#3A7BD5"), tr("Blue")},
            {QStringLiteral("#6A4FC2"), tr("Violet")}, {QStringLiteral("#C2418E"), tr("Pink")},
            {QStringLiteral("#8D6E63"), tr("Brown")},  {QStringLiteral("#7F8C8D"), tr("Grey")}};
}

} // namespace amanat::ui
