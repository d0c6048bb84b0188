#include "records/LetterIndex.h"

#include "core/EntityPolicy.h"
#include "core/IndonesianText.h"

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

Status removeLetter(Database& db, const QString& letterId)
{
    auto q = db.exec(QStringLiteral("SELECT rid, file_sha256 FROM rec_letters WHERE id = ?"), {letterId});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const qint64 rid = q->value(0).toLongLong();
    const QString sha = q->value(1).toString();
    q->finish();
    if (Status s = ok(db.exec(QStringLiteral("DELETE FROM rec_search WHERE rowid = ?"), {rid})); !s)
        return s;
    if (Status s = ok(db.exec(QStringLiteral("DELETE FROM rec_letters WHERE rid = ?"), {rid})); !s)
        return s;
    // A revoked letter leaves nothing searchable behind: its text goes when no other letter has the file.
    if (sha.isEmpty())
        return {};
    return ok(db.exec(QStringLiteral("DELETE FROM rec_file_text WHERE sha256 = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM rec_letters WHERE file_sha256 = ?)"),
                      {sha, sha}));
}

} // namespace

Status storeFileText(Database& db, const QString& sha256, const QString& text)
{
    return ok(db.exec(QStringLiteral("INSERT INTO rec_file_text (sha256, text, complete) VALUES (?, ?, 1) "
                                     "ON CONFLICT (sha256) DO UPDATE SET text = excluded.text, complete = 1"),
                      {sha256, text}));
}

Status projectLetter(Database& db, const QString& letterId, const QJsonObject& d, bool deleted)
{
    if (deleted)
        return removeLetter(db, letterId);
    const int level =
        int(securityClassFromKey(str(d, "securityClass")).value_or(SecurityClass::SangatRahasia));
    const QString sha = str(d, "fileSha256");
    const QString pengirim = str(d, "pengirim");
    Status s = ok(db.exec(
        QStringLiteral(
            "INSERT INTO rec_letters (id, unit_id, agenda, agenda_year, agenda_seq, nomor, tanggal, "
            "received_date, "
            "pengirim, pengirim_folded, perihal, sifat, security_level, classification, status, file_name, "
            "file_sha256, file_size, page_count, registered_by_name, registered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
            "UPDATE SET "
            "unit_id = excluded.unit_id, agenda = excluded.agenda, agenda_year = excluded.agenda_year, "
            "agenda_seq = excluded.agenda_seq, nomor = excluded.nomor, tanggal = excluded.tanggal, "
            "received_date = excluded.received_date, pengirim = excluded.pengirim, "
            "pengirim_folded = excluded.pengirim_folded, perihal = excluded.perihal, sifat = excluded.sifat, "
            "security_level = excluded.security_level, classification = excluded.classification, "
            "status = excluded.status, file_name = excluded.file_name, file_sha256 = excluded.file_sha256, "
            "file_size = excluded.file_size, page_count = excluded.page_count, "
            "registered_by_name = excluded.registered_by_name, registered_at = excluded.registered_at"),
        {letterId,
         str(d, "unitId"),
         str(d, "agenda"),
         d.value(QStringLiteral("agendaYear")).toInt(),
         d.value(QStringLiteral("agendaSeq")).toInt(),
         str(d, "nomor"),
         str(d, "tanggal"),
         str(d, "receivedDate"),
         pengirim,
         IndonesianText::fold(pengirim),
         str(d, "perihal"),
         str(d, "sifat"),
         level,
         str(d, "classification"),
         str(d, "status"),
         str(d, "fileName"),
         sha,
         qint64(d.value(QStringLiteral("fileSize")).toDouble()),
         d.value(QStringLiteral("pageCount")).toInt(),
         str(d, "registeredByName"),
         qint64(d.value(QStringLiteral("registeredAt")).toDouble())}));
    if (!s)
        return s;
    // The text: this device's own extraction when it has the file, else what the row carries.
    QString body = str(d, "text");
    if (!sha.isEmpty()) {
        if (!body.isEmpty()) {
            if (Status t =
                    ok(db.exec(QStringLiteral("INSERT INTO rec_file_text (sha256, text, complete) VALUES "
                                              "(?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                               {sha, body, d.value(QStringLiteral("textComplete")).toBool() ? 1 : 0}));
                !t)
                return t;
        }
        auto local = db.scalar(QStringLiteral("SELECT text FROM rec_file_text WHERE sha256 = ?"), {sha});
        if (!local)
            return local.error();
        if (local->isValid())
            body = local->toString();
    }
    auto rid = db.scalar(QStringLiteral("SELECT rid FROM rec_letters WHERE id = ?"), {letterId});
    if (!rid)
        return rid.error();
    auto className = db.scalar(QStringLiteral("SELECT name FROM rec_classifications WHERE code = ?"),
                               {str(d, "classification")});
    if (!className)
        return className.error();
    const QString meta = QStringList{str(d, "perihal"),        pengirim,
                                     str(d, "nomor"),          str(d, "agenda"),
                                     str(d, "classification"), className->toString(),
                                     str(d, "fileName")}
                             .join(QLatin1Char(' '));
    if (Status t = ok(db.exec(QStringLiteral("DELETE FROM rec_search WHERE rowid = ?"), {*rid})); !t)
        return t;
    return ok(db.exec(QStringLiteral("INSERT INTO rec_search (rowid, meta, body) VALUES (?, ?, ?)"),
                      {*rid, IndonesianText::indexText(meta), IndonesianText::indexText(body)}));
}

} // namespace lontar::records
