#pragma once

#include "attendance/AttendanceModule.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace lontar::attendance {

// The kinds of `attendance_rules` rows (docs/attendance.md).
enum class RuleKind
{
    Schedule,   // working hours per weekday, Ramadan ranges, shifts over midnight
    Holidays,   // libur nasional, cuti bersama, libur daerah
    Deductions, // TPP deduction per TL/PSW band, per absent day, monthly cap
    Network,    // office subnets (evidence that a clock-in came from the office)
};
QString ruleKindKey(RuleKind kind); // "schedule", "holidays", "deductions", "network"
std::optional<RuleKind> ruleKindFromKey(const QString& key);

inline constexpr int kMinutesPerDay = 24 * 60;

// One working day in local office time: minutes after midnight of the work date. `endMinute` may exceed
// 1440 for a shift that ends the next calendar day (RSUD, Damkar), at most 24 hours after the start.
struct DaySpan
{
    int startMinute = 0;
    int endMinute = 0;

    bool endsNextDay() const { return endMinute > kMinutesPerDay; }
    bool operator==(const DaySpan&) const = default;
};

// A week of working hours; index 0 = Monday … 6 = Sunday; no value = not a work day.
using WeekSchedule = std::array<std::optional<DaySpan>, 7>;

// A date range with its own week (the Ramadan schedule).
struct ScheduleRange
{
    QDate from;
    QDate until; // inclusive
    QString name;
    WeekSchedule week;
};

struct WorkSchedule
{
    WeekSchedule week;
    QList<ScheduleRange> ranges;
    bool workOnHolidays = false; // 24-hour services keep their shifts on holidays

    // The span of `date` by its range (first matching) or the week; no value on a day off.
    std::optional<DaySpan> spanOn(QDate date) const;

    // Perpres 21/2023: Monday–Thursday 07:30–16:00, Friday 07:30–16:30.
    static WorkSchedule perpres21();
    // The Ramadan week of Perpres 21/2023 (from 08:00, 32.5 hours): Mon–Thu 08:00–14:30, Fri 08:00–15:00.
    static WeekSchedule ramadanWeek();
    QJsonObject toJson() const;
    static Result<WorkSchedule> fromJson(const QJsonObject& body);
};

enum class HolidayKind
{
    LiburNasional,
    CutiBersama,
    LiburDaerah,
};
QString holidayKindKey(HolidayKind kind); // "libur_nasional", "cuti_bersama", "libur_daerah"
std::optional<HolidayKind> holidayKindFromKey(const QString& key);
QString holidayKindDisplayName(HolidayKind kind); // translated

struct Holiday
{
    QDate date;
    HolidayKind kind = HolidayKind::LiburNasional;
    QString name;
};

inline constexpr int kMaxHolidaysPerList = 400;

struct HolidayList
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::HolidayList)

public:
    QList<Holiday> days; // sorted by date, one entry per date

    const Holiday* find(QDate date) const;
    // The shipped format `date,kind,name` with a header row (RFC 4180 quoting allowed). A bad line is an
    // error naming its line number: a holiday list is short and must be right as a whole.
    static Result<HolidayList> fromCsv(const QByteArray& csv);
    // The national holidays and cuti bersama shipped with the program (:/lontar/attendance/…).
    static const HolidayList& shipped();
    QJsonObject toJson() const;
    static Result<HolidayList> fromJson(const QJsonObject& body);
};

// TPP deduction in percent of the monthly allowance (the common tukin table by default).
struct DeductionTable
{
    std::array<double, 4> tl{0.5, 1.0, 1.25, 1.5};  // TL1..TL4, per occurrence
    std::array<double, 4> psw{0.5, 1.0, 1.25, 1.5}; // PSW1..PSW4, per occurrence
    double absentPerDay = 5.0;                      // tanpa keterangan
    double cap = 100.0;                             // monthly total at most

