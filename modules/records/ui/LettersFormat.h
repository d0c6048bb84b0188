#pragma once

#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QColor;

namespace lontar::records {

struct LetterProgress;

// How letters read on screen: dates as "3 Maret 2026", times in the office's local zone (never UTC or
// ISO), security classes with their colours.
class LettersFormat
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::LettersFormat)

public:
    static QString monthName(int month);        // 1 = Januari
    static QString longDate(const QDate& date); // "3 Maret 2026"; "—" when invalid
    static QString longDate(const QString& isoDate);
    // "3 Maret 2026 pukul 14.05 WIB" in the office's zone (IANA id; empty: this computer's zone);
    // `pending` when 0 (not yet confirmed by the server).
    static QString dateTime(qint64 ms, const QString& pending, const QString& zoneId = {});
    // "1,2 MB", "840 KB".
    static QString fileSize(qint64 bytes);
    // The badge of a class: background and text colours; biasa has none (shown as plain text).
    static bool hasBadge(SecurityClass c) { return c != SecurityClass::Biasa; }
    static QColor badgeColor(SecurityClass c);
    // A letter's state next to its stored status: "Didisposisikan (2, 1 selesai)", "Selesai" when every
    // disposition is done; diberkaskan and musnah win, and without dispositions the stored status shows.
    static QString letterProgress(const QString& status, const LetterProgress* progress);
};

} // namespace lontar::records
