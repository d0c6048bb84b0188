#pragma once

#include "core/EntityPolicy.h"
#include "shell/UiModule.h"
#include "sync/ClientStore.h"

#include <QDate>
#include <QString>

#include <memory>

namespace lontar::attendance {

// What every attendance screen of one session shares: the logged-in user as an actor, the client store
// that runs the entity policies with that actor, and the office time zone of the user's unit.
class AttendanceSession
{
public:
    explicit AttendanceSession(ShellContext& context);

    ShellContext& context() { return m_context; }
    Database& db() { return m_context.profile.database(); }
    const User& user() const { return m_context.user; }
    const Actor& actor() const { return m_actor; }
    sync::ClientStore& store() { return *m_store; }
    // IANA zone of the user's unit (Asia/Jakarta when the directory does not say).
    QString timeZone() const { return m_timeZone; }

    // The server's time as this device knows it (anchor + boot clock), else the system clock. For
    // choosing "today" on screen only; nothing is computed from it.
    qint64 nowMs() const;
    QDate today() const;
    // Whether the user holds one of the roles that see the monthly recap / the team.
    bool seesRecap() const;
    bool seesTeam() const;
    // The units whose people this user may look at: the regency for kepegawaian, else the user's own
    // unit tree; ordered by code.
    QList<OrgUnit> visibleUnits() const;
    bool seesWholeRegency() const { return m_context.user.hasRole(Role::Kepegawaian); }

    // After a completed sync with nothing left to send: records this device's attendance mark, so the
    // days it recorded become final. At most once an hour unless new events were recorded since.
    void afterSync();
    void noteEventRecorded() { m_eventsSinceMark = true; }

private:
    ShellContext& m_context;
    Actor m_actor;
    std::unique_ptr<sync::ClientStore> m_store;
    QString m_timeZone;
    bool m_eventsSinceMark = true;
    qint64 m_lastMarkMs = 0;
};

} // namespace lontar::attendance
