#include "attendance/TrustedTime.h"

#include <cstdlib>

namespace lontar::attendance {

std::optional<qint64> anchoredTime(const std::optional<TimeAnchor>& anchor, qint64 bootMs,
                                   const QString& bootId)
{
    // Boot clocks restart at zero: elapsed time means something only within the anchor's boot.
    if (!anchor || anchor->bootId.isEmpty() || anchor->bootId != bootId || bootMs < anchor->bootMs)
        return std::nullopt;
    return anchor->serverTimeMs + (bootMs - anchor->bootMs);
}

TimeVerdict assessTime(const TimeClaim& claim, qint64 receiptMs, const TrustConfig& config)
{
    TimeVerdict v;
    if (!claim.anchor) {
        v.flags.append(flag::kNoAnchor);
    } else {
        v.trustedAt = anchoredTime(claim.anchor, claim.bootMs, claim.bootId);
        if (!v.trustedAt)
            v.flags.append(flag::kReboot);
        else if (claim.bootMs - claim.anchor->bootMs > config.maxAnchorAgeMs)
            v.flags.append(flag::kStaleAnchor);
    }
    if (v.trustedAt && std::llabs(claim.claimedAt - *v.trustedAt) > config.toleranceMs)
        v.flags.append(flag::kClockOff);
    const qint64 latest = receiptMs + config.toleranceMs;
    if (claim.claimedAt > latest || (v.trustedAt && *v.trustedAt > latest))
        v.flags.append(flag::kFuture);
    return v;
}

} // namespace lontar::attendance
