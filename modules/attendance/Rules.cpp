#include "attendance/Rules.h"

#include "core/Uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lontar::attendance {

namespace {

const char* const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr int kMaxRanges = 24;
constexpr int kMaxUnitDepth = 32; // guards the ancestor walk against a cycle in a corrupted tree

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("lontar::attendance::Rules", text);
}

QString hhmm(int minute)
{
    const int m = ((minute % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseHhmm(const QJsonValue& v)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto m = re.match(v.toString());
    if (!v.isString() || !m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

std::optional<QDate> parseDate(const QJsonValue& v)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid() || d.year() < 2000 || d.year() > 2100)
        return std::nullopt;
    return d;
}

// A percentage of the allowance: a finite number from 0 to 100.
std::optional<double> parsePercent(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 100)
        return std::nullopt;
    return d;
}

QJsonObject weekToJson(const WeekSchedule& week)
{
    QJsonObject o;
    for (int i = 0; i < 7; ++i) {
        if (week[i])
            o.insert(QLatin1String(kDayKeys[i]),
                     QJsonObject{{QStringLiteral("start"), hhmm(week[i]->startMinute)},
                                 {QStringLiteral("end"), hhmm(week[i]->endMinute)}});
    }
    return o;
}

Result<WeekSchedule> weekFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return invalid(tr("Jadwal mingguan harus berisi hari mon … sun"));
    const QJsonObject o = value.toObject();
    WeekSchedule week;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto* key = std::find_if(std::begin(kDayKeys), std::end(kDayKeys),
                                       [&](const char* k) { return it.key() == QLatin1String(k); });
        if (key == std::end(kDayKeys))
            return invalid(tr("Hari jadwal tidak dikenal: %1").arg(it.key().left(20)));
        if (it.value().isNull())
            continue; // explicitly a day off
        const QJsonObject day = it.value().toObject();
        if (!it.value().isObject() || day.size() != 2)
            return invalid(tr("Jam kerja %1 harus {start, end}").arg(it.key()));
        const auto start = parseHhmm(day.value(QStringLiteral("start")));
        const auto end = parseHhmm(day.value(QStringLiteral("end")));
        if (!start || !end)
            return invalid(tr("Jam kerja %1 harus berformat JJ:MM").arg(it.key()));
        if (*start == *end)
            return invalid(tr("Jam masuk dan pulang %1 tidak boleh sama").arg(it.key()));
        // An end before the start is a shift that ends the next calendar day.
        week[std::distance(std::begin(kDayKeys), key)] =
            DaySpan{*start, *end > *start ? *end : *end + kMinutesPerDay};
    }
    return week;
}

// Splits one CSV line (RFC 4180 quoting within the line).
std::optional<QStringList> splitCsvLine(const QString& line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cur += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"') && cur.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (quoted)
        return std::nullopt;
    out.append(cur);
    return out;
}

Result<HolidayList> holidaysFrom(QList<Holiday> days)
{
    if (days.size() > kMaxHolidaysPerList)
        return invalid(tr("Daftar libur paling banyak %1 tanggal").arg(kMaxHolidaysPerList));
    std::sort(days.begin(), days.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    for (qsizetype i = 1; i < days.size(); ++i) {
        if (days[i].date == days[i - 1].date)
            return invalid(tr("Tanggal libur %1 tercantum dua kali").arg(days[i].date.toString(Qt::ISODate)));
    }
    HolidayList list;
    list.days = std::move(days);
    return list;
}

const struct
{
    HolidayKind kind;
    const char* key;
    const char* name;
} kHolidayKinds[] = {
    {HolidayKind::LiburNasional, "libur_nasional",
     QT_TRANSLATE_NOOP("lontar::attendance::HolidayKind", "Libur nasional")},
    {HolidayKind::CutiBersama, "cuti_bersama",
     QT_TRANSLATE_NOOP("lontar::attendance::HolidayKind", "Cuti bersama")},
    {HolidayKind::LiburDaerah, "libur_daerah",
     QT_TRANSLATE_NOOP("lontar::attendance::HolidayKind", "Libur daerah")},
};

const struct
{
    RuleKind kind;
    const char* key;
} kRuleKinds[] = {
    {RuleKind::Schedule, "schedule"},
    {RuleKind::Holidays, "holidays"},
    {RuleKind::Deductions, "deductions"},
    {RuleKind::Network, "network"},
};

} // namespace

