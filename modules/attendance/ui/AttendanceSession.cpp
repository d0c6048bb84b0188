#include "attendance/ui/AttendanceSession.h"

#include "attendance/ClockEvents.h"
#include "sync/ClockAnchor.h"

#include <QDateTime>

#include <QTimeZone>
#include <algorithm>

namespace lontar::attendance {

namespace {

Actor actorOf(ShellContext& context)
{
    auto actor = Actor::forUser(context.profile.database(), context.user);
    return actor ? *actor : Actor{context.user, {}, {context.user.unitId}, context.user.clearance};
}

constexpr qint64 kMarkIntervalMs = 60 * 60 * 1000;

} // namespace

AttendanceSession::AttendanceSession(ShellContext& context)
    : m_context(context)
    , m_actor(actorOf(context))
{
    m_store = std::make_unique<sync::ClientStore>(db(), m_actor);
    auto unit = m_context.profile.identity().unitById(m_context.user.unitId);
    m_timeZone = unit && !unit->timeZone.isEmpty() ? unit->timeZone : QStringLiteral("Asia/Jakarta");
}

qint64 AttendanceSession::nowMs() const
{
    if (const auto anchor = sync::ClockAnchor::load(*m_store)) {
        if (const auto now = anchor->trustedNowMs())
            return *now;
    }
    return QDateTime::currentMSecsSinceEpoch();
}

QDate AttendanceSession::today() const
{
    return QDate::fromString(workDateOf(nowMs(), m_timeZone), Qt::ISODate);
}

bool AttendanceSession::seesRecap() const
{
    const User& u = m_context.user;
    return u.hasRole(Role::Atasan) || u.hasRole(Role::Kepegawaian) || u.hasRole(Role::AdminOpd);
}

bool AttendanceSession::seesTeam() const
{
    return m_context.user.hasRole(Role::Atasan) || m_context.user.hasRole(Role::Kepegawaian);
}

QList<OrgUnit> AttendanceSession::visibleUnits() const
{
    auto units = m_context.profile.identity().units();
    if (!units)
        return {};
    QList<OrgUnit> out;
    for (const OrgUnit& u : std::as_const(*units)) {
        if (seesWholeRegency() || m_actor.unitSubtree.contains(u.id))
            out.append(u);
    }
    std::sort(out.begin(), out.end(), [](const OrgUnit& a, const OrgUnit& b) { return a.code < b.code; });
    return out;
}

void AttendanceSession::afterSync()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_eventsSinceMark && now - m_lastMarkMs < kMarkIntervalMs)
        return;
    // Only when nothing waits in the outbox, checked in the same transaction as the write: the sync runs
    // on its own thread, and this signal may arrive after the user recorded another event.
    ClockService service(db(), *m_store, m_actor);
    auto written = service.writeMarkIfSynced();
    if (!written) {
        // Not enrolled yet or no server time since boot: the next sync tries again.
        qInfo("attendance mark: %s", qPrintable(written.errorMessage()));
        return;
    }
    if (!*written)
        return; // something still waits: the sync that sends it brings the next chance
    m_eventsSinceMark = false;
    m_lastMarkMs = now;
}

} // namespace lontar::attendance
