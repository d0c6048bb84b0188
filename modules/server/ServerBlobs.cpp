#include "server/ServerStore.h"
#include "server/SyncServer.h"

#include "core/AuditLog.h"
#include "server/ServerScope.h"
#include "server/ServerUtil.h"
#include "sync/CrashPoints.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace lontar::server {

using namespace lontar::sync;
using namespace lontar::server::detail;

Migration blobMigration(const QString& module, int version)
{
    // An upload belongs to the device that started it; finished content is stored once
    // (srv_blobs + srv_blob_chunks) and each unit that completed its own upload is recorded, so the
    // same document uploaded by two units works for both. Rows that reference a blob are listed in
    // srv_blob_refs: seeing such a row lets a user read the blob.
    return Migration::fromSql(
        module, version, QStringLiteral("blob uploads per device, blob units and references"),
        {
            QStringLiteral("CREATE TABLE srv_blob_uploads ("
                           " sha256 TEXT NOT NULL, device_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                           " unit_id TEXT NOT NULL, size BIGINT NOT NULL, received BIGINT NOT NULL DEFAULT 0,"
                           " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                           " PRIMARY KEY (sha256, device_id))"),
            QStringLiteral("CREATE TABLE srv_blob_parts ("
                           " sha256 TEXT NOT NULL, device_id TEXT NOT NULL, chunk_offset BIGINT NOT NULL,"
                           " data {{BLOB}} NOT NULL, PRIMARY KEY (sha256, device_id, chunk_offset))"),
            QStringLiteral("CREATE TABLE srv_blob_units ("
                           " sha256 TEXT NOT NULL, unit_id TEXT NOT NULL, completed_at BIGINT NOT NULL,"
                           " PRIMARY KEY (sha256, unit_id))"),
            QStringLiteral("CREATE TABLE srv_blob_refs ("
                           " sha256 TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                           " PRIMARY KEY (sha256, entity, entity_id))"),
            // Expiry sweeps by age; the quota sums per unit; the push path replaces a row's refs.
            QStringLiteral("CREATE INDEX idx_srv_blob_uploads_age ON srv_blob_uploads(updated_at)"),
            QStringLiteral("CREATE INDEX idx_srv_blob_uploads_unit ON srv_blob_uploads(unit_id)"),
            QStringLiteral("CREATE INDEX idx_srv_blob_units_unit ON srv_blob_units(unit_id)"),
            QStringLiteral("CREATE INDEX idx_srv_blob_refs_row ON srv_blob_refs(entity, entity_id)"),
            // Finished blobs keep the unit that uploaded them; unfinished ones of the old scheme
            // (whoever sent the first chunk owned them) are dropped and simply uploaded again.
            QStringLiteral(
                "INSERT INTO srv_blob_units (sha256, unit_id, completed_at) "
                "SELECT sha256, unit_id, updated_at FROM srv_blobs WHERE complete = 1 AND unit_id <> ''"),
            QStringLiteral("DELETE FROM srv_blob_chunks WHERE sha256 IN "
                           "(SELECT sha256 FROM srv_blobs WHERE complete = 0)"),
            QStringLiteral("DELETE FROM srv_blobs WHERE complete = 0"),
        });
}

namespace {

ApiResponse internalError(const Error& error)
{
    return ApiResponse::error(500, QStringLiteral("internal"), error.message);
}

// Exactly what an unknown hash answers: content held only for other units must look the same.
ApiResponse unknownStatus()
{
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("received"), 0},
                                              {QStringLiteral("complete"), false},
                                              {QStringLiteral("known"), false}});
}

ApiResponse notFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such blob"));
}

// Size of the stored content, if the blob is complete and the actor may read it.
Result<std::optional<qint64>> readableSize(Database& db, const Actor& actor, const QString& sha)
{
    auto row = db.exec(QStringLiteral("SELECT size FROM srv_blobs WHERE sha256 = ? AND complete = 1"), {sha});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<qint64>();
    const qint64 size = row->value(0).toLongLong();
    auto readable = mayReadBlob(db, actor, sha);
    if (!readable)
        return readable.error();
    return *readable ? std::optional<qint64>(size) : std::optional<qint64>();
}

struct Upload
{
    qint64 size = 0;
    qint64 received = 0;
    qint64 updatedAt = 0;
};

Result<std::optional<Upload>> ownUpload(Database& db, const QString& sha, const QString& deviceId)
{
    auto row = db.exec(QStringLiteral("SELECT size, received, updated_at FROM srv_blob_uploads "
                                      "WHERE sha256 = ? AND device_id = ?"),
                       {sha, deviceId});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Upload>();
    return std::optional<Upload>(
        Upload{row->value(0).toLongLong(), row->value(1).toLongLong(), row->value(2).toLongLong()});
}