QString ruleKindKey(RuleKind kind)
{
    for (const auto& k : kRuleKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<RuleKind> ruleKindFromKey(const QString& key)
{
    for (const auto& k : kRuleKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString holidayKindKey(HolidayKind kind)
{
    for (const auto& k : kHolidayKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<HolidayKind> holidayKindFromKey(const QString& key)
{
    for (const auto& k : kHolidayKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString holidayKindDisplayName(HolidayKind kind)
{
    for (const auto& k : kHolidayKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("lontar::attendance::HolidayKind", k.name);
    }
    return {};
}

// ---- schedule ------------------------------------------------------------------------------------------

std::optional<DaySpan> WorkSchedule::spanOn(QDate date) const
{
    const int dow = date.dayOfWeek() - 1;
    for (const ScheduleRange& r : ranges) {
        if (date >= r.from && date <= r.until)
            return r.week[dow];
    }
    return week[dow];
}

WorkSchedule WorkSchedule::perpres21()
{
    WorkSchedule s;
    for (int i = 0; i < 4; ++i)
        s.week[i] = DaySpan{7 * 60 + 30, 16 * 60};
    s.week[4] = DaySpan{7 * 60 + 30, 16 * 60 + 30};
    return s;
}

WeekSchedule WorkSchedule::ramadanWeek()
{
    // 08:00–15:00 with a 30-minute break Monday–Thursday, 08:00–15:30 with 60 minutes on Friday: 32.5 h.
    WeekSchedule w;
    for (int i = 0; i < 4; ++i)
        w[i] = DaySpan{8 * 60, 15 * 60};
    w[4] = DaySpan{8 * 60, 15 * 60 + 30};
    return w;
}

QJsonObject WorkSchedule::toJson() const
{
    QJsonObject o{{QStringLiteral("week"), weekToJson(week)}};
    if (!ranges.isEmpty()) {
        QJsonArray a;
        for (const ScheduleRange& r : ranges)
            a.append(QJsonObject{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                 {QStringLiteral("until"), r.until.toString(Qt::ISODate)},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("week"), weekToJson(r.week)}});
        o.insert(QStringLiteral("ranges"), a);
    }
    if (workOnHolidays)
        o.insert(QStringLiteral("workOnHolidays"), true);
    return o;
}

Result<WorkSchedule> WorkSchedule::fromJson(const QJsonObject& body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("week") && it.key() != QLatin1String("ranges") &&
            it.key() != QLatin1String("workOnHolidays"))
            return invalid(tr("Kolom jadwal tidak dikenal: %1").arg(it.key().left(40)));
    }
    WorkSchedule s;
    auto week = weekFromJson(body.value(QStringLiteral("week")));
    if (!week)
        return week.error();
    s.week = *week;
    const QJsonValue ranges = body.value(QStringLiteral("ranges"));
    if (!ranges.isUndefined()) {
        if (!ranges.isArray() || ranges.toArray().size() > kMaxRanges)
            return invalid(tr("Rentang jadwal paling banyak %1").arg(kMaxRanges));
        for (const QJsonValue& v : ranges.toArray()) {
            const QJsonObject r = v.toObject();
            const auto from = parseDate(r.value(QStringLiteral("from")));
            const auto until = parseDate(r.value(QStringLiteral("until")));
            const QString name = r.value(QStringLiteral("name")).toString();
            if (!v.isObject() || r.size() != 4 || !from || !until || *until < *from ||
                from->daysTo(*until) > 366)
                return invalid(tr("Rentang jadwal harus {from, until, name, week} dengan tanggal yang "
                                  "valid, paling lama satu tahun"));
            if (name.trimmed().isEmpty() || name.size() > 100)
                return invalid(tr("Nama rentang jadwal wajib diisi (paling banyak 100 karakter)"));
            auto rweek = weekFromJson(r.value(QStringLiteral("week")));
            if (!rweek)
                return rweek.error();
            s.ranges.append({*from, *until, name, *rweek});
        }
    }
    const QJsonValue holidays = body.value(QStringLiteral("workOnHolidays"));
    if (!holidays.isUndefined() && !holidays.isBool())
        return invalid(tr("workOnHolidays harus ya/tidak"));
    s.workOnHolidays = holidays.toBool(false);
    return s;
}

// ---- holidays ------------------------------------------------------------------------------------------

const Holiday* HolidayList::find(QDate date) const
{
    const auto it = std::lower_bound(days.cbegin(), days.cend(), date,
                                     [](const Holiday& h, QDate d) { return h.date < d; });
    return it != days.cend() && it->date == date ? &*it : nullptr;
}

Result<HolidayList> HolidayList::fromCsv(const QByteArray& csv)
{
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    QList<Holiday> days;
    bool header = true;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (n == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        const auto fields = splitCsvLine(line);
        if (header) {
            header = false;
            if (!fields || fields->size() < 3 || fields->at(0).trimmed() != QLatin1String("date") ||
                fields->at(1).trimmed() != QLatin1String("kind") ||
                fields->at(2).trimmed() != QLatin1String("name"))
                return invalid(tr("Baris 1: kepala kolom harus date,kind,name"));
            continue;
        }
        if (!fields || fields->size() != 3)
            return invalid(tr("Baris %1: harus tiga kolom date,kind,name").arg(n + 1));
        const auto date = parseDate(fields->at(0).trimmed());
        const auto kind = holidayKindFromKey(fields->at(1).trimmed());
        const QString name = fields->at(2).trimmed();
        if (!date)
            return invalid(tr("Baris %1: tanggal harus TTTT-BB-HH").arg(n + 1));
        if (!kind)
            return invalid(
                tr("Baris %1: jenis harus libur_nasional, cuti_bersama atau libur_daerah").arg(n + 1));
        if (name.isEmpty() || name.size() > 200)
            return invalid(tr("Baris %1: nama libur wajib diisi (paling banyak 200 karakter)").arg(n + 1));
        days.append({*date, *kind, name});
    }
    return holidaysFrom(std::move(days));
}

const HolidayList& HolidayList::shipped()
{
    static const HolidayList list = [] {
        QFile f(QStringLiteral(":/lontar/attendance/libur-nasional-2026.csv"));
        if (!f.open(QIODevice::ReadOnly))
            return HolidayList();
        auto parsed = fromCsv(f.readAll());
        return parsed ? *parsed : HolidayList();
    }();
    return list;
}

QJsonObject HolidayList::toJson() const
{
    QJsonArray a;
    for (const Holiday& h : days)
        a.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                             {QStringLiteral("kind"), holidayKindKey(h.kind)},
                             {QStringLiteral("name"), h.name}});
    return {{QStringLiteral("days"), a}};
}

Result<HolidayList> HolidayList::fromJson(const QJsonObject& body)
{
    const QJsonValue v = body.value(QStringLiteral("days"));
    if (body.size() != 1 || !v.isArray())
        return invalid(tr("Daftar libur harus {days: […]}"));
    if (v.toArray().size() > kMaxHolidaysPerList)
        return invalid(tr("Daftar libur paling banyak %1 tanggal").arg(kMaxHolidaysPerList));
    QList<Holiday> days;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const auto date = parseDate(o.value(QStringLiteral("date")));
        const auto kind = holidayKindFromKey(o.value(QStringLiteral("kind")).toString());
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!item.isObject() || o.size() != 3 || !date || !kind || name.trimmed().isEmpty() ||
            name.size() > 200)
            return invalid(tr("Setiap hari libur harus {date TTTT-BB-HH, kind, name}"));
        days.append({*date, *kind, name});
    }
    return holidaysFrom(std::move(days));
}

// ---- deductions ----------------------------------------------------------------------------------------

QJsonObject DeductionTable::toJson() const
{
    return {{QStringLiteral("tl"), QJsonArray{tl[0], tl[1], tl[2], tl[3]}},
            {QStringLiteral("psw"), QJsonArray{psw[0], psw[1], psw[2], psw[3]}},
            {QStringLiteral("absentPerDay"), absentPerDay},
            {QStringLiteral("cap"), cap}};
}

Result<DeductionTable> DeductionTable::fromJson(const QJsonObject& body)
{
    if (body.size() != 4)
        return invalid(tr("Tabel potongan harus {tl, psw, absentPerDay, cap}"));
    DeductionTable t;
    for (const char* key : {"tl", "psw"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().size() != 4)
            return invalid(tr("Potongan %1 harus empat angka persen").arg(QLatin1String(key)));
        auto& target = QLatin1String(key) == QLatin1String("tl") ? t.tl : t.psw;
        for (int i = 0; i < 4; ++i) {
            const auto p = parsePercent(v.toArray().at(i));
            if (!p)
                return invalid(tr("Potongan %1%2 harus antara 0 dan 100 persen")
                                   .arg(QLatin1String(key).toString().toUpper())
                                   .arg(i + 1));
            target[i] = *p;
        }
    }
    const auto absent = parsePercent(body.value(QStringLiteral("absentPerDay")));
    const auto cap = parsePercent(body.value(QStringLiteral("cap")));
    if (!absent)
        return invalid(tr("Potongan tanpa keterangan harus antara 0 dan 100 persen"));
    if (!cap || *cap <= 0)
        return invalid(tr("Batas potongan bulanan harus lebih dari 0 dan paling banyak 100 persen"));
    t.absentPerDay = *absent;
    t.cap = *cap;
    return t;
}

// ---- network -------------------------------------------------------------------------------------------

QString NetworkRule::matching(const QHostAddress& address) const
{
    for (const QString& s : subnets) {
        const auto subnet = QHostAddress::parseSubnet(s);
        if (!subnet.first.isNull() && address.isInSubnet(subnet))
            return s;
    }
    return {};
}

bool NetworkRule::contains(const QHostAddress& address) const
{
    return !matching(address).isEmpty();
}

QJsonObject NetworkRule::toJson() const
{
    return {{QStringLiteral("subnets"), QJsonArray::fromStringList(subnets)}};
}

Result<NetworkRule> NetworkRule::fromJson(const QJsonObject& body)
{
    const QJsonValue v = body.value(QStringLiteral("subnets"));
    if (body.size() != 1 || !v.isArray())
        return invalid(tr("Jaringan kantor harus {subnets: […]}"));
    if (v.toArray().size() > kMaxSubnets)
        return invalid(tr("Jaringan kantor paling banyak %1 subnet").arg(kMaxSubnets));
    NetworkRule n;
    for (const QJsonValue& item : v.toArray()) {
        const QString s = item.toString();
        const auto subnet = QHostAddress::parseSubnet(s);
        // A prefix is required: a bare address or a /0 would make every address "the office".
        if (!item.isString() || s.size() > 64 || !s.contains(QLatin1Char('/')) || subnet.first.isNull() ||
            subnet.second < 8)
            return invalid(tr("Subnet tidak valid: %1 (contoh 10.1.2.0/24)").arg(s.left(64)));
        n.subnets.append(s);
    }
    return n;
}

// ---- rows ----------------------------------------------------------------------------------------------

QString ruleId(RuleKind kind, const QString& unitId, QDate effectiveFrom)
{
    return nameBasedUuid(QStringLiteral("attendance/rules/%1/%2/%3")
                             .arg(ruleKindKey(kind), unitId, effectiveFrom.toString(Qt::ISODate)));
}

QJsonObject ruleRow(RuleKind kind, const QString& unitId, QDate effectiveFrom, const QString& name,
                    const QJsonObject& body)
{
    return {{QStringLiteral("kind"), ruleKindKey(kind)},
            {QStringLiteral("unitId"), unitId},
            {QStringLiteral("effectiveFrom"), effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("name"), name},
            {QStringLiteral("body"), body}};
}

QJsonObject scheduleRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                        const WorkSchedule& schedule)
{
    return ruleRow(RuleKind::Schedule, unitId, effectiveFrom, name, schedule.toJson());
}

