#include "records/NumberingPolicy.h"
#include "records/RecordsParts.h"

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

Status ok(const Result<QSqlQuery>& r)
{
    if (!r)
        return r.error();
    return {};
}

Status projectBlock(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted || d.isEmpty())
        return ok(db.exec(QStringLiteral("DELETE FROM rec_number_blocks WHERE id = ?"), {id}));
    return ok(
        db.exec(QStringLiteral(
                    "INSERT INTO rec_number_blocks (id, unit_id, year, idx, first_seq, last_seq, device_id, "
                    "user_id, reserved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "unit_id = excluded.unit_id, year = excluded.year, idx = excluded.idx, "
                    "first_seq = excluded.first_seq, last_seq = excluded.last_seq, "
                    "device_id = excluded.device_id, user_id = excluded.user_id, "
                    "reserved_at = excluded.reserved_at"),
                {id, str(d, "unitId"), integer(d, "year"), integer(d, "index"), integer(d, "first"),
                 integer(d, "last"), str(d, "deviceId"), str(d, "userId"), integer(d, "reservedAt")}));
}

Status projectUse(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted || d.isEmpty())
        return ok(db.exec(QStringLiteral("DELETE FROM rec_number_uses WHERE id = ?"), {id}));
    return ok(db.exec(
        QStringLiteral(
            "INSERT INTO rec_number_uses (id, block_id, unit_id, year, seq, kind, letter_id, reason, "
            "device_id, user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET block_id = excluded.block_id, unit_id = excluded.unit_id, "
            "year = excluded.year, seq = excluded.seq, kind = excluded.kind, "
            "letter_id = excluded.letter_id, reason = excluded.reason, device_id = excluded.device_id, "
            "user_id = excluded.user_id, recorded_at = excluded.recorded_at"),
        {id, str(d, "blockId"), str(d, "unitId"), integer(d, "year"), integer(d, "seq"), str(d, "kind"),
         str(d, "letterId"), str(d, "reason"), str(d, "deviceId"), str(d, "userId"),
         integer(d, "recordedAt")}));
}

} // namespace

Migration numberingMigration()
{
    // The device's projection of number blocks (its own claims, pending or confirmed, and the blocks of
    // its unit tree other devices hold) and of the numbers used or voided from them. A block is this
    // device's to use only once the server's copy (reserved_at > 0) names this device.
    return Migration::fromSql(
        QStringLiteral("records"), 5, QStringLiteral("records: numbering"),
        {
            QStringLiteral("CREATE TABLE rec_number_blocks (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL,"
                           " year INTEGER NOT NULL, idx INTEGER NOT NULL, first_seq INTEGER NOT NULL,"
                           " last_seq INTEGER NOT NULL, device_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                           " reserved_at BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX idx_rec_number_blocks_book ON rec_number_blocks(unit_id, year, idx)"),
            QStringLiteral("CREATE TABLE rec_number_uses (id TEXT PRIMARY KEY, block_id TEXT NOT NULL,"
                           " unit_id TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL,"
                           " kind TEXT NOT NULL, letter_id TEXT NOT NULL, reason TEXT NOT NULL,"
                           " device_id TEXT NOT NULL, user_id TEXT NOT NULL, recorded_at BIGINT NOT NULL,"
                           " UNIQUE (block_id, seq, kind))"),
            QStringLiteral("CREATE INDEX idx_rec_number_uses_letter ON rec_number_uses(letter_id)"),
        });
}

QList<EntitySpec> numberingEntities()
{
    // Unit scope: every device that may number the unit's letters sees every block and number of the
    // book, so a device learns which blocks are taken, and the unit can explain its register; arsiparis
    // read every unit's register. The owner (the claimant) keeps receiving their own rows.
    return {
        EntitySpec{kNumberBlockEntity,
                   ConflictRule::AppendOnly,
                   ReadScope::UnitSubtree,
                   2 * 1024,
                   {Role::Arsiparis},
                   makeNumberBlockPolicy(),
                   projectBlock,
                   {}},
        EntitySpec{kNumberUseEntity,
                   ConflictRule::AppendOnly,
                   ReadScope::UnitSubtree,
                   4 * 1024,
                   {Role::Arsiparis},
                   makeNumberUsePolicy(),
                   projectUse,
                   {}},
    };
}

} // namespace lontar::records
