#include "EventTestSupport.h"

#include "attendance/Kiosk.h"
#include "core/AuditLog.h"
#include "core/BootClock.h"
#include "core/PasswordHasher.h"

#include <QThread>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// Kiosk PINs through the real server: set by the user or their admin OPD, verifiers reaching only kiosk
// accounts, NIP + PIN identification with lock-out and an admin's unlock, and the server refusing a
// kiosk's event for someone outside its unit.
class TestKiosk : public QObject
{
    Q_OBJECT

    AttendanceServer m_server;
    std::unique_ptr<SyncedDevice> m_staf;
    std::unique_ptr<SyncedDevice> m_admin;
    std::unique_ptr<SyncedDevice> m_kiosk;
    QString m_stafPin = QStringLiteral("123456");

    QString userId(const QString& username)
    {
        return m_server.db->scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username})
            ->toString();
    }
    QString nipOf(const QString& username)
    {
        return m_server.db->scalar(QStringLiteral("SELECT nip FROM users WHERE username = ?"), {username})
            ->toString();
    }
    Status setPin(SyncedDevice& d, const QString& forUser, const QString& pin)
    {
        sync::ClientStore store(d.db(), d.actor());
        return PinRegistry(d.db(), store).setPin(userId(forUser), pin);
    }
    qint64 pinRows(SyncedDevice& d)
    {
        return count(d.db(), QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE entity = ?"), {kPinEntity});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start();
        m_staf = m_server.device(QStringLiteral("staf"));
        m_admin = m_server.device(QStringLiteral("admin"));
        m_kiosk = m_server.device(QStringLiteral("kios-diskominfo"));
        // The kiosk account has no NIP and is a kiosk only.
        const Actor kiosk = m_kiosk->actor();
        QVERIFY(kiosk.user.hasRole(Role::Kiosk));
        QVERIFY(kiosk.user.nip.isEmpty());
        QCOMPARE(kiosk.user.roles.size(), 1);
    }

    void pinFormatIsCheckedBeforeHashing()
    {
        const qint64 outbox = count(m_staf->db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        for (const QString& bad :
             {QStringLiteral("12345"), QStringLiteral("1234567"), QStringLiteral("12a456"),
              QStringLiteral(" 12345"), QString(), QStringLiteral("١٢٣٤٥٦")}) {
            const Status s = setPin(*m_staf, QStringLiteral("staf"), bad);
            QVERIFY2(!s.ok(), qPrintable(bad));
            QCOMPARE(s.error().code, Error::Code::InvalidInput);
        }
        QCOMPARE(count(m_staf->db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QVERIFY(isValidPin(QStringLiteral("000000")));
    }

    void pinsReachOnlyKiosks()
    {
        LONTAR_VERIFY_OK(setPin(*m_staf, QStringLiteral("staf"), QStringLiteral("111111")));
        m_staf->sync();
        // The admin OPD of DISKOMINFO for someone of their tree; a colleague may not.
        LONTAR_VERIFY_OK(setPin(*m_admin, QStringLiteral("kabid"), QStringLiteral("654321")));
        m_admin->sync();
        const Status notMine = setPin(*m_staf, QStringLiteral("kabid"), QStringLiteral("999999"));
        QVERIFY(!notMine.ok());
        QCOMPARE(notMine.error().code, Error::Code::Forbidden);
        QCOMPARE(count(*m_server.db, QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                       {kPinEntity}),
                 2);
        auto setAt =
            m_server.db->exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ?"), {kPinEntity});
        while (setAt && setAt->next())
            QVERIFY(setAt->value(0).toString().contains(QStringLiteral("\"setAt\":")));

        // What a modified client could push instead.
        const QString verifier = *PasswordHasher::hash(QStringLiteral("999999"));
        const QJsonObject forKabid{{QStringLiteral("userId"), userId(QStringLiteral("kabid"))},
                                   {QStringLiteral("nip"), nipOf(QStringLiteral("kabid"))},
                                   {QStringLiteral("verifier"), verifier}};
        expectRejected(m_staf->rawPush(kPinEntity, newUuid(), forKabid), QStringLiteral("PIN absensi hanya"));
        QJsonObject clear{{QStringLiteral("userId"), userId(QStringLiteral("staf"))},
                          {QStringLiteral("nip"), nipOf(QStringLiteral("staf"))},
                          {QStringLiteral("verifier"), QStringLiteral("999999")}};
        expectRejected(m_staf->rawPush(kPinEntity, newUuid(), clear), QStringLiteral("Argon2id"));
        clear.insert(QStringLiteral("verifier"), verifier);
        clear.insert(QStringLiteral("nip"), nipOf(QStringLiteral("kabid")));
        expectRejected(m_staf->rawPush(kPinEntity, newUuid(), clear), QStringLiteral("NIP"));

        // A newer PIN replaces the older one on the kiosk.
        LONTAR_VERIFY_OK(setPin(*m_staf, QStringLiteral("staf"), m_stafPin));
        m_staf->sync();
        m_kiosk->sync();
        QCOMPARE(pinRows(*m_kiosk), 3);
        QCOMPARE(count(m_kiosk->db(), QStringLiteral("SELECT COUNT(*) FROM att_pins")), 2);
        // Nobody else receives verifiers: not a supervisor of the unit, not its admin, not the owner.
        auto kadis = m_server.device(QStringLiteral("kadis"));
        QCOMPARE(pinRows(*kadis), 0);
        m_admin->sync();
        QCOMPARE(pinRows(*m_admin), 1); // only the row it wrote itself
        m_staf->sync();
        QCOMPARE(pinRows(*m_staf), 2); // its own two writes, never pulled back
        auto fresh = m_server.device(QStringLiteral("staf"));
        QCOMPARE(pinRows(*fresh), 0);
    }

    void identifyAndLockOut()
    {
        sync::ClientStore store(m_kiosk->db(), m_kiosk->actor());
        KioskSession kiosk(m_kiosk->db(), store, m_kiosk->actor(), &m_kiosk->profile->audit());
        const QString stafNip = nipOf(QStringLiteral("staf"));
        auto who = kiosk.identify(stafNip, m_stafPin);
        LONTAR_VERIFY_OK(who);
        QCOMPARE(who->username, QStringLiteral("staf"));
        // The old PIN no longer works; an unknown NIP answers the same as a wrong PIN.
        auto old = kiosk.identify(stafNip, QStringLiteral("111111"));
        QVERIFY(!old.ok());
        auto unknown = kiosk.identify(QStringLiteral("199901012020011999"), m_stafPin);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.errorMessage(), old.errorMessage());
        QVERIFY(!kiosk.identify(QStringLiteral("12345"), m_stafPin).ok());
        // A success resets the count (1 failure so far).
        LONTAR_VERIFY_OK(kiosk.identify(stafNip, m_stafPin));
        for (int i = 1; i <= 4; ++i) {
            auto r = kiosk.identify(stafNip, QStringLiteral("000000"));
            QCOMPARE(r.error().code, Error::Code::Unauthorized);
        }
        auto fifth = kiosk.identify(stafNip, QStringLiteral("000000"));
        QCOMPARE(fifth.error().code, Error::Code::Locked);
        // Locked: even the right PIN is refused, for about 15 minutes; other NIPs are not affected.
        auto right = kiosk.identify(stafNip, m_stafPin);
        QVERIFY(!right.ok());
        QCOMPARE(right.error().code, Error::Code::Locked);
        QVERIFY(*kiosk.lockedForMs(stafNip) > 14 * 60 * 1000);
        LONTAR_VERIFY_OK(kiosk.identify(nipOf(QStringLiteral("kabid")), QStringLiteral("654321")));
        // The lock does not follow a restart of the program: it is stored on the kiosk.
        KioskSession restarted(m_kiosk->db(), store, m_kiosk->actor());
        QCOMPARE(restarted.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);

        // Only an admin OPD of the kiosk's tree lifts it, with a password this PC can check (the admin
        // logged in here once: simulated by storing the offline verifier as a login would).
        IdentityStore ids(m_kiosk->db());
        LONTAR_VERIFY_OK(ids.setOfflineVerifier(userId(QStringLiteral("admin")), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(ids.setOfflineVerifier(userId(QStringLiteral("kabid")), DemoData::demoPassword()));
        QCOMPARE(kiosk.unlockAll(QStringLiteral("kabid"), DemoData::demoPassword()).error().code,
                 Error::Code::Forbidden);
        QVERIFY(!kiosk.unlockAll(QStringLiteral("admin"), QStringLiteral("bukan-sandinya")).ok());
        QCOMPARE(kiosk.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        LONTAR_VERIFY_OK(kiosk.unlockAll(QStringLiteral("admin"), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(kiosk.identify(stafNip, m_stafPin));
        QVERIFY(count(m_kiosk->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {QStringLiteral("attendance.kiosk.lockout")}) >= 1);
    }

    // Leaving the kiosk checks the admin's password and nothing else: a locked PIN stays locked, and
    // only the explicit unlock lifts it.
    void leavingTheKioskKeepsLockOuts()
    {
        sync::ClientStore store(m_kiosk->db(), m_kiosk->actor());
        KioskSession kiosk(m_kiosk->db(), store, m_kiosk->actor(), &m_kiosk->profile->audit());
        const QString stafNip = nipOf(QStringLiteral("staf"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!kiosk.identify(stafNip, QStringLiteral("000000")).ok());
        QCOMPARE(kiosk.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        const qint64 unlocks =
            count(m_kiosk->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                  {QStringLiteral("attendance.kiosk.unlock")});

        // Wrong admins and wrong passwords are refused by the check as by the unlock.
        QCOMPARE(kiosk.checkAdmin(QStringLiteral("kabid"), DemoData::demoPassword()).error().code,
                 Error::Code::Forbidden);
        QVERIFY(!kiosk.checkAdmin(QStringLiteral("admin"), QStringLiteral("bukan-sandinya")).ok());
        auto admin = kiosk.checkAdmin(QStringLiteral("admin"), DemoData::demoPassword());
        LONTAR_VERIFY_OK(admin);
        QCOMPARE(admin->username, QStringLiteral("admin"));
        // The admin left: the lock is still there, in this session and in a new one.
        QCOMPARE(kiosk.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        KioskSession next(m_kiosk->db(), store, m_kiosk->actor());
        QCOMPARE(next.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        QCOMPARE(count(m_kiosk->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       {QStringLiteral("attendance.kiosk.unlock")}),
                 unlocks);
        // Unlocking remains the admin's explicit act, audited.
        LONTAR_VERIFY_OK(kiosk.unlockAll(QStringLiteral("admin"), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(kiosk.identify(stafNip, m_stafPin));
        QCOMPARE(count(m_kiosk->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       {QStringLiteral("attendance.kiosk.unlock")}),
                 unlocks + 1);
    }

    // The lock-out is stored in the kiosk's profile: closing the program and opening the profile again,
    // even after a reboot (another boot id, boot clock restarted), keeps it, and so do the failures
    // counted before the lock.
    void lockOutSurvivesARestartAndAReboot()
    {
        const QString stafNip = nipOf(QStringLiteral("staf"));
        const QString kabidNip = nipOf(QStringLiteral("kabid"));
        const QString directory = m_kiosk->profile->directory();
        {
            sync::ClientStore store(m_kiosk->db(), m_kiosk->actor());
            KioskSession kiosk(m_kiosk->db(), store, m_kiosk->actor());
            for (int i = 0; i < 5; ++i)
                QVERIFY(!kiosk.identify(stafNip, QStringLiteral("000000")).ok());
            for (int i = 0; i < 4; ++i)
                QVERIFY(!kiosk.identify(kabidNip, QStringLiteral("000000")).ok());
        }
        const Actor actor = m_kiosk->actor();
        m_kiosk->client.reset();
        m_kiosk->profile.reset(); // the program closes
        m_kiosk->profile = openAttendanceProfile(directory);
        {
            sync::ClientStore store(m_kiosk->db(), actor);
            KioskSession kiosk(m_kiosk->db(), store, actor);
            QCOMPARE(kiosk.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        }
        // The PC rebooted: the stored lock belongs to another boot and a boot clock far ahead of now.
        LONTAR_VERIFY_OK(m_kiosk->db().exec(
            QStringLiteral("UPDATE att_kiosk_lockout SET boot_id = 'boot-sebelumnya', boot_ms = ?"),
            {BootClock::nowMs() + 3600 * 1000}));
        m_kiosk->profile.reset();
        m_kiosk->profile = openAttendanceProfile(directory);
        m_kiosk->client = std::make_unique<sync::SyncClient>(
            m_kiosk->db(), *m_kiosk->transport, m_kiosk->profile->directory() + QStringLiteral("/blobs"));
        sync::ClientStore store(m_kiosk->db(), actor);
        KioskSession kiosk(m_kiosk->db(), store, actor);
        QCOMPARE(kiosk.identify(stafNip, m_stafPin).error().code, Error::Code::Locked);
        QVERIFY(*kiosk.lockedForMs(stafNip) > 14 * 60 * 1000);
        // The fifth failure for kabid after the restart locks: the four before it were kept.
        QCOMPARE(kiosk.identify(kabidNip, QStringLiteral("000000")).error().code, Error::Code::Locked);
        QCOMPARE(kiosk.identify(kabidNip, QStringLiteral("654321")).error().code, Error::Code::Locked);
        LONTAR_VERIFY_OK(kiosk.unlockAll(QStringLiteral("admin"), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(kiosk.identify(stafNip, m_stafPin));
        LONTAR_VERIFY_OK(kiosk.identify(kabidNip, QStringLiteral("654321")));
    }

    void lockOutEndsByTheBootClock()
    {
        sync::ClientStore store(m_kiosk->db(), m_kiosk->actor());
        KioskConfig config;
        config.lockoutMs = 1500;
        KioskSession kiosk(m_kiosk->db(), store, m_kiosk->actor(), nullptr, config);
        const QString kabidNip = nipOf(QStringLiteral("kabid"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!kiosk.identify(kabidNip, QStringLiteral("000000")).ok());
        QCOMPARE(kiosk.identify(kabidNip, QStringLiteral("654321")).error().code, Error::Code::Locked);
        // Moving the stored wall-clock instant away does not lift it: the boot clock decides in this boot.
        LONTAR_VERIFY_OK(m_kiosk->db().exec(QStringLiteral("UPDATE att_kiosk_lockout SET wall_ms = 0")));
        QCOMPARE(kiosk.identify(kabidNip, QStringLiteral("654321")).error().code, Error::Code::Locked);
        QThread::msleep(1600);
        LONTAR_VERIFY_OK(kiosk.identify(kabidNip, QStringLiteral("654321")));
    }

    void kioskEventsAndTheServer()
    {
        sync::ClientStore store(m_kiosk->db(), m_kiosk->actor());
        KioskSession kiosk(m_kiosk->db(), store, m_kiosk->actor());
        auto in = kiosk.clock(nipOf(QStringLiteral("staf")), m_stafPin, EventKind::In);
        LONTAR_VERIFY_OK(in);
        QVERIFY(!kiosk.clock(nipOf(QStringLiteral("staf")), QStringLiteral("000000"), EventKind::Out).ok());
        m_kiosk->sync();
        const QJsonObject row = m_server.row(kEventEntity, in->id).value_or(QJsonObject());
        QCOMPARE(row.value(QStringLiteral("source")).toString(), kSourceKiosk);
        QCOMPARE(row.value(QStringLiteral("userId")).toString(), userId(QStringLiteral("staf")));
        QCOMPARE(row.value(QStringLiteral("deviceId")).toString(), m_kiosk->client->deviceId());
        QCOMPARE(row.value(QStringLiteral("flags")).toArray().size(), 0);
        // The staff member's supervisor sees it like any other event of theirs.
        auto kabid = m_server.device(QStringLiteral("kabid"));
        QCOMPARE(count(kabid->db(), QStringLiteral("SELECT COUNT(*) FROM att_events WHERE id = ?"), {in->id}),
                 1);

        // A kiosk event for someone of another OPD, correctly chained and hashed: refused by the server.
        ClockEvent outside = *in;
        outside.userId = userId(QStringLiteral("bkpsdm"));
        outside.seq = in->seq + 1;
        outside.prevHash = in->hash;
        outside.id = deviceEventId(outside.deviceId, outside.seq);
        outside.hash = outside.computeHash();
        outside.trustedAt.reset();
        outside.flags.clear();
        expectRejected(m_kiosk->rawPush(kEventEntity, outside.id, outside.toJson()),
                       QStringLiteral("unitnya"));
        QVERIFY(!m_server.row(kEventEntity, outside.id));
        // A normal session posing as a kiosk.
        ClockEvent posing = outside;
        posing.userId = userId(QStringLiteral("kabid"));
        posing.deviceId = m_staf->client->deviceId();
        posing.seq = 1000;
        posing.prevHash.clear();
        posing.id = deviceEventId(posing.deviceId, posing.seq);
        posing.hash = posing.computeHash();
        expectRejected(m_staf->rawPush(kEventEntity, posing.id, posing.toJson()), QStringLiteral("kios"));
    }
};

QTEST_GUILESS_MAIN(TestKiosk)
#include "tst_kiosk.moc"
