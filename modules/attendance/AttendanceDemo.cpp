#include "attendance/AttendanceDemo.h"

#include "attendance/AttendanceCli.h"
#include "attendance/AttendanceModule.h"
#include "attendance/ClockEvents.h"
#include "attendance/Requests.h"
#include "core/Identity.h"
#include "core/Module.h"
#include "core/Uuid.h"
#include "sync/SyncProtocol.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <functional>

namespace lontar::attendance {

namespace {

using RowsFor = std::function<std::unique_ptr<AttendanceRows>(const Actor& actor, qint64 nowMs)>;

// A standalone profile's rows as a demo server would have sent them: the entity's policy runs as on the
// server (with the given clock), then the row is stored as pulled and projected. Nothing is queued.
class PulledRows final : public AttendanceRows
{
public:
    PulledRows(Database& db, Actor actor, qint64 nowMs)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_now(nowMs)
    {}
    Database& database() override { return m_db; }
    const Actor& actor() const override { return m_actor; }
    qint64 nowMs() const override { return m_now; }

    Result<Written> write(const QString& entity, const QString& id, const QJsonObject& dataIn) override
    {
        const EntitySpec* spec = sync::EntityRegistry::instance().find(entity);
        if (!spec || !spec->policy)
            return Error(QStringLiteral("entity %1 not registered").arg(entity), Error::Code::Generic);
        auto cur = m_db.exec(QStringLiteral("SELECT version, data FROM sync_rows WHERE entity = ? AND "
                                            "entity_id = ? AND deleted = 0"),
                             {entity, id});
        if (!cur)
            return cur.error();
        qint64 version = 0;
        std::optional<QJsonObject> current;
        if (cur->next()) {
            version = cur->value(0).toLongLong();
            current = QJsonDocument::fromJson(cur->value(1).toString().toUtf8()).object();
        }
        cur->finish();
        if (current && spec->rule == ConflictRule::AppendOnly)
            return Written{Outcome::Duplicate, {}};
        QJsonObject data = dataIn;
        Database& db = m_db;
        const RowLookup lookup = [&db](const QString& e, const QString& eid) -> std::optional<QJsonObject> {
            auto q = db.exec(QStringLiteral("SELECT data FROM sync_rows WHERE entity = ? AND entity_id = ? "
                                            "AND deleted = 0"),
                             {e, eid});
            if (!q || !q->next())
                return std::nullopt;
            return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        };
        WriteContext context{m_actor, true, m_now, id, false, current, {}, lookup};
        auto decided = spec->policy->authorizeWrite(context, data);
        if (!decided)
            return Written{Outcome::Refused, decided.errorMessage()};
        auto up = m_db.exec(
            QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, updated_at) "
                           "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET "
                           "version = excluded.version, data = excluded.data, deleted = 0, "
                           "updated_at = excluded.updated_at"),
            {entity, id, version + 1, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
             m_now});
        if (!up)
            return up.error();
        if (spec->project) {
            if (Status s = spec->project(m_db, id, data, false); !s)
                return s.error();
        }
        return Written{Outcome::Added, {}};
    }

private:
    Database& m_db;
    Actor m_actor;
    qint64 m_now;
};

void registerEntities()
{
    if (sync::EntityRegistry::instance().find(kEventEntity) &&
        sync::EntityRegistry::instance().find(kRequestEntity))
        return;
    CoreModule core;
    AttendanceModule attendance;
    sync::EntityRegistry::instance().addModules({&core, &attendance});
}

qint64 at(const QDate& date, int minutesOfDay, const QTimeZone& zone)
{
    return QDateTime(date, QTime(0, 0).addSecs(minutesOfDay * 60), zone).toMSecsSinceEpoch();
}

struct Person
{
    User user;
    QString zone;
    Actor actor;
    QString lastHash;
    qint64 seq = 0;
};

class DemoWriter
{
public:
    explicit DemoWriter(RowsFor rowsFor)
        : m_rowsFor(std::move(rowsFor))
    {}

    Status write(const Actor& actor, qint64 nowMs, const QString& entity, const QString& id,
                 const QJsonObject& data)
    {
        auto rows = m_rowsFor(actor, nowMs);
        auto w = rows->write(entity, id, data);
        if (!w)
            return w.error();
        if (w->outcome == AttendanceRows::Outcome::Refused)
            return Error(QStringLiteral("demo %1 %2: %3").arg(entity, actor.user.username, w->reason),
                         Error::Code::Generic);
        return {};
    }

