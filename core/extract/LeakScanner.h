#pragma once

#include "redaction/LeakCheckProtocol.h"

#include <functional>

namespace amanat {

/** `amanat-extract --leak-check`: reads pages of a finished bundle the way a recipient
 *  could and reports every protected string still legible (see LeakCheckRequest). Text
 *  layers are matched on every page; pages whose text is not all in the text layer are
 *  rendered at 300 dpi and read as one block (psm 6) and as one column (psm 4): other
 *  segmentations than the redactor's whole-page, sparse and line-by-line readings. */
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
