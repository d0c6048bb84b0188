#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>

namespace lontar::records {

// What an incoming PDF holds, read once at import.
struct PdfContent
{
    QString sha256; // of the file's bytes
    qint64 size = 0;
    int pageCount = 0;
    QString text;  // Poppler's text of every page, pages separated by a form feed
    QString title; // the document information's Title, when set
};

// Fields a letter usually states in its head ("Nomor : ...", "Hal : ...", "Kota, 3 Maret 2026"),
// offered as defaults at registration; empty when not found.
struct GuessedFields
{
    QString nomor;
    QString perihal;
    QDate tanggal;
};

// Checks that a file is a readable, unencrypted PDF of at most `maxBytes` and extracts its text with
// Poppler. Every refusal is an InvalidInput error whose message says why in words a user can act on
// (empty, too large, not a PDF, password-protected, encrypted, corrupt); Cancelled when `cancel` is set
// between pages.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::PdfText)

public:
    static Result<PdfContent> read(const QString& filePath, qint64 maxBytes,
                                   const std::atomic<bool>* cancel = nullptr);
    static GuessedFields guessFields(const QString& text);
};

} // namespace lontar::records
