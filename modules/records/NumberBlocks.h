#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

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
// letters from the blocks the server confirmed to it. docs/records.md explains gaps.
class NumberBlocks
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::NumberBlocks)

public:
    NumberBlocks(Database& db, AuditLog& audit, Actor actor);

    // Numbers this device may still use for a unit's book in a year (confirmed blocks only).
    Result<int> available(const QString& unitId, int year) const;
    // Claims the next block for (unit, year) when fewer than `lowWater` numbers are left; the claim is
    // queued for the server and usable once a sync confirmed it. Returns whether a claim was queued.
    Result<bool> reserveIfLow(const QString& unitId, int year, int lowWater = 5);
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
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

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
Result<QList<NumberStatus>> numberRegister(Database& db, const QString& unitId, int year);

} // namespace lontar::records
