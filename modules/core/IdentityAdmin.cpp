#include "core/IdentityAdmin.h"

#include <QDateTime>
#include <QJsonArray>

#include "core/PasswordHasher.h"

namespace lontar {

IdentityAdmin::IdentityAdmin(Database& db, AuditLog& audit, User actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Status IdentityAdmin::requireAdmin() const
{
    if (!m_actor.hasRole(Role::AdminOpd) || !m_actor.active)
        return Error(tr("Hanya admin OPD yang boleh mengubah data pengguna"), Error::Code::Forbidden);
    return {};
}

Result<User> IdentityAdmin::createUser(const User& user, const QString& initialPassword)
{
    if (Status s = requireAdmin(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    IdentityStore store(m_db);
    auto created = store.createUser(user, initialPassword);
    if (!created)
        return created.error();
    QJsonArray roles;
    for (Role r : created->roles)
        roles.append(roleKey(r));
    if (Status s = m_audit.append(
            m_actor.username, QStringLiteral("user.create"), QStringLiteral("user"), created->id,
            QJsonObject{{QStringLiteral("username"), created->username}, {QStringLiteral("roles"), roles}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Status IdentityAdmin::auditedUpdate(const QString& action, const QString& userId, const QString& sql,
                                    const QVariantList& bindings)
{
    if (Status s = requireAdmin(); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto r = m_db.exec(sql, bindings);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    if (Status s = m_audit.append(m_actor.username, action, QStringLiteral("user"), userId); !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::resetPassword(const QString& userId, const QString& newPassword)
{
    if (Status s = requireAdmin(); !s)
        return s;
    if (Status s = IdentityStore::validatePassword(newPassword); !s)
        return s;
    auto hashed = PasswordHasher::hash(newPassword);
    if (!hashed)
        return hashed.error();
    return auditedUpdate(
        QStringLiteral("user.password_reset"), userId,
        QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = 0, "
                       "updated_at = ? WHERE id = ?"),
        {*hashed, QDateTime::currentMSecsSinceEpoch(), userId});
}

Status IdentityAdmin::unlock(const QString& userId)
{
    return auditedUpdate(
        QStringLiteral("user.unlock"), userId,
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = 0, updated_at = ? "
                       "WHERE id = ?"),
        {QDateTime::currentMSecsSinceEpoch(), userId});
}

Status IdentityAdmin::setActive(const QString& userId, bool active)
{
    if (userId == m_actor.id && !active)
        return Error(tr("Anda tidak dapat menonaktifkan akun Anda sendiri"), Error::Code::InvalidInput);
    return auditedUpdate(active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"), userId,
                         QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"),
                         {active ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), userId});
}

Result<bool> IdentityAdmin::isLocked(const QString& userId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {userId});
    if (!v)
        return v.error();
    return v->toLongLong() > QDateTime::currentMSecsSinceEpoch();
}

} // namespace lontar
