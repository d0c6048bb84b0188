#pragma once

#include "TestSupport.h"

#include "attendance/AttendanceModule.h"
#include "core/Database.h"
#include "core/Migration.h"
#include "core/Module.h"
#include "core/Uuid.h"

#include <QDateTime>
#include <QTimeZone>

namespace lontar::test {

// The projections of the events and requests parts, exactly as their migrations create them. Kept here
// in one place until those migrations land; then recapSchema() uses AttendanceModule and this goes.
inline QStringList otherAttendanceTables()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS att_events(id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "unit_id TEXT NOT NULL, device_id TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, "
            "at_ms BIGINT NOT NULL, claimed_ms BIGINT NOT NULL, time_zone TEXT NOT NULL, work_date TEXT "
            "NOT NULL, flags TEXT NOT NULL, received_at BIGINT NOT NULL, seq BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS att_marks(device_id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, "
            "last_seq BIGINT NOT NULL, recorded_at BIGINT NOT NULL, received_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS att_requests(id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "unit_id TEXT NOT NULL, kind TEXT NOT NULL, date_from TEXT NOT NULL, date_until TEXT NOT "
            "NULL, state TEXT NOT NULL, event_id TEXT NOT NULL, correction_kind TEXT NOT NULL, "
            "correction_at BIGINT NOT NULL, reason TEXT NOT NULL, decided_by_name TEXT NOT NULL, "
            "decided_at BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
        // The indexes the recap's period queries need (asked of the events part).
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_att_events_recap ON att_events(at_ms, user_id, kind, "
                       "device_id, received_at, flags, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_att_events_user ON att_events(user_id, at_ms)"),
    };
}

// Core's schema, the rules projection and the other parts' tables.
inline Status recapSchema(Database& db)
{
    if (Status s = MigrationRunner::migrate(db, CoreModule().migrations() + attendance::rulesMigrations());
        !s)
        return s;
    for (const QString& sql : otherAttendanceTables()) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return {};
}

// Direct rows (no Argon2id): a month of a 5,000-person regency must be quick to set up.
inline Status addUnit(Database& db, const QString& id, const QString& parent, const QString& code,
                      const QString& timeZone = QStringLiteral("Asia/Jakarta"))
{
    auto r = db.exec(QStringLiteral("INSERT INTO org_units (id, parent_id, code, name, kind, time_zone) "
                                    "VALUES (?, ?, ?, ?, 'opd', ?)"),
                     {id, parent.isEmpty() ? QVariant() : QVariant(parent), code,
                      QStringLiteral("Unit ") + code, timeZone});
    return r ? Status() : Status(r.error());
}

inline Status addUser(Database& db, const QString& id, const QString& nip, const QString& name,
                      const QString& unitId, bool active = true, const QString& role = QStringLiteral("asn"))
{
    auto r =
        db.exec(QStringLiteral("INSERT INTO users (id, username, nip, full_name, unit_id, password_hash, "
                               "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, 0, 0)"),
                {id, QStringLiteral("u") + nip, nip, name, unitId, active ? 1 : 0});
    if (!r)
        return r.error();
    auto q = db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {id, role});
    return q ? Status() : Status(q.error());
}

// UTC ms of a local office time.
inline qint64 localMs(QDate date, const QString& hhmmss, const QString& zone = QStringLiteral("Asia/Jakarta"))
{
    return QDateTime(date, QTime::fromString(hhmmss, QStringLiteral("HH:mm:ss")), QTimeZone(zone.toUtf8()))
        .toMSecsSinceEpoch();
}

} // namespace lontar::test
