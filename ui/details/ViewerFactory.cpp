#include "ViewerFactory.h"

namespace amanat::ui {

ItemViewerWidget *createViewer(QWidget *parent)
{
    auto *viewer = new ItemViewerWidget(parent);
    if (viewer->objectName().isEmpty())
        viewer->setObjectName(QStringLiteral("itemViewer"));
    return viewer;
}

} // namespace amanat::ui
