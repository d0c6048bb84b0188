#pragma once

#include <QString>

namespace lontar {

// UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits. Client-generated keys that
// sort by creation time, so a retried create never duplicates and indexes stay append-friendly.
QString newUuid();

// UUID version 5 of `name` in Lontar's namespace: the same name gives the same id everywhere, so the
// demo regency seeded on a device and on the server agree on every unit and user.
QString nameBasedUuid(const QString& name);

} // namespace lontar
