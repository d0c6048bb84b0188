#include "server/SyncServer.h"

#include "core/AuditLog.h"
#include "sync/CrashPoints.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/rand.h>

#include <algorithm>

namespace lontar::server {

using namespace lontar::sync;

namespace {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size())) != 1)
        return {};
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool parseObject(const QByteArray& body, QJsonObject* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool isSha256(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QString inList(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

// Every writer of srv_changes holds this lock until commit, so cursor values become visible in
// the order they were allocated: a reader never skips a change that commits late.
Status lockChangeLog(Database& db)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return {}; // SQLite: BEGIN IMMEDIATE already serialises writers
    auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7172002)"));
    if (!r)
        return r.error();
    return {};
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

SyncServer::SyncServer(Database& db, ServerOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

qint64 SyncServer::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

Result<int> SyncServer::checkSchemaVersion(const QJsonValue& value) const
{
    const int v = value.toInt(-1);
    if (v < kOldestSchemaVersion || v > kSchemaVersion)
        return Error(QStringLiteral("schema version %1 not supported (server accepts %2..%3)")
                         .arg(value.toVariant().toString())
                         .arg(kOldestSchemaVersion)
                         .arg(kSchemaVersion),
                     Error::Code::InvalidInput);
    return v;
}

ApiResponse SyncServer::handle(const ApiRequest& request)
{
    const QString prefix = QString::fromLatin1(kApiPrefix);
    if (!request.path.startsWith(prefix + QLatin1Char('/')))
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown path"));
    const QStringList parts = request.path.mid(prefix.size() + 1).split(QLatin1Char('/'));
    const QByteArray& method = request.method;
    const bool isBlobPut = parts.size() == 2 && parts.at(0) == QLatin1String("blobs") && method == "PUT";
    if (request.body.size() > (isBlobPut ? kMaxBlobChunk : kMaxRequestBody))
        return ApiResponse::error(413, QStringLiteral("too_large"), QStringLiteral("request body too large"));

    if (parts == QStringList{QStringLiteral("health")} && method == "GET")
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                  {QStringLiteral("schemaVersion"), kSchemaVersion}});
    if (parts == QStringList{QStringLiteral("auth"), QStringLiteral("login")} && method == "POST")
        return login(request);
    if (parts == QStringList{QStringLiteral("auth"), QStringLiteral("refresh")} && method == "POST")
        return refresh(request);

    auto session = authenticate(request);
    if (!session) {
        const int status = session.error().code == Error::Code::Forbidden ? 403 : 401;
        return ApiResponse::error(
            status, status == 403 ? QStringLiteral("forbidden") : QStringLiteral("unauthorized"),
            session.errorMessage());
    }
    if (parts == QStringList{QStringLiteral("devices")} && method == "GET")
        return listDevices(*session, request);
    if (parts.size() == 3 && parts.at(0) == QLatin1String("devices") &&
        parts.at(2) == QLatin1String("approve") && method == "POST")
        return approveDevice(*session, parts.at(1));
    if (parts == QStringList{QStringLiteral("sync"), QStringLiteral("push")} && method == "POST")
        return push(*session, request);
    if (parts == QStringList{QStringLiteral("sync"), QStringLiteral("pull")} && method == "GET")
        return pull(*session, request);
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("blobs")) {
        const QString sha = parts.at(1);
        if (!isSha256(sha))
            return ApiResponse::error(400, QStringLiteral("bad_request"),
                                      QStringLiteral("blob id must be a SHA-256 hex"));
        if (parts.size() == 3 && parts.at(2) == QLatin1String("status") && method == "GET")
            return blobStatus(*session, sha);
        if (parts.size() == 3 && parts.at(2) == QLatin1String("finalize") && method == "POST")
            return blobFinalize(*session, sha);
        if (parts.size() == 2 && method == "PUT")
            return blobPut(*session, sha, request);
        if (parts.size() == 2 && method == "GET")
            return blobGet(*session, sha, request);
    }
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown endpoint"));
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

Result<SyncServer::Session> SyncServer::authenticate(const ApiRequest& request)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Bearer "))
        return Error(QStringLiteral("missing bearer token"), Error::Code::Unauthorized);
    const QByteArray token = header.mid(7).trimmed();
    auto row =
        m_db.exec(QStringLiteral("SELECT t.user_id, t.device_id, t.expires_at, d.status FROM srv_tokens t "
                                 "JOIN srv_devices d ON d.device_id = t.device_id WHERE t.token_hash = ?"),
                  {sha256Hex(token)});
    if (!row)
        return row.error();
    if (!row->next())
        return Error(QStringLiteral("invalid token"), Error::Code::Unauthorized);
    if (row->value(2).toLongLong() < now())
        return Error(QStringLiteral("token expired"), Error::Code::Unauthorized);
    const QString deviceId = row->value(1).toString();
    // The token must be presented by the device it was issued to.
    if (QString::fromLatin1(request.headers.value("x-lontar-device")) != deviceId)
        return Error(QStringLiteral("token belongs to another device"), Error::Code::Unauthorized);
    if (row->value(3).toString() != QLatin1String("approved"))
        return Error(QStringLiteral("device not approved"), Error::Code::Forbidden);
    IdentityStore ids(m_db);
    auto user = ids.userById(row->value(0).toString());
    if (!user)
        return user.error();
    if (!user->active)
        return Error(QStringLiteral("user disabled"), Error::Code::Forbidden);
    Session s{*user, deviceId, {}};
    if (!user->unitId.isEmpty()) {
        auto units = ids.subtreeUnitIds(user->unitId);
        if (!units)
            return units.error();
        s.visibleUnits = *units;
    }
    return s;
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

ApiResponse SyncServer::push(const Session& session, const ApiRequest& request)
{
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("body must be a JSON object"));
    if (auto v = checkSchemaVersion(body.value(QStringLiteral("schemaVersion"))); !v)
        return ApiResponse::error(400, QStringLiteral("schema_version"), v.errorMessage());
    const QJsonArray items = body.value(QStringLiteral("mutations")).toArray();
    if (!body.value(QStringLiteral("mutations")).isArray() || items.size() > kMaxPushBatch)
        return ApiResponse::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("mutations must be an array of at most %1").arg(kMaxPushBatch));
    // Validate the whole batch before touching anything: a malformed push changes nothing.
    QList<Mutation> mutations;
    for (const QJsonValue& v : items) {
        Mutation m;
        QString error;
        if (!v.isObject() || !Mutation::fromJson(v.toObject(), &m, &error))
            return ApiResponse::error(400, QStringLiteral("bad_request"),
                                      QStringLiteral("invalid mutation: ") + error);
        if (!mutations.isEmpty() && m.seq <= mutations.last().seq)
            return ApiResponse::error(400, QStringLiteral("bad_request"),
                                      QStringLiteral("seq must increase"));
        mutations.append(m);
    }

    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    if (Status s = lockChangeLog(m_db); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    auto last = m_db.scalar(QStringLiteral("SELECT last_seq FROM srv_devices WHERE device_id = ?"),
                            {session.deviceId});
    if (!last)
        return ApiResponse::error(500, QStringLiteral("internal"), last.errorMessage());
    qint64 lastSeq = last->toLongLong();
    const qint64 t = now();
    const QString ownUnit = session.user.unitId;

    // Prepared once per push and reused for every mutation of the batch.
    auto selectRow = m_db.prepare(QStringLiteral("SELECT version, data, deleted, unit_id FROM srv_rows "
                                                 "WHERE entity = ? AND entity_id = ?"));
    auto upsertRow = m_db.prepare(
        QStringLiteral("INSERT INTO srv_rows (entity, entity_id, version, data, deleted, "
                       "unit_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version, "
                       "data = excluded.data, deleted = excluded.deleted, "
                       "updated_at = excluded.updated_at"));
    auto insertChange =
        m_db.prepare(QStringLiteral("INSERT INTO srv_changes (entity, entity_id, version, data, deleted, "
                                    "unit_id, device_id, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto insertResult = m_db.prepare(
        QStringLiteral("INSERT INTO srv_device_results (device_id, seq, result) VALUES (?, ?, ?)"));
    for (auto* prepared : {&selectRow, &upsertRow, &insertChange, &insertResult}) {
        if (!*prepared)
            return ApiResponse::error(500, QStringLiteral("internal"), prepared->errorMessage());
    }
    QJsonArray results;
    for (const Mutation& m : std::as_const(mutations)) {
        if (m.seq <= lastSeq) {
            // A replay (the client never saw our answer): repeat the answer we gave.
            auto stored = m_db.scalar(
                QStringLiteral("SELECT result FROM srv_device_results WHERE device_id = ? AND seq = ?"),
                {session.deviceId, m.seq});
            QJsonObject answer;
            if (stored && stored->isValid())
                answer = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
            else
                answer = MutationResult{m.seq, MutationStatus::Duplicate, 0, {}, false, {}}.toJson();
            answer.insert(QStringLiteral("replayed"), true);
            results.append(answer);
            continue;
        }
        MutationResult result;
        result.seq = m.seq;
        const EntitySpec* spec = EntityRegistry::instance().find(m.entity);
        const QByteArray payload = QJsonDocument(m.data).toJson(QJsonDocument::Compact);
        auto found = Database::run(*selectRow, {m.entity, m.entityId});
        if (!found)
            return ApiResponse::error(500, QStringLiteral("internal"), found.errorMessage());
        QSqlQuery& current = **found;
        const bool exists = current.next();
        const qint64 version = exists ? current.value(0).toLongLong() : 0;
        const QString rowUnit = exists ? current.value(3).toString()
                                       : (spec && spec->scope == Scope::Global ? QString() : ownUnit);
        const bool currentDeleted = exists && current.value(2).toInt() != 0;
        const QString currentData = exists ? current.value(1).toString() : QString();
        current.finish();
        if (!spec) {
            result.status = MutationStatus::Rejected;
            result.error = QStringLiteral("unknown entity");
        } else if (payload.size() > spec->maxPayloadBytes) {
            result.status = MutationStatus::Rejected;
            result.error = QStringLiteral("payload too large");
        } else if (spec->rule == ConflictRule::ServerAuthoritative) {
            result.status = MutationStatus::Rejected;
            result.error = QStringLiteral("entity is written by the server only");
        } else if (exists && !rowUnit.isEmpty() && !session.visibleUnits.contains(rowUnit)) {
            result.status = MutationStatus::Rejected;
            result.error = QStringLiteral("not allowed");
        } else if (spec->rule == ConflictRule::AppendOnly && m.op == MutationOp::Delete) {
            result.status = MutationStatus::Rejected;
            result.error = QStringLiteral("append-only entity");
        } else if (spec->rule == ConflictRule::AppendOnly && exists) {
            result.status = MutationStatus::Duplicate; // same id twice: the first one stands
            result.version = version;
        } else if (spec->rule == ConflictRule::Optimistic && m.baseVersion != version) {
            result.status = MutationStatus::Conflict;
            result.version = version;
            result.serverDeleted = currentDeleted;
            result.serverRow = QJsonDocument::fromJson(currentData.toUtf8()).object();
        } else if (m.op == MutationOp::Delete && !exists) {
            result.status = MutationStatus::Applied; // deleting what never reached us: nothing to do
        } else {
            const qint64 newVersion = version + 1;
            const bool deleted = m.op == MutationOp::Delete;
            const QString data = deleted ? QStringLiteral("{}") : QString::fromUtf8(payload);
            auto upsert = Database::run(
                *upsertRow, {m.entity, m.entityId, newVersion, data, deleted ? 1 : 0, rowUnit, t});
            if (!upsert)
                return ApiResponse::error(500, QStringLiteral("internal"), upsert.errorMessage());
            auto change = Database::run(*insertChange, {m.entity, m.entityId, newVersion, data,
                                                        deleted ? 1 : 0, rowUnit, session.deviceId, t});
            if (!change)
                return ApiResponse::error(500, QStringLiteral("internal"), change.errorMessage());
            result.status = MutationStatus::Applied;
            result.version = newVersion;
        }
        const QJsonObject answer = result.toJson();
        auto remember = Database::run(
            *insertResult, {session.deviceId, m.seq,
                            QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))});
        if (!remember)
            return ApiResponse::error(500, QStringLiteral("internal"), remember.errorMessage());
        results.append(answer);
        lastSeq = m.seq;
    }
    auto update = m_db.exec(QStringLiteral("UPDATE srv_devices SET last_seq = ? WHERE device_id = ?"),
                            {lastSeq, session.deviceId});
    if (!update)
        return ApiResponse::error(500, QStringLiteral("internal"), update.errorMessage());
    // Answers older than the last thousand are no longer needed for replays.
    (void)m_db.exec(QStringLiteral("DELETE FROM srv_device_results WHERE device_id = ? AND seq < ?"),
                    {session.deviceId, lastSeq - 1000});
    crashPoint("server.push.before_commit");
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    crashPoint("server.push.after_commit");
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("lastSeq"), lastSeq}});
}

