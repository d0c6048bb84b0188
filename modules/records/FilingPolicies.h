#pragma once

#include "core/EntityPolicy.h"
#include "records/Retention.h"

#include <memory>

namespace lontar::records {

// Files (berkas) and disposal proposals (daftar usul musnah), see docs/records.md "Filing and retention".
inline const QString kFileEntity = QStringLiteral("records_file");
inline const QString kDisposalEntity = QStringLiteral("records_disposal");

QStringList disposalStatusKeys(); // diusulkan, disetujui, ditolak, dilaksanakan
QString disposalStatusDisplayName(const QString& key);

// The JRA row that governs `code` as the policy sees the synced rows (nearest ancestor with an active row).
std::optional<RetentionRule> retentionRuleFor(const WriteContext& context, const QString& code);
// The date a policy judges "due" against: the server's clock on the server, the device's date before it.
QDate policyDate(const WriteContext& context);

std::shared_ptr<const EntityPolicy> makeFilePolicy();
std::shared_ptr<const EntityPolicy> makeDisposalPolicy();

} // namespace lontar::records
