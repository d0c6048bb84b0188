#pragma once

#include "core/AuditLog.h"
#include "core/Identity.h"

#include <QCoreApplication>

#include <optional>

namespace lontar {

// The fields of a user's record an admin edits in place; unset ones stay as they are.
struct UserProfileChange
{
    std::optional<QString> fullName;
    std::optional<QString> position;
    std::optional<QString> nip;
};

// Administrative changes to users, made on behalf of a logged-in admin OPD. Every call checks here, in
// the domain, so no screen, script or server endpoint can skip it:
// - the actor (re-read from the database, so a role removed meanwhile counts) is an active admin OPD;
// - the target user and any destination unit lie in the actor's unit subtree (their unit and every unit
//   beneath it); anything outside is answered exactly like an unknown id (NotFound);
// - an admin cannot disable or lock themselves or remove their own admin role (Forbidden).
// Each change and its audit entry are written in one transaction; when the caller already has one open
// (the server, which also publishes the directory), the change joins it.
class IdentityAdmin
{
    Q_DECLARE_TR_FUNCTIONS(IdentityAdmin)

public:
    IdentityAdmin(Database& db, AuditLog& audit, User actor);

    // The units the actor administers; empty when the actor is not an admin OPD or has no unit.
    Result<QStringList> managedUnits() const;
    // A user the actor may administer (NotFound when unknown or outside the actor's units).
    Result<User> managedUser(const QString& userId) const;
    Result<QList<User>> managedUsers() const;

    Result<User> createUser(const User& user, const QString& initialPassword);
    Result<User> updateProfile(const QString& userId, const UserProfileChange& change);
    Status moveToUnit(const QString& userId, const QString& unitId);
    Status setRoles(const QString& userId, const QList<Role>& roles);
    Status setClearance(const QString& userId, int clearance);
    // Also bumps the user's credential version, so devices drop their offline verifier.
    Status resetPassword(const QString& userId, const QString& newPassword);
    // Locks password logins until unlock(); unlock() also clears an automatic lock-out.
    Status lock(const QString& userId);
    Status unlock(const QString& userId);
    Status setActive(const QString& userId, bool active);
    // Whether the account is locked out right now (for showing an "unlock" action).
    Result<bool> isLocked(const QString& userId) const;

    // Format rules for what an admin types, shared with the server's endpoints.
    static Status validateUsername(const QString& username);
    static Status validateClearance(int clearance);
    // Free text shown in lists and logs: required or not, at most maxLength, no control characters.
    static Status validateText(const QString& text, const QString& label, bool required, int maxLength);

private:
    // The actor as the database knows them now, checked to be an active admin OPD.
    Result<User> requireAdmin() const;
    Result<QStringList> unitsOf(const User& admin) const;
    Status audited(const QString& action, const QString& userId, const QJsonObject& details = {});
    Status update(const QString& sql, const QVariantList& bindings);

    Database& m_db;
    AuditLog& m_audit;
    User m_actor;
};

} // namespace lontar
