#include "server/ServerScope.h"

#include "server/ServerUtil.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>

#include <algorithm>

namespace lontar::server {

namespace {
// Entities whose reader roles the actor holds: they see those rows regency-wide.
QStringList readerEntities(const Actor& actor)
{
    QStringList out;
    for (const EntitySpec& spec : sync::EntityRegistry::instance().all()) {
        for (Role role : spec.readerRoles) {
            if (actor.user.hasRole(role)) {
                out.append(spec.name);
                break;
            }
        }
    }
    out.sort();
    return out;
}

// Entities restricted to roles the actor does not hold: none of their rows reach them.
QStringList closedEntities(const Actor& actor)
{
    QStringList out;
    for (const EntitySpec& spec : sync::EntityRegistry::instance().all()) {
        if (spec.onlyRoles.isEmpty())
            continue;
        const bool holds = std::any_of(spec.onlyRoles.cbegin(), spec.onlyRoles.cend(),
                                       [&](Role r) { return actor.user.hasRole(r); });
        if (!holds)
            out.append(spec.name);
    }
    return out;
}

void appendIn(ScopeFilter& f, const QString& column, const QStringList& values)
{
    if (values.isEmpty()) {
        f.sql += QStringLiteral("1 = 0");
        return;
    }
    f.sql += column + QStringLiteral(" IN (") + detail::inList(int(values.size())) + QLatin1Char(')');
    for (const QString& v : values)
        f.bindings.append(v);
}
} // namespace

ScopeFilter visibleTo(const Actor& actor, const QString& prefix)
{
    const QString kind = prefix + QStringLiteral("scope_kind");
    const QString unit = prefix + QStringLiteral("unit_id");
    const QString owner = prefix + QStringLiteral("owner_id");
    const QString level = prefix + QStringLiteral("sec_level");
    ScopeFilter f;
    // Global rows; the owner's own rows; otherwise within clearance and by unit, supervision or role.
    f.sql = QStringLiteral(
                "(%1 = 'global' OR (%1 <> '' AND %2 = ?) OR (%1 <> '' AND %3 <= ? AND ((%1 = 'unit' AND ")
                .arg(kind, owner, level);
    f.bindings << (actor.user.id.isEmpty() ? QStringLiteral("-") : actor.user.id) << actor.clearance;
    appendIn(f, unit, actor.unitSubtree);
    f.sql += QStringLiteral(") OR (%1 = 'owner' AND ? = 1 AND ").arg(kind);
    f.bindings << (actor.isAtasan() ? 1 : 0);
    appendIn(f, unit, actor.unitSubtree);
    f.sql += QStringLiteral(") OR (");
    appendIn(f, QStringLiteral("entity"), readerEntities(actor));
    f.sql += QStringLiteral("))))");
    const QStringList closed = closedEntities(actor);
    if (!closed.isEmpty()) {
        f.sql = QStringLiteral("(") + f.sql + QStringLiteral(" AND entity NOT IN (") +
                detail::inList(int(closed.size())) + QStringLiteral("))");
        for (const QString& e : closed)
            f.bindings.append(e);
    }
    return f;
}

QString scopeFingerprint(const Actor& actor)
{
    QStringList units = actor.unitSubtree;
    units.sort();
    QStringList roles;
    for (Role r : actor.user.roles)
        roles.append(roleKey(r));
    roles.sort();
    const QString text = actor.user.id + QLatin1Char('|') + units.join(QLatin1Char(',')) + QLatin1Char('|') +
                         roles.join(QLatin1Char(',')) + QLatin1Char('|') + QString::number(actor.clearance) +
                         QLatin1Char('|') + readerEntities(actor).join(QLatin1Char(','));
    return detail::sha256Hex(text.toUtf8());
}

Result<bool> mayReadBlob(Database& db, const Actor& actor, const QString& sha256)
{
    ScopeFilter f;
    // An upload of one's own unit tree opens the blob, unless a row that references it is above the
    // reader's clearance (a letter's PDF after the letter was made rahasia).
    f.sql = QStringLiteral("SELECT 1 FROM srv_blob_units WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                           "srv_blob_refs b JOIN srv_rows r ON r.entity = b.entity AND r.entity_id = "
                           "b.entity_id WHERE b.sha256 = ? AND r.deleted = 0 AND r.sec_level > ?) AND ");
    f.bindings << sha256 << sha256 << actor.clearance;
    appendIn(f, QStringLiteral("unit_id"), actor.unitSubtree);
    auto own = db.exec(f.sql, f.bindings);
    if (!own)
        return own.error();
    if (own->next())
        return true;
    const ScopeFilter visible = visibleTo(actor);
    QVariantList bindings{sha256};
    bindings.append(visible.bindings);
    auto referenced = db.exec(QStringLiteral("SELECT 1 FROM srv_rows WHERE (entity, entity_id) IN "
                                             "(SELECT entity, entity_id FROM srv_blob_refs WHERE sha256 = ?) "
                                             "AND deleted = 0 AND ") +
                                  visible.sql + QStringLiteral(" LIMIT 1"),
                              bindings);
    if (!referenced)
        return referenced.error();
    return referenced->next();
}

} // namespace lontar::server
