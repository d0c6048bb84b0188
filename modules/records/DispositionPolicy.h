#pragma once

#include "core/EntityPolicy.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace lontar::records {

// One disposition (one row per recipient): a leader passes a letter down the org tree with instructions,
// the recipient reads it, notes what was done (tindak lanjut) and marks it finished (docs/records.md).
inline const QString kDispositionEntity = QStringLiteral("records_disposition");

inline constexpr int kMaxDispositionNote = 2000;
inline constexpr int kMaxFollowUps = 50;
inline constexpr int kMaxFollowUpText = 1000;
inline constexpr int kMaxDispositionRecipients = 50;

// The fixed instruction list (SRIKANDI's petunjuk disposisi): keys stored in rows, names translated.
QStringList dispositionInstructionKeys(); // "tindak_lanjuti", "pelajari", ...
QString dispositionInstructionName(const QString& key);

// The letter's display metadata a disposition carries, so a recipient outside the registering unit can
// see the letter and download its file: agenda, nomor, perihal, pengirim, tanggal, receivedDate, sifat,
// securityClass, fileSha256, fileName.
QStringList letterCopyKeys();
QJsonObject letterCopyOf(const QJsonObject& letterRow);

// Runs on the device before queuing and again on the server (the authority): who may dispose to whom,
// the letter copy recomputed from the letter, server clock stamps, and which step each side may take
// afterwards (sender: cancel while unread; recipient: read, follow-up notes, done). Never deleted.
std::shared_ptr<const EntityPolicy> makeDispositionPolicy();

} // namespace lontar::records
