#include "attendance/AttendanceModule.h"

namespace lontar::attendance {

QList<Migration> AttendanceModule::migrations() const
{
    return eventMigrations() + rulesMigrations() + requestMigrations();
}

QList<EntitySpec> AttendanceModule::syncedEntities() const
{
    return eventEntities() + rulesEntities() + requestEntities();
}

} // namespace lontar::attendance
