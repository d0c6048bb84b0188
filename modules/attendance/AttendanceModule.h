#pragma once

#include "core/Module.h"

#include <QString>

namespace lontar::attendance {

// Synced entities (docs/attendance.md has their fields and rules).
inline const QString kEventEntity = QStringLiteral("attendance_event");     // append-only clock events
inline const QString kDeviceMarkEntity = QStringLiteral("attendance_mark"); // a device's "all sent up to"
inline const QString kPinEntity = QStringLiteral("attendance_pin");         // kiosk PIN verifiers
inline const QString kRequestEntity = QStringLiteral("attendance_request"); // leave, izin, corrections
inline const QString kRulesEntity = QStringLiteral("attendance_rules");     // schedules, holidays, tables

// Each part of the module declares its own tables (each with its own migration key) and entities;
// this class only gathers them, so the parts stay independent.
QList<Migration> eventMigrations();   // ClockEvents / EventPolicy / Kiosk
QList<Migration> rulesMigrations();   // Rules
QList<Migration> requestMigrations(); // Requests
QList<EntitySpec> eventEntities();    // attendance_event, attendance_mark, attendance_pin
QList<EntitySpec> rulesEntities();    // attendance_rules
QList<EntitySpec> requestEntities();  // attendance_request

// Attendance's domain half: clock events the server can trust offline, kiosk PINs, rules as data,
// leave and corrections, daily status and the monthly recap.
class AttendanceModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("attendance"); }
    QList<Migration> migrations() const override;
    QList<EntitySpec> syncedEntities() const override;
};

} // namespace lontar::attendance
