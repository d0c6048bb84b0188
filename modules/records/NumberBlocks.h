#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QCoreApplication>

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
    // Joins the caller's transaction when one is open. An error when no confirmed number is left
    // ("reserve while online").
    Result<LetterNumber> take(const QString& unitId, int year, const QString& letterId);

private:
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

} // namespace lontar::records
