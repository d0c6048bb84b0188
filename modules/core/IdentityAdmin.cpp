#include "core/IdentityAdmin.h"

#include "core/EntityPolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace lontar {

namespace {

// Joins the caller's transaction (the server publishes the directory in the same one) or opens its own.
QJsonArray roleKeys(const QList<Role>& roles)
{
    QJsonArray out;
    for (Role r : roles)
        out.append(roleKey(r));
    return out;
}

QList<Role> distinct(const QList<Role>& roles)
{
    QList<Role> out;
    for (Role r : roles) {
        if (!out.contains(r))
            out.append(r);
    }
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

IdentityAdmin::IdentityAdmin(Database& db, AuditLog& audit, User actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Status IdentityAdmin::validateUsername(const QString& username)
{
    // Short and plain: user names end up in logs, device lists and the audit trail.
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!re.match(username).hasMatch())
        return Error(tr("Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
                        "hubung"),
                     Error::Code::InvalidInput);
    return {};
}

Status IdentityAdmin::validateClearance(int clearance)
{
    if (clearance < int(SecurityClass::Biasa) || clearance > int(SecurityClass::SangatRahasia))
        return Error(tr("Tingkat akses keamanan harus 0 sampai 3"), Error::Code::InvalidInput);
    return {};
}

Status IdentityAdmin::validateText(const QString& text, const QString& label, bool required, int maxLength)
{
    if (required && text.trimmed().isEmpty())
        return Error(tr("%1 wajib diisi").arg(label), Error::Code::InvalidInput);
    if (text.size() > maxLength)
        return Error(tr("%1 maksimal %2 karakter").arg(label).arg(maxLength), Error::Code::InvalidInput);
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        // Tabs, new lines, escape sequences and direction overrides would forge lines in lists and logs.
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            return Error(tr("%1 berisi karakter yang tidak diizinkan").arg(label), Error::Code::InvalidInput);
    }
    return {};
}

Result<User> IdentityAdmin::requireAdmin() const
{
    const Error forbidden(tr("Hanya admin OPD yang boleh mengubah data pengguna"), Error::Code::Forbidden);
    if (!m_actor.hasRole(Role::AdminOpd) || !m_actor.active)
        return forbidden;
    // The caller's copy may be stale (a desktop session that started before the role was removed).
    auto current = IdentityStore(m_db).userById(m_actor.id);
    if (!current)
        return current.error().code == Error::Code::NotFound ? forbidden : current.error();
    if (!current->hasRole(Role::AdminOpd) || !current->active)
        return forbidden;
    return current;
}

Result<QStringList> IdentityAdmin::unitsOf(const User& admin) const
{
    if (admin.unitId.isEmpty())
        return QStringList();
    return IdentityStore(m_db).subtreeUnitIds(admin.unitId);
}

Result<QStringList> IdentityAdmin::managedUnits() const
{
    auto admin = requireAdmin();
    if (!admin)
        return admin.error().code == Error::Code::Forbidden ? Result<QStringList>(QStringList())
                                                            : admin.error();
    return unitsOf(*admin);
}

Result<User> IdentityAdmin::managedUser(const QString& userId) const
{
    auto admin = requireAdmin();
    if (!admin)
        return admin.error();
    auto units = unitsOf(*admin);
    if (!units)
        return units.error();
    auto user = IdentityStore(m_db).userById(userId);
    // Outside the admin's tree looks exactly like unknown: ids of other offices are not confirmed.
    if (!user && user.error().code != Error::Code::NotFound)
        return user.error();
    if (!user || !units->contains(user->unitId))
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    return user;
}

Result<QList<User>> IdentityAdmin::managedUsers() const
{
    auto admin = requireAdmin();
    if (!admin)
        return admin.error();
    auto units = unitsOf(*admin);
    if (!units)
        return units.error();
    auto all = IdentityStore(m_db).users();
    if (!all)
        return all.error();
    QList<User> out;
    for (const User& u : std::as_const(*all)) {
        if (units->contains(u.unitId))
            out.append(u);
    }
    return out;
}

Status IdentityAdmin::audited(const QString& action, const QString& userId, const QJsonObject& details)
{
    return m_audit.append(m_actor.username, action, QStringLiteral("user"), userId, details);
}

Status IdentityAdmin::update(const QString& sql, const QVariantList& bindings)
{
    auto r = m_db.exec(sql, bindings);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    return {};
}

Result<User> IdentityAdmin::createUser(const User& input, const QString& initialPassword)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto admin = requireAdmin();
    if (!admin)
        return admin.error();
    User user = input;
    user.id.clear(); // always a fresh id: an admin never picks or reuses one
    user.username = user.username.trimmed().toLower();
    user.nip = user.nip.trimmed();
    user.fullName = user.fullName.trimmed();
    user.position = user.position.trimmed();
    user.roles = distinct(user.roles);
    user.active = true;
    user.credentialVersion = 1;
    for (const Status& s :
         {validateUsername(user.username), validateText(user.fullName, tr("Nama lengkap"), true, 200),
          validateText(user.position, tr("Jabatan"), false, 200),
          user.nip.isEmpty() && IdentityStore::mayLackNip(user) ? Status()
                                                                : IdentityStore::validateNip(user.nip),
          validateClearance(user.clearance)}) {
        if (!s)
            return s.error();
    }
    // A user without a unit could not work with anyone: sync refuses them.
    if (user.unitId.isEmpty())
        return Error(tr("Unit kerja wajib dipilih"), Error::Code::InvalidInput);
    auto units = unitsOf(*admin);
    if (!units)
        return units.error();
    if (!units->contains(user.unitId))
        return Error(tr("Unit tidak ditemukan"), Error::Code::NotFound);
    auto created = IdentityStore(m_db).createUser(user, initialPassword);
    if (!created)
        return created.error();
    if (Status s = audited(QStringLiteral("user.create"), created->id,
                           QJsonObject{{QStringLiteral("username"), created->username},
                                       {QStringLiteral("unitId"), created->unitId},
                                       {QStringLiteral("roles"), roleKeys(created->roles)},
                                       {QStringLiteral("clearance"), created->clearance}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<User> IdentityAdmin::updateProfile(const QString& userId, const UserProfileChange& change)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (!change.fullName && !change.position && !change.nip)
        return Error(tr("Tidak ada data yang diubah"), Error::Code::InvalidInput);
    User updated = *user;
    QJsonArray fields;
    if (change.fullName) {
        updated.fullName = change.fullName->trimmed();
        if (Status s = validateText(updated.fullName, tr("Nama lengkap"), true, 200); !s)
            return s.error();
        fields.append(QStringLiteral("fullName"));
    }
    if (change.position) {
        updated.position = change.position->trimmed();
        if (Status s = validateText(updated.position, tr("Jabatan"), false, 200); !s)
            return s.error();
        fields.append(QStringLiteral("position"));
    }
    if (change.nip) {
        updated.nip = change.nip->trimmed();
        if (Status s = IdentityStore::validateNip(updated.nip); !s)
            return s.error();
        auto taken = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE nip = ? AND id <> ?"),
                                 {updated.nip, userId});
        if (!taken)
            return taken.error();
        if (taken->toInt() > 0)
            return Error(tr("NIP sudah terdaftar"), Error::Code::Conflict);
        fields.append(QStringLiteral("nip"));
    }
    if (Status s =
            update(QStringLiteral("UPDATE users SET full_name = ?, position = ?, nip = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   {updated.fullName, updated.position, updated.nip, nowMs(), userId});
        !s)
        return s.error();
    if (Status s =
            audited(QStringLiteral("user.update"), userId, QJsonObject{{QStringLiteral("fields"), fields}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return updated;
}

Status IdentityAdmin::moveToUnit(const QString& userId, const QString& unitId)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (unitId.isEmpty())
        return Error(tr("Unit kerja wajib dipilih"), Error::Code::InvalidInput);
    auto units = managedUnits();
    if (!units)
        return units.error();
    // The destination must be in the admin's tree too: nobody hands a person to another office.
    if (!units->contains(unitId))
        return Error(tr("Unit tidak ditemukan"), Error::Code::NotFound);
    if (Status s = update(QStringLiteral("UPDATE users SET unit_id = ?, updated_at = ? WHERE id = ?"),
                          {unitId, nowMs(), userId});
        !s)
        return s;
    if (Status s =
            audited(QStringLiteral("user.move"), userId,
                    QJsonObject{{QStringLiteral("from"), user->unitId}, {QStringLiteral("to"), unitId}});
        !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::setRoles(const QString& userId, const QList<Role>& requested)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    const QList<Role> roles = distinct(requested);
    // Otherwise an office could be left without anyone who can administer it.
    if (user->id == m_actor.id && !roles.contains(Role::AdminOpd))
        return Error(tr("Anda tidak dapat mencabut peran admin OPD Anda sendiri"), Error::Code::Forbidden);
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}); !r)
        return r.error();
    for (Role role : roles) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                               {userId, roleKey(role)});
            !r)
            return r.error();
    }
    if (Status s = update(QStringLiteral("UPDATE users SET updated_at = ? WHERE id = ?"), {nowMs(), userId});
        !s)
        return s;
    if (Status s = audited(QStringLiteral("user.roles"), userId,
                           QJsonObject{{QStringLiteral("from"), roleKeys(user->roles)},
                                       {QStringLiteral("to"), roleKeys(roles)}});
        !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::setClearance(const QString& userId, int clearance)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (Status s = validateClearance(clearance); !s)
        return s;
    if (Status s = update(QStringLiteral("UPDATE users SET clearance = ?, updated_at = ? WHERE id = ?"),
                          {clearance, nowMs(), userId});
        !s)
        return s;
    if (Status s = audited(
            QStringLiteral("user.clearance"), userId,
            QJsonObject{{QStringLiteral("from"), user->clearance}, {QStringLiteral("to"), clearance}});
        !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::resetPassword(const QString& userId, const QString& newPassword)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (Status s = IdentityStore::validatePassword(newPassword); !s)
        return s;
    // setPassword clears a lock-out and bumps the credential version: devices that cached a verifier of
    // the old password drop it when the directory arrives.
    if (Status s = IdentityStore(m_db).setPassword(userId, newPassword); !s)
        return s;
    if (Status s = audited(QStringLiteral("user.password_reset"), userId); !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::lock(const QString& userId)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (user->id == m_actor.id)
        return Error(tr("Anda tidak dapat mengunci akun Anda sendiri"), Error::Code::Forbidden);
    if (Status s =
            update(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   {kAdminLockUntilMs, nowMs(), userId});
        !s)
        return s;
    if (Status s = audited(QStringLiteral("user.lock"), userId); !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::unlock(const QString& userId)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (Status s =
            update(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = 0, updated_at = ? "
                                  "WHERE id = ?"),
                   {nowMs(), userId});
        !s)
        return s;
    if (Status s = audited(QStringLiteral("user.unlock"), userId); !s)
        return s;
    return tx.commit();
}

Status IdentityAdmin::setActive(const QString& userId, bool active)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto user = managedUser(userId);
    if (!user)
        return user.error();
    if (user->id == m_actor.id && !active)
        return Error(tr("Anda tidak dapat menonaktifkan akun Anda sendiri"), Error::Code::Forbidden);
    if (Status s = update(QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"),
                          {active ? 1 : 0, nowMs(), userId});
        !s)
        return s;
    if (Status s =
            audited(active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"), userId);
        !s)
        return s;
    return tx.commit();
}

Result<bool> IdentityAdmin::isLocked(const QString& userId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {userId});
    if (!v)
        return v.error();
    return v->toLongLong() > nowMs();
}

} // namespace lontar
