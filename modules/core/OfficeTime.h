#pragma once

#include <QDateTime>
#include <QString>

namespace lontar {

// Times as an Indonesian office reads them: in the office's own zone, named WIB, WITA or WIT, never
// as UTC or an ISO string. Everything is stored in UTC; these helpers are for display only.

// "WIB" for Asia/Jakarta and the other UTC+7 zones of Indonesia, "WITA" for UTC+8 (Asia/Makassar),
// "WIT" for UTC+9 (Asia/Jayapura); any other zone gets "UTC+h" (or "UTC+h:mm").
QString zoneAbbreviation(const QString& ianaZone, const QDateTime& at = QDateTime::currentDateTimeUtc());

// The moment in that zone with the default locale's month names: "23 November 2026 14.05 WIB" (long)
// or "23 Nov 2026 14.05 WIB" (short). An unknown or empty zone falls back to Asia/Jakarta, the
// zone most offices are in. An invalid time gives an empty string.
enum class TimeStyle
{
    Long,
    Short
};
QString formatOfficeTime(const QDateTime& moment, const QString& ianaZone, TimeStyle style = TimeStyle::Long);

// The same as a plain date-time in that zone (for stamps, where the month name must stay ASCII):
// "23-11-2026 14:05 WIB".
QString formatOfficeTimeNumeric(const QDateTime& moment, const QString& ianaZone);

} // namespace lontar