    // One event on the person's own device, anchored at the day's first sync; `offMs` moves only the
    // device's wall clock (a flagged event).
    Status clock(Person& p, EventKind kind, qint64 t, qint64 anchorMs, qint64 offMs = 0)
    {
        ClockEvent e;
        e.userId = p.user.id;
        e.deviceId = p.actor.deviceId;
        e.kind = kind;
        e.source = kSourceDevice;
        e.claimedAt = t + offMs;
        e.timeZone = p.zone;
        e.anchor = TimeAnchor{anchorMs, 60'000,
                              QStringLiteral("demo-boot-%1-%2").arg(p.user.username).arg(anchorMs)};
        e.bootMs = 60'000 + (t - anchorMs);
        e.bootId = e.anchor->bootId;
        e.seq = ++p.seq;
        e.prevHash = p.lastHash;
        e.evidence =
            QJsonObject{{QStringLiteral("network"), QStringLiteral("kantor")},
                        {QStringLiteral("address"), QStringLiteral("10.20.1.%1").arg(10 + p.seq % 200)},
                        {QStringLiteral("subnet"), QStringLiteral("10.20.0.0/16")}};
        e.hash = e.computeHash();
        p.lastHash = e.hash;
        return write(p.actor, t + 20'000, kEventEntity, deviceEventId(e.deviceId, e.seq), e.toJson());
    }

private:
    RowsFor m_rowsFor;
};

QList<QDate> workDates(const QDate& from, const QDate& to)
{
    QList<QDate> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !isBuiltInHoliday(d))
            out.append(d);
    }
    return out;
}

