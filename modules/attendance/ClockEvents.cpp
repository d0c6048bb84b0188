#include "attendance/ClockEvents.h"

#include "attendance/AttendanceModule.h"
#include "core/BootClock.h"
#include "core/Uuid.h"
#include "sync/ClockAnchor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTimeZone>

namespace lontar::attendance {

namespace {

qint64 integer(const QJsonObject& o, const QString& key)
{
    return qint64(o.value(key).toDouble());
}

QTimeZone zoneOrJakarta(const QString& ianaZone)
{
    QTimeZone zone(ianaZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
}

// The sync client keeps the enrolled device's id under this key (SyncClient.cpp).
const QString kDeviceIdState = QStringLiteral("device_id");

EventRow rowFrom(const QSqlQuery& q)
{
    EventRow r;
    r.id = q.value(0).toString();
    r.userId = q.value(1).toString();
    r.unitId = q.value(2).toString();
    r.deviceId = q.value(3).toString();
    r.kind = eventKindFromKey(q.value(4).toString()).value_or(EventKind::In);
    r.source = q.value(5).toString();
    r.atMs = q.value(6).toLongLong();
    r.claimedMs = q.value(7).toLongLong();
    r.timeZone = q.value(8).toString();
    r.workDate = q.value(9).toString();
    r.flags = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.receivedAt = q.value(11).toLongLong();
    r.seq = q.value(12).toLongLong();
    return r;
}

const char* const kRowColumns = "SELECT id, user_id, unit_id, device_id, kind, source, at_ms, claimed_ms, "
                                "time_zone, work_date, flags, received_at, seq FROM att_events ";

} // namespace

QString eventKindKey(EventKind kind)
{
    return kind == EventKind::In ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<EventKind> eventKindFromKey(const QString& key)
{
    if (key == QLatin1String("in"))
        return EventKind::In;
    if (key == QLatin1String("out"))
        return EventKind::Out;
    return std::nullopt;
}

QJsonObject ClockEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("userId"), userId},
                  {QStringLiteral("deviceId"), deviceId},
                  {QStringLiteral("kind"), eventKindKey(kind)},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("claimedAt"), claimedAt},
                  {QStringLiteral("timeZone"), timeZone},
                  {QStringLiteral("bootMs"), bootMs},
                  {QStringLiteral("bootId"), bootId},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("prevHash"), prevHash},
                  {QStringLiteral("hash"), hash},
                  {QStringLiteral("evidence"), evidence}};
    if (anchor) {
        o.insert(QStringLiteral("anchor"), QJsonObject{{QStringLiteral("serverTimeMs"), anchor->serverTimeMs},
                                                       {QStringLiteral("bootMs"), anchor->bootMs},
                                                       {QStringLiteral("bootId"), anchor->bootId}});
    }
    if (receivedAt > 0) {
        o.insert(QStringLiteral("receivedAt"), receivedAt);
        if (trustedAt)
            o.insert(QStringLiteral("trustedAt"), *trustedAt);
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    }
    return o;
}

ClockEvent ClockEvent::fromJson(const QJsonObject& d)
{
    ClockEvent e;
    e.userId = d.value(QStringLiteral("userId")).toString();
    e.deviceId = d.value(QStringLiteral("deviceId")).toString();
    e.kind = eventKindFromKey(d.value(QStringLiteral("kind")).toString()).value_or(EventKind::In);
    e.source = d.value(QStringLiteral("source")).toString();
    e.claimedAt = integer(d, QStringLiteral("claimedAt"));
    e.timeZone = d.value(QStringLiteral("timeZone")).toString();
    if (d.value(QStringLiteral("anchor")).isObject()) {
        const QJsonObject a = d.value(QStringLiteral("anchor")).toObject();
        e.anchor =
            TimeAnchor{integer(a, QStringLiteral("serverTimeMs")), integer(a, QStringLiteral("bootMs")),
                       a.value(QStringLiteral("bootId")).toString()};
    }
    e.bootMs = integer(d, QStringLiteral("bootMs"));
    e.bootId = d.value(QStringLiteral("bootId")).toString();
    e.seq = integer(d, QStringLiteral("seq"));
    e.prevHash = d.value(QStringLiteral("prevHash")).toString();
    e.hash = d.value(QStringLiteral("hash")).toString();
    e.evidence = d.value(QStringLiteral("evidence")).toObject();
    e.receivedAt = integer(d, QStringLiteral("receivedAt"));
    if (d.value(QStringLiteral("trustedAt")).isDouble())
        e.trustedAt = integer(d, QStringLiteral("trustedAt"));
    for (const QJsonValue& f : d.value(QStringLiteral("flags")).toArray())
        e.flags.append(f.toString());
    return e;
}

