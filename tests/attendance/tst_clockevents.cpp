#include "EventTestSupport.h"

#include "attendance/EventPolicy.h"
#include "attendance/TrustedTime.h"
#include "core/BootClock.h"
#include "sync/ClockAnchor.h"

#include <QTimeZone>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// Clock events on one device, without a server: the chain (seq, prevHash, hash), the projection and its
// work date in the office's zone, and the entity policy refusing what a modified client could send.
class TestClockEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    qint64 m_wall = 0; // the device's wall clock, as the service reads it

    Database& db() { return m_profile->database(); }
    User user(const QString& username) { return *m_profile->identity().userByUsername(username); }
    Actor actor(const QString& username, const QString& deviceId)
    {
        return *Actor::forUser(db(), user(username), deviceId);
    }

    static qint64 utc(const QString& iso)
    {
        return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
    }

    // The server's time heard "now" by this device (what SyncClient records from every answer).
    void anchorAt(qint64 serverTimeMs)
    {
        sync::ClientStore store(db());
        LONTAR_VERIFY_OK(sync::ClockAnchor::record(store, serverTimeMs));
    }

    void setZone(const QString& unitCode, const QString& zone)
    {
        LONTAR_VERIFY_OK(
            db().exec(QStringLiteral("UPDATE org_units SET time_zone = ? WHERE code = ?"), {zone, unitCode}));
        publishLocalDirectory(db());
    }

    // A device event built by hand, hashed correctly, at the next position of `deviceId`'s chain.
    ClockEvent handmade(const Actor& a, const QString& userId, qint64 seq, const QString& prevHash = {})
    {
        ClockEvent e;
        e.userId = userId;
        e.deviceId = a.deviceId;
        e.kind = EventKind::In;
        e.source = a.user.hasRole(Role::Kiosk) ? kSourceKiosk : kSourceDevice;
        e.claimedAt = m_wall;
        e.timeZone = QStringLiteral("Asia/Jakarta");
        e.bootMs = BootClock::nowMs();
        e.bootId = BootClock::bootId();
        e.seq = seq;
        e.prevHash = prevHash;
        e.id = deviceEventId(e.deviceId, seq);
        e.hash = e.computeHash();
        return e;
    }

    Result<QString> put(const Actor& a, const ClockEvent& e)
    {
        sync::ClientStore store(db(), a);
        return store.put(kEventEntity, e.id, e.toJson());
    }

    void expectRefused(const Result<QString>& r, const QString& contains)
    {
        QVERIFY2(!r.ok(), "the policy accepted a forged event");
        QVERIFY2(r.errorMessage().contains(contains), qPrintable(r.errorMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = openAttendanceProfile(m_dir.filePath(QStringLiteral("device")));
        LONTAR_VERIFY_OK(DemoData::seed(*m_profile));
        publishLocalDirectory(db());
        // Demo accounts that matter here: a kiosk without NIP, staff in two unit trees.
        QVERIFY(user(QStringLiteral("kios-diskominfo")).nip.isEmpty());
        QVERIFY(user(QStringLiteral("kios-diskominfo")).hasRole(Role::Kiosk));
    }

    void chainLinksEachEvent()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        const qint64 t0 = utc(QStringLiteral("2026-03-02T01:00:00Z")); // 08:00 WIB
        anchorAt(t0);
        m_wall = t0;
        ClockService service(db(), store, staf, [this] { return m_wall; });
        const qint64 outboxBefore = count(db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));

        auto in = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(in);
        auto out = service.clock(EventKind::Out);
        LONTAR_VERIFY_OK(out);

        QCOMPARE(in->seq, 1);
        QVERIFY(in->prevHash.isEmpty());
        QCOMPARE(in->id, deviceEventId(staf.deviceId, 1));
        QVERIFY(isSha256String(in->hash));
        QCOMPARE(in->hash, in->computeHash());
        QCOMPARE(out->seq, 2);
        QCOMPARE(out->prevHash, in->hash);
        QCOMPARE(out->id, deviceEventId(staf.deviceId, 2));
        QVERIFY(out->hash != in->hash);
        QCOMPARE(in->source, kSourceDevice);
        QCOMPARE(in->timeZone, QStringLiteral("Asia/Jakarta"));
        QCOMPARE(in->anchor->serverTimeMs, t0);
        QVERIFY2(in->flags.isEmpty(), qPrintable(in->flags.join(QLatin1Char(','))));

        // The chain state moves with the event, in the same transaction.
        auto chain = db().exec(
            QStringLiteral("SELECT last_seq, last_hash FROM att_chain WHERE device_id = ?"), {staf.deviceId});
        QVERIFY(chain && chain->next());
        QCOMPARE(chain->value(0).toLongLong(), 2);
        QCOMPARE(chain->value(1).toString(), out->hash);
        chain->finish();
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) - outboxBefore, 2);

        // Shown at once, provisional, in the office's date.
        auto today = service.todayEvents(staf.user.id);
        LONTAR_VERIFY_OK(today);
        QCOMPARE(today->size(), 2);
        QCOMPARE(today->at(0).id, in->id);
        QCOMPARE(today->at(0).kind, EventKind::In);
        QCOMPARE(today->at(1).kind, EventKind::Out);
        QVERIFY(today->at(0).provisional());
        QVERIFY(today->at(0).trusted());
        QCOMPARE(today->at(0).workDate, QStringLiteral("2026-03-02"));
        QCOMPARE(today->at(0).unitId, staf.user.unitId);
        QVERIFY(today->at(0).atMs >= t0 && today->at(0).atMs < t0 + 10'000);
        QVERIFY(today->at(0).atMs <= today->at(1).atMs);
    }

    void workDateInOfficeZoneNearMidnight_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("date");
        QTest::newRow("WIB before midnight") << "Asia/Jakarta"
                                             << "2026-03-02T16:59:58Z"
                                             << "2026-03-02";
        QTest::newRow("WIB after midnight") << "Asia/Jakarta"
                                            << "2026-03-02T17:00:01Z"
                                            << "2026-03-03";
        QTest::newRow("WITA before midnight") << "Asia/Makassar"
                                              << "2026-03-02T15:59:58Z"
                                              << "2026-03-02";
        QTest::newRow("WITA after midnight") << "Asia/Makassar"
                                             << "2026-03-02T16:00:01Z"
                                             << "2026-03-03";
        QTest::newRow("WIT before midnight") << "Asia/Jayapura"
                                             << "2026-03-02T14:59:58Z"
                                             << "2026-03-02";
        QTest::newRow("WIT after midnight") << "Asia/Jayapura"
                                            << "2026-03-02T15:00:01Z"
                                            << "2026-03-03";
    }

    void workDateInOfficeZoneNearMidnight()
    {
        QFETCH(QString, zone);
        QFETCH(QString, at);
        QFETCH(QString, date);
        setZone(QStringLiteral("DISKOMINFO.APTIKA"), zone);
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        anchorAt(utc(at));
        m_wall = utc(at);
        ClockService service(db(), store, staf, [this] { return m_wall; });
        auto e = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(e);
        QCOMPARE(e->timeZone, zone);
        auto q =
            db().exec(QStringLiteral("SELECT work_date, time_zone FROM att_events WHERE id = ?"), {e->id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), date);
        QCOMPARE(q->value(1).toString(), zone);
        q->finish();
        // An event claiming another zone than the office's is refused.
        ClockEvent wrong = handmade(staf, staf.user.id, 2, e->hash);
        wrong.timeZone = zone == QLatin1String("Asia/Jakarta") ? QStringLiteral("Asia/Jayapura")
                                                               : QStringLiteral("Asia/Jakarta");
        wrong.hash = wrong.computeHash();
        expectRefused(put(staf, wrong), QStringLiteral("Zona waktu"));
        setZone(QStringLiteral("DISKOMINFO.APTIKA"), QStringLiteral("Asia/Jakarta"));
    }

    void timeComesFromTheAnchorNotTheWallClock()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        const qint64 server = utc(QStringLiteral("2026-03-09T18:00:00Z")); // 01:00 WIB on 10 March
        anchorAt(server);
        m_wall = server - 3 * 3600 * 1000; // the device's clock set back three hours: 22:00 on 9 March
        ClockService service(db(), store, staf, [this] { return m_wall; });
        auto e = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(e);
        QCOMPARE(e->claimedAt, m_wall);
        QVERIFY(e->trustedAt && *e->trustedAt >= server);
        QCOMPARE(e->flags, QStringList{flag::kClockOff});
        auto rows = service.eventsBetween(staf.user.id, QDate(2026, 3, 10), QDate(2026, 3, 10));
        LONTAR_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().claimedMs, m_wall);
        QVERIFY(rows->first().atMs >= server);
        QCOMPARE(rows->first().flags, QStringList{flag::kClockOff});
        QVERIFY(!rows->first().trusted());
        QCOMPARE(service.eventsBetween(staf.user.id, QDate(2026, 3, 9), QDate(2026, 3, 9))->size(), 0);
    }

    void noAnchorOrRebootIsFlaggedProvisionally()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        m_wall = utc(QStringLiteral("2026-03-04T01:00:00Z"));
        ClockService service(db(), store, staf, [this] { return m_wall; });
        // A different boot id than now: recorded after a reboot, the anchor's elapsed time is meaningless.
        LONTAR_VERIFY_OK(store.setState(QStringLiteral("clock.serverTimeMs"), QString::number(m_wall)));
        LONTAR_VERIFY_OK(store.setState(QStringLiteral("clock.bootMs"), QStringLiteral("1000")));
        LONTAR_VERIFY_OK(store.setState(QStringLiteral("clock.bootId"), QStringLiteral("another-boot")));
        auto rebooted = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(rebooted);
        QCOMPARE(rebooted->flags, QStringList{flag::kReboot});
        QVERIFY(!rebooted->trustedAt);
        // Never synced: no anchor at all.
        for (const char* key : {"clock.serverTimeMs", "clock.bootMs", "clock.bootId"})
            LONTAR_VERIFY_OK(store.setState(QString::fromLatin1(key), QString()));
        auto unanchored = service.clock(EventKind::Out);
        LONTAR_VERIFY_OK(unanchored);
        QCOMPARE(unanchored->flags, QStringList{flag::kNoAnchor});
        QVERIFY(!unanchored->anchor);
        auto q =
            db().exec(QStringLiteral("SELECT at_ms, flags FROM att_events WHERE id = ?"), {unanchored->id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), m_wall); // only the claim is known, and it is flagged
        QCOMPARE(q->value(1).toString(), flag::kNoAnchor);
    }

    void policyRefusesAnotherUsersEvent()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        anchorAt(utc(QStringLiteral("2026-03-05T01:00:00Z")));
        m_wall = utc(QStringLiteral("2026-03-05T01:00:00Z"));
        ClockService service(db(), store, staf, [this] { return m_wall; });
        const qint64 outbox = count(db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        auto forKabid = service.clock(EventKind::In, user(QStringLiteral("kabid")).id);
        QVERIFY(!forKabid.ok());
        QCOMPARE(forKabid.error().code, Error::Code::Forbidden);
        QVERIFY2(forKabid.errorMessage().contains(QStringLiteral("sendiri")),
                 qPrintable(forKabid.errorMessage()));
        // Nothing queued, and the chain did not move: the next event is still position 1.
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM att_chain WHERE device_id = ?"),
                       {staf.deviceId}),
                 0);
        auto own = service.clock(EventKind::In);
        LONTAR_VERIFY_OK(own);
        QCOMPARE(own->seq, 1);
        // A kiosk-sourced event from a normal session.
        ClockEvent asKiosk = handmade(staf, staf.user.id, 2, own->hash);
        asKiosk.source = kSourceKiosk;
        asKiosk.hash = asKiosk.computeHash();
        expectRefused(put(staf, asKiosk), QStringLiteral("kios"));
    }

    void policyRefusesForgedFields()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        m_wall = utc(QStringLiteral("2026-03-05T02:00:00Z"));
        // Another device's id in the row (with the id and hash that device would have).
        Actor elsewhere = staf;
        elsewhere.deviceId = newUuid();
        expectRefused(put(staf, handmade(elsewhere, staf.user.id, 1)), QStringLiteral("perangkat"));
        // Content changed after hashing.
        ClockEvent edited = handmade(staf, staf.user.id, 1);
        edited.claimedAt -= 3600 * 1000;
        expectRefused(put(staf, edited), QStringLiteral("hash"));
        // The id of another chain position.
        ClockEvent misplaced = handmade(staf, staf.user.id, 1);
        misplaced.id = deviceEventId(staf.deviceId, 7);
        expectRefused(put(staf, misplaced), QStringLiteral("Kode"));
        // Unknown fields, and oversized or unknown nested ones.
        ClockEvent good = handmade(staf, staf.user.id, 1);
        QJsonObject extra = good.toJson();
        extra.insert(QStringLiteral("gps"), QStringLiteral("-6.2,106.8"));
        sync::ClientStore store(db(), staf);
        expectRefused(store.put(kEventEntity, good.id, extra), QStringLiteral("tidak dikenal"));
        ClockEvent longBoot = handmade(staf, staf.user.id, 1);
        longBoot.bootId = QString(101, QLatin1Char('b'));
        longBoot.hash = longBoot.computeHash();
        expectRefused(put(staf, longBoot), QStringLiteral("bootId"));
        ClockEvent bigEvidence = handmade(staf, staf.user.id, 1);
        bigEvidence.evidence = QJsonObject{{QStringLiteral("network"), QStringLiteral("kantor")},
                                           {QStringLiteral("address"), QString(65, QLatin1Char('1'))}};
        bigEvidence.hash = bigEvidence.computeHash();
        expectRefused(put(staf, bigEvidence), QStringLiteral("evidence"));
        ClockEvent oddEvidence = handmade(staf, staf.user.id, 1);
        oddEvidence.evidence = QJsonObject{{QStringLiteral("photo"), QStringLiteral("x")}};
        oddEvidence.hash = oddEvidence.computeHash();
        expectRefused(put(staf, oddEvidence), QStringLiteral("evidence"));
        ClockEvent oddAnchor = handmade(staf, staf.user.id, 1);
        QJsonObject anchorExtra = oddAnchor.toJson();
        anchorExtra.insert(QStringLiteral("anchor"),
                           QJsonObject{{QStringLiteral("serverTimeMs"), m_wall},
                                       {QStringLiteral("bootMs"), 1},
                                       {QStringLiteral("bootId"), QStringLiteral("x")},
                                       {QStringLiteral("trusted"), true}});
        expectRefused(store.put(kEventEntity, oddAnchor.id, anchorExtra), QStringLiteral("anchor"));
        // What only the server decides is dropped, never kept from the client.
        QJsonObject claimsTrust = good.toJson();
        claimsTrust.insert(QStringLiteral("flags"), QJsonArray{});
        claimsTrust.insert(QStringLiteral("trustedAt"), m_wall);
        claimsTrust.insert(QStringLiteral("receivedAt"), m_wall);
        LONTAR_VERIFY_OK(store.put(kEventEntity, good.id, claimsTrust));
        auto stored = store.get(kEventEntity, good.id);
        LONTAR_VERIFY_OK(stored);
        QVERIFY(!stored->data.contains(QStringLiteral("flags")));
        QVERIFY(!stored->data.contains(QStringLiteral("trustedAt")));
        QVERIFY(!stored->data.contains(QStringLiteral("receivedAt")));
        // Append-only: the same position cannot be written again on the device.
        expectRefused(put(staf, good), QStringLiteral("tidak dapat diubah"));
    }

    void kioskRecordsOnlyItsUnitTree()
    {
        const Actor kiosk = actor(QStringLiteral("kios-diskominfo"), newUuid());
        sync::ClientStore store(db(), kiosk);
        anchorAt(utc(QStringLiteral("2026-03-06T00:30:00Z")));
        m_wall = utc(QStringLiteral("2026-03-06T00:30:00Z"));
        ClockService service(db(), store, kiosk, [this] { return m_wall; });
        // Staff of DISKOMINFO.APTIKA: inside the kiosk's tree.
        auto staf = service.clock(EventKind::In, user(QStringLiteral("staf")).id);
        LONTAR_VERIFY_OK(staf);
        QCOMPARE(staf->source, kSourceKiosk);
        QCOMPARE(staf->deviceId, kiosk.deviceId);
        // BKPSDM is another OPD.
        auto outside = service.clock(EventKind::In, user(QStringLiteral("bkpsdm")).id);
        QVERIFY(!outside.ok());
        QVERIFY2(outside.errorMessage().contains(QStringLiteral("unitnya")),
                 qPrintable(outside.errorMessage()));
        // Never itself, and never without a person.
        QVERIFY(!service.clock(EventKind::In, kiosk.user.id).ok());
        QVERIFY(!service.clock(EventKind::In).ok());
        // A kiosk posing as a normal device.
        ClockEvent posing = handmade(kiosk, kiosk.user.id, 2, staf->hash);
        posing.source = kSourceDevice;
        posing.hash = posing.computeHash();
        expectRefused(put(kiosk, posing), QStringLiteral("kios"));
    }

    void terminalEventsOnlyByAdmins()
    {
        const User staf = user(QStringLiteral("staf"));
        const qint64 at = utc(QStringLiteral("2026-03-06T00:25:00Z"));
        auto terminal = [&](const Actor& importer, const User& who) {
            ClockEvent e;
            e.userId = who.id;
            e.deviceId = importer.deviceId;
            e.kind = EventKind::In;
            e.source = kSourceTerminal;
            e.claimedAt = at;
            e.timeZone = QStringLiteral("Asia/Jakarta");
            e.evidence = QJsonObject{{QStringLiteral("terminalId"), QStringLiteral("ZK-01")},
                                     {QStringLiteral("file"), QStringLiteral("attlog.dat")},
                                     {QStringLiteral("line"), 3}};
            e.id = terminalEventId(who.nip, at, e.timeZone, e.kind);
            e.hash = e.computeHash();
            return e;
        };
        QCOMPARE(
            terminalEventId(staf.nip, at, QStringLiteral("Asia/Jakarta"), EventKind::In),
            nameBasedUuid(QStringLiteral("attendance/terminal/%1/2026-03-06T07:25:00/in").arg(staf.nip)));
        const Actor self = actor(QStringLiteral("staf"), newUuid());
        expectRefused(put(self, terminal(self, staf)), QStringLiteral("admin OPD"));
        const Actor admin = actor(QStringLiteral("admin"), newUuid());
        expectRefused(put(admin, terminal(admin, user(QStringLiteral("bkpsdm")))),
                      QStringLiteral("luar unit"));
        ClockEvent chained = terminal(admin, staf);
        chained.seq = 4;
        chained.hash = chained.computeHash();
        expectRefused(put(admin, chained), QStringLiteral("urutan"));
        LONTAR_VERIFY_OK(put(admin, terminal(admin, staf)));
        auto q = db().exec(QStringLiteral("SELECT flags, at_ms, work_date FROM att_events WHERE id = ?"),
                           {terminal(admin, staf).id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), flag::kTerminal);
        QCOMPARE(q->value(1).toLongLong(), at);
        QCOMPARE(q->value(2).toString(), QStringLiteral("2026-03-06"));
    }

    void serverRowReplacesTheProvisionalOne()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        m_wall = utc(QStringLiteral("2026-03-07T01:00:00Z"));
        ClockEvent e = handmade(staf, staf.user.id, 1);
        LONTAR_VERIFY_OK(put(staf, e));
        // What the pull brings back: the server's receipt, trusted time and flags.
        e.receivedAt = m_wall + 60'000;
        e.trustedAt = m_wall - 17 * 3600 * 1000; // trusted: the previous evening, 15:00 WIB on 6 March
        e.flags = {flag::kClockOff, flag::kChainGap};
        LONTAR_VERIFY_OK(projectEvent(db(), e.id, e.toJson(), false));
        auto q = db().exec(
            QStringLiteral("SELECT at_ms, flags, received_at, work_date, claimed_ms FROM att_events "
                           "WHERE id = ?"),
            {e.id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), *e.trustedAt);
        QCOMPARE(q->value(1).toString(), QStringLiteral("clock_off,chain_gap"));
        QCOMPARE(q->value(2).toLongLong(), e.receivedAt);
        QCOMPARE(q->value(3).toString(), QStringLiteral("2026-03-06"));
        QCOMPARE(q->value(4).toLongLong(), m_wall);
        q->finish();
        LONTAR_VERIFY_OK(projectEvent(db(), e.id, {}, true));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE id = ?"), {e.id}), 0);
    }

    void officeSubnets()
    {
        const QStringList office{QStringLiteral("10.20.0.0/16"), QStringLiteral("not-a-subnet"),
                                 QStringLiteral("2001:db8:1::/48")};
        QString address;
        QString subnet;
        QVERIFY(inSubnets({QStringLiteral("192.168.1.5"), QStringLiteral("10.20.3.4")}, office, &address,
                          &subnet));
        QCOMPARE(address, QStringLiteral("10.20.3.4"));
        QCOMPARE(subnet, QStringLiteral("10.20.0.0/16"));
        QVERIFY(!inSubnets({QStringLiteral("10.21.0.1")}, office));
        QVERIFY(inSubnets({QStringLiteral("2001:db8:1:2::9")}, office));
        QVERIFY(!inSubnets({QStringLiteral("2001:db8:2::9")}, office));
        QVERIFY(!inSubnets({QStringLiteral("garbage")}, office));
        QVERIFY(!inSubnets({QStringLiteral("10.20.3.4")}, {}));
        QVERIFY(inSubnets({QStringLiteral("10.20.3.4")}, {QStringLiteral("10.20.3.4/32")}));
        // No subnets configured: no claim either way.
        QVERIFY(Evidence::detect({}).network.isEmpty());
        const Evidence none = Evidence::detect({QStringLiteral("203.0.113.0/24")});
        QCOMPARE(none.network, QStringLiteral("luar"));
    }

    void markBelongsToItsDevice()
    {
        const Actor staf = actor(QStringLiteral("staf"), newUuid());
        sync::ClientStore store(db(), staf);
        anchorAt(utc(QStringLiteral("2026-03-08T09:00:00Z")));
        m_wall = utc(QStringLiteral("2026-03-08T09:00:00Z"));
        ClockService service(db(), store, staf, [this] { return m_wall; });
        LONTAR_VERIFY_OK(service.clock(EventKind::In));
        LONTAR_VERIFY_OK(service.clock(EventKind::Out));
        LONTAR_VERIFY_OK(service.writeMark());
        auto q = db().exec(
            QStringLiteral("SELECT unit_id, last_seq, recorded_at, received_at FROM att_marks WHERE "
                           "device_id = ?"),
            {staf.deviceId});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), staf.user.unitId);
        QCOMPARE(q->value(1).toLongLong(), 2);
        QVERIFY(q->value(2).toLongLong() >= utc(QStringLiteral("2026-03-08T09:00:00Z")));
        QCOMPARE(q->value(3).toLongLong(), 0);
        q->finish();
        QVERIFY(store.get(kDeviceMarkEntity, markId(staf.deviceId)).ok());

        // After a sync the UI writes the mark only when nothing waits: the events above (and the mark)
        // are still in the outbox, so nothing is written and the stored mark keeps its position.
        const qint64 outbox = store.pendingCount().value();
        QVERIFY(outbox >= 3);
        auto waiting = service.writeMarkIfSynced();
        LONTAR_VERIFY_OK(waiting);
        QVERIFY(!*waiting);
        QCOMPARE(store.pendingCount().value(), outbox);
        // Everything sent (the server's answers remove the outbox rows), then an event is recorded before
        // the completed sync's signal arrives: still no mark that would claim it.
        LONTAR_VERIFY_OK(db().exec(QStringLiteral("DELETE FROM sync_outbox")));
        m_wall += 60000;
        LONTAR_VERIFY_OK(service.clock(EventKind::In));
        waiting = service.writeMarkIfSynced();
        LONTAR_VERIFY_OK(waiting);
        QVERIFY(!*waiting);
        QCOMPARE(store.pendingCount().value(), 1);
        QCOMPARE(
            db().scalar(QStringLiteral("SELECT last_seq FROM att_marks WHERE device_id = ?"), {staf.deviceId})
                ->toLongLong(),
            2);
        // Once that one is sent too, the mark covers it.
        LONTAR_VERIFY_OK(db().exec(QStringLiteral("DELETE FROM sync_outbox")));
        auto written = service.writeMarkIfSynced();
        LONTAR_VERIFY_OK(written);
        QVERIFY(*written);
        QCOMPARE(
            db().scalar(QStringLiteral("SELECT last_seq FROM att_marks WHERE device_id = ?"), {staf.deviceId})
                ->toLongLong(),
            3);
        QCOMPARE(store.pendingCount().value(), 1); // the mark itself, sent with the next sync
        // Another device's mark, or one filed under the wrong id or unit.
        const QString other = newUuid();
        const QJsonObject forged{{QStringLiteral("deviceId"), other},
                                 {QStringLiteral("unitId"), staf.user.unitId},
                                 {QStringLiteral("lastSeq"), 99},
                                 {QStringLiteral("recordedAt"), m_wall}};
        expectRefused(store.put(kDeviceMarkEntity, markId(other), forged), QStringLiteral("perangkatnya"));
        QJsonObject mine = forged;
        mine.insert(QStringLiteral("deviceId"), staf.deviceId);
        expectRefused(store.put(kDeviceMarkEntity, markId(other), mine), QStringLiteral("Kode"));
        mine.insert(QStringLiteral("unitId"), user(QStringLiteral("bkpsdm")).unitId);
        expectRefused(store.put(kDeviceMarkEntity, markId(staf.deviceId), mine), QStringLiteral("unit"));
    }
};

QTEST_GUILESS_MAIN(TestClockEvents)
#include "tst_clockevents.moc"
