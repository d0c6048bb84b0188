#include "sync/SyncClient.h"

#include "core/Uuid.h"
#include "sync/ClockAnchor.h"
#include "sync/CrashPoints.h"
#include "sync/StatementCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

namespace lontar::sync {

namespace {
QJsonObject parseObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kDeviceId = QStringLiteral("device_id");
const QString kRefreshToken = QStringLiteral("refresh_token");
const QString kCursor = QStringLiteral("cursor");
const QString kLastSync = QStringLiteral("last_sync");
const QString kEnrolledUser = QStringLiteral("enrolled_user");
const QString kEnrolledUserId = QStringLiteral("enrolled_user_id");
const QString kEnrolledUnitId = QStringLiteral("enrolled_unit_id");
} // namespace

SyncClient::SyncClient(Database& db, Transport& transport, QString blobDir)
    : m_db(db)
    , m_transport(transport)
    , m_store(db)
    , m_blobDir(std::move(blobDir))
{}

QString SyncClient::deviceId() const
{
    return m_store.state(kDeviceId);
}

bool SyncClient::isEnrolled() const
{
    return !m_store.state(kRefreshToken).isEmpty();
}

Error SyncClient::replyError(const HttpReply& reply)
{
    const QJsonObject o = parseObject(reply.body);
    QString message = o.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = tr("Server menjawab dengan status %1").arg(reply.status);
    Error::Code code = Error::Code::Generic;
    if (reply.status == 401)
        code = Error::Code::Unauthorized;
    else if (reply.status == 403)
        code = Error::Code::Forbidden;
    else if (reply.status == 409)
        code = Error::Code::Conflict;
    else if (reply.status >= 500 || reply.status == 429)
        code = Error::Code::Network; // worth retrying later
    else if (reply.status >= 400)
        code = Error::Code::InvalidInput;
    return Error(message, code);
}

bool SyncClient::isEnrolledAs(const QString& username) const
{
    return isEnrolled() && m_store.state(kEnrolledUser) == username.trimmed().toLower();
}

Status SyncClient::enrol(const QString& usernameIn, const QString& password, const QString& deviceName)
{
    const QString username = usernameIn.trimmed().toLower();
    QString device = deviceId();
    const QString previousUser = m_store.state(kEnrolledUser);
    if (!device.isEmpty() && !previousUser.isEmpty() && previousUser != username) {
        // Another person on a shared PC: a device enrolment is per user, so this one gets its own, and
        // the rows pulled under the previous user's scope go. Their unsent changes must leave first.
        auto pending = m_store.pendingCount();
        if (!pending)
            return pending.error();
        if (*pending > 0)
            return Error(tr("Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk "
                            "dan menyinkronkan dulu.",
                            nullptr, int(*pending))
                             .arg(previousUser),
                         Error::Code::Conflict);
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status();
        if (Status s = dropForReset(); !s)
            return s;
        for (const QString& key : {kDeviceId, kRefreshToken, kEnrolledUser}) {
            if (Status s = m_store.setState(key, {}); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
        m_accessToken.clear();
        device.clear();
    }
    if (device.isEmpty()) {
        device = newUuid();
        if (Status s = m_store.setState(kDeviceId, device); !s)
            return s;
    }
    QString name = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    HttpRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/auth/login");
    req.body = compact(QJsonObject{{QStringLiteral("username"), username},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("deviceId"), device},
                                   {QStringLiteral("deviceName"), name.left(100)},
                                   {QStringLiteral("schemaVersion"), kSchemaVersion}});
    if (Status s = requestTokens(req); !s)
        return s;
    return m_store.setState(kEnrolledUser, username);
}

Result<Actor> SyncClient::enrolledActor(Database& db)
{
    ClientStore store(db);
    const QString userId = store.state(kEnrolledUserId);
    if (userId.isEmpty())
        return Error(tr("Perangkat belum terdaftar di server"), Error::Code::Unauthorized);
    IdentityStore ids(db);
    if (auto user = ids.userById(userId))
        return Actor::forUser(db, *user, store.state(kDeviceId));
    // Before the first pull the directory is not here yet: what the login answer said is enough for
    // the checks on the device; the server repeats them with the full record.
    User user;
    user.id = userId;
    user.username = store.state(kEnrolledUser);
    user.unitId = store.state(kEnrolledUnitId);
    return Actor{user, store.state(kDeviceId), {user.unitId}, 0};
}

Result<HttpReply> SyncClient::request(const HttpRequest& request)
{
    if (!isEnrolled())
        return Error(tr("Perangkat belum terdaftar di server"), Error::Code::Unauthorized);
    return call(request);
}

Result<HttpReply> SyncClient::send(const HttpRequest& request)
{
    auto reply = m_transport.send(request);
    // Every answer carries the server's clock: the anchor of times this device records offline.
    if (reply) {
        bool ok = false;
        const qint64 serverTime = reply->headers.value(ClockAnchor::kHeader).toLongLong(&ok);
        if (ok) {
            if (Status s = ClockAnchor::record(m_store, serverTime); !s)
                return s.error();
        }
    }
    return reply;
}

Status SyncClient::requestTokens(const HttpRequest& req)
{
    auto reply = send(req);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return replyError(*reply);
    const QJsonObject o = parseObject(reply->body);
    m_accessToken = o.value(QStringLiteral("accessToken")).toString();
    // Who the server says we are (login answers): the device acts as this user until it re-enrols.
    if (o.contains(QStringLiteral("userId"))) {
        if (Status s = m_store.setState(kEnrolledUserId, o.value(QStringLiteral("userId")).toString()); !s)
            return s;
        if (Status s = m_store.setState(kEnrolledUnitId, o.value(QStringLiteral("unitId")).toString()); !s)
            return s;
    }
    // Refresh tokens rotate: the old one stops working, so the new one is stored before use.
    return m_store.setState(kRefreshToken, o.value(QStringLiteral("refreshToken")).toString());
}

Status SyncClient::refreshAccess()
{
    const QString refresh = m_store.state(kRefreshToken);
    if (refresh.isEmpty())
        return Error(tr("Perangkat belum terdaftar di server"), Error::Code::Unauthorized);
    HttpRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/auth/refresh");
    req.body = compact(
        QJsonObject{{QStringLiteral("deviceId"), deviceId()}, {QStringLiteral("refreshToken"), refresh}});
    return requestTokens(req);
}

Result<HttpReply> SyncClient::call(HttpRequest request, bool retryOnUnauthorized)
{
    if (m_accessToken.isEmpty()) {
        if (Status s = refreshAccess(); !s)
            return s.error();
    }
    request.headers.insert("authorization", "Bearer " + m_accessToken.toLatin1());
    request.headers.insert("x-lontar-device", deviceId().toLatin1());
    auto reply = send(request);
    if (reply && reply->status == 401 && retryOnUnauthorized) {
        m_accessToken.clear();
        return call(request, false);
    }
    return reply;
}

Result<SyncReport> SyncClient::syncOnce(const std::function<bool()>& cancelled)
{
    SyncReport report;
    if (!isEnrolled())
        return Error(tr("Perangkat belum terdaftar di server"), Error::Code::Unauthorized);
    if (Status s = uploadBlobs(report, cancelled); !s)
        return s.error();
    if (Status s = push(report, cancelled); !s)
        return s.error();
    if (Status s = pull(report, cancelled); !s)
        return s.error();
    if (Status s = m_store.setState(kLastSync, QString::number(QDateTime::currentMSecsSinceEpoch())); !s)
        return s.error();
    return report;
}

Status SyncClient::uploadBlobs(SyncReport& report, const std::function<bool()>& cancelled)
{
    auto pending = m_db.exec(
        QStringLiteral("SELECT sha256, size FROM sync_blobs WHERE uploaded = 0 ORDER BY created_at"));
    if (!pending)
        return pending.error();
    QList<QPair<QString, qint64>> blobs;
    while (pending->next())
        blobs.append({pending->value(0).toString(), pending->value(1).toLongLong()});
    for (const auto& [sha, size] : blobs) {
        if (cancelled && cancelled())
            return Error(tr("Dibatalkan"), Error::Code::Cancelled);
        // Resume: ask how much the server already has and continue from there.
        HttpRequest status;
        status.method = "GET";
        status.path = QStringLiteral("/api/v1/blobs/%1/status").arg(sha);
        auto st = call(status);
        if (!st)
            return st.error();
        if (st->status != 200)
            return replyError(*st);
        const QJsonObject so = parseObject(st->body);
        qint64 offset = qint64(so.value(QStringLiteral("received")).toDouble());
        if (!so.value(QStringLiteral("complete")).toBool()) {
            QFile file(m_blobDir + QLatin1Char('/') + sha);
            if (!file.open(QIODevice::ReadOnly))
                return Error(tr("Berkas lokal %1 hilang").arg(sha.left(12)), Error::Code::Io);
            while (offset < size) {
                if (!file.seek(offset))
                    return Error(tr("Berkas lokal %1 tidak dapat dibaca").arg(sha.left(12)), Error::Code::Io);
                HttpRequest put;
                put.method = "PUT";
                put.path = QStringLiteral("/api/v1/blobs/%1").arg(sha);
                put.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
                put.query.addQueryItem(QStringLiteral("size"), QString::number(size));
                put.headers.insert("content-type", "application/octet-stream");
                put.body = file.read(kMaxBlobChunk);
                auto r = call(put);
                if (!r)
                    return r.error();
                const QJsonObject ro = parseObject(r->body);
                if (r->status == 409 && ro.contains(QStringLiteral("received"))) {
                    offset =
                        qint64(ro.value(QStringLiteral("received")).toDouble()); // the server knows better
                    continue;
                }
                if (r->status != 200)
                    return replyError(*r);
                if (ro.value(QStringLiteral("complete")).toBool())
                    break;
                offset = qint64(ro.value(QStringLiteral("received")).toDouble());
                crashPoint("blob.mid_chunk");
            }
            crashPoint("blob.before_finalize");
            HttpRequest fin;
            fin.method = "POST";
            fin.path = QStringLiteral("/api/v1/blobs/%1/finalize").arg(sha);
            auto f = call(fin);
            if (!f)
                return f.error();
            if (f->status != 200)
                return replyError(*f);
        }
        auto done = m_db.exec(QStringLiteral("UPDATE sync_blobs SET uploaded = 1 WHERE sha256 = ?"), {sha});
        if (!done)
            return done.error();
        ++report.blobsUploaded;
    }
    return {};
}

Status SyncClient::push(SyncReport& report, const std::function<bool()>& cancelled)
{
    for (;;) {
        if (cancelled && cancelled())
            return Error(tr("Dibatalkan"), Error::Code::Cancelled);
        auto rows =
            m_db.exec(QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, data, base_version "
                                     "FROM sync_outbox ORDER BY seq LIMIT ?"),
                      {kMaxPushBatch});
        if (!rows)
            return rows.error();
        QJsonArray mutations;
        QList<qint64> seqs;
        // Several edits of one row in a batch: each builds on the version the previous one will create.
        QHash<QString, qint64> expected;
        while (rows->next()) {
            Mutation m;
            m.seq = rows->value(0).toLongLong();
            m.mutationId = rows->value(1).toString();
            m.entity = rows->value(2).toString();
            m.entityId = rows->value(3).toString();
            opFromName(rows->value(4).toString(), &m.op);
            m.data = QJsonDocument::fromJson(rows->value(5).toString().toUtf8()).object();
            const QString key = m.entity + QLatin1Char('/') + m.entityId;
            m.baseVersion = expected.contains(key) ? expected.value(key) : rows->value(6).toLongLong();
            expected.insert(key, m.baseVersion + 1);
            mutations.append(m.toJson());
            seqs.append(m.seq);
        }
        if (seqs.isEmpty())
            return {};
        HttpRequest req;
        req.method = "POST";
        req.path = QStringLiteral("/api/v1/sync/push");
        req.body = compact(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                       {QStringLiteral("mutations"), mutations}});
        crashPoint("push.before_send");
        auto reply = call(req);
        if (!reply)
            return reply.error();
        crashPoint("push.after_send_before_ack");
        if (reply->status != 200)
            return replyError(*reply);
        const QJsonArray results = parseObject(reply->body).value(QStringLiteral("results")).toArray();
        if (results.size() != seqs.size())
            return Error(tr("Jawaban server tidak lengkap"), Error::Code::Network);
        if (Status s = applyPushResults(seqs, results, report); !s)
            return s;
    }
}

