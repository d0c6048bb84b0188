#include "attendance/ui/AttendanceFormat.h"

#include "attendance/Requests.h"
#include "attendance/TrustedTime.h"
#include "core/OfficeTime.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace lontar::attendance {

namespace {

QDateTime inZone(qint64 ms, const QString& zone)
{
    QTimeZone tz(zone.isEmpty() ? QByteArrayLiteral("Asia/Jakarta") : zone.toUtf8());
    if (!tz.isValid())
        tz = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(tz);
}

QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace

QString AttendanceFormat::clockTime(qint64 ms, const QString& zone)
{
    if (ms <= 0)
        return QStringLiteral("—");
    const QDateTime local = inZone(ms, zone);
    return local.toString(QStringLiteral("HH.mm")) + QLatin1Char(' ') +
           zoneAbbreviation(zone.isEmpty() ? QStringLiteral("Asia/Jakarta") : zone, local.toUTC());
}

QString AttendanceFormat::clockTimeWithSeconds(qint64 ms, const QString& zone)
{
    return inZone(ms, zone).toString(QStringLiteral("HH.mm.ss"));
}

QString AttendanceFormat::weekdayName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1:
        return tr("Senin");
    case 2:
        return tr("Selasa");
    case 3:
        return tr("Rabu");
    case 4:
        return tr("Kamis");
    case 5:
        return tr("Jumat");
    case 6:
        return tr("Sabtu");
    case 7:
        return tr("Minggu");
    default:
        return {};
    }
}

QString AttendanceFormat::longDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return tr("%1, %2 %3")
        .arg(weekdayName(date.dayOfWeek()), QString::number(date.day()),
             periodName(date.year(), date.month()));
}

QString AttendanceFormat::shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return weekdayName(date.dayOfWeek()).left(3) + QLatin1Char(' ') +
           indonesian().toString(date, QStringLiteral("dd/MM"));
}

QString AttendanceFormat::duration(qint64 ms)
{
    ms = qAbs(ms);
    const qint64 minutes = ms / 60000;
    if (minutes == 0)
        return tr("%n detik", nullptr, int(ms / 1000));
    const qint64 days = minutes / (24 * 60);
    if (days >= 2)
        return tr("%n hari", nullptr, int(days));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (hours == 0)
        return tr("%n menit", nullptr, rest);
    if (rest == 0)
        return tr("%n jam", nullptr, hours);
    return tr("%1 jam %2 menit").arg(hours).arg(rest);
}

QString AttendanceFormat::flagText(const QString& f, qint64 claimedMs, qint64 trustedMs)
{
    if (f == flag::kClockOff) {
        if (claimedMs > 0 && trustedMs > 0) {
            return claimedMs > trustedMs ? tr("Jam perangkat %1 lebih cepat dari jam server")
                                               .arg(duration(claimedMs - trustedMs))
                                         : tr("Jam perangkat %1 lebih lambat dari jam server")
                                               .arg(duration(trustedMs - claimedMs));
        }
        return tr("Jam perangkat berbeda dari jam server");
    }
    if (f == flag::kFuture)
        return tr("Waktu yang tercatat belum terjadi menurut server");
    if (f == flag::kNoAnchor)
        return tr(
            "Perangkat belum pernah tersambung ke server saat mencatat; waktunya tidak dapat dipastikan");
    if (f == flag::kReboot)
        return tr("Perangkat dinyalakan ulang sejak terakhir tersambung ke server; waktunya tidak dapat "
                  "dipastikan");
    if (f == flag::kStaleAnchor)
        return tr("Perangkat terlalu lama tidak tersambung ke server (lebih dari 7 hari)");
    if (f == flag::kChainGap)
        return tr("Ada catatan sebelumnya dari perangkat ini yang tidak sampai ke server");
    if (f == flag::kChainBreak)
        return tr("Urutan catatan perangkat ini tidak cocok; kemungkinan ada catatan yang diubah");
    if (f == flag::kReplay)
        return tr("Catatan ganda, atau waktunya mundur dari catatan sebelumnya");
    if (f == flag::kTerminal)
        return tr("Dari mesin sidik jari");
    return tr("Catatan perlu diperiksa (%1)").arg(f);
}

QString AttendanceFormat::flagsText(const QStringList& flags, qint64 claimedMs, qint64 trustedMs)
{
    QStringList parts;
    for (const QString& f : flags) {
        if (!f.isEmpty())
            parts.append(flagText(f, claimedMs, trustedMs));
    }
    return parts.join(QStringLiteral("; "));
}

bool AttendanceFormat::hasDoubt(const QStringList& flags)
{
    for (const QString& f : flags) {
        if (!f.isEmpty() && f != flag::kTerminal)
            return true;
    }
    return false;
}

QString AttendanceFormat::bandText(int tl, int psw)
{
    QStringList parts;
    if (tl > 0)
        parts.append(QStringLiteral("TL%1").arg(tl));
    if (psw > 0)
        parts.append(QStringLiteral("PSW%1").arg(psw));
    return parts.join(QStringLiteral(", "));
}

QString AttendanceFormat::leaveName(const QString& kindKey)
{
    const auto kind = requestKindFromKey(kindKey);
    return kind ? requestKindDisplayName(*kind) : dayKindDisplayName(DayKind::Leave);
}

QString AttendanceFormat::dayText(const DayStatus& day)
{
    if (!day.description.isEmpty())
        return day.description;
    switch (day.kind) {
    case DayKind::Holiday:
        return tr("Libur: %1").arg(day.holidayName);
    case DayKind::Leave:
        return leaveName(day.leaveKind);
    default:
        return dayKindDisplayName(day.kind);
    }
}

} // namespace lontar::attendance