    QJsonObject toJson() const;
    static Result<DeductionTable> fromJson(const QJsonObject& body);
};

inline constexpr int kMaxSubnets = 64;

// The office networks of a unit: an address inside one of them is evidence of a clock-in at the office.
struct NetworkRule
{
    QStringList subnets; // "10.1.2.0/24", "2001:db8::/48"

    bool contains(const QHostAddress& address) const;
    // The subnet that contains `address`, or an empty string.
    QString matching(const QHostAddress& address) const;
    QJsonObject toJson() const;
    static Result<NetworkRule> fromJson(const QJsonObject& body);
};

// One row of `attendance_rules` as stored: {kind, unitId ("" = regency), effectiveFrom, name, body}.
struct RuleRow
{
    QString id;
    RuleKind kind = RuleKind::Schedule;
    QString unitId;
    QDate effectiveFrom;
    QString name;
    QJsonObject body;
};

// The row's id: one row per (kind, unit, effective date), so a second row for one key is refused.
QString ruleId(RuleKind kind, const QString& unitId, QDate effectiveFrom);
// A row to write through ClientStore (policy fields are stamped by the policy).
QJsonObject ruleRow(RuleKind kind, const QString& unitId, QDate effectiveFrom, const QString& name,
                    const QJsonObject& body);
QJsonObject scheduleRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                        const WorkSchedule& schedule);
QJsonObject holidaysRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                        const HolidayList& holidays);
QJsonObject deductionsRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                          const DeductionTable& table);
QJsonObject networkRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                       const NetworkRule& network);
// Checks a row's fields and its body for its kind (times HH:MM, dates, percentages, sizes).
Result<RuleRow> parseRuleRow(const QJsonObject& data);

// The rules in force: for a unit on a date, the row with the latest effectiveFrom ≤ date on the unit or
// its nearest ancestor (the regency's rows have unitId ""), else the built-in default.
class RuleBook
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::RuleBook)

public:
    RuleBook();
    // Every row of `att_rules` and the unit tree of `org_units`. A row whose body no longer parses is
    // skipped (the policy checked it when it was written).
    static Result<RuleBook> load(Database& db);

    void setUnitParents(const QHash<QString, QString>& parentOf);
    Status addRow(const RuleRow& row);
    // For tests and callers that build rules from values.
    void addSchedule(const QString& unitId, QDate from, const WorkSchedule& schedule);
    void addHolidays(const QString& unitId, QDate from, const HolidayList& holidays);
    void addDeductions(const QString& unitId, QDate from, const DeductionTable& table);
    void addNetwork(const QString& unitId, QDate from, const NetworkRule& network);

    const WorkSchedule& schedule(const QString& unitId, QDate date) const;
    const HolidayList& holidays(const QString& unitId, QDate date) const;
    const DeductionTable& deductions(const QString& unitId, QDate date) const;
    const NetworkRule& network(const QString& unitId, QDate date) const;

private:
    template <typename T> struct Versions
    {
        // unit id → (effectiveFrom, value), sorted by date
        QHash<QString, QList<std::pair<QDate, std::shared_ptr<const T>>>> byUnit;
    };
    template <typename T> static void insert(Versions<T>& v, const QString& unitId, QDate from, T value);
    template <typename T> const T* find(const Versions<T>& v, const QString& unitId, QDate date) const;

    QHash<QString, QString> m_parentOf;
    Versions<WorkSchedule> m_schedules;
    Versions<HolidayList> m_holidays;
    Versions<DeductionTable> m_deductions;
    Versions<NetworkRule> m_networks;
    WorkSchedule m_defaultSchedule;
    DeductionTable m_defaultDeductions;
    NetworkRule m_defaultNetwork;
};

// The policy of `attendance_rules`: `kepegawaian` writes every rule; an `admin_opd` writes only the
// schedule and network rules of units in their own subtree.
std::shared_ptr<const EntityPolicy> makeRulesPolicy();

} // namespace lontar::attendance