ApiResponse SyncServer::pull(const Session& session, const ApiRequest& request)
{
    bool ok = false;
    const int schema = request.query.queryItemValue(QStringLiteral("schemaVersion")).toInt(&ok);
    if (!ok || !checkSchemaVersion(schema).ok())
        return ApiResponse::error(400, QStringLiteral("schema_version"),
                                  QStringLiteral("unsupported schema version"));
    const qint64 cursor = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
    if (!ok || cursor < 0)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("cursor must be a non-negative integer"));
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 500;
    limit = std::min(limit, kMaxPullPage);

    // Only rows the user's unit tree may see, plus global rows.
    QVariantList bindings{cursor};
    QString units = QStringLiteral("unit_id = ''");
    if (!session.visibleUnits.isEmpty()) {
        units +=
            QStringLiteral(" OR unit_id IN (") + inList(int(session.visibleUnits.size())) + QLatin1Char(')');
        for (const QString& u : session.visibleUnits)
            bindings.append(u);
    }
    bindings.append(limit + 1);
    auto rows = m_db.exec(
        QStringLiteral("SELECT server_version, entity, entity_id, version, data, deleted FROM srv_changes "
                       "WHERE server_version > ? AND (") +
            units + QStringLiteral(") ORDER BY server_version LIMIT ?"),
        bindings);
    if (!rows)
        return ApiResponse::error(500, QStringLiteral("internal"), rows.errorMessage());
    QJsonArray changes;
    qint64 next = cursor;
    bool hasMore = false;
    while (rows->next()) {
        if (changes.size() == limit) {
            hasMore = true;
            break;
        }
        Change c;
        c.cursor = rows->value(0).toLongLong();
        c.entity = rows->value(1).toString();
        c.entityId = rows->value(2).toString();
        c.version = rows->value(3).toLongLong();
        c.data = QJsonDocument::fromJson(rows->value(4).toString().toUtf8()).object();
        c.deleted = rows->value(5).toInt() != 0;
        changes.append(c.toJson());
        next = c.cursor;
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("changes"), changes},
                                              {QStringLiteral("cursor"), next},
                                              {QStringLiteral("hasMore"), hasMore}});
}

