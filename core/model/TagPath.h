#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace amanat {

/** Tag paths ("Parent/Child"), as typed, stored and searched for. */
class TagPath
{
    Q_DECLARE_TR_FUNCTIONS(TagPath)

public:
    static constexpr int kMaxNameLength = 200; ///< characters in one level
    static constexpr int kMaxDepth = 32;       ///< levels in one path

    /** Splits and checks a tag path ("A/B/C"): no empty levels, no control characters. */
    static Result<QStringList> parse(const QString &path);
};

} // namespace amanat
