#pragma once

#include "core/Database.h"
#include "core/Identity.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lontar {

// How the server settles a write to a synced entity.
enum class ConflictRule
{
    AppendOnly,          // rows are created once and never changed (attendance events, signing history)
    ServerAuthoritative, // only the server writes; clients pull (org units, users, catalogue)
    Optimistic,          // clients write with the version they started from; a stale base is a conflict
};

// Who may receive a row (docs/policy-and-identity.md). Every scope but Global is also limited by the
// row's security level against the reader's clearance, and widened by the entity's reader roles.
enum class ReadScope
{
    Global,              // everyone of the regency
    UnitSubtree,         // users whose unit is the row's unit or above it
    OwnerAndSupervisors, // the owner, and users with the atasan role in the owner's unit or above
};
QString readScopeKey(ReadScope scope); // "global", "unit", "owner": stored per row on the server

// Security classes of records (Permendagri on klasifikasi keamanan); a user's clearance is the highest
// class they may read.
enum class SecurityClass
{
    Biasa = 0,
    Terbatas = 1,
    Rahasia = 2,
    SangatRahasia = 3,
};
QString securityClassKey(SecurityClass c); // "biasa", ...
std::optional<SecurityClass> securityClassFromKey(const QString& key);
QString securityClassDisplayName(SecurityClass c);

// Who is writing or reading: the logged-in user with what the server (or the device) knows of them.
struct Actor
{
    User user;
    QString deviceId;
    QStringList unitSubtree; // the user's unit and every unit beneath it
    int clearance = 0;       // SecurityClass as int

    bool isAtasan() const { return user.hasRole(Role::Atasan); }
    // Builds the actor for a user from the identity tables of `db` (server or device).
    static Result<Actor> forUser(Database& db, const User& user, const QString& deviceId = {});
};

// The attributes of a row that decide who may read it, derived by the entity's policy from the row.
struct RowAccess
{
    QString unitId;
    QString ownerId;       // user id, for OwnerAndSupervisors
    int securityLevel = 0; // SecurityClass as int
    QStringList blobs;     // SHA-256 of blobs the row references (reading the row lets one read them)
};

// Reads another synced row for a policy that must compare with it (a device's previous attendance
// event, the directory entry of the user a kiosk writes for). On the server: the stored row, whatever the
// writer may read (the policy decides what it reveals in its message); on the device: the local copy.
// Nothing when the row does not exist or was deleted.
using RowLookup = std::function<std::optional<QJsonObject>(const QString& entity, const QString& entityId)>;

// One write as the policy sees it.
struct WriteContext
{
    const Actor& actor;
    bool onServer = false;   // false: the device checks before queuing (server-derived fields pending)
    qint64 serverTimeMs = 0; // the server's clock; 0 on the device
    QString entityId;
    bool isDelete = false;
    std::optional<QJsonObject> current; // the row before this write, when it exists
    RowAccess currentAccess;
    RowLookup lookup = {}; // may be empty (unit tests): a policy that needs it refuses the write
    // Every live row of an entity owned by a user (a person's leave requests, to check a balance). On the
    // server exact (by the row's owner); on the device a superset the policy filters by its own field.
    std::function<QList<QJsonObject>(const QString& entity, const QString& ownerId)> ownedRows = {};

    std::optional<QJsonObject> find(const QString& entity, const QString& entityId) const
    {
        return lookup ? lookup(entity, entityId) : std::nullopt;
    }
};

// What an accepted write means for the server's hash-chained audit log (an order approved, a leave
// refused): the action key and details a reviewer reads. Written in the push transaction.
struct AuditNote
{
    QString action; // "catalogue.order.approved"
    QJsonObject details;
};