QString ClockEvent::computeHash() const
{
    // Length-prefixed parts, so no two different events serialise alike; the anchor's absence is a part
    // of its own. The evidence is compact JSON, whose object keys Qt always writes sorted.
    const QStringList parts{
        QStringLiteral("lontar.attendance_event.v1"),
        userId,
        deviceId,
        eventKindKey(kind),
        source,
        QString::number(claimedAt),
        timeZone,
        anchor ? QStringLiteral("anchor") : QStringLiteral("no-anchor"),
        anchor ? QString::number(anchor->serverTimeMs) : QString(),
        anchor ? QString::number(anchor->bootMs) : QString(),
        anchor ? anchor->bootId : QString(),
        QString::number(bootMs),
        bootId,
        QString::number(seq),
        prevHash,
        QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact)),
    };
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& part : parts) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString deviceEventId(const QString& deviceId, qint64 seq)
{
    return nameBasedUuid(QStringLiteral("attendance/event/%1/%2").arg(deviceId).arg(seq));
}

QString terminalEventId(const QString& nip, qint64 claimedAt, const QString& timeZone, EventKind kind)
{
    const QString local = QDateTime::fromMSecsSinceEpoch(claimedAt, zoneOrJakarta(timeZone))
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return nameBasedUuid(QStringLiteral("attendance/terminal/%1/%2/%3").arg(nip, local, eventKindKey(kind)));
}

QString workDateOf(qint64 atMs, const QString& timeZone)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, zoneOrJakarta(timeZone)).date().toString(Qt::ISODate);
}

QJsonObject Evidence::toJson() const
{
    return QJsonObject{{QStringLiteral("network"), network},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("subnet"), subnet}};
}

bool inSubnets(const QStringList& addresses, const QStringList& cidrs, QString* matchedAddress,
               QString* matchedSubnet)
{
    for (const QString& cidr : cidrs) {
        const auto subnet = QHostAddress::parseSubnet(cidr.trimmed());
        if (subnet.first.isNull() || subnet.second < 0)
            continue;
        for (const QString& text : addresses) {
            const QHostAddress address(text.trimmed());
            if (address.isNull() || !address.isInSubnet(subnet))
                continue;
            if (matchedAddress)
                *matchedAddress = text.trimmed();
            if (matchedSubnet)
                *matchedSubnet = cidr.trimmed();
            return true;
        }
    }
    return false;
}

Evidence Evidence::detect(const QStringList& officeSubnets)
{
    Evidence e;
    if (officeSubnets.isEmpty())
        return e;
    QStringList addresses;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback())
            addresses.append(a.toString());
    }
    if (inSubnets(addresses, officeSubnets, &e.address, &e.subnet)) {
        e.network = QStringLiteral("kantor");
    } else {
        e.network = QStringLiteral("luar");
        e.address = addresses.value(0);
    }
    return e;
}

bool EventRow::trusted() const
{
    return std::all_of(flags.cbegin(), flags.cend(), [](const QString& f) { return f == flag::kTerminal; });
}

