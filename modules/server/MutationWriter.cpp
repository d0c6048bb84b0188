#include "server/MutationWriter.h"

#include "core/AuditLog.h"
#include "server/ServerScope.h"
#include "server/ServerStore.h"
#include "server/ServerUtil.h"

#include <QJsonDocument>

namespace lontar::server {

using namespace lontar::sync;

MutationWriter::MutationWriter(Database& db, const Actor& actor, qint64 nowMs)
    : m_db(db)
    , m_actor(actor)
    , m_now(nowMs)
{}

Status MutationWriter::prepare()
{
    const ScopeFilter visible = visibleTo(m_actor);
    m_visibleBindings = visible.bindings;
    auto select = m_db.prepare(
        QStringLiteral("SELECT version, data, deleted, unit_id, owner_id, sec_level, CASE WHEN ") +
        visible.sql + QStringLiteral(" THEN 1 ELSE 0 END FROM srv_rows WHERE entity = ? AND entity_id = ?"));
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO srv_rows (entity, entity_id, version, data, deleted, unit_id, updated_at, "
        "scope_kind, owner_id, sec_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version, "
        "data = excluded.data, deleted = excluded.deleted, unit_id = excluded.unit_id, "
        "updated_at = excluded.updated_at, scope_kind = excluded.scope_kind, "
        "owner_id = excluded.owner_id, sec_level = excluded.sec_level"));
    auto change = m_db.prepare(QStringLiteral(
        "INSERT INTO srv_changes (entity, entity_id, version, data, deleted, unit_id, device_id, "
        "committed_at, scope_kind, owner_id, sec_level, prev_scope_kind, prev_unit_id, "
        "prev_owner_id, prev_sec_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto* prepared : {&select, &upsert, &change}) {
        if (!*prepared)
            return prepared->error();
    }
    m_select = std::move(*select);
    m_upsertRow = std::move(*upsert);
    m_insertChange = std::move(*change);
    return {};
}

Result<std::optional<MutationWriter::Current>> MutationWriter::load(const QString& entity,
                                                                    const QString& entityId)
{
    QVariantList bindings = m_visibleBindings;
    bindings << entity << entityId;
    auto found = Database::run(*m_select, bindings);
    if (!found)
        return found.error();
    QSqlQuery& q = **found;
    std::optional<Current> out;
    if (q.next()) {
        Current c;
        c.version = q.value(0).toLongLong();
        c.data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        c.deleted = q.value(2).toInt() != 0;
        c.access.unitId = q.value(3).toString();
        c.access.ownerId = q.value(4).toString();
        c.access.securityLevel = q.value(5).toInt();
        c.visible = q.value(6).toInt() != 0;
        out = c;
    }
    q.finish();
    return out;
}

RowLookup MutationWriter::lookupFn()
{
    return [this](const QString& entity, const QString& entityId) -> std::optional<QJsonObject> {
        auto q = m_db.exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ? "
                                          "AND deleted = 0"),
                           {entity, entityId});
        if (!q || !q->next())
            return std::nullopt;
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    };
}

std::function<QList<QJsonObject>(const QString&, const QString&)> MutationWriter::ownedRowsFn()
{
    return [this](const QString& entity, const QString& ownerId) {
        QList<QJsonObject> out;
        auto q = m_db.exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND owner_id = ? "
                                          "AND deleted = 0"),
                           {entity, ownerId});
        while (q && q->next())
            out.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        return out;
    };
}

MutationResult MutationWriter::rejected(qint64 seq, const QString& why, const std::optional<Current>& current)
{
    MutationResult r;
    r.seq = seq;
    r.status = MutationStatus::Rejected;
    r.error = why;
    // The device puts back what the server has (or drops a row the server never accepted).
    if (current && current->visible) {
        r.version = current->version;
        r.serverRow = current->data;
        r.serverDeleted = current->deleted;
    }
    return r;
}

