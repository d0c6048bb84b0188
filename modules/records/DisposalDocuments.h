#pragma once

#include "core/Database.h"
#include "records/Disposal.h"

#include <QCoreApplication>

namespace lontar::records {

// One line of a disposal list: no, kode, uraian berkas, kurun waktu, jumlah, keterangan.
struct DisposalLine
{
    int no = 0;
    QString code;
    QString title;
    QString period; // "2018" or "2018–2019"
    int letters = 0;
    QString note; // JRA and the date its retention ended
};

// The documents of a disposal, rendered to PDF (A4) with QTextDocument: the daftar usul musnah (the
// table) and the berita acara pemusnahan (date, place, parties, with the list as its attachment).
class DisposalDocuments
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DisposalDocuments)

public:
    static Result<QList<DisposalLine>> lines(Database& db, const DisposalProposal& proposal);
    static Result<QByteArray> proposalPdf(Database& db, const DisposalProposal& proposal);
    static Result<QByteArray> beritaAcaraPdf(Database& db, const DisposalProposal& proposal);
};

} // namespace lontar::records
