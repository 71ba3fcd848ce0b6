#pragma once

#include "ShellSettings.h"

namespace amanat::ui {

/** Applies the light, dark or system palette to the whole application. Dark and light use
 *  the Fusion style with a fixed palette, so they look the same on every desktop; "follow
 *  the system" restores the style and palette the platform gave at start-up. */
namespace ThemeManager {

/** Remembers the platform's style and palette; call once after QApplication exists. */
void captureSystemDefaults();
void apply(ShellSettings::Theme theme);

} // namespace ThemeManager
} // namespace amanat::ui
