#include "core/Identity.h"

#include "core/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/Uuid.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lontar {

namespace {
struct RoleInfo
{
    Role role;
    const char* key;
    const char* name;
};

const RoleInfo kRoles[] = {
    {Role::Asn, "asn", QT_TRANSLATE_NOOP("lontar::Role", "ASN")},
    {Role::Atasan, "atasan", QT_TRANSLATE_NOOP("lontar::Role", "Atasan")},
    {Role::Arsiparis, "arsiparis", QT_TRANSLATE_NOOP("lontar::Role", "Arsiparis")},
    {Role::Penandatangan, "penandatangan", QT_TRANSLATE_NOOP("lontar::Role", "Penandatangan")},
    {Role::PejabatPengadaan, "pejabat_pengadaan", QT_TRANSLATE_NOOP("lontar::Role", "Pejabat Pengadaan")},
    {Role::AdminOpd, "admin_opd", QT_TRANSLATE_NOOP("lontar::Role", "Admin OPD")},
    {Role::AdminKatalog, "admin_katalog", QT_TRANSLATE_NOOP("lontar::Role", "Admin Katalog")},
    {Role::Ppk, "ppk", QT_TRANSLATE_NOOP("lontar::Role", "Pejabat Pembuat Komitmen")},
    {Role::Bendahara, "bendahara", QT_TRANSLATE_NOOP("lontar::Role", "Bendahara")},
    {Role::Kiosk, "kiosk", QT_TRANSLATE_NOOP("lontar::Role", "Kios Absensi")},
    {Role::Pencatat, "pencatat", QT_TRANSLATE_NOOP("lontar::Role", "Pencatat Surat")},
    {Role::Kepegawaian, "kepegawaian", QT_TRANSLATE_NOOP("lontar::Role", "Pengelola Kepegawaian")},
};

const char* const kUserColumns = "SELECT id, username, nip, full_name, position, unit_id, active, clearance, "
                                 "credential_version, locked_until "
                                 "FROM users";
} // namespace

QString roleKey(Role role)
{
    for (const auto& info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (const auto& info : kRoles) {
        if (key == QLatin1String(info.key))
            return info.role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const auto& info : kRoles) {
        if (info.role == role)
            return QCoreApplication::translate("lontar::Role", info.name);
    }
    return {};
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto& info : kRoles)
        out.append(info.role);
    return out;
}

IdentityStore::IdentityStore(Database& db)
    : m_db(db)
{}

Status IdentityStore::validatePassword(const QString& password)
{
    // ASVS 5.0 L2: at least 8 characters, 64 allowed, no composition rules.
    if (password.size() < 8)
        return Error(tr("Kata sandi minimal 8 karakter"), Error::Code::InvalidInput);
    if (password.size() > 128)
        return Error(tr("Kata sandi maksimal 128 karakter"), Error::Code::InvalidInput);
    return {};
}

Status IdentityStore::validateNip(const QString& nip)
{
    static const QRegularExpression re(QStringLiteral("^\\d{18}$"));
    if (!re.match(nip).hasMatch())
        return Error(tr("NIP harus 18 digit angka"), Error::Code::InvalidInput);
    return {};
}

bool IdentityStore::mayLackNip(const User& user)
{
    return !user.roles.isEmpty() &&
           std::all_of(user.roles.cbegin(), user.roles.cend(), [](Role r) { return r == Role::Kiosk; });
}

QString IdentityStore::storedNip(const QString& nip, const QString& userId)
{
    return nip.isEmpty() ? QStringLiteral("-") + userId : nip;
}

Result<OrgUnit> IdentityStore::createUnit(OrgUnit unit)
{
    if (unit.code.trimmed().isEmpty() || unit.name.trimmed().isEmpty())
        return Error(tr("Kode dan nama unit wajib diisi"), Error::Code::InvalidInput);
    if (unit.id.isEmpty())
        unit.id = newUuid();
    if (unit.timeZone.isEmpty())
        unit.timeZone = QStringLiteral("Asia/Jakarta");
    auto r = m_db.exec(QStringLiteral("INSERT INTO org_units (id, parent_id, code, name, kind, time_zone) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {unit.id, unit.parentId.isEmpty() ? QVariant() : QVariant(unit.parentId), unit.code,
                        unit.name, unit.kind, unit.timeZone});
    if (!r)
        return r.error();
    return unit;
}

