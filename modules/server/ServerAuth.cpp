#include "server/SyncServer.h"
#include "server/ServerStore.h"

#include "core/AuditLog.h"
#include "server/ServerUtil.h"
#include "sync/CrashPoints.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lontar::server {

using namespace lontar::sync;
using namespace lontar::server::detail;

Migration authMigration(const QString& module, int version)
{
    return Migration::fromSql(
        module, version, QStringLiteral("refresh replay detection, device revocation"),
        {
            // The answer to the last refresh, encrypted with a key derived from the token that was
            // presented: only that token can fetch it again (a lost answer), once.
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN replay_answer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN pair_used INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN revoked_at BIGINT NOT NULL DEFAULT 0"),
        });
}

bool SyncServer::throttled(const QString& key)
{
    const qint64 t = now();
    const qint64 windowMs = qint64(m_options.loginWindowSeconds) * 1000;
    auto row = m_db.exec(
        QStringLiteral("SELECT window_start, attempts FROM srv_login_attempts WHERE throttle_key = ?"),
        {key});
    if (!row)
        return true; // fail closed
    if (row->next() && t - row->value(0).toLongLong() < windowMs) {
        if (row->value(1).toInt() >= m_options.loginAttemptsPerWindow)
            return true;
        (void)m_db.exec(
            QStringLiteral("UPDATE srv_login_attempts SET attempts = attempts + 1 WHERE throttle_key = ?"),
            {key});
        return false;
    }
    (void)m_db.exec(
        QStringLiteral(
            "INSERT INTO srv_login_attempts (throttle_key, window_start, attempts) VALUES (?, ?, 1) "
            "ON CONFLICT (throttle_key) DO UPDATE SET window_start = excluded.window_start, "
            "attempts = 1"),
        {key, t});
    return false;
}

Result<QJsonObject> SyncServer::issueTokens(const QString& userId, const QString& deviceId)
{
    const QString access = randomToken();
    const QString refresh = randomToken();
    if (access.isEmpty() || refresh.isEmpty())
        return Error(QStringLiteral("no randomness available"), Error::Code::Crypto);
    const qint64 expires = now() + qint64(m_options.accessTokenSeconds) * 1000;
    // Only hashes are stored: a copy of the database does not give away live sessions.
    if (auto r =
            m_db.exec(QStringLiteral("INSERT INTO srv_tokens (token_hash, user_id, device_id, expires_at) "
                                     "VALUES (?, ?, ?, ?)"),
                      {sha256Hex(access.toLatin1()), userId, deviceId, expires});
        !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET refresh_hash = ? WHERE device_id = ?"),
                           {sha256Hex(refresh.toLatin1()), deviceId});
        !r)
        return r.error();
    (void)m_db.exec(QStringLiteral("DELETE FROM srv_tokens WHERE expires_at < ?"), {now()});
    return QJsonObject{{QStringLiteral("accessToken"), access},
                       {QStringLiteral("refreshToken"), refresh},
                       {QStringLiteral("expiresIn"), m_options.accessTokenSeconds}};
}

ApiResponse SyncServer::login(const ApiRequest& request)
{
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("body must be a JSON object"));
    if (auto v = checkSchemaVersion(body.value(QStringLiteral("schemaVersion"))); !v)
        return ApiResponse::error(400, QStringLiteral("schema_version"), v.errorMessage());
    const QString username = body.value(QStringLiteral("username")).toString().trimmed().toLower();
    const QString password = body.value(QStringLiteral("password")).toString();
    const QString deviceId = body.value(QStringLiteral("deviceId")).toString();
    const QString deviceName = body.value(QStringLiteral("deviceName")).toString().left(100);
    if (username.isEmpty() || password.isEmpty() || deviceId.size() < 8 || deviceId.size() > 64)
        return ApiResponse::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("username, password and deviceId (8-64 characters) are required"));
    if (throttled(QStringLiteral("user:") + username) ||
        throttled(QStringLiteral("addr:") + request.remoteAddress.toString()))
        return ApiResponse::error(429, QStringLiteral("rate_limited"),
                                  tr("Terlalu banyak percobaan masuk; coba lagi nanti."));

    AuditLog audit(m_db);
    Authenticator auth(m_db, &audit);
    auto user = auth.login(username, password);
    if (!user) {
        const int status = user.error().code == Error::Code::Database ? 500 : 401;
        return ApiResponse::error(status, QStringLiteral("login_failed"), user.errorMessage());
    }

    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto device =
        m_db.exec(QStringLiteral("SELECT user_id, status FROM srv_devices WHERE device_id = ?"), {deviceId});
    if (!device)
        return ApiResponse::error(500, QStringLiteral("internal"), device.errorMessage());
    QString status;
    if (device->next()) {
        if (device->value(0).toString() != user->id)
            return ApiResponse::error(403, QStringLiteral("device_owner"),
                                      tr("Perangkat ini terdaftar untuk pengguna lain."));
        status = device->value(1).toString();
    } else {
        status = m_options.autoApproveDevices ? QStringLiteral("approved") : QStringLiteral("pending");
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO srv_devices (device_id, user_id, name, status, created_at, approved_by) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {deviceId, user->id, deviceName, status, now(),
             m_options.autoApproveDevices ? QStringLiteral("auto") : QString()});
        if (!r)
            return ApiResponse::error(500, QStringLiteral("internal"), r.errorMessage());
        (void)audit.append(user->username, QStringLiteral("device.enrol"), QStringLiteral("device"), deviceId,
                           QJsonObject{{QStringLiteral("status"), status}});
    }
    if (status != QLatin1String("approved")) {
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return ApiResponse::error(403, QStringLiteral("device_pending"),
                                  tr("Perangkat menunggu persetujuan admin OPD."));
    }
    auto tokens = issueTokens(user->id, deviceId);
    if (!tokens)
        return ApiResponse::error(500, QStringLiteral("internal"), tokens.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    QJsonObject out = *tokens;
    out.insert(QStringLiteral("userId"), user->id);
    out.insert(QStringLiteral("unitId"), user->unitId);
    return ApiResponse::json(200, out);
}

