#include "server/SyncServer.h"

#include "core/AuditLog.h"
#include "server/MutationWriter.h"
#include "server/ServerScope.h"
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

    MutationWriter writer(m_db, session.actor, now());
    if (Status s = writer.prepare(); !s)
        return ApiResponse::error(500, QStringLiteral("internal"), s.errorMessage());
    auto insertResult = m_db.prepare(
        QStringLiteral("INSERT INTO srv_device_results (device_id, seq, result) VALUES (?, ?, ?)"));
    if (!insertResult)
        return ApiResponse::error(500, QStringLiteral("internal"), insertResult.errorMessage());
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
        auto result = writer.apply(m);
        if (!result)
            return ApiResponse::error(500, QStringLiteral("internal"), result.errorMessage());
        const QJsonObject answer = result->toJson();
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

    // What this user may see has changed since the device's last pull (moved to another unit, roles or
    // clearance changed): the device starts over from zero, so rows it may no longer see disappear.
    const QString fingerprint = scopeFingerprint(session.actor);
    auto stored = m_db.scalar(QStringLiteral("SELECT scope_hash FROM srv_devices WHERE device_id = ?"),
                              {session.deviceId});
    if (!stored)
        return ApiResponse::error(500, QStringLiteral("internal"), stored.errorMessage());
    const QString previous = stored->toString();
    if (cursor > 0 && !previous.isEmpty() && previous != fingerprint)
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                                                  {QStringLiteral("cursor"), 0},
                                                  {QStringLiteral("hasMore"), true},
                                                  {QStringLiteral("reset"), true}});
    if (previous != fingerprint && (cursor == 0 || previous.isEmpty())) {
        auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET scope_hash = ? WHERE device_id = ?"),
                           {fingerprint, session.deviceId});
        if (!r)
            return ApiResponse::error(500, QStringLiteral("internal"), r.errorMessage());
    }

    // Changes the user may see now, and changes that took a row out of their sight (sent as removals).
    const ScopeFilter now = visibleTo(session.actor);
    const ScopeFilter before = visibleTo(session.actor, QStringLiteral("prev_"));
    QVariantList bindings = now.bindings;
    bindings.append(cursor);
    bindings.append(now.bindings);
    bindings.append(before.bindings);
    bindings.append(limit + 1);
    auto rows = m_db.exec(QStringLiteral("SELECT server_version, entity, entity_id, version, data, deleted, "
                                         "CASE WHEN ") +
                              now.sql +
                              QStringLiteral(" THEN 1 ELSE 0 END FROM srv_changes WHERE server_version > ? "
                                             "AND (") +
                              now.sql + QStringLiteral(" OR ") + before.sql +
                              QStringLiteral(") ORDER BY server_version LIMIT ?"),
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
        c.removed = rows->value(6).toInt() == 0;
        if (!c.removed) {
            c.data = QJsonDocument::fromJson(rows->value(4).toString().toUtf8()).object();
            c.deleted = rows->value(5).toInt() != 0;
        }
        changes.append(c.toJson());
        next = c.cursor;
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("changes"), changes},
                                              {QStringLiteral("cursor"), next},
                                              {QStringLiteral("hasMore"), hasMore}});
}

} // namespace lontar::server
