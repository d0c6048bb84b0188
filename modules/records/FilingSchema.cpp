#include "records/FilingPolicies.h"
#include "records/RecordsParts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lontar::records {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Status ok(const Result<QSqlQuery>& r)
{
    if (!r)
        return r.error();
    return {};
}

Status projectFile(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM rec_files WHERE id = ?"), {id}));
    const QJsonObject hold = d.value(QStringLiteral("hold")).toObject();
    return ok(db.exec(
        QStringLiteral(
            "INSERT INTO rec_files (id, unit_id, code, title, number, opened_on, closed_on, event_date, "
            "status, hold_reason, hold_by_name, hold_at, disposal_id, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "unit_id = excluded.unit_id, code = excluded.code, title = excluded.title, "
            "number = excluded.number, opened_on = excluded.opened_on, closed_on = excluded.closed_on, "
            "event_date = excluded.event_date, status = excluded.status, "
            "hold_reason = excluded.hold_reason, hold_by_name = excluded.hold_by_name, "
            "hold_at = excluded.hold_at, disposal_id = excluded.disposal_id, note = excluded.note"),
        {id, str(d, "unitId"), str(d, "code"), str(d, "title"), d.value(QStringLiteral("number")).toInt(),
         str(d, "openedOn"), str(d, "closedOn"), str(d, "cutoffEventDate"), str(d, "status"),
         hold.value(QStringLiteral("reason")).toString(), hold.value(QStringLiteral("byName")).toString(),
         qint64(hold.value(QStringLiteral("at")).toDouble()), str(d, "disposalId"), str(d, "note")}));
}

Status projectDisposal(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return ok(db.exec(QStringLiteral("DELETE FROM rec_disposals WHERE id = ?"), {id}));
    const auto who = [&](const char* key) { return d.value(QLatin1String(key)).toObject(); };
    return ok(db.exec(
        QStringLiteral(
            "INSERT INTO rec_disposals (id, unit_id, file_unit_id, status, file_ids, place, note, "
            "decision_note, proposed_by, proposed_by_name, proposed_at, decided_by_name, decided_at, "
            "executed_by_name, executed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, "
            "file_unit_id = excluded.file_unit_id, status = excluded.status, "
            "file_ids = excluded.file_ids, place = excluded.place, note = excluded.note, "
            "decision_note = excluded.decision_note, proposed_by = excluded.proposed_by, "
            "proposed_by_name = excluded.proposed_by_name, proposed_at = excluded.proposed_at, "
            "decided_by_name = excluded.decided_by_name, decided_at = excluded.decided_at, "
            "executed_by_name = excluded.executed_by_name, executed_at = excluded.executed_at"),
        {id, str(d, "unitId"), str(d, "fileUnitId"), str(d, "status"),
         QString::fromUtf8(
             QJsonDocument(d.value(QStringLiteral("fileIds")).toArray()).toJson(QJsonDocument::Compact)),
         str(d, "place"), str(d, "note"), str(d, "decisionNote"), str(d, "proposedBy"),
         who("proposed").value(QStringLiteral("byName")).toString(),
         qint64(who("proposed").value(QStringLiteral("at")).toDouble()),
         who("decided").value(QStringLiteral("byName")).toString(),
         qint64(who("decided").value(QStringLiteral("at")).toDouble()),
         who("executed").value(QStringLiteral("byName")).toString(),
         qint64(who("executed").value(QStringLiteral("at")).toDouble())}));
}

} // namespace

Migration filingMigration()
{
    // Device projections of berkas and disposal proposals, and the letter's berkas and declaration (the
    // letters table of version 1 gains two columns; LetterIndex fills them).
    return Migration::fromSql(
        QStringLiteral("records"), 4, QStringLiteral("records: filing"),
        {
            QStringLiteral(
                "CREATE TABLE rec_files (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, code TEXT NOT NULL,"
                " title TEXT NOT NULL, number INTEGER NOT NULL, opened_on TEXT NOT NULL,"
                " closed_on TEXT NOT NULL, event_date TEXT NOT NULL, status TEXT NOT NULL,"
                " hold_reason TEXT NOT NULL, hold_by_name TEXT NOT NULL, hold_at INTEGER NOT NULL,"
                " disposal_id TEXT NOT NULL, note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_rec_files_unit ON rec_files(unit_id, number)"),
            QStringLiteral("CREATE TABLE rec_disposals (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL,"
                           " file_unit_id TEXT NOT NULL, status TEXT NOT NULL, file_ids TEXT NOT NULL,"
                           " place TEXT NOT NULL, note TEXT NOT NULL, decision_note TEXT NOT NULL,"
                           " proposed_by TEXT NOT NULL, proposed_by_name TEXT NOT NULL,"
                           " proposed_at INTEGER NOT NULL, decided_by_name TEXT NOT NULL,"
                           " decided_at INTEGER NOT NULL, executed_by_name TEXT NOT NULL,"
                           " executed_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE rec_letters ADD COLUMN file_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE rec_letters ADD COLUMN declared INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX idx_rec_letters_file ON rec_letters(file_id)"),
        });
}

QList<EntitySpec> filingEntities()
{
    // Berkas belong to their unit (and the units above); arsiparis read every one of the regency. A
    // disposal proposal lives in the arsiparis's unit and is read by arsiparis and by atasan (the head of
    // the unit whose records it lists approves it).
    return {
        EntitySpec{kFileEntity,
                   ConflictRule::Optimistic,
                   ReadScope::UnitSubtree,
                   16 * 1024,
                   {Role::Arsiparis},
                   makeFilePolicy(),
                   projectFile,
                   {}},
        EntitySpec{kDisposalEntity,
                   ConflictRule::Optimistic,
                   ReadScope::UnitSubtree,
                   64 * 1024,
                   {Role::Arsiparis, Role::Atasan},
                   makeDisposalPolicy(),
                   projectDisposal,
                   {}},
    };
}

} // namespace lontar::records
