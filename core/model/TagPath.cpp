#include "TagPath.h"

#include <algorithm>

namespace amanat {

Result<QStringList> TagPath::parse(const QString &path)
{
    QStringList levels;
    for (const QString &raw : path.split(QLatin1Char('/'))) {
        const QString level = raw.trimmed();
        if (level.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a tag path: a level is empty (write it as "
                                "Parent/Child).")
                                 .arg(path));
        if (level.size() > kMaxNameLength)
            return makeError(
                ErrorCode::InvalidInput,
                tr("A tag name is too long (at most %1 characters).").arg(kMaxNameLength));
        const bool hasControl = std::any_of(level.cbegin(), level.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        });
        if (hasControl)
            return makeError(ErrorCode::InvalidInput,
                             tr("A tag name may not contain control characters."));
        levels << level;
    }
    if (levels.size() > kMaxDepth)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The tag path is nested too deeply (at most %1 levels).").arg(kMaxDepth));
    return levels;
}

} // namespace amanat
