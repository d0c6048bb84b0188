#pragma once

#include "attendance/Recap.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lontar::attendance {

// The CSV header the payroll import relies on (then more columns after it, never before).
QString recapCsvHeader();
// RFC 4180 (CRLF, quoted when needed); deduction_percent with a dot as decimal separator.
QByteArray recapCsv(const QList<RecapRow>& rows);
// A JSON array of objects with the same keys as the CSV columns.
QByteArray recapJson(const QList<RecapRow>& rows);

struct RecapPdfInfo
{
    QString regency;     // "Pemerintah Kabupaten Tanjung Lontar"
    QString unitName;    // the recap's unit, or the regency for all
    QString period;      // periodName(): "November 2026"
    QString generatedBy; // who ran the recap
    qint64 generatedAtMs = 0;
    QString timeZone;    // office zone of the generated-at time
    QString signerTitle; // "Kepala BKPSDM": "Mengetahui, <jabatan>"
    QString signerName;  // may be empty: a dotted line to fill in
    QString signerNip;
};

// The text the TTE engine places its visible stamp on (lontar-cli sign --anchor).
inline QString recapSignatureAnchor()
{
    return QStringLiteral("${ttd}");
}

// An A4 landscape report in Indonesian: title, period, the table with totals and a signature block with
// room for a visible signature stamp. Written atomically. Needs a QGuiApplication (fonts).
Status writeRecapPdf(const QList<RecapRow>& rows, const RecapPdfInfo& info, const QString& path);

} // namespace lontar::attendance
