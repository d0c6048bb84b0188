#include "attendance/ui/AttendanceModels.h"

#include "attendance/ui/AttendanceFormat.h"
#include "shell/Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace lontar::attendance {

namespace {

const QColor kDoubtBackground(0xfd, 0xf1, 0xdc);
const QColor kAbsentBackground(0xfb, 0xe3, 0xe0);
const QColor kOffBackground(0xee, 0xf2, 0xf1);
const QColor kProvisionalBackground(0xfd, 0xf6, 0xe3);

QString dateRange(const QDate& from, const QDate& until)
{
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    if (from == until)
        return id.toString(from, QStringLiteral("d MMM yyyy"));
    return id.toString(from, QStringLiteral("d MMM")) + QStringLiteral(" – ") +
           id.toString(until, QStringLiteral("d MMM yyyy"));
}

QVariant dayBackground(const DayStatus& day)
{
    if (AttendanceFormat::hasDoubt(day.flags) || day.ignoredEvents > 0)
        return QBrush(kDoubtBackground);
    if (day.kind == DayKind::Absent)
        return QBrush(kAbsentBackground);
    if (day.kind == DayKind::Holiday || day.kind == DayKind::NonWorkDay)
        return QBrush(kOffBackground);
    return {};
}

// The day's tooltip: its description, doubts and whether it is final.
QString dayTooltip(const DayStatus& day)
{
    QStringList lines{AttendanceFormat::dayText(day)};
    if (AttendanceFormat::hasDoubt(day.flags))
        lines.append(AttendanceFormat::tr("Diragukan: %1").arg(AttendanceFormat::flagsText(day.flags)));
    if (day.provisional)
        lines.append(AttendanceFormat::tr("Sementara: belum tersinkron dari semua perangkat"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString percentText(double value)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(value, 'f', value == int(value) ? 0 : 2);
}

// ---- week ---------------------------------------------------------------------------------------------

void WeekModel::setWeek(const QList<QDate>& week, const QList<DayStatus>& days, const QString& zone)
{
    beginResetModel();
    m_zone = zone;
    m_rows.clear();
    for (const QDate& date : week) {
        std::optional<DayStatus> status;
        for (const DayStatus& d : days) {
            if (d.date == date)
                status = d;
        }
        m_rows.append({date, status});
    }
    endResetModel();
}

int WeekModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeekModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& [date, day] = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DayColumn:
            return AttendanceFormat::longDate(date);
        case InColumn:
            return day && day->inMs ? AttendanceFormat::clockTime(day->inMs, m_zone) : QStringLiteral("—");
        case OutColumn:
            return day && day->outMs ? AttendanceFormat::clockTime(day->outMs, m_zone) : QStringLiteral("—");
        case StatusColumn: {
            if (!day)
                return tr("Belum berlangsung");
            QString text = AttendanceFormat::dayText(*day);
            if (day->provisional && day->isWorkDay())
                text += tr(" · belum tersinkron");
            return text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && day)
        return dayTooltip(*day);
    if (role == Qt::BackgroundRole && day)
        return dayBackground(*day);
    if (role == Qt::ForegroundRole && !day)
        return QBrush(QColor(0x66, 0x73, 0x6f));
    return {};
}

QVariant WeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Hari");
    case InColumn:
        return tr("Masuk");
    case OutColumn:
        return tr("Pulang");
    case StatusColumn:
        return tr("Keterangan");
    default:
        return {};
    }
}

// ---- requests -----------------------------------------------------------------------------------------

