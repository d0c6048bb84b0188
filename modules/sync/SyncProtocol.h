#pragma once

#include "core/EntityPolicy.h"
#include "core/Module.h"

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

using lontar::ConflictRule;
using lontar::EntitySpec;
using lontar::ReadScope;

// The synced entities of the modules this program links, registered at start-up by the desktop, the
// server and the CLI (Module::syncedEntities). This layer knows no module by name.
class EntityRegistry
{
public:
    static EntityRegistry& instance();
    void add(const EntitySpec& spec);
    void addModules(const QList<const Module*>& modules);
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
    bool removed = false; // the row left this user's scope: the device drops it (not a tombstone)
    QJsonObject data;

    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject& o);
};

} // namespace lontar::sync
