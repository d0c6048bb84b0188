#include "records/Filing.h"

#include "core/Uuid.h"
#include "records/FilingPolicies.h"
#include "records/RecordsModule.h"
#include "sync/ClientStore.h"

#include <QSqlQuery>

namespace lontar::records {

const char* const kFileColumns =
    "SELECT f.id, f.unit_id, f.code, f.title, f.number, f.opened_on, f.closed_on, "
    "f.event_date, f.status, f.hold_reason, f.hold_by_name, f.disposal_id, f.note "
    "FROM rec_files f ";

RecordFile fileFromRow(const QSqlQuery& q)
{
    const auto date = [&](int i) {
        const QString s = q.value(i).toString();
        return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
    };
    RecordFile f;
    f.id = q.value(0).toString();
    f.unitId = q.value(1).toString();
    f.code = q.value(2).toString();
    f.title = q.value(3).toString();
    f.number = q.value(4).toInt();
    f.openedOn = date(5);
    f.closedOn = date(6);
    f.eventDate = date(7);
    f.status = q.value(8).toString();
    f.holdReason = q.value(9).toString();
    f.holdByName = q.value(10).toString();
    f.disposalId = q.value(11).toString();
    f.note = q.value(12).toString();
    return f;
}

FilingRegister::FilingRegister(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<int> FilingRegister::nextFileNumber(const QString& unitId) const
{
    auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM rec_files WHERE unit_id = ?"),
                           {unitId});
    if (!max)
        return max.error();
    return max->toInt() + 1;
}

Result<RecordFile> FilingRegister::openFile(const FileDraft& draft)
{
    const QString unit = draft.unitId.isEmpty() ? m_actor.user.unitId : draft.unitId;
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto number = nextFileNumber(unit);
    if (!number)
        return number.error();
    const QJsonObject data{
        {QStringLiteral("unitId"), unit},
        {QStringLiteral("code"), draft.code.trimmed()},
        {QStringLiteral("title"), draft.title.trimmed()},
        {QStringLiteral("number"), *number},
        {QStringLiteral("openedOn"),
         (draft.openedOn.isValid() ? draft.openedOn : QDate::currentDate()).toString(Qt::ISODate)},
        {QStringLiteral("status"), QStringLiteral("aktif")},
        {QStringLiteral("note"), draft.note.trimmed()},
    };
    auto id = sync::ClientStore(m_db, m_actor).put(kFileEntity, newUuid(), data);
    if (!id)
        return id.error();
    if (Status s =
            m_audit.append(m_actor.user.username, QStringLiteral("records.file.create"), kFileEntity, *id,
                           QJsonObject{{QStringLiteral("code"), draft.code},
                                       {QStringLiteral("number"), *number},
                                       {QStringLiteral("title"), draft.title}});
        !s)
        return s.error();
    auto stored = file(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status FilingRegister::change(const QString& entity, const QString& id, const QString& action,
                              const std::function<Status(QJsonObject&)>& mutate)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    sync::ClientStore store(m_db, m_actor);
    auto row = store.get(entity, id);
    if (!row)
        return row.error();
    if (row->deleted)
        return Error(tr("Data tidak ditemukan"), Error::Code::NotFound);
    const QJsonObject before = row->data;
    QJsonObject data = before;
    if (Status s = mutate(data); !s)
        return s;
    if (auto put = store.put(entity, id, data); !put)
        return put.error();
    QJsonObject details;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (before.value(it.key()) != it.value() && it.key() != QLatin1String("text"))
            details.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!data.contains(it.key()) && it.key() != QLatin1String("text"))
            details.insert(it.key(), QJsonObject{{QStringLiteral("from"), it.value()},
                                                 {QStringLiteral("to"), QJsonValue()}});
    }
    if (Status s = m_audit.append(m_actor.user.username, action, entity, id, details); !s)
        return s;
    return tx.commit();
}

Status FilingRegister::closeFile(const QString& fileId, const QDate& closedOn)
{
    return change(kFileEntity, fileId, QStringLiteral("records.file.close"), [&](QJsonObject& d) -> Status {
        if (!d.value(QStringLiteral("closedOn")).toString().isEmpty())
            return Error(tr("Berkas sudah ditutup"), Error::Code::Conflict);
        d.insert(QStringLiteral("closedOn"),
                 (closedOn.isValid() ? closedOn : QDate::currentDate()).toString(Qt::ISODate));
        return {};
    });
}

Status FilingRegister::setEventDate(const QString& fileId, const QDate& date)
{
    return change(kFileEntity, fileId, QStringLiteral("records.file.event_date"),
                  [&](QJsonObject& d) -> Status {
                      if (!date.isValid())
                          return Error(tr("Tanggal peristiwa tidak valid"), Error::Code::InvalidInput);
                      d.insert(QStringLiteral("cutoffEventDate"), date.toString(Qt::ISODate));
                      return {};
                  });
}

Status FilingRegister::hold(const QString& fileId, const QString& reason)
{
    return change(kFileEntity, fileId, QStringLiteral("records.file.hold"), [&](QJsonObject& d) -> Status {
        d.insert(QStringLiteral("hold"), QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
        return {};
    });
}

Status FilingRegister::release(const QString& fileId, const QString& reason)
{
    return change(kFileEntity, fileId, QStringLiteral("records.file.release"), [&](QJsonObject& d) -> Status {
        if (!d.contains(QStringLiteral("hold")))
            return Error(tr("Berkas tidak sedang ditahan"), Error::Code::Conflict);
        d.remove(QStringLiteral("hold"));
        d.insert(QStringLiteral("lastRelease"), QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
        return {};
    });
}

Status FilingRegister::setStatus(const QString& fileId, const QString& status)
{
    return change(kFileEntity, fileId, QStringLiteral("records.file.status"), [&](QJsonObject& d) -> Status {
        d.insert(QStringLiteral("status"), status);
        return {};
    });
}

Status FilingRegister::fileLetter(const QString& letterId, const QString& fileId)
{
    return change(kLetterEntity, letterId, QStringLiteral("records.letter.file"),
                  [&](QJsonObject& d) -> Status {
                      d.insert(QStringLiteral("fileId"), fileId);
                      d.insert(QStringLiteral("status"), QStringLiteral("diberkaskan"));
                      return {};
                  });
}

Status FilingRegister::declareLetter(const QString& letterId)
{
    return change(kLetterEntity, letterId, QStringLiteral("records.letter.declare"),
                  [&](QJsonObject& d) -> Status {
                      if (d.value(QStringLiteral("declared")).toBool())
                          return Error(tr("Naskah sudah dinyatakan sebagai arsip"), Error::Code::Conflict);
                      d.insert(QStringLiteral("declared"), true);
                      return {};
                  });
}

Result<RecordFile> FilingRegister::file(const QString& fileId) const
{
    auto q = m_db.exec(QLatin1String(kFileColumns) + QStringLiteral("WHERE f.id = ?"), {fileId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Berkas tidak ditemukan"), Error::Code::NotFound);
    return fileFromRow(*q);
}

Result<QList<RecordFile>> FilingRegister::openFilesFor(const QString& unitId, const QString& code) const
{
    auto q =
        m_db.exec(QLatin1String(kFileColumns) +
                      QStringLiteral("WHERE f.unit_id = ? AND f.status = 'aktif' AND f.closed_on = '' AND "
                                     "(f.code = ? OR ? LIKE f.code || '.%') ORDER BY f.number DESC"),
                  {unitId, code, code});
    if (!q)
        return q.error();
    QList<RecordFile> out;
    while (q->next())
        out.append(fileFromRow(*q));
    return out;
}

} // namespace lontar::records
