#include "attendance/EventPolicy.h"

#include "attendance/AttendanceModule.h"

namespace lontar::attendance {
// Placeholder until the events part lands.
QList<Migration> eventMigrations()
{
    return {};
}
QList<EntitySpec> eventEntities()
{
    return {};
}
} // namespace lontar::attendance
