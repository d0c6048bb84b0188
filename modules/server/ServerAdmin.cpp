#include "server/SyncServer.h"

#include "core/AuditLog.h"
#include "core/IdentityAdmin.h"
#include "server/Directory.h"
#include "server/ServerUtil.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lontar::server {

using namespace lontar::server::detail;

namespace {

// The domain's refusal as an HTTP answer; its message is already the Indonesian one for the user.
ApiResponse domainError(const Error& e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        return ApiResponse::error(400, QStringLiteral("invalid"), e.message);
    case Error::Code::Forbidden:
        return ApiResponse::error(403, QStringLiteral("forbidden"), e.message);
    case Error::Code::NotFound:
        return ApiResponse::error(404, QStringLiteral("not_found"), e.message);
    case Error::Code::Conflict:
        return ApiResponse::error(409, QStringLiteral("conflict"), e.message);
    default:
        // Database and crypto failures: logged, never shown (they may quote SQL).
        qWarning("admin: %s", qPrintable(e.message));
        return ApiResponse::error(500, QStringLiteral("internal"),
                                  SyncServer::tr("Terjadi kesalahan pada server; coba lagi nanti."));
    }
}

ApiResponse badRequest(const QString& message)
{
    return ApiResponse::error(400, QStringLiteral("invalid"), message);
}

// The public form of a user for admins: never the password hash, nor lock-out counters.
QJsonObject userJson(const User& u, bool locked)
{
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(roleKey(r));
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("nip"), u.nip},
                       {QStringLiteral("fullName"), u.fullName},
                       {QStringLiteral("position"), u.position},
                       {QStringLiteral("unitId"), u.unitId},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("clearance"), u.clearance},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("locked"), locked},
                       {QStringLiteral("credentialVersion"), u.credentialVersion}};
}

enum class Need
{
    Required,
    Optional
};

struct FieldRule
{
    QString name;
    QJsonValue::Type type;
    Need need;
};

// Unknown fields and fields of the wrong type are refused, so a typo never silently changes nothing.
Status checkFields(const QJsonObject& body, const QList<FieldRule>& rules)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                       [&](const FieldRule& r) { return r.name == it.key(); });
        if (rule == rules.cend() || it.value().type() != rule->type)
            return Error(SyncServer::tr("Kolom %1 tidak dikenal atau jenis isinya salah").arg(it.key()),
                         Error::Code::InvalidInput);
    }
    for (const FieldRule& r : rules) {
        if (r.need == Need::Required && !body.contains(r.name))
            return Error(SyncServer::tr("Kolom %1 wajib diisi").arg(r.name), Error::Code::InvalidInput);
    }
    return {};
}

Result<int> integerField(const QJsonObject& body, const QString& name)
{
    const double v = body.value(name).toDouble();
    if (std::floor(v) != v || v < -1e9 || v > 1e9)
        return Error(SyncServer::tr("Kolom %1 harus bilangan bulat").arg(name), Error::Code::InvalidInput);
    return int(v);
}

Result<QList<Role>> rolesField(const QJsonObject& body)
{
    QList<Role> roles;
    for (const QJsonValue& v : body.value(QStringLiteral("roles")).toArray()) {
        const auto role = roleFromKey(v.toString());
        if (!v.isString() || !role)
            return Error(SyncServer::tr("Peran tidak dikenal: %1").arg(v.toVariant().toString().left(40)),
                         Error::Code::InvalidInput);
        roles.append(*role);
    }
    return roles;
}

} // namespace

ApiResponse SyncServer::handleAdmin(const Session& session, const ApiRequest& request,
                                    const QStringList& parts)
{
    const QByteArray& method = request.method;
    if (parts == QStringList{QStringLiteral("devices")} && method == "GET")
        return listDevices(session, request);
    if (parts.size() == 3 && parts.at(0) == QLatin1String("devices") && method == "POST") {
        if (parts.at(2) == QLatin1String("approve"))
            return approveDevice(session, parts.at(1));
        if (parts.at(2) == QLatin1String("revoke"))
            return revokeDevice(session, parts.at(1));
    }
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("admin") && parts.at(1) == QLatin1String("users"))
        return adminUsers(session, request, parts);
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown endpoint"));
}

