#include "EventTestSupport.h"

#include "attendance/AttendanceCli.h"
#include "attendance/TerminalImport.h"
#include "server/Directory.h"

#include <QTimeZone>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// Fingerprint terminal logs (CSV and ZKTeco attlog) into attendance events: on the server's data through
// its MutationWriter and on a device profile through the client store, both with the event policy.
// Every bad line is listed with its number and reason; a second import adds nothing.
class TestTerminalImport : public QObject
{
    Q_OBJECT

    AttendanceServer m_server;
    QString m_witaNip = QStringLiteral("199101012020011001");

    QString nip(const QString& username) { return IdentityStore(*m_server.db).userByUsername(username)->nip; }
    Actor actor(const QString& username)
    {
        auto user = IdentityStore(*m_server.db).userByUsername(username);
        return *Actor::forUser(*m_server.db, *user, QStringLiteral("server-console"));
    }
    TerminalImportReport serverImport(const QString& username, const QByteArray& content,
                                      const QString& file = QStringLiteral("mesin-a.csv"))
    {
        ServerAttendanceRows rows(*m_server.db, actor(username));
        auto r = TerminalImport(rows).run(content, {QString(), file});
        if (!r)
            qFatal("import: %s", qPrintable(r.errorMessage()));
        return *r;
    }
    static QString reasonAt(const TerminalImportReport& r, int line)
    {
        for (const TerminalIssue& i : r.skipped) {
            if (i.line == line)
                return i.reason;
        }
        return QStringLiteral("<not skipped>");
    }
    static qint64 utc(const char* iso)
    {
        return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
    }
    qint64 terminalEvents()
    {
        return count(*m_server.db, QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                     {kEventEntity});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start();
        // A WITA office inside the admin's OPD, with one employee.
        Transaction tx(*m_server.db);
        IdentityStore ids(*m_server.db);
        OrgUnit unit;
        unit.id = nameBasedUuid(QStringLiteral("test/unit/UPT-WITA"));
        unit.parentId = nameBasedUuid(QStringLiteral("demo/unit/DISKOMINFO"));
        unit.code = QStringLiteral("DISKOMINFO.UPT");
        unit.name = QStringLiteral("UPT Data Pulau");
        unit.kind = QStringLiteral("seksi");
        unit.timeZone = QStringLiteral("Asia/Makassar");
        LONTAR_VERIFY_OK(ids.createUnit(unit));
        User u;
        u.id = nameBasedUuid(QStringLiteral("test/user/wita"));
        u.username = QStringLiteral("wita");
        u.nip = m_witaNip;
        u.fullName = QStringLiteral("Made Wirawan");
        u.unitId = unit.id;
        u.roles = {Role::Asn};
        LONTAR_VERIFY_OK(ids.createUser(u, DemoData::demoPassword()));
        LONTAR_VERIFY_OK(server::publishDirectory(*m_server.db, QDateTime::currentMSecsSinceEpoch()));
        LONTAR_VERIFY_OK(tx.commit());
    }

    void csvWithBadLines()
    {
        const QByteArray csv = "nip,time,kind\n" + nip(QStringLiteral("staf")).toUtf8() +
                               ",2026-03-02 07:25:13,in\n" + nip(QStringLiteral("staf")).toUtf8() +
                               ",2026-03-02 16:05:00,out\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-13-02 07:00:00,in\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-03-02 07:00:00,masuk\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-03-02 07:00:00\n"
                               "999999999999999999,2026-03-02 07:00:00,in\n" +
                               nip(QStringLiteral("sekda")).toUtf8() + ",2026-03-02 07:00:00,in\n" +
                               nip(QStringLiteral("kadis")).toUtf8() + ",2099-01-01 07:00:00,in\n" +
                               nip(QStringLiteral("tu")).toUtf8() + ", 2026-03-02 07:31:00 , IN \n\n";
        const qint64 before = terminalEvents();
        const TerminalImportReport r = serverImport(QStringLiteral("admin"), csv);
        QCOMPARE(r.format, TerminalFormat::Csv);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.skipped.size(), 6);
        QVERIFY(reasonAt(r, 4).contains(QStringLiteral("waktu tidak valid")));
        QVERIFY(reasonAt(r, 5).contains(QStringLiteral("in atau out")));
        QVERIFY(reasonAt(r, 6).contains(QStringLiteral("kolom kurang")));
        QVERIFY(reasonAt(r, 7).contains(QStringLiteral("tidak dikenal")));
        QVERIFY(reasonAt(r, 8).contains(QStringLiteral("di luar unit")));
        QVERIFY(reasonAt(r, 9).contains(QStringLiteral("masa depan")));
        QVERIFY(r.toText().contains(QStringLiteral("baris 7: NIP 999999999999999999 tidak dikenal")));
        QCOMPARE(terminalEvents(), before + 3);

