#pragma once

#include "core/AuditLog.h"
#include "core/Identity.h"

#include <QCoreApplication>

namespace lontar {

// Administrative changes to users, made on behalf of a logged-in admin OPD. Every call checks the
// actor's role here, in the domain, so no screen or script can skip it, and writes the change and its
// audit entry in one transaction.
class IdentityAdmin
{
    Q_DECLARE_TR_FUNCTIONS(IdentityAdmin)

public:
    IdentityAdmin(Database& db, AuditLog& audit, User actor);

    Result<User> createUser(const User& user, const QString& initialPassword);
    Status resetPassword(const QString& userId, const QString& newPassword);
    Status unlock(const QString& userId);
    Status setActive(const QString& userId, bool active);
    // Whether the account is locked out right now (for showing an "unlock" action).
    Result<bool> isLocked(const QString& userId) const;

private:
    Status requireAdmin() const;
    Status auditedUpdate(const QString& action, const QString& userId, const QString& sql,
                         const QVariantList& bindings);

    Database& m_db;
    AuditLog& m_audit;
    User m_actor;
};

} // namespace lontar