ApiResponse SyncServer::listDevices(const Session& session, const ApiRequest& request)
{
    if (!session.user.hasRole(Role::AdminOpd))
        return ApiResponse::error(403, QStringLiteral("forbidden"), tr("Hanya untuk admin OPD."));
    const QString status = request.query.queryItemValue(QStringLiteral("status"));
    if (session.visibleUnits.isEmpty())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("devices"), QJsonArray()}});
    QVariantList bindings;
    for (const QString& u : session.visibleUnits)
        bindings.append(u);
    QString sql =
        QStringLiteral("SELECT d.device_id, d.name, d.status, u.username, d.created_at, d.revoked_at "
                       "FROM srv_devices d JOIN users u ON u.id = d.user_id WHERE u.unit_id IN (") +
        inList(int(bindings.size())) + QLatin1Char(')');
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND d.status = ?");
        bindings.append(status);
    }
    auto rows = m_db.exec(sql + QStringLiteral(" ORDER BY d.created_at"), bindings);
    if (!rows)
        return domainError(rows.error());
    QJsonArray devices;
    while (rows->next())
        devices.append(QJsonObject{{QStringLiteral("deviceId"), rows->value(0).toString()},
                                   {QStringLiteral("name"), rows->value(1).toString()},
                                   {QStringLiteral("status"), rows->value(2).toString()},
                                   {QStringLiteral("username"), rows->value(3).toString()},
                                   {QStringLiteral("createdAt"), rows->value(4).toLongLong()},
                                   {QStringLiteral("revokedAt"), rows->value(5).toLongLong()}});
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("devices"), devices}});
}

ApiResponse SyncServer::approveDevice(const Session& session, const QString& deviceId)
{
    if (!session.user.hasRole(Role::AdminOpd))
        return ApiResponse::error(403, QStringLiteral("forbidden"), tr("Hanya untuk admin OPD."));
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto row =
        m_db.exec(QStringLiteral("SELECT u.unit_id, d.status FROM srv_devices d JOIN users u ON u.id = "
                                 "d.user_id WHERE d.device_id = ?"),
                  {deviceId});
    if (!row)
        return domainError(row.error());
    // An admin approves devices of their own unit tree only.
    if (!row->next() || !session.visibleUnits.contains(row->value(0).toString()))
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  tr("Perangkat tidak ditemukan di unit Anda."));
    // Revocation is final: a copied or stolen device id must not come back by a slip of the mouse.
    if (row->value(1).toString() == QLatin1String("revoked"))
        return ApiResponse::error(409, QStringLiteral("device_revoked"),
                                  tr("Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan "
                                     "perangkat sebagai perangkat baru."));
    row->finish();
    auto r = m_db.exec(
        QStringLiteral("UPDATE srv_devices SET status = 'approved', approved_by = ? WHERE device_id = ?"),
        {session.user.username, deviceId});
    if (!r)
        return domainError(r.error());
    AuditLog audit(m_db);
    if (Status s = audit.append(session.user.username, QStringLiteral("device.approve"),
                                QStringLiteral("device"), deviceId);
        !s)
        return domainError(s.error());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                              {QStringLiteral("status"), QStringLiteral("approved")}});
}

