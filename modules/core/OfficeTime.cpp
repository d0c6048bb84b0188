#include "core/OfficeTime.h"

#include <QLocale>
#include <QTimeZone>

namespace lontar {

namespace {
QTimeZone officeZone(const QString& ianaZone)
{
    const QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    if (ianaZone.isEmpty())
        return jakarta;
    QTimeZone zone(ianaZone.toUtf8());
    return zone.isValid() ? zone : jakarta;
}
} // namespace

QString zoneAbbreviation(const QString& ianaZone, const QDateTime& at)
{
    const int offset =
        officeZone(ianaZone).offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    switch (offset) {
    case 7 * 3600:
        return QStringLiteral("WIB");
    case 8 * 3600:
        return QStringLiteral("WITA");
    case 9 * 3600:
        return QStringLiteral("WIT");
    default:
        break;
    }
    const int minutes = std::abs(offset) / 60;
    QString text =
        QStringLiteral("UTC%1%2").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(minutes / 60);
    if (minutes % 60)
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatOfficeTime(const QDateTime& moment, const QString& ianaZone, TimeStyle style)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(officeZone(ianaZone));
    const QString format =
        style == TimeStyle::Long ? QStringLiteral("d MMMM yyyy HH.mm") : QStringLiteral("d MMM yyyy HH.mm");
    return QLocale().toString(local, format) + QLatin1Char(' ') + zoneAbbreviation(ianaZone, moment);
}

QString formatOfficeTimeNumeric(const QDateTime& moment, const QString& ianaZone)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(officeZone(ianaZone));
    return local.toString(QStringLiteral("dd-MM-yyyy HH:mm")) + QLatin1Char(' ') +
           zoneAbbreviation(ianaZone, moment);
}

} // namespace lontar
