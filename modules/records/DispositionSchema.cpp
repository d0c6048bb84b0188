#include "records/RecordsParts.h"

namespace lontar::records {

Migration dispositionsMigration()
{
    return Migration::fromSql(QStringLiteral("records"), 2, QStringLiteral("records: dispositions"), {});
}

QList<EntitySpec> dispositionEntities()
{
    return {};
}

} // namespace lontar::records
