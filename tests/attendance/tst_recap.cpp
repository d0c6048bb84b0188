#include "RecapTestSupport.h"

#include "attendance/Recap.h"
#include "attendance/RecapExport.h"

#include <QJsonArray>
#include <QProcess>

using namespace lontar;
using namespace lontar::attendance;
using lontar::test::localMs;

namespace {

const QString kRegency = nameBasedUuid(QStringLiteral("test/recap/pemkab"));
const QString kDinkes = nameBasedUuid(QStringLiteral("test/recap/dinkes"));
const QString kYankes = nameBasedUuid(QStringLiteral("test/recap/yankes"));
const QString kOther = nameBasedUuid(QStringLiteral("test/recap/other"));
constexpr int kPersons = 200;
const QDate kFirst(2026, 11, 1);
const QDate kLast(2026, 11, 30);

QString userId(int i)
{
    return nameBasedUuid(QStringLiteral("test/recap/user/%1").arg(i));
}

QString nip(int i)
{
    return QStringLiteral("19900101201501%1").arg(i, 4, 10, QLatin1Char('0'));
}

// What each person does on their k-th work day; the expected tallies follow from it independently.
enum Case
{
    OnTime,
    Late1,
    Late2,
    Early3,
    Absent,
    InOnly,
    OutOnly,
    Late4Early1,
    CaseCount
};

bool onLeave(int i, QDate d)
{
    return i % 10 == 3 && d >= QDate(2026, 11, 16) && d <= QDate(2026, 11, 18);
}

bool flaggedPerson(int i)
{
    return i % 25 == 0;
}

struct Expected
{
    int workDays = 0, present = 0, absent = 0, leave = 0, provisional = 0;
    int tl[4] = {0, 0, 0, 0}, psw[4] = {0, 0, 0, 0};
    double deduction = 0;
};

QList<QDate> workDays()
{
    QList<QDate> out;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5) // November 2026 has no national holiday
            out.append(d);
    }
    return out;
}

const qint64 kSynced = localMs(QDate(2026, 12, 2), QStringLiteral("09:00:00"));
const qint64 kLateMark = localMs(QDate(2026, 11, 20), QStringLiteral("12:00:00"));
constexpr int kStaleDevicePerson = 7;

} // namespace

