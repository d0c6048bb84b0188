#include "EventTestSupport.h"

#include "attendance/AttendanceDemo.h"
#include "attendance/Requests.h"
#include "server/EmbeddedServer.h"

#include <QProcess>

using namespace lontar;
using namespace lontar::attendance;
using namespace lontar::test;

// `lontar-cli attendance import|recap` as a script runs it: on a profile filled by `seed-demo` and on a
// server data folder; exit codes 0/1/2, the recap's CSV header and values, JSON; the demo attendance.
class TestAttendanceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    QString m_serverData;
    QDate m_lastMonth; // first day of last month
    QDate m_workDay;   // a work day of last month

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli"),
                args);
        if (!p.waitForFinished(120'000))
            qFatal("lontar-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString month() const { return m_lastMonth.toString(QStringLiteral("yyyy-MM")); }
    // The last full month, which the demo data fills.
    static QString demoMonth()
    {
        const QDate today = QDate::currentDate();
        return QDate(today.year(), today.month(), 1).addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    }

    static QJsonObject personIn(const QString& json, const QString& nip)
    {
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("nip")).toString() == nip)
                return v.toObject();
        }
        return {};
    }

    QByteArray dayLog() const
    {
        const QString d = m_workDay.toString(Qt::ISODate);
        return QStringLiteral("nip,time,kind\n199209242019032008,%1 07:20:00,in\n"
                              "199209242019032008,%1 17:00:00,out\n")
            .arg(d)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("LONTAR_BINARY_DIR").isEmpty());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        m_serverData = m_dir.filePath(QStringLiteral("server"));
        const QDate today = QDate::currentDate();
        // seed-demo fills last month and this one with demo attendance: the tests work in an empty month
        // before that, and check the demo month apart.
        m_lastMonth = QDate(today.year(), today.month(), 1).addMonths(-3);
        for (QDate d = m_lastMonth.addDays(2); d.month() == m_lastMonth.month(); d = d.addDays(1)) {
            if (d.dayOfWeek() <= 4 && !isBuiltInHoliday(d)) {
                m_workDay = d;
                break;
            }
        }
        const Run seeded = cli({QStringLiteral("seed-demo"), QStringLiteral("--profile"), m_profile});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
    }

    void badUsageIsTwo()
    {
        QCOMPARE(cli({QStringLiteral("attendance")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--month"), month()})
                .code,
            2); // no target
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--month"), QStringLiteral("2026-13")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--month"), month(), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--profile"),
                      m_profile, m_dir.filePath(QStringLiteral("missing.csv"))})
                     .code,
                 2);
        const QString junk = writeFile(QStringLiteral("junk.txt"), "not a terminal log\n");
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--profile"),
                      m_profile, junk})
                     .code,
                 2);
        // A staff member may not import.
        const QString log = writeFile(QStringLiteral("staf.csv"), dayLog());
        const Run staf =
            cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--profile"),
                 m_profile, QStringLiteral("--user"), QStringLiteral("staf"), log});
        QCOMPARE(staf.code, 2);
        QVERIFY2(staf.err.contains(QStringLiteral("admin OPD")), qPrintable(staf.err));
    }

    void recapOnSeedDemoProfile()
    {
        const Run csv = cli({QStringLiteral("attendance"), QStringLiteral("recap"),
                             QStringLiteral("--profile"), m_profile, QStringLiteral("--month"), month()});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QStringList lines =
            csv.out.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        QVERIFY(
            lines.first().startsWith(QStringLiteral("nip,name,unit,work_days,present,tl1,tl2,tl3,tl4,psw1,"
                                                    "psw2,psw3,psw4,absent,leave,deduction_percent")));
        // The staff member: no events at all, so every work day is absent and the cut is capped at 100.
        const QString stafLine = *std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) {
            return l.startsWith(QStringLiteral("199209242019032008,"));
        });
        // work_days, present 0, no TL/PSW, absent = work_days, no leave, 5 % a day capped at 100, a dot.
        static const QRegularExpression allAbsent(
            QStringLiteral(",(\\d+),0,0,0,0,0,0,0,0,0,\\1,0,(\\d+)\\.(\\d+)(,|$)"));
        const QRegularExpressionMatch absentMatch = allAbsent.match(stafLine);
        QVERIFY2(absentMatch.hasMatch(), qPrintable(stafLine));
        QCOMPARE(absentMatch.captured(2).toInt(), std::min(100, 5 * absentMatch.captured(1).toInt()));

        const Run json =
            cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--profile"),
                 m_profile, QStringLiteral("--month"), month(), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--unit"), QStringLiteral("DISKOMINFO")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& v : rows) // only DISKOMINFO and its bidang
            QVERIFY(v.toObject()
                        .value(QStringLiteral("unit_code"))
                        .toString()
                        .startsWith(QStringLiteral("DISKOMINFO")));
        const QJsonObject staf = personIn(json.out, QStringLiteral("199209242019032008"));
        QVERIFY(staf.value(QStringLiteral("work_days")).toInt() >= 15);
        QCOMPARE(staf.value(QStringLiteral("absent")).toInt(),
                 staf.value(QStringLiteral("work_days")).toInt());
        QCOMPARE(staf.value(QStringLiteral("present")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--month"), month(), QStringLiteral("--unit"),
                      QStringLiteral("NOPE")})
                     .code,
                 2);
        // The demo month seed-demo added: the staff member was there on most days.
        const Run demo = cli({QStringLiteral("attendance"), QStringLiteral("recap"),
                              QStringLiteral("--profile"), m_profile, QStringLiteral("--month"), demoMonth(),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(demo.code, 0);
        QVERIFY(personIn(demo.out, QStringLiteral("199209242019032008"))
                    .value(QStringLiteral("present"))
                    .toInt() > 10);
    }

    void importOnSeedDemoProfile()
    {
        const QString clean = writeFile(QStringLiteral("clean.csv"), dayLog());
        const Run first = cli({QStringLiteral("attendance"), QStringLiteral("import"),
                               QStringLiteral("--profile"), m_profile, clean});
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral("ditambahkan 2, duplikat 0, dilewati 0")),
                 qPrintable(first.out));
        const Run second = cli({QStringLiteral("attendance"), QStringLiteral("import"),
                                QStringLiteral("--profile"), m_profile, clean});
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QStringLiteral("ditambahkan 0, duplikat 2, dilewati 0")),
                 qPrintable(second.out));
        const QString bad = writeFile(QStringLiteral("bad.dat"),
                                      "199209242019032008\t" + m_workDay.toString(Qt::ISODate).toUtf8() +
                                          " 12:00:00\t1\t7\t0\n123\t" +
                                          m_workDay.toString(Qt::ISODate).toUtf8() + " 12:00:00\t1\t0\t0\n");
        const Run skipped =
            cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--profile"),
                 m_profile, QStringLiteral("--terminal"), QStringLiteral("ZK-01"), bad});
        QCOMPARE(skipped.code, 1);
        QVERIFY2(skipped.out.contains(QStringLiteral("baris 1:")) &&
                     skipped.out.contains(QStringLiteral("baris 2:")),
                 qPrintable(skipped.out));
        // The recap counts the imported day as present.
        const Run json = cli({QStringLiteral("attendance"), QStringLiteral("recap"),
                              QStringLiteral("--profile"), m_profile, QStringLiteral("--month"), month(),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(
            personIn(json.out, QStringLiteral("199209242019032008")).value(QStringLiteral("present")).toInt(),
            1);
    }

    void serverDataFolder()
    {
        {
            auto setup = server::prepareServer(m_serverData, {}, true);
            QVERIFY2(setup.ok(), qPrintable(setup.errorMessage()));
        }
        const QString clean = writeFile(QStringLiteral("server.csv"), dayLog());
        const Run imported =
            cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--server-data"),
                 m_serverData, QStringLiteral("--user"), QStringLiteral("admin"), clean});
        QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("ditambahkan 2")));
        const Run again = cli({QStringLiteral("attendance"), QStringLiteral("import"),
                               QStringLiteral("--server-data"), m_serverData, clean});
        QCOMPARE(again.code, 0); // the one admin OPD of the directory by default
        QVERIFY(again.out.contains(QStringLiteral("duplikat 2")));
        const Run csv =
            cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--server-data"),
                 m_serverData, QStringLiteral("--month"), month()});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(QStringLiteral("nip,name,unit,work_days,present,")));
        const Run json = cli({QStringLiteral("attendance"), QStringLiteral("recap"),
                              QStringLiteral("--server-data"), m_serverData, QStringLiteral("--month"),
                              month(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(
            personIn(json.out, QStringLiteral("199209242019032008")).value(QStringLiteral("present")).toInt(),
            1);
    }

    void demoAttendance()
    {
        // On the server's data: every row through the policies; then the recap of last month.
        registerAttendance();
        QTemporaryDir dir;
        {
            auto setup = server::prepareServer(dir.path(), {}, true);
            QVERIFY2(setup.ok(), qPrintable(setup.errorMessage()));
            LONTAR_VERIFY_OK(seedAttendanceDemo(*setup->db));
            const qint64 events = count(
                *setup->db, QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kEventEntity});
            QVERIFY(events > 200);
            LONTAR_VERIFY_OK(seedAttendanceDemo(*setup->db)); // once only
            QCOMPARE(count(*setup->db, QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                           {kEventEntity}),
                     events);
            // Exactly one event doubted (the clock 10 minutes off), one leave approved, one waiting.
            QCOMPARE(count(*setup->db,
                           QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND data LIKE "
                                          "'%clock_off%'"),
                           {kEventEntity}),
                     1);
            QCOMPARE(count(*setup->db,
                           QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND data LIKE "
                                          "'%\"state\":\"disetujui\"%'"),
                           {kRequestEntity}),
                     1);
            QCOMPARE(count(*setup->db,
                           QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND data LIKE "
                                          "'%\"state\":\"diajukan\"%'"),
                           {kRequestEntity}),
                     1);
        }
        const Run json = cli({QStringLiteral("attendance"), QStringLiteral("recap"),
                              QStringLiteral("--server-data"), dir.path(), QStringLiteral("--month"),
                              demoMonth(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject staf = personIn(json.out, QStringLiteral("199209242019032008"));
        QCOMPARE(staf.value(QStringLiteral("leave")).toInt(), 2);
        QCOMPARE(staf.value(QStringLiteral("absent")).toInt(), 0);
        QCOMPARE(staf.value(QStringLiteral("present")).toInt() + 2,
                 staf.value(QStringLiteral("work_days")).toInt());
        int late = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.out.toUtf8()).array())
            late += v.toObject().value(QStringLiteral("tl1")).toInt() +
                    v.toObject().value(QStringLiteral("tl2")).toInt();
        QVERIFY(late > 0);

        // The same on a standalone profile filled by seed-demo.
        const QString profile = m_dir.filePath(QStringLiteral("demo-profile"));
        QCOMPARE(cli({QStringLiteral("seed-demo"), QStringLiteral("--profile"), profile}).code, 0);
        {
            auto p = openAttendanceProfile(profile);
            LONTAR_VERIFY_OK(seedAttendanceDemoProfile(p->database()));
            QCOMPARE(count(p->database(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);
        }
        const Run local =
            cli({QStringLiteral("attendance"), QStringLiteral("recap"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--month"), demoMonth(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(local.code, 0);
        QCOMPARE(personIn(local.out, QStringLiteral("199209242019032008")), staf);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceCli)
#include "tst_attendancecli.moc"
