#include "sync/ClockAnchor.h"

#include "core/BootClock.h"

namespace lontar::sync {

namespace {
const QString kServerTime = QStringLiteral("clock.serverTimeMs");
const QString kBootMs = QStringLiteral("clock.bootMs");
const QString kBootId = QStringLiteral("clock.bootId");
} // namespace

std::optional<ClockAnchor> ClockAnchor::load(const ClientStore& store)
{
    bool okTime = false;
    bool okBoot = false;
    ClockAnchor a;
    a.serverTimeMs = store.state(kServerTime).toLongLong(&okTime);
    a.bootMs = store.state(kBootMs).toLongLong(&okBoot);
    a.bootId = store.state(kBootId);
    if (!okTime || !okBoot || a.serverTimeMs <= 0 || a.bootId.isEmpty())
        return std::nullopt;
    return a;
}

Status ClockAnchor::record(ClientStore& store, qint64 serverTimeMs)
{
    if (serverTimeMs <= 0)
        return {};
    if (Status s = store.setState(kServerTime, QString::number(serverTimeMs)); !s)
        return s;
    if (Status s = store.setState(kBootMs, QString::number(BootClock::nowMs())); !s)
        return s;
    return store.setState(kBootId, BootClock::bootId());
}

std::optional<qint64> ClockAnchor::elapsedMs() const
{
    if (bootId != BootClock::bootId())
        return std::nullopt;
    const qint64 elapsed = BootClock::nowMs() - bootMs;
    if (elapsed < 0)
        return std::nullopt;
    return elapsed;
}

std::optional<qint64> ClockAnchor::trustedNowMs() const
{
    const auto elapsed = elapsedMs();
    if (!elapsed)
        return std::nullopt;
    return serverTimeMs + *elapsed;
}

} // namespace lontar::sync
