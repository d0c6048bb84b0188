#include "RecapTestSupport.h"

#include "attendance/Recap.h"
#include "attendance/Rules.h"

#include <QJsonArray>

using namespace lontar;
using namespace lontar::attendance;
using lontar::test::localMs;

namespace {

const QString kRegency = nameBasedUuid(QStringLiteral("test/att/regency"));
const QString kOpd = nameBasedUuid(QStringLiteral("test/att/opd"));
const QString kBidang = nameBasedUuid(QStringLiteral("test/att/bidang"));
const QString kOther = nameBasedUuid(QStringLiteral("test/att/other"));
const QString kDevice = QStringLiteral("device-1");
const QDate kMonday(2026, 11, 2); // no holiday that week
const QDate kFriday(2026, 11, 6);

RecapPerson person(const QString& zone = QStringLiteral("Asia/Jakarta"), const QString& unit = kBidang)
{
    return {nameBasedUuid(QStringLiteral("test/att/p")),
            QStringLiteral("199001012015011001"),
            QStringLiteral("Pegawai Uji"),
            unit,
            QStringLiteral("BIDANG"),
            QStringLiteral("Bidang"),
            zone};
}

RecapEvent ev(bool in, qint64 at, QStringList flags = {}, const QString& id = {})
{
    RecapEvent e;
    e.id = id.isEmpty() ? newUuid() : id;
    e.userId = person().userId;
    e.deviceId = kDevice;
    e.in = in;
    e.atMs = at;
    e.flags = flags;
    e.receivedAt = at + 1000;
    return e;
}

QHash<QString, QString> tree()
{
    return {{kRegency, QString()}, {kOpd, kRegency}, {kBidang, kOpd}, {kOther, kRegency}};
}

// Everything final: "now" long after, every device synced since.
constexpr qint64 kLater = 1830000000000; // 2027-12
DayStatus dayOf(const RuleBook& rules, const QList<RecapEvent>& events, QDate date,
                const QList<RecapRequest>& requests = {}, const RecapPerson& p = person())
{
    RecapCalculator calc(rules, kLater);
    calc.setMarks({{kDevice, kLater}});
    const QList<DayStatus> days = calc.days(p, events, requests, date, date);
    return days.size() == 1 ? days.first() : DayStatus{};
}

User user(const QString& name, QList<Role> roles, const QString& unit = kOpd)
{
    User u;
    u.id = nameBasedUuid(QStringLiteral("test/att/user/") + name);
    u.username = name;
    u.fullName = name;
    u.unitId = unit;
    u.roles = roles;
    return u;
}

Actor actor(const User& u)
{
    Actor a;
    a.user = u;
    a.deviceId = QStringLiteral("dev");
    if (u.unitId == kOpd)
        a.unitSubtree = {kOpd, kBidang};
    else
        a.unitSubtree = {u.unitId};
    return a;
}

Result<RowAccess> write(const User& u, QJsonObject row, std::optional<QString> id = std::nullopt)
{
    const Actor a = actor(u);
    const auto parsed = parseRuleRow(row);
    const QString entityId =
        id ? *id : (parsed ? ruleId(parsed->kind, parsed->unitId, parsed->effectiveFrom) : newUuid());
    WriteContext ctx{a, true, 1'800'000'000'000, entityId, false, std::nullopt, {}, {}};
    return makeRulesPolicy()->authorizeWrite(ctx, row);
}

} // namespace

class TestAttendanceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bandsOfMinutes()
    {
        QCOMPARE(bandOfMinutes(0), 0);
        QCOMPARE(bandOfMinutes(1), 1);
        QCOMPARE(bandOfMinutes(30), 1);
        QCOMPARE(bandOfMinutes(31), 2);
        QCOMPARE(bandOfMinutes(60), 2);
        QCOMPARE(bandOfMinutes(61), 3);
        QCOMPARE(bandOfMinutes(90), 3);
        QCOMPARE(bandOfMinutes(91), 4);
        QCOMPARE(minutesLate(0), 0);
        QCOMPARE(minutesLate(999), 0); // under a second: the clock reads the same second
        QCOMPARE(minutesLate(1000), 1);
        QCOMPARE(minutesLate(30 * 60000 + 1000), 31);
    }

    void lateBands_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("band");
        QTest::newRow("on time") << "07:30:00" << 0 << 0;
        QTest::newRow("early") << "07:10:00" << 0 << 0;
        QTest::newRow("1 s") << "07:30:01" << 1 << 1;
        QTest::newRow("1 min") << "07:31:00" << 1 << 1;
        QTest::newRow("30 min") << "08:00:00" << 30 << 1;
        QTest::newRow("30 min 1 s") << "08:00:01" << 31 << 2;
        QTest::newRow("31 min") << "08:01:00" << 31 << 2;
        QTest::newRow("60 min") << "08:30:00" << 60 << 2;
        QTest::newRow("61 min") << "08:31:00" << 61 << 3;
        QTest::newRow("90 min") << "09:00:00" << 90 << 3;
        QTest::newRow("91 min") << "09:01:00" << 91 << 4;
    }
    void lateBands()
    {
        QFETCH(QString, in);
        QFETCH(int, minutes);
        QFETCH(int, band);
        RuleBook rules;
        const DayStatus d = dayOf(
            rules, {ev(true, localMs(kMonday, in)), ev(false, localMs(kMonday, QStringLiteral("16:00:00")))},
            kMonday);
        QCOMPARE(d.kind, DayKind::Present);
        QCOMPARE(d.lateMinutes, minutes);
        QCOMPARE(d.tl, band);
        QCOMPARE(d.psw, 0);
        const double rates[] = {0, 0.5, 1.0, 1.25, 1.5};
        QCOMPARE(d.deductionPercent, rates[band]);
        if (band)
            QVERIFY2(d.description.contains(QStringLiteral("(TL%1)").arg(band)), qPrintable(d.description));
    }

    void earlyBands_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("band");
        QTest::newRow("at end") << "16:00:00" << 0;
        QTest::newRow("later") << "17:00:00" << 0;
        QTest::newRow("1 s early") << "15:59:59" << 1;
        QTest::newRow("30 min") << "15:30:00" << 1;
        QTest::newRow("30 min 1 s") << "15:29:59" << 2;
        QTest::newRow("60 min") << "15:00:00" << 2;
        QTest::newRow("61 min") << "14:59:00" << 3;
        QTest::newRow("90 min") << "14:30:00" << 3;
        QTest::newRow("91 min") << "14:29:00" << 4;
    }
    void earlyBands()
    {
        QFETCH(QString, out);
        QFETCH(int, band);
        RuleBook rules;
        const DayStatus d = dayOf(
            rules, {ev(true, localMs(kMonday, QStringLiteral("07:00:00"))), ev(false, localMs(kMonday, out))},
            kMonday);
        QCOMPARE(d.tl, 0);
        QCOMPARE(d.psw, band);
    }

    void fridayEndsLater()
    {
        RuleBook rules;
        const auto in = ev(true, localMs(kFriday, QStringLiteral("07:30:00")));
        QCOMPARE(dayOf(rules, {in, ev(false, localMs(kFriday, QStringLiteral("16:00:00")))}, kFriday).psw, 1);
        QCOMPARE(dayOf(rules, {in, ev(false, localMs(kFriday, QStringLiteral("16:30:00")))}, kFriday).psw, 0);
        // The first in and the last out count.
        const DayStatus d = dayOf(rules,
                                  {in, ev(true, localMs(kFriday, QStringLiteral("09:30:00"))),
                                   ev(false, localMs(kFriday, QStringLiteral("12:00:00"))),
                                   ev(false, localMs(kFriday, QStringLiteral("16:31:00")))},
                                  kFriday);
        QCOMPARE(d.tl, 0);
        QCOMPARE(d.psw, 0);
    }

    void missingRecords()
    {
        RuleBook rules;
        const DayStatus inOnly =
            dayOf(rules, {ev(true, localMs(kMonday, QStringLiteral("07:00:00")))}, kMonday);
        QVERIFY(inOnly.missingOut);
        QCOMPARE(inOnly.psw, 4);
        QCOMPARE(inOnly.tl, 0);
        QCOMPARE(inOnly.deductionPercent, 1.5);
        const DayStatus outOnly =
            dayOf(rules, {ev(false, localMs(kMonday, QStringLiteral("16:10:00")))}, kMonday);
        QVERIFY(outOnly.missingIn);
        QCOMPARE(outOnly.tl, 4);
        QCOMPARE(outOnly.psw, 0);
        QCOMPARE(outOnly.kind, DayKind::Present);
        const DayStatus none = dayOf(rules, {}, kMonday);
        QCOMPARE(none.kind, DayKind::Absent);
        QCOMPARE(none.deductionPercent, 5.0);
    }

    // Today, clocked in and not yet out: "belum pulang", no PSW4, until the schedule's end + grace; then a
    // provisional PSW4 on screen that the month still does not count; counted once the day is over.
    void todayStillAtWork()
    {
        RuleBook rules;
        const QList<RecapEvent> in{ev(true, localMs(kMonday, QStringLiteral("07:20:00")))};
        auto at = [&](const QString& hhmm, QDate date = kMonday) {
            RecapCalculator calc(rules, localMs(date, hhmm + QStringLiteral(":00")));
            calc.setMarks({{kDevice, kLater}});
            return std::pair{calc.days(person(), in, {}, kMonday, kMonday),
                             calc.summarize(person(), calc.days(person(), in, {}, kMonday, kMonday))};
        };
        const auto [morning, morningRow] = at(QStringLiteral("10:00"));
        QCOMPARE(morning.size(), 1);
        QVERIFY(morning.first().outPending);
        QVERIFY(!morning.first().missingOut);
        QCOMPARE(morning.first().psw, 0);
        QCOMPARE(morning.first().deductionPercent, 0.0);
        QVERIFY(morning.first().provisional);
        QVERIFY2(morning.first().description.contains(QStringLiteral("belum pulang")),
                 qPrintable(morning.first().description));
        QVERIFY(!morning.first().description.contains(QStringLiteral("PSW")));
        QCOMPARE(morningRow.psw[3], 0);
        QCOMPARE(morningRow.present, 1);
        QCOMPARE(morningRow.deductionPercent, 0.0);
        // Just within the grace after 16:00 it still reads "belum pulang".
        QCOMPARE(at(QStringLiteral("16:29")).first.first().psw, 0);
        // Later that evening: a provisional PSW4 on screen, not yet in the month.
        const auto [evening, eveningRow] = at(QStringLiteral("16:31"));
        QVERIFY(evening.first().outPending);
        QVERIFY(evening.first().missingOut);
        QCOMPARE(evening.first().psw, 4);
        QCOMPARE(evening.first().deductionPercent, 0.0);
        QVERIFY(evening.first().provisional);
        QCOMPARE(eveningRow.psw[3], 0);
        QCOMPARE(eveningRow.deductionPercent, 0.0);
        // The next morning the day is over: PSW4 counts and is cut.
        const auto [next, nextRow] = at(QStringLiteral("08:00"), kMonday.addDays(1));
        QVERIFY(!next.first().outPending);
        QVERIFY(next.first().missingOut);
        QCOMPARE(next.first().psw, 4);
        QCOMPARE(next.first().deductionPercent, 1.5);
        QCOMPARE(nextRow.psw[3], 1);
        QCOMPARE(nextRow.deductionPercent, 1.5);
        // Clocking out today ends the question at once.
        RecapCalculator calc(rules, localMs(kMonday, QStringLiteral("16:05:00")));
        const DayStatus out =
            calc.days(person(), {in.first(), ev(false, localMs(kMonday, QStringLiteral("16:02:00")))}, {},
                      kMonday, kMonday)
                .first();
        QVERIFY(!out.outPending);
        QCOMPARE(out.psw, 0);
    }

    void monthlyCap()
    {
        RuleBook rules;
        RecapCalculator calc(rules, kLater);
        const RecapPerson p = person();
        const QList<DayStatus> days = calc.days(p, {}, {}, QDate(2026, 11, 1), QDate(2026, 11, 30));
        const RecapRow row = calc.summarize(p, days);
        QCOMPARE(row.workDays, 21);
        QCOMPARE(row.absent, 21); // 21 × 5 % = 105 %
        QCOMPARE(row.deductionPercent, 100.0);
        // A regency table with another cap and rate.
        DeductionTable t;
        t.absentPerDay = 2;
        t.cap = 30;
        rules.addDeductions(QString(), QDate(2026, 1, 1), t);
        RecapCalculator calc2(rules, kLater);
        QCOMPARE(calc2.summarize(p, calc2.days(p, {}, {}, QDate(2026, 11, 1), QDate(2026, 11, 10)))
                     .deductionPercent,
                 14.0);
        QCOMPARE(calc2.summarize(p, calc2.days(p, {}, {}, QDate(2026, 11, 1), QDate(2026, 11, 30)))
                     .deductionPercent,
                 30.0);
    }

    void leaveDays()
    {
        RuleBook rules;
        RecapCalculator calc(rules, kLater);
        const RecapPerson p = person();
        RecapRequest leave{
            p.userId, QStringLiteral("cuti_tahunan"), QDate(2026, 11, 5), QDate(2026, 11, 9), {}, {}, 0};
        RecapRequest other{nameBasedUuid(QStringLiteral("someone else")),
                           QStringLiteral("cuti_sakit"),
                           QDate(2026, 11, 2),
                           QDate(2026, 11, 4),
                           {},
                           {},
                           0};
        const QList<DayStatus> days =
            calc.days(p, {}, {leave, other}, QDate(2026, 11, 2), QDate(2026, 11, 10));
        QCOMPARE(days.size(), 9);
        QCOMPARE(days[0].kind, DayKind::Absent); // another person's leave does not count
        QCOMPARE(days[3].kind, DayKind::Leave);  // Thu 5th
        QCOMPARE(days[3].description, QStringLiteral("Cuti tahunan"));
        QCOMPARE(days[5].kind, DayKind::NonWorkDay); // Saturday inside the leave
        QCOMPARE(days[7].kind, DayKind::Leave);      // Monday 9th
        QCOMPARE(days[8].kind, DayKind::Absent);
        const RecapRow row = calc.summarize(p, days);
        QCOMPARE(row.leave, 3);
        QCOMPARE(row.workDays, 7);
        QCOMPARE(row.absent, 4);
        QCOMPARE(row.deductionPercent, 20.0);
    }

    void holidaysAndWeekend()
    {
        RuleBook rules;
        RecapCalculator calc(rules, kLater);
        const QList<DayStatus> days = calc.days(person(), {}, {}, QDate(2026, 12, 23), QDate(2026, 12, 27));
        QCOMPARE(days.size(), 5);
        QCOMPARE(days[0].kind, DayKind::Absent);
        QCOMPARE(days[1].kind, DayKind::Holiday); // cuti bersama
        QCOMPARE(days[1].holidayName, QStringLiteral("Kelahiran Yesus Kristus"));
        QCOMPARE(days[2].kind, DayKind::Holiday); // libur nasional
        QCOMPARE(days[3].kind, DayKind::NonWorkDay);
        QCOMPARE(days[4].kind, DayKind::NonWorkDay);
        QCOMPARE(calc.summarize(person(), days).workDays, 1);
        // The shipped list; a regency list from 2027 replaces it; a unit may have its own (libur daerah).
        QCOMPARE(HolidayList::shipped().days.size(), 25);
        QCOMPARE(HolidayList::shipped().find(QDate(2026, 3, 20))->kind, HolidayKind::CutiBersama);
        QVERIFY(!HolidayList::shipped().find(QDate(2026, 3, 25)));
        HolidayList local;
        local.days = {{QDate(2026, 11, 4), HolidayKind::LiburDaerah, QStringLiteral("Hari Jadi Kabupaten")}};
        rules.setUnitParents(tree());
        rules.addHolidays(kOpd, QDate(2026, 11, 1), local);
        RecapCalculator calc2(rules, kLater);
        QCOMPARE(calc2.days(person(), {}, {}, QDate(2026, 11, 4), QDate(2026, 11, 4)).first().kind,
                 DayKind::Holiday);
        RecapPerson elsewhere = person(QStringLiteral("Asia/Jakarta"), kOther);
        QCOMPARE(calc2.days(elsewhere, {}, {}, QDate(2026, 11, 4), QDate(2026, 11, 4)).first().kind,
                 DayKind::Absent);
    }

    void holidayCsv()
    {
        auto ok = HolidayList::fromCsv(
            QByteArrayLiteral("date,kind,name\r\n2026-11-04,libur_daerah,\"Hari Jadi, "
                              "Kabupaten\"\r\n2026-01-01,libur_nasional,Tahun Baru\r\n"));
        LONTAR_VERIFY_OK(ok);
        QCOMPARE(ok->days.size(), 2);
        QCOMPARE(ok->days.first().date, QDate(2026, 1, 1)); // sorted
        QCOMPARE(ok->days.last().name, QStringLiteral("Hari Jadi, Kabupaten"));
        auto bad = HolidayList::fromCsv(
            QByteArrayLiteral("date,kind,name\n2026-01-01,libur_nasional,A\n2026-13-01,libur_nasional,B\n"));
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("Baris 3")), qPrintable(bad.errorMessage()));
        QVERIFY(!HolidayList::fromCsv(QByteArrayLiteral("date,kind,name\n2026-01-01,libur,A\n")));
        QVERIFY(!HolidayList::fromCsv(
            QByteArrayLiteral("date,kind,name\n2026-01-01,libur_nasional,A\n2026-01-01,cuti_bersama,B\n")));
        QVERIFY(!HolidayList::fromCsv(QByteArrayLiteral("tanggal,jenis\n")));
        // JSON round trip.
        auto back = HolidayList::fromJson(ok->toJson());
        LONTAR_VERIFY_OK(back);
        QCOMPARE(back->days.size(), 2);
    }

    void officeZones()
    {
        RuleBook rules;
        // 07:30 WITA is 23:30 UTC the day before: on time, on Monday.
        const RecapPerson wita = person(QStringLiteral("Asia/Makassar"));
        const DayStatus d = dayOf(rules,
                                  {ev(true, localMs(kMonday, QStringLiteral("07:30:00"), wita.timeZone)),
                                   ev(false, localMs(kMonday, QStringLiteral("16:00:00"), wita.timeZone))},
                                  kMonday, {}, wita);
        QCOMPARE(d.tl, 0);
        QCOMPARE(d.psw, 0);
        QCOMPARE(d.startMs, QDateTime(kMonday.addDays(-1), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch());
        // The same instants for a WIB office: an hour early in, an hour early out.
        const DayStatus wib = dayOf(rules,
                                    {ev(true, localMs(kMonday, QStringLiteral("07:30:00"), wita.timeZone)),
                                     ev(false, localMs(kMonday, QStringLiteral("16:00:00"), wita.timeZone))},
                                    kMonday);
        QCOMPARE(wib.tl, 0);
        QCOMPARE(wib.psw, 2);
        // WIT: an out at 23:50 local Monday (14:50 UTC) is Monday's; an in at 00:10 Tuesday is Tuesday's.
        const RecapPerson wit = person(QStringLiteral("Asia/Jayapura"));
        RecapCalculator calc(rules, kLater);
        calc.setMarks({{kDevice, kLater}});
        const QList<DayStatus> days =
            calc.days(wit,
                      {ev(true, localMs(kMonday, QStringLiteral("07:29:00"), wit.timeZone)),
                       ev(false, localMs(kMonday, QStringLiteral("23:50:00"), wit.timeZone)),
                       ev(true, localMs(kMonday.addDays(1), QStringLiteral("00:10:00"), wit.timeZone))},
                      {}, kMonday, kMonday.addDays(1));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].tl, 0);
        QCOMPARE(days[0].psw, 0);
        QCOMPARE(days[1].kind, DayKind::Present);
        QCOMPARE(days[1].tl, 0);
        QVERIFY(days[1].missingOut);
        // Seen from WIB the same 00:10 WIT is 22:10 Monday: Monday's last event is then an "in".
        const QList<DayStatus> asWib =
            RecapCalculator(rules, kLater)
                .days(person(),
                      {ev(true, localMs(kMonday.addDays(1), QStringLiteral("00:10:00"), wit.timeZone))}, {},
                      kMonday, kMonday.addDays(1));
        QCOMPARE(asWib[0].kind, DayKind::Present);
        QCOMPARE(asWib[1].kind, DayKind::Absent);
    }

    void shiftOverMidnight()
    {
        RuleBook rules;
        rules.setUnitParents(tree());
        WorkSchedule night;
        for (auto& day : night.week)
            day = DaySpan{19 * 60, 7 * 60 + kMinutesPerDay};
        night.workOnHolidays = true;
        auto parsed = WorkSchedule::fromJson(night.toJson()); // "end" before "start" = next day
        LONTAR_VERIFY_OK(parsed);
        QCOMPARE(parsed->week[0]->endMinute, 7 * 60 + kMinutesPerDay);
        QVERIFY(parsed->workOnHolidays);
        rules.addSchedule(kBidang, QDate(2026, 1, 1), *parsed);
        RecapCalculator calc(rules, kLater);
        calc.setMarks({{kDevice, kLater}});
        const QDate tue = kMonday.addDays(1);
        const QDate wed = kMonday.addDays(2);
        const QList<DayStatus> days = calc.days(person(),
                                                {ev(true, localMs(kMonday, QStringLiteral("18:55:00"))),
                                                 ev(false, localMs(tue, QStringLiteral("07:05:00"))),
                                                 ev(true, localMs(tue, QStringLiteral("19:10:00"))),
                                                 ev(false, localMs(wed, QStringLiteral("06:50:00")))},
                                                {}, kMonday, wed);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0].kind, DayKind::Present);
        QCOMPARE(days[0].tl, 0);
        QCOMPARE(days[0].psw, 0);
        QCOMPARE(days[0].outMs, localMs(tue, QStringLiteral("07:05:00")));
        QCOMPARE(days[1].tl, 1);
        QCOMPARE(days[1].psw, 1);
        QCOMPARE(days[1].earlyMinutes, 10);
        QCOMPARE(days[2].kind, DayKind::Absent); // Wednesday's night shift: nobody came
        // A holiday does not stop a 24-hour service.
        QCOMPARE(calc.days(person(), {}, {}, QDate(2026, 12, 25), QDate(2026, 12, 25)).first().kind,
                 DayKind::Absent);
    }

    void ramadanRange()
    {
        RuleBook rules;
        WorkSchedule s = WorkSchedule::perpres21();
        s.ranges.append({QDate(2026, 2, 18), QDate(2026, 3, 19), QStringLiteral("Ramadan 1447 H"),
                         WorkSchedule::ramadanWeek()});
        auto parsed = WorkSchedule::fromJson(s.toJson());
        LONTAR_VERIFY_OK(parsed);
        rules.addSchedule(QString(), QDate(2026, 1, 1), *parsed);
        // 32.5 hours a week, from 08:00.
        int minutes = 0;
        for (const auto& d : WorkSchedule::ramadanWeek())
            minutes += d ? d->endMinute - d->startMinute : 0;
        QCOMPARE(minutes - 4 * 30 - 60, 32 * 60 + 30);
        const QDate inRamadan(2026, 2, 23), before(2026, 2, 10);
        const DayStatus r = dayOf(rules,
                                  {ev(true, localMs(inRamadan, QStringLiteral("08:00:00"))),
                                   ev(false, localMs(inRamadan, QStringLiteral("15:00:00")))},
                                  inRamadan);
        QCOMPARE(r.tl, 0);
        QCOMPARE(r.psw, 0);
        const DayStatus n = dayOf(rules,
                                  {ev(true, localMs(before, QStringLiteral("08:00:00"))),
                                   ev(false, localMs(before, QStringLiteral("15:00:00")))},
                                  before);
        QCOMPARE(n.tl, 1);
        QCOMPARE(n.psw, 2);
    }

    void versionsAndInheritance()
    {
        RuleBook rules;
        rules.setUnitParents(tree());
        WorkSchedule eight = WorkSchedule::perpres21();
        for (auto& d : eight.week)
            if (d)
                d->startMinute = 8 * 60;
        WorkSchedule nine = WorkSchedule::perpres21();
        for (auto& d : nine.week)
            if (d)
                d->startMinute = 9 * 60;
        rules.addSchedule(kOpd, QDate(2026, 11, 10), eight);
        rules.addSchedule(kBidang, QDate(2026, 11, 12), nine);
        QCOMPARE(rules.schedule(kBidang, QDate(2026, 11, 9)).week[0]->startMinute, 7 * 60 + 30); // default
        QCOMPARE(rules.schedule(kBidang, QDate(2026, 11, 10)).week[1]->startMinute, 8 * 60); // from the OPD
        QCOMPARE(rules.schedule(kBidang, QDate(2026, 11, 12)).week[3]->startMinute, 9 * 60); // its own
        QCOMPARE(rules.schedule(kOpd, QDate(2026, 12, 1)).week[0]->startMinute, 8 * 60);
        QCOMPARE(rules.schedule(kOther, QDate(2026, 12, 1)).week[0]->startMinute, 7 * 60 + 30);
        const auto at8 = [](QDate d) { return ev(true, localMs(d, QStringLiteral("08:00:00"))); };
        QCOMPARE(dayOf(rules, {at8(QDate(2026, 11, 9))}, QDate(2026, 11, 9)).tl, 1);
        QCOMPARE(dayOf(rules, {at8(QDate(2026, 11, 10))}, QDate(2026, 11, 10)).tl, 0);
        // The regency's rule applies below every unit without its own.
        DeductionTable t;
        t.tl = {1, 2, 3, 4};
        rules.addDeductions(QString(), QDate(2026, 11, 1), t);
        QCOMPARE(rules.deductions(kBidang, QDate(2026, 11, 1)).tl[0], 1.0);
        QCOMPARE(rules.deductions(kBidang, QDate(2026, 10, 31)).tl[0], 0.5);
        // Rows through the JSON the entity carries; a later row with the same key replaces it.
        RuleRow row;
        row.kind = RuleKind::Network;
        row.unitId = kOpd;
        row.effectiveFrom = QDate(2026, 1, 1);
        row.body = NetworkRule{{QStringLiteral("10.1.2.0/24")}}.toJson();
        LONTAR_VERIFY_OK(rules.addRow(row));
        QVERIFY(
            rules.network(kBidang, QDate(2026, 6, 1)).contains(QHostAddress(QStringLiteral("10.1.2.77"))));
        QVERIFY(
            !rules.network(kBidang, QDate(2026, 6, 1)).contains(QHostAddress(QStringLiteral("10.1.3.1"))));
        QVERIFY(
            !rules.network(kOther, QDate(2026, 6, 1)).contains(QHostAddress(QStringLiteral("10.1.2.77"))));
        QCOMPARE(rules.network(kBidang, QDate(2026, 6, 1)).matching(QHostAddress(QStringLiteral("10.1.2.1"))),
                 QStringLiteral("10.1.2.0/24"));
    }

    void flaggedEvents()
    {
        RuleBook rules;
        const QString id = newUuid();
        const RecapEvent flagged =
            ev(true, localMs(kMonday, QStringLiteral("07:20:00")), {QStringLiteral("clock_off")}, id);
        const RecapEvent out = ev(false, localMs(kMonday, QStringLiteral("16:05:00")));
        const DayStatus d = dayOf(rules, {flagged, out}, kMonday);
        QCOMPARE(d.kind, DayKind::Present);
        QCOMPARE(d.tl, 4); // never on time: treated as missing
        QVERIFY(d.missingIn);
        QCOMPARE(d.flags, QStringList{QStringLiteral("clock_off")});
        QCOMPARE(d.ignoredEvents, 1);
        QVERIFY(d.description.contains(QStringLiteral("diragukan")));
        // Only flagged events: absent.
        QCOMPARE(dayOf(rules, {flagged}, kMonday).kind, DayKind::Absent);
        // Accepted by an approved koreksi naming it.
        const RecapRequest koreksi{person().userId, QStringLiteral("koreksi"), kMonday, kMonday, id, {}, 0};
        const DayStatus ok = dayOf(rules, {flagged, out}, kMonday, {koreksi});
        QCOMPARE(ok.tl, 0);
        QCOMPARE(ok.flags, QStringList{QStringLiteral("clock_off")}); // still shown
        // A koreksi naming another event, or another person's koreksi, accepts nothing.
        const RecapRequest wrong{
            person().userId, QStringLiteral("koreksi"), kMonday, kMonday, newUuid(), {}, 0};
        const RecapRequest foreign{
            nameBasedUuid(QStringLiteral("x")), QStringLiteral("koreksi"), kMonday, kMonday, id, {}, 0};
        QCOMPARE(dayOf(rules, {flagged, out}, kMonday, {wrong, foreign}).tl, 4);
        // A koreksi adding a missing "in".
        const RecapRequest added{person().userId,
                                 QStringLiteral("koreksi"),
                                 kMonday,
                                 kMonday,
                                 {},
                                 QStringLiteral("in"),
                                 localMs(kMonday, QStringLiteral("07:25:00"))};
        QCOMPARE(dayOf(rules, {out}, kMonday, {added}).tl, 0);
        // "terminal" is informational, not a doubt.
        QCOMPARE(
            dayOf(rules,
                  {ev(true, localMs(kMonday, QStringLiteral("07:20:00")), {QStringLiteral("terminal")}), out},
                  kMonday)
                .tl,
            0);
    }

    void provisionalByMarks()
    {
        RuleBook rules;
        const QDate tue = kMonday.addDays(1);
        const QList<RecapEvent> events{ev(true, localMs(kMonday, QStringLiteral("07:00:00"))),
                                       ev(false, localMs(kMonday, QStringLiteral("16:00:00")))};
        const qint64 mondayEnd = localMs(tue, QStringLiteral("00:00:00"));
        RecapCalculator calc(rules, kLater);
        calc.setMarks({{kDevice, mondayEnd + 3600000}}); // synced Tuesday 01:00
        QList<DayStatus> days = calc.days(person(), events, {}, kMonday, tue.addDays(1));
        QCOMPARE(days.size(), 3);
        QVERIFY(!days[0].provisional);
        QVERIFY(days[1].provisional); // Tuesday ended after the last sync
        QCOMPARE(days[1].kind, DayKind::Absent);
        QCOMPARE(calc.summarize(person(), days).provisionalDays, 2);
        // Mark before the day ended, or none.
        calc.setMarks({{kDevice, mondayEnd - 1}});
        QVERIFY(calc.days(person(), events, {}, kMonday, kMonday).first().provisional);
        calc.setMarks({});
        QVERIFY(calc.days(person(), events, {}, kMonday, kMonday).first().provisional);
        // An event only on this device.
        QList<RecapEvent> local = events;
        local[1].receivedAt = 0;
        calc.setMarks({{kDevice, kLater}});
        QVERIFY(calc.days(person(), local, {}, kMonday, kMonday).first().provisional);
        // Today is provisional and later days are not counted.
        RecapCalculator today(rules, localMs(tue, QStringLiteral("10:00:00")));
        today.setMarks({{kDevice, localMs(tue, QStringLiteral("09:00:00"))}});
        days = today.days(person(), events, {}, kMonday, QDate(2026, 11, 30));
        QCOMPARE(days.size(), 2);
        QVERIFY(!days[0].provisional);
        QVERIFY(days[1].provisional);
    }

    void schedulesValidated()
    {
        const auto bad = [](const QJsonObject& week) {
            return !WorkSchedule::fromJson(QJsonObject{{QStringLiteral("week"), week}});
        };
        QVERIFY(
            bad({{QStringLiteral("mon"), QJsonObject{{QStringLiteral("start"), QStringLiteral("24:00")},
                                                     {QStringLiteral("end"), QStringLiteral("16:00")}}}}));
        QVERIFY(
            bad({{QStringLiteral("mon"), QJsonObject{{QStringLiteral("start"), QStringLiteral("7:30")},
                                                     {QStringLiteral("end"), QStringLiteral("16:00")}}}}));
        QVERIFY(
            bad({{QStringLiteral("mon"), QJsonObject{{QStringLiteral("start"), QStringLiteral("07:30")},
                                                     {QStringLiteral("end"), QStringLiteral("07:30")}}}}));
        QVERIFY(
            bad({{QStringLiteral("senin"), QJsonObject{{QStringLiteral("start"), QStringLiteral("07:30")},
                                                       {QStringLiteral("end"), QStringLiteral("16:00")}}}}));
        QVERIFY(!WorkSchedule::fromJson(
            QJsonObject{{QStringLiteral("week"), QJsonObject()}, {QStringLiteral("extra"), 1}}));
        QJsonObject table = DeductionTable().toJson();
        table.insert(QStringLiteral("cap"), 101);
        QVERIFY(!DeductionTable::fromJson(table));
        table = DeductionTable().toJson();
        table.insert(QStringLiteral("tl"), QJsonArray{0.5, -1, 1, 1});
        QVERIFY(!DeductionTable::fromJson(table));
        LONTAR_VERIFY_OK(DeductionTable::fromJson(DeductionTable().toJson()));
        QVERIFY(
            !NetworkRule::fromJson({{QStringLiteral("subnets"), QJsonArray{QStringLiteral("0.0.0.0/0")}}}));
        QVERIFY(
            !NetworkRule::fromJson({{QStringLiteral("subnets"), QJsonArray{QStringLiteral("10.1.2.3")}}}));
        QVERIFY(!NetworkRule::fromJson({{QStringLiteral("subnets"), QJsonArray{QStringLiteral("kantor")}}}));
        QJsonArray many;
        for (int i = 0; i <= kMaxSubnets; ++i)
            many.append(QStringLiteral("10.%1.0.0/16").arg(i));
        QVERIFY(!NetworkRule::fromJson({{QStringLiteral("subnets"), many}}));
        QJsonArray days;
        for (int i = 0; i <= kMaxHolidaysPerList; ++i)
            days.append(
                QJsonObject{{QStringLiteral("date"), QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate)},
                            {QStringLiteral("kind"), QStringLiteral("libur_daerah")},
                            {QStringLiteral("name"), QStringLiteral("x")}});
        QVERIFY(!HolidayList::fromJson({{QStringLiteral("days"), days}}));
    }

    void rulesPolicy()
    {
        const User kepegawaian = user(QStringLiteral("bkpsdm"), {Role::Kepegawaian, Role::Asn}, kOther);
        const User admin = user(QStringLiteral("admin"), {Role::AdminOpd, Role::Asn});
        const User staff = user(QStringLiteral("staf"), {Role::Asn});
        const QDate from(2027, 1, 1);
        const QJsonObject regencyHolidays =
            holidaysRow(QString(), from, QStringLiteral("Libur 2027"), HolidayList::shipped());
        const QJsonObject opdSchedule =
            scheduleRow(kBidang, from, QStringLiteral("Jadwal bidang"), WorkSchedule::perpres21());
        const QJsonObject otherSchedule =
            scheduleRow(kOther, from, QStringLiteral("Jadwal lain"), WorkSchedule::perpres21());

        auto r = write(kepegawaian, regencyHolidays);
        LONTAR_VERIFY_OK(r);
        LONTAR_VERIFY_OK(
            write(kepegawaian, deductionsRow(QString(), from, QStringLiteral("Perbup"), DeductionTable())));
        LONTAR_VERIFY_OK(write(kepegawaian, otherSchedule)); // BKPSDM keeps every unit's rules
        LONTAR_VERIFY_OK(write(admin, opdSchedule));
        LONTAR_VERIFY_OK(write(admin, networkRow(kOpd, from, QStringLiteral("LAN"),
                                                 NetworkRule{{QStringLiteral("10.1.2.0/24")}})));
        // admin OPD: not holidays, not deductions, not the regency, not outside the subtree.
        QCOMPARE(write(admin, regencyHolidays).error().code, Error::Code::Forbidden);
        QCOMPARE(
            write(admin, holidaysRow(kOpd, from, QStringLiteral("x"), HolidayList::shipped())).error().code,
            Error::Code::Forbidden);
        QCOMPARE(write(admin, deductionsRow(kOpd, from, QStringLiteral("x"), DeductionTable())).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(write(admin, scheduleRow(QString(), from, QStringLiteral("x"), WorkSchedule::perpres21()))
                     .error()
                     .code,
                 Error::Code::Forbidden);
        auto outside = write(admin, otherSchedule);
        QCOMPARE(outside.error().code, Error::Code::Forbidden);
        QVERIFY(outside.errorMessage().contains(QStringLiteral("lingkungannya")));
        QCOMPARE(write(staff, opdSchedule).error().code, Error::Code::Forbidden);
        // Forged or malformed rows.
        QCOMPARE(write(kepegawaian, opdSchedule, ruleId(RuleKind::Schedule, kBidang, from.addDays(1)))
                     .error()
                     .code,
                 Error::Code::InvalidInput);
        QJsonObject forged = opdSchedule;
        forged.insert(QStringLiteral("changedBy"), staff.id);
        QCOMPARE(write(admin, forged).error().code, Error::Code::Forbidden);
        QJsonObject extra = opdSchedule;
        extra.insert(QStringLiteral("owner"), staff.id);
        QVERIFY(!write(admin, extra));
        QJsonObject badUnit = opdSchedule;
        badUnit.insert(QStringLiteral("unitId"), QStringLiteral("x' OR 1=1 --"));
        QVERIFY(!write(kepegawaian, badUnit, newUuid()));
        QJsonObject badDate = opdSchedule;
        badDate.insert(QStringLiteral("effectiveFrom"), QStringLiteral("2027-02-30"));
        QVERIFY(!write(kepegawaian, badDate, newUuid()));
        QJsonObject badTime = opdSchedule;
        badTime.insert(
            QStringLiteral("body"),
            QJsonObject{{QStringLiteral("week"),
                         QJsonObject{{QStringLiteral("mon"),
                                      QJsonObject{{QStringLiteral("start"), QStringLiteral("25:00")},
                                                  {QStringLiteral("end"), QStringLiteral("16:00")}}}}}});
        QVERIFY(!write(admin, badTime));
        // Stamped by the policy.
        QJsonObject row = opdSchedule;
        const Actor a = actor(admin);
        WriteContext ctx{
            a,  true, 1'800'000'000'000, ruleId(RuleKind::Schedule, kBidang, from), false, std::nullopt,
            {}, {}};
        LONTAR_VERIFY_OK(makeRulesPolicy()->authorizeWrite(ctx, row));
        QCOMPARE(row.value(QStringLiteral("changedBy")).toString(), admin.id);
        QCOMPARE(row.value(QStringLiteral("changedAt")).toDouble(), 1.8e12);
        // Delete: only who may write the stored row.
        WriteContext del{actor(admin),    true, 0, ruleId(RuleKind::Holidays, QString(), from), true,
                         regencyHolidays, {},   {}};
        QJsonObject empty;
        QCOMPARE(makeRulesPolicy()->authorizeWrite(del, empty).error().code, Error::Code::Forbidden);
        WriteContext del2{actor(kepegawaian), true, 0, ruleId(RuleKind::Holidays, QString(), from), true,
                          regencyHolidays,    {},   {}};
        LONTAR_VERIFY_OK(makeRulesPolicy()->authorizeWrite(del2, empty));
        // The entity as the module declares it.
        const QList<EntitySpec> specs = rulesEntities();
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().name, kRulesEntity);
        QCOMPARE(specs.first().scope, ReadScope::Global);
        QCOMPARE(specs.first().rule, ConflictRule::Optimistic);
        QVERIFY(specs.first().project);
    }

    void projectionAndLoad()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("p.sqlite")));
        LONTAR_VERIFY_OK(db);
        LONTAR_VERIFY_OK(test::recapSchema(**db));
        LONTAR_VERIFY_OK(test::addUnit(**db, kRegency, {}, QStringLiteral("PEMKAB")));
        LONTAR_VERIFY_OK(test::addUnit(**db, kOpd, kRegency, QStringLiteral("OPD")));
        LONTAR_VERIFY_OK(test::addUnit(**db, kBidang, kOpd, QStringLiteral("OPD.B")));
        WorkSchedule eight = WorkSchedule::perpres21();
        eight.week[0]->startMinute = 8 * 60;
        const QJsonObject row = scheduleRow(kOpd, QDate(2026, 11, 1), QStringLiteral("OPD"), eight);
        const EntitySpec spec = rulesEntities().first();
        const QString id = ruleId(RuleKind::Schedule, kOpd, QDate(2026, 11, 1));
        LONTAR_VERIFY_OK(spec.project(**db, id, row, false));
        LONTAR_VERIFY_OK(spec.project(**db, id, row, false)); // idempotent
        auto book = RuleBook::load(**db);
        LONTAR_VERIFY_OK(book);
        QCOMPARE(book->schedule(kBidang, kMonday).week[0]->startMinute, 8 * 60);
        LONTAR_VERIFY_OK(spec.project(**db, id, {}, true));
        book = RuleBook::load(**db);
        QCOMPARE(book->schedule(kBidang, kMonday).week[0]->startMinute, 7 * 60 + 30);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRules)
#include "tst_attendancerules.moc"