        // The stored event: the terminal id scheme, WIB local time, evidence, a terminal flag.
        const QString staf = IdentityStore(*m_server.db).userByUsername(QStringLiteral("staf"))->id;
        const qint64 claimed = utc("2026-03-02T00:25:13Z");
        const QString id = terminalEventId(nip(QStringLiteral("staf")), claimed,
                                           QStringLiteral("Asia/Jakarta"), EventKind::In);
        const auto row = m_server.row(kEventEntity, id);
        QVERIFY(row.has_value());
        QCOMPARE(row->value(QStringLiteral("userId")).toString(), staf);
        QCOMPARE(qint64(row->value(QStringLiteral("claimedAt")).toDouble()), claimed);
        QCOMPARE(row->value(QStringLiteral("source")).toString(), QStringLiteral("terminal"));
        QCOMPARE(row->value(QStringLiteral("seq")).toInt(), 0);
        const QJsonObject evidence = row->value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(evidence.value(QStringLiteral("file")).toString(), QStringLiteral("mesin-a.csv"));
        QCOMPARE(evidence.value(QStringLiteral("terminalId")).toString(), QStringLiteral("mesin-a.csv"));
        QCOMPARE(m_server.flagsOf(id), QStringList{QStringLiteral("terminal")});

        // The same file again (even under another name): nothing added, all counted as duplicates.
        const TerminalImportReport again =
            serverImport(QStringLiteral("admin"), csv, QStringLiteral("salinan.csv"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates, 3);
        QCOMPARE(again.skipped.size(), 6);
        QCOMPARE(terminalEvents(), before + 3);
    }

