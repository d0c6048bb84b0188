#pragma once

#include "core/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>

namespace lontar::records {

// The device's projection of records_letter rows: the letters table and the full-text entry of each
// letter (metadata and text, folded and stemmed), kept in step inside the pull's or the write's
// transaction.
Status projectLetter(Database& db, const QString& letterId, const QJsonObject& data, bool deleted);

// Remembers the text extracted from a local file (complete), which then wins over the shortened text a
// synced row carries. Call before the letter's row is written, in the same transaction.
Status storeFileText(Database& db, const QString& sha256, const QString& text);

// The full text of files this device downloaded later (docs/records.md "Text in the synced row").
class LetterIndex
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::LetterIndex)

public:
    // Whether this device holds the complete text of the file (it imported it, the synced row carried it
    // all, or it was indexed after download).
    static Result<bool> hasCompleteText(Database& db, const QString& sha256);
    // A letter's PDF fetched after the row arrived: extracts the complete text (outside any transaction;
    // it can take seconds), then stores it and re-indexes every letter this device holds with that file,
    // in one transaction. The file must be the one the letters name (same SHA-256). Returns how many
    // letters were re-indexed: 0 when the text was already complete. NotFound when no letter names the
    // file; InvalidInput (with the reason) for a file that is not that PDF or cannot be read.
    static Result<int> indexDownloadedFile(Database& db, const QString& sha256, const QString& pdfPath,
                                           const std::atomic<bool>* cancel = nullptr);
};

} // namespace lontar::records
