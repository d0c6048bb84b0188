#include "records/Letters.h"

#include "core/Uuid.h"
#include "records/NumberBlocks.h"
#include "records/RecordsPolicies.h"
#include "sync/ClientStore.h"

#include <QSqlQuery>

namespace lontar::records {

const char* const kLetterColumns =
    "SELECT l.id, l.unit_id, l.agenda, l.agenda_seq, l.agenda_year, l.nomor, l.tanggal, l.received_date, "
    "l.pengirim, l.perihal, l.sifat, l.security_level, l.classification, l.status, l.file_name, "
    "l.file_sha256, "
    "l.file_size, l.page_count, l.registered_by_name, l.registered_at FROM rec_letters l ";

IncomingLetter letterFromRow(const QSqlQuery& q)
{
    IncomingLetter l;
    l.id = q.value(0).toString();
    l.unitId = q.value(1).toString();
    l.agenda = q.value(2).toString();
    l.agendaSeq = q.value(3).toInt();
    l.agendaYear = q.value(4).toInt();
    l.nomor = q.value(5).toString();
    l.tanggal = q.value(6).toString();
    l.receivedDate = q.value(7).toString();
    l.pengirim = q.value(8).toString();
    l.perihal = q.value(9).toString();
    l.sifat = q.value(10).toString();
    l.securityClass = SecurityClass(qBound(0, q.value(11).toInt(), 3));
    l.classification = q.value(12).toString();
    l.status = q.value(13).toString();
    l.fileName = q.value(14).toString();
    l.fileSha256 = q.value(15).toString();
    l.fileSize = q.value(16).toLongLong();
    l.pageCount = q.value(17).toInt();
    l.registeredByName = q.value(18).toString();
    l.registeredAt = q.value(19).toLongLong();
    return l;
}

LetterRegister::LetterRegister(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<int> LetterRegister::nextAgendaSeq(const QString& unitId, int year) const
{
    auto max = m_db.scalar(
        QStringLiteral(
            "SELECT COALESCE(MAX(agenda_seq), 0) FROM rec_letters WHERE unit_id = ? AND agenda_year = ?"),
        {unitId, year});
    if (!max)
        return max.error();
    return max->toInt() + 1;
}

Result<int> LetterRegister::agendaNumbersLeft(const QString& unitId, int year) const
{
    return NumberBlocks(m_db, m_audit, m_actor, kBookAgenda).available(unitId, year);
}

Result<int> LetterRegister::reserveAgenda(const QString& unitId, const QDate& day)
{
    const QString unit = unitId.isEmpty() ? m_actor.user.unitId : unitId;
    // Only those who register incoming letters hold agenda numbers (the server refuses anyone else's claim).
    if (!agendaFromServer() || !mayRegisterAgendaOf(m_actor, unit))
        return 0;
    NumberBlocks agenda(m_db, m_audit, m_actor, kBookAgenda);
    auto claimed = agenda.topUp(unit, day.year());
    if (!claimed || day.month() < 12)
        return claimed;
    auto next = agenda.topUp(unit, day.year() + 1);
    if (!next)
        return next.error();
    return *claimed + *next;
}

Result<IncomingLetter> LetterRegister::registerLetter(const LetterDraft& draft,
                                                      const std::optional<LetterFile>& file)
{
    if (!draft.classification.isEmpty()) {
        // The scheme may not have reached this device yet (then the policy checks the code's form only).
        auto q =
            m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM rec_classifications), (SELECT COUNT(*) "
                                     "FROM rec_classifications WHERE code = ? AND active = 1)"),
                      {draft.classification});
        if (!q)
            return q.error();
        q->next();
        if (q->value(0).toInt() > 0 && q->value(1).toInt() == 0)
            return Error(tr("Kode klasifikasi %1 tidak ada dalam pola klasifikasi").arg(draft.classification),
                         Error::Code::InvalidInput);
    }
    const QString unit = draft.unitId.isEmpty() ? m_actor.user.unitId : draft.unitId;
    const QDate received = draft.receivedDate.isValid() ? draft.receivedDate : QDate::currentDate();
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString id = newUuid();
    NumberBlocks agenda(m_db, m_audit, m_actor, kBookAgenda);
    int seq = 0;
    QString blockId;
    if (agendaFromServer()) {
        // In this transaction: if anything below fails, the number is not consumed (no gap in the book).
        auto n = agenda.take(unit, received.year(), id);
        if (!n)
            return n.error();
        seq = n->seq;
        blockId = n->blockId;
    } else {
        auto next = nextAgendaSeq(unit, received.year());
        if (!next)
            return next.error();
        seq = *next;
    }
    QJsonObject data{
        {QStringLiteral("nomor"), draft.nomor.trimmed()},
        {QStringLiteral("tanggal"),
         draft.tanggal.isValid() ? draft.tanggal.toString(Qt::ISODate) : QString()},
        {QStringLiteral("pengirim"), draft.pengirim.trimmed()},
        {QStringLiteral("perihal"), draft.perihal.trimmed()},
        {QStringLiteral("sifat"), draft.sifat},
        {QStringLiteral("securityClass"), securityClassKey(draft.securityClass)},
        {QStringLiteral("classification"), draft.classification},
        {QStringLiteral("unitId"), unit},
        {QStringLiteral("agendaSeq"), seq},
        {QStringLiteral("agendaYear"), received.year()},
        {QStringLiteral("agenda"), formatAgenda(seq, received.year())},
        {QStringLiteral("receivedDate"), received.toString(Qt::ISODate)},
        {QStringLiteral("status"), QStringLiteral("tercatat")},
    };
    if (!blockId.isEmpty())
        data.insert(QStringLiteral("agendaBlockId"), blockId);
    if (file) {
        data.insert(QStringLiteral("fileName"), file->name.left(255));
        data.insert(QStringLiteral("fileSha256"), file->sha256);
        data.insert(QStringLiteral("fileSize"), double(file->size));
        data.insert(QStringLiteral("pageCount"), file->pageCount);
        data.insert(QStringLiteral("text"), file->text.left(kSyncedTextChars));
        data.insert(QStringLiteral("textComplete"), file->text.size() <= kSyncedTextChars);
    }
    if (auto put = sync::ClientStore(m_db, m_actor).put(kLetterEntity, id, data); !put)
        return put.error();
    if (Status s = m_audit.append(
            m_actor.user.username, QStringLiteral("records.letter.register"), kLetterEntity, id,
            QJsonObject{{QStringLiteral("agenda"), data.value(QStringLiteral("agenda"))},
                        {QStringLiteral("fileSha256"), file ? file->sha256 : QString()},
                        {QStringLiteral("securityClass"), data.value(QStringLiteral("securityClass"))}});
        !s)
        return s.error();
    auto stored = letter(id);
    if (!stored)
        return stored.error();
    // While online the queued claims reach the server with the next sync; a reserve sized to recent use
    // lets an office keep registering through days without a network.
    if (agendaFromServer()) {
        if (auto claimed = agenda.topUp(unit, received.year()); !claimed)
            return claimed.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status LetterRegister::reclassify(const QString& letterId, SecurityClass securityClass)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    sync::ClientStore store(m_db, m_actor);
    auto row = store.get(kLetterEntity, letterId);
    if (!row)
        return row.error();
    QJsonObject data = row->data;
    const QString before = data.value(QStringLiteral("securityClass")).toString();
    data.insert(QStringLiteral("securityClass"), securityClassKey(securityClass));
    if (auto put = store.put(kLetterEntity, letterId, data); !put)
        return put.error();
    if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.letter.reclassify"),
                                  kLetterEntity, letterId,
                                  QJsonObject{{QStringLiteral("from"), before},
                                              {QStringLiteral("to"), securityClassKey(securityClass)}});
        !s)
        return s;
    return tx.commit();
}

Result<IncomingLetter> LetterRegister::letter(const QString& letterId) const
{
    auto q = m_db.exec(QLatin1String(kLetterColumns) + QStringLiteral("WHERE l.id = ?"), {letterId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("Naskah tidak ditemukan"), Error::Code::NotFound);
    IncomingLetter l = letterFromRow(*q);
    // The filing columns (version 4) are read apart: kLetterColumns' positions are shared with search.
    auto filing =
        m_db.exec(QStringLiteral("SELECT file_id, declared FROM rec_letters WHERE id = ?"), {letterId});
    if (!filing)
        return filing.error();
    if (filing->next()) {
        l.fileId = filing->value(0).toString();
        l.declared = filing->value(1).toInt() != 0;
    }
    return l;
}

Result<std::optional<IncomingLetter>> LetterRegister::letterWithFile(const QString& unitId,
                                                                     const QString& sha256) const
{
    auto q = m_db.exec(QLatin1String(kLetterColumns) +
                           QStringLiteral("WHERE l.unit_id = ? AND l.file_sha256 = ? ORDER BY l.rid LIMIT 1"),
                       {unitId, sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IncomingLetter>();
    return std::optional<IncomingLetter>(letterFromRow(*q));
}

} // namespace lontar::records
