#include "attendance/EventPolicy.h"

#include "attendance/AttendanceModule.h"
#include "attendance/ClockEvents.h"
#include "attendance/Kiosk.h"
#include "core/Directory.h"
#include "core/Uuid.h"

#include <QJsonArray>
#include <QTimeZone>

namespace lontar::attendance {

namespace {

Error forbidden(const QString& message)
{
    return Error(message, Error::Code::Forbidden);
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

bool onlyKeys(const QJsonObject& o, const QStringList& keys)
{
    const QStringList present = o.keys();
    return std::all_of(present.cbegin(), present.cend(), [&](const QString& k) { return keys.contains(k); });
}

bool isWhole(const QJsonValue& v, qint64 min)
{
    const double d = v.toDouble();
    return v.isDouble() && d == double(qint64(d)) && d >= double(min) && d <= 9.0e15;
}

bool shortString(const QJsonValue& v, int max)
{
    return v.isString() && v.toString().size() <= max;
}

// The session's device must be the one that recorded the row. A device actor built before the device
// id was known carries none; the server always has it and repeats the check.
bool sameDevice(const WriteContext& context, const QString& deviceId)
{
    if (!context.onServer && context.actor.deviceId.isEmpty())
        return true;
    return deviceId == context.actor.deviceId;
}

class EventPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::EventPolicy)

public:
    explicit EventPolicy(TrustConfig config)
        : m_config(config)
    {
        m_schema.uuid(QStringLiteral("userId"), true)
            .string(QStringLiteral("deviceId"), true, 64)
            .enumeration(QStringLiteral("kind"), true, {QStringLiteral("in"), QStringLiteral("out")})
            .enumeration(QStringLiteral("source"), true, {kSourceDevice, kSourceKiosk, kSourceTerminal})
            .timestamp(QStringLiteral("claimedAt"), true)
            .string(QStringLiteral("timeZone"), true, 64)
            .add({QStringLiteral("anchor"), FieldSchema::Type::Object, false, 0, {}})
            .integer(QStringLiteral("bootMs"), false)
            .string(QStringLiteral("bootId"), false, 100)
            .integer(QStringLiteral("seq"), true)
            .string(QStringLiteral("prevHash"), false, 64)
            .sha256(QStringLiteral("hash"), true)
            .add({QStringLiteral("evidence"), FieldSchema::Type::Object, false, 0, {}});
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Catatan absensi tidak dapat dihapus"));
        // Decided by the server alone: whatever a client sends for them is dropped.
        for (const QString& key :
             {QStringLiteral("receivedAt"), QStringLiteral("trustedAt"), QStringLiteral("flags")})
            data.remove(key);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (Status s = checkShape(data); !s)
            return s.error();
        ClockEvent e = ClockEvent::fromJson(data);
        // A device cannot lie about what it hashed: the chain links this exact content.
        if (e.computeHash() != e.hash)
            return invalid(tr("Sidik (hash) catatan absensi tidak sesuai dengan isinya"));
        if (!QTimeZone(e.timeZone.toUtf8()).isValid())
            return invalid(tr("Zona waktu %1 tidak dikenal").arg(e.timeZone.left(64)));
        if (!sameDevice(context, e.deviceId))
            return forbidden(tr("Catatan absensi hanya dapat dikirim oleh perangkat yang mencatatnya"));

        auto subject = subjectOf(context, e.userId);
        if (!subject)
            return subject.error();
        const Actor& actor = context.actor;
        const bool kioskActor = actor.user.hasRole(Role::Kiosk);
        QString expectedId;
        if (e.source == kSourceTerminal) {
            if (!actor.user.hasRole(Role::AdminOpd) && !actor.user.hasRole(Role::Kepegawaian))
                return forbidden(
                    tr("Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin "
                       "absensi"));
            if (!actor.unitSubtree.contains(subject->unitId))
                return forbidden(tr("Pegawai ini berada di luar unit kerja Anda"));
            if (e.seq != 0 || !e.prevHash.isEmpty() || e.anchor)
                return invalid(tr("Catatan mesin absensi tidak memiliki urutan perangkat"));
            if (subject->nip.isEmpty())
                return invalid(tr("Pegawai ini tidak memiliki NIP"));
            expectedId = terminalEventId(subject->nip, e.claimedAt, e.timeZone, e.kind);
        } else {
            if (e.seq < 1 || e.bootId.isEmpty() || e.bootMs < 0)
                return invalid(tr("Catatan absensi perangkat memerlukan nomor urut dan jam sejak menyala"));
            if (!e.prevHash.isEmpty() && !isSha256String(e.prevHash))
                return invalid(tr("Kolom prevHash tidak valid"));
            if (e.source == kSourceKiosk) {
                if (!kioskActor)
                    return forbidden(tr("Hanya kios absensi yang dapat mencatat dengan sumber kios"));
                if (e.userId == actor.user.id)
                    return forbidden(tr("Kios absensi tidak mencatat kehadiran akunnya sendiri"));
                if (!actor.unitSubtree.contains(subject->unitId))
                    return forbidden(tr("Kios ini hanya mencatat kehadiran pegawai unitnya"));
            } else {
                if (kioskActor)
                    return forbidden(tr("Kios absensi mencatat dengan sumber kios"));
                if (e.userId != actor.user.id)
                    return forbidden(tr("Anda hanya dapat mencatat kehadiran Anda sendiri"));
            }
            expectedId = deviceEventId(e.deviceId, e.seq);
        }
        if (context.entityId != expectedId)
            return invalid(tr("Kode catatan absensi tidak sesuai dengan perangkat dan nomor urutnya"));
        if (!subject->timeZone.isEmpty() && subject->timeZone != e.timeZone)
            return invalid(tr("Zona waktu catatan harus zona kantor pegawai (%1)").arg(subject->timeZone));

        if (context.onServer)
            stamp(context, e, data);
        RowAccess access;
        access.unitId = subject->unitId;
        access.ownerId = e.userId;
        return access;
    }

private:
    // Nested objects are as strict as the row: known keys, bounded sizes.
    static Status checkShape(const QJsonObject& data)
    {
        if (data.contains(QStringLiteral("anchor"))) {
            const QJsonObject a = data.value(QStringLiteral("anchor")).toObject();
            if (!onlyKeys(a, {QStringLiteral("serverTimeMs"), QStringLiteral("bootMs"),
                              QStringLiteral("bootId")}) ||
                !isWhole(a.value(QStringLiteral("serverTimeMs")), 1) ||
                !isWhole(a.value(QStringLiteral("bootMs")), 0) ||
                !shortString(a.value(QStringLiteral("bootId")), 100) ||
                a.value(QStringLiteral("bootId")).toString().isEmpty())
                return invalid(tr("Kolom anchor tidak valid"));
        }
        const QJsonObject ev = data.value(QStringLiteral("evidence")).toObject();
        if (data.value(QStringLiteral("source")).toString() == kSourceTerminal) {
            if (!onlyKeys(ev,
                          {QStringLiteral("terminalId"), QStringLiteral("file"), QStringLiteral("line")}) ||
                (ev.contains(QStringLiteral("terminalId")) &&
                 !shortString(ev.value(QStringLiteral("terminalId")), 64)) ||
                (ev.contains(QStringLiteral("file")) &&
                 !shortString(ev.value(QStringLiteral("file")), 200)) ||
                (ev.contains(QStringLiteral("line")) && !isWhole(ev.value(QStringLiteral("line")), 0)))
                return invalid(tr("Kolom evidence tidak valid"));
        } else {
            const QString network = ev.value(QStringLiteral("network")).toString();
            if (!onlyKeys(ev,
                          {QStringLiteral("network"), QStringLiteral("address"), QStringLiteral("subnet")}) ||
                (ev.contains(QStringLiteral("network")) && !ev.value(QStringLiteral("network")).isString()) ||
                !(network.isEmpty() || network == QLatin1String("kantor") ||
                  network == QLatin1String("luar")) ||
                (ev.contains(QStringLiteral("address")) &&
                 !shortString(ev.value(QStringLiteral("address")), 64)) ||
                (ev.contains(QStringLiteral("subnet")) &&
                 !shortString(ev.value(QStringLiteral("subnet")), 64)))
                return invalid(tr("Kolom evidence tidak valid"));
        }
        return {};
    }