class TestRecap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, Expected> m_expected;
    QString m_acceptedEvent;

    Status insertEvent(QSqlQuery& q, int i, QDate d, const QString& kind, qint64 at, const QString& flags,
                       const QString& id = newUuid())
    {
        auto r = Database::run(q, {id, userId(i), i % 2 ? kYankes : kDinkes, QStringLiteral("dev-%1").arg(i),
                                   kind, QStringLiteral("device"), at, at, QStringLiteral("Asia/Jakarta"),
                                   d.toString(Qt::ISODate), flags, at + 60000, 1});
        return r ? Status() : Status(r.error());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("recap.sqlite")));
        LONTAR_VERIFY_OK(db);
        m_db = std::move(*db);
        Database& db_ = *m_db;
        LONTAR_VERIFY_OK(test::recapSchema(db_));
        Transaction tx(db_);
        LONTAR_VERIFY_OK(tx.status());
        LONTAR_VERIFY_OK(test::addUnit(db_, kRegency, {}, QStringLiteral("PEMKAB")));
        LONTAR_VERIFY_OK(test::addUnit(db_, kDinkes, kRegency, QStringLiteral("DINKES")));
        LONTAR_VERIFY_OK(test::addUnit(db_, kYankes, kDinkes, QStringLiteral("DINKES.YANKES")));
        LONTAR_VERIFY_OK(
            test::addUnit(db_, kOther, kRegency, QStringLiteral("BKAD"), QStringLiteral("Asia/Makassar")));
        // Not counted: a kiosk account, a disabled user; counted only for the regency: another OPD.
        LONTAR_VERIFY_OK(test::addUser(db_, nameBasedUuid(QStringLiteral("kiosk")),
                                       QStringLiteral("000000000000000001"), QStringLiteral("Kios DINKES"),
                                       kDinkes, true, QStringLiteral("kiosk")));
        LONTAR_VERIFY_OK(test::addUser(db_, nameBasedUuid(QStringLiteral("gone")),
                                       QStringLiteral("000000000000000002"), QStringLiteral("Pensiun"),
                                       kDinkes, false));
        LONTAR_VERIFY_OK(test::addUser(db_, nameBasedUuid(QStringLiteral("bkad")),
                                       QStringLiteral("000000000000000003"), QStringLiteral("Pegawai BKAD"),
                                       kOther));

        auto ins = db_.prepare(QStringLiteral(
            "INSERT INTO att_events (id, user_id, unit_id, device_id, kind, source, at_ms, claimed_ms, "
            "time_zone, "
            "work_date, flags, received_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        LONTAR_VERIFY_OK(ins);
        const QList<QDate> days = workDays();
        const DeductionTable rates;
        for (int i = 0; i < kPersons; ++i) {
            const QString name = i == 0 ? QStringLiteral("Ayu, S.Kom \"Tia\"")
                                        : QStringLiteral("Pegawai %1").arg(i, 3, 10, QLatin1Char('0'));
            LONTAR_VERIFY_OK(test::addUser(db_, userId(i), nip(i), name, i % 2 ? kYankes : kDinkes));
            Expected e;
            bool acceptedOne = false;
            for (int k = 0; k < days.size(); ++k) {
                const QDate d = days[k];
                const bool friday = d.dayOfWeek() == 5;
                const qint64 start = localMs(d, QStringLiteral("07:30:00"));
                const qint64 end =
                    localMs(d, friday ? QStringLiteral("16:30:00") : QStringLiteral("16:00:00"));
                constexpr qint64 min = 60000;
                ++e.workDays;
                if (i == kStaleDevicePerson && d >= QDate(2026, 11, 20))
                    ++e.provisional;
                if (onLeave(i, d)) {
                    ++e.leave;
                    continue;
                }
                int tl = 0, psw = 0;
                switch (Case((i + k) % CaseCount)) {
                case OnTime: {
                    // Flagged persons' on-time "in" is doubted; one is accepted by an approved koreksi.
                    const QString id = newUuid();
                    const bool flagged = flaggedPerson(i);
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("in"), start - 5 * min,
                                                 flagged ? QStringLiteral("clock_off,no_anchor") : QString(),
                                                 id));
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end + 5 * min, {}));
                    if (flagged && !acceptedOne && i == 0) {
                        acceptedOne = true;
                        m_acceptedEvent = id;
                        LONTAR_VERIFY_OK(db_.exec(QStringLiteral("INSERT INTO att_requests VALUES (?, ?, ?, "
                                                                 "'koreksi', ?, ?, 'disetujui', ?, '', "
                                                                 "0, 'lupa sinkron', 'Atasan', 0, 0)"),
                                                  {newUuid(), userId(i), kDinkes, d.toString(Qt::ISODate),
                                                   d.toString(Qt::ISODate), id}));
                    } else if (flagged) {
                        tl = 4;
                    }
                    break;
                }
                case Late1:
                    LONTAR_VERIFY_OK(
                        insertEvent(*ins, i, d, QStringLiteral("in"), start + (1 + i % 30) * min, {}));
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end, {}));
                    tl = 1;
                    break;
                case Late2:
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("in"), start + 45 * min,
                                                 QStringLiteral("terminal")));
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end + 60 * min, {}));
                    tl = 2;
                    break;
                case Early3:
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("in"), start - 30 * min, {}));
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end - 75 * min, {}));
                    psw = 3;
                    break;
                case Absent:
                    break;
                case InOnly:
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("in"), start - 30 * min, {}));
                    psw = 4;
                    break;
                case OutOnly:
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end + min, {}));
                    tl = 4;
                    break;
                case Late4Early1:
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("in"), start + 100 * min, {}));
                    LONTAR_VERIFY_OK(insertEvent(*ins, i, d, QStringLiteral("out"), end - 10 * min, {}));
                    tl = 4;
                    psw = 1;
                    break;
                case CaseCount:
                    break;
                }
                if (Case((i + k) % CaseCount) == Absent) {
                    ++e.absent;
                    e.deduction += rates.absentPerDay;
                    continue;
                }
                ++e.present;
                if (tl) {
                    ++e.tl[tl - 1];
                    e.deduction += rates.tl[tl - 1];
                }
                if (psw) {
                    ++e.psw[psw - 1];
                    e.deduction += rates.psw[psw - 1];
                }
            }
            e.deduction = std::min(e.deduction, rates.cap);
            m_expected.insert(userId(i), e);
            LONTAR_VERIFY_OK(db_.exec(QStringLiteral("INSERT INTO att_marks VALUES (?, ?, 10, ?, ?)"),
                                      {QStringLiteral("dev-%1").arg(i), kDinkes,
                                       i == kStaleDevicePerson ? kLateMark : kSynced,
                                       i == kStaleDevicePerson ? kLateMark : kSynced}));
            if (i % 10 == 3)
                LONTAR_VERIFY_OK(db_.exec(
                    QStringLiteral(
                        "INSERT INTO att_requests VALUES (?, ?, ?, 'cuti_sakit', '2026-11-16', '2026-11-18', "
                        "'disetujui', '', '', 0, 'sakit', 'Atasan', 0, 0)"),
                    {newUuid(), userId(i), kDinkes}));
            if (i % 10 == 4) // asked, never approved: no leave
                LONTAR_VERIFY_OK(db_.exec(QStringLiteral("INSERT INTO att_requests VALUES (?, ?, ?, "
                                                         "'cuti_tahunan', '2026-11-02', '2026-11-30', "
                                                         "'diajukan', '', '', 0, 'libur', '', 0, 0)"),
                                          {newUuid(), userId(i), kDinkes}));
        }
        ins->finish();
        LONTAR_VERIFY_OK(tx.commit());
    }

    void monthForUnit()
    {
        AttendanceRecap recap(*m_db);
        recap.setNow(localMs(QDate(2026, 12, 5), QStringLiteral("10:00:00")));
        auto rows = recap.month(2026, 11, QStringLiteral("DINKES"));
        LONTAR_VERIFY_OK(rows);
        QCOMPARE(rows->size(), kPersons);
        int flaggedChecked = 0;
        for (const RecapRow& r : *rows) {
            QVERIFY2(m_expected.contains(r.userId), qPrintable(r.name));
            const Expected& e = m_expected[r.userId];
            const QByteArray who = r.name.toUtf8();
            QVERIFY2(r.workDays == e.workDays, who);
            QVERIFY2(r.present == e.present, who);
            QVERIFY2(r.absent == e.absent, who);
            QVERIFY2(r.leave == e.leave, who);
            for (int b = 0; b < 4; ++b) {
                QVERIFY2(r.tl[b] == e.tl[b], who + " TL" + QByteArray::number(b + 1) + ": " +
                                                 QByteArray::number(r.tl[b]) + " vs " +
                                                 QByteArray::number(e.tl[b]));
                QVERIFY2(r.psw[b] == e.psw[b], who + " PSW" + QByteArray::number(b + 1));
            }
            QVERIFY2(qFuzzyCompare(1 + r.deductionPercent, 1 + e.deduction),
                     who + ": " + QByteArray::number(r.deductionPercent) + " vs " +
                         QByteArray::number(e.deduction));
            QVERIFY2(r.provisionalDays == e.provisional, who);
            QCOMPARE(r.workDays, 21);
            flaggedChecked += r.userId == userId(25) ? 1 : 0;
        }
        QCOMPARE(flaggedChecked, 1);
        // Ordered by unit code then name.
        QCOMPARE(rows->first().unitCode, QStringLiteral("DINKES"));
        QCOMPARE(rows->last().unitCode, QStringLiteral("DINKES.YANKES"));
        // The subunit alone, the regency, and an unknown unit.
        auto sub = recap.month(2026, 11, QStringLiteral("DINKES.YANKES"));
        LONTAR_VERIFY_OK(sub);
        QCOMPARE(sub->size(), kPersons / 2);
        auto all = recap.month(2026, 11);
        LONTAR_VERIFY_OK(all);
        QCOMPARE(all->size(), kPersons + 1); // + BKAD; no kiosk, no disabled account
        auto unknown = recap.month(2026, 11, QStringLiteral("NOPE"));
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QVERIFY(!recap.month(2026, 13));
    }

    void daysAreNotCountedAfterToday()
    {
        AttendanceRecap recap(*m_db);
        recap.setNow(localMs(QDate(2026, 11, 10), QStringLiteral("12:00:00")));
        auto rows = recap.month(2026, 11, QStringLiteral("DINKES.YANKES"));
        LONTAR_VERIFY_OK(rows);
        for (const RecapRow& r : *rows) {
            QCOMPARE(r.workDays, 7);         // 2–6 and 9–10 November
            QVERIFY(r.provisionalDays >= 1); // today at least
        }
    }

    void daysOfOnePerson()
    {
        AttendanceRecap recap(*m_db);
        recap.setNow(localMs(QDate(2026, 12, 5), QStringLiteral("10:00:00")));
        auto days = recap.days(userId(0), kFirst, kLast);
        LONTAR_VERIFY_OK(days);
        QCOMPARE(days->size(), 30);
        QCOMPARE(days->first().kind, DayKind::NonWorkDay); // Sunday 1 November
        // Person 0's first work day (k = 0) is on time with a doubted "in" a koreksi accepted.
        const DayStatus& monday = days->at(1);
        QCOMPARE(monday.kind, DayKind::Present);
        QCOMPARE(monday.tl, 0);
        QVERIFY(monday.flags.contains(QStringLiteral("clock_off")));
        QVERIFY(!monday.provisional);
        // Person 0's next on-time day (k = 8, 12 November) is doubted and not accepted.
        const DayStatus& later = days->at(11);
        QCOMPARE(later.date, QDate(2026, 11, 12));
        QCOMPARE(later.tl, 4);
        QVERIFY(later.description.contains(QStringLiteral("TL4")));
        // Person 1 on 3 November (k = 1 → Late2 with a terminal event).
        auto one = recap.days(userId(1), QDate(2026, 11, 3), QDate(2026, 11, 3));
        LONTAR_VERIFY_OK(one);
        QCOMPARE(one->first().description, QStringLiteral("Terlambat 45 menit (TL2)"));
        QCOMPARE(recap.days(nameBasedUuid(QStringLiteral("nobody")), kFirst, kLast).error().code,
                 Error::Code::NotFound);
        QVERIFY(!recap.days(userId(0), kLast, kFirst));
    }

    void csvAndJson()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia)); // decimal comma locale
        AttendanceRecap recap(*m_db);
        recap.setNow(localMs(QDate(2026, 12, 5), QStringLiteral("10:00:00")));
        auto rows = recap.month(2026, 11, QStringLiteral("DINKES"));
        LONTAR_VERIFY_OK(rows);
        const QByteArray csv = recapCsv(*rows);
        QVERIFY(
            csv.startsWith("nip,name,unit,work_days,present,tl1,tl2,tl3,tl4,psw1,psw2,psw3,psw4,absent,leave,"
                           "deduction_percent"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), kPersons + 2); // header, rows, empty after the last CRLF
        QVERIFY(lines[0].endsWith('\r'));
        QVERIFY(csv.contains("\"Ayu, S.Kom \"\"Tia\"\"\""));
        const Expected& e1 = m_expected[userId(1)];
        const QByteArray line1 = [&] {
            for (const QByteArray& l : lines)
                if (l.startsWith(nip(1).toLatin1()))
                    return l.trimmed();
            return QByteArray();
        }();
        const QList<QByteArray> f = line1.split(',');
        QCOMPARE(f.size(), 18);
        QCOMPARE(f[3].toInt(), e1.workDays);
        QCOMPARE(f[5].toInt(), e1.tl[0]);
        QCOMPARE(f[13].toInt(), e1.absent);
        QVERIFY2(f[15].contains('.') && !f[15].contains(','), f[15]);
        QCOMPARE(f[15].toDouble(), e1.deduction);

        const QJsonArray json = QJsonDocument::fromJson(recapJson(*rows)).array();
        QCOMPARE(json.size(), kPersons);
        const QJsonObject o = json.at(0).toObject();
        for (const char* key : {"nip", "name", "unit", "work_days", "present", "tl1", "tl4", "psw1", "psw4",
                                "absent", "leave", "deduction_percent"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QLocale::setDefault(QLocale::c());
    }

    void pdfReport()
    {
        AttendanceRecap recap(*m_db);
        recap.setNow(localMs(QDate(2026, 12, 5), QStringLiteral("10:00:00")));
        auto rows = recap.month(2026, 11, QStringLiteral("DINKES"));
        LONTAR_VERIFY_OK(rows);
        RecapPdfInfo info;
        info.regency = QStringLiteral("Pemerintah Kabupaten Tanjung Lontar");
        info.unitName = QStringLiteral("Dinas Kesehatan");
        info.period = periodName(2026, 11);
        info.generatedBy = QStringLiteral("Rina (BKPSDM)");
        info.generatedAtMs = localMs(QDate(2026, 12, 5), QStringLiteral("10:00:00"));
        info.timeZone = QStringLiteral("Asia/Jakarta");
        info.signerTitle = QStringLiteral("Kepala BKPSDM");
        info.signerName = QStringLiteral("Drs. Budi Santoso");
        info.signerNip = QStringLiteral("197001011995031001");
        QCOMPARE(info.period, QStringLiteral("November 2026"));
        const QString path = test::outputDir() + QStringLiteral("/rekap-november-2026.pdf");
        LONTAR_VERIFY_OK(writeRecapPdf(*rows, info, path));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("REKAPITULASI KEHADIRAN PEGAWAI")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("Periode November 2026")));
        QVERIFY(text.contains(QStringLiteral("Mengetahui, Kepala BKPSDM")));
        QVERIFY(text.contains(QStringLiteral("Drs. Budi Santoso")));
        QVERIFY(text.contains(nip(1)));
        QVERIFY(text.contains(QStringLiteral("Jumlah (200 pegawai)")));
        QVERIFY(text.contains(recapSignatureAnchor()));
        QVERIFY(text.contains(QStringLiteral("5 Desember 2026")));
        // Atomic: a folder that does not exist leaves nothing behind and says why.
        QVERIFY(!writeRecapPdf(*rows, info, m_dir.filePath(QStringLiteral("no/such/dir/r.pdf"))));
    }
};

QTEST_MAIN(TestRecap)
#include "tst_recap.moc"