Status projectEvent(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM att_events WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    const ClockEvent e = ClockEvent::fromJson(data);
    qint64 atMs = e.claimedAt;
    QStringList flags;
    if (e.receivedAt > 0) {
        // The server's verdict.
        flags = e.flags;
        atMs = e.trustedAt.value_or(e.claimedAt);
    } else if (e.source == kSourceTerminal) {
        flags = {flag::kTerminal};
    } else {
        // Only here so far: the same judgement the server will make, at the event's own anchored time.
        const auto anchored = anchoredTime(e.anchor, e.bootMs, e.bootId);
        atMs = anchored.value_or(e.claimedAt);
        flags = assessTime(e.claim(), atMs).flags;
    }
    // The unit as the directory says (the row's access unit on the server comes from the same place).
    auto unit = db.scalar(QStringLiteral("SELECT unit_id FROM users WHERE id = ?"), {e.userId});
    if (!unit)
        return unit.error();
    auto r = db.exec(
        QStringLiteral("INSERT INTO att_events (id, user_id, unit_id, device_id, kind, source, at_ms, "
                       "claimed_ms, time_zone, work_date, flags, received_at, seq) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "user_id = excluded.user_id, unit_id = excluded.unit_id, "
                       "device_id = excluded.device_id, kind = excluded.kind, source = excluded.source, "
                       "at_ms = excluded.at_ms, claimed_ms = excluded.claimed_ms, "
                       "time_zone = excluded.time_zone, work_date = excluded.work_date, "
                       "flags = excluded.flags, received_at = excluded.received_at, seq = excluded.seq"),
        {id, e.userId, unit->toString(), e.deviceId, eventKindKey(e.kind), e.source, atMs, e.claimedAt,
         e.timeZone, workDateOf(atMs, e.timeZone), flags.join(QLatin1Char(',')), e.receivedAt, e.seq});
    return r ? Status() : Status(r.error());
}

Status projectMark(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    Q_UNUSED(id);
    const QString device = data.value(QStringLiteral("deviceId")).toString();
    if (deleted || device.isEmpty()) {
        // A removed row names no device: find it by its id.
        auto rows = db.exec(QStringLiteral("SELECT device_id FROM att_marks"));
        if (!rows)
            return rows.error();
        QStringList gone;
        while (rows->next()) {
            if (nameBasedUuid(QStringLiteral("attendance/mark/") + rows->value(0).toString()) == id)
                gone.append(rows->value(0).toString());
        }
        rows->finish();
        for (const QString& d : std::as_const(gone)) {
            if (auto r = db.exec(QStringLiteral("DELETE FROM att_marks WHERE device_id = ?"), {d}); !r)
                return r.error();
        }
        return {};
    }
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO att_marks (device_id, unit_id, last_seq, recorded_at, received_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET unit_id = excluded.unit_id, "
            "last_seq = excluded.last_seq, recorded_at = excluded.recorded_at, "
            "received_at = excluded.received_at"),
        {device, data.value(QStringLiteral("unitId")).toString(), integer(data, QStringLiteral("lastSeq")),
         integer(data, QStringLiteral("recordedAt")), integer(data, QStringLiteral("receivedAt"))});
    return r ? Status() : Status(r.error());
}