    void attlogWithBomCrlfAndZones()
    {
        const QByteArray log = "\xEF\xBB\xBF   " + nip(QStringLiteral("staf")).toUtf8() +
                               "\t2026-03-03 07:20:00\t1\t0\t0\r\n" + nip(QStringLiteral("staf")).toUtf8() +
                               "\t 2026-03-03 16:10:00 \t1\t1\t0\t0\r\n" + m_witaNip.toUtf8() +
                               "\t2026-03-03 07:30:00\t15\t0\t0\r\n" + nip(QStringLiteral("staf")).toUtf8() +
                               "\t2026-03-03 12:00:00\t1\t5\t0\r\n" + nip(QStringLiteral("staf")).toUtf8() +
                               "\t2026-03-03 12:00:00\t1\r\n" + nip(QStringLiteral("staf")).toUtf8() +
                               "\t03/03/2026 12:00\t1\t0\t0\r\n";
        const TerminalImportReport r =
            serverImport(QStringLiteral("admin"), log, QStringLiteral("attlog.dat"));
        QCOMPARE(r.format, TerminalFormat::AttLog);
        QCOMPARE(r.added, 3);
        QCOMPARE(r.skipped.size(), 3);
        QVERIFY(reasonAt(r, 4).contains(QStringLiteral("status harus 0")));
        QVERIFY(reasonAt(r, 5).contains(QStringLiteral("kolom kurang")));
        QVERIFY(reasonAt(r, 6).contains(QStringLiteral("waktu tidak valid")));
        // 07:30 WITA is 23:30 UTC the day before; 07:20 WIB is 00:20 UTC.
        const qint64 wita = utc("2026-03-02T23:30:00Z");
        QVERIFY(m_server.row(
            kEventEntity, terminalEventId(m_witaNip, wita, QStringLiteral("Asia/Makassar"), EventKind::In)));
        const auto witaRow = m_server.row(
            kEventEntity, terminalEventId(m_witaNip, wita, QStringLiteral("Asia/Makassar"), EventKind::In));
        QCOMPARE(witaRow->value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Makassar"));
        QVERIFY(m_server.row(kEventEntity,
                             terminalEventId(nip(QStringLiteral("staf")), utc("2026-03-03T09:10:00Z"),
                                             QStringLiteral("Asia/Jakarta"), EventKind::Out)));
        QCOMPARE(serverImport(QStringLiteral("admin"), log).duplicates, 3);
    }

    void onlyAdminsOfTheUnitImport()
    {
        const QByteArray csv =
            "nip,time,kind\n" + nip(QStringLiteral("staf")).toUtf8() + ",2026-03-04 07:25:13,in\n";
        ServerAttendanceRows staf(*m_server.db, actor(QStringLiteral("staf")));
        auto refused = TerminalImport(staf).run(csv, {QString(), QStringLiteral("x.csv")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        // BKPSDM's kepegawaian may import, but only for people of its own unit tree.
        const TerminalImportReport r = serverImport(QStringLiteral("bkpsdm"), csv);
        QCOMPARE(r.added, 0);
        QVERIFY(reasonAt(r, 2).contains(QStringLiteral("di luar unit")));
        // A forged terminal event pushed by a staff member's device is refused by the server's policy.
        auto device = m_server.device(QStringLiteral("staf"));
        ClockEvent e;
        e.userId = device->actor().user.id;
        e.deviceId = device->actor().deviceId;
        e.kind = EventKind::In;
        e.source = kSourceTerminal;
        e.claimedAt = utc("2026-03-04T00:10:00Z");
        e.timeZone = QStringLiteral("Asia/Jakarta");
        e.evidence = QJsonObject{{QStringLiteral("terminalId"), QStringLiteral("palsu")}};
        e.hash = e.computeHash();
        expectRejected(
            device->rawPush(kEventEntity,
                            terminalEventId(nip(QStringLiteral("staf")), e.claimedAt, e.timeZone, e.kind),
                            e.toJson()),
            QStringLiteral("admin OPD"));
    }

    void deviceProfileQueuesTheEvents()
    {
        QTemporaryDir dir;
        auto profile = openAttendanceProfile(dir.filePath(QStringLiteral("p")));
        LONTAR_VERIFY_OK(DemoData::seed(*profile));
        LONTAR_VERIFY_OK(attendance::publishLocalDirectory(profile->database()));
        auto admin = profile->identity().userByUsername(QStringLiteral("admin"));
        DeviceAttendanceRows rows(profile->database(), *Actor::forUser(profile->database(), *admin));
        const QByteArray csv = "nip,time,kind\r\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-03-05 07:10:00,in\r\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-03-05 16:10:00,out\r\n" + nip(QStringLiteral("kabid")).toUtf8() +
                               ",2026-03-05 16:10:00,out\r\n";
        auto r = TerminalImport(rows).run(csv, {QStringLiteral("MESIN-1"), QStringLiteral("log.csv")});
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->added, 2);
        QCOMPARE(r->duplicates, 1); // the repeated line
        QVERIFY2(r->skipped.isEmpty(), qPrintable(r->toText()));
        Database& db = profile->database();
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ?"), {kEventEntity}),
            2);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM att_events WHERE source = 'terminal'")), 2);
        auto again = TerminalImport(rows).run(csv, {QStringLiteral("MESIN-1"), QStringLiteral("log.csv")});
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 3);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ?"), {kEventEntity}),
            2);
    }

    void unreadableInput()
    {
        QVERIFY(!parseTerminalLog("").ok());
        QVERIFY(!parseTerminalLog("\xEF\xBB\xBF\r\n\r\n").ok());
        QVERIFY(!parseTerminalLog("hello world\nthis is not a log\n").ok());
        QByteArray big(int(TerminalImport::kMaxBytes + 1), 'x');
        auto tooBig = parseTerminalLog(big);
        QVERIFY(!tooBig.ok());
        QVERIFY(tooBig.errorMessage().contains(QStringLiteral("terlalu besar")));
        // Header in another case and quoted values are fine; extra columns are not.
        auto p = parseTerminalLog("NIP,Time,Kind\n\"199209242019032008\",\"2026-03-02 07:00:00\",\"out\"\n"
                                  "199209242019032008,2026-03-02 07:00:00,in,x\n");
        QVERIFY(p.ok());
        QCOMPARE(p->records.size(), 1);
        QCOMPARE(p->records.first().kind, EventKind::Out);
        QCOMPARE(p->issues.size(), 1);
        QCOMPARE(p->issues.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestTerminalImport)
#include "tst_terminalimport.moc"
