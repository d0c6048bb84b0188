#include "attendance/Kiosk.h"

#include "attendance/AttendanceModule.h"
#include "attendance/EventPolicy.h"
#include "core/AuditLog.h"
#include "core/BootClock.h"
#include "core/PasswordHasher.h"
#include "sync/ClockAnchor.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lontar::attendance {

namespace {

bool isNipText(const QString& nip)
{
    static const QRegularExpression re(QStringLiteral("^\\d{18}$"));
    return re.match(nip).hasMatch();
}

class PinPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::PinPolicy)

public:
    PinPolicy()
    {
        m_schema.uuid(QStringLiteral("userId"), true)
            .string(QStringLiteral("nip"), true, 18)
            .string(QStringLiteral("verifier"), true, 200);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return Error(tr("PIN absensi tidak dihapus; setel PIN baru"), Error::Code::Forbidden);
        data.remove(QStringLiteral("setAt"));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        const QString userId = data.value(QStringLiteral("userId")).toString();
        const QString nip = data.value(QStringLiteral("nip")).toString();
        if (!isNipText(nip))
            return Error(tr("NIP harus 18 digit angka"), Error::Code::InvalidInput);
        // Never a PIN in clear: only an Argon2id verifier is accepted.
        if (!data.value(QStringLiteral("verifier")).toString().startsWith(QLatin1String("$argon2id$")))
            return Error(tr("Verifier PIN harus Argon2id"), Error::Code::InvalidInput);
        auto subject = subjectOf(context, userId);
        if (!subject)
            return subject.error();
        if (subject->nip != nip)
            return Error(tr("NIP tidak sesuai dengan direktori pegawai"), Error::Code::InvalidInput);
        const Actor& actor = context.actor;
        const bool own = actor.user.id == userId;
        const bool admin = actor.user.hasRole(Role::AdminOpd) && actor.unitSubtree.contains(subject->unitId);
        if (!own && !admin)
            return Error(tr("PIN absensi hanya disetel oleh pegawainya sendiri atau admin OPD unitnya"),
                         Error::Code::Forbidden);
        if (context.onServer)
            data.insert(QStringLiteral("setAt"), context.serverTimeMs);
        RowAccess access;
        access.unitId = subject->unitId;
        access.ownerId = userId;
        return access;
    }

private:
    FieldSchema m_schema;
};

// Spends the same Argon2id work as a real check, so an unknown NIP answers like a wrong PIN.
const QString& dummyVerifier()
{
    static const QString dummy = PasswordHasher::hash(QStringLiteral("000000")).value();
    return dummy;
}

} // namespace

std::shared_ptr<const EntityPolicy> makePinPolicy()
{
    return std::make_shared<PinPolicy>();
}

bool isValidPin(const QString& pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
    return re.match(pin).hasMatch();
}

Status projectPin(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM att_pins WHERE row_id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    // A row not yet on the server has no setAt: until then it counts as set now.
    const qint64 setAt = data.contains(QStringLiteral("setAt"))
                             ? qint64(data.value(QStringLiteral("setAt")).toDouble())
                             : QDateTime::currentMSecsSinceEpoch();
    auto r = db.exec(
        QStringLiteral("INSERT INTO att_pins (user_id, row_id, nip, verifier, set_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (user_id) DO UPDATE SET row_id = excluded.row_id, nip = excluded.nip, "
                       "verifier = excluded.verifier, set_at = excluded.set_at "
                       "WHERE excluded.row_id = att_pins.row_id OR excluded.set_at > att_pins.set_at OR "
                       "(excluded.set_at = att_pins.set_at AND excluded.row_id > att_pins.row_id)"),
        {data.value(QStringLiteral("userId")).toString(), id, data.value(QStringLiteral("nip")).toString(),
         data.value(QStringLiteral("verifier")).toString(), setAt});
    return r ? Status() : Status(r.error());
}

PinRegistry::PinRegistry(Database& db, sync::ClientStore& store)
    : m_db(db)
    , m_store(store)
{}