    // The server's verdict: receipt time, trusted time, flags (time and chain).
    void stamp(const WriteContext& context, const ClockEvent& e, QJsonObject& data) const
    {
        std::optional<qint64> trusted;
        QStringList flags;
        if (e.source == kSourceTerminal) {
            trusted = e.claimedAt;
            flags.append(flag::kTerminal);
            if (e.claimedAt > context.serverTimeMs + m_config.toleranceMs)
                flags.append(flag::kFuture);
        } else {
            const TimeVerdict v = assessTime(e.claim(), context.serverTimeMs, m_config);
            trusted = v.trustedAt;
            flags = v.flags;
            flags += chainFlags(context, e, trusted);
        }
        data.insert(QStringLiteral("receivedAt"), context.serverTimeMs);
        if (trusted)
            data.insert(QStringLiteral("trustedAt"), *trusted);
        data.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    }

    static QStringList chainFlags(const WriteContext& context, const ClockEvent& e,
                                  const std::optional<qint64>& trusted)
    {
        if (e.seq == 1)
            return e.prevHash.isEmpty() ? QStringList() : QStringList{flag::kChainBreak};
        const auto previous = context.find(kEventEntity, deviceEventId(e.deviceId, e.seq - 1));
        if (!previous)
            return {flag::kChainGap};
        QStringList flags;
        const ClockEvent p = ClockEvent::fromJson(*previous);
        if (p.hash != e.prevHash)
            flags.append(flag::kChainBreak);
        // An old event sent again at a new position: its time does not move forward.
        if (trusted && p.trustedAt &&
            (*trusted < *p.trustedAt || (*trusted == *p.trustedAt && p.kind == e.kind)))
            flags.append(flag::kReplay);
        return flags;
    }

