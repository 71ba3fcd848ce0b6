// Builds: core/db may use crypto and common (tst_architecture_build).
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "db/Database.h"
