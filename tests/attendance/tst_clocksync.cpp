#include "EventTestSupport.h"

#include "attendance/EventPolicy.h"
#include "attendance/TrustedTime.h"

#include <QCryptographicHash>
#include <QProcess>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// Clock events through the real server on loopback: devices record offline and sync; the server
// computes the trusted time and flags itself (whatever the client claims), counts a re-sent event once,
// and finds a broken chain, a replayed event, a reboot without anchor and a wall clock moved while offline
// (real faketime on a helper process).
class TestClockSync : public QObject
{
    Q_OBJECT

    AttendanceServer m_server;

    static ClockService service(SyncedDevice& d, sync::ClientStore& store)
    {
        return ClockService(d.db(), store, d.actor());
    }

    static ClockEvent clockNow(SyncedDevice& d, EventKind kind)
    {
        sync::ClientStore store(d.db(), d.actor());
        auto e = service(d, store).clock(kind);
        if (!e)
            qFatal("clock %s: %s", qPrintable(d.username), qPrintable(e.errorMessage()));
        return *e;
    }

    QJsonObject serverEvent(const QString& id)
    {
        return m_server.row(kEventEntity, id).value_or(QJsonObject());
    }

    // Runs the helper on the device's profile, under `faketime -f OFFSET` unless OFFSET is empty.
    QString clockWithHelper(SyncedDevice& d, const QString& offset, const QString& kind)
    {
        const QString helper = qEnvironmentVariable("LONTAR_CLOCK_HELPER");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"),
                   QStringLiteral("1")); // only the wall clock moves
        p.setProcessEnvironment(env);
        if (offset.isEmpty())
            p.start(helper, {d.profile->directory(), kind});
        else
            p.start(QStringLiteral("/usr/bin/faketime"),
                    {QStringLiteral("-f"), offset, helper, d.profile->directory(), kind});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0)
            qFatal("helper failed: %s", p.readAllStandardError().constData());
        const QJsonObject event = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return event.value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase() { m_server.start(); }

    void twoDevicesRecordOfflineThenSync()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        auto kabid = m_server.device(QStringLiteral("kabid"));
        auto peer = m_server.device(QStringLiteral("tu"));       // same OPD, not a supervisor
        auto bkpsdm = m_server.device(QStringLiteral("bkpsdm")); // kepegawaian: reads every event
        // Offline: nothing is sent between the events.
        const ClockEvent in = clockNow(*staf, EventKind::In);
        const ClockEvent out = clockNow(*staf, EventKind::Out);
        const ClockEvent boss = clockNow(*kabid, EventKind::In);
        QCOMPARE(m_server.row(kEventEntity, in.id).has_value(), false);
        QCOMPARE(staf->sync().pushed, 2);
        QCOMPARE(kabid->sync().pushed, 1);
        for (const ClockEvent& e : {in, out, boss}) {
            const QJsonObject row = serverEvent(e.id);
            QVERIFY2(!row.isEmpty(), qPrintable(e.id));
            QCOMPARE(row.value(QStringLiteral("flags")).toArray().size(), 0);
            QVERIFY(row.value(QStringLiteral("receivedAt")).toDouble() > 0);
            const qint64 trusted = qint64(row.value(QStringLiteral("trustedAt")).toDouble());
            QVERIFY2(qAbs(trusted - e.claimedAt) < 5000, "an honest clock agrees with the anchor");
        }
        // The row's unit and owner come from the directory.
        auto access =
            m_server.db->exec(QStringLiteral("SELECT unit_id, owner_id FROM srv_rows WHERE entity = ? AND "
                                             "entity_id = ?"),
                              {kEventEntity, in.id});
        QVERIFY(access && access->next());
        QCOMPARE(access->value(0).toString(), staf->actor().user.unitId);
        QCOMPARE(access->value(1).toString(), staf->actor().user.id);
        access->finish();
        // The pull replaced the provisional rows with the server's verdict.
        QCOMPARE(count(staf->db(),
                       QStringLiteral("SELECT COUNT(*) FROM att_events WHERE received_at > 0 AND id IN "
                                      "(?, ?)"),
                       {in.id, out.id}),
                 2);
        // Who sees them: the supervisor and kepegawaian, not a colleague.
        kabid->sync();
        peer->sync();
        bkpsdm->sync();
        QCOMPARE(count(kabid->db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE id = ?"), {in.id}),
                 1);
        QCOMPARE(count(bkpsdm->db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE id = ?"), {in.id}),
                 1);
        QCOMPARE(count(peer->db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE id = ?"), {in.id}),
                 0);
        // The device's mark after the sync.
        sync::ClientStore store(staf->db(), staf->actor());
        LONTAR_VERIFY_OK(service(*staf, store).writeMark());
        staf->sync();
        const QJsonObject mark =
            m_server.row(kDeviceMarkEntity, markId(staf->client->deviceId())).value_or(QJsonObject());
        QCOMPARE(qint64(mark.value(QStringLiteral("lastSeq")).toDouble()), 2);
        QVERIFY(mark.value(QStringLiteral("receivedAt")).toDouble() > 0);
        QCOMPARE(count(staf->db(), QStringLiteral("SELECT COUNT(*) FROM att_marks WHERE received_at > 0")),
                 1);
    }

    void sameEventPushedTwiceCountsOnce()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        const ClockEvent in = clockNow(*staf, EventKind::In);
        staf->sync();
        const QJsonObject again = staf->rawPush(kEventEntity, in.id, in.toJson());
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(count(*m_server.db,
                       QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                       {kEventEntity, in.id}),
                 1);
        QCOMPARE(count(*m_server.db,
                       QStringLiteral("SELECT COUNT(*) FROM srv_changes WHERE entity = ? AND entity_id = ?"),
                       {kEventEntity, in.id}),
                 1);
        staf->sync();
        QCOMPARE(count(staf->db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE device_id = ?"),
                       {staf->client->deviceId()}),
                 1);
    }

    void brokenChainIsDetected()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        // An event dropped from the outbox before it left: the next one has no predecessor on the server.
        const ClockEvent lost = clockNow(*staf, EventKind::In);
        const ClockEvent after = clockNow(*staf, EventKind::Out);
        LONTAR_VERIFY_OK(
            staf->db().exec(QStringLiteral("DELETE FROM sync_outbox WHERE entity_id = ?"), {lost.id}));
        staf->sync();
        QVERIFY(!m_server.row(kEventEntity, lost.id));
        QCOMPARE(m_server.flagsOf(after.id), QStringList{flag::kChainGap});
        // The local chain table edited: the next event links to a hash the server never saw.
        const QString forged =
            QString::fromLatin1(QCryptographicHash::hash("forged", QCryptographicHash::Sha256).toHex());
        LONTAR_VERIFY_OK(
            staf->db().exec(QStringLiteral("UPDATE att_chain SET last_hash = ? WHERE device_id = ?"),
                            {forged, staf->client->deviceId()}));
        const ClockEvent broken = clockNow(*staf, EventKind::In);
        // Skipping positions: a gap.
        LONTAR_VERIFY_OK(staf->db().exec(
            QStringLiteral("UPDATE att_chain SET last_seq = last_seq + 5 WHERE device_id = ?"),
            {staf->client->deviceId()}));
        const ClockEvent skipped = clockNow(*staf, EventKind::Out);
        const ClockEvent fine = clockNow(*staf, EventKind::In);
        staf->sync();
        QCOMPARE(m_server.flagsOf(broken.id), QStringList{flag::kChainBreak});
        QCOMPARE(m_server.flagsOf(skipped.id), QStringList{flag::kChainGap});
        QVERIFY(m_server.flagsOf(fine.id).isEmpty());
        // The device shows what the server decided.
        auto q = staf->db().exec(QStringLiteral("SELECT flags FROM att_events WHERE id = ?"), {broken.id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), flag::kChainBreak);
    }

    void replayedEventIsDetected()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        const ClockEvent in = clockNow(*staf, EventKind::In);
        staf->sync();
        // The same clock-in sent again at the next position, correctly linked and hashed.
        ClockEvent replay = in;
        replay.seq = in.seq + 1;
        replay.prevHash = in.hash;
        replay.id = deviceEventId(replay.deviceId, replay.seq);
        replay.hash = replay.computeHash();
        replay.trustedAt.reset();
        replay.flags.clear();
        const QJsonObject result = staf->rawPush(kEventEntity, replay.id, replay.toJson());
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(m_server.flagsOf(replay.id), QStringList{flag::kReplay});
        // Earlier than its predecessor: a replay too (an anchor from an earlier contact, say).
        ClockEvent older = replay;
        older.kind = EventKind::Out;
        older.seq = replay.seq + 1;
        older.prevHash = replay.hash;
        older.anchor->serverTimeMs -= 60 * 60 * 1000;
        older.claimedAt -= 60 * 60 * 1000;
        older.id = deviceEventId(older.deviceId, older.seq);
        older.hash = older.computeHash();
        QCOMPARE(
            staf->rawPush(kEventEntity, older.id, older.toJson()).value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        QCOMPARE(m_server.flagsOf(older.id), QStringList{flag::kReplay});
    }

    void rebootWithoutAnchorIsFlagged()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        sync::ClientStore store(staf->db());
        // Simulation of a reboot since the last contact: the anchor the sync client recorded names another
        // boot id (the keys ClockAnchor keeps in sync_state). The event's own boot id is the real one.
        LONTAR_VERIFY_OK(
            store.setState(QStringLiteral("clock.bootId"), QStringLiteral("simulated-earlier-boot")));
        const ClockEvent rebooted = clockNow(*staf, EventKind::In);
        QCOMPARE(rebooted.flags, QStringList{flag::kReboot});
        // Never heard the server at all.
        for (const char* key : {"clock.serverTimeMs", "clock.bootMs", "clock.bootId"})
            LONTAR_VERIFY_OK(store.setState(QString::fromLatin1(key), QString()));
        const ClockEvent unanchored = clockNow(*staf, EventKind::Out);
        staf->sync();
        QCOMPARE(m_server.flagsOf(rebooted.id), QStringList{flag::kReboot});
        QVERIFY(!serverEvent(rebooted.id).contains(QStringLiteral("trustedAt")));
        QCOMPARE(m_server.flagsOf(unanchored.id), QStringList{flag::kNoAnchor});
        // The sync recorded a fresh anchor: the next event is trusted again.
        const ClockEvent next = clockNow(*staf, EventKind::In);
        staf->sync();
        QVERIFY(m_server.flagsOf(next.id).isEmpty());
    }

    void wallClockMovedWhileOfflineUnderFaketime()
    {
        auto staf = m_server.device(QStringLiteral("staf")); // synced: a fresh anchor of this boot
        const QString back = clockWithHelper(*staf, QStringLiteral("-3h"), QStringLiteral("in"));
        const QString ahead = clockWithHelper(*staf, QStringLiteral("+1d"), QStringLiteral("out"));
        const QString honest = clockWithHelper(*staf, QString(), QStringLiteral("in"));
        QVERIFY(!back.isEmpty() && !ahead.isEmpty() && !honest.isEmpty());
        staf->sync();
        QCOMPARE(m_server.flagsOf(back), QStringList{flag::kClockOff});
        QCOMPARE(m_server.flagsOf(ahead), (QStringList{flag::kClockOff, flag::kFuture}));
        QVERIFY2(m_server.flagsOf(honest).isEmpty(),
                 qPrintable(m_server.flagsOf(honest).join(QLatin1Char(','))));
        // The claim is kept as claimed; the time that counts is the anchored one.
        const QJsonObject b = serverEvent(back);
        const qint64 claimed = qint64(b.value(QStringLiteral("claimedAt")).toDouble());
        const qint64 trusted = qint64(b.value(QStringLiteral("trustedAt")).toDouble());
        QVERIFY2(qAbs(trusted - claimed - 3 * 3600 * 1000) < 60'000, "claimed three hours behind the anchor");
        auto q =
            staf->db().exec(QStringLiteral("SELECT at_ms, claimed_ms FROM att_events WHERE id = ?"), {back});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), trusted);
        QCOMPARE(q->value(1).toLongLong(), claimed);
    }

    void serverDecidesWhatTheClientClaims()
    {
        auto staf = m_server.device(QStringLiteral("staf"));
        const Actor me = staf->actor();
        const QString kabidId =
            m_server.db->scalar(QStringLiteral("SELECT id FROM users WHERE username = 'kabid'"))->toString();
        const ClockEvent first = clockNow(*staf, EventKind::In);
        staf->sync();
        ClockEvent e = first;
        e.seq = first.seq + 1;
        e.prevHash = first.hash;
        e.kind = EventKind::Out;
        e.claimedAt = first.claimedAt - 2 * 3600 * 1000; // a clock set back...
        e.id = deviceEventId(e.deviceId, e.seq);
        e.hash = e.computeHash();
        // ...claiming to be trusted and unflagged.
        QJsonObject lie = e.toJson();
        lie.insert(QStringLiteral("trustedAt"), e.claimedAt);
        lie.insert(QStringLiteral("flags"), QJsonArray{});
        lie.insert(QStringLiteral("receivedAt"), e.claimedAt);
        QCOMPARE(staf->rawPush(kEventEntity, e.id, lie).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const QJsonObject stored = serverEvent(e.id);
        QVERIFY(stored.value(QStringLiteral("flags")).toArray().contains(flag::kClockOff));
        // Trusted: the anchored time (about when the first event was), not the claim.
        QVERIFY(qint64(stored.value(QStringLiteral("trustedAt")).toDouble()) > first.claimedAt - 5000);
        QVERIFY(qint64(stored.value(QStringLiteral("receivedAt")).toDouble()) > e.claimedAt);
        // Another person's event, with a correct id and hash, from this session.
        ClockEvent forOther = e;
        forOther.userId = kabidId;
        forOther.seq = e.seq + 1;
        forOther.prevHash = e.hash;
        forOther.id = deviceEventId(forOther.deviceId, forOther.seq);
        forOther.hash = forOther.computeHash();
        expectRejected(staf->rawPush(kEventEntity, forOther.id, forOther.toJson()),
                       QStringLiteral("sendiri"));
        // A forged hash, and another device's id.
        ClockEvent edited = forOther;
        edited.userId = me.user.id;
        edited.claimedAt += 1;
        expectRejected(staf->rawPush(kEventEntity, edited.id, edited.toJson()), QStringLiteral("hash"));
        ClockEvent otherDevice = forOther;
        otherDevice.userId = me.user.id;
        otherDevice.deviceId = newUuid();
        otherDevice.id = deviceEventId(otherDevice.deviceId, otherDevice.seq);
        otherDevice.hash = otherDevice.computeHash();
        expectRejected(staf->rawPush(kEventEntity, otherDevice.id, otherDevice.toJson()),
                       QStringLiteral("perangkat"));
        // An unknown field.
        QJsonObject extra = otherDevice.toJson();
        extra.insert(QStringLiteral("deviceId"), me.deviceId);
        extra.insert(QStringLiteral("mock"), false);
        expectRejected(staf->rawPush(kEventEntity, deviceEventId(me.deviceId, 9), extra),
                       QStringLiteral("tidak dikenal"));
    }
};

QTEST_GUILESS_MAIN(TestClockSync)
#include "tst_clocksync.moc"
