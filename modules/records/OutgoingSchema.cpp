#include "records/OutgoingLetters.h"
#include "records/RecordsParts.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lontar::records {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The device's copy of outgoing letters, for the lists and the inbox's counts; writes go through
// ClientStore (sync_rows stays the truth).
Status projectOutgoing(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM rec_outgoing WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    const OutgoingLetter l = OutgoingLetter::fromJson(id, data);
    const int step = l.currentStep();
    const QDate date = QDate::fromString(l.letterDate, Qt::ISODate);
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO rec_outgoing (id, unit_id, drafter_id, signer_id, next_verifier_id, status, hal, "
            "nomor, "
            "number_seq, number_year, security_level, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET unit_id = excluded.unit_id, drafter_id = excluded.drafter_id, "
            "signer_id = excluded.signer_id, next_verifier_id = excluded.next_verifier_id, "
            "status = excluded.status, hal = excluded.hal, nomor = excluded.nomor, number_seq = "
            "excluded.number_seq, number_year = excluded.number_year, security_level = "
            "excluded.security_level, data = excluded.data"),
        {id, l.unitId, l.drafterId, l.signerId, step >= 0 ? l.paraf[step].userId : QString(), l.status, l.hal,
         l.nomor, l.numberSeq, date.isValid() ? date.year() : 0, int(l.securityClass), json(data)});
    return r ? Status() : Status(r.error());
}

Status projectDelivery(Database& db, const QString& id, const QJsonObject& data, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM rec_deliveries WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO rec_deliveries (id, outgoing_id, unit_id, status, nomor, hal, sent_at, data) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET outgoing_id = excluded.outgoing_id, "
            "unit_id = excluded.unit_id, status = excluded.status, nomor = excluded.nomor, "
            "hal = excluded.hal, sent_at = excluded.sent_at, data = excluded.data"),
        {id, data.value(QStringLiteral("outgoingId")).toString(),
         data.value(QStringLiteral("unitId")).toString(), data.value(QStringLiteral("status")).toString(),
         data.value(QStringLiteral("nomor")).toString(), data.value(QStringLiteral("hal")).toString(),
         qint64(data.value(QStringLiteral("sentAt")).toDouble()), json(data)});
    return r ? Status() : Status(r.error());
}

} // namespace

Migration outgoingMigration()
{
    return Migration::fromSql(
        QStringLiteral("records"), 3, QStringLiteral("records: outgoing"),
        {QStringLiteral("CREATE TABLE rec_outgoing (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                        "unit_id TEXT NOT NULL, drafter_id TEXT NOT NULL, signer_id TEXT NOT NULL, "
                        "next_verifier_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, hal TEXT NOT NULL, "
                        "nomor TEXT NOT NULL DEFAULT '', number_seq INTEGER NOT NULL DEFAULT 0, "
                        "number_year INTEGER NOT NULL DEFAULT 0, security_level INTEGER NOT NULL DEFAULT 0, "
                        "data TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX rec_outgoing_drafter ON rec_outgoing(drafter_id, status)"),
         QStringLiteral("CREATE INDEX rec_outgoing_verifier ON rec_outgoing(next_verifier_id, status)"),
         QStringLiteral("CREATE INDEX rec_outgoing_signer ON rec_outgoing(signer_id, status)"),
         QStringLiteral(
             "CREATE INDEX rec_outgoing_register ON rec_outgoing(unit_id, number_year, number_seq)"),
         QStringLiteral(
             "CREATE TABLE rec_deliveries (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
             "outgoing_id TEXT NOT NULL, unit_id TEXT NOT NULL, status TEXT NOT NULL, "
             "nomor TEXT NOT NULL, hal TEXT NOT NULL, sent_at INTEGER NOT NULL, data TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX rec_deliveries_unit ON rec_deliveries(unit_id, status)")});
}

QList<EntitySpec> outgoingEntities()
{
    EntitySpec letters;
    letters.name = kOutgoingEntity;
    letters.rule = ConflictRule::Optimistic;
    letters.scope = ReadScope::UnitSubtree;
    letters.maxPayloadBytes = 96 * 1024;
    letters.policy = makeOutgoingPolicy();
    letters.project = projectOutgoing;
    EntitySpec deliveries;
    deliveries.name = kDeliveryEntity;
    deliveries.rule = ConflictRule::Optimistic;
    deliveries.scope = ReadScope::UnitSubtree;
    deliveries.maxPayloadBytes = 16 * 1024;
    deliveries.policy = makeDeliveryPolicy();
    deliveries.project = projectDelivery;
    // A signed letter goes to any unit it names, also in another OPD: DeliveryPolicy checks the unit
    // against the letter's recipients and copies everything else from the letter.
    deliveries.policyPlacesUnit = true;
    return {letters, deliveries};
}

Result<OutgoingQueues> outgoingQueuesFor(Database& db, const QString& userId)
{
    auto q =
        db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM rec_outgoing WHERE status = 'paraf' AND "
                               "next_verifier_id = ?), (SELECT COUNT(*) FROM rec_outgoing WHERE status = "
                               "'siap_tte' AND signer_id = ?)"),
                {userId, userId});
    if (!q)
        return q.error();
    OutgoingQueues out;
    if (q->next()) {
        out.waitingParaf = q->value(0).toInt();
        out.waitingSignature = q->value(1).toInt();
    }
    return out;
}

} // namespace lontar::records