QJsonObject holidaysRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                        const HolidayList& holidays)
{
    return ruleRow(RuleKind::Holidays, unitId, effectiveFrom, name, holidays.toJson());
}

QJsonObject deductionsRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                          const DeductionTable& table)
{
    return ruleRow(RuleKind::Deductions, unitId, effectiveFrom, name, table.toJson());
}

QJsonObject networkRow(const QString& unitId, QDate effectiveFrom, const QString& name,
                       const NetworkRule& network)
{
    return ruleRow(RuleKind::Network, unitId, effectiveFrom, name, network.toJson());
}

Result<RuleRow> parseRuleRow(const QJsonObject& data)
{
    RuleRow row;
    const auto kind = ruleKindFromKey(data.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(tr("Jenis aturan harus schedule, holidays, deductions atau network"));
    row.kind = *kind;
    row.unitId = data.value(QStringLiteral("unitId")).toString();
    if (!row.unitId.isEmpty() && !isUuidString(row.unitId))
        return invalid(tr("Unit aturan tidak valid"));
    const auto from = parseDate(data.value(QStringLiteral("effectiveFrom")));
    if (!from)
        return invalid(tr("Tanggal berlaku aturan harus TTTT-BB-HH"));
    row.effectiveFrom = *from;
    row.name = data.value(QStringLiteral("name")).toString();
    row.body = data.value(QStringLiteral("body")).toObject();
    Status s;
    switch (row.kind) {
    case RuleKind::Schedule:
        if (auto r = WorkSchedule::fromJson(row.body); !r)
            s = r.error();
        break;
    case RuleKind::Holidays:
        if (auto r = HolidayList::fromJson(row.body); !r)
            s = r.error();
        break;
    case RuleKind::Deductions:
        if (auto r = DeductionTable::fromJson(row.body); !r)
            s = r.error();
        break;
    case RuleKind::Network:
        if (auto r = NetworkRule::fromJson(row.body); !r)
            s = r.error();
        break;
    }
    if (!s)
        return s.error();
    return row;
}

// ---- RuleBook ------------------------------------------------------------------------------------------

RuleBook::RuleBook()
    : m_defaultSchedule(WorkSchedule::perpres21())
{}

template <typename T> void RuleBook::insert(Versions<T>& v, const QString& unitId, QDate from, T value)
{
    auto& list = v.byUnit[unitId];
    auto item = std::make_pair(from, std::make_shared<const T>(std::move(value)));
    const auto it =
        std::lower_bound(list.begin(), list.end(), from, [](const auto& e, QDate d) { return e.first < d; });
    if (it != list.end() && it->first == from)
        *it = std::move(item);
    else
        list.insert(it, std::move(item));
}

template <typename T> const T* RuleBook::find(const Versions<T>& v, const QString& unitId, QDate date) const
{
    QString unit = unitId;
    for (int depth = 0; depth < kMaxUnitDepth; ++depth) {
        const auto it = v.byUnit.constFind(unit);
        if (it != v.byUnit.cend()) {
            // The last version whose effectiveFrom ≤ date.
            const auto& list = *it;
            auto pos = std::upper_bound(list.cbegin(), list.cend(), date,
                                        [](QDate d, const auto& e) { return d < e.first; });
            if (pos != list.cbegin())
                return (pos - 1)->second.get();
        }
        if (unit.isEmpty())
            break;
        unit = m_parentOf.value(unit); // the regency's own unit has no parent: then the "" rows
    }
    return nullptr;
}

void RuleBook::setUnitParents(const QHash<QString, QString>& parentOf)
{
    m_parentOf = parentOf;
}

Status RuleBook::addRow(const RuleRow& row)
{
    switch (row.kind) {
    case RuleKind::Schedule: {
        auto r = WorkSchedule::fromJson(row.body);
        if (!r)
            return r.error();
        addSchedule(row.unitId, row.effectiveFrom, *r);
        break;
    }
    case RuleKind::Holidays: {
        auto r = HolidayList::fromJson(row.body);
        if (!r)
            return r.error();
        addHolidays(row.unitId, row.effectiveFrom, *r);
        break;
    }
    case RuleKind::Deductions: {
        auto r = DeductionTable::fromJson(row.body);
        if (!r)
            return r.error();
        addDeductions(row.unitId, row.effectiveFrom, *r);
        break;
    }
    case RuleKind::Network: {
        auto r = NetworkRule::fromJson(row.body);
        if (!r)
            return r.error();
        addNetwork(row.unitId, row.effectiveFrom, *r);
        break;
    }
    }
    return {};
}

void RuleBook::addSchedule(const QString& unitId, QDate from, const WorkSchedule& schedule)
{
    insert(m_schedules, unitId, from, schedule);
}

void RuleBook::addHolidays(const QString& unitId, QDate from, const HolidayList& holidays)
{
    insert(m_holidays, unitId, from, holidays);
}

void RuleBook::addDeductions(const QString& unitId, QDate from, const DeductionTable& table)
{
    insert(m_deductions, unitId, from, table);
}

void RuleBook::addNetwork(const QString& unitId, QDate from, const NetworkRule& network)
{
    insert(m_networks, unitId, from, network);
}

const WorkSchedule& RuleBook::schedule(const QString& unitId, QDate date) const
{
    const WorkSchedule* s = find(m_schedules, unitId, date);
    return s ? *s : m_defaultSchedule;
}

const HolidayList& RuleBook::holidays(const QString& unitId, QDate date) const
{
    const HolidayList* h = find(m_holidays, unitId, date);
    return h ? *h : HolidayList::shipped();
}

const DeductionTable& RuleBook::deductions(const QString& unitId, QDate date) const
{
    const DeductionTable* d = find(m_deductions, unitId, date);
    return d ? *d : m_defaultDeductions;
}

const NetworkRule& RuleBook::network(const QString& unitId, QDate date) const
{
    const NetworkRule* n = find(m_networks, unitId, date);
    return n ? *n : m_defaultNetwork;
}

Result<RuleBook> RuleBook::load(Database& db)
{
    RuleBook book;
    auto units = db.exec(QStringLiteral("SELECT id, COALESCE(parent_id, '') FROM org_units"));
    if (!units)
        return units.error();
    while (units->next())
        book.m_parentOf.insert(units->value(0).toString(), units->value(1).toString());
    auto rows =
        db.exec(QStringLiteral("SELECT id, kind, unit_id, effective_from, name, body FROM att_rules"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        QJsonObject data{
            {QStringLiteral("kind"), rows->value(1).toString()},
            {QStringLiteral("unitId"), rows->value(2).toString()},
            {QStringLiteral("effectiveFrom"), rows->value(3).toString()},
            {QStringLiteral("name"), rows->value(4).toString()},
            {QStringLiteral("body"), QJsonDocument::fromJson(rows->value(5).toString().toUtf8()).object()}};
        auto row = parseRuleRow(data);
        if (!row)
            continue;
        row->id = rows->value(0).toString();
        (void)book.addRow(*row); // parsed above: cannot fail
    }
    return book;
}

// ---- policy, projection, entity ------------------------------------------------------------------------

namespace {

const QStringList kDerived = {QStringLiteral("changedBy"), QStringLiteral("changedByName"),
                              QStringLiteral("changedAt")};

class RulesPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::RulesPolicy)

public:
    RulesPolicy()
    {
        m_schema
            .enumeration(QStringLiteral("kind"), true,
                         {QStringLiteral("schedule"), QStringLiteral("holidays"),
                          QStringLiteral("deductions"), QStringLiteral("network")})
            .string(QStringLiteral("unitId"), false, 36)
            .string(QStringLiteral("effectiveFrom"), true, 10)
            .string(QStringLiteral("name"), true, 200)
            .add({QStringLiteral("body"), FieldSchema::Type::Object, true, 0, {}});
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete) {
            // Deleting a wrong future version is allowed to whoever may write that row.
            if (!context.current)
                return Error(tr("Aturan absensi tidak ditemukan"), Error::Code::NotFound);
            auto current = parseRuleRow(*context.current);
            if (!current)
                return current.error();
            if (Status s = mayWrite(context.actor, *current); !s)
                return s.error();
            return RowAccess{current->unitId, {}, 0, {}};
        }
        // Who changed it and when come from the session and the server's clock, never from the client.
        const QString claimedBy = data.value(QStringLiteral("changedBy")).toString();
        if (!claimedBy.isEmpty() && claimedBy != context.actor.user.id)
            return Error(tr("Perubahan aturan hanya dapat dicatat atas nama Anda sendiri"),
                         Error::Code::Forbidden);
        for (const QString& k : kDerived)
            data.remove(k);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        auto row = parseRuleRow(data);
        if (!row)
            return row.error();
        if (ruleId(row->kind, row->unitId, row->effectiveFrom) != context.entityId)
            return Error(tr("Kode aturan tidak sesuai dengan jenis, unit dan tanggal berlakunya"),
                         Error::Code::InvalidInput);
        if (Status s = mayWrite(context.actor, *row); !s)
            return s.error();
        if (context.current) {
            // The id fixes kind, unit and date; a stored row for the same id is checked the same way.
            auto current = parseRuleRow(*context.current);
            if (current) {
                if (Status s = mayWrite(context.actor, *current); !s)
                    return s.error();
            }
        }
        data.insert(QStringLiteral("changedBy"), context.actor.user.id);
        data.insert(QStringLiteral("changedByName"), context.actor.user.fullName.isEmpty()
                                                         ? context.actor.user.username
                                                         : context.actor.user.fullName);
        data.insert(QStringLiteral("changedAt"), double(context.onServer ? context.serverTimeMs : 0));
        return RowAccess{row->unitId, {}, 0, {}};
    }

private:
    static Status mayWrite(const Actor& actor, const RuleRow& row)
    {
        if (actor.user.hasRole(Role::Kepegawaian))
            return {};
        if (!actor.user.hasRole(Role::AdminOpd))
            return Error(tr("Hanya kepegawaian (BKPSDM) atau admin OPD yang dapat mengubah aturan absensi"),
                         Error::Code::Forbidden);
        if (row.kind != RuleKind::Schedule && row.kind != RuleKind::Network)
            return Error(tr("Hari libur dan tabel potongan hanya diatur oleh kepegawaian (BKPSDM)"),
                         Error::Code::Forbidden);
        if (row.unitId.isEmpty())
            return Error(tr("Aturan tingkat kabupaten hanya diatur oleh kepegawaian (BKPSDM)"),
                         Error::Code::Forbidden);
        if (!actor.unitSubtree.contains(row.unitId))
            return Error(tr("Admin OPD hanya mengatur jadwal unit di lingkungannya sendiri"),
                         Error::Code::Forbidden);
        return {};
    }

    FieldSchema m_schema;
};

