#pragma once

#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QString>
#include <QVariantList>

namespace lontar::server {

// The read scope of docs/policy-and-identity.md as one SQL condition over the access columns of
// srv_rows / srv_changes (scope_kind, unit_id, owner_id, sec_level, entity). `prefix` "prev_" tests the
// values a change replaced, which is how a row that left someone's scope is found.
struct ScopeFilter
{
    QString sql;
    QVariantList bindings;
};
ScopeFilter visibleTo(const Actor& actor, const QString& prefix = {});

// A fingerprint of everything that decides what the actor may see; when it changes between two pulls
// of a device, the device starts over from cursor 0 (rows it may no longer see disappear).
QString scopeFingerprint(const Actor& actor);

// Whether the actor may read a blob: a row they may see references it, or a unit of their tree
// completed its own upload of it. Knowing a hash is never enough.
Result<bool> mayReadBlob(Database& db, const Actor& actor, const QString& sha256);

} // namespace lontar::server
