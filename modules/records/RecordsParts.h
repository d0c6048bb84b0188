#pragma once

#include "core/Migration.h"
#include "core/Module.h"
#include "core/Result.h"

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

// Server-reserved number blocks for letter numbers (version 5).
Migration numberingMigration();
QList<EntitySpec> numberingEntities();

// What waits for a user in the outgoing flow, for the inbox's counts (implemented by the outgoing part).
struct OutgoingQueues
{
    int waitingParaf = 0;     // drafts whose next paraf is this user's
    int waitingSignature = 0; // letters with every paraf given, to be signed by this user
};
Result<OutgoingQueues> outgoingQueuesFor(Database& db, const QString& userId);

} // namespace lontar::records
