#include "records/LetterIndex.h"

#include "core/EntityPolicy.h"
#include "core/IndonesianText.h"
#include "records/PdfText.h"
#include "records/RecordsModule.h"
#include "records/RecordsPolicies.h"
#include "sync/StatementCache.h"

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

Status ok(const Result<QSqlQuery*>& r)
{
    if (!r)
        return r.error();
    return {};
}

Status removeLetter(sync::StatementCache& statements, const QString& letterId)
{
    auto q =
        statements.run(QStringLiteral("SELECT rid, file_sha256 FROM rec_letters WHERE id = ?"), {letterId});
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return {};
    }
    const qint64 rid = (*q)->value(0).toLongLong();
    const QString sha = (*q)->value(1).toString();
    (*q)->finish();
    if (Status s = ok(statements.run(QStringLiteral("DELETE FROM rec_search WHERE rowid = ?"), {rid})); !s)
        return s;
    if (Status s = ok(statements.run(QStringLiteral("DELETE FROM rec_letters WHERE rid = ?"), {rid})); !s)
        return s;
    // A revoked letter leaves nothing searchable behind: its text goes when no other letter has the file.
    if (sha.isEmpty())
        return {};
    return ok(statements.run(QStringLiteral("DELETE FROM rec_file_text WHERE sha256 = ? AND NOT EXISTS "
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
    // Joins the pull's statements when a pull is running: a first sync projects 100,000 letters, and
    // preparing these statements again for each one took longer than running them.
    sync::StatementCache statements(db);
    if (deleted)
        return removeLetter(statements, letterId);
    const int level =
        int(securityClassFromKey(str(d, "securityClass")).value_or(SecurityClass::SangatRahasia));
    const QString sha = str(d, "fileSha256");
    const QString pengirim = str(d, "pengirim");
    auto existing = statements.scalar(QStringLiteral("SELECT rid FROM rec_letters WHERE id = ?"), {letterId});
    if (!existing)
        return existing.error();
    const QVariantList values{str(d, "unitId"),
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
                              qint64(d.value(QStringLiteral("registeredAt")).toDouble()),
                              str(d, "fileId"),
                              d.value(QStringLiteral("declared")).toBool() ? 1 : 0};
    qint64 rid = 0;
    if (existing->isValid()) {
        rid = existing->toLongLong();
        auto updated = statements.run(
            QStringLiteral(
                "UPDATE rec_letters SET unit_id = ?, agenda = ?, agenda_year = ?, agenda_seq = ?, nomor = ?, "
                "tanggal = ?, received_date = ?, pengirim = ?, pengirim_folded = ?, perihal = ?, sifat = ?, "
                "security_level = ?, classification = ?, status = ?, file_name = ?, file_sha256 = ?, "
                "file_size = ?, page_count = ?, registered_by_name = ?, registered_at = ?, file_id = ?, "
                "declared = ? WHERE rid = ?"),
            values + QVariantList{rid});
        if (!updated)
            return updated.error();
    } else {
        auto inserted = statements.run(
            QStringLiteral(
                "INSERT INTO rec_letters (unit_id, agenda, agenda_year, agenda_seq, nomor, tanggal, "
                "received_date, pengirim, pengirim_folded, perihal, sifat, security_level, "
                "classification, status, file_name, file_sha256, file_size, page_count, "
                "registered_by_name, registered_at, file_id, declared, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList{letterId});
        if (!inserted)
            return inserted.error();
        rid = (*inserted)->lastInsertId().toLongLong();
    }
    // The text: this device's own extraction when it has the file, else what the row carries (kept as the
    // file's text until a complete one arrives).
    QString body = str(d, "text");
    if (!sha.isEmpty()) {
        auto local =
            statements.scalar(QStringLiteral("SELECT text FROM rec_file_text WHERE sha256 = ?"), {sha});
        if (!local)
            return local.error();
        if (local->isValid()) {
            body = local->toString();
        } else if (!body.isEmpty()) {
            if (Status t = ok(statements.run(
                    QStringLiteral("INSERT INTO rec_file_text (sha256, text, complete) VALUES (?, ?, ?)"),
                    {sha, body, d.value(QStringLiteral("textComplete")).toBool() ? 1 : 0}));
                !t)
                return t;
        }
    }
    auto className = statements.scalar(QStringLiteral("SELECT name FROM rec_classifications WHERE code = ?"),
                                       {str(d, "classification")});
    if (!className)
        return className.error();
    const QString meta = QStringList{str(d, "perihal"),        pengirim,
                                     str(d, "nomor"),          str(d, "agenda"),
                                     str(d, "classification"), className->toString(),
                                     str(d, "fileName")}
                             .join(QLatin1Char(' '));
    // A new letter has no entry yet (its rid is new, and a letter's entry leaves with its row).
    if (existing->isValid()) {
        if (Status t = ok(statements.run(QStringLiteral("DELETE FROM rec_search WHERE rowid = ?"), {rid}));
            !t)
            return t;
    }
    return ok(statements.run(QStringLiteral("INSERT INTO rec_search (rowid, meta, body) VALUES (?, ?, ?)"),
                             {rid, IndonesianText::indexText(meta), IndonesianText::indexText(body)}));
}

} // namespace lontar::records

namespace lontar::records {

Result<bool> LetterIndex::hasCompleteText(Database& db, const QString& sha256)
{
    auto complete =
        db.scalar(QStringLiteral("SELECT complete FROM rec_file_text WHERE sha256 = ?"), {sha256});
    if (!complete)
        return complete.error();
    return complete->isValid() && complete->toInt() == 1;
}

Result<int> LetterIndex::indexDownloadedFile(Database& db, const QString& sha256, const QString& pdfPath,
                                             const std::atomic<bool>* cancel)
{
    const auto lettersWithFile = [&]() -> Result<QStringList> {
        auto q = db.exec(QStringLiteral("SELECT id FROM rec_letters WHERE file_sha256 = ? ORDER BY rid"),
                         {sha256});
        if (!q)
            return q.error();
        QStringList ids;
        while (q->next())
            ids.append(q->value(0).toString());
        return ids;
    };
    auto before = lettersWithFile();
    if (!before)
        return before.error();
    if (sha256.isEmpty() || before->isEmpty())
        return Error(tr("Tidak ada naskah di perangkat ini dengan berkas tersebut"), Error::Code::NotFound);
    auto complete = hasCompleteText(db, sha256);
    if (!complete)
        return complete.error();
    if (*complete)
        return 0;
    auto content = PdfText::read(pdfPath, kMaxLetterFileBytes, cancel);
    if (!content)
        return content.error();
    // Only the file the letters name: another PDF must not put its words under these letters.
    if (content->sha256 != sha256)
        return Error(tr("Berkas tidak sama dengan berkas naskah (isi berbeda)"), Error::Code::InvalidInput);

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = storeFileText(db, sha256, content->text); !s)
        return s.error();
    sync::StatementCache statements(db); // the letters' projections share their statements
    // The letters again, inside the transaction: a pull may have removed one while the text was read.
    auto ids = lettersWithFile();
    if (!ids)
        return ids.error();
    for (const QString& id : std::as_const(*ids)) {
        auto row = db.scalar(
            QStringLiteral("SELECT data FROM sync_rows WHERE entity = ? AND entity_id = ? AND deleted = 0"),
            {kLetterEntity, id});
        if (!row)
            return row.error();
        if (!row->isValid())
            continue;
        const QJsonObject data = QJsonDocument::fromJson(row->toString().toUtf8()).object();
        if (Status s = projectLetter(db, id, data, false); !s)
            return s.error();
    }
    if (ids->isEmpty()) // every letter went meanwhile: keep no text of a file no letter names
        return Error(tr("Tidak ada naskah di perangkat ini dengan berkas tersebut"), Error::Code::NotFound);
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(ids->size());
}

} // namespace lontar::records