Status dropUpload(Database& db, const QString& sha, const QString& deviceId)
{
    auto parts = db.exec(QStringLiteral("DELETE FROM srv_blob_parts WHERE sha256 = ? AND device_id = ?"),
                         {sha, deviceId});
    if (!parts)
        return parts.error();
    auto upload = db.exec(QStringLiteral("DELETE FROM srv_blob_uploads WHERE sha256 = ? AND device_id = ?"),
                          {sha, deviceId});
    if (!upload)
        return upload.error();
    return {};
}

// Deletes a few uploads that saw no chunk since `cutoff`. Every instance sweeps a little at each
// write, so nothing depends on one instance's timer; the row is deleted first and only a delete that
// still matched drops the parts, so two instances sweeping together never race a live upload.
Status sweepExpired(Database& db, qint64 cutoff)
{
    constexpr int kSweepBatch = 4; // bounded work per request: a 512 MiB upload is 512 part rows
    auto rows = db.exec(QStringLiteral("SELECT sha256, device_id FROM srv_blob_uploads WHERE updated_at < ? "
                                       "ORDER BY updated_at LIMIT %1")
                            .arg(kSweepBatch),
                        {cutoff});
    if (!rows)
        return rows.error();
    QList<QPair<QString, QString>> expired;
    while (rows->next())
        expired.append({rows->value(0).toString(), rows->value(1).toString()});
    for (const auto& [sha, device] : std::as_const(expired)) {
        auto gone = db.exec(QStringLiteral("DELETE FROM srv_blob_uploads "
                                           "WHERE sha256 = ? AND device_id = ? AND updated_at < ?"),
                            {sha, device, cutoff});
        if (!gone)
            return gone.error();
        if (gone->numRowsAffected() < 1)
            continue;
        auto parts = db.exec(QStringLiteral("DELETE FROM srv_blob_parts WHERE sha256 = ? AND device_id = ?"),
                             {sha, device});
        if (!parts)
            return parts.error();
    }
    return {};
}

// PostgreSQL: serialises the quota check of one unit across instances (SQLite's BEGIN IMMEDIATE
// already serialises every writer). A stable hash of the unit id, not qHash (seeded per process).
Status lockUnitQuota(Database& db, const QString& unitId)
{
    if (db.dialect() != Database::Dialect::Postgres)
        return {};
    const QByteArray digest = QCryptographicHash::hash(unitId.toUtf8(), QCryptographicHash::Sha256);
    qint32 key = 0;
    for (int i = 0; i < 4; ++i)
        key = qint32((quint32(key) << 8) | quint8(digest.at(i)));
    auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7172003, %1)").arg(key));
    if (!r)
        return r.error();
    return {};
}

// Bytes charged to a unit: content it completed, plus its live uploads at their declared size,
// leaving out the upload being checked.
Result<qint64> unitUsage(Database& db, const QString& unitId, qint64 cutoff, const QString& sha,
                         const QString& deviceId)
{
    auto stored = db.scalar(QStringLiteral("SELECT COALESCE(SUM(b.size), 0) FROM srv_blob_units u "
                                           "JOIN srv_blobs b ON b.sha256 = u.sha256 "
                                           "WHERE u.unit_id = ? AND b.complete = 1"),
                            {unitId});
    if (!stored)
        return stored.error();
    auto uploading = db.scalar(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM srv_blob_uploads "
                                              "WHERE unit_id = ? AND updated_at >= ? "
                                              "AND NOT (sha256 = ? AND device_id = ?)"),
                               {unitId, cutoff, sha, deviceId});
    if (!uploading)
        return uploading.error();
    return stored->toLongLong() + uploading->toLongLong();
}

// Uploads untouched since this time are abandoned; an expiry of 0 keeps them forever.
qint64 uploadCutoff(const ServerOptions& options, qint64 nowMs)
{
    return options.blobUploadExpirySeconds > 0 ? nowMs - qint64(options.blobUploadExpirySeconds) * 1000
                                               : std::numeric_limits<qint64>::min();
}

} // namespace

