#include "records/ui/LettersFormat.h"

#include "records/Dispositions.h"
#include "records/RecordsPolicies.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace lontar::records {

QString LettersFormat::monthName(int month)
{
    switch (month) {
    case 1:
        return tr("Januari");
    case 2:
        return tr("Februari");
    case 3:
        return tr("Maret");
    case 4:
        return tr("April");
    case 5:
        return tr("Mei");
    case 6:
        return tr("Juni");
    case 7:
        return tr("Juli");
    case 8:
        return tr("Agustus");
    case 9:
        return tr("September");
    case 10:
        return tr("Oktober");
    case 11:
        return tr("November");
    case 12:
        return tr("Desember");
    default:
        return QString();
    }
}

QString LettersFormat::longDate(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return tr("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString LettersFormat::longDate(const QString& isoDate)
{
    return longDate(QDate::fromString(isoDate, Qt::ISODate));
}

QString LettersFormat::dateTime(qint64 ms, const QString& pending, const QString& zoneId)
{
    if (ms <= 0)
        return pending;
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime at = zone.isValid() ? QDateTime::fromMSecsSinceEpoch(ms, zone)
                                        : QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    QString abbreviation;
    if (zoneId == QLatin1String("Asia/Jakarta") || zoneId == QLatin1String("Asia/Pontianak"))
        abbreviation = QStringLiteral(" WIB");
    else if (zoneId == QLatin1String("Asia/Makassar"))
        abbreviation = QStringLiteral(" WITA");
    else if (zoneId == QLatin1String("Asia/Jayapura"))
        abbreviation = QStringLiteral(" WIT");
    return tr("%1 pukul %2").arg(longDate(at.date()), at.toString(QStringLiteral("HH.mm")) + abbreviation);
}

QString LettersFormat::fileSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(
            QLocale(QLocale::Indonesian).toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    return tr("%1 KB").arg(qMax<qint64>(1, (bytes + 1023) / 1024));
}

QString LettersFormat::letterProgress(const QString& status, const LetterProgress* progress)
{
    // Filing and disposal are later steps than any disposition: they win.
    if (!progress || progress->isEmpty() || status == QLatin1String("diberkaskan") ||
        status == QLatin1String("musnah"))
        return letterStatusDisplayName(status);
    if (progress->isFinished())
        return tr("Selesai");
    if (progress->done > 0)
        return tr("Didisposisikan (%1, %2 selesai)").arg(progress->dispositions).arg(progress->done);
    if (progress->followedUp > 0)
        return tr("Didisposisikan (%1, %2 ditindaklanjuti)")
            .arg(progress->dispositions)
            .arg(progress->followedUp);
    return tr("Didisposisikan (%1)").arg(progress->dispositions);
}

QColor LettersFormat::badgeColor(SecurityClass c)
{
    switch (c) {
    case SecurityClass::Terbatas:
        return QColor(0xb7, 0x79, 0x1f);
    case SecurityClass::Rahasia:
        return QColor(0xc0, 0x39, 0x2b);
    case SecurityClass::SangatRahasia:
        return QColor(0x7b, 0x12, 0x1a);
    case SecurityClass::Biasa:
        break;
    }
    return QColor(0x5f, 0x6b, 0x6a);
}

} // namespace lontar::records
