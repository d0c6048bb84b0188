#pragma once

#include "sync/SyncProtocol.h"

namespace lontar::test {

// Entities for the sync engine's own tests, one per conflict rule and without policies: the engine and
// the server's generic rules are tested apart from any module's.
inline void registerTestEntities()
{
    auto& registry = sync::EntityRegistry::instance();
    registry.add({QStringLiteral("test_note"),
                  ConflictRule::Optimistic,
                  ReadScope::UnitSubtree,
                  64 * 1024,
                  {},
                  {},
                  {},
                  {}});
    registry.add({QStringLiteral("test_event"),
                  ConflictRule::AppendOnly,
                  ReadScope::UnitSubtree,
                  16 * 1024,
                  {},
                  {},
                  {},
                  {}});
    registry.add({QStringLiteral("test_catalogue"),
                  ConflictRule::ServerAuthoritative,
                  ReadScope::Global,
                  64 * 1024,
                  {},
                  {},
                  {},
                  {}});
}

} // namespace lontar::test
