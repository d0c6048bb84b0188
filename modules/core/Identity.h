#pragma once

#include "core/Database.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lontar {

class AuditLog;

// The roles of PRODUCT.md; a user may hold several.
enum class Role
{
    Asn,
    Atasan,
    Arsiparis,
    Penandatangan,
    PejabatPengadaan,
    AdminOpd,
    AdminKatalog, // curates the local e-catalogue (vendors, products, prices)
    Ppk,          // pejabat pembuat komitmen: approves above the PP's threshold, contracts
    Bendahara,    // treasurer: records payments
    Kiosk,        // a shared attendance PC of a unit: records clock-ins of that unit's staff only
    Pencatat,     // pencatat surat (TU): registers incoming letters, keeps the agenda
    Kepegawaian,  // BKPSDM staff: regency attendance rules, holidays and the monthly recap
};

QString roleKey(Role role); // stable key stored in the database: "admin_opd"
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role); // translated
QList<Role> allRoles();

// An admin's lock lasts until unlocked: stored as a lock-out that ends in 2100, which no failed-login
// lock-out reaches.
inline constexpr qint64 kAdminLockUntilMs = 4102444800000;

struct OrgUnit
{
    QString id;       // UUID
    QString parentId; // empty for the regency itself
    QString code;     // e.g. "DISKOMINFO"
    QString name;
    QString kind;     // "pemda", "opd", "bidang", "seksi"
    QString timeZone; // IANA name: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
};

struct User
{
    QString id; // UUID
    QString username;
    QString nip; // 18-digit civil-servant number
    QString fullName;
    QString position; // jabatan
    QString unitId;
    QList<Role> roles;
    bool active = true;
    int clearance = 0;            // highest SecurityClass the user may read
    qint64 credentialVersion = 1; // bumped by the server on every password change
    bool adminLocked = false;     // locked by an admin OPD until unlocked (not a lock-out after failures)

    bool hasRole(Role role) const { return roles.contains(role); }
};

// Users, roles and org units. Storage only: policy (login, lock-out) lives in Authenticator.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStore)

public:
    explicit IdentityStore(Database& db);

    Result<OrgUnit> createUnit(OrgUnit unit);
    Result<QList<OrgUnit>> units() const;
    Result<OrgUnit> unitById(const QString& id) const;
    // The unit and every unit beneath it, for "my unit and below" scopes.
    Result<QStringList> subtreeUnitIds(const QString& rootId) const;

    Result<User> createUser(User user, const QString& password);
    Result<User> userByUsername(const QString& username) const;
    Result<User> userById(const QString& id) const;
    Result<User> userByNip(const QString& nip) const;
    Result<QList<User>> users() const;
    Status setPassword(const QString& userId, const QString& newPassword);
    // On a device: remembers an Argon2id verifier of the password the server just accepted, so the
    // next logins of this user work offline. Leaves the credential version as the server sent it.
    Status setOfflineVerifier(const QString& userId, const QString& password);
    Result<qint64> userCount() const;

    static Status validatePassword(const QString& password);
    static Status validateNip(const QString& nip);
    // A kiosk account (its only role is kiosk) has no NIP. The users.nip column is NOT NULL UNIQUE, so
    // such an account stores "-" + its id there: unique, never an 18-digit NIP; reads give "".
    static bool mayLackNip(const User& user);
    static QString storedNip(const QString& nip, const QString& userId);

private:
    Result<User> userWhere(const QString& column, const QVariant& value) const;
    Result<QList<Role>> rolesOf(const QString& userId) const;

    Database& m_db;
};

struct LockoutPolicy
{
    int maxFailures = 5;
    int lockoutMinutes = 15;
};

// Login with Argon2id verification and lock-out after repeated failures.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    using Policy = LockoutPolicy;
    using Clock = std::function<QDateTime()>;

    Authenticator(Database& db, AuditLog* audit = nullptr, Policy policy = Policy{}, Clock clock = {});

    // On success returns the user and resets the failure count. A wrong password and an unknown user
    // give the same message, so the dialog does not reveal which usernames exist.
    Result<User> login(const QString& username, const QString& password);

private:
    void record(const QString& actor, const QString& action, const QString& userId,
                const QJsonObject& details = {});

    Database& m_db;
    AuditLog* m_audit;
    Policy m_policy;
    Clock m_clock;
};

} // namespace lontar
