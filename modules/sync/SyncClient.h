#pragma once

#include "core/Database.h"
#include "sync/ClientStore.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace lontar::sync {

struct SyncReport
{
    int pushed = 0; // mutations acknowledged (applied or already applied)
    int pulled = 0; // changes received
    int conflicts = 0;
    int rejected = 0;
    int blobsUploaded = 0;
    int removed = 0; // rows that left the user's scope
    int resets = 0;  // the server asked for a fresh pull (the user's scope changed)
};

// One synchronisation pass, synchronous, on the caller's thread and database connection:
// upload pending blobs → push the outbox in order → pull pages until caught up.
// Every step that changes local state commits together with what it learnt (an acknowledgement, a
// page and its cursor), so an interruption at any point loses nothing and duplicates nothing.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    SyncClient(Database& db, Transport& transport, QString blobDir);

    // First contact: log in with the user's password and enrol this device. The password is used once
    // and never stored; the device keeps a refresh token bound to it.
    Status enrol(const QString& username, const QString& password, const QString& deviceName);
    bool isEnrolled() const;
    bool isEnrolledAs(const QString& username) const;
    // The user this device is enrolled for, as the entity policies see them.
    static Result<Actor> enrolledActor(Database& db);
    QString deviceId() const;

    // An authorised call of the server's API (administration), with the same token handling as sync.
    Result<HttpReply> request(const HttpRequest& request);

    Result<SyncReport> syncOnce(const std::function<bool()>& cancelled = {});

    // Ranged download into `destination` (atomic), verified against the SHA-256 it is named by.
    Status downloadBlob(const QString& sha256, const QString& destination);

private:
    Result<HttpReply> call(HttpRequest request, bool retryOnUnauthorized = true);
    Result<HttpReply> send(const HttpRequest& request); // the transport, recording the server's clock
    Status refreshAccess();
    Status requestTokens(const HttpRequest& request); // login or refresh: keeps both tokens
    Status uploadBlobs(SyncReport& report, const std::function<bool()>& cancelled);
    Status push(SyncReport& report, const std::function<bool()>& cancelled);
    Status pull(SyncReport& report, const std::function<bool()>& cancelled);
    Status applyPushResults(const QList<qint64>& seqs, const QJsonArray& results, SyncReport& report);
    Status restoreServerRow(const QString& entity, const QString& entityId, const MutationResult& r);
    Status dropForReset();

public:
    static Error replyError(const HttpReply& reply);

private:
    Database& m_db;
    Transport& m_transport;
    ClientStore m_store;
    QString m_blobDir;
    QString m_accessToken; // in memory only
};

} // namespace lontar::sync
