#pragma once

#include "core/AuditLog.h"
#include "core/EntityPolicy.h"
#include "shell/UiModule.h"
#include "sync/ClientStore.h"

#include <memory>

namespace lontar::records {

// What every records screen of one session shares: the logged-in user as an actor, the client store that
// runs the entity policies with that actor, the profile's audit log and the connection to the server
// (nullptr when sync is off) for downloading letter files.
class RecordsSession
{
public:
    explicit RecordsSession(ShellContext& context);

    ShellContext& context() { return m_context; }
    Database& db() { return m_context.profile.database(); }
    const User& user() const { return m_context.user; }
    const Actor& actor() const { return m_actor; }
    AuditLog& audit() { return m_audit; }
    sync::ClientStore& store() { return *m_store; }
    ServerConnection* server() const { return m_context.server; }

    // While online, keeps this device holding numbers to work offline: agenda numbers for a pencatat's
    // unit, letter numbers for the units whose letters this user signs. Returns how many claims were
    // queued (they reach the server with the next sync pass).
    Result<int> reserveNumbers();

private:
    ShellContext& m_context;
    Actor m_actor;
    AuditLog m_audit;
    std::unique_ptr<sync::ClientStore> m_store;
};

} // namespace lontar::records