Result<QList<OrgUnit>> IdentityStore::units() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, parent_id, code, name, kind, time_zone FROM org_units ORDER BY code"));
    if (!q)
        return q.error();
    QList<OrgUnit> out;
    while (q->next()) {
        out.append(OrgUnit{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    }
    return out;
}

Result<OrgUnit> IdentityStore::unitById(const QString& id) const
{
    auto all = units();
    if (!all)
        return all.error();
    for (const OrgUnit& u : *all) {
        if (u.id == id)
            return u;
    }
    return Error(tr("Unit tidak ditemukan"), Error::Code::NotFound);
}

Result<QStringList> IdentityStore::subtreeUnitIds(const QString& rootId) const
{
    auto all = units();
    if (!all)
        return all.error();
    QStringList out{rootId};
    // Breadth-first over the parent links; the visited set guards against a cycle in bad data.
    QSet<QString> seen{rootId};
    for (int i = 0; i < out.size(); ++i) {
        for (const OrgUnit& u : *all) {
            if (u.parentId == out.at(i) && !seen.contains(u.id)) {
                seen.insert(u.id);
                out.append(u.id);
            }
        }
    }
    return out;
}

Result<User> IdentityStore::createUser(User user, const QString& password)
{
    if (user.username.trimmed().isEmpty() || user.fullName.trimmed().isEmpty())
        return Error(tr("Nama pengguna dan nama lengkap wajib diisi"), Error::Code::InvalidInput);
    user.nip = user.nip.trimmed();
    if (!(user.nip.isEmpty() && mayLackNip(user))) {
        if (Status s = validateNip(user.nip); !s)
            return s.error();
    }
    if (Status s = validatePassword(password); !s)
        return s.error();
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    if (user.id.isEmpty())
        user.id = newUuid();
    user.username = user.username.trimmed().toLower();

    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString nipColumn = storedNip(user.nip, user.id);
    auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ? OR nip = ?"),
                              {user.username, nipColumn});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return Error(tr("Nama pengguna atau NIP sudah terdaftar"), Error::Code::Conflict);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO users (id, username, nip, full_name, position, unit_id, "
                       "password_hash, active, failed_attempts, locked_until, created_at, updated_at, "
                       "clearance, credential_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)"),
        {user.id, user.username, nipColumn, user.fullName, user.position,
         user.unitId.isEmpty() ? QVariant() : QVariant(user.unitId), *hashed, user.active ? 1 : 0, now, now,
         user.clearance, qMax<qint64>(1, user.credentialVersion)});
    if (!r)
        return r.error();
    for (Role role : std::as_const(user.roles)) {
        auto rr = m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                            {user.id, roleKey(role)});
        if (!rr)
            return rr.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<QList<Role>> IdentityStore::rolesOf(const QString& userId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"), {userId});
    if (!q)
        return q.error();
    QList<Role> roles;
    while (q->next()) {
        if (auto role = roleFromKey(q->value(0).toString()))
            roles.append(*role);
    }
    return roles;
}

Result<User> IdentityStore::userWhere(const QString& column, const QVariant& value) const
{
    auto q = m_db.exec(QString::fromLatin1(kUserColumns) + QStringLiteral(" WHERE ") + column +
                           QStringLiteral(" = ?"),
                       {value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    User u;
    u.id = q->value(0).toString();
    u.username = q->value(1).toString();
    u.nip = q->value(2).toString();
    if (u.nip.startsWith(QLatin1Char('-')))
        u.nip.clear(); // the placeholder of an account without a NIP
    u.fullName = q->value(3).toString();
    u.position = q->value(4).toString();
    u.unitId = q->value(5).toString();
    u.active = q->value(6).toInt() != 0;
    u.clearance = q->value(7).toInt();
    u.credentialVersion = q->value(8).toLongLong();
    u.adminLocked = q->value(9).toLongLong() >= kAdminLockUntilMs;
    auto roles = rolesOf(u.id);
    if (!roles)
        return roles.error();
    u.roles = *roles;
    return u;
}

Result<User> IdentityStore::userByUsername(const QString& username) const
{
    return userWhere(QStringLiteral("username"), username.trimmed().toLower());
}

Result<User> IdentityStore::userById(const QString& id) const
{
    return userWhere(QStringLiteral("id"), id);
}

Result<User> IdentityStore::userByNip(const QString& nip) const
{
    // Only a real NIP finds someone (never the placeholder of an account without one).
    if (!validateNip(nip.trimmed()))
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    return userWhere(QStringLiteral("nip"), nip.trimmed());
}

Result<QList<User>> IdentityStore::users() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM users ORDER BY full_name"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QList<User> out;
    for (const QString& id : std::as_const(ids)) {
        auto u = userById(id);
        if (!u)
            return u.error();
        out.append(*u);
    }
    return out;
}

Result<qint64> IdentityStore::userCount() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status IdentityStore::setPassword(const QString& userId, const QString& newPassword)
{
    if (Status s = validatePassword(newPassword); !s)
        return s;
    auto hashed = PasswordHasher::hash(newPassword);
    if (!hashed)
        return hashed.error();
    auto r =
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = 0, "
                                 "credential_version = credential_version + 1, updated_at = ? WHERE id = ?"),
                  {*hashed, QDateTime::currentMSecsSinceEpoch(), userId});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    return {};
}