Result<MutationResult> MutationWriter::apply(const Mutation& m)
{
    const EntitySpec* spec = EntityRegistry::instance().find(m.entity);
    if (!spec)
        return rejected(m.seq, tr("Jenis data %1 tidak dikenal server").arg(m.entity.left(40)), std::nullopt);
    if (!isUuidString(m.entityId))
        return rejected(m.seq, tr("Kode data harus UUID"), std::nullopt);
    if (QJsonDocument(m.data).toJson(QJsonDocument::Compact).size() > spec->maxPayloadBytes)
        return rejected(m.seq, tr("Data terlalu besar"), std::nullopt);
    auto loaded = load(m.entity, m.entityId);
    if (!loaded)
        return loaded.error();
    const std::optional<Current>& current = *loaded;
    if (spec->rule == ConflictRule::ServerAuthoritative)
        return rejected(m.seq, tr("Data ini hanya diubah oleh server"), current);
    // An append-only row pushed again by someone who cannot read it (a second admin importing the same
    // terminal log): a duplicate when they sent every field as stored, which reveals nothing they did
    // not already hold. Anything else stays a refusal that says nothing about the row.
    if (spec->rule == ConflictRule::AppendOnly && current && !current->visible && !current->deleted &&
        m.op != MutationOp::Delete && !m.data.isEmpty()) {
        bool same = true;
        for (auto it = m.data.constBegin(); it != m.data.constEnd() && same; ++it)
            same = current->data.value(it.key()) == it.value();
        if (same)
            return MutationResult{m.seq, MutationStatus::Duplicate, current->version, {}, false, {}};
    }
    if (current && !current->visible)
        return rejected(m.seq, tr("Anda tidak berwenang mengubah data ini"), std::nullopt);
    const bool isDelete = m.op == MutationOp::Delete;
    if (spec->rule == ConflictRule::AppendOnly && isDelete)
        return rejected(m.seq, tr("Data ini tidak dapat dihapus"), current);
    if (spec->rule == ConflictRule::AppendOnly && current)
        return MutationResult{m.seq, MutationStatus::Duplicate, current->version, {}, false, {}};
    if (spec->rule == ConflictRule::Optimistic && m.baseVersion != (current ? current->version : 0)) {
        MutationResult r{m.seq, MutationStatus::Conflict, current ? current->version : 0, {}, false, {}};
        if (current) {
            r.serverRow = current->data;
            r.serverDeleted = current->deleted;
        }
        return r;
    }
    if (isDelete && !current)
        return MutationResult{m.seq, MutationStatus::Applied, 0, {}, false, {}};

    QJsonObject data = isDelete ? QJsonObject() : m.data;
    RowAccess access;
    WriteContext context{m_actor,      true, m_now,      m.entityId,   isDelete,
                         std::nullopt, {},   lookupFn(), ownedRowsFn()};
    if (spec->policy) {
        if (current && !current->deleted)
            context.current = current->data;
        if (current)
            context.currentAccess = current->access;
        auto decided = spec->policy->authorizeWrite(context, data);
        if (!decided)
            return rejected(m.seq, decided.errorMessage(), current);
        access = *decided;
    } else {
        access.unitId = current ? current->access.unitId : m_actor.user.unitId;
    }
    if (isDelete && current)
        access = current->access;
    // A follower's copy of its leader is the server's, whatever the policy kept or the client sent; its
    // access is the leader's, so a follower of a letter above the writer's clearance is refused below.
    if (!isDelete) {
        if (const auto followed = refollowOwn(*spec, data))
            access = *followed;
    }
    const bool creating = !current || current->deleted;
    if (spec->scope == ReadScope::Global) {
        access.unitId.clear();
    } else if (Status s = checkWriteScope(
                   *spec, m_actor, access,
                   current ? std::optional<QString>(current->access.unitId) : std::nullopt, creating);
               !s) {
        return rejected(m.seq, s.errorMessage(), current);
    }
    for (const QString& sha : std::as_const(access.blobs)) {
        auto readable = mayReadBlob(m_db, m_actor, sha);
        if (!readable)
            return readable.error();
        if (!*readable)
            return rejected(m.seq, tr("Berkas yang dirujuk belum diunggah oleh unit Anda"), current);
    }
    const qint64 newVersion = (current ? current->version : 0) + 1;
    if (Status s = write(*spec, m.entityId, data, isDelete, access, current, newVersion, m_actor.deviceId);
        !s)
        return s.error();
    if (spec->policy) {
        if (const auto note = spec->policy->auditNote(context, data)) {
            if (Status s = AuditLog(m_db).append(m_actor.user.username, note->action, m.entity, m.entityId,
                                                 note->details);
                !s)
                return s.error();
        }
    }
    // A deleted leader leaves its followers as they were (no entity deletes a leader with followers).
    if (!isDelete) {
        if (Status s = refollowAll(m.entity, m.entityId, data); !s)
            return s.error();
    }
    return MutationResult{m.seq, MutationStatus::Applied, newVersion, {}, false, {}};
}