ApiResponse SyncServer::blobStatus(const Session& session, const QString& sha)
{
    Q_UNUSED(session);
    auto row =
        m_db.exec(QStringLiteral("SELECT size, received, complete FROM srv_blobs WHERE sha256 = ?"), {sha});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    if (!row->next())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("received"), 0},
                                                  {QStringLiteral("complete"), false},
                                                  {QStringLiteral("known"), false}});
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("size"), row->value(0).toLongLong()},
                                              {QStringLiteral("received"), row->value(1).toLongLong()},
                                              {QStringLiteral("complete"), row->value(2).toInt() != 0},
                                              {QStringLiteral("known"), true}});
}

ApiResponse SyncServer::blobPut(const Session& session, const QString& sha, const ApiRequest& request)
{
    bool okOffset = false;
    bool okSize = false;
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&okOffset);
    const qint64 size = request.query.queryItemValue(QStringLiteral("size")).toLongLong(&okSize);
    if (!okOffset || !okSize || offset < 0 || size <= 0 || size > kMaxBlobSize || request.body.isEmpty() ||
        offset + request.body.size() > size)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("offset/size out of range"));
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto row =
        m_db.exec(QStringLiteral("SELECT size, received, complete FROM srv_blobs WHERE sha256 = ?"), {sha});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    qint64 received = 0;
    if (row->next()) {
        if (row->value(2).toInt() != 0)
            return ApiResponse::json(200,
                                     QJsonObject{{QStringLiteral("received"), row->value(0).toLongLong()},
                                                 {QStringLiteral("complete"), true}});
        if (row->value(0).toLongLong() != size)
            return ApiResponse::error(409, QStringLiteral("size_mismatch"),
                                      QStringLiteral("size differs from the upload"));
        received = row->value(1).toLongLong();
    } else {
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO srv_blobs (sha256, size, received, complete, unit_id, updated_at) "
                           "VALUES (?, ?, 0, 0, ?, ?)"),
            {sha, size, session.user.unitId, now()});
        if (!r)
            return ApiResponse::error(500, QStringLiteral("internal"), r.errorMessage());
    }
    // Resumable: the client continues at the offset we report; anything else is refused.
    if (offset != received)
        return ApiResponse::json(409,
                                 QJsonObject{{QStringLiteral("error"), QStringLiteral("offset_mismatch")},
                                             {QStringLiteral("received"), received}});
    auto chunk =
        m_db.exec(QStringLiteral("INSERT INTO srv_blob_chunks (sha256, chunk_offset, data) VALUES (?, ?, ?)"),
                  {sha, offset, request.body});
    if (!chunk)
        return ApiResponse::error(500, QStringLiteral("internal"), chunk.errorMessage());
    received += request.body.size();
    auto update =
        m_db.exec(QStringLiteral("UPDATE srv_blobs SET received = ?, updated_at = ? WHERE sha256 = ?"),
                  {received, now(), sha});
    if (!update)
        return ApiResponse::error(500, QStringLiteral("internal"), update.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("received"), received}, {QStringLiteral("complete"), false}});
}

