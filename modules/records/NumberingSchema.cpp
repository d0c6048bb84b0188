#include "records/RecordsParts.h"

namespace lontar::records {

Migration numberingMigration()
{
    return Migration::fromSql(QStringLiteral("records"), 5, QStringLiteral("records: numbering"), {});
}

QList<EntitySpec> numberingEntities()
{
    return {};
}

} // namespace lontar::records
