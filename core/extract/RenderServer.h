#pragma once

namespace amanat {

/** The render mode of amanat-extract (`--render`): reads one document from standard input,
 *  then answers render, find and text requests until its input ends. See
 *  render/RenderProtocol.h. The process must already be limited (rlimits) before run(). */
class RenderServer
{
public:
    /** @p maxDocumentBytes: larger documents are refused before their bytes are read. */
    explicit RenderServer(long long maxDocumentBytes) : m_maxDocumentBytes(maxDocumentBytes) {}
    /** Serves until the input ends; returns the process exit code. */
    int run();

private:
    long long m_maxDocumentBytes;
};

} // namespace amanat