ApiResponse SyncServer::blobFinalize(const Session& session, const QString& sha)
{
    Q_UNUSED(session);
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto row =
        m_db.exec(QStringLiteral("SELECT size, received, complete FROM srv_blobs WHERE sha256 = ?"), {sha});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    if (!row->next())
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown upload"));
    if (row->value(2).toInt() != 0)
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("complete"), true}});
    const qint64 size = row->value(0).toLongLong();
    if (row->value(1).toLongLong() != size)
        return ApiResponse::json(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("incomplete")},
                                                  {QStringLiteral("received"), row->value(1).toLongLong()}});
    // Hash chunk by chunk, in offset order, without holding the whole file.
    auto chunks = m_db.exec(
        QStringLiteral("SELECT data FROM srv_blob_chunks WHERE sha256 = ? ORDER BY chunk_offset"), {sha});
    if (!chunks)
        return ApiResponse::error(500, QStringLiteral("internal"), chunks.errorMessage());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (chunks->next()) {
        const QByteArray data = chunks->value(0).toByteArray();
        hash.addData(data);
        total += data.size();
    }
    if (total != size || QString::fromLatin1(hash.result().toHex()) != sha) {
        // Corrupt upload: start over rather than keep bytes that do not match their name.
        (void)m_db.exec(QStringLiteral("DELETE FROM srv_blob_chunks WHERE sha256 = ?"), {sha});
        (void)m_db.exec(QStringLiteral("DELETE FROM srv_blobs WHERE sha256 = ?"), {sha});
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return ApiResponse::error(422, QStringLiteral("hash_mismatch"),
                                  QStringLiteral("content does not match its SHA-256"));
    }
    crashPoint("server.blob.before_finalize_commit");
    auto done = m_db.exec(
        QStringLiteral("UPDATE srv_blobs SET complete = 1, updated_at = ? WHERE sha256 = ?"), {now(), sha});
    if (!done)
        return ApiResponse::error(500, QStringLiteral("internal"), done.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("complete"), true}});
}

