#pragma once

#include "ingest/ExtractionStore.h"
#include "custody/CustodyLog.h"
#include "repository/ItemRepository.h"
#include "library/Library.h"

#include <QJsonObject>

namespace amanat::cli {

/** The stable JSON shapes of amanat-cli (documented in the README). Protected witness
 *  fields never appear in them. */
QJsonObject itemSummaryJson(const Item &item);
QJsonObject itemDetailJson(const Item &item, qint64 custodyEvents);
QJsonObject custodyEventJson(const CustodyEvent &event);
/** `null` when the item was never queued for extraction. */
QJsonValue extractionJson(const std::optional<ExtractionInfo> &info);
QJsonObject verifyReportJson(const VerifyReport &report);

} // namespace amanat::cli