std::optional<RowAccess> MutationWriter::refollowOwn(const EntitySpec& spec, QJsonObject& data)
{
    if (spec.follows.entity.isEmpty() || !spec.policy)
        return std::nullopt;
    const QString leaderId = data.value(spec.follows.field).toString();
    if (!isUuidString(leaderId))
        return std::nullopt;
    const RowLookup lookup = lookupFn();
    const std::optional<QJsonObject> leader = lookup(spec.follows.entity, leaderId);
    if (!leader)
        return std::nullopt;
    return spec.policy->refollow(*leader, data, lookup);
}

Status MutationWriter::refollowAll(const QString& leaderEntity, const QString& leaderId,
                                   const QJsonObject& leader)
{
    const RowLookup lookup = lookupFn();
    for (const EntitySpec& spec : EntityRegistry::instance().all()) {
        if (spec.follows.entity != leaderEntity || !spec.policy)
            continue;
        // The links table, not the followers' JSON: one indexed read per leader write.
        auto linked =
            m_db.exec(QStringLiteral("SELECT follower_id FROM srv_row_links WHERE leader_entity = ? "
                                     "AND leader_id = ? AND follower_entity = ? ORDER BY follower_id"),
                      {leaderEntity, leaderId, spec.name});
        if (!linked)
            return linked.error();
        QStringList ids;
        while (linked->next())
            ids.append(linked->value(0).toString());
        linked->finish();
        for (const QString& id : std::as_const(ids)) {
            auto loaded = load(spec.name, id);
            if (!loaded)
                return loaded.error();
            if (!*loaded || (*loaded)->deleted)
                continue;
            Current cur = **loaded;
            // The row's blobs are kept in srv_blob_refs only.
            auto refs = m_db.exec(QStringLiteral("SELECT sha256 FROM srv_blob_refs WHERE entity = ? AND "
                                                 "entity_id = ? ORDER BY sha256"),
                                  {spec.name, id});
            if (!refs)
                return refs.error();
            while (refs->next())
                cur.access.blobs.append(refs->value(0).toString());
            QJsonObject next = cur.data;
            std::optional<RowAccess> access = spec.policy->refollow(leader, next, lookup);
            if (!access)
                continue;
            QStringList blobs = access->blobs;
            blobs.sort();
            blobs.removeDuplicates();
            const bool same = next == cur.data && access->unitId == cur.access.unitId &&
                              access->ownerId == cur.access.ownerId &&
                              access->securityLevel == cur.access.securityLevel && blobs == cur.access.blobs;
            if (same)
                continue;
            if (Status s =
                    write(spec, id, next, false, *access, cur, cur.version + 1, QStringLiteral("server"));
                !s)
                return s;
            // Who caused it and what it changed in access, for a reviewer asking why a row left a device.
            const QJsonObject details{{QStringLiteral("leaderEntity"), leaderEntity},
                                      {QStringLiteral("leaderId"), leaderId},
                                      {QStringLiteral("secLevelBefore"), cur.access.securityLevel},
                                      {QStringLiteral("secLevel"), access->securityLevel},
                                      {QStringLiteral("ownerBefore"), cur.access.ownerId},
                                      {QStringLiteral("owner"), access->ownerId}};
            if (Status s = AuditLog(m_db).append(m_actor.user.username, QStringLiteral("sync.row.refollowed"),
                                                 spec.name, id, details);
                !s)
                return s;
        }
    }
    return {};
}

