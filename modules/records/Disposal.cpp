#include "records/Disposal.h"

#include "core/Uuid.h"
#include "records/FilingPolicies.h"
#include "records/RecordsModule.h"
#include "sync/ClientStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lontar::records {

namespace {

const char* const kDisposalColumns =
    "SELECT id, unit_id, file_unit_id, status, file_ids, place, note, decision_note, proposed_by_name, "
    "proposed_at, decided_by_name, decided_at, executed_by_name, executed_at FROM rec_disposals ";

DisposalProposal proposalFromRow(const QSqlQuery& q)
{
    DisposalProposal p;
    p.id = q.value(0).toString();
    p.unitId = q.value(1).toString();
    p.fileUnitId = q.value(2).toString();
    p.status = q.value(3).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        p.fileIds.append(v.toString());
    p.place = q.value(5).toString();
    p.note = q.value(6).toString();
    p.decisionNote = q.value(7).toString();
    p.proposedByName = q.value(8).toString();
    p.proposedAt = q.value(9).toLongLong();
    p.decidedByName = q.value(10).toString();
    p.decidedAt = q.value(11).toLongLong();
    p.executedByName = q.value(12).toString();
    p.executedAt = q.value(13).toLongLong();
    return p;
}

} // namespace

DisposalRegister::DisposalRegister(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Status DisposalRegister::setFileStatus(const QString& fileId, const QString& status,
                                       const QString& disposalId)
{
    sync::ClientStore store(m_db, m_actor);
    auto row = store.get(kFileEntity, fileId);
    if (!row)
        return row.error();
    QJsonObject data = row->data;
    const QString before = data.value(QStringLiteral("status")).toString();
    data.insert(QStringLiteral("status"), status);
    if (disposalId.isEmpty())
        data.remove(QStringLiteral("disposalId"));
    else
        data.insert(QStringLiteral("disposalId"), disposalId);
    if (auto put = store.put(kFileEntity, fileId, data); !put)
        return put.error();
    return m_audit.append(m_actor.user.username, QStringLiteral("records.file.status"), kFileEntity, fileId,
                          QJsonObject{{QStringLiteral("from"), before},
                                      {QStringLiteral("to"), status},
                                      {QStringLiteral("disposalId"), disposalId}});
}

Result<DisposalProposal> DisposalRegister::propose(const QStringList& fileIds, const QString& note)
{
    if (fileIds.isEmpty())
        return Error(tr("Pilih berkas yang diusulkan musnah"), Error::Code::InvalidInput);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto unit = m_db.scalar(QStringLiteral("SELECT unit_id FROM rec_files WHERE id = ?"), {fileIds.first()});
    if (!unit)
        return unit.error();
    const QString id = newUuid();
    const QJsonObject data{{QStringLiteral("fileUnitId"), unit->toString()},
                           {QStringLiteral("fileIds"), QJsonArray::fromStringList(fileIds)},
                           {QStringLiteral("status"), QStringLiteral("diusulkan")},
                           {QStringLiteral("note"), note.trimmed()}};
    if (auto put = sync::ClientStore(m_db, m_actor).put(kDisposalEntity, id, data); !put)
        return put.error();
    if (Status s =
            m_audit.append(m_actor.user.username, QStringLiteral("records.disposal.propose"), kDisposalEntity,
                           id, QJsonObject{{QStringLiteral("fileIds"), QJsonArray::fromStringList(fileIds)}});
        !s)
        return s.error();
    for (const QString& fileId : fileIds) {
        if (Status s = setFileStatus(fileId, QStringLiteral("usul_musnah"), id); !s)
            return s.error();
    }
    auto stored = proposal(id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status DisposalRegister::setProposal(const QString& proposalId, const QString& status, const QString& field,
                                     const QString& value, const QString& action)
{
    sync::ClientStore store(m_db, m_actor);
    auto row = store.get(kDisposalEntity, proposalId);
    if (!row)
        return row.error();
    QJsonObject data = row->data;
    const QString before = data.value(QStringLiteral("status")).toString();
    data.insert(QStringLiteral("status"), status);
    if (!field.isEmpty())
        data.insert(field, value.trimmed());
    if (auto put = store.put(kDisposalEntity, proposalId, data); !put)
        return put.error();
    return m_audit.append(m_actor.user.username, action, kDisposalEntity, proposalId,
                          QJsonObject{{QStringLiteral("from"), before},
                                      {QStringLiteral("to"), status},
                                      {field.isEmpty() ? QStringLiteral("note") : field, value}});
}

Status DisposalRegister::approve(const QString& proposalId, const QString& note)
{
    return setProposal(proposalId, QStringLiteral("disetujui"), QStringLiteral("decisionNote"), note,
                       QStringLiteral("records.disposal.approve"));
}

Status DisposalRegister::reject(const QString& proposalId, const QString& note)
{
    if (note.trimmed().isEmpty())
        return Error(tr("Sebutkan alasan penolakan"), Error::Code::InvalidInput);
    return setProposal(proposalId, QStringLiteral("ditolak"), QStringLiteral("decisionNote"), note,
                       QStringLiteral("records.disposal.reject"));
}

Status DisposalRegister::restoreRejected(const QString& proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    if (p->status != QLatin1String("ditolak"))
        return Error(tr("Daftar usul musnah ini tidak ditolak"), Error::Code::Conflict);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const QString& fileId : p->fileIds) {
        if (Status s = setFileStatus(fileId, QStringLiteral("inaktif"), {}); !s)
            return s;
    }
    return tx.commit();
}

Status DisposalRegister::execute(const QString& proposalId, const QString& place)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = setProposal(proposalId, QStringLiteral("dilaksanakan"), QStringLiteral("place"), place,
                               QStringLiteral("records.disposal.execute"));
        !s)
        return s;
    sync::ClientStore store(m_db, m_actor);
    for (const QString& fileId : p->fileIds) {
        if (Status s = setFileStatus(fileId, QStringLiteral("musnah"), proposalId); !s)
            return s;
        // A destroyed letter keeps its register entry (agenda, perihal, sender) with status musnah; the
        // PDF reference and its text go, so no reader can fetch the file through the row any more.
        auto letters = m_db.exec(QStringLiteral("SELECT id FROM rec_letters WHERE file_id = ?"), {fileId});
        if (!letters)
            return letters.error();
        QStringList ids;
        while (letters->next())
            ids.append(letters->value(0).toString());
        for (const QString& letterId : std::as_const(ids)) {
            auto row = store.get(kLetterEntity, letterId);
            if (!row)
                return row.error();
            QJsonObject data = row->data;
            const QString sha = data.value(QStringLiteral("fileSha256")).toString();
            for (const char* k : {"fileName", "fileSha256", "fileSize", "pageCount", "text", "textComplete"})
                data.remove(QLatin1String(k));
            data.insert(QStringLiteral("status"), QStringLiteral("musnah"));
            if (auto put = store.put(kLetterEntity, letterId, data); !put)
                return put.error();
            if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.letter.destroy"),
                                          kLetterEntity, letterId,
                                          QJsonObject{{QStringLiteral("disposalId"), proposalId},
                                                      {QStringLiteral("fileSha256"), sha}});
                !s)
                return s;
            if (!sha.isEmpty()) {
                auto gone =
                    m_db.exec(QStringLiteral("DELETE FROM rec_file_text WHERE sha256 = ? AND NOT EXISTS "
                                             "(SELECT 1 FROM rec_letters WHERE file_sha256 = ?)"),
                              {sha, sha});
                if (!gone)
                    return gone.error();
            }
        }
    }
    return tx.commit();
}

Result<DisposalProposal> DisposalRegister::proposal(const QString& proposalId) const
{
    auto q = m_db.exec(QLatin1String(kDisposalColumns) + QStringLiteral("WHERE id = ?"), {proposalId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Daftar usul musnah tidak ditemukan"), Error::Code::NotFound);
    return proposalFromRow(*q);
}

Result<QList<DisposalProposal>> DisposalRegister::proposals() const
{
    auto q =
        m_db.exec(QLatin1String(kDisposalColumns) + QStringLiteral("ORDER BY proposed_at DESC, rowid DESC"));
    if (!q)
        return q.error();
    QList<DisposalProposal> out;
    while (q->next())
        out.append(proposalFromRow(*q));
    return out;
}

} // namespace lontar::records