    TrustConfig m_config;
    FieldSchema m_schema;
};

class MarkPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::MarkPolicy)

public:
    MarkPolicy()
    {
        m_schema.string(QStringLiteral("deviceId"), true, 64)
            .uuid(QStringLiteral("unitId"), true)
            .integer(QStringLiteral("lastSeq"), true)
            .timestamp(QStringLiteral("recordedAt"), true);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Tanda sinkronisasi perangkat tidak dapat dihapus"));
        data.remove(QStringLiteral("receivedAt"));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        const QString device = data.value(QStringLiteral("deviceId")).toString();
        if (data.value(QStringLiteral("lastSeq")).toDouble() < 0)
            return invalid(tr("Kolom lastSeq tidak valid"));
        if (!sameDevice(context, device))
            return forbidden(tr("Tanda sinkronisasi hanya dapat ditulis oleh perangkatnya sendiri"));
        if (context.entityId != markId(device))
            return invalid(tr("Kode tanda sinkronisasi tidak sesuai dengan perangkatnya"));
        const QString unit = data.value(QStringLiteral("unitId")).toString();
        if (unit != context.actor.user.unitId)
            return forbidden(tr("Tanda sinkronisasi harus memakai unit kerja pengguna perangkat"));
        if (context.onServer)
            data.insert(QStringLiteral("receivedAt"), context.serverTimeMs);
        RowAccess access;
        access.unitId = unit;
        return access;
    }

private:
    FieldSchema m_schema;
};

} // namespace

Result<Subject> subjectOf(const WriteContext& context, const QString& userId)
{
    const auto user = context.find(directory::kUserEntity, userId);
    if (!user) {
        if (!context.onServer && userId == context.actor.user.id)
            return Subject{context.actor.user.unitId, context.actor.user.nip, {}};
        return Error(QCoreApplication::translate("lontar::attendance::EventPolicy",
                                                 "Pegawai tidak ditemukan di direktori"),
                     Error::Code::NotFound);
    }
    if (!user->value(QStringLiteral("active")).toBool(true))
        return Error(
            QCoreApplication::translate("lontar::attendance::EventPolicy", "Akun pegawai ini nonaktif"),
            Error::Code::Forbidden);
    Subject s;
    s.unitId = user->value(QStringLiteral("unitId")).toString();
    s.nip = user->value(QStringLiteral("nip")).toString();
    if (const auto unit = context.find(directory::kUnitEntity, s.unitId))
        s.timeZone = unit->value(QStringLiteral("timeZone")).toString();
    if (s.unitId.isEmpty())
        return Error(QCoreApplication::translate("lontar::attendance::EventPolicy",
                                                 "Pegawai ini belum memiliki unit kerja"),
                     Error::Code::InvalidInput);
    return s;
}

