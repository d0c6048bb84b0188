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

Result<OutgoingQueues> outgoingQueuesFor(Database&, const QString&)
{
    return OutgoingQueues{};
}

} // namespace lontar::records
