#include "server/Directory.h"

#include "core/Directory.h"
#include "core/Identity.h"
#include "server/ServerUtil.h"

#include <QJsonDocument>

namespace lontar::server {

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Writes one directory row when its JSON differs from the published one.
Result<bool> publishOne(Database& db, const QString& entity, const QString& id, const QJsonObject& data,
                        qint64 now)
{
    const QString text = compact(data);
    auto current =
        db.exec(QStringLiteral("SELECT version, data FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                {entity, id});
    if (!current)
        return current.error();
    qint64 version = 0;
    if (current->next()) {
        version = current->value(0).toLongLong();
        if (current->value(1).toString() == text)
            return false;
    }
    current->finish();
    auto row =
        db.exec(QStringLiteral(
                    "INSERT INTO srv_rows (entity, entity_id, version, data, deleted, unit_id, updated_at, "
                    "scope_kind, owner_id, sec_level) VALUES (?, ?, ?, ?, 0, '', ?, 'global', '', 0) "
                    "ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version, "
                    "data = excluded.data, deleted = 0, updated_at = excluded.updated_at"),
                {entity, id, version + 1, text, now});
    if (!row)
        return row.error();
    auto change =
        db.exec(QStringLiteral(
                    "INSERT INTO srv_changes (entity, entity_id, version, data, deleted, unit_id, device_id, "
                    "committed_at, scope_kind, owner_id, sec_level, prev_scope_kind) "
                    "VALUES (?, ?, ?, ?, 0, '', 'server', ?, 'global', '', 0, ?)"),
                {entity, id, version + 1, text, now, version > 0 ? QStringLiteral("global") : QString()});
    if (!change)
        return change.error();
    return true;
}
} // namespace

Result<int> publishDirectory(Database& db, qint64 nowMs)
{
    JoinedTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = detail::lockChangeLog(db); !s)
        return s.error();
    IdentityStore ids(db);
    auto units = ids.units();
    if (!units)
        return units.error();
    int published = 0;
    // Units first, parents before children, so a device can apply them in order.
    QList<OrgUnit> ordered;
    QSet<QString> placed;
    while (ordered.size() < units->size()) {
        const qsizetype before = ordered.size();
        for (const OrgUnit& u : std::as_const(*units)) {
            if (!placed.contains(u.id) && (u.parentId.isEmpty() || placed.contains(u.parentId))) {
                ordered.append(u);
                placed.insert(u.id);
            }
        }
        if (ordered.size() == before)
            break; // a cycle or a dangling parent in bad data: publish the rest as they are
    }
    for (const OrgUnit& u : std::as_const(*units)) {
        if (!placed.contains(u.id))
            ordered.append(u);
    }
    for (const OrgUnit& u : std::as_const(ordered)) {
        auto r = publishOne(db, directory::kUnitEntity, u.id, directory::unitToJson(u), nowMs);
        if (!r)
            return r.error();
        published += *r ? 1 : 0;
    }
    auto users = ids.users();
    if (!users)
        return users.error();
    for (const User& u : std::as_const(*users)) {
        auto r = publishOne(db, directory::kUserEntity, u.id, directory::userToJson(u), nowMs);
        if (!r)
            return r.error();
        published += *r ? 1 : 0;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return published;
}

} // namespace lontar::server