ApiResponse SyncServer::refresh(const ApiRequest& request)
{
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("body must be a JSON object"));
    const QString deviceId = body.value(QStringLiteral("deviceId")).toString();
    const QString token = body.value(QStringLiteral("refreshToken")).toString();
    if (deviceId.isEmpty() || token.isEmpty())
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("deviceId and refreshToken required"));
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto row =
        m_db.exec(QStringLiteral("SELECT user_id, status, refresh_hash, prev_refresh_hash FROM srv_devices "
                                 "WHERE device_id = ?"),
                  {deviceId});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    // Bound to its device. The token presented at the previous refresh stays valid until the next
    // one succeeds, so a lost answer (cut connection, killed client) does not lock the device out.
    const QString presented = sha256Hex(token.toLatin1());
    if (!row->next() || (row->value(2).toString() != presented &&
                         (row->value(3).toString().isEmpty() || row->value(3).toString() != presented)))
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("invalid refresh token"));
    if (row->value(1).toString() != QLatin1String("approved"))
        return ApiResponse::error(403, QStringLiteral("device_pending"),
                                  QStringLiteral("device not approved"));
    const QString userId = row->value(0).toString();
    IdentityStore ids(m_db);
    auto user = ids.userById(userId);
    if (!user || !user->active)
        return ApiResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("user disabled"));
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET prev_refresh_hash = ? WHERE device_id = ?"),
                           {presented, deviceId});
        !r)
        return ApiResponse::error(500, QStringLiteral("internal"), r.errorMessage());
    auto tokens = issueTokens(userId, deviceId);
    if (!tokens)
        return ApiResponse::error(500, QStringLiteral("internal"), tokens.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, *tokens);
}

ApiResponse SyncServer::listDevices(const Session& session, const ApiRequest& request)
{
    if (!session.user.hasRole(Role::AdminOpd))
        return ApiResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("admin OPD only"));
    const QString status = request.query.queryItemValue(QStringLiteral("status"));
    QVariantList bindings;
    for (const QString& u : session.visibleUnits)
        bindings.append(u);
    QString sql =
        QStringLiteral("SELECT d.device_id, d.name, d.status, u.username, d.created_at FROM srv_devices d "
                       "JOIN users u ON u.id = d.user_id WHERE u.unit_id IN (") +
        inList(int(bindings.size())) + QLatin1Char(')');
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND d.status = ?");
        bindings.append(status);
    }
    if (session.visibleUnits.isEmpty())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("devices"), QJsonArray()}});
    auto rows = m_db.exec(sql + QStringLiteral(" ORDER BY d.created_at"), bindings);
    if (!rows)
        return ApiResponse::error(500, QStringLiteral("internal"), rows.errorMessage());
    QJsonArray devices;
    while (rows->next())
        devices.append(QJsonObject{{QStringLiteral("deviceId"), rows->value(0).toString()},
                                   {QStringLiteral("name"), rows->value(1).toString()},
                                   {QStringLiteral("status"), rows->value(2).toString()},
                                   {QStringLiteral("username"), rows->value(3).toString()},
                                   {QStringLiteral("createdAt"), rows->value(4).toLongLong()}});
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("devices"), devices}});
}

ApiResponse SyncServer::approveDevice(const Session& session, const QString& deviceId)
{
    if (!session.user.hasRole(Role::AdminOpd))
        return ApiResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("admin OPD only"));
    auto row =
        m_db.exec(QStringLiteral("SELECT u.unit_id FROM srv_devices d JOIN users u ON u.id = d.user_id "
                                 "WHERE d.device_id = ?"),
                  {deviceId});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    // An admin approves devices of their own unit tree only.
    if (!row->next() || !session.visibleUnits.contains(row->value(0).toString()))
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("no such device in your units"));
    Transaction tx(m_db);
    auto r = m_db.exec(
        QStringLiteral("UPDATE srv_devices SET status = 'approved', approved_by = ? WHERE device_id = ?"),
        {session.user.username, deviceId});
    if (!r)
        return ApiResponse::error(500, QStringLiteral("internal"), r.errorMessage());
    AuditLog audit(m_db);
    (void)audit.append(session.user.username, QStringLiteral("device.approve"), QStringLiteral("device"),
                       deviceId);
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                              {QStringLiteral("status"), QStringLiteral("approved")}});
}

} // namespace lontar::server
