#include "attendance/Requests.h"

#include "attendance/AttendanceModule.h"

namespace lontar::attendance {
// Placeholder until the requests part lands.
QList<Migration> requestMigrations()
{
    return {};
}
QList<EntitySpec> requestEntities()
{
    return {};
}
} // namespace lontar::attendance
