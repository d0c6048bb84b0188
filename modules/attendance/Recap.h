#pragma once

#include "attendance/Rules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lontar::attendance {

// Whose attendance: a user with an NIP, in a unit with an office time zone.
struct RecapPerson
{
    QString userId;
    QString nip;
    QString name;
    QString unitId;
    QString unitCode;
    QString unitName;
    QString timeZone; // IANA; empty = Asia/Jakarta
};

// A clock event as the recap needs it (att_events).
struct RecapEvent
{
    QString id;
    QString userId;
    QString deviceId;
    bool in = true;        // kind "in", else "out"
    qint64 atMs = 0;       // trusted time, UTC
    QStringList flags;     // TrustedTime flags; "terminal" is informational only
    qint64 receivedAt = 0; // 0 while only on this device
};

// A month holds ~40 per person: growing the lists moves them instead of copying each event.
} // namespace lontar::attendance
Q_DECLARE_TYPEINFO(lontar::attendance::RecapEvent, Q_RELOCATABLE_TYPE);
namespace lontar::attendance {

// An approved request (att_requests with state "disetujui").
struct RecapRequest
{
    QString userId;
    QString kind; // cuti_tahunan, …, izin, dinas_luar, koreksi
    QDate from;
    QDate until;
    QString eventId;         // koreksi: the flagged event a supervisor accepted
    QString correctionKind;  // koreksi: "in"/"out" to add a missing record …
    qint64 correctionAt = 0; // … at this instant (UTC ms)
};

enum class DayKind
{
    NonWorkDay, // weekend or a day without working hours
    Holiday,    // libur nasional, cuti bersama, libur daerah
    Leave,      // an approved request covers it
    Present,    // at least one counted record
    Absent,     // tanpa keterangan
};

// One person's work date as supervisors and the recap see it.
struct DayStatus
{
    QDate date;
    DayKind kind = DayKind::NonWorkDay;
    QString holidayName; // Holiday
    QString leaveKind;   // Leave: the request's kind
    qint64 startMs = 0;  // scheduled start and end (UTC), 0 on a day off
    qint64 endMs = 0;
    qint64 inMs = 0; // the counted first "in" and last "out", 0 when none
    qint64 outMs = 0;
    int lateMinutes = 0; // ceil(seconds late / 60)
    int earlyMinutes = 0;
    int tl = 0; // band 0 (on time) … 4; a missing "in" is 4
    int psw = 0;
    bool missingIn = false;
    bool missingOut = false;
    // An "in" and no "out" yet while the work date is not over (today): no PSW4 is counted or cut until
    // it is. Shown as "belum pulang" until the schedule's end + kOutGraceMs, then as a provisional PSW4.
    bool outPending = false;
    QStringList flags;           // doubts on the day's events (ignored unless a koreksi accepted them)
    int ignoredEvents = 0;       // flagged events not counted
    bool provisional = false;    // a device that recorded for the person has not synced since the day ended
    double deductionPercent = 0; // before the monthly cap
    QString description;         // "Terlambat 12 menit (TL1)"

    bool isWorkDay() const
    {
        return kind == DayKind::Leave || kind == DayKind::Present || kind == DayKind::Absent;
    }
};

// A person's month.
struct RecapRow
{
    QString userId;
    QString nip;
    QString name;
    QString unitId;
    QString unitCode;
    QString unitName;
    int workDays = 0;
    int present = 0;
    int tl[4] = {0, 0, 0, 0};
    int psw[4] = {0, 0, 0, 0};
    int absent = 0;
    int leave = 0;
    int provisionalDays = 0;
    double deductionPercent = 0; // capped
};

// How long after the scheduled end an "in" without "out" still reads "belum pulang" (staying late).
inline constexpr qint64 kOutGraceMs = 30 * 60 * 1000;

// The band of a delay in whole minutes: 0 → 0, 1–30 → 1, 31–60 → 2, 61–90 → 3, ≥ 91 → 4.
int bandOfMinutes(int minutes);
// ceil(seconds / 60) of a delay in milliseconds, counted in whole seconds (a clock reads seconds).
int minutesLate(qint64 lateMs);

// The daily status and the monthly recap as pure computation over plain values: no database, so every
// rule is testable on its own. `nowMs` decides "today" (later days are not counted) and what is final.
class RecapCalculator
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::RecapCalculator)

public:
    RecapCalculator(const RuleBook& rules, qint64 nowMs);

    // Device id → receivedAt of its latest mark (att_marks).
    void setMarks(QHash<QString, qint64> markReceivedAt) { m_marks = std::move(markReceivedAt); }
    // Whether days() fills DayStatus::description (default on; a month's summary does not need it).
    void setDescribeDays(bool describe) { m_describe = describe; }

    // The person's days from `from` to `to` (inclusive, never after today in the office zone). `events`
    // and `requests` are the person's (others are ignored); events a day or two beyond the range may be
    // passed (a shift's end) and are placed on their own work date.
    QList<DayStatus> days(const RecapPerson& person, const QList<RecapEvent>& events,
                          const QList<RecapRequest>& requests, QDate from, QDate to) const;
    // Sums days into a row; the deduction is capped by the table in force on the last day.
    RecapRow summarize(const RecapPerson& person, const QList<DayStatus>& days) const;

private:
    // A unit's schedule on one date, shared by all its persons.
    struct UnitDay
    {
        QDate date;
        bool work = false;
        const Holiday* holiday = nullptr;
        const DeductionTable* table = nullptr;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 windowStart = 0; // events from here …
        qint64 windowEnd = 0;   // … to here (exclusive) belong to this work date
    };
    // Dates from-1 … to+1, so events of a shift over midnight find their date.
    const QList<UnitDay>& unitDays(const RecapPerson& person, QDate from, QDate to) const;
    QString describe(const DayStatus& day) const;

    const RuleBook& m_rules;
    qint64 m_nowMs;
    QHash<QString, qint64> m_marks;
    bool m_describe = true;
    mutable QHash<QString, QList<UnitDay>> m_unitDayCache; // key: unit + zone + range
    mutable QHash<QString, QDate> m_todayCache;            // key: zone
};

// The daily status and the recap over a profile's (or the server's) tables: core's users, user_roles
// and org_units and attendance's projections att_events, att_marks, att_requests and att_rules. One
// query per table for the whole period, so a regency's month stays within seconds and a few hundred MB.
class AttendanceRecap
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::AttendanceRecap)

public:
    explicit AttendanceRecap(Database& db);
    // For tests: what "now" is (default: the system clock at each call).
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    Result<QList<DayStatus>> days(const QString& userId, QDate from, QDate to) const;
    // Every active person with an NIP in the unit (by code) and its subunits, or in the regency when the
    // code is empty; ordered by unit code, name and NIP.
    Result<QList<RecapRow>> month(int year, int month, const QString& unitCode = {}) const;

private:
    qint64 now() const;

    Database& m_db;
    qint64 m_nowMs = 0;
};

QString dayKindDisplayName(DayKind kind); // translated
// "November 2026"
QString periodName(int year, int month);

} // namespace lontar::attendance
