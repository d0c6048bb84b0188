#pragma once

#include "core/Database.h"
#include "core/Identity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace lontar::server {

// A request as the API sees it: transport-free, so the same handler serves HTTPS, tests and the
// in-process fake network.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", "PUT"
    QString path;      // "/api/v1/sync/push"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress remoteAddress = QHostAddress::LocalHost;
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QHash<QByteArray, QByteArray> headers;

    static ApiResponse json(int status, const QJsonObject& object);
    static ApiResponse error(int status, const QString& code, const QString& message);
};

struct ServerOptions
{
    int accessTokenSeconds = 600;    // short-lived access tokens
    bool autoApproveDevices = false; // embedded single-user default only
    int loginAttemptsPerWindow = 10; // per user name and per client address
    int loginWindowSeconds = 300;
    std::function<qint64()> clock; // ms since epoch; tests move it
};

// The central server's whole API over one database connection. Stateless between requests: every
// fact (tokens, devices, cursors, throttling) is in the database, so several instances can share
// one PostgreSQL.
class SyncServer
{
    Q_DECLARE_TR_FUNCTIONS(SyncServer)

public:
    SyncServer(Database& db, ServerOptions options = {});

    ApiResponse handle(const ApiRequest& request);

private:
    struct Session
    {
        User user;
        QString deviceId;
        QStringList visibleUnits;
    };

    Result<Session> authenticate(const ApiRequest& request);
    qint64 now() const;

    ApiResponse login(const ApiRequest& request);
    ApiResponse refresh(const ApiRequest& request);
    ApiResponse listDevices(const Session& session, const ApiRequest& request);
    ApiResponse approveDevice(const Session& session, const QString& deviceId);
    ApiResponse push(const Session& session, const ApiRequest& request);
    ApiResponse pull(const Session& session, const ApiRequest& request);
    ApiResponse blobStatus(const Session& session, const QString& sha);
    ApiResponse blobPut(const Session& session, const QString& sha, const ApiRequest& request);
    ApiResponse blobFinalize(const Session& session, const QString& sha);
    ApiResponse blobGet(const Session& session, const QString& sha, const ApiRequest& request);

    Result<QJsonObject> issueTokens(const QString& userId, const QString& deviceId);
    bool throttled(const QString& key);
    Result<int> checkSchemaVersion(const QJsonValue& value) const;

    Database& m_db;
    ServerOptions m_options;
};

} // namespace lontar::server