Status SyncClient::applyPushResults(const QList<qint64>& seqs, const QJsonArray& results, SyncReport& report)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // The statements of the common path, prepared once for the whole batch.
    auto selectOutbox =
        m_db.prepare(QStringLiteral("SELECT entity, entity_id, data FROM sync_outbox WHERE seq = ?"));
    auto setVersion =
        m_db.prepare(QStringLiteral("UPDATE sync_rows SET version = ? WHERE entity = ? AND entity_id = ?"));
    auto rebaseLater =
        m_db.prepare(QStringLiteral("UPDATE sync_outbox SET base_version = ? WHERE entity = ? AND "
                                    "entity_id = ? AND seq > ?"));
    auto deleteOutbox = m_db.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq = ?"));
    for (auto* prepared : {&selectOutbox, &setVersion, &rebaseLater, &deleteOutbox}) {
        if (!*prepared)
            return prepared->error();
    }
    for (int i = 0; i < seqs.size(); ++i) {
        const MutationResult r = MutationResult::fromJson(results.at(i).toObject());
        if (r.seq != seqs.at(i))
            return Error(tr("Jawaban server tidak sesuai urutan"), Error::Code::Network);
        auto found = Database::run(*selectOutbox, {r.seq});
        if (!found)
            return found.error();
        QSqlQuery& row = **found;
        if (!row.next())
            continue;
        const QString entity = row.value(0).toString();
        const QString entityId = row.value(1).toString();
        const QString mine = row.value(2).toString();
        row.finish();
        switch (r.status) {
        case MutationStatus::Applied:
        case MutationStatus::Duplicate: {
            ++report.pushed;
            if (r.version > 0) {
                auto u = Database::run(*setVersion, {r.version, entity, entityId});
                if (!u)
                    return u.error();
                auto later = Database::run(*rebaseLater, {r.version, entity, entityId, r.seq});
                if (!later)
                    return later.error();
            }
            break;
        }
        case MutationStatus::Conflict:
        case MutationStatus::Rejected: {
            const bool conflict = r.status == MutationStatus::Conflict;
            conflict ? ++report.conflicts : ++report.rejected;
            // Kept for the user to see (and, for a conflict, decide); not retried.
            auto c = m_db.exec(
                QStringLiteral(
                    "INSERT INTO sync_conflicts (entity, entity_id, mine, theirs, theirs_deleted, "
                    "server_version, reason, created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {entity, entityId, mine, QString::fromUtf8(compact(r.serverRow)), r.serverDeleted ? 1 : 0,
                 r.version, conflict ? QStringLiteral("conflict") : r.error,
                 QDateTime::currentMSecsSinceEpoch(),
                 conflict ? QStringLiteral("conflict") : QStringLiteral("rejected")});
            if (!c)
                return c.error();
            // Meanwhile the device shows what the server has; a refused new row disappears.
            if (Status s = restoreServerRow(entity, entityId, r); !s)
                return s;
            break;
        }
        }
        auto d = Database::run(*deleteOutbox, {r.seq});
        if (!d)
            return d.error();
    }
    return tx.commit();
}