Status MutationWriter::write(const EntitySpec& spec, const QString& entityId, const QJsonObject& data,
                             bool deleted, const RowAccess& access, const std::optional<Current>& current,
                             qint64 newVersion, const QString& deviceId)
{
    const QString text = deleted ? QStringLiteral("{}")
                                 : QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const QString kind = readScopeKey(spec.scope);
    auto row =
        Database::run(*m_upsertRow, {spec.name, entityId, newVersion, text, deleted ? 1 : 0, access.unitId,
                                     m_now, kind, access.ownerId, access.securityLevel});
    if (!row)
        return row.error();
    const RowAccess before = current ? current->access : RowAccess{};
    auto change = Database::run(*m_insertChange, {spec.name, entityId, newVersion, text, deleted ? 1 : 0,
                                                  access.unitId, deviceId, m_now, kind, access.ownerId,
                                                  access.securityLevel, current ? kind : QString(),
                                                  before.unitId, before.ownerId, before.securityLevel});
    if (!change)
        return change.error();
    // The blobs this row references, for the read rule of blobs.
    auto clear = m_db.exec(QStringLiteral("DELETE FROM srv_blob_refs WHERE entity = ? AND entity_id = ?"),
                           {spec.name, entityId});
    if (!clear)
        return clear.error();
    if (!deleted) {
        for (const QString& sha : access.blobs) {
            auto ref = m_db.exec(
                QStringLiteral("INSERT INTO srv_blob_refs (sha256, entity, entity_id) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING"),
                {sha, spec.name, entityId});
            if (!ref)
                return ref.error();
        }
    }
    // The follower's link to its leader, so a leader's write finds its followers without reading JSON.
    if (!spec.follows.entity.isEmpty()) {
        auto unlink = m_db.exec(
            QStringLiteral("DELETE FROM srv_row_links WHERE follower_entity = ? AND follower_id = ?"),
            {spec.name, entityId});
        if (!unlink)
            return unlink.error();
        const QString leaderId = data.value(spec.follows.field).toString();
        if (!deleted && isUuidString(leaderId)) {
            auto link = m_db.exec(QStringLiteral("INSERT INTO srv_row_links (leader_entity, leader_id, "
                                                 "follower_entity, follower_id) VALUES (?, ?, ?, ?) "
                                                 "ON CONFLICT DO NOTHING"),
                                  {spec.follows.entity, leaderId, spec.name, entityId});
            if (!link)
                return link.error();
        }
    }
    return {};
}

Migration linkMigration(const QString& module, int version)
{
    // Rows that follow another row (EntitySpec::follows), by leader: written with every follower write.
    return Migration::fromSql(
        module, version, QStringLiteral("rows that follow another row"),
        {QStringLiteral(
             "CREATE TABLE srv_row_links (follower_entity TEXT NOT NULL, follower_id TEXT NOT NULL,"
             " leader_entity TEXT NOT NULL, leader_id TEXT NOT NULL,"
             " PRIMARY KEY (follower_entity, follower_id))"),
         QStringLiteral("CREATE INDEX idx_srv_row_links_leader ON srv_row_links(leader_entity, leader_id)")});
}

} // namespace lontar::server