// A module's rules for one synced entity: field schema, actor fields, roles, allowed state changes and
// server-derived values. The same object runs on the server inside the push transaction and on the
// device before a change is queued, so a rule is written once.
class EntityPolicy
{
public:
    virtual ~EntityPolicy() = default;
    // Checks the write and completes `data` (actor fields, server-derived values). Returns who may read
    // the resulting row, or an error whose message is shown to the user.
    virtual Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const = 0;
    // Called on the server after the write was accepted (`data` as stored); nothing by default.
    virtual std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const
    {
        Q_UNUSED(context);
        Q_UNUSED(data);
        return std::nullopt;
    }
    // Who may read a row the server wrote itself (ServerAuthoritative entities).
    virtual RowAccess accessOf(const QJsonObject& data) const
    {
        Q_UNUSED(data);
        return {};
    }
    // For an entity whose rows follow another row (EntitySpec::follows): rewrites the follower's copy of
    // its `leader` and returns who may read the result. The server calls it when the follower is written
    // (after authorizeWrite, so a client's copy never stands) and, in the same push transaction, for
    // every follower of a leader that was written; `lookup` reads other stored rows (the directory).
    // Nothing: the follower stays as it is.
    virtual std::optional<RowAccess> refollow(const QJsonObject& leader, QJsonObject& follower,
                                              const RowLookup& lookup) const
    {
        Q_UNUSED(leader);
        Q_UNUSED(follower);
        Q_UNUSED(lookup);
        return std::nullopt;
    }
};

// A row that carries a copy of another row, its leader (a disposition and its letter): whoever may not
// read the leader must not keep the copy (docs/policy-and-identity.md, "Rows that follow another row").
struct FollowLink
{
    QString entity; // the leader's entity; empty: the rows follow nothing
    QString field;  // the follower's field that holds the leader's id
};

// Declarative checks of a JSON row: unknown fields, types, required fields, lengths, enumerations.
class FieldSchema
{
    Q_DECLARE_TR_FUNCTIONS(FieldSchema)

public:
    enum class Type
    {
        String,
        Integer,
        Boolean,
        Uuid,
        Sha256,
        Enum,
        Timestamp, // ms since the epoch, UTC
        StringList,
        Object,
    };
    struct Field
    {
        QString name;
        Type type = Type::String;
        bool required = false;
        int maxLength = 200; // strings: characters; lists: items
        QStringList values;  // Enum
    };

    FieldSchema& add(Field field);
    FieldSchema& string(const QString& name, bool required, int maxLength = 200);
    FieldSchema& integer(const QString& name, bool required);
    FieldSchema& boolean(const QString& name, bool required);
    FieldSchema& uuid(const QString& name, bool required);
    FieldSchema& sha256(const QString& name, bool required);
    FieldSchema& enumeration(const QString& name, bool required, const QStringList& values);
    FieldSchema& timestamp(const QString& name, bool required);

    Status validate(const QJsonObject& data) const;

private:
    QList<Field> m_fields;
};

bool isUuidString(const QString& s);
bool isSha256String(const QString& s);

struct EntitySpec;

// The rules no entity policy may relax, checked after the policy on the device and on the server: a
// row lands inside the writer's own unit tree (or stays where it already was) and never above the
// writer's clearance. `currentUnit` is the unit the row had before, when known; `creating`: no live row
// exists yet. Only an entity with `policyPlacesUnit` may create a row in a unit outside the tree.
Status checkWriteScope(const EntitySpec& spec, const Actor& actor, const RowAccess& access,
                       const std::optional<QString>& currentUnit, bool creating);

// A synced entity as its module declares it.
struct EntitySpec
{
    QString name;
    ConflictRule rule = ConflictRule::Optimistic;
    ReadScope scope = ReadScope::UnitSubtree;
    qint64 maxPayloadBytes = 64 * 1024;
    QList<Role> readerRoles;                    // see every row of the regency (subject to clearance)
    std::shared_ptr<const EntityPolicy> policy; // null: no checks beyond the rule (tests only)
    // On the device: keeps the module's own tables in step with pulled rows, inside the pull's
    // transaction (e.g. the directory into core's users and org_units).
    std::function<Status(Database& db, const QString& entityId, const QJsonObject& data, bool deleted)>
        project;
    // When not empty, only users holding one of these roles receive the entity's rows at all (still
    // within the scope), not even their owner: e.g. attendance PIN verifiers reach only kiosks.
    QList<Role> onlyRoles = {};
    // The rows carry a copy of a leader row and read access derived from it (EntityPolicy::refollow): the
    // server keeps them in step with the leader, so a leader raised above a reader's clearance takes its
    // followers off that reader's devices too.
    FollowLink follows = {};
    // The policy places a new row in a unit outside the writer's tree (a signed letter delivered to
    // another OPD): only then, and only when the row is created, may its unit lie outside the tree. The
    // clearance rule still holds; later writes follow the ordinary rule.
    bool policyPlacesUnit = false;
};

} // namespace lontar