Status SyncClient::restoreServerRow(const QString& entity, const QString& entityId, const MutationResult& r)
{
    const EntitySpec* spec = EntityRegistry::instance().find(entity);
    if (r.version > 0) {
        auto u = m_db.exec(
            QStringLiteral("UPDATE sync_rows SET version = ?, data = ?, deleted = ? "
                           "WHERE entity = ? AND entity_id = ?"),
            {r.version, QString::fromUtf8(compact(r.serverRow)), r.serverDeleted ? 1 : 0, entity, entityId});
        if (!u)
            return u.error();
        if (spec && spec->project)
            return spec->project(m_db, entityId, r.serverRow, r.serverDeleted);
        return {};
    }
    auto d =
        m_db.exec(QStringLiteral("DELETE FROM sync_rows WHERE entity = ? AND entity_id = ? AND version = 0"),
                  {entity, entityId});
    if (!d)
        return d.error();
    if (spec && spec->project)
        return spec->project(m_db, entityId, {}, true);
    return {};
}

Status SyncClient::dropForReset()
{
    // Everything this device holds may have been pulled under the old scope; what the user may still see
    // comes back from cursor 0. Rows with unsent changes stay until their push settles them.
    auto rows = m_db.exec(QStringLiteral("SELECT entity, entity_id FROM sync_rows r WHERE NOT EXISTS "
                                         "(SELECT 1 FROM sync_outbox o WHERE o.entity = r.entity AND "
                                         "o.entity_id = r.entity_id)"));
    if (!rows)
        return rows.error();
    QList<QPair<QString, QString>> dropped;
    while (rows->next())
        dropped.append({rows->value(0).toString(), rows->value(1).toString()});
    for (const auto& [entity, entityId] : std::as_const(dropped)) {
        const EntitySpec* spec = EntityRegistry::instance().find(entity);
        // The directory is readable by everyone and is rewritten by the pull; other modules' tables
        // forget the rows too.
        if (spec && spec->scope == ReadScope::Global)
            continue;
        auto d = m_db.exec(QStringLiteral("DELETE FROM sync_rows WHERE entity = ? AND entity_id = ?"),
                           {entity, entityId});
        if (!d)
            return d.error();
        if (spec && spec->project) {
            if (Status s = spec->project(m_db, entityId, {}, true); !s)
                return s;
        }
    }
    return m_store.setState(kCursor, QStringLiteral("0"));
}