ApiResponse SyncServer::revokeDevice(const Session& session, const QString& deviceId)
{
    if (!session.user.hasRole(Role::AdminOpd))
        return ApiResponse::error(403, QStringLiteral("forbidden"), tr("Hanya untuk admin OPD."));
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto row =
        m_db.exec(QStringLiteral("SELECT u.unit_id, d.user_id FROM srv_devices d JOIN users u ON u.id = "
                                 "d.user_id WHERE d.device_id = ?"),
                  {deviceId});
    if (!row)
        return domainError(row.error());
    // Only devices of users in the admin's unit tree; others look exactly like unknown ids.
    if (!row->next() || !session.visibleUnits.contains(row->value(0).toString()))
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  tr("Perangkat tidak ditemukan di unit Anda."));
    const QString owner = row->value(1).toString();
    row->finish();
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET status = 'revoked' WHERE device_id = ?"),
                           {deviceId});
        !r)
        return domainError(r.error());
    // Its access and refresh tokens go at once; revokeDeviceTokens stamps revoked_at.
    if (Status s = revokeDeviceTokens(deviceId); !s)
        return domainError(s.error());
    AuditLog audit(m_db);
    if (Status s =
            audit.append(session.user.username, QStringLiteral("device.revoke"), QStringLiteral("device"),
                         deviceId, QJsonObject{{QStringLiteral("userId"), owner}});
        !s)
        return domainError(s.error());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                              {QStringLiteral("status"), QStringLiteral("revoked")}});
}