Status projectRule(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM att_rules WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    const QString body = QString::fromUtf8(
        QJsonDocument(d.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact));
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO att_rules (id, kind, unit_id, effective_from, name, body, changed_by_name, "
            "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "kind = excluded.kind, unit_id = excluded.unit_id, "
            "effective_from = excluded.effective_from, name = excluded.name, body = excluded.body, "
            "changed_by_name = excluded.changed_by_name, changed_at = excluded.changed_at"),
        {id, d.value(QStringLiteral("kind")).toString(), d.value(QStringLiteral("unitId")).toString(),
         d.value(QStringLiteral("effectiveFrom")).toString(), d.value(QStringLiteral("name")).toString(),
         body, d.value(QStringLiteral("changedByName")).toString(),
         qint64(d.value(QStringLiteral("changedAt")).toDouble())});
    return r ? Status() : Status(r.error());
}

} // namespace

std::shared_ptr<const EntityPolicy> makeRulesPolicy()
{
    return std::make_shared<RulesPolicy>();
}

QList<Migration> rulesMigrations()
{
    // The device's projection of the pulled rules (sync_rows stays the truth); the body is the row's JSON.
    return {Migration::fromSql(
        QStringLiteral("attendance-rules"), 1, QStringLiteral("attendance rules projection"),
        {
            QStringLiteral("CREATE TABLE att_rules (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                           " unit_id TEXT NOT NULL, effective_from TEXT NOT NULL, name TEXT NOT NULL,"
                           " body TEXT NOT NULL, changed_by_name TEXT NOT NULL, changed_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_att_rules_key ON att_rules(kind, unit_id, effective_from)"),
        })};
}

QList<EntitySpec> rulesEntities()
{
    EntitySpec spec;
    spec.name = kRulesEntity;
    spec.rule = ConflictRule::Optimistic;
    spec.scope = ReadScope::Global;
    spec.maxPayloadBytes = 64 * 1024;
    spec.policy = makeRulesPolicy();
    spec.project = projectRule;
    return {spec};
}

} // namespace lontar::attendance
