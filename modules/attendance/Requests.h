#pragma once

#include "attendance/AttendanceModule.h"
#include "attendance/ClockEvents.h"
#include "core/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace lontar::attendance {

// Leave, permissions and corrections an ASN asks for and an atasan decides (docs/attendance.md).
enum class RequestKind
{
    CutiTahunan,       // annual leave: 12 working days a year, carry-over to at most 18
    CutiSakit,         // sick leave
    CutiBesar,         // long leave
    CutiMelahirkan,    // maternity leave
    CutiAlasanPenting, // leave for an important reason
    Izin,              // a permitted absence
    DinasLuar,         // official duty outside the office
    Koreksi,           // accept a flagged event or add a missing clock-in/out
};
QString requestKindKey(RequestKind kind); // "cuti_tahunan", ...
std::optional<RequestKind> requestKindFromKey(const QString& key);
QString requestKindDisplayName(RequestKind kind); // translated
QStringList requestKindKeys();

enum class RequestState
{
    Diajukan,   // waiting for the atasan
    Disetujui,  // approved: final
    Ditolak,    // refused: final
    Dibatalkan, // cancelled by the requester: final
};
QString requestStateKey(RequestState state);
std::optional<RequestState> requestStateFromKey(const QString& key);
QString requestStateDisplayName(RequestState state); // translated

inline constexpr int kAnnualLeaveDays = 12;    // cuti tahunan per year (PP 11/2017)
inline constexpr int kMaxAnnualLeaveDays = 18; // this year's days plus last year's unused, at most
inline constexpr int kMaxRequestSpanDays = 366;

using HolidayCheck = std::function<bool(const QDate&)>;

// The national holidays and cuti bersama shipped with the module (data/libur-nasional-*.csv); the
// rules part's holiday lists take over once they exist.
bool isBuiltInHoliday(const QDate& date);

// Monday–Friday between from and until (inclusive) that are not holidays.
int workingDays(const QDate& from, const QDate& until, const HolidayCheck& isHoliday = isBuiltInHoliday);

// One person's cuti tahunan in one year.
struct LeaveBalance
{
    int year = 0;
    int entitlement = kAnnualLeaveDays; // this year's own days
    int carriedOver = 0;                // last year's unused days that still count
    int available = 0;                  // entitlement + carriedOver, at most 18
    int used = 0;                       // approved days in this year
    int pending = 0;                    // days of requests still waiting
    int remaining = 0;                  // available - used
};

// A cuti tahunan request as the balance sees it.
struct LeaveDays
{
    QDate from;
    QDate until;
    RequestState state = RequestState::Diajukan;
};

// The balance of `year` from a person's cuti tahunan requests: last year's unused days (out of last
// year's 12) carry over, but the year never offers more than 18.
LeaveBalance leaveBalance(int year, const QList<LeaveDays>& requests,
                          const HolidayCheck& isHoliday = isBuiltInHoliday);

struct AttendanceRequest
{
    QString id;
    QString userId;
    QString userName; // from the directory, for lists
    QString unitId;
    RequestKind kind = RequestKind::Izin;
    QDate from;
    QDate until;
    RequestState state = RequestState::Diajukan;
    QString reason;
    QString eventId;        // koreksi: the flagged event to accept
    QString correctionKind; // koreksi: "in"/"out" of a missing clock
    qint64 correctionAt = 0;
    QString decidedByName;
    qint64 decidedAt = 0;
    qint64 createdAt = 0;
    QString note; // the atasan's note on the decision (why a refusal)
};

// What the requester fills in; who asks, their unit and the state come from the session.
struct RequestDraft
{
    RequestKind kind = RequestKind::Izin;
    QDate from;
    QDate until;
    QString reason;
    QString eventId;
    QString correctionKind;
    qint64 correctionAt = 0;
};

// The koreksi a requester asks from one of their flagged events: one day (the event's work date), naming
// the event, with their reason. A supervisor's approval makes the recap count the event as recorded.
RequestDraft correctionDraft(const EventRow& event, const QString& reason);

// The policy of attendance_request (runs on the device and again on the server) and its projection
// into att_requests.
std::shared_ptr<const EntityPolicy> makeRequestPolicy();
Status projectRequest(Database& db, const QString& id, const QJsonObject& data, bool deleted);

// The row a draft becomes for `actor` (used by RequestService and the demo).
QJsonObject requestRow(const RequestDraft& draft, const Actor& actor);

// Requests for the desktop: the logged-in user's own, those waiting for them as atasan, and the
// leave balance. Writes go through the sync client store, so the policy checks them before queuing.
class RequestService
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::RequestService)

public:
    RequestService(Database& db, Actor actor);

    Result<QString> submit(const RequestDraft& draft);
    Status cancel(const QString& requestId);
    Status approve(const QString& requestId, const QString& note = {});
    Status refuse(const QString& requestId, const QString& note = {});

    Result<QList<AttendanceRequest>> mine() const;
    // Requests still waiting that this atasan may decide (never their own, and an atasan's request
    // only when this atasan's unit is above theirs).
    Result<QList<AttendanceRequest>> waitingForMe() const;
    Result<LeaveBalance> balance(const QString& userId, int year) const;

private:
    Status decide(const QString& requestId, RequestState to, const QString& note);
    Result<QList<AttendanceRequest>> query(const QString& where, const QVariantList& bindings) const;
    Status checkLeaveFits(const QString& userId, const QDate& from, const QDate& until,
                          const QString& excludeId, bool countPending) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace lontar::attendance
