#include "records/RecordsParts.h"

namespace lontar::records {

Migration filingMigration()
{
    return Migration::fromSql(QStringLiteral("records"), 4, QStringLiteral("records: filing"), {});
}

QList<EntitySpec> filingEntities()
{
    return {};
}

} // namespace lontar::records
