#include "records/ui/RecordsSession.h"

namespace lontar::records {

namespace {

Actor actorOf(ShellContext& context)
{
    auto actor = Actor::forUser(context.profile.database(), context.user);
    return actor ? *actor : Actor{context.user, {}, {context.user.unitId}, context.user.clearance};
}

} // namespace

RecordsSession::RecordsSession(ShellContext& context)
    : m_context(context)
    , m_actor(actorOf(context))
    , m_audit(context.profile.database())
    , m_store(std::make_unique<sync::ClientStore>(context.profile.database(), m_actor))
{}

} // namespace lontar::records
