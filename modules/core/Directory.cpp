#include "core/Directory.h"

#include "core/Module.h"
#include "core/Settings.h"

#include <QJsonArray>

namespace lontar::directory {

namespace {

// Only the server writes the directory; a device that tries is refused with a plain message.
class ServerWrittenPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::directory::ServerWrittenPolicy)

public:
    Result<RowAccess> authorizeWrite(const WriteContext&, QJsonObject&) const override
    {
        return Error(tr("Direktori pegawai hanya diubah oleh admin melalui server"), Error::Code::Forbidden);
    }
};

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QJsonObject unitToJson(const OrgUnit& unit)
{
    return QJsonObject{{QStringLiteral("parentId"), unit.parentId},
                       {QStringLiteral("code"), unit.code},
                       {QStringLiteral("name"), unit.name},
                       {QStringLiteral("kind"), unit.kind},
                       {QStringLiteral("timeZone"), unit.timeZone}};
}

QJsonObject userToJson(const User& user)
{
    QJsonArray roles;
    for (Role r : user.roles)
        roles.append(roleKey(r));
    return QJsonObject{{QStringLiteral("username"), user.username},
                       {QStringLiteral("nip"), user.nip},
                       {QStringLiteral("fullName"), user.fullName},
                       {QStringLiteral("position"), user.position},
                       {QStringLiteral("unitId"), user.unitId},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("active"), user.active},
                       {QStringLiteral("locked"), user.adminLocked},
                       {QStringLiteral("clearance"), user.clearance},
                       {QStringLiteral("credentialVersion"), user.credentialVersion}};
}

Status projectUnit(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        // Units are retired by the server, not removed while people still belong to them.
        auto used = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE unit_id = ?"), {id});
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return {};
        auto r = db.exec(QStringLiteral("DELETE FROM org_units WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    const QString code = data.value(QStringLiteral("code")).toString();
    // The server is authoritative: a local unit with the same code but another id gives way.
    if (auto r = db.exec(
            QStringLiteral("UPDATE org_units SET code = code || '~' || id WHERE code = ? AND id <> ?"),
            {code, id});
        !r)
        return r.error();
    const QString parent = data.value(QStringLiteral("parentId")).toString();
    // The root of the tree is the regency itself: its name heads the login screen and the window.
    if (parent.isEmpty() && data.value(QStringLiteral("kind")).toString() == QLatin1String("pemda")) {
        if (Status s = Settings(db).setValue(Settings::regencyNameKey(),
                                             data.value(QStringLiteral("name")).toString());
            !s)
            return s;
    }
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO org_units (id, parent_id, code, name, kind, time_zone) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, code = excluded.code, "
            "name = excluded.name, kind = excluded.kind, time_zone = excluded.time_zone"),
        {id, nullable(parent), code, data.value(QStringLiteral("name")).toString(),
         data.value(QStringLiteral("kind")).toString(),
         data.value(QStringLiteral("timeZone")).toString(QStringLiteral("Asia/Jakarta"))});
    return r ? Status() : Status(r.error());
}

Status projectUser(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        auto r =
            db.exec(QStringLiteral("UPDATE users SET active = 0, password_hash = '' WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    const QString username = data.value(QStringLiteral("username")).toString();
    // A kiosk account has no NIP; the column is unique, so it keeps the same placeholder as the server.
    const QString nip = IdentityStore::storedNip(data.value(QStringLiteral("nip")).toString(), id);
    const qint64 credentialVersion = qint64(data.value(QStringLiteral("credentialVersion")).toDouble(1));
    const bool active = data.value(QStringLiteral("active")).toBool(true);
    // An admin's lock reaches the device too, so a cached password does not open a locked account.
    const bool locked = data.value(QStringLiteral("locked")).toBool(false);
    // A local account with the same name or NIP but another id is a stale copy: the server's wins.
    if (auto r = db.exec(QStringLiteral("DELETE FROM users WHERE (username = ? OR nip = ?) AND id <> ?"),
                         {username, nip, id});
        !r)
        return r.error();
    auto current = db.exec(QStringLiteral("SELECT credential_version FROM users WHERE id = ?"), {id});
    if (!current)
        return current.error();
    const bool exists = current->next();
    const bool keepVerifier = exists && current->value(0).toLongLong() == credentialVersion && active;
    current->finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString unit = data.value(QStringLiteral("unitId")).toString();
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO users (id, username, nip, full_name, position, unit_id, password_hash, active, "
            "failed_attempts, locked_until, created_at, updated_at, clearance, credential_version) "
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, 0, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET username = excluded.username, nip = excluded.nip, "
            "full_name = excluded.full_name, position = excluded.position, "
            "unit_id = excluded.unit_id, active = excluded.active, "
            "updated_at = excluded.updated_at, clearance = excluded.clearance, "
            "credential_version = excluded.credential_version") +
            // An admin's lock follows the server; a local lock-out after failed logins stays.
            QStringLiteral(", locked_until = CASE WHEN excluded.locked_until >= ? OR users.locked_until >= ? "
                           "THEN excluded.locked_until ELSE users.locked_until END") +
            (keepVerifier ? QString() : QStringLiteral(", password_hash = ''")),
        {id, username, nip, data.value(QStringLiteral("fullName")).toString(),
         data.value(QStringLiteral("position")).toString(), nullable(unit), active ? 1 : 0,
         locked ? kAdminLockUntilMs : qint64(0), now, now, data.value(QStringLiteral("clearance")).toInt(),
         credentialVersion, kAdminLockUntilMs, kAdminLockUntilMs});
    if (!r)
        return r.error();
    if (auto d = db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {id}); !d)
        return d.error();
    for (const QJsonValue& role : data.value(QStringLiteral("roles")).toArray()) {
        if (!roleFromKey(role.toString()))
            continue;
        if (auto i = db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                             {id, role.toString()});
            !i)
            return i.error();
    }
    return {};
}

QList<EntitySpec> entities()
{
    auto policy = std::make_shared<ServerWrittenPolicy>();
    EntitySpec units{
        kUnitEntity, ConflictRule::ServerAuthoritative, ReadScope::Global, 16 * 1024, {}, policy, projectUnit,
        {}};
    EntitySpec users{
        kUserEntity, ConflictRule::ServerAuthoritative, ReadScope::Global, 16 * 1024, {}, policy, projectUser,
        {}};
    return {units, users};
}

} // namespace lontar::directory

namespace lontar {

QList<EntitySpec> CoreModule::syncedEntities() const
{
    return directory::entities();
}

} // namespace lontar