RequestModel::RequestModel(Mode mode, QObject* parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{}

QString decisionText(const AttendanceRequest& r)
{
    QString text = requestStateDisplayName(r.state);
    const bool decided = r.state == RequestState::Disetujui || r.state == RequestState::Ditolak;
    if (decided && !r.decidedByName.isEmpty())
        text += RequestModel::tr(" oleh %1").arg(r.decidedByName);
    if (decided && !r.note.isEmpty())
        text += RequestModel::tr(" — %1").arg(r.note);
    return text;
}

void RequestModel::setRequests(QList<AttendanceRequest> requests, QHash<QString, QString> eventTexts)
{
    beginResetModel();
    m_requests = std::move(requests);
    m_eventTexts = std::move(eventTexts);
    endResetModel();
}

const AttendanceRequest* RequestModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int RequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QStringList RequestModel::headers() const
{
    if (m_mode == Mode::Waiting)
        return {tr("Pegawai"), tr("Jenis"), tr("Tanggal"), tr("Hari kerja"), tr("Alasan")};
    return {tr("Jenis"), tr("Tanggal"), tr("Hari kerja"), tr("Alasan"), tr("Status")};
}

int RequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant RequestModel::data(const QModelIndex& index, int role) const
{
    const AttendanceRequest* r = requestAt(index.row());
    if (!r)
        return {};
    int column = index.column();
    if (m_mode == Mode::Waiting) {
        if (column == 0)
            return role == Qt::DisplayRole ? QVariant(r->userName) : QVariant();
        --column; // the other columns as in "mine"
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case 0:
            return requestKindDisplayName(r->kind);
        case 1:
            return dateRange(r->from, r->until);
        case 2:
            return workingDays(r->from, r->until);
        case 3: {
            // A koreksi names its record, so the atasan sees what they accept.
            const QString event = m_eventTexts.value(r->eventId);
            return event.isEmpty() ? r->reason : tr("%1 — %2").arg(event, r->reason);
        }
        case 4:
            return decisionText(*r);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == 3) {
        const QString event = m_eventTexts.value(r->eventId);
        return event.isEmpty() ? r->reason : tr("Catatan: %1\nAlasan: %2").arg(event, r->reason);
    }
    if (role == Qt::ToolTipRole && column == 4 && !r->note.isEmpty())
        return tr("Catatan atasan: %1").arg(r->note);
    if (role == Qt::ForegroundRole && column == 4) {
        switch (r->state) {
        case RequestState::Disetujui:
            return QBrush(QColor(QLatin1String(Theme::kOk)));
        case RequestState::Ditolak:
            return QBrush(QColor(QLatin1String(Theme::kError)));
        case RequestState::Diajukan:
            return QBrush(QColor(QLatin1String(Theme::kWarn)));
        case RequestState::Dibatalkan:
            return QBrush(QColor(0x66, 0x73, 0x6f));
        }
    }
    return {};
}

QVariant RequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

// ---- team ---------------------------------------------------------------------------------------------

void TeamModel::setTeam(QList<TeamMember> members, const QList<QDate>& dates)
{
    beginResetModel();
    m_members = std::move(members);
    m_dates = dates;
    endResetModel();
}

const TeamMember* TeamModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

const DayStatus* TeamModel::dayOf(const TeamMember& m, const QDate& date) const
{
    for (const DayStatus& d : m.days) {
        if (d.date == date)
            return &d;
    }
    return nullptr;
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return singleDay() ? 6 : 2 + int(m_dates.size());
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    const TeamMember* m = memberAt(index.row());
    if (!m)
        return {};
    const int column = index.column();
    if (column < 2) {
        if (role == Qt::DisplayRole)
            return column == 0 ? m->name : m->nip;
        if (role == Qt::ToolTipRole)
            return m->unitName;
        return {};
    }
    const QDate date = singleDay() ? m_dates.value(0) : m_dates.value(column - 2);
    const DayStatus* day = dayOf(*m, date);
    if (!day) {
        if (role == Qt::DisplayRole)
            return column == 2 || !singleDay() ? tr("Belum berlangsung") : QString();
        return {};
    }
    if (role == Qt::BackgroundRole)
        return dayBackground(*day);
    if (role == Qt::ToolTipRole)
        return dayTooltip(*day);
    if (role != Qt::DisplayRole)
        return {};
    if (!singleDay()) {
        // One compact cell per day: times and band, or what the day was.
        if (day->kind == DayKind::Present) {
            QString text =
                AttendanceFormat::clockTime(day->inMs, m->timeZone).section(QLatin1Char(' '), 0, 0) +
                QStringLiteral("–") +
                AttendanceFormat::clockTime(day->outMs, m->timeZone).section(QLatin1Char(' '), 0, 0);
            const QString band = AttendanceFormat::bandText(day->tl, day->psw);
            if (!band.isEmpty())
                text += QLatin1Char(' ') + band;
            if (AttendanceFormat::hasDoubt(day->flags) || day->ignoredEvents)
                text += QStringLiteral(" ⚠");
            return text;
        }
        if (day->kind == DayKind::Leave)
            return AttendanceFormat::leaveName(day->leaveKind);
        if (day->kind == DayKind::Absent && (AttendanceFormat::hasDoubt(day->flags) || day->ignoredEvents))
            return tr("Tanpa keterangan ⚠");
        return dayKindDisplayName(day->kind);
    }
    switch (column) {
    case 2:
        return AttendanceFormat::clockTime(day->inMs, m->timeZone);
    case 3:
        return AttendanceFormat::clockTime(day->outMs, m->timeZone);
    case 4: {
        QString text = AttendanceFormat::dayText(*day);
        if (day->provisional && day->isWorkDay())
            text += tr(" · sementara");
        return text;
    }
    case 5:
        return AttendanceFormat::flagsText(day->flags);
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Nama");
    if (section == 1)
        return tr("NIP");
    if (singleDay()) {
        static const char* const kHeaders[] = {QT_TR_NOOP("Masuk"), QT_TR_NOOP("Pulang"),
                                               QT_TR_NOOP("Status"), QT_TR_NOOP("Catatan diragukan")};
        return section - 2 < 4 ? tr(kHeaders[section - 2]) : QVariant();
    }
    return AttendanceFormat::shortDate(m_dates.value(section - 2));
}

// ---- recap --------------------------------------------------------------------------------------------

void RecapModel::setRows(QList<RecapRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecapRow& r = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::DisplayRole) {
        if (c == NipColumn)
            return r.nip;
        if (c == NameColumn)
            return r.name;
        if (c == UnitColumn)
            return r.unitName.isEmpty() ? r.unitCode : r.unitName;
        if (c == WorkDaysColumn)
            return r.workDays;
        if (c == PresentColumn)
            return r.present;
        if (c >= Tl1Column && c < Tl1Column + 4)
            return r.tl[c - Tl1Column];
        if (c >= Psw1Column && c < Psw1Column + 4)
            return r.psw[c - Psw1Column];
        if (c == AbsentColumn)
            return r.absent;
        if (c == LeaveColumn)
            return r.leave;
        if (c == DeductionColumn)
            return percentText(r.deductionPercent);
        if (c == StateColumn)
            return r.provisionalDays > 0 ? tr("Sementara (%n hari)", nullptr, r.provisionalDays)
                                         : tr("Final");
        return {};
    }
    if (role == Qt::TextAlignmentRole && c >= WorkDaysColumn && c <= DeductionColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && r.provisionalDays > 0)
        return QBrush(kProvisionalBackground);
    if (role == Qt::ToolTipRole && r.provisionalDays > 0)
        return tr("%n hari belum final: ada perangkat yang belum tersinkron sejak hari itu berakhir", nullptr,
                  r.provisionalDays);
    if (role == Qt::ToolTipRole && c == UnitColumn)
        return r.unitName;
    if (role == Qt::FontRole && c == DeductionColumn && r.deductionPercent > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant RecapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= Tl1Column && section < Tl1Column + 4)
        return QStringLiteral("TL%1").arg(section - Tl1Column + 1);
    if (section >= Psw1Column && section < Psw1Column + 4)
        return QStringLiteral("PSW%1").arg(section - Psw1Column + 1);
    switch (section) {
    case NipColumn:
        return tr("NIP");
    case NameColumn:
        return tr("Nama");
    case UnitColumn:
        return tr("Unit");
    case WorkDaysColumn:
        return tr("Hari kerja");
    case PresentColumn:
        return tr("Hadir");
    case AbsentColumn:
        return tr("Tanpa keterangan");
    case LeaveColumn:
        return tr("Cuti/izin");
    case DeductionColumn:
        return tr("Potongan %");
    case StateColumn:
        return tr("Status data");
    default:
        return {};
    }
}

} // namespace lontar::attendance
