#include "attendance/Recap.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace lontar::attendance {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

const QString kTerminalFlag = QStringLiteral("terminal");
const QString kKoreksi = QStringLiteral("koreksi");

QTimeZone officeZone(const QString& name)
{
    static thread_local QHash<QString, QTimeZone> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QTimeZone tz(name.isEmpty() ? QByteArrayLiteral("Asia/Jakarta") : name.toUtf8());
    if (!tz.isValid())
        tz = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    cache.insert(name, tz);
    return tz;
}

qint64 midnight(QDate date, const QTimeZone& tz)
{
    return QDateTime(date, QTime(0, 0), tz).toMSecsSinceEpoch();
}

// A flag that casts doubt on the event's time (every flag but the informational "terminal").
bool doubtful(const QStringList& flags)
{
    return std::any_of(flags.cbegin(), flags.cend(), [](const QString& f) { return f != kTerminalFlag; });
}

QString leaveName(const QString& kind)
{
    static const struct
    {
        const char* key;
        const char* name;
    } kKinds[] = {
        {"cuti_tahunan", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Cuti tahunan")},
        {"cuti_sakit", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Cuti sakit")},
        {"cuti_besar", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Cuti besar")},
        {"cuti_melahirkan", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Cuti melahirkan")},
        {"cuti_alasan_penting",
         QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Cuti alasan penting")},
        {"izin", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Izin")},
        {"dinas_luar", QT_TRANSLATE_NOOP("lontar::attendance::RecapCalculator", "Dinas luar")},
    };
    for (const auto& k : kKinds) {
        if (kind == QLatin1String(k.key))
            return QCoreApplication::translate("lontar::attendance::RecapCalculator", k.name);
    }
    return kind;
}

double roundPercent(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

} // namespace

int bandOfMinutes(int minutes)
{
    if (minutes <= 0)
        return 0;
    if (minutes <= 30)
        return 1;
    if (minutes <= 60)
        return 2;
    if (minutes <= 90)
        return 3;
    return 4;
}

int minutesLate(qint64 lateMs)
{
    if (lateMs <= 0)
        return 0;
    const qint64 seconds = lateMs / 1000;
    return int(std::min<qint64>((seconds + 59) / 60, 100000));
}

QString dayKindDisplayName(DayKind kind)
{
    switch (kind) {
    case DayKind::NonWorkDay:
        return QCoreApplication::translate("lontar::attendance::DayKind", "Bukan hari kerja");
    case DayKind::Holiday:
        return QCoreApplication::translate("lontar::attendance::DayKind", "Hari libur");
    case DayKind::Leave:
        return QCoreApplication::translate("lontar::attendance::DayKind", "Cuti/izin");
    case DayKind::Present:
        return QCoreApplication::translate("lontar::attendance::DayKind", "Hadir");
    case DayKind::Absent:
        return QCoreApplication::translate("lontar::attendance::DayKind", "Tanpa keterangan");
    }
    return {};
}

QString periodName(int year, int month)
{
    static const char* const kMonths[] = {
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Januari"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Februari"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Maret"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "April"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Mei"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Juni"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Juli"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Agustus"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "September"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Oktober"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "November"),
        QT_TRANSLATE_NOOP("lontar::attendance::Month", "Desember"),
    };
    if (month < 1 || month > 12)
        return {};
    return QStringLiteral("%1 %2")
        .arg(QCoreApplication::translate("lontar::attendance::Month", kMonths[month - 1]))
        .arg(year);
}

// ---- RecapCalculator -----------------------------------------------------------------------------------

RecapCalculator::RecapCalculator(const RuleBook& rules, qint64 nowMs)
    : m_rules(rules)
    , m_nowMs(nowMs)
{}

const QList<RecapCalculator::UnitDay>& RecapCalculator::unitDays(const RecapPerson& person, QDate from,
                                                                 QDate to) const
{
    const QString key = person.unitId + QLatin1Char('|') + person.timeZone + QLatin1Char('|') +
                        from.toString(Qt::ISODate) + QLatin1Char('|') + to.toString(Qt::ISODate);
    const auto cached = m_unitDayCache.constFind(key);
    if (cached != m_unitDayCache.cend())
        return *cached;

    const QTimeZone tz = officeZone(person.timeZone);
    QList<UnitDay> days;
    for (QDate d = from.addDays(-1); d <= to.addDays(1); d = d.addDays(1)) {
        UnitDay u;
        u.date = d;
        const WorkSchedule& schedule = m_rules.schedule(person.unitId, d);
        u.holiday = m_rules.holidays(person.unitId, d).find(d);
        u.table = &m_rules.deductions(person.unitId, d);
        const auto span = schedule.spanOn(d);
        u.work = span && (!u.holiday || schedule.workOnHolidays);
        if (u.work && u.holiday)
            u.holiday = nullptr; // worked as usual
        u.windowStart = midnight(d, tz);
        if (span) {
            u.startMs = u.windowStart + qint64(span->startMinute) * 60000;
            u.endMs = u.windowStart + qint64(span->endMinute) * 60000;
        }
        days.append(u);
    }
    // A work date is its calendar day in the office zone, except after a shift that ends past midnight:
    // then the next date starts halfway between that shift's end and the next start, so a night shift's
    // "out" at 07:00 lands on the day the shift began.
    for (qsizetype i = 1; i < days.size(); ++i) {
        const UnitDay& prev = days[i - 1];
        UnitDay& cur = days[i];
        if (!prev.work || prev.endMs <= cur.windowStart)
            continue;
        const qint64 nextStart = cur.work ? cur.startMs : cur.windowStart + kDayMs;
        cur.windowStart =
            std::max(cur.windowStart, prev.endMs + std::max<qint64>(0, nextStart - prev.endMs) / 2);
    }
    for (qsizetype i = 0; i < days.size(); ++i)
        days[i].windowEnd =
            i + 1 < days.size() ? days[i + 1].windowStart : midnight(days[i].date.addDays(1), tz);
    return *m_unitDayCache.insert(key, days);
}

QList<DayStatus> RecapCalculator::days(const RecapPerson& person, const QList<RecapEvent>& events,
                                       const QList<RecapRequest>& requests, QDate from, QDate to) const
{
    QDate& today = m_todayCache[person.timeZone]; // one zone conversion per zone, not per person
    if (!today.isValid())
        today = QDateTime::fromMSecsSinceEpoch(m_nowMs, officeZone(person.timeZone)).date();
    const QDate last = std::min(to, today);
    if (!from.isValid() || !to.isValid() || last < from)
        return {};
    const QList<UnitDay>& unit = unitDays(person, from, to);

    // What supervisors approved: leave per date, accepted flagged events, added records.
    QList<const RecapRequest*> leave;
    QSet<QString> accepted;
    QList<RecapEvent> mine;
    for (const RecapRequest& r : requests) {
        if (r.userId != person.userId)
            continue;
        if (r.kind != kKoreksi) {
            leave.append(&r);
            continue;
        }
        if (!r.eventId.isEmpty())
            accepted.insert(r.eventId);
        if ((r.correctionKind == QLatin1String("in") || r.correctionKind == QLatin1String("out")) &&
            r.correctionAt > 0) {
            RecapEvent e;
            e.userId = person.userId;
            e.in = r.correctionKind == QLatin1String("in");
            e.atMs = r.correctionAt;
            e.receivedAt = 1; // an approved record, not waiting for any device
            mine.append(e);
        }
    }
    QSet<QString> devices;
    for (const RecapEvent& e : events) {
        if (e.userId != person.userId && !e.userId.isEmpty())
            continue;
        mine.append(e);
        if (!e.deviceId.isEmpty())
            devices.insert(e.deviceId);
    }
    std::sort(mine.begin(), mine.end(),
              [](const RecapEvent& a, const RecapEvent& b) { return a.atMs < b.atMs; });

    QList<DayStatus> out;
    out.reserve(from.daysTo(last) + 1);
    qsizetype next = 0; // events are sorted, windows ascend: one pass
    for (qsizetype i = 1; i + 1 < unit.size(); ++i) {
        const UnitDay& u = unit[i];
        if (u.date < from)
            continue;
        if (u.date > last)
            break;
        while (next < mine.size() && mine[next].atMs < u.windowStart)
            ++next;
        qsizetype end = next;
        while (end < mine.size() && mine[end].atMs < u.windowEnd)
            ++end;

        DayStatus day;
        day.date = u.date;
        if (!u.work) {
            day.kind = u.holiday ? DayKind::Holiday : DayKind::NonWorkDay;
            if (u.holiday)
                day.holidayName = u.holiday->name;
            if (m_describe)
                day.description = describe(day);
            out.append(day);
            next = end;
            continue;
        }
        day.startMs = u.startMs;
        day.endMs = u.endMs;
        const auto covering = std::find_if(leave.cbegin(), leave.cend(), [&](const RecapRequest* r) {
            return r->from <= u.date && u.date <= r->until;
        });
        if (covering != leave.cend()) {
            day.kind = DayKind::Leave;
            day.leaveKind = (*covering)->kind;
            if (m_describe)
                day.description = describe(day);
            out.append(day);
            next = end;
            continue;
        }
        bool unsent = false;
        for (qsizetype k = next; k < end; ++k) {
            const RecapEvent& e = mine[k];
            unsent = unsent || e.receivedAt == 0;
            if (doubtful(e.flags)) {
                for (const QString& f : e.flags) {
                    if (f != kTerminalFlag && !day.flags.contains(f))
                        day.flags.append(f);
                }
                if (!accepted.contains(e.id) || e.id.isEmpty()) {
                    ++day.ignoredEvents; // never counts as on time: treated as missing
                    continue;
                }
            }
            if (e.in && day.inMs == 0)
                day.inMs = e.atMs;
            if (!e.in)
                day.outMs = e.atMs;
        }
        next = end;
        if (day.inMs == 0 && day.outMs == 0) {
            day.kind = DayKind::Absent;
            day.deductionPercent = u.table->absentPerDay;
        } else {
            day.kind = DayKind::Present;
            if (day.inMs) {
                day.lateMinutes = minutesLate(day.inMs - u.startMs);
                day.tl = bandOfMinutes(day.lateMinutes);
            } else {
                day.missingIn = true;
                day.tl = 4;
            }
            if (day.outMs) {
                day.earlyMinutes = minutesLate(u.endMs - day.outMs);
                day.psw = bandOfMinutes(day.earlyMinutes);
            } else if (m_nowMs < u.windowEnd) {
                // Today and still at work (or not clocked out yet): PSW4 only once the day is over.
                day.outPending = true;
                if (m_nowMs >= u.endMs + kOutGraceMs) {
                    day.missingOut = true;
                    day.psw = 4;
                }
            } else {
                day.missingOut = true;
                day.psw = 4;
            }
            if (day.tl)
                day.deductionPercent += u.table->tl[day.tl - 1];
            if (day.psw && !day.outPending)
                day.deductionPercent += u.table->psw[day.psw - 1];
        }
        // Final only once every device that recorded for this person has synced after the day ended.
        day.provisional = unsent || m_nowMs < u.windowEnd;
        for (const QString& device : std::as_const(devices)) {
            if (m_marks.value(device, 0) <= u.windowEnd)
                day.provisional = true;
        }
        if (m_describe)
            day.description = describe(day);
        out.append(day);
    }
    return out;
}

QString RecapCalculator::describe(const DayStatus& day) const
{
    switch (day.kind) {
    case DayKind::NonWorkDay:
        return tr("Bukan hari kerja");
    case DayKind::Holiday:
        return tr("Libur: %1").arg(day.holidayName);
    case DayKind::Leave:
        return leaveName(day.leaveKind);
    case DayKind::Absent:
        return day.ignoredEvents
                   ? tr("Tanpa keterangan (%1 catatan diragukan belum dikoreksi)").arg(day.ignoredEvents)
                   : tr("Tanpa keterangan");
    case DayKind::Present:
        break;
    }
    QStringList parts;
    if (day.missingIn)
        parts.append(tr("Tidak ada catatan masuk (TL4)"));
    else if (day.tl)
        parts.append(tr("Terlambat %1 menit (TL%2)").arg(day.lateMinutes).arg(day.tl));
    if (day.outPending && !day.missingOut)
        parts.append(parts.isEmpty() ? tr("masuk tepat waktu, belum pulang") : tr("belum pulang"));
    else if (day.outPending)
        parts.append(tr("belum tercatat pulang (PSW4 bila sampai akhir hari tidak ada)"));
    else if (day.missingOut)
        parts.append(tr("tidak ada catatan pulang (PSW4)"));
    else if (day.psw)
        parts.append(tr("pulang %1 menit lebih awal (PSW%2)").arg(day.earlyMinutes).arg(day.psw));
    QString text = parts.isEmpty() ? tr("Hadir tepat waktu") : parts.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (day.ignoredEvents)
        text += tr("; %1 catatan diragukan belum dikoreksi").arg(day.ignoredEvents);
    return text;
}

RecapRow RecapCalculator::summarize(const RecapPerson& person, const QList<DayStatus>& days) const
{
    RecapRow row;
    row.userId = person.userId;
    row.nip = person.nip;
    row.name = person.name;
    row.unitId = person.unitId;
    row.unitCode = person.unitCode;
    row.unitName = person.unitName;
    double total = 0;
    for (const DayStatus& d : days) {
        if (!d.isWorkDay())
            continue;
        ++row.workDays;
        if (d.provisional)
            ++row.provisionalDays;
        switch (d.kind) {
        case DayKind::Present:
            ++row.present;
            if (d.tl)
                ++row.tl[d.tl - 1];
            if (d.psw && !d.outPending) // counted once the day is over
                ++row.psw[d.psw - 1];
            break;
        case DayKind::Absent:
            ++row.absent;
            break;
        case DayKind::Leave:
            ++row.leave;
            break;
        default:
            break;
        }
        total += d.deductionPercent;
    }
    const double cap = days.isEmpty() ? 100.0 : m_rules.deductions(person.unitId, days.last().date).cap;
    row.deductionPercent = roundPercent(std::min(total, cap));
    return row;
}

// ---- AttendanceRecap: the loader over the projection tables -------------------------------------------

namespace {

struct UnitInfo
{
    QString parentId;
    QString code;
    QString name;
    QString timeZone;
};

struct Loaded
{
    QHash<QString, UnitInfo> units;
    QList<RecapPerson> persons;
    QList<QList<RecapEvent>> events; // by index in persons, in time order
    QHash<QString, QList<RecapRequest>> requests;
    QHash<QString, qint64> marks;
};

Result<QHash<QString, UnitInfo>> loadUnits(Database& db)
{
    auto q =
        db.exec(QStringLiteral("SELECT id, COALESCE(parent_id, ''), code, name, time_zone FROM org_units"));
    if (!q)
        return q.error();
    QHash<QString, UnitInfo> units;
    while (q->next())
        units.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString(),
                                              q->value(3).toString(), q->value(4).toString()});
    return units;
}

// Everything of the period in one query per table (indexed by time and date), grouped in memory: a
// query per person would cost 5,000 round trips for a regency.
Status loadPeriod(Database& db, Loaded& data, QDate from, QDate to, const QString& onlyUser)
{
    QHash<QString, qsizetype> wanted; // user id → index in persons
    wanted.reserve(data.persons.size());
    for (qsizetype i = 0; i < data.persons.size(); ++i)
        wanted.insert(data.persons[i].userId, i);
    data.events.resize(data.persons.size());
    // Two days of margin on each side covers every office zone and a shift ending the next morning.
    const qint64 fromMs = QDateTime(from.addDays(-2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // Only columns of idx_att_events_recap, in instant order: one pass over the index, and each person's
    // events arrive sorted. The id is only needed for a flagged event (a koreksi names it).
    QString sql = QStringLiteral("SELECT user_id, device_id, kind, at_ms, flags, received_at, "
                                 "CASE WHEN flags = '' THEN '' ELSE id END FROM att_events "
                                 "WHERE at_ms >= ? AND at_ms < ?");
    QVariantList bind{fromMs, toMs};
    if (!onlyUser.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        bind.append(onlyUser);
    }
    sql += QStringLiteral(" ORDER BY at_ms");
    // Forward-only, so SQLite's rows are not cached a second time as QVariants (half the memory).
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (auto ran = Database::run(*q, bind); !ran)
        return ran.error();
    QHash<QString, QString> deviceIds; // one shared copy of each device id
    while (q->next()) {
        const auto person = wanted.constFind(q->value(0).toString());
        if (person == wanted.cend())
            continue;
        RecapEvent e;
        const QString device = q->value(1).toString();
        auto d = deviceIds.constFind(device);
        e.deviceId = d != deviceIds.cend() ? *d : *deviceIds.insert(device, device);
        e.in = q->value(2).toString() == QLatin1String("in");
        e.atMs = q->value(3).toLongLong();
        const QString flags = q->value(4).toString();
        if (!flags.isEmpty())
            e.flags = flags.split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.receivedAt = q->value(5).toLongLong();
        e.id = q->value(6).toString();
        data.events[*person].append(std::move(e));
    }
    q->finish();

    auto r = db.exec(QStringLiteral("SELECT user_id, kind, date_from, date_until, event_id, correction_kind, "
                                    "correction_at FROM att_requests WHERE state = 'disetujui' "
                                    "AND date_from <= ? AND date_until >= ?"),
                     {to.addDays(1).toString(Qt::ISODate), from.addDays(-1).toString(Qt::ISODate)});
    if (!r)
        return r.error();
    while (r->next()) {
        RecapRequest req;
        req.userId = r->value(0).toString();
        if (!wanted.contains(req.userId))
            continue;
        req.kind = r->value(1).toString();
        req.from = QDate::fromString(r->value(2).toString(), Qt::ISODate);
        req.until = QDate::fromString(r->value(3).toString(), Qt::ISODate);
        req.eventId = r->value(4).toString();
        req.correctionKind = r->value(5).toString();
        req.correctionAt = r->value(6).toLongLong();
        if (req.from.isValid() && req.until.isValid())
            data.requests[req.userId].append(req);
    }
    r->finish();

    auto m = db.exec(QStringLiteral("SELECT device_id, received_at FROM att_marks"));
    if (!m)
        return m.error();
    while (m->next())
        data.marks.insert(m->value(0).toString(), m->value(1).toLongLong());
    return {};
}

RecapPerson personOf(const QSqlQuery& q, const QHash<QString, UnitInfo>& units)
{
    RecapPerson p;
    p.userId = q.value(0).toString();
    p.nip = q.value(1).toString();
    p.name = q.value(2).toString();
    p.unitId = q.value(3).toString();
    const UnitInfo unit = units.value(p.unitId);
    p.unitCode = unit.code;
    p.unitName = unit.name;
    p.timeZone = unit.timeZone;
    return p;
}

const QString kPersonColumns =
    QStringLiteral("SELECT u.id, u.nip, u.full_name, COALESCE(u.unit_id, '') FROM users u ");

} // namespace

AttendanceRecap::AttendanceRecap(Database& db)
    : m_db(db)
{}

qint64 AttendanceRecap::now() const
{
    return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

Result<QList<DayStatus>> AttendanceRecap::days(const QString& userId, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
        return Error(tr("Rentang tanggal absensi tidak valid (paling lama satu tahun)"),
                     Error::Code::InvalidInput);
    Loaded data;
    auto units = loadUnits(m_db);
    if (!units)
        return units.error();
    data.units = *units;
    auto q = m_db.exec(kPersonColumns + QStringLiteral("WHERE u.id = ?"), {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Pegawai tidak ditemukan"), Error::Code::NotFound);
    data.persons.append(personOf(*q, data.units));
    q->finish();
    if (Status s = loadPeriod(m_db, data, from, to, userId); !s)
        return s.error();
    auto rules = RuleBook::load(m_db);
    if (!rules)
        return rules.error();
    RecapCalculator calc(*rules, now());
    calc.setMarks(std::move(data.marks));
    const RecapPerson& p = data.persons.first();
    return calc.days(p, data.events.value(0), data.requests.value(p.userId), from, to);
}

Result<QList<RecapRow>> AttendanceRecap::month(int year, int month, const QString& unitCode) const
{
    const QDate from(year, month, 1);
    if (!from.isValid() || year < 2000 || year > 2100)
        return Error(tr("Bulan rekap tidak valid"), Error::Code::InvalidInput);
    const QDate to = from.addMonths(1).addDays(-1);

    Loaded data;
    auto units = loadUnits(m_db);
    if (!units)
        return units.error();
    data.units = *units;
    // The unit and every unit beneath it.
    QSet<QString> inScope;
    if (!unitCode.isEmpty()) {
        QString root;
        for (auto it = data.units.cbegin(); it != data.units.cend(); ++it) {
            if (it->code.compare(unitCode, Qt::CaseInsensitive) == 0)
                root = it.key();
        }
        if (root.isEmpty())
            return Error(tr("Unit %1 tidak ditemukan").arg(unitCode), Error::Code::NotFound);
        QMultiHash<QString, QString> children;
        for (auto it = data.units.cbegin(); it != data.units.cend(); ++it)
            children.insert(it->parentId, it.key());
        QList<QString> todo{root};
        while (!todo.isEmpty()) {
            const QString u = todo.takeLast();
            if (inScope.contains(u))
                continue;
            inScope.insert(u);
            todo.append(children.values(u));
        }
    }
    // Accounts without an NIP and kiosk accounts are not staff.
    auto q = m_db.exec(
        kPersonColumns +
        QStringLiteral("WHERE u.active = 1 AND u.nip <> '' AND u.unit_id IS NOT NULL AND NOT EXISTS "
                       "(SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'kiosk')"));
    if (!q)
        return q.error();
    while (q->next()) {
        RecapPerson p = personOf(*q, data.units);
        if (inScope.isEmpty() || inScope.contains(p.unitId))
            data.persons.append(std::move(p));
    }
    q->finish();
    std::sort(data.persons.begin(), data.persons.end(), [](const RecapPerson& a, const RecapPerson& b) {
        if (a.unitCode != b.unitCode)
            return a.unitCode < b.unitCode;
        if (a.name != b.name)
            return a.name < b.name;
        return a.nip < b.nip;
    });
    if (Status s = loadPeriod(m_db, data, from, to, {}); !s)
        return s.error();
    auto rules = RuleBook::load(m_db);
    if (!rules)
        return rules.error();
    RecapCalculator calc(*rules, now());
    calc.setMarks(std::move(data.marks));
    calc.setDescribeDays(false); // the rows carry counts only
    QList<RecapRow> rows;
    rows.reserve(data.persons.size());
    for (qsizetype i = 0; i < data.persons.size(); ++i) {
        const RecapPerson& p = data.persons[i];
        const QList<DayStatus> days = calc.days(p, data.events[i], data.requests.value(p.userId), from, to);
        rows.append(calc.summarize(p, days));
    }
    return rows;
}

} // namespace lontar::attendance
