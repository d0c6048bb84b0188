#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "records/Instruments.h"
#include "records/NumberingPolicy.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lontar::records {

// A letter number taken from a block this device holds: seq within the unit's book for the year.
struct LetterNumber
{
    QString unitId;
    int year = 0;
    int seq = 0;
    QString blockId;
};

// "000.1.2/0042/DISKOMINFO/2026": classification code, number, unit code, year (tata naskah dinas).
QString formatLetterNumber(const QString& classification, int seq, const QString& unitCode, int year);

// Letter numbers that stay unique across devices working offline: while online a device reserves blocks of
// consecutive numbers per unit and year from the server (first claim of a block wins); offline it numbers
// letters from the blocks the server confirmed to it. docs/records.md explains gaps. One object works on
// one book: sent letters' numbers (kBookKeluar, the default) or the agenda book of incoming letters.
class NumberBlocks
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::NumberBlocks)

public:
    NumberBlocks(Database& db, AuditLog& audit, Actor actor, QString book = kBookKeluar);

    const QString& book() const { return m_book; }
    // Numbers this device may still use for a unit's book in a year (confirmed blocks only).
    Result<int> available(const QString& unitId, int year) const;
    // Claims the next block for (unit, year) when fewer than `lowWater` numbers are left; the claim is
    // queued for the server and usable once a sync confirmed it. Returns whether a claim was queued.
    Result<bool> reserveIfLow(const QString& unitId, int year, int lowWater = 5);
    // Keeps the reserve of the book: the agenda book tops up to reserveTarget() in one go as soon as a
    // block's worth is missing (several claims queued together); the keluar book claims like
    // reserveIfLow(). Nothing while a claim of this device still waits for the server. Returns the number
    // of claims queued. Joins the caller's transaction when one is open.
    Result<int> topUp(const QString& unitId, int year);
    // How many unused numbers this device aims to hold: for the agenda book the numbers it used in the
    // last 30 days, at least kAgendaMinReserve, at most kMaxUnusedAgendaHeld (what the server allows).
    Result<int> reserveTarget(const QString& unitId, int year) const;
    // Takes the lowest unused number of this device's confirmed blocks and records which letter used it.
    // Joins the caller's transaction when one is open. A letter that already holds a number (not voided)
    // gets that number again. An error when no confirmed number is left ("reserve while online").
    Result<LetterNumber> take(const QString& unitId, int year, const QString& letterId);

    // The letter's number was given up (its draft discarded): the number stays consumed and the register
    // shows it void with the reason. Joins the caller's transaction when one is open.
    Status voidNumber(const QString& letterId, const QString& reason);
    // The number this device's register holds for a letter (not voided), if any.
    Result<std::optional<LetterNumber>> numberOf(const QString& letterId) const;
    // Whether a claim of this device for the book still waits for the server.
    Result<bool> claimPending(const QString& unitId, int year) const;

private:
    struct Block
    {
        QString id;
        int index = 0;
        int first = 0;
        int last = 0;
    };
    // This device's blocks of the book the server confirmed, by index.
    Result<QList<Block>> ownConfirmed(const QString& unitId, int year) const;
    Result<int> claim(const QString& unitId, int year, int count);

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
    QString m_book;
};

// For writers outside a device's ClientStore (the server console seeding demo letters through the policies,
// RecordsRows): writes as the writer's actor the agenda block holding `seq` when the writer has not got it
// yet, then the use row giving `seq` to `letterId`; returns the block id the letter names as
// `agendaBlockId`. Numbers must be given in order from 1 (blocks follow each other). The actor needs a
// device id that is a UUID, like every device the server enrols.
Result<QString> writeAgendaNumber(RecordsRows& rows, const QString& unitId, int year, int seq,
                                  const QString& letterId);

// What one number of a unit's book is, for the register of numbers.
struct NumberStatus
{
    enum class State
    {
        Used,       // a letter carries it
        Void,       // used by a letter whose draft was discarded; `reason` says why
        Unused,     // still free in the block of `deviceId` (or never used before the block's end)
        Unreserved, // in no block: a gap nobody can explain (never happens when blocks follow each other)
    };
    int seq = 0;
    State state = State::Unreserved;
    QString blockId;
    QString deviceId; // the device holding the block
    QString userId;   // who claimed the block, or who used / voided the number
    QString letterId; // Used and Void
    QString reason;   // Void
};

// The book of a unit for a year, numbers 1 … the end of the highest confirmed block, each explained.
// Reads the server's rows when `db` is the server's database, otherwise the device's synced rows (only
// blocks the server confirmed; numbers taken here but not yet sent included).
Result<QList<NumberStatus>> numberRegister(Database& db, const QString& unitId, int year,
                                           const QString& book = kBookKeluar);

} // namespace lontar::records
