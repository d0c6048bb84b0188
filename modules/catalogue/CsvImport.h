#pragma once

#include "catalogue/Catalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lontar::catalogue {

// One reason a row was refused: the file's line (1 is the header), the column and why.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString reason;
};

struct ImportReport
{
    int rows = 0; // data rows read
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportIssue> issues; // any: nothing was imported
    bool applied = false;      // false for a dry run or when any row is invalid

    QString toText() const; // the report the CLI prints
};

// The catalogue admin's CSV import (issue 11):
//   kode_produk,nama,kategori,satuan,harga,zona,tkdn,pdn,npwp_penyedia,nama_penyedia,umk
// UTF-8, comma-separated, quotes allowed. Every row is checked before anything is written; one invalid
// row and nothing is imported. Rows are idempotent (kode_produk + zona identify a price; vendors by
// NPWP, categories by path), so the same file twice changes nothing the second time, and a changed
// price moves the old one into the price's history (its policy).
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(lontar::catalogue::CsvImport)

public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    static constexpr int kMaxRows = 200'000;
    static constexpr int kMaxIssues = 1000; // the report lists this many, then counts

    static QStringList header();

    explicit CsvImport(CatalogueRows& rows);
    // An error only when the input cannot be read as UTF-8 CSV at all (or is too large); invalid rows
    // are in the report.
    Result<ImportReport> run(const QByteArray& csv, bool dryRun);

private:
    CatalogueRows& m_rows;
};

} // namespace lontar::catalogue
