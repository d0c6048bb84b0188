#pragma once

#include "core/Database.h"

#include <QJsonObject>

namespace lontar::records {

// The device's projection of records_letter rows: the letters table and the full-text entry of each
// letter (metadata and text, folded and stemmed), kept in step inside the pull's or the write's
// transaction.
Status projectLetter(Database& db, const QString& letterId, const QJsonObject& data, bool deleted);

// Remembers the text extracted from a local file (complete), which then wins over the shortened text a
// synced row carries. Call before the letter's row is written, in the same transaction.
Status storeFileText(Database& db, const QString& sha256, const QString& text);

} // namespace lontar::records