namespace {

// A larger page cache while a pull runs several pages (a first sync): the full-text index of a
// projection merges its segments again and again, and with SQLite's default 2 MB those pages keep leaving
// the cache. Restored when the pull ends.
class BulkCache
{
public:
    explicit BulkCache(Database& db)
        : m_db(db)
    {}
    ~BulkCache()
    {
        if (m_previous.isValid())
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    }
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

    void enlarge()
    {
        if (m_previous.isValid() || m_db.dialect() != Database::Dialect::Sqlite)
            return;
        auto current = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!current || !current->isValid())
            return;
        // Only ever larger: a profile configured with more keeps it.
        const qint64 size = current->toLongLong();
        if (size < 0 ? -size >= kBulkKiB : size * 4 >= kBulkKiB)
            return;
        if (m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kBulkKiB)))
            m_previous = *current;
    }

private:
    static constexpr qint64 kBulkKiB = 64 * 1024;
    Database& m_db;
    QVariant m_previous;
};

} // namespace

Status SyncClient::pull(SyncReport& report, const std::function<bool()>& cancelled)
{
    // The statements of every pulled row, and those of the projections, prepared once for the whole pull.
    StatementCache statements(m_db);
    BulkCache bulk(m_db);
    const QString deleteRow = QStringLiteral("DELETE FROM sync_rows WHERE entity = ? AND entity_id = ?");
    const QString pendingRows =
        QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ? AND entity_id = ?");
    const QString upsertRow = QStringLiteral(
        "INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) VALUES (?, ?, ?, ?, "
        "?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version, "
        "data = excluded.data, deleted = excluded.deleted, updated_at = excluded.updated_at "
        "WHERE sync_rows.version <= excluded.version");
    for (;;) {
        if (cancelled && cancelled())
            return Error(tr("Dibatalkan"), Error::Code::Cancelled);
        const QString cursor = m_store.state(kCursor, QStringLiteral("0"));
        HttpRequest req;
        req.method = "GET";
        req.path = QStringLiteral("/api/v1/sync/pull");
        req.query.addQueryItem(QStringLiteral("cursor"), cursor);
        req.query.addQueryItem(QStringLiteral("limit"), QString::number(500));
        req.query.addQueryItem(QStringLiteral("schemaVersion"), QString::number(kSchemaVersion));
        auto reply = call(req);
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return replyError(*reply);
        const QJsonObject page = parseObject(reply->body);
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        if (page.value(QStringLiteral("hasMore")).toBool())
            bulk.enlarge();

        // The page and the cursor that follows it commit together: never one without the other.
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status();
        if (page.value(QStringLiteral("reset")).toBool()) {
            if (Status s = dropForReset(); !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
            ++report.resets;
            continue;
        }
        int applied = 0;
        for (const QJsonValue& v : changes) {
            const Change c = Change::fromJson(v.toObject());
            if (c.entity.isEmpty() || c.entityId.isEmpty())
                return Error(tr("Perubahan dari server tidak valid"), Error::Code::Network);
            const EntitySpec* spec = EntityRegistry::instance().find(c.entity);
            if (c.removed) {
                // Out of this user's scope now: forget it (the server keeps it).
                if (auto r = statements.run(deleteRow, {c.entity, c.entityId}); !r)
                    return r.error();
                if (spec && spec->project) {
                    if (Status s = spec->project(m_db, c.entityId, {}, true); !s)
                        return s;
                }
                ++report.removed;
                continue;
            }
            auto pending = statements.scalar(pendingRows, {c.entity, c.entityId});
            if (!pending)
                return pending.error();
            if (pending->toInt() == 0) {
                auto r = statements.run(upsertRow,
                                        {c.entity, c.entityId, c.version, QString::fromUtf8(compact(c.data)),
                                         c.deleted ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
                if (!r)
                    return r.error();
                const bool changed = (*r)->numRowsAffected() > 0;
                if (spec && spec->project && changed) {
                    if (Status s = spec->project(m_db, c.entityId, c.data, c.deleted); !s)
                        return s;
                }
            }
            ++report.pulled;
            if (++applied == changes.size() / 2)
                crashPoint("pull.mid_page_apply");
        }
        const qint64 next = qint64(page.value(QStringLiteral("cursor")).toDouble());
        if (Status s = m_store.setState(kCursor, QString::number(next)); !s)
            return s;
        crashPoint("pull.after_apply_before_commit");
        if (Status s = tx.commit(); !s)
            return s;
        if (!page.value(QStringLiteral("hasMore")).toBool())
            return {};
    }
}

Status SyncClient::downloadBlob(const QString& sha256, const QString& destination)
{
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly))
        return Error(tr("Berkas %1 tidak dapat ditulisi").arg(destination), Error::Code::Io);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 offset = 0;
    qint64 total = -1;
    while (total < 0 || offset < total) {
        HttpRequest req;
        req.method = "GET";
        req.path = QStringLiteral("/api/v1/blobs/%1").arg(sha256);
        req.headers.insert("range", "bytes=" + QByteArray::number(offset) + '-');
        auto reply = call(req);
        if (!reply)
            return reply.error();
        if (reply->status != 200 && reply->status != 206)
            return replyError(*reply);
        const QByteArray range = reply->headers.value("content-range"); // bytes a-b/total
        total = range.mid(range.lastIndexOf('/') + 1).toLongLong();
        if (reply->body.isEmpty() && offset < total)
            return Error(tr("Unduhan terputus"), Error::Code::Network);
        hash.addData(reply->body);
        if (out.write(reply->body) != reply->body.size())
            return Error(tr("Disk penuh atau tidak dapat ditulisi"), Error::Code::Io);
        offset += reply->body.size();
    }
    // Only a file whose content matches its name is kept; otherwise nothing is written.
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        out.cancelWriting();
        return Error(tr("Isi berkas tidak cocok dengan hash SHA-256"), Error::Code::Crypto);
    }
    if (!out.commit())
        return Error(tr("Berkas %1 tidak dapat disimpan").arg(destination), Error::Code::Io);
    return {};
}

} // namespace lontar::sync
