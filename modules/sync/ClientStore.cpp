#include "sync/ClientStore.h"

#include "core/EntityPolicy.h"
#include "core/Uuid.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace lontar::sync {

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Runs `body` inside the caller's transaction when one is open, else in its own.
template <typename F> Status inTransaction(Database& db, F&& body)
{
    JoinedTransaction tx(db);
    if (!tx.status())
        return tx.status();
    if (Status s = body(); !s)
        return s;
    return tx.commit();
}
} // namespace

QList<Migration> SyncClientModule::migrations() const
{
    const QString m = id();
    return {
        Migration::fromSql(
            m, 1, QStringLiteral("synced rows, outbox, conflicts, state, blobs"),
            {
                QStringLiteral("CREATE TABLE sync_rows ("
                               " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                               " version BIGINT NOT NULL DEFAULT 0, data TEXT NOT NULL,"
                               " deleted INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL,"
                               " PRIMARY KEY (entity, entity_id))"),
                // seq is the device's mutation number: strictly increasing, never reused.
                QStringLiteral("CREATE TABLE sync_outbox ("
                               " seq {{AUTO_ID}}, mutation_id TEXT NOT NULL,"
                               " entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL,"
                               " data TEXT NOT NULL, base_version BIGINT NOT NULL,"
                               " created_at BIGINT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                               " last_error TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX idx_sync_outbox_row ON sync_outbox(entity, entity_id)"),
                QStringLiteral("CREATE TABLE sync_conflicts ("
                               " id {{AUTO_ID}}, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                               " mine TEXT NOT NULL, theirs TEXT NOT NULL,"
                               " theirs_deleted INTEGER NOT NULL DEFAULT 0,"
                               " server_version BIGINT NOT NULL, reason TEXT NOT NULL,"
                               " created_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE sync_blobs ("
                               " sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,"
                               " uploaded INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
            }),
        // Rejected changes are listed apart from conflicts: they can only be read and dismissed.
        Migration::fromSql(m, 2, QStringLiteral("rejected changes"),
                           {QStringLiteral("ALTER TABLE sync_conflicts ADD COLUMN kind TEXT NOT NULL "
                                           "DEFAULT 'conflict'")}),
    };
}

ClientStore::ClientStore(Database& db, std::optional<Actor> actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

Status ClientStore::enqueue(const QString& entity, const QString& entityId, MutationOp op,
                            const QJsonObject& data, qint64 baseVersion)
{
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO sync_outbox (mutation_id, entity, entity_id, op, data, base_version, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), entity, entityId, opName(op), compact(data), baseVersion,
         QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return {};
}

RowLookup ClientStore::lookupFn() const
{
    return [this](const QString& entity, const QString& entityId) -> std::optional<QJsonObject> {
        auto row = get(entity, entityId);
        if (!row || row->deleted)
            return std::nullopt;
        return row->data;
    };
}

std::function<QList<QJsonObject>(const QString&, const QString&)> ClientStore::ownedRowsFn() const
{
    return [this](const QString& entity, const QString& ownerId) {
        // The device keeps no owner column: rows that mention the id at all (ids are UUIDs, so this is a
        // narrow superset); the policy keeps those whose owner field is the id.
        QList<QJsonObject> out;
        auto q = m_db.exec(QStringLiteral("SELECT data FROM sync_rows WHERE entity = ? AND deleted = 0 "
                                          "AND instr(data, ?) > 0"),
                           {entity, ownerId});
        while (q && q->next())
            out.append(parse(q->value(0).toString()));
        return out;
    };
}

Result<QString> ClientStore::put(const QString& entity, const QString& entityIdIn, const QJsonObject& dataIn)
{
    const EntitySpec* spec = EntityRegistry::instance().find(entity);
    if (!spec)
        return Error(tr("Jenis data %1 tidak dikenal").arg(entity), Error::Code::InvalidInput);
    if (spec->rule == ConflictRule::ServerAuthoritative)
        return Error(tr("Data %1 hanya dapat diubah oleh server").arg(entity), Error::Code::Forbidden);
    const QString entityId = entityIdIn.isEmpty() ? newUuid() : entityIdIn;
    QJsonObject data = dataIn;
    Status s = inTransaction(m_db, [&]() -> Status {
        auto current = m_db.exec(
            QStringLiteral("SELECT version, data, deleted FROM sync_rows WHERE entity = ? AND entity_id = ?"),
            {entity, entityId});
        if (!current)
            return current.error();
        const bool exists = current->next();
        if (exists && spec->rule == ConflictRule::AppendOnly)
            return Error(tr("Data %1 tidak dapat diubah setelah dibuat").arg(entity), Error::Code::Conflict);
        const qint64 version = exists ? current->value(0).toLongLong() : 0;
        std::optional<QJsonObject> before;
        if (exists && current->value(2).toInt() == 0)
            before = parse(current->value(1).toString());
        current->finish();
        // The module's rule, checked here as the server will check it.
        if (spec->policy) {
            if (!m_actor)
                return Error(tr("Tidak ada pengguna yang masuk"), Error::Code::Unauthorized);
            WriteContext context{*m_actor, false, 0, entityId, false, before, {}, lookupFn(), ownedRowsFn()};
            auto decided = spec->policy->authorizeWrite(context, data);
            if (!decided)
                return decided.error();
            // Where the row was before, as the policy reads it from the stored row.
            std::optional<QString> currentUnit;
            if (before) {
                QJsonObject previous = *before;
                WriteContext earlier{*m_actor,     false, 0,          entityId,     false,
                                     std::nullopt, {},    lookupFn(), ownedRowsFn()};
                if (auto was = spec->policy->authorizeWrite(earlier, previous))
                    currentUnit = was->unitId;
            }
            if (Status scope = checkWriteScope(*spec, *m_actor, *decided, currentUnit, !before); !scope)
                return scope;
        }
        auto upsert = m_db.exec(
            QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) "
                           "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET "
                           "data = excluded.data, deleted = 0, updated_at = excluded.updated_at"),
            {entity, entityId, version, compact(data), QDateTime::currentMSecsSinceEpoch()});
        if (!upsert)
            return upsert.error();
        if (spec->project) {
            if (Status p = spec->project(m_db, entityId, data, false); !p)
                return p;
        }
        return enqueue(entity, entityId, MutationOp::Upsert, data, version);
    });
    if (!s)
        return s.error();
    return entityId;
}

Status ClientStore::remove(const QString& entity, const QString& entityId)
{
    const EntitySpec* spec = EntityRegistry::instance().find(entity);
    if (!spec || spec->rule != ConflictRule::Optimistic)
        return Error(tr("Data %1 tidak dapat dihapus").arg(entity), Error::Code::Forbidden);
    return inTransaction(m_db, [&]() -> Status {
        auto current =
            m_db.exec(QStringLiteral("SELECT version FROM sync_rows WHERE entity = ? AND entity_id = ?"),
                      {entity, entityId});
        if (!current)
            return current.error();
        if (!current->next())
            return Error(tr("Data tidak ditemukan"), Error::Code::NotFound);
        const qint64 version = current->value(0).toLongLong();
        // A tombstone, not a DELETE: the row must still tell the server what was removed.
        auto r = m_db.exec(QStringLiteral("UPDATE sync_rows SET deleted = 1, data = '{}', updated_at = ? "
                                          "WHERE entity = ? AND entity_id = ?"),
                           {QDateTime::currentMSecsSinceEpoch(), entity, entityId});
        if (!r)
            return r.error();
        return enqueue(entity, entityId, MutationOp::Delete, {}, version);
    });
}

Result<SyncedRow> ClientStore::get(const QString& entity, const QString& entityId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT version, deleted, data, (SELECT COUNT(*) FROM sync_outbox o WHERE "
                                 "o.entity = r.entity AND o.entity_id = r.entity_id) FROM sync_rows r "
                                 "WHERE entity = ? AND entity_id = ?"),
                  {entity, entityId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Data tidak ditemukan"), Error::Code::NotFound);
    return SyncedRow{entity,
                     entityId,
                     q->value(0).toLongLong(),
                     q->value(1).toInt() != 0,
                     q->value(3).toInt() > 0,
                     parse(q->value(2).toString())};
}

Result<QList<SyncedRow>> ClientStore::list(const QString& entity, bool includeDeleted) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT entity_id, version, deleted, data, (SELECT COUNT(*) FROM sync_outbox o "
                       "WHERE o.entity = r.entity AND o.entity_id = r.entity_id) FROM sync_rows r "
                       "WHERE entity = ?") +
            (includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")) +
            QStringLiteral(" ORDER BY entity_id"),
        {entity});
    if (!q)
        return q.error();
    QList<SyncedRow> out;
    while (q->next())
        out.append(SyncedRow{entity, q->value(0).toString(), q->value(1).toLongLong(),
                             q->value(2).toInt() != 0, q->value(4).toInt() > 0,
                             parse(q->value(3).toString())});
    return out;
}

Result<qint64> ClientStore::pendingCount() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<PendingChange>> ClientStore::pendingChanges(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, entity, entity_id, op, data, created_at FROM sync_outbox "
                                      "ORDER BY seq LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<PendingChange> out;
    while (q->next())
        out.append(PendingChange{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString(), parse(q->value(4).toString()),
                                 q->value(5).toLongLong()});
    return out;
}

Result<QList<SyncConflict>> ClientStore::conflicts() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, entity, entity_id, mine, theirs, theirs_deleted, server_version, reason, kind, "
        "created_at FROM sync_conflicts ORDER BY id"));
    if (!q)
        return q.error();
    QList<SyncConflict> out;
    while (q->next())
        out.append(SyncConflict{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                parse(q->value(3).toString()), parse(q->value(4).toString()),
                                q->value(5).toInt() != 0, q->value(6).toLongLong(), q->value(7).toString(),
                                q->value(8).toString() == QLatin1String("rejected"),
                                q->value(9).toLongLong()});
    return out;
}