ClockService::ClockService(Database& db, sync::ClientStore& store, Actor actor, WallClock wallClock,
                           TrustConfig config)
    : m_db(db)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_wallClock(wallClock ? std::move(wallClock)
                            : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_config(config)
{}

QString ClockService::deviceId() const
{
    // The session's device; a device actor built from the directory may not carry it, the sync state does.
    return m_actor.deviceId.isEmpty() ? m_store.state(kDeviceIdState) : m_actor.deviceId;
}

std::optional<qint64> ClockService::anchoredNowMs() const
{
    const auto anchor = sync::ClockAnchor::load(m_store);
    return anchor ? anchor->trustedNowMs() : std::nullopt;
}

Result<QString> ClockService::zoneOfUser(const QString& userId) const
{
    auto zone =
        m_db.scalar(QStringLiteral("SELECT o.time_zone FROM users u JOIN org_units o ON o.id = u.unit_id "
                                   "WHERE u.id = ?"),
                    {userId});
    if (!zone)
        return zone.error();
    if (zone->isNull() || zone->toString().isEmpty())
        return Error(tr("Pegawai atau unit kerjanya tidak ditemukan di direktori"), Error::Code::NotFound);
    return zone->toString();
}

Result<ClockEvent> ClockService::clock(EventKind kind, const QString& forUserId, const Evidence& evidence)
{
    const QString device = deviceId();
    if (device.isEmpty())
        return Error(tr("Perangkat ini belum terdaftar di server; absensi perlu perangkat yang terdaftar"),
                     Error::Code::Unauthorized);
    const bool kiosk = m_actor.user.hasRole(Role::Kiosk);
    if (kiosk && forUserId.isEmpty())
        return Error(tr("Kios absensi mencatat untuk pegawai yang memasukkan NIP dan PIN"),
                     Error::Code::InvalidInput);
    ClockEvent e;
    e.userId = forUserId.isEmpty() ? m_actor.user.id : forUserId;
    e.deviceId = device;
    e.kind = kind;
    e.source = kiosk ? kSourceKiosk : kSourceDevice;
    auto zone = zoneOfUser(e.userId);
    if (!zone)
        return zone.error();
    e.timeZone = *zone;
    e.evidence = evidence.toJson();

    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // The chain position and the event's times are read inside the transaction that writes the event.
    auto chain =
        m_db.exec(QStringLiteral("SELECT last_seq, last_hash FROM att_chain WHERE device_id = ?"), {device});
    if (!chain)
        return chain.error();
    if (chain->next()) {
        e.seq = chain->value(0).toLongLong() + 1;
        e.prevHash = chain->value(1).toString();
    } else {
        e.seq = 1;
    }
    chain->finish();
    if (const auto anchor = sync::ClockAnchor::load(m_store))
        e.anchor = TimeAnchor{anchor->serverTimeMs, anchor->bootMs, anchor->bootId};
    e.bootMs = BootClock::nowMs();
    e.bootId = BootClock::bootId();
    e.claimedAt = m_wallClock();
    e.id = deviceEventId(device, e.seq);
    e.hash = e.computeHash();

    auto put = m_store.put(kEventEntity, e.id, e.toJson());
    if (!put)
        return put.error();
    auto saved = m_db.exec(
        QStringLiteral(
            "INSERT INTO att_chain (device_id, last_seq, last_hash, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET last_seq = excluded.last_seq, "
            "last_hash = excluded.last_hash, updated_at = excluded.updated_at"),
        {device, e.seq, e.hash, e.claimedAt});
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    const TimeVerdict provisional =
        assessTime(e.claim(), anchoredTime(e.anchor, e.bootMs, e.bootId).value_or(e.claimedAt), m_config);
    e.trustedAt = provisional.trustedAt;
    e.flags = provisional.flags;
    return e;
}

Result<QList<EventRow>> ClockService::todayEvents(const QString& userId) const
{
    auto zone = zoneOfUser(userId);
    if (!zone)
        return zone.error();
    const qint64 now = anchoredNowMs().value_or(m_wallClock());
    const QDate today = QDate::fromString(workDateOf(now, *zone), Qt::ISODate);
    return eventsBetween(userId, today, today);
}

Result<QList<EventRow>> ClockService::eventsBetween(const QString& userId, const QDate& from,
                                                    const QDate& to) const
{
    auto q = m_db.exec(QString::fromLatin1(kRowColumns) +
                           QStringLiteral("WHERE user_id = ? AND work_date >= ? AND work_date <= ? "
                                          "ORDER BY work_date, at_ms, device_id, seq"),
                       {userId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<EventRow> out;
    while (q->next())
        out.append(rowFrom(*q));
    return out;
}

Status ClockService::writeMark()
{
    const QString device = deviceId();
    if (device.isEmpty())
        return Error(tr("Perangkat ini belum terdaftar di server"), Error::Code::Unauthorized);
    const auto now = anchoredNowMs();
    if (!now)
        return Error(tr("Waktu server belum diketahui sejak perangkat dinyalakan; sinkronkan dulu"),
                     Error::Code::Conflict);
    auto last = m_db.scalar(QStringLiteral("SELECT last_seq FROM att_chain WHERE device_id = ?"), {device});
    if (!last)
        return last.error();
    const QJsonObject mark{{QStringLiteral("deviceId"), device},
                           {QStringLiteral("unitId"), m_actor.user.unitId},
                           {QStringLiteral("lastSeq"), last->isNull() ? qint64(0) : last->toLongLong()},
                           {QStringLiteral("recordedAt"), *now}};
    auto put =
        m_store.put(kDeviceMarkEntity, nameBasedUuid(QStringLiteral("attendance/mark/") + device), mark);
    return put ? Status() : Status(put.error());
}

Result<bool> ClockService::writeMarkIfSynced()
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto pending = m_store.pendingCount();
    if (!pending)
        return pending.error();
    if (*pending > 0)
        return false; // rolled back: nothing written
    if (Status s = writeMark(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace lontar::attendance
