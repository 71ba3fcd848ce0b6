#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace amanat {

/** Where the helper (amanat-extract) is and what it starts with; shared by every client that
 *  runs it: extraction, the viewers' renderer, the bundle's rasteriser and leak check, and
 *  the sandbox report. */
namespace HelperProcess {

/** $AMANAT_EXTRACT when set; otherwise the installed helper, under the libexec folder next
 *  to the running program's bin folder; otherwise, for a program that runs from the build
 *  tree, the helper CMake built there. Never a guess at other paths. */
QString defaultPath();
/** The environment every helper process starts with (thread limits, no secrets). */
QProcessEnvironment environment();

} // namespace HelperProcess
} // namespace amanat
