#pragma once

#include "core/Migration.h"
#include "core/Module.h"

#include <QList>

// The parts of the records module after the foundation (incoming letters, instruments, search). Each part
// owns its migration step and synced entities; RecordsModule lists them in this order, so the module's
// migration versions stay one sequence.
namespace lontar::records {

// Dispositions and follow-up notes (version 2).
Migration dispositionsMigration();
QList<EntitySpec> dispositionEntities();

// Outgoing letters, number blocks and the paraf chain (version 3).
Migration outgoingMigration();
QList<EntitySpec> outgoingEntities();

// Files (berkas), retention, holds, declared records and disposal (version 4).
Migration filingMigration();
QList<EntitySpec> filingEntities();

} // namespace lontar::records
