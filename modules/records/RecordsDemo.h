#pragma once

#include "records/Instruments.h"

#include <QDate>

#include <functional>
#include <memory>

// Demo records for the demo regency (resources/demo/regency.json), so a fresh demo shows a working TU
// office: incoming letters of DISKOMINFO with their PDFs (the last two filed in one berkas), two
// dispositions from the kadis to the kabid (one read, one read with a follow-up note), one letter still
// waiting for the kadis's disposition and one outgoing nota dinas of the staf waiting for the kabid's
// paraf. Every row is written as the demo user who would write it, through the entity's policy.
namespace lontar::records {

// Where the demo goes. The domain library knows no server: the caller supplies the writer.
struct DemoRecordsTarget
{
    // The rows as `actor` writes them (each write through the entity's policy).
    std::function<std::unique_ptr<RecordsRows>(const Actor& actor)> rowsFor;
    // Keeps a file's bytes where readers of a row naming it fetch it; `unitId` is the uploader's unit
    // (a row may name only blobs its writer may read).
    std::function<Status(const QByteArray& bytes, const QString& sha256, const QString& unitId)> storeBlob;
    // True when incoming letters exist already: then nothing is seeded, so demo rows never mix with
    // real ones (and a second call adds nothing).
    std::function<Result<bool>()> hasLetters;
};

// `db` holds the directory (users, units) the demo users are read from.
Status seedDemoRecords(Database& db, const DemoRecordsTarget& target,
                       const QDate& today = QDate::currentDate());

// The demo rows' ids (name-based UUIDs, the same on every server and profile).
QString demoLetterId(int n); // 1 … demoLetterCount()
int demoLetterCount();
QString demoDispositionId(int n); // 1, 2
QString demoOutgoingId();
QString demoFileId();

// A small one-page PDF of `lines` (Helvetica, WinAnsi), readable by Poppler; for demo letters.
QByteArray demoPdf(const QStringList& lines, const QString& title = {});

} // namespace lontar::records
