#pragma once

#include "core/EntityPolicy.h"

#include <QJsonObject>
#include <QString>

#include <memory>

// Letter numbers unique across devices working offline (docs/records.md, "Nomor naskah"). A device claims
// a block of consecutive numbers of a unit's book for a year while online; the block's row id follows
// from (unit, year, index), so two devices claiming the same block address one row and the server keeps
// the first. Every number a device takes (or voids) is a synced row too, so the server can explain each
// number of the book: used by a letter, void with a reason, or still unused in some device's block.
namespace lontar::records {

inline const QString kNumberBlockEntity = QStringLiteral("records_number_block");
inline const QString kNumberUseEntity = QStringLiteral("records_number_use");

// Numbers per block: block `index` holds index*size+1 … (index+1)*size.
inline constexpr int kNumberBlockSize = 20;
inline constexpr int kMaxLetterSeq = 999999;
inline constexpr int kMaxBlockIndex = kMaxLetterSeq / kNumberBlockSize - 1;
// A device may not hold more unused numbers of one book than this when it claims another block, so one
// device cannot hoard a book (and leave it full of unused remainders).
inline constexpr int kMaxUnusedHeld = 2 * kNumberBlockSize;

// A number's row says it was used by a letter or voided afterwards (the draft was discarded).
inline const QString kNumberUsed = QStringLiteral("dipakai");
inline const QString kNumberVoid = QStringLiteral("batal");

QString numberBlockId(const QString& unitId, int year, int index);
QString numberUseId(const QString& blockId, int seq, const QString& kind);

std::shared_ptr<const EntityPolicy> makeNumberBlockPolicy();
std::shared_ptr<const EntityPolicy> makeNumberUsePolicy();

// Who may claim and use numbers of a unit's book: staff who write letters (ASN drafting, pencatat,
// arsiparis, atasan, penandatangan) whose unit tree holds the unit; never a kiosk account.
bool mayNumberLettersOf(const Actor& actor, const QString& unitId);

// For the policy of a numbered letter: the number (block, seq) must have been taken for this letter
// (its use row exists, names the letter and is not voided). On the server this is the stored truth.
Status checkLetterNumber(const WriteContext& context, const QString& letterId, const QString& blockId,
                         int seq);

} // namespace lontar::records
