#pragma once

#include "core/Result.h"
#include "sync/ClientStore.h"

#include <QString>

#include <optional>

namespace lontar::sync {

// The server's time as last heard on this device, tied to the machine's boot clock: every answer of
// the server carries X-Lontar-Server-Time, and the sync client records it here. A time derived from
// it (server time then + boot-clock time elapsed since) cannot be moved by the wall clock; it is only
// valid within the same boot. Stored in sync_state, so it survives restarts.
struct ClockAnchor
{
    qint64 serverTimeMs = 0; // the server's clock when the answer left it
    qint64 bootMs = 0;       // BootClock::nowMs() when the answer arrived
    QString bootId;          // BootClock::bootId() then

    static constexpr const char* kHeader = "x-lontar-server-time"; // lower case, as replies store it

    // The last anchor this device recorded, if any.
    static std::optional<ClockAnchor> load(const ClientStore& store);
    // Records `serverTimeMs` heard now.
    static Status record(ClientStore& store, qint64 serverTimeMs);

    // Boot-clock time elapsed since the anchor, or nothing when the machine rebooted since.
    std::optional<qint64> elapsedMs() const;
    // serverTimeMs + elapsed: the device's best trusted "now", or nothing after a reboot.
    std::optional<qint64> trustedNowMs() const;
};

} // namespace lontar::sync
