#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lontar::sync {

// Wire protocol shared by the client engine and the server (docs/sync-protocol.md).
inline constexpr const char* kApiPrefix = "/api/v1";
// Bumped on any incompatible change of the payload of an entity; the server accepts this version and
// the one before, so clients can be updated office by office.
inline constexpr int kSchemaVersion = 1;
inline constexpr int kOldestSchemaVersion = 1;
inline constexpr int kMaxPushBatch = 200;
inline constexpr int kMaxPullPage = 1000;
inline constexpr qint64 kMaxRequestBody = 4 * 1024 * 1024; // JSON requests
inline constexpr qint64 kMaxBlobChunk = 1024 * 1024;
inline constexpr qint64 kMaxBlobSize = 512LL * 1024 * 1024;

// How the server settles a write to an entity.
enum class ConflictRule
{
    AppendOnly,          // rows are created once and never changed (attendance events, signing history)
    ServerAuthoritative, // only the server writes; clients pull (org units, catalogue)
    Optimistic,          // clients write with the version they started from; a stale base is a conflict
};

// Which rows a user may receive.
enum class Scope
{
    Global, // everyone
    Unit,   // the row's unit and the units above it see it: a user sees rows of their unit's subtree
};

struct EntitySpec
{
    QString name;
    ConflictRule rule = ConflictRule::Optimistic;
    Scope scope = Scope::Unit;
    qint64 maxPayloadBytes = 64 * 1024;
};

// Every synced entity of every module, declared once for client and server alike.
class EntityRegistry
{
public:
    static EntityRegistry& instance();
    void add(const EntitySpec& spec);
    const EntitySpec* find(const QString& name) const;
    QList<EntitySpec> all() const { return m_specs; }

private:
    QList<EntitySpec> m_specs;
};

enum class MutationOp
{
    Upsert,
    Delete
};
QString opName(MutationOp op);
bool opFromName(const QString& name, MutationOp* op);

struct Mutation
{
    qint64 seq = 0;     // device-local, strictly increasing: the idempotency key together with the device
    QString mutationId; // UUID, for logs and diagnostics
    QString entity;
    QString entityId; // client-generated UUID
    MutationOp op = MutationOp::Upsert;
    QJsonObject data;
    qint64 baseVersion = 0; // the server version the client edited (0: new row)

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& o, Mutation* out, QString* error);
};

enum class MutationStatus
{
    Applied,
    Duplicate,
    Conflict,
    Rejected
};
QString statusName(MutationStatus s);
bool statusFromName(const QString& name, MutationStatus* s);

struct MutationResult
{
    qint64 seq = 0;
    MutationStatus status = MutationStatus::Applied;
    qint64 version = 0;    // the row's version on the server after this push
    QJsonObject serverRow; // for a conflict: what the server has ({} when deleted)
    bool serverDeleted = false;
    QString error; // for a rejection

    QJsonObject toJson() const;
    static MutationResult fromJson(const QJsonObject& o);
};

struct Change
{
    qint64 cursor = 0; // server_version: strictly increasing in commit order
    QString entity;
    QString entityId;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;

    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject& o);
};

} // namespace lontar::sync