ApiResponse SyncServer::blobGet(const Session& session, const QString& sha, const ApiRequest& request)
{
    auto row =
        m_db.exec(QStringLiteral("SELECT size, complete, unit_id FROM srv_blobs WHERE sha256 = ?"), {sha});
    if (!row)
        return ApiResponse::error(500, QStringLiteral("internal"), row.errorMessage());
    if (!row->next() || row->value(1).toInt() == 0)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such blob"));
    const QString unit = row->value(2).toString();
    if (!unit.isEmpty() && !session.visibleUnits.contains(unit))
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such blob"));
    const qint64 size = row->value(0).toLongLong();
    qint64 from = 0;
    qint64 to = size - 1;
    const QByteArray range = request.headers.value("range");
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const auto match = re.match(QString::fromLatin1(range));
    if (!range.isEmpty()) {
        if (!match.hasMatch())
            return ApiResponse::error(416, QStringLiteral("bad_range"), QStringLiteral("unsupported range"));
        from = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            to = std::min(match.captured(2).toLongLong(), size - 1);
        if (from > to)
            return ApiResponse::error(416, QStringLiteral("bad_range"),
                                      QStringLiteral("range not satisfiable"));
    }
    // At most one chunk's worth per request keeps memory bounded; clients loop over ranges.
    to = std::min(to, from + kMaxBlobChunk - 1);
    auto chunks = m_db.exec(QStringLiteral("SELECT chunk_offset, data FROM srv_blob_chunks WHERE sha256 = ? "
                                           "AND chunk_offset <= ? ORDER BY chunk_offset"),
                            {sha, to});
    if (!chunks)
        return ApiResponse::error(500, QStringLiteral("internal"), chunks.errorMessage());
    QByteArray out;
    while (chunks->next()) {
        const qint64 offset = chunks->value(0).toLongLong();
        const QByteArray data = chunks->value(1).toByteArray();
        const qint64 end = offset + data.size() - 1;
        if (end < from)
            continue;
        const qint64 start = std::max(from, offset);
        out.append(data.mid(start - offset, std::min(end, to) - start + 1));
    }
    ApiResponse r;
    r.status = range.isEmpty() && to == size - 1 ? 200 : 206;
    r.body = out;
    r.contentType = "application/octet-stream";
    r.headers.insert("content-range", QByteArray("bytes ") + QByteArray::number(from) + '-' +
                                          QByteArray::number(to) + '/' + QByteArray::number(size));
    return r;
}

} // namespace lontar::server
