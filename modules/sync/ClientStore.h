#pragma once

#include "core/Database.h"
#include "core/Module.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lontar::sync {

// The client's synced data: each row as JSON with the server version it is based on, the outbox of
// changes not yet acknowledged, conflicts waiting for the user, the pull cursor and local blobs.
class SyncClientModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("sync"); }
    QList<Migration> migrations() const override;
};

struct SyncedRow
{
    QString entity;
    QString entityId;
    qint64 version = 0; // server version this row is based on (0: never on the server)
    bool deleted = false;
    bool pending = false; // has unacknowledged local changes
    QJsonObject data;
};

struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QJsonObject mine;
    QJsonObject theirs;
    bool theirsDeleted = false;
    qint64 serverVersion = 0;
    QString reason;        // "conflict" or the server's rejection message
    bool rejected = false; // the server refused the change (reason says why); only dismissable
    qint64 createdAt = 0;  // ms since the epoch (UTC)
};

// A local change the server has not acknowledged yet.
struct PendingChange
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString op; // "upsert" or "delete"
    QJsonObject data;
    qint64 createdAt = 0;
};

class ClientStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)

public:
    // `actor` is the logged-in user: entities with a policy are checked with it before a change is
    // queued, so a refusal shows at once instead of after the next sync.
    explicit ClientStore(Database& db, std::optional<Actor> actor = std::nullopt);

    // Writes the row and its outbox entry in one transaction (or inside the caller's open one).
    // An empty entityId creates a new row with a fresh UUIDv7. Returns the row id.
    Result<QString> put(const QString& entity, const QString& entityId, const QJsonObject& data);
    Status remove(const QString& entity, const QString& entityId);

    Result<SyncedRow> get(const QString& entity, const QString& entityId) const;
    Result<QList<SyncedRow>> list(const QString& entity, bool includeDeleted = false) const;
    Result<qint64> pendingCount() const;

    Result<QList<PendingChange>> pendingChanges(int limit = 500) const;

    // Conflicts and rejected changes, oldest first.
    Result<QList<SyncConflict>> conflicts() const;
    // keepMine: re-queues the local version on top of the server's; otherwise the server's version wins.
    Status resolveConflict(qint64 conflictId, bool keepMine);
    // A rejected change was read by the user: remove it from the list.
    Status dismissRejected(qint64 conflictId);

    QString state(const QString& key, const QString& fallback = {}) const;
    Status setState(const QString& key, const QString& value);

    // Content-addressed blobs: the file is copied into blobDir/<sha256> (atomically) and queued for upload.
    Result<QString> addBlob(const QString& filePath, const QString& blobDir);
    // Deletes blobDir/<sha256> when nothing on this device names it: no queued upload and no synced row,
    // outbox entry or conflict whose data mentions it (e.g. a file added for a change the policy then
    // refused). True when the file was deleted. Call it outside the transaction that was rolled back.
    Result<bool> discardBlobIfUnreferenced(const QString& sha256, const QString& blobDir);

private:
    RowLookup lookupFn() const; // the local copy of a row, for policies that compare with other rows
    std::function<QList<QJsonObject>(const QString&, const QString&)> ownedRowsFn() const;
    Status enqueue(const QString& entity, const QString& entityId, MutationOp op, const QJsonObject& data,
                   qint64 baseVersion);

    Database& m_db;
    std::optional<Actor> m_actor;
};

} // namespace lontar::sync
