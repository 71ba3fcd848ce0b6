// Must not build: a file of core/db that reaches up into the library (tst_architecture_build).
#include "db/Database.h"
#include "library/Library.h"
