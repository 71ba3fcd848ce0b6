#include "ExchangeSettings.h"

namespace amanat {

namespace {
constexpr const char *kInboxKey = "exchange_inbox";
}

Result<QString> ExchangeSettings::inboxFolder() const
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kInboxKey);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    const QString folder = *row ? stmt->text(0) : QString();
    stmt->reset();
    return folder;
}

Status ExchangeSettings::setInboxFolder(const QString &folder)
{
    auto stmt = folder.isEmpty()
                    ? m_db.prepare("DELETE FROM meta WHERE key = ?")
                    : m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kInboxKey);
    if (!folder.isEmpty())
        stmt->bind(2, folder);
    return stmt->run();
}

} // namespace amanat