Status seed(Database& db, const QDate& today, const RowsFor& rowsFor)
{
    registerEntities();
    IdentityStore ids(db);
    auto units = ids.units();
    if (!units)
        return units.error();
    auto users = ids.users();
    if (!users)
        return users.error();
    QHash<QString, QString> zoneOfUnit;
    for (const OrgUnit& u : *units)
        zoneOfUnit.insert(u.id, u.timeZone.isEmpty() ? QStringLiteral("Asia/Jakarta") : u.timeZone);
    QList<Person> people;
    for (const User& u : *users) {
        if (!u.active || u.nip.isEmpty() || u.unitId.isEmpty() || u.hasRole(Role::Kiosk))
            continue;
        const QString device = QStringLiteral("demo-") + u.username;
        auto actor = Actor::forUser(db, u, device);
        if (!actor)
            return actor.error();
        people.append(Person{u, zoneOfUnit.value(u.unitId, QStringLiteral("Asia/Jakarta")), *actor, {}, 0});
    }
    std::sort(people.begin(), people.end(),
              [](const Person& a, const Person& b) { return a.user.username < b.user.username; });
    const auto find = [&](const QString& username) -> Person* {
        for (Person& p : people) {
            if (p.user.username == username)
                return &p;
        }
        return nullptr;
    };

    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QList<QDate> lastMonth = workDates(from, from.addMonths(1).addDays(-1));
    const QList<QDate> thisMonth = workDates(from.addMonths(1), today);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DemoWriter writer(rowsFor);

    Transaction tx(db);
    if (!tx.status())
        return tx.status();

    // One approved sick leave (the staff member, two days in the second week of last month, decided by
    // their kabid) and one cuti tahunan still waiting (next week).
    Person* staf = find(QStringLiteral("staf"));
    Person* kabid = find(QStringLiteral("kabid"));
    QList<QDate> sickDays;
    if (staf && kabid && lastMonth.size() > 8) {
        sickDays = {lastMonth.at(6), lastMonth.at(7)};
        const QTimeZone zone(staf->zone.toUtf8());
        RequestDraft sick{RequestKind::CutiSakit,
                          sickDays.first(),
                          sickDays.last(),
                          QStringLiteral("Demam, surat keterangan dokter terlampir"),
                          {},
                          {},
                          0};
        const QString sickId = nameBasedUuid(QStringLiteral("demo/attendance/request/staf/sakit"));
        const qint64 asked = at(sickDays.first(), 6 * 60 + 40, zone);
        if (Status s =
                writer.write(staf->actor, asked, kRequestEntity, sickId, requestRow(sick, staf->actor));
            !s)
            return s;
        QJsonObject approved = requestRow(sick, staf->actor);
        approved.insert(QStringLiteral("state"), requestStateKey(RequestState::Disetujui));
        approved.insert(QStringLiteral("note"), QStringLiteral("Semoga lekas sembuh"));
        if (Status s = writer.write(kabid->actor, asked + 2 * 3600'000, kRequestEntity, sickId, approved); !s)
            return s;
        QDate monday = today.addDays(8 - today.dayOfWeek());
        RequestDraft leave{RequestKind::CutiTahunan,
                           monday,
                           monday.addDays(1),
                           QStringLiteral("Keperluan keluarga"),
                           {},
                           {},
                           0};
        if (Status s = writer.write(staf->actor, now - 3600'000, kRequestEntity,
                                    nameBasedUuid(QStringLiteral("demo/attendance/request/staf/cuti")),
                                    requestRow(leave, staf->actor));
            !s)
            return s;
    }

    // The flagged event: the kabid's clock-in on the third work day of the month ran 10 minutes fast.
    const QDate flaggedDay = thisMonth.size() >= 3 ? thisMonth.at(2) : lastMonth.value(lastMonth.size() - 3);
    for (int index = 0; index < people.size(); ++index) {
        Person& p = people[index];
        const QTimeZone zone(p.zone.toUtf8());
        for (const QList<QDate>* month : {&lastMonth, &thisMonth}) {
            for (const QDate& d : *month) {
                if (&p == staf && sickDays.contains(d))
                    continue;
                QRandomGenerator rng(quint32(d.toJulianDay() * 131 + index * 7919));
                const int r = int(rng.bounded(100));
                int inMin = 7 * 60 + 30;
                if (r < 75)
                    inMin -= 5 + int(rng.bounded(26)); // 07:04–07:25
                else if (r < 90)
                    inMin += 1 + int(rng.bounded(30)); // TL1
                else if (r < 97)
                    inMin += 31 + int(rng.bounded(30)); // TL2
                else
                    inMin += 61 + int(rng.bounded(35)); // TL3/TL4
                const int end = d.dayOfWeek() == 5 ? 16 * 60 + 30 : 16 * 60;
                const int r2 = int(rng.bounded(100));
                int outMin = end;
                if (r2 < 85)
                    outMin += int(rng.bounded(40));
                else if (r2 < 95)
                    outMin -= 1 + int(rng.bounded(30)); // PSW1
                else
                    outMin -= 31 + int(rng.bounded(40)); // PSW2/PSW3
                const qint64 inAt = at(d, inMin, zone) + rng.bounded(60) * 1000;
                const qint64 outAt = at(d, outMin, zone) + rng.bounded(60) * 1000;
                const qint64 anchor = inAt - 10 * 60'000; // the PC synced when it started
                if (inAt > now)
                    continue;
                const qint64 off = (&p == kabid && d == flaggedDay) ? 10 * 60'000 : 0;
                if (Status s = writer.clock(p, EventKind::In, inAt, anchor, off); !s)
                    return s;
                if (outAt > now)
                    continue;
                if (Status s = writer.clock(p, EventKind::Out, outAt, anchor); !s)
                    return s;
            }
        }
    }
    return tx.commit();
}

Result<bool> hasEvents(Database& db, const QString& table)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE entity = ?"),
                       {kEventEntity});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

} // namespace

Status seedAttendanceDemo(Database& serverDb, QDate today)
{
    auto has = hasEvents(serverDb, QStringLiteral("srv_rows"));
    if (!has)
        return has.error();
    if (*has)
        return {};
    return seed(serverDb, today, [&serverDb](const Actor& actor, qint64 nowMs) {
        return std::make_unique<ServerAttendanceRows>(serverDb, actor, nowMs);
    });
}

Status seedAttendanceDemoProfile(Database& profileDb, QDate today)
{
    auto has = hasEvents(profileDb, QStringLiteral("sync_rows"));
    if (!has)
        return has.error();
    if (*has)
        return {};
    if (Status s = publishLocalDirectory(profileDb); !s)
        return s;
    return seed(profileDb, today, [&profileDb](const Actor& actor, qint64 nowMs) {
        return std::make_unique<PulledRows>(profileDb, actor, nowMs);
    });
}

} // namespace lontar::attendance