ApiResponse SyncServer::blobStatus(const Session& session, const QString& sha)
{
    auto stored = readableSize(m_db, session.actor, sha);
    if (!stored)
        return internalError(stored.error());
    if (*stored)
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("size"), **stored},
                                                  {QStringLiteral("received"), **stored},
                                                  {QStringLiteral("complete"), true},
                                                  {QStringLiteral("known"), true}});
    auto own = ownUpload(m_db, sha, session.deviceId);
    if (!own)
        return internalError(own.error());
    if (!*own || (*own)->updatedAt < uploadCutoff(m_options, now()))
        return unknownStatus();
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("size"), (*own)->size},
                                              {QStringLiteral("received"), (*own)->received},
                                              {QStringLiteral("complete"), false},
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
    // Content the actor can already read needs no bytes; content held only by other units does: the
    // upload is the proof that this unit has the document.
    auto stored = readableSize(m_db, session.actor, sha);
    if (!stored)
        return internalError(stored.error());
    if (*stored)
        return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("received"), **stored}, {QStringLiteral("complete"), true}});

    const qint64 cutoff = uploadCutoff(m_options, now());
    const QString unit = session.user.unitId;
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    if (Status s = sweepExpired(m_db, cutoff); !s)
        return internalError(s.error());
    if (Status s = lockUnitQuota(m_db, unit); !s)
        return internalError(s.error());
    // The state is this device's own upload: nobody else's chunks or size claim is ever consulted.
    auto own = ownUpload(m_db, sha, session.deviceId);
    if (!own)
        return internalError(own.error());
    std::optional<Upload> upload = *own;
    // An abandoned upload, or a restart at 0 with another size, begins again from nothing.
    if (upload && (upload->updatedAt < cutoff || (offset == 0 && upload->size != size))) {
        if (Status s = dropUpload(m_db, sha, session.deviceId); !s)
            return internalError(s.error());
        upload.reset();
    }
    const auto answer = [&tx](const ApiResponse& response) {
        // Keep the sweep's work even when the chunk itself is refused.
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return response;
    };
    if (upload && upload->size != size)
        return answer(
            ApiResponse::json(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("size_mismatch")},
                                               {QStringLiteral("received"), 0}}));
    const qint64 received = upload ? upload->received : 0;
    // Resumable: the client continues at the offset we report; anything else is refused.
    if (offset != received)
        return answer(
            ApiResponse::json(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("offset_mismatch")},
                                               {QStringLiteral("received"), received}}));
    if (m_options.blobQuotaPerUnit > 0) {
        auto used = unitUsage(m_db, unit, cutoff, sha, session.deviceId);
        if (!used)
            return internalError(used.error());
        if (*used + size > m_options.blobQuotaPerUnit) {
            const auto mib = [](qint64 bytes) {
                return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
            };
            return answer(ApiResponse::error(
                413, QStringLiteral("quota_exceeded"),
                tr("Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, "
                   "berkas ini %3 MiB. Hubungi admin OPD.")
                    .arg(mib(*used), mib(m_options.blobQuotaPerUnit), mib(size))));
        }
    }
    if (!upload) {
        auto start =
            m_db.exec(QStringLiteral(
                          "INSERT INTO srv_blob_uploads (sha256, device_id, user_id, unit_id, size, received,"
                          " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"),
                      {sha, session.deviceId, session.user.id, unit, size, now(), now()});
        if (!start)
            return internalError(start.error());
    }
    auto chunk =
        m_db.exec(QStringLiteral("INSERT INTO srv_blob_parts (sha256, device_id, chunk_offset, data) "
                                 "VALUES (?, ?, ?, ?)"),
                  {sha, session.deviceId, offset, request.body});
    if (!chunk)
        return internalError(chunk.error());
    const qint64 total = received + request.body.size();
    auto update = m_db.exec(QStringLiteral("UPDATE srv_blob_uploads SET received = ?, updated_at = ? "
                                           "WHERE sha256 = ? AND device_id = ?"),
                            {total, now(), sha, session.deviceId});
    if (!update)
        return internalError(update.error());
    return answer(ApiResponse::json(
        200, QJsonObject{{QStringLiteral("received"), total}, {QStringLiteral("complete"), false}}));
}

