#pragma once

#include "core/Result.h"
#include "records/OutgoingLetters.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QRectF>

namespace lontar::records {

// The letterhead (kop) of the drafting unit.
struct Letterhead
{
    QString regency;  // "Pemerintah Kabupaten Tanjung Lontar"
    QString unitName; // "Dinas Komunikasi dan Informatika"
    QString address;  // street, phone, e-mail; may be empty
};

struct RenderedLetter
{
    QByteArray pdf;
    int pageCount = 0;
    // Where the TTE stamp goes: the empty box on the signature line, in PDF user space (points,
    // origin bottom-left) of `signaturePage` (1-based).
    int signaturePage = 1;
    QRectF signatureBox;
};

// "3 Maret 2026".
QString indonesianDate(const QDate& date);

// Lays a letter out on A4 the way tata naskah dinas asks (kop, place and date, nomor/sifat/lampiran/hal,
// Yth., body, the signer's jabatan, the signature box, name and NIP, tembusan) with QPainter on a
// QPdfWriter. Needs a QGuiApplication (fonts); no widgets. A draft without a number shows dots where
// the number and date will go.
class OutgoingRenderer
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::OutgoingRenderer)

public:
    static constexpr double kStampWidth = 220; // points, as esign's default stamp
    static constexpr double kStampHeight = 90;

    static Result<RenderedLetter> render(const OutgoingLetter& letter, const Letterhead& head);
};

} // namespace lontar::records
