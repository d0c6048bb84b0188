#include "server/SyncServer.h"
#include "server/ServerStore.h"

#include "core/AuditLog.h"
#include "server/ServerUtil.h"
#include "sync/CrashPoints.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

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
            QStringLiteral("INSERT INTO srv_blob_units (sha256, unit_id, completed_at) "
                           "SELECT sha256, unit_id, updated_at FROM srv_blobs WHERE complete = 1"),
            QStringLiteral("DELETE FROM srv_blob_chunks WHERE sha256 IN "
                           "(SELECT sha256 FROM srv_blobs WHERE complete = 0)"),
            QStringLiteral("DELETE FROM srv_blobs WHERE complete = 0"),
        });
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