Status PinRegistry::setPin(const QString& userId, const QString& pin)
{
    if (!isValidPin(pin))
        return Error(tr("PIN harus tepat 6 digit angka"), Error::Code::InvalidInput);
    auto user = IdentityStore(m_db).userById(userId);
    if (!user)
        return user.error();
    if (user->nip.isEmpty())
        return Error(tr("Akun tanpa NIP tidak memakai PIN absensi"), Error::Code::InvalidInput);
    auto verifier = PasswordHasher::hash(pin);
    if (!verifier)
        return verifier.error();
    auto put = m_store.put(kPinEntity, {},
                           QJsonObject{{QStringLiteral("userId"), userId},
                                       {QStringLiteral("nip"), user->nip},
                                       {QStringLiteral("verifier"), *verifier}});
    return put ? Status() : Status(put.error());
}

KioskSession::KioskSession(Database& db, sync::ClientStore& store, Actor kiosk, AuditLog* audit,
                           KioskConfig config)
    : m_db(db)
    , m_store(store)
    , m_kiosk(std::move(kiosk))
    , m_audit(audit)
    , m_config(config)
{}

std::optional<qint64> KioskSession::anchoredNowMs() const
{
    const auto anchor = sync::ClockAnchor::load(m_store);
    return anchor ? anchor->trustedNowMs() : std::nullopt;
}

Result<qint64> KioskSession::lockedForMs(const QString& nip) const
{
    auto q = m_db.exec(QStringLiteral("SELECT locked, boot_id, boot_ms, anchored_ms, wall_ms FROM "
                                      "att_kiosk_lockout WHERE nip = ?"),
                       {nip.trimmed()});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toInt() == 0)
        return qint64(0);
    const QString bootId = q->value(1).toString();
    const qint64 bootMs = q->value(2).toLongLong();
    const qint64 anchoredMs = q->value(3).toLongLong();
    const qint64 wallMs = q->value(4).toLongLong();
    q->finish();
    qint64 elapsed = 0;
    const qint64 bootNow = BootClock::nowMs();
    if (bootId == BootClock::bootId() && bootNow >= bootMs) {
        elapsed = bootNow - bootMs;
    } else if (const auto anchored = anchoredNowMs(); anchored && anchoredMs > 0) {
        elapsed = *anchored - anchoredMs;
    } else {
        // Rebooted and no server time yet: the wall clock may only shorten nothing (never negative).
        elapsed = QDateTime::currentMSecsSinceEpoch() - wallMs;
    }
    return qMax<qint64>(0, m_config.lockoutMs - qMax<qint64>(0, elapsed));
}

Status KioskSession::recordFailure(const QString& nip)
{
    auto remaining = lockedForMs(nip);
    if (!remaining)
        return remaining.error();
    auto q = m_db.exec(QStringLiteral("SELECT failures, locked FROM att_kiosk_lockout WHERE nip = ?"), {nip});
    if (!q)
        return q.error();
    int failures = 0;
    if (q->next())
        failures = q->value(1).toInt() != 0 && *remaining == 0
                       ? 0
                       : q->value(0).toInt(); // an expired lock starts over
    q->finish();
    ++failures;
    const bool lock = failures >= m_config.maxFailures;
    const auto anchored = anchoredNowMs();
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO att_kiosk_lockout (nip, failures, locked, boot_id, boot_ms, anchored_ms, "
            "wall_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nip) DO UPDATE SET "
            "failures = excluded.failures, locked = excluded.locked, boot_id = excluded.boot_id, "
            "boot_ms = excluded.boot_ms, anchored_ms = excluded.anchored_ms, wall_ms = excluded.wall_ms"),
        {nip, failures, lock ? 1 : 0, BootClock::bootId(), BootClock::nowMs(), anchored.value_or(0),
         QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    if (lock && m_audit) {
        if (Status s = m_audit->append(m_kiosk.user.username, QStringLiteral("attendance.kiosk.lockout"),
                                       QStringLiteral("nip"), nip,
                                       QJsonObject{{QStringLiteral("failures"), failures}});
            !s)
            qWarning("audit: %s", qPrintable(s.errorMessage()));
    }
    return {};
}

Status KioskSession::clearFailures(const QString& nip)
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM att_kiosk_lockout WHERE nip = ?"), {nip});
    return r ? Status() : Status(r.error());
}

