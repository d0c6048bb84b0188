#pragma once

#include "core/Database.h"

namespace lontar::server {

// Publishes core's identity tables (org units, users without their password hashes) as the
// server-authoritative directory entities: every unit or user whose public form differs from what was
// last published gets a new version in srv_rows and srv_changes. Call inside the transaction that
// changed the identity tables (the change log lock is taken here), and once at start-up.
// Returns how many rows were published.
Result<int> publishDirectory(Database& db, qint64 nowMs);

} // namespace lontar::server