Status IdentityStore::setOfflineVerifier(const QString& userId, const QString& password)
{
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    auto r = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                                      "locked_until = 0 WHERE id = ?"),
                       {*hashed, userId});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error(tr("Pengguna tidak ditemukan"), Error::Code::NotFound);
    return {};
}

Authenticator::Authenticator(Database& db, AuditLog* audit, Policy policy, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_policy(policy)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

void Authenticator::record(const QString& actor, const QString& action, const QString& userId,
                           const QJsonObject& details)
{
    if (!m_audit)
        return;
    // A login must not fail because the audit write did; the failure is reported, never hidden.
    if (Status s = m_audit->append(actor, action, QStringLiteral("user"), userId, details); !s)
        qWarning("audit: %s", qPrintable(s.errorMessage()));
}

Result<User> Authenticator::login(const QString& usernameInput, const QString& password)
{
    const QString username = usernameInput.trimmed().toLower();
    const Error wrong(tr("Nama pengguna atau kata sandi salah"), Error::Code::Unauthorized);
    auto q =
        m_db.exec(QStringLiteral("SELECT id, password_hash, active, failed_attempts, locked_until FROM users "
                                 "WHERE username = ?"),
                  {username});
    if (!q)
        return q.error();
    if (!q->next()) {
        // Spend the same work as a real check so response time does not reveal unknown usernames.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("dummy-password")).value();
        PasswordHasher::verify(password, dummy);
        record(username, QStringLiteral("login.unknown_user"), QString());
        return wrong;
    }
    const QString userId = q->value(0).toString();
    const QString storedHash = q->value(1).toString();
    const bool active = q->value(2).toInt() != 0;
    const int failures = q->value(3).toInt();
    const qint64 lockedUntil = q->value(4).toLongLong();
    const qint64 now = m_clock().toMSecsSinceEpoch();

    if (storedHash.isEmpty()) {
        // Known from the directory but never logged in on this device (or the password changed on the
        // server): only the server can check this password.
        record(username, QStringLiteral("login.no_local_verifier"), userId);
        return Error(wrong.message, Error::Code::NotFound);
    }
    if (lockedUntil > now) {
        const qint64 minutes = (lockedUntil - now + 59999) / 60000;
        record(username, QStringLiteral("login.locked"), userId);
        return Error(tr("Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.",
                        nullptr, int(minutes)),
                     Error::Code::Locked);
    }
    if (!PasswordHasher::verify(password, storedHash)) {
        const int newFailures =
            (lockedUntil > 0 ? 0 : failures) + 1; // a lock that expired starts a new count
        const bool lock = newFailures >= m_policy.maxFailures;
        const qint64 newLock = lock ? now + qint64(m_policy.lockoutMinutes) * 60000 : 0;
        auto u =
            m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                      {lock ? 0 : newFailures, newLock, userId});
        if (!u)
            return u.error();
        record(username, lock ? QStringLiteral("login.lockout") : QStringLiteral("login.failure"), userId,
               QJsonObject{{QStringLiteral("failures"), newFailures}});
        if (lock)
            return Error(tr("Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.", nullptr,
                            m_policy.lockoutMinutes),
                         Error::Code::Locked);
        return wrong;
    }
    if (!active) {
        record(username, QStringLiteral("login.inactive"), userId);
        return Error(tr("Akun ini dinonaktifkan. Hubungi admin OPD."), Error::Code::Forbidden);
    }
    auto reset = m_db.exec(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = 0 WHERE id = ?"), {userId});
    if (!reset)
        return reset.error();
    if (PasswordHasher::needsRehash(storedHash)) {
        if (auto h = PasswordHasher::hash(password))
            (void)m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*h, userId});
    }
    record(username, QStringLiteral("login.success"), userId);
    IdentityStore store(m_db);
    return store.userById(userId);
}

} // namespace lontar
