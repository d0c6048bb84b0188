#pragma once

#include "core/Database.h"
#include "core/Module.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

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
    QString reason; // "conflict" or the server's rejection message
};

class ClientStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)

public:
    explicit ClientStore(Database& db);

    // Writes the row and its outbox entry in one transaction (or inside the caller's open one).
    // An empty entityId creates a new row with a fresh UUIDv7. Returns the row id.
    Result<QString> put(const QString& entity, const QString& entityId, const QJsonObject& data);
    Status remove(const QString& entity, const QString& entityId);

    Result<SyncedRow> get(const QString& entity, const QString& entityId) const;
    Result<QList<SyncedRow>> list(const QString& entity, bool includeDeleted = false) const;
    Result<qint64> pendingCount() const;

    Result<QList<SyncConflict>> conflicts() const;
    // keepMine: re-queues the local version on top of the server's; otherwise the server's version wins.
    Status resolveConflict(qint64 conflictId, bool keepMine);

    QString state(const QString& key, const QString& fallback = {}) const;
    Status setState(const QString& key, const QString& value);

    // Content-addressed blobs: the file is copied into blobDir/<sha256> (atomically) and queued for upload.
    Result<QString> addBlob(const QString& filePath, const QString& blobDir);

private:
    Status enqueue(const QString& entity, const QString& entityId, MutationOp op, const QJsonObject& data,
                   qint64 baseVersion);

    Database& m_db;
};

} // namespace lontar::sync
