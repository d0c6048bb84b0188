#include "records/DispositionPolicy.h"
#include "records/Dispositions.h"
#include "records/RecordsModule.h"
#include "records/RecordsParts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lontar::records {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

Migration dispositionsMigration()
{
    // The device's projection of records_disposition rows (sync_rows stays the truth): one row per
    // recipient with the letter's display copy, indexed for the inbox (received, unread first; sent) and
    // for a letter's chain.
    return Migration::fromSql(
        QStringLiteral("records"), 2, QStringLiteral("records: dispositions"),
        {
            QStringLiteral(
                "CREATE TABLE rec_dispositions (id TEXT PRIMARY KEY, letter_id TEXT NOT NULL,"
                " parent_id TEXT NOT NULL, from_user_id TEXT NOT NULL, from_name TEXT NOT NULL,"
                " to_user_id TEXT NOT NULL, to_name TEXT NOT NULL, to_unit_id TEXT NOT NULL,"
                " instructions TEXT NOT NULL, note TEXT NOT NULL, due_date TEXT NOT NULL,"
                " created_at INTEGER NOT NULL, read_at INTEGER NOT NULL, cancelled INTEGER NOT NULL,"
                " cancelled_at INTEGER NOT NULL, done INTEGER NOT NULL, done_at INTEGER NOT NULL,"
                " follow_ups TEXT NOT NULL, agenda TEXT NOT NULL, nomor TEXT NOT NULL, perihal TEXT NOT NULL,"
                " pengirim TEXT NOT NULL, tanggal TEXT NOT NULL, received_date TEXT NOT NULL,"
                " sifat TEXT NOT NULL, security_level INTEGER NOT NULL, file_sha256 TEXT NOT NULL,"
                " file_name TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX idx_rec_disp_to ON rec_dispositions(to_user_id, cancelled, read_at)"),
            QStringLiteral("CREATE INDEX idx_rec_disp_from ON rec_dispositions(from_user_id, created_at)"),
            QStringLiteral("CREATE INDEX idx_rec_disp_letter ON rec_dispositions(letter_id, created_at)"),
        });
}

Status projectDisposition(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM rec_dispositions WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    QStringList instructions;
    for (const QJsonValue& v : d.value(QStringLiteral("instructions")).toArray())
        instructions.append(v.toString());
    const QString followUps = QString::fromUtf8(
        QJsonDocument(d.value(QStringLiteral("followUps")).toArray()).toJson(QJsonDocument::Compact));
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO rec_dispositions (id, letter_id, parent_id, from_user_id, from_name, to_user_id,"
            " to_name, to_unit_id, instructions, note, due_date, created_at, read_at, cancelled,"
            " cancelled_at, done, done_at, follow_ups, agenda, nomor, perihal, pengirim, tanggal,"
            " received_date, sifat, security_level, file_sha256, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " letter_id = excluded.letter_id, parent_id = excluded.parent_id,"
            " from_user_id = excluded.from_user_id, from_name = excluded.from_name,"
            " to_user_id = excluded.to_user_id, to_name = excluded.to_name, to_unit_id = excluded.to_unit_id,"
            " instructions = excluded.instructions, note = excluded.note, due_date = excluded.due_date,"
            " created_at = excluded.created_at, read_at = excluded.read_at, cancelled = excluded.cancelled,"
            " cancelled_at = excluded.cancelled_at, done = excluded.done, done_at = excluded.done_at,"
            " follow_ups = excluded.follow_ups, agenda = excluded.agenda, nomor = excluded.nomor,"
            " perihal = excluded.perihal, pengirim = excluded.pengirim, tanggal = excluded.tanggal,"
            " received_date = excluded.received_date, sifat = excluded.sifat,"
            " security_level = excluded.security_level, file_sha256 = excluded.file_sha256,"
            " file_name = excluded.file_name"),
        {id,
         str(d, "letterId"),
         str(d, "parentId"),
         str(d, "fromUserId"),
         str(d, "fromName"),
         str(d, "toUserId"),
         str(d, "toName"),
         str(d, "toUnitId"),
         instructions.join(QLatin1Char(',')),
         str(d, "note"),
         str(d, "dueDate"),
         integer(d, "createdAt"),
         integer(d, "readAt"),
         d.value(QStringLiteral("cancelled")).toBool() ? 1 : 0,
         integer(d, "cancelledAt"),
         d.value(QStringLiteral("done")).toBool() ? 1 : 0,
         integer(d, "doneAt"),
         followUps,
         str(d, "agenda"),
         str(d, "nomor"),
         str(d, "perihal"),
         str(d, "pengirim"),
         str(d, "tanggal"),
         str(d, "receivedDate"),
         str(d, "sifat"),
         int(securityClassFromKey(str(d, "securityClass")).value_or(SecurityClass::SangatRahasia)),
         str(d, "fileSha256"),
         str(d, "fileName")});
    return r ? Status() : Status(r.error());
}

QList<EntitySpec> dispositionEntities()
{
    // Owner = the recipient; the sender and every atasan above the recipient's unit read it too, within
    // clearance. The row names the letter's file, so its recipient may download it. It follows its letter:
    // the server rewrites the copy and the class whenever the letter changes (a letter raised above the
    // recipient's clearance leaves their devices with its dispositions).
    EntitySpec spec{kDispositionEntity,
                    ConflictRule::Optimistic,
                    ReadScope::OwnerAndSupervisors,
                    160 * 1024,
                    {},
                    makeDispositionPolicy(),
                    projectDisposition,
                    {}};
    spec.follows = FollowLink{kLetterEntity, QStringLiteral("letterId")};
    return {spec};
}

} // namespace lontar::records