Status ClientStore::dismissRejected(qint64 conflictId)
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ? AND kind = 'rejected'"),
                       {conflictId});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error(tr("Perubahan yang ditolak tidak ditemukan"), Error::Code::NotFound);
    return {};
}

Status ClientStore::resolveConflict(qint64 conflictId, bool keepMine)
{
    return inTransaction(m_db, [&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("SELECT entity, entity_id, mine, theirs, theirs_deleted, server_version "
                                     "FROM sync_conflicts WHERE id = ? AND kind = 'conflict'"),
                      {conflictId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(tr("Konflik tidak ditemukan"), Error::Code::NotFound);
        const QString entity = q->value(0).toString();
        const QString entityId = q->value(1).toString();
        const QJsonObject mine = parse(q->value(2).toString());
        const QJsonObject theirs = parse(q->value(3).toString());
        const bool theirsDeleted = q->value(4).toInt() != 0;
        const qint64 serverVersion = q->value(5).toLongLong();
        const QJsonObject winner = keepMine ? mine : theirs;
        const bool deleted = !keepMine && theirsDeleted;
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET "
                           "version = excluded.version, data = excluded.data, deleted = excluded.deleted, "
                           "updated_at = excluded.updated_at"),
            {entity, entityId, serverVersion, compact(winner), deleted ? 1 : 0,
             QDateTime::currentMSecsSinceEpoch()});
        if (!r)
            return r.error();
        if (keepMine) {
            // Mine again, now based on the server's version: the next push overwrites theirs.
            if (Status s = enqueue(entity, entityId, MutationOp::Upsert, mine, serverVersion); !s)
                return s;
        }
        auto d = m_db.exec(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {conflictId});
        if (!d)
            return d.error();
        return {};
    });
}

