#pragma once

#include <QString>

namespace lontar {

// UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits. Client-generated keys that
// sort by creation time, so a retried create never duplicates and indexes stay append-friendly.
QString newUuid();

} // namespace lontar