Result<User> KioskSession::identify(const QString& nipIn, const QString& pin)
{
    const QString nip = nipIn.trimmed();
    if (!isNipText(nip))
        return Error(tr("NIP harus 18 digit angka"), Error::Code::InvalidInput);
    if (!isValidPin(pin))
        return Error(tr("PIN harus tepat 6 digit angka"), Error::Code::InvalidInput);
    auto locked = lockedForMs(nip);
    if (!locked)
        return locked.error();
    auto lockedError = [](qint64 ms) {
        const int minutes = int((ms + 59999) / 60000);
        return Error(tr("NIP ini dikunci karena PIN salah berulang kali. Coba lagi dalam %n menit atau minta "
                        "admin membuka kios.",
                        nullptr, minutes),
                     Error::Code::Locked);
    };
    if (*locked > 0)
        return lockedError(*locked);

    // The newest verifier of the user holding this NIP now, within the kiosk's unit tree.
    auto q = m_db.exec(QStringLiteral("SELECT p.verifier, u.id, u.unit_id FROM att_pins p JOIN users u ON "
                                      "u.id = p.user_id WHERE p.nip = ? AND u.nip = ? AND u.active = 1"),
                       {nip, nip});
    if (!q)
        return q.error();
    QString verifier;
    QString userId;
    while (q->next()) {
        if (m_kiosk.unitSubtree.contains(q->value(2).toString())) {
            verifier = q->value(0).toString();
            userId = q->value(1).toString();
        }
    }
    q->finish();
    const bool known = !userId.isEmpty();
    const bool ok = PasswordHasher::verify(pin, known ? verifier : dummyVerifier()) && known;
    if (!ok) {
        if (Status s = recordFailure(nip); !s)
            return s.error();
        auto now = lockedForMs(nip);
        if (now && *now > 0)
            return lockedError(*now);
        return Error(tr("NIP atau PIN salah"), Error::Code::Unauthorized);
    }
    if (Status s = clearFailures(nip); !s)
        return s.error();
    return IdentityStore(m_db).userById(userId);
}

Result<ClockEvent> KioskSession::clock(const QString& nip, const QString& pin, EventKind kind,
                                       const Evidence& evidence)
{
    auto user = identify(nip, pin);
    if (!user)
        return user.error();
    ClockService service(m_db, m_store, m_kiosk);
    return service.clock(kind, user->id, evidence);
}

Result<User> KioskSession::checkAdmin(const QString& adminUsername, const QString& adminPassword)
{
    Authenticator auth(m_db, m_audit);
    auto admin = auth.login(adminUsername, adminPassword);
    if (!admin)
        return admin.error();
    auto actor = Actor::forUser(m_db, *admin);
    if (!actor)
        return actor.error();
    if (!admin->hasRole(Role::AdminOpd) || !actor->unitSubtree.contains(m_kiosk.user.unitId))
        return Error(tr("Hanya admin OPD dari unit kios ini yang dapat membukanya"), Error::Code::Forbidden);
    return *admin;
}

Status KioskSession::unlockAll(const QString& adminUsername, const QString& adminPassword)
{
    auto admin = checkAdmin(adminUsername, adminPassword);
    if (!admin)
        return admin.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM att_kiosk_lockout"));
    if (!r)
        return r.error();
    if (m_audit) {
        if (Status s = m_audit->append(admin->username, QStringLiteral("attendance.kiosk.unlock"),
                                       QStringLiteral("user"), m_kiosk.user.id);
            !s)
            qWarning("audit: %s", qPrintable(s.errorMessage()));
    }
    return {};
}

} // namespace lontar::attendance