QString markId(const QString& deviceId)
{
    return nameBasedUuid(QStringLiteral("attendance/mark/") + deviceId);
}

std::shared_ptr<const EntityPolicy> makeEventPolicy(TrustConfig config)
{
    return std::make_shared<EventPolicy>(config);
}

std::shared_ptr<const EntityPolicy> makeMarkPolicy()
{
    return std::make_shared<MarkPolicy>();
}

QList<Migration> eventMigrations()
{
    const QString key = QStringLiteral("attendance-events");
    return {
        Migration::fromSql(
            key, 1, QStringLiteral("clock events, device marks, chain state, kiosk PINs and lock-outs"),
            {
                QStringLiteral("CREATE TABLE att_events (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                               "unit_id TEXT NOT NULL, device_id TEXT NOT NULL, kind TEXT NOT NULL, "
                               "source TEXT NOT NULL, at_ms BIGINT NOT NULL, claimed_ms BIGINT NOT NULL, "
                               "time_zone TEXT NOT NULL, work_date TEXT NOT NULL, flags TEXT NOT NULL, "
                               "received_at BIGINT NOT NULL, seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX idx_att_events_date_user ON att_events(work_date, user_id)"),
                QStringLiteral("CREATE INDEX idx_att_events_user_date ON att_events(user_id, work_date)"),
                // The recap reads a month by instant, and one person's days by user and instant.
                QStringLiteral("CREATE INDEX idx_att_events_at ON att_events(at_ms)"),
                QStringLiteral("CREATE INDEX idx_att_events_user_at ON att_events(user_id, at_ms)"),
                QStringLiteral("CREATE TABLE att_marks (device_id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, "
                               "last_seq BIGINT NOT NULL, recorded_at BIGINT NOT NULL, "
                               "received_at BIGINT NOT NULL)"),
                // This device's chain: the position and hash the next event links to.
                QStringLiteral(
                    "CREATE TABLE att_chain (device_id TEXT PRIMARY KEY, last_seq BIGINT NOT NULL, "
                    "last_hash TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
                // On a kiosk: the newest PIN verifier per user.
                QStringLiteral("CREATE TABLE att_pins (user_id TEXT PRIMARY KEY, row_id TEXT NOT NULL, "
                               "nip TEXT NOT NULL, verifier TEXT NOT NULL, set_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX idx_att_pins_nip ON att_pins(nip)"),
                // Failed PINs per NIP and when a lock began, by boot clock, anchored and wall time.
                QStringLiteral(
                    "CREATE TABLE att_kiosk_lockout (nip TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
                    "locked INTEGER NOT NULL DEFAULT 0, boot_id TEXT NOT NULL DEFAULT '', "
                    "boot_ms BIGINT NOT NULL DEFAULT 0, anchored_ms BIGINT NOT NULL DEFAULT 0, "
                    "wall_ms BIGINT NOT NULL DEFAULT 0)"),
            }),
        // The recap reads a month of events by instant: an index holding every column it reads lets it
        // scan the index in order instead of fetching each row from the table (a page read per event).
        Migration::fromSql(
            key, 2, QStringLiteral("covering index for the monthly recap"),
            {
                QStringLiteral("DROP INDEX idx_att_events_at"),
                QStringLiteral("CREATE INDEX idx_att_events_recap ON att_events(at_ms, user_id, "
                               "kind, device_id, received_at, flags, id)"),
            }),
    };
}

QList<EntitySpec> eventEntities()
{
    EntitySpec events{kEventEntity,
                      ConflictRule::AppendOnly,
                      ReadScope::OwnerAndSupervisors,
                      4 * 1024,
                      {Role::Kepegawaian},
                      makeEventPolicy(),
                      projectEvent,
                      {}};
    EntitySpec marks{kDeviceMarkEntity,
                     ConflictRule::Optimistic,
                     ReadScope::UnitSubtree,
                     1024,
                     {},
                     makeMarkPolicy(),
                     projectMark,
                     {}};
    EntitySpec pins{
        kPinEntity,   ConflictRule::AppendOnly, ReadScope::UnitSubtree, 1024, {}, makePinPolicy(), projectPin,
        {Role::Kiosk}};
    return {events, marks, pins};
}

} // namespace lontar::attendance
