#pragma once

#include "Sandbox.h"
#include "helper/ExtractionResult.h"

namespace amanat {

/** What each file's reading may use. */
struct FileLimits
{
    qint64 memoryMb = 2048;
    qint64 cpuSeconds = 600;
};

/** One-shot mode: reads one request and its bytes from standard input, in this (already
 *  confined) process, and returns what was found. */
ExtractionResult extractFromInput(const FileLimits &limits);

/** `--serve`: answers requests one after the other until standard input ends. This process
 *  is already up (Qt, fonts, plugins) but never parses a file: for each request it reads the
 *  header and the bytes, then forks a child that confines itself (sandbox::confine), takes its
 *  processor-time limit and reads the file. The child's one line of answer comes back through
 *  a pipe of its own and is passed on only if it is one JSON object; a child that crashes,
 *  is killed or says anything else becomes a failed result. So every file is still read in
 *  a fresh process that nothing before it could have touched, without paying for loading Qt,
 *  Poppler and Tesseract's libraries once a file. Returns the exit code. */
int serveExtractions(const FileLimits &limits, const sandbox::Report &report);

} // namespace amanat