// /api/v1/admin/users[/{id}[/{action}]]. The rules (admin OPD, the admin's unit subtree for the user and
// any destination unit, nothing against oneself) live in core's IdentityAdmin; this maps JSON to it,
// and publishes the directory in the same transaction so every device gets the change at its next pull.
ApiResponse SyncServer::adminUsers(const Session& session, const ApiRequest& request,
                                   const QStringList& parts)
{
    const QByteArray& method = request.method;
    AuditLog audit(m_db);
    IdentityAdmin admin(m_db, audit, session.user);
    auto answerUser = [&](const QString& userId, int status) {
        auto user = admin.managedUser(userId);
        if (!user)
            return domainError(user.error());
        auto locked = admin.isLocked(userId);
        return ApiResponse::json(
            status, QJsonObject{{QStringLiteral("user"), userJson(*user, locked.ok() && *locked)}});
    };

    if (method == "GET" && parts.size() == 2) {
        auto users = admin.managedUsers();
        if (!users)
            return domainError(users.error());
        QJsonArray list;
        for (const User& u : std::as_const(*users)) {
            auto locked = admin.isLocked(u.id);
            list.append(userJson(u, locked.ok() && *locked));
        }
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("users"), list}});
    }
    if (method == "GET" && parts.size() == 3)
        return answerUser(parts.at(2), 200);
    if (method != "POST" || parts.size() > 4)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown endpoint"));

    QJsonObject body;
    if (!request.body.trimmed().isEmpty() && !parseObject(request.body, &body))
        return badRequest(tr("Isi permintaan harus objek JSON."));
    const QString userId = parts.size() >= 3 ? parts.at(2) : QString();
    const QString action = parts.size() == 4 ? parts.at(3) : QString();
    const auto str = [&](const char* name) { return body.value(QLatin1String(name)).toString(); };

    // What to do, decided from the path and checked body before the transaction opens.
    std::function<Result<QString>()> change; // returns the id of the changed user
    bool endSessions = false;                // password reset, lock, disable: the user's devices log in again
    int okStatus = 200;
    const QList<FieldRule> none;
    Status shape;
    if (parts.size() == 2) {
        shape = checkFields(body, {{QStringLiteral("username"), QJsonValue::String, Need::Required},
                                   {QStringLiteral("nip"), QJsonValue::String, Need::Required},
                                   {QStringLiteral("fullName"), QJsonValue::String, Need::Required},
                                   {QStringLiteral("position"), QJsonValue::String, Need::Optional},
                                   {QStringLiteral("unitId"), QJsonValue::String, Need::Required},
                                   {QStringLiteral("roles"), QJsonValue::Array, Need::Optional},
                                   {QStringLiteral("clearance"), QJsonValue::Double, Need::Optional},
                                   {QStringLiteral("password"), QJsonValue::String, Need::Required}});
        if (!shape)
            return domainError(shape.error());
        auto roles = rolesField(body);
        if (!roles)
            return domainError(roles.error());
        auto clearance = body.contains(QStringLiteral("clearance"))
                             ? integerField(body, QStringLiteral("clearance"))
                             : Result<int>(0);
        if (!clearance)
            return domainError(clearance.error());
        User u;
        u.username = str("username");
        u.nip = str("nip");
        u.fullName = str("fullName");
        u.position = str("position");
        u.unitId = str("unitId");
        u.roles = *roles;
        u.clearance = *clearance;
        const QString password = str("password");
        okStatus = 201;
        change = [&admin, u, password]() -> Result<QString> {
            auto created = admin.createUser(u, password);
            if (!created)
                return created.error();
            return created->id;
        };
    } else if (action.isEmpty()) {
        shape = checkFields(body, {{QStringLiteral("fullName"), QJsonValue::String, Need::Optional},
                                   {QStringLiteral("position"), QJsonValue::String, Need::Optional},
                                   {QStringLiteral("nip"), QJsonValue::String, Need::Optional}});
        if (!shape)
            return domainError(shape.error());
        UserProfileChange edit;
        if (body.contains(QStringLiteral("fullName")))
            edit.fullName = str("fullName");
        if (body.contains(QStringLiteral("position")))
            edit.position = str("position");
        if (body.contains(QStringLiteral("nip")))
            edit.nip = str("nip");
        change = [&admin, userId, edit]() -> Result<QString> {
            auto updated = admin.updateProfile(userId, edit);
            if (!updated)
                return updated.error();
            return userId;
        };
    } else {
        auto status = [userId](Status s) -> Result<QString> {
            if (!s)
                return s.error();
            return userId;
        };
        if (action == QLatin1String("unit")) {
            shape = checkFields(body, {{QStringLiteral("unitId"), QJsonValue::String, Need::Required}});
            const QString unitId = str("unitId");
            change = [&admin, status, userId, unitId] { return status(admin.moveToUnit(userId, unitId)); };
        } else if (action == QLatin1String("roles")) {
            shape = checkFields(body, {{QStringLiteral("roles"), QJsonValue::Array, Need::Required}});
            auto roles = shape ? rolesField(body) : Result<QList<Role>>(QList<Role>());
            if (!roles)
                return domainError(roles.error());
            const QList<Role> list = *roles;
            change = [&admin, status, userId, list] { return status(admin.setRoles(userId, list)); };
        } else if (action == QLatin1String("clearance")) {
            shape = checkFields(body, {{QStringLiteral("clearance"), QJsonValue::Double, Need::Required}});
            auto clearance = shape ? integerField(body, QStringLiteral("clearance")) : Result<int>(0);
            if (!clearance)
                return domainError(clearance.error());
            const int level = *clearance;
            change = [&admin, status, userId, level] { return status(admin.setClearance(userId, level)); };
        } else if (action == QLatin1String("password")) {
            shape = checkFields(body, {{QStringLiteral("password"), QJsonValue::String, Need::Required}});
            const QString password = str("password");
            endSessions = true;
            change = [&admin, status, userId, password] {
                return status(admin.resetPassword(userId, password));
            };
        } else if (action == QLatin1String("lock") || action == QLatin1String("unlock") ||
                   action == QLatin1String("disable") || action == QLatin1String("enable")) {
            shape = checkFields(body, none);
            endSessions = action == QLatin1String("lock") || action == QLatin1String("disable");
            if (action == QLatin1String("lock"))
                change = [&admin, status, userId] { return status(admin.lock(userId)); };
            else if (action == QLatin1String("unlock"))
                change = [&admin, status, userId] { return status(admin.unlock(userId)); };
            else
                change = [&admin, status, userId, enable = action == QLatin1String("enable")] {
                    return status(admin.setActive(userId, enable));
                };
        } else {
            return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown endpoint"));
        }
        if (!shape)
            return domainError(shape.error());
    }

    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    // The change-log lock first, as every writer of srv_changes takes it, so lock order is the same.
    if (Status s = lockChangeLog(m_db); !s)
        return domainError(s.error());
    auto changed = change();
    if (!changed)
        return domainError(changed.error());
    if (endSessions) {
        if (Status s = revokeUserTokens(*changed); !s)
            return domainError(s.error());
    }
    if (auto published = publishDirectory(m_db, now()); !published)
        return domainError(published.error());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return answerUser(*changed, okStatus);
}

} // namespace lontar::server
