#include "server/SyncServer.h"

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

namespace {
// A public endpoint's whole view of the server: current synced rows, read one at a time.
class ServerRowReader final : public SyncedRowReader
{
public:
    explicit ServerRowReader(Database& db)
        : m_db(db)
    {}

    Result<std::optional<QJsonObject>> row(const QString& entity, const QString& entityId) const override
    {
        auto q =
            m_db.exec(QStringLiteral("SELECT data, deleted FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                      {entity, entityId});
        if (!q)
            return q.error();
        if (!q->next() || q->value(1).toInt() != 0)
            return std::optional<QJsonObject>();
        return std::optional<QJsonObject>(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    }

private:
    Database& m_db;
};
} // namespace

SyncServer::SyncServer(Database& db, ServerOptions options)
    : m_db(db)
    , m_options(std::move(options))
{
    // A prefix under the API, malformed or taken twice would shadow or be shadowed: such an endpoint
    // is left out rather than served somewhere unexpected.
    QList<std::shared_ptr<const PublicEndpoint>> endpoints;
    QStringList prefixes;
    for (const auto& endpoint : std::as_const(m_options.publicEndpoints)) {
        const QString prefix = endpoint ? endpoint->pathPrefix() : QString();
        const bool wellFormed = prefix.size() >= 3 && prefix.startsWith(QLatin1Char('/')) &&
                                prefix.endsWith(QLatin1Char('/')) && !prefix.startsWith(QLatin1String("//"));
        const bool clashes = prefix.startsWith(QLatin1String("/api/")) ||
                             std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& taken) {
                                 return prefix.startsWith(taken) || taken.startsWith(prefix);
                             });
        if (!wellFormed || clashes) {
            qWarning("public endpoint %s ignored", qPrintable(prefix));
            continue;
        }
        prefixes.append(prefix);
        endpoints.append(endpoint);
    }
    m_options.publicEndpoints = endpoints;
}

const PublicEndpoint* SyncServer::publicEndpointFor(const QString& path) const
{
    for (const auto& endpoint : m_options.publicEndpoints) {
        if (path.startsWith(endpoint->pathPrefix()))
            return endpoint.get();
    }
    return nullptr;
}

std::optional<qint64> SyncServer::publicBodyLimit(const ApiRequest& head) const
{
    if (const PublicEndpoint* endpoint = publicEndpointFor(head.path))
        return qMax<qint64>(0, endpoint->maxBodyBytes());
    return std::nullopt;
}

ApiResponse SyncServer::handlePublic(const PublicEndpoint& endpoint, const ApiRequest& request)
{
    ApiResponse out;
    if (request.body.size() > endpoint.maxBodyBytes()) {
        out.status = 413;
        out.contentType = "text/plain; charset=utf-8";
        out.body = tr("Berkas terlalu besar.").toUtf8();
        return out;
    }
    PublicRequest pub;
    pub.method = request.method;
    pub.subPath = request.path.mid(endpoint.pathPrefix().size());
    pub.query = request.query;
    pub.headers = request.headers;
    pub.body = request.body;
    const ServerRowReader rows(m_db);
    const PublicResponse response = endpoint.handle(pub, rows);
    out.status = response.status;
    out.contentType = response.contentType;
    out.body = response.body;
    out.headers = response.headers;
    return out;
}

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
    ApiResponse response = route(request);
    // Every answer carries the server's clock: devices anchor offline times to it (sync/ClockAnchor).
    response.headers.insert("X-Lontar-Server-Time", QByteArray::number(now()));
    return response;
}

ApiResponse SyncServer::route(const ApiRequest& request)
{
    // Modules' public pages live outside the API and answer without a token.
    if (const PublicEndpoint* endpoint = publicEndpointFor(request.path))
        return handlePublic(*endpoint, request);
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
    if (parts.at(0) == QLatin1String("devices") || parts.at(0) == QLatin1String("admin"))
        return handleAdmin(*session, request, parts);
    if (parts == QStringList{QStringLiteral("sync"), QStringLiteral("push")} && method == "POST")
        return push(*session, request);
    if (parts == QStringList{QStringLiteral("sync"), QStringLiteral("pull")} && method == "GET")
        return pull(*session, request);
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("blobs")) {
        const QString sha = parts.at(1);
        if (!isSha256String(sha))
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

Result<SyncServer::Session> SyncServer::authenticate(const ApiRequest& request)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Bearer "))
        return Error(tr("Permintaan tanpa token akses."), Error::Code::Unauthorized);
    const QByteArray token = header.mid(7).trimmed();
    const QString tokenHash = sha256Hex(token);
    auto row = m_db.exec(
        QStringLiteral(
            "SELECT t.user_id, t.device_id, t.expires_at, d.status, d.pair_used, d.pair_access_hash "
            "FROM srv_tokens t JOIN srv_devices d ON d.device_id = t.device_id WHERE t.token_hash = ?"),
        {tokenHash});
    if (!row) {
        qWarning("authenticate: %s", qPrintable(row.errorMessage()));
        return Error(tr("Server sibuk; coba lagi."), Error::Code::Database);
    }
    if (!row->next())
        return Error(tr("Token akses tidak berlaku."), Error::Code::Unauthorized);
    if (row->value(2).toLongLong() < now())
        return Error(tr("Token akses kedaluwarsa."), Error::Code::Unauthorized);
    const QString deviceId = row->value(1).toString();
    // The token must be presented by the device it was issued to.
    if (QString::fromLatin1(request.headers.value("x-lontar-device")) != deviceId)
        return Error(tr("Token akses milik perangkat lain."), Error::Code::Unauthorized);
    const QString deviceStatus = row->value(3).toString();
    const bool settlesPair = row->value(4).toInt() == 0 && row->value(5).toString() == tokenHash;
    const QString userId = row->value(0).toString();
    row->finish();
    // The first use of the pair from the last refresh: from now on the refresh token presented there
    // is a reuse (it revokes the device) instead of a lost answer to replay.
    if (settlesPair) {
        auto used = m_db.exec(QStringLiteral("UPDATE srv_devices SET pair_used = 1, replay_answer = '' "
                                             "WHERE device_id = ? AND pair_access_hash = ?"),
                              {deviceId, tokenHash});
        if (!used) {
            qWarning("authenticate: %s", qPrintable(used.errorMessage()));
            return Error(tr("Server sibuk; coba lagi."), Error::Code::Database);
        }
    }
    if (deviceStatus != QLatin1String("approved"))
        return Error(tr("Perangkat ini tidak disetujui untuk sinkronisasi."), Error::Code::Forbidden);
    IdentityStore ids(m_db);
    auto user = ids.userById(userId);
    if (!user)
        return Error(tr("Token akses tidak berlaku."), Error::Code::Unauthorized);
    if (!user->active)
        return Error(tr("Akun ini dinonaktifkan. Hubungi admin OPD."), Error::Code::Forbidden);
    // A user outside the org tree would write rows nobody's scope contains and read only global ones.
    if (user->unitId.isEmpty())
        return Error(tr("Akun ini belum ditempatkan di unit kerja; hubungi admin OPD."),
                     Error::Code::Forbidden);
    auto actor = Actor::forUser(m_db, *user, deviceId);
    if (!actor)
        return actor.error();
    Session s{*user, deviceId, actor->unitSubtree, *actor};
    return s;
}

} // namespace lontar::server
