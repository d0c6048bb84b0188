#pragma once

#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "core/Identity.h"
#include "core/PublicEndpoint.h"
#include "server/HttpLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

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
    HttpLimits http;               // HttpsServer's transport limits (sizes, timeouts, connection caps)
    int blobUploadExpirySeconds = 48 * 3600; // an upload with no chunk for this long is discarded; 0 = never
    qint64 blobQuotaPerUnit = 10LL * 1024 * 1024 * 1024; // bytes a unit may hold and upload; 0 = unlimited
    // Modules' public pages (Module::publicEndpoints), served outside /api/v1 without a token; each sees
    // only the synced rows (SyncedRowReader).
    QList<std::shared_ptr<const PublicEndpoint>> publicEndpoints;
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
    // The body cap of a request to a public endpoint, decided from its head; std::nullopt when the path
    // is not a public endpoint's (the API's own caps apply).
    std::optional<qint64> publicBodyLimit(const ApiRequest& head) const;

private:
    struct Session
    {
        User user;
        QString deviceId;
        QStringList visibleUnits; // the user's unit and every unit beneath it
        Actor actor;              // the same, as the entity policies see it
    };

    Result<Session> authenticate(const ApiRequest& request);
    qint64 now() const;

    ApiResponse login(const ApiRequest& request);
    ApiResponse refresh(const ApiRequest& request);
    // Administration (ServerAdmin.cpp): /devices/... and /admin/...; every call checked here.
    ApiResponse route(const ApiRequest& request);
    ApiResponse handleAdmin(const Session& session, const ApiRequest& request, const QStringList& parts);
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
    // Authentication hardening (ServerAuth.cpp): only failed logins count against the throttle; a
    // device's tokens (access and refresh) are dropped on reuse of a refresh token, on revocation, on
    // a password reset, lock or disable.
    void recordLoginFailure(const QString& key);
    Status revokeDeviceTokens(const QString& deviceId);
    Status revokeUserTokens(const QString& userId);
    // Administration (ServerAdmin.cpp).
    ApiResponse revokeDevice(const Session& session, const QString& deviceId);
    ApiResponse adminUsers(const Session& session, const ApiRequest& request, const QStringList& parts);
    Result<int> checkSchemaVersion(const QJsonValue& value) const;
    const PublicEndpoint* publicEndpointFor(const QString& path) const;
    ApiResponse handlePublic(const PublicEndpoint& endpoint, const ApiRequest& request);

    Database& m_db;
    ServerOptions m_options;
};

} // namespace lontar::server
