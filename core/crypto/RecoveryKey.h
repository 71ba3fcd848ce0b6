#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** The recovery key: 160 random bits written as eight groups of four
 *  Crockford base-32 characters (e.g. `7K3M-...`), easy to copy onto paper.
 *  Parsing forgives case, spaces, dashes and the letters O, I and L. */
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int kRandomBytes = 20;
    static constexpr int kGroups = 8;

    /** A new random key in its printed form, kept in locked memory. */
    static SecureBuffer generate();
    /** Normalises what a person typed into the printed form, or fails if it cannot be a key. */
    static Result<SecureBuffer> parse(const SecureBuffer &typed);
};

} // namespace amanat
