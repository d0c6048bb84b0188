#pragma once

#include "attendance/Recap.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace lontar::attendance {

// How attendance reads on screen: times in the office zone (never UTC), flags in plain words.
class AttendanceFormat
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::AttendanceFormat)

public:
    // "07.24 WIB": the local time of `ms` in `zone` with its Indonesian abbreviation; "—" for 0.
    static QString clockTime(qint64 ms, const QString& zone);
    // "07.24.05" without the zone, for the kiosk's large clock.
    static QString clockTimeWithSeconds(qint64 ms, const QString& zone);
    // "Senin, 23 November 2026".
    static QString longDate(const QDate& date);
    // "Sen 23/11".
    static QString shortDate(const QDate& date);
    static QString weekdayName(int dayOfWeek); // 1 = Senin … 7 = Minggu
    // "3 jam 5 menit", "12 menit", "40 detik".
    static QString duration(qint64 ms);

    // One flag of an event in plain words. For clock_off, the gap between the device's clock and the
    // trusted time is named when both are known.
    static QString flagText(const QString& flag, qint64 claimedMs = 0, qint64 trustedMs = 0);
    // Every doubt of a list (the informational "terminal" included), joined by "; ".
    static QString flagsText(const QStringList& flags, qint64 claimedMs = 0, qint64 trustedMs = 0);
    // Whether any flag is a doubt (all but "terminal").
    static bool hasDoubt(const QStringList& flags);

    // "TL1", "PSW3", or "" for band 0.
    static QString bandText(int tl, int psw);
    // The day in one line for lists: the domain's description, leave or holiday names.
    static QString dayText(const DayStatus& day);
    // The request kind of a leave day ("cuti_sakit" → "Cuti sakit").
    static QString leaveName(const QString& kindKey);
};

} // namespace lontar::attendance
