#pragma once

#include "core/AuditLog.h"
#include "core/Database.h"
#include "core/EntityPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <functional>

namespace lontar::records {

// A berkas as the device holds it (rec_files).
struct RecordFile
{
    QString id;
    QString unitId;
    QString code;
    QString title;
    int number = 0;
    QDate openedOn;
    QDate closedOn;
    QDate eventDate;
    QString status;
    QString holdReason; // empty: not held
    QString holdByName;
    QString disposalId;
    QString note;
};

struct FileDraft
{
    QString unitId; // empty: the user's unit
    QString code;
    QString title;
    QDate openedOn; // invalid: today
    QString note;
};

// Berkas and the filing of letters on a device: every change goes through ClientStore (the entity's
// policy as the logged-in user, then the outbox) with a device audit entry, in one transaction.
class FilingRegister
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::FilingRegister)

public:
    FilingRegister(Database& db, AuditLog& audit, Actor actor);

    // The next berkas number of a unit, from the berkas this device holds.
    Result<int> nextFileNumber(const QString& unitId) const;
    Result<RecordFile> openFile(const FileDraft& draft);
    // Closing fixes the cut-off year (akhir_tahun) and the berkas's content.
    Status closeFile(const QString& fileId, const QDate& closedOn);
    // The date the JRA's named event happened (peristiwa), by an arsiparis.
    Status setEventDate(const QString& fileId, const QDate& date);
    Status hold(const QString& fileId, const QString& reason);
    Status release(const QString& fileId, const QString& reason);
    // Along the retention, by an arsiparis: "inaktif", "permanen", "dinilai_kembali" (the server checks
    // the JRA and its date); usul_musnah and musnah go through DisposalRegister.
    Status setStatus(const QString& fileId, const QString& status);

    // Files a letter into a berkas (status diberkaskan).
    Status fileLetter(const QString& letterId, const QString& fileId);
    // Declares a letter as a record (arsip dinyatakan): its content is locked from then on.
    Status declareLetter(const QString& letterId);

    Result<RecordFile> file(const QString& fileId) const;
    // Open berkas of a unit that can take a letter of `code` (same code or above it), newest first.
    Result<QList<RecordFile>> openFilesFor(const QString& unitId, const QString& code) const;

private:
    Status change(const QString& entity, const QString& id, const QString& action,
                  const std::function<Status(QJsonObject&)>& mutate);

    Database& m_db;
    AuditLog& m_audit;
    Actor m_actor;
};

RecordFile fileFromRow(const QSqlQuery& q); // columns as kFileColumns
extern const char* const kFileColumns;      // "SELECT ... FROM rec_files f "

} // namespace lontar::records
