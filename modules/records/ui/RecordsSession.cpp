#include "records/ui/RecordsSession.h"

#include "records/Letters.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingDesk.h"

#include <QDate>
#include <QSet>

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

Result<int> RecordsSession::reserveNumbers()
{
    const QDate today = QDate::currentDate();
    auto agenda = LetterRegister(db(), m_audit, m_actor).reserveAgenda({}, today);
    if (!agenda)
        return agenda.error();
    int queued = *agenda;
    // Letter numbers are taken when a letter is signed: the signer's own unit, and the units of the
    // letters already waiting for this user's signature.
    const User& u = m_actor.user;
    if (!u.hasRole(Role::Penandatangan) && !u.hasRole(Role::Atasan))
        return queued;
    QSet<QString> units{u.unitId};
    OutgoingDesk desk(db(), m_audit, m_actor, m_context.profile.directory() + QStringLiteral("/blobs"));
    auto waiting = desk.list(OutgoingList::WaitingMySignature);
    if (!waiting)
        return waiting.error();
    for (const OutgoingLetter& l : *waiting)
        units.insert(l.unitId);
    NumberBlocks blocks(db(), m_audit, m_actor);
    for (const QString& unit : std::as_const(units)) {
        if (!m_actor.unitSubtree.contains(unit))
            continue;
        auto claimed = blocks.reserveIfLow(unit, today.year());
        if (!claimed)
            return claimed.error();
        queued += *claimed ? 1 : 0;
    }
    return queued;
}

} // namespace lontar::records
