#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lontar::attendance {

// Flag keys of an attendance event (docs/attendance.md). Empty list = trusted.
namespace flag {
inline const QString kClockOff = QStringLiteral("clock_off");
inline const QString kFuture = QStringLiteral("future");
inline const QString kNoAnchor = QStringLiteral("no_anchor");
inline const QString kReboot = QStringLiteral("reboot");
inline const QString kStaleAnchor = QStringLiteral("stale_anchor");
inline const QString kChainGap = QStringLiteral("chain_gap");
inline const QString kChainBreak = QStringLiteral("chain_break");
inline const QString kReplay = QStringLiteral("replay");
inline const QString kTerminal = QStringLiteral("terminal"); // informational, not a doubt
} // namespace flag

// The server's time at the device's last contact, tied to the device's boot clock.
struct TimeAnchor
{
    qint64 serverTimeMs = 0;
    qint64 bootMs = 0;
    QString bootId;
};

struct TrustConfig
{
    qint64 toleranceMs = 2 * 60 * 1000;             // claimed vs trusted, and how far ahead is "future"
    qint64 maxAnchorAgeMs = 7LL * 24 * 3600 * 1000; // boot-clock time since the anchor
};

// What the device recorded about when an event happened.
struct TimeClaim
{
    qint64 claimedAt = 0; // the device's wall clock (ms since the epoch, UTC)
    std::optional<TimeAnchor> anchor;
    qint64 bootMs = 0; // the boot clock when the event was recorded
    QString bootId;
};

struct TimeVerdict
{
    std::optional<qint64> trustedAt; // only when the anchor is of the same boot
    QStringList flags;               // in a fixed order: no_anchor, reboot, stale_anchor, clock_off, future
};

// Pure: how much of the claimed time can be trusted, judged at `receiptMs` (the server's clock when the
// event arrived; on the device, its anchored now). The wall clock never decides anything here.
TimeVerdict assessTime(const TimeClaim& claim, qint64 receiptMs, const TrustConfig& config = {});

// anchor.serverTimeMs + (bootMs - anchor.bootMs) within the anchor's boot, else nothing.
std::optional<qint64> anchoredTime(const std::optional<TimeAnchor>& anchor, qint64 bootMs,
                                   const QString& bootId);

} // namespace lontar::attendance
