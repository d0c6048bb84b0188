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

// The books numbered from blocks: numbers of sent letters ("keluar", also what a block or use row without
// a `book` field belongs to) and the agenda book of incoming letters ("agenda"), each per unit and year.
inline const QString kBookKeluar = QStringLiteral("keluar");
inline const QString kBookAgenda = QStringLiteral("agenda");

// Numbers per block: block `index` holds index*size+1 … (index+1)*size.
inline constexpr int kNumberBlockSize = 20;
inline constexpr int kMaxLetterSeq = 999999;
inline constexpr int kMaxBlockIndex = kMaxLetterSeq / kNumberBlockSize - 1;
// A device may not hold more unused numbers of one book than this when it claims another block, so one
// device cannot hoard a book (and leave it full of unused remainders).
inline constexpr int kMaxUnusedHeld = 2 * kNumberBlockSize;
// The agenda book is used in bursts (a TU office imports a folder of 300 scanned letters at once, offline),
// so a device keeps a reserve sized to its use of the last 30 days, at least kAgendaMinReserve and at most
// kMaxUnusedAgendaHeld; the server refuses a claim from a device already holding that many unused numbers.
inline constexpr int kAgendaMinReserve = 100;
inline constexpr int kMaxUnusedAgendaHeld = 400;
// Agenda books may be opened for past years (letters of an archive registered late).
inline constexpr int kEarliestAgendaYear = 1945;
int maxUnusedHeld(const QString& book);
// The book a block row belongs to ("keluar" when the row has no `book`).
QString bookOf(const QJsonObject& block);

// A number's row says it was used by a letter or voided afterwards (the draft was discarded).
inline const QString kNumberUsed = QStringLiteral("dipakai");
inline const QString kNumberVoid = QStringLiteral("batal");

// The id of a book's block; the keluar book keeps the ids it had before books existed.
QString numberBlockId(const QString& unitId, int year, int index, const QString& book = kBookKeluar);
QString numberUseId(const QString& blockId, int seq, const QString& kind);

std::shared_ptr<const EntityPolicy> makeNumberBlockPolicy();
std::shared_ptr<const EntityPolicy> makeNumberUsePolicy();

// Who may claim and use numbers of a unit's book: staff who write letters (ASN drafting, pencatat,
// arsiparis, atasan, penandatangan) whose unit tree holds the unit; never a kiosk account.
bool mayNumberLettersOf(const Actor& actor, const QString& unitId);

// Who may claim agenda numbers of a unit (those who register incoming letters): pencatat or arsiparis whose
// unit tree holds the unit; never a kiosk account.
bool mayRegisterAgendaOf(const Actor& actor, const QString& unitId);

// For the incoming letter's policy: (blockId, seq) must be a number of a confirmed agenda block of the
// letter's unit and year, held by the writing device, and its use row must name this letter (not voided).
// A second letter with a number already used, or a number outside the device's blocks, is refused.
Status checkAgendaNumber(const WriteContext& context, const QString& letterId, const QString& unitId,
                         int year, const QString& blockId, int seq);

// For the policy of a signed outgoing letter, the same for the sent letters' book: a confirmed block of
// the letter's unit and year held by the signing device, the number's use row naming this letter and not
// voided. So a modified client cannot give a letter a number it never took, or another letter's number.
Status checkLetterNumber(const WriteContext& context, const QString& letterId, const QString& unitId,
                         int year, const QString& blockId, int seq);

} // namespace lontar::records
