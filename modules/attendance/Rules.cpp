#include "attendance/Rules.h"

#include "attendance/AttendanceModule.h"

namespace lontar::attendance {
// Placeholder until the rules part lands.
QList<Migration> rulesMigrations()
{
    return {};
}
QList<EntitySpec> rulesEntities()
{
    return {};
}
} // namespace lontar::attendance
