#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"
#include "records/RecordsModule.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace lontar::records {

// An incoming letter as the device holds it (rec_letters).
struct IncomingLetter
{
    QString id;
    QString unitId;
    QString agenda; // "0042/2026"
    int agendaSeq = 0;
    int agendaYear = 0;
    QString nomor;
    QString tanggal; // yyyy-MM-dd, or empty when not known
    QString receivedDate;
    QString pengirim;
    QString perihal;
    QString sifat;
    SecurityClass securityClass = SecurityClass::Biasa;
    QString classification;
    QString status;
    QString fileName;
    QString fileSha256;
    qint64 fileSize = 0;
    int pageCount = 0;
    QString registeredByName;
    qint64 registeredAt = 0; // server time, ms; 0 until the server's copy arrives
    QString fileId;          // the berkas it is filed in, or empty (LetterRegister::letter() fills these two)
    bool declared = false;   // declared as a record (arsip dinyatakan): content locked
};

// What the pencatat fills in (or the importer guesses); empty fields stay empty.
struct LetterDraft
{
    QString nomor;
    QDate tanggal;
    QString pengirim;
    QString perihal;
    QString sifat = QStringLiteral("biasa");
    SecurityClass securityClass = SecurityClass::Biasa;
    QString classification;
    QString unitId;     // empty: the registering user's unit
    QDate receivedDate; // invalid: today
};

// The file behind a letter, already added as a blob.
struct LetterFile
{
    QString name; // the original file name
    QString sha256;
    qint64 size = 0;
    int pageCount = 0;
    QString text; // all extracted text; the synced row carries the first kSyncedTextChars
};

// Registers and changes incoming letters on a device: each change goes through ClientStore (the
// letter's policy as the logged-in user, then the outbox) with its audit entry, in one transaction.
class LetterRegister
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::LetterRegister)

public:
    LetterRegister(Database& db, AuditLog& audit, Actor actor);

    const Actor& actor() const { return m_actor; }
    Database& database() const { return m_db; }
    // Whether agenda numbers come from server-reserved blocks: on every device enrolled with a server. A
    // standalone profile (never enrolled, e.g. `lontar-cli seed-demo`) has no other device to collide
    // with and numbers from its own count (nextAgendaSeq).
    bool agendaFromServer() const { return !m_actor.deviceId.isEmpty(); }
    // Standalone profiles only: the largest agenda number of a unit's book for a year among the letters
    // this device holds, plus one.
    Result<int> nextAgendaSeq(const QString& unitId, int year) const;
    // Agenda numbers this device may still give in a unit's book for a year (confirmed blocks only).
    Result<int> agendaNumbersLeft(const QString& unitId, int year) const;
    // Queues claims of agenda blocks for the user's unit (or `unitId`) so the reserve is full after the
    // next sync: the year of `day`, and in December the next year too (so 2 January works offline).
    // Call it before every sync (the sync's push sends the claims and its pull confirms them). Nothing for
    // a user who does not register letters, or on a standalone profile. Returns the number of claims queued.
    Result<int> reserveAgenda(const QString& unitId = {}, const QDate& day = QDate::currentDate());
    // Checks the draft (classification known to this device when it has the scheme), takes the agenda
    // number (the lowest of this device's confirmed agenda blocks, see agendaFromServer) and writes the
    // letter, then tops the reserve up (claims go with the next sync). Joins the caller's transaction when
    // one is open: a registration that fails leaves the number unused. No confirmed number left: an error
    // telling the user to connect once, and nothing written.
    Result<IncomingLetter> registerLetter(const LetterDraft& draft,
                                          const std::optional<LetterFile>& file = {});
    // A new security class (the server revokes the letter from readers without clearance).
    Status reclassify(const QString& letterId, SecurityClass securityClass);
    Result<IncomingLetter> letter(const QString& letterId) const;
    // The letter already registered in `unitId` with this file, if any.
    Result<std::optional<IncomingLetter>> letterWithFile(const QString& unitId, const QString& sha256) const;

private:
    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

IncomingLetter letterFromRow(const QSqlQuery& q); // columns as kLetterColumns
extern const char* const kLetterColumns;          // "SELECT ... FROM rec_letters l"

} // namespace lontar::records
