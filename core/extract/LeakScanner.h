#pragma once

#include "helper/LeakCheckProtocol.h"

#include <functional>

namespace amanat {

/** `amanat-extract --leak-check`: reads pages of a finished bundle the way a recipient
 *  could and reports every protected string still legible (see LeakCheckRequest). Text
 *  layers are matched on every page; pages whose text is not all in the text layer are
 *  rendered from the finished PDF at 300 dpi and read as one block (psm 6), as one column
 *  (psm 4) and as sparse text (psm 11), in another process and at another scale than the
 *  redactor read the page image. */
class LeakScanner
{
public:
    struct Sinks
    {
        std::function<void(const LeakFinding &)> finding;
        std::function<void(const LeakPageChecked &)> checked;
    };

    /** Returns an error sentence, or empty when every page asked for was read. */
    static QString run(const LeakCheckRequest &request, const QByteArray &pdf, const Sinks &sinks);
};

} // namespace amanat
