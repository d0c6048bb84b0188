#include "records/RecordsParts.h"

namespace lontar::records {

Migration outgoingMigration()
{
    return Migration::fromSql(QStringLiteral("records"), 3, QStringLiteral("records: outgoing"), {});
}

QList<EntitySpec> outgoingEntities()
{
    return {};
}

} // namespace lontar::records
