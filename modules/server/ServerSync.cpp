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

} // namespace lontar::server