QString ClientStore::state(const QString& key, const QString& fallback) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return v && v->isValid() ? v->toString() : fallback;
}

Status ClientStore::setState(const QString& key, const QString& value)
{
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"),
        {key, value});
    if (!r)
        return r.error();
    return {};
}

Result<QString> ClientStore::addBlob(const QString& filePath, const QString& blobDir)
{
    QFile in(filePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error(tr("Berkas %1 tidak dapat dibaca").arg(filePath), Error::Code::Io);
    if (!QDir().mkpath(blobDir))
        return Error(tr("Folder %1 tidak dapat dibuat").arg(blobDir), Error::Code::Io);
    // Copy and hash in one pass into a temporary file, then name it by its hash.
    QSaveFile out(blobDir + QStringLiteral("/incoming.tmp"));
    if (!out.open(QIODevice::WriteOnly))
        return Error(tr("Folder %1 tidak dapat ditulisi").arg(blobDir), Error::Code::Io);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return Error(tr("Berkas %1 tidak dapat dibaca").arg(filePath), Error::Code::Io);
        hash.addData(chunk);
        size += chunk.size();
        if (out.write(chunk) != chunk.size())
            return Error(tr("Disk penuh atau tidak dapat ditulisi"), Error::Code::Io);
    }
    if (size > kMaxBlobSize)
        return Error(tr("Berkas terlalu besar"), Error::Code::InvalidInput);
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = blobDir + QLatin1Char('/') + sha;
    if (QFile::exists(target)) {
        out.cancelWriting();
    } else {
        if (!out.commit())
            return Error(tr("Disk penuh atau tidak dapat ditulisi"), Error::Code::Io);
        if (!QFile::rename(blobDir + QStringLiteral("/incoming.tmp"), target))
            return Error(tr("Berkas %1 tidak dapat disimpan").arg(target), Error::Code::Io);
    }
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO sync_blobs (sha256, size, uploaded, created_at) VALUES (?, ?, 0, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"),
        {sha, size, QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return sha;
}

Result<bool> ClientStore::discardBlobIfUnreferenced(const QString& sha256, const QString& blobDir)
{
    if (!isSha256String(sha256))
        return Error(tr("Rujukan berkas tidak sah"), Error::Code::InvalidInput);
    // A hash is 64 hex digits, so finding it in a row's JSON text cannot match anything else by chance.
    const QStringList checks{
        QStringLiteral("SELECT 1 FROM sync_blobs WHERE sha256 = ?"),
        QStringLiteral("SELECT 1 FROM sync_rows WHERE instr(data, ?) > 0 LIMIT 1"),
        QStringLiteral("SELECT 1 FROM sync_outbox WHERE instr(data, ?) > 0 LIMIT 1"),
        QStringLiteral("SELECT 1 FROM sync_conflicts WHERE instr(mine || theirs, ?) > 0 LIMIT 1"),
    };
    for (const QString& sql : checks) {
        auto q = m_db.exec(sql, {sha256});
        if (!q)
            return q.error();
        if (q->next())
            return false;
    }
    const QString path = blobDir + QLatin1Char('/') + sha256;
    if (!QFile::exists(path))
        return false;
    if (!QFile::remove(path))
        return Error(tr("Berkas %1 tidak dapat dihapus").arg(path), Error::Code::Io);
    return true;
}

} // namespace lontar::sync