ApiResponse SyncServer::blobFinalize(const Session& session, const QString& sha)
{
    const qint64 cutoff = uploadCutoff(m_options, now());
    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    if (Status s = sweepExpired(m_db, cutoff); !s)
        return internalError(s.error());
    const auto answer = [&tx](const ApiResponse& response) {
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return response;
    };
    const ApiResponse complete = ApiResponse::json(200, QJsonObject{{QStringLiteral("complete"), true}});
    auto own = ownUpload(m_db, sha, session.deviceId);
    if (!own)
        return internalError(own.error());
    std::optional<Upload> upload = *own;
    if (upload && upload->updatedAt < cutoff) {
        if (Status s = dropUpload(m_db, sha, session.deviceId); !s)
            return internalError(s.error());
        upload.reset();
    }
    if (!upload || upload->received != upload->size) {
        // Nothing (or not everything) of our own: fine when the actor can read the content anyway
        // (the PUT answered "complete", or a retry after a lost answer); our leftover bytes go.
        auto stored = readableSize(m_db, session.actor, sha);
        if (!stored)
            return internalError(stored.error());
        if (*stored) {
            if (upload) {
                if (Status s = dropUpload(m_db, sha, session.deviceId); !s)
                    return internalError(s.error());
            }
            return answer(complete);
        }
        if (!upload)
            return answer(
                ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("unknown upload")));
        return answer(
            ApiResponse::json(409, QJsonObject{{QStringLiteral("error"), QStringLiteral("incomplete")},
                                               {QStringLiteral("received"), upload->received}}));
    }
    // Hash this device's chunks in offset order, checking they are contiguous. One chunk is fetched
    // at a time: PostgreSQL's client would otherwise buffer the whole result (up to kMaxBlobSize).
    auto offsets = m_db.exec(QStringLiteral("SELECT chunk_offset FROM srv_blob_parts "
                                            "WHERE sha256 = ? AND device_id = ? ORDER BY chunk_offset"),
                             {sha, session.deviceId});
    if (!offsets)
        return internalError(offsets.error());
    QList<qint64> chunkOffsets;
    while (offsets->next())
        chunkOffsets.append(offsets->value(0).toLongLong());
    auto readChunk = m_db.prepare(QStringLiteral(
        "SELECT data FROM srv_blob_parts WHERE sha256 = ? AND device_id = ? AND chunk_offset = ?"));
    if (!readChunk)
        return internalError(readChunk.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    bool contiguous = true;
    for (const qint64 offset : std::as_const(chunkOffsets)) {
        contiguous = contiguous && offset == total;
        auto ran = Database::run(*readChunk, {sha, session.deviceId, offset});
        if (!ran)
            return internalError(ran.error());
        if (!readChunk->next())
            return internalError(Error(QStringLiteral("blob part vanished during finalize")));
        const QByteArray data = readChunk->value(0).toByteArray();
        hash.addData(data);
        total += data.size();
        readChunk->finish();
    }
    if (!contiguous || total != upload->size || QString::fromLatin1(hash.result().toHex()) != sha) {
        // Bytes that do not match their name: only this device's upload goes; it starts over.
        if (Status s = dropUpload(m_db, sha, session.deviceId); !s)
            return internalError(s.error());
        return answer(ApiResponse::error(422, QStringLiteral("hash_mismatch"),
                                         QStringLiteral("content does not match its SHA-256")));
    }
    // The first verified upload becomes the stored content; a later one only proves possession. An
    // unfinished row of the old one-upload-per-hash scheme is replaced. In PostgreSQL a concurrent
    // finalize of the same hash waits on the insert and then finds the content there.
    for (const QString& sql :
         {QStringLiteral("DELETE FROM srv_blob_chunks WHERE sha256 IN "
                         "(SELECT sha256 FROM srv_blobs WHERE sha256 = ? AND complete = 0)"),
          QStringLiteral("DELETE FROM srv_blobs WHERE sha256 = ? AND complete = 0")}) {
        auto r = m_db.exec(sql, {sha});
        if (!r)
            return internalError(r.error());
    }
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO srv_blobs (sha256, size, received, complete, unit_id, updated_at) "
                       "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
        {sha, upload->size, upload->size, session.user.unitId, now()});
    if (!insert)
        return internalError(insert.error());
    if (insert->numRowsAffected() > 0) {
        auto copy = m_db.exec(QStringLiteral("INSERT INTO srv_blob_chunks (sha256, chunk_offset, data) "
                                             "SELECT sha256, chunk_offset, data FROM srv_blob_parts "
                                             "WHERE sha256 = ? AND device_id = ?"),
                              {sha, session.deviceId});
        if (!copy)
            return internalError(copy.error());
    }
    auto unit = m_db.exec(QStringLiteral("INSERT INTO srv_blob_units (sha256, unit_id, completed_at) "
                                         "VALUES (?, ?, ?) ON CONFLICT (sha256, unit_id) DO NOTHING"),
                          {sha, session.user.unitId, now()});
    if (!unit)
        return internalError(unit.error());
    if (Status s = dropUpload(m_db, sha, session.deviceId); !s)
        return internalError(s.error());
    crashPoint("server.blob.before_finalize_commit");
    return answer(complete);
}

ApiResponse SyncServer::blobGet(const Session& session, const QString& sha, const ApiRequest& request)
{
    // Unknown, unfinished and not readable by this actor all answer the same 404.
    auto stored = readableSize(m_db, session.actor, sha);
    if (!stored)
        return internalError(stored.error());
    if (!*stored)
        return notFound();
    const qint64 size = **stored;
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
    // At most one chunk's worth per request keeps memory bounded; clients loop over ranges. A chunk
    // is never longer than kMaxBlobChunk, so none starting earlier than that can overlap the range.
    to = std::min(to, from + kMaxBlobChunk - 1);
    auto chunks =
        m_db.exec(QStringLiteral("SELECT chunk_offset, data FROM srv_blob_chunks WHERE sha256 = ? "
                                 "AND chunk_offset <= ? AND chunk_offset > ? ORDER BY chunk_offset"),
                  {sha, to, from - kMaxBlobChunk});
    if (!chunks)
        return internalError(chunks.error());
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
