#pragma once

#include "viewers/ItemViewer.h"

namespace amanat::ui {

/** The viewer the detail pane shows (ui/viewers/ItemViewer). Kept behind this one alias and
 *  factory so the detail pane does not depend on how viewers are chosen. */
using ItemViewerWidget = ItemViewer;

ItemViewerWidget *createViewer(QWidget *parent);

} // namespace amanat::ui
