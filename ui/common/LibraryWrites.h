#pragma once

#include "library/Library.h"

#include <utility>

namespace amanat::ui {

/** Runs @p job on the library's write connection (the writer thread) and waits for its
 *  result, for a short edit whose caller needs the outcome at once: an undo command, a
 *  dialog that closes on success. Work that may take long, or that runs while the window
 *  must stay responsive, continues asynchronously with Library::write(job).then(…) instead. */
template <typename Job> auto writeNow(Library &library, Job job)
{
    auto future = library.write(std::move(job));
    future.waitForFinished();
    return future.result();
}

} // namespace amanat::ui
