#include "Sodium.h"

#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/resource.h>

namespace amanat {

void ensureSodium()
{
    static const bool initialised = [] {
        return sodium_init() >= 0;
    }();
    if (!initialised) {
        std::fputs("amanat: libsodium could not be initialised\n", stderr);
        std::abort();
    }
}

void hardenProcess()
{
    rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#ifdef __linux__
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // A write past the file-size limit must fail with EFBIG (reported like a full disk and
    // rolled back), not kill the process in the middle of a write.
    std::signal(SIGXFSZ, SIG_IGN);
    ensureSodium();
}

} // namespace amanat
