#include "records/NumberBlocks.h"

#include "records/NumberingPolicy.h"
#include "sync/ClientStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace lontar::records {

namespace {

// This device's blocks of a book that the server confirmed (its copy carries reservedAt and names us).
const char* const kOwnConfirmed =
    "FROM rec_number_blocks b WHERE b.unit_id = ? AND b.year = ? AND b.device_id = ? AND b.reserved_at > 0";

} // namespace

QString formatLetterNumber(const QString& classification, int seq, const QString& unitCode, int year)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(classification)
        .arg(seq, 4, 10, QLatin1Char('0'))
        .arg(unitCode)
        .arg(year);
}

NumberBlocks::NumberBlocks(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<int> NumberBlocks::available(const QString& unitId, int year) const
{
    auto held = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(b.last_seq - b.first_seq + 1), 0) ") +
                                QLatin1String(kOwnConfirmed),
                            {unitId, year, m_actor.deviceId});
    if (!held)
        return held.error();
    // A voided number stays consumed: count each number of the blocks once, whatever its rows.
    auto used = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT u.block_id, u.seq FROM "
                                           "rec_number_uses u WHERE u.block_id IN (SELECT b.id ") +
                                QLatin1String(kOwnConfirmed) + QStringLiteral("))"),
                            {unitId, year, m_actor.deviceId});
    if (!used)
        return used.error();
    return held->toInt() - used->toInt();
}

Result<bool> NumberBlocks::claimPending(const QString& unitId, int year) const
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM rec_number_blocks b WHERE b.unit_id = ? AND "
                                   "b.year = ? AND b.device_id = ? AND EXISTS (SELECT 1 FROM sync_outbox o "
                                   "WHERE o.entity = ? AND o.entity_id = b.id)"),
                    {unitId, year, m_actor.deviceId, kNumberBlockEntity});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<bool> NumberBlocks::reserveIfLow(const QString& unitId, int year, int lowWater)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto left = available(unitId, year);
    if (!left)
        return left.error();
    if (*left >= lowWater)
        return false;
    // One claim at a time: the next index depends on what the server answers to this one.
    auto pending = claimPending(unitId, year);
    if (!pending)
        return pending.error();
    if (*pending)
        return false;
    // One past the highest block this device knows of the book (its own and, by pull, other devices');
    // a claim that lost to another device leaves that device's block here, so the next claim moves on.
    auto top = m_db.scalar(
        QStringLiteral("SELECT COALESCE(MAX(idx), -1) FROM rec_number_blocks WHERE unit_id = ? AND year = ?"),
        {unitId, year});
    if (!top)
        return top.error();
    const int index = top->toInt() + 1;
    const QJsonObject data{{QStringLiteral("unitId"), unitId},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("index"), index},
                           {QStringLiteral("first"), index * kNumberBlockSize + 1},
                           {QStringLiteral("last"), (index + 1) * kNumberBlockSize}};
    const QString id = numberBlockId(unitId, year, index);
    if (auto put = sync::ClientStore(m_db, m_actor).put(kNumberBlockEntity, id, data); !put)
        return put.error();
    if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.number_block.claim"),
                                  kNumberBlockEntity, id,
                                  QJsonObject{{QStringLiteral("unitId"), unitId},
                                              {QStringLiteral("year"), year},
                                              {QStringLiteral("index"), index}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<LetterNumber> NumberBlocks::take(const QString& unitId, int year, const QString& letterId)
{
    if (m_actor.deviceId.isEmpty())
        return Error(tr("Perangkat ini belum terdaftar di server; nomor naskah dipesan dari server"),
                     Error::Code::Unauthorized);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // Asked again for the same letter (a retried step): the letter keeps its number.
    auto existing = numberOf(letterId);
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->unitId != unitId || (*existing)->year != year)
            return Error(tr("Naskah ini sudah bernomor di buku lain"), Error::Code::Conflict);
        return **existing;
    }
    auto blocks = m_db.exec(QStringLiteral("SELECT b.id, b.first_seq, b.last_seq ") +
                                QLatin1String(kOwnConfirmed) + QStringLiteral(" ORDER BY b.idx"),
                            {unitId, year, m_actor.deviceId});
    if (!blocks)
        return blocks.error();
    struct Block
    {
        QString id;
        int first = 0;
        int last = 0;
    };
    QList<Block> own;
    while (blocks->next())
        own.append({blocks->value(0).toString(), blocks->value(1).toInt(), blocks->value(2).toInt()});
    blocks->finish();
    if (own.isEmpty())
        return Error(tr("Perangkat ini belum memegang blok nomor naskah tahun %1 dari server. Sambungkan ke "
                        "jaringan dan sinkronkan untuk memesan nomor.")
                         .arg(year),
                     Error::Code::Conflict);
    std::optional<LetterNumber> number;
    for (const Block& b : std::as_const(own)) {
        QSet<int> taken;
        auto q = m_db.exec(QStringLiteral("SELECT seq FROM rec_number_uses WHERE block_id = ?"), {b.id});
        if (!q)
            return q.error();
        while (q->next())
            taken.insert(q->value(0).toInt());
        for (int seq = b.first; seq <= b.last && !number; ++seq) {
            if (!taken.contains(seq))
                number = LetterNumber{unitId, year, seq, b.id};
        }
        if (number)
            break;
    }
    if (!number)
        return Error(
            tr("Nomor naskah tahun %1 yang dipegang perangkat ini sudah habis. Sambungkan ke jaringan "
               "dan sinkronkan untuk memesan blok nomor baru.")
                .arg(year),
            Error::Code::Conflict);
    const QJsonObject data{{QStringLiteral("blockId"), number->blockId},
                           {QStringLiteral("unitId"), unitId},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("seq"), number->seq},
                           {QStringLiteral("kind"), kNumberUsed},
                           {QStringLiteral("letterId"), letterId}};
    const QString id = numberUseId(number->blockId, number->seq, kNumberUsed);
    if (auto put = sync::ClientStore(m_db, m_actor).put(kNumberUseEntity, id, data); !put)
        return put.error();
    if (Status s =
            m_audit.append(m_actor.user.username, QStringLiteral("records.number.take"), kNumberUseEntity, id,
                           QJsonObject{{QStringLiteral("letterId"), letterId},
                                       {QStringLiteral("unitId"), unitId},
                                       {QStringLiteral("year"), year},
                                       {QStringLiteral("seq"), number->seq}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *number;
}

Status NumberBlocks::voidNumber(const QString& letterId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error(tr("Sebutkan alasan pembatalan nomor"), Error::Code::InvalidInput);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto number = numberOf(letterId);
    if (!number)
        return number.error();
    if (!*number)
        return Error(tr("Naskah ini belum bernomor"), Error::Code::NotFound);
    const LetterNumber n = **number;
    const QJsonObject data{{QStringLiteral("blockId"), n.blockId},
                           {QStringLiteral("unitId"), n.unitId},
                           {QStringLiteral("year"), n.year},
                           {QStringLiteral("seq"), n.seq},
                           {QStringLiteral("kind"), kNumberVoid},
                           {QStringLiteral("letterId"), letterId},
                           {QStringLiteral("reason"), reason.trimmed().left(500)}};
    const QString id = numberUseId(n.blockId, n.seq, kNumberVoid);
    if (auto put = sync::ClientStore(m_db, m_actor).put(kNumberUseEntity, id, data); !put)
        return put.error();
    if (Status s =
            m_audit.append(m_actor.user.username, QStringLiteral("records.number.void"), kNumberUseEntity, id,
                           QJsonObject{{QStringLiteral("letterId"), letterId},
                                       {QStringLiteral("seq"), n.seq},
                                       {QStringLiteral("reason"), data.value(QStringLiteral("reason"))}});
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<LetterNumber>> NumberBlocks::numberOf(const QString& letterId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT u.unit_id, u.year, u.seq, u.block_id FROM rec_number_uses u WHERE "
                                 "u.letter_id = ? AND u.kind = ? AND NOT EXISTS (SELECT 1 FROM "
                                 "rec_number_uses v WHERE v.block_id = u.block_id AND v.seq = u.seq AND "
                                 "v.kind = ?) ORDER BY u.year, u.seq LIMIT 1"),
                  {letterId, kNumberUsed, kNumberVoid});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LetterNumber>();
    return std::optional<LetterNumber>(LetterNumber{q->value(0).toString(), q->value(1).toInt(),
                                                    q->value(2).toInt(), q->value(3).toString()});
}

Result<QList<NumberStatus>> numberRegister(Database& db, const QString& unitId, int year)
{
    // The server's rows are the truth; a device reads its synced copies (the same JSON).
    const bool server = db.handle().tables().contains(QStringLiteral("srv_rows"));
    const auto load = [&](const QString& entity) -> Result<QList<QJsonObject>> {
        auto q = server
                     ? db.exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND deleted = 0 "
                                              "AND unit_id = ?"),
                               {entity, unitId})
                     : db.exec(QStringLiteral("SELECT data FROM sync_rows WHERE entity = ? AND deleted = 0"),
                               {entity});
        if (!q)
            return q.error();
        QList<QJsonObject> out;
        while (q->next()) {
            const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
            if (o.value(QStringLiteral("unitId")).toString() == unitId &&
                o.value(QStringLiteral("year")).toInt() == year)
                out.append(o);
        }
        return out;
    };
    auto blocks = load(kNumberBlockEntity);
    if (!blocks)
        return blocks.error();
    auto uses = load(kNumberUseEntity);
    if (!uses)
        return uses.error();

    QHash<int, QJsonObject> blockAt; // by first number
    int max = 0;
    for (const QJsonObject& b : std::as_const(*blocks)) {
        // Only what the server confirmed: a pending or lost claim on a device explains nothing.
        if (b.value(QStringLiteral("reservedAt")).toDouble() <= 0)
            continue;
        const int first = b.value(QStringLiteral("first")).toInt();
        const int last = b.value(QStringLiteral("last")).toInt();
        for (int seq = first; seq <= last; ++seq)
            blockAt.insert(seq, b);
        max = qMax(max, last);
    }
    QHash<int, QJsonObject> used;
    QHash<int, QJsonObject> voided;
    for (const QJsonObject& u : std::as_const(*uses)) {
        const int seq = u.value(QStringLiteral("seq")).toInt();
        (u.value(QStringLiteral("kind")).toString() == kNumberVoid ? voided : used).insert(seq, u);
    }
    QList<NumberStatus> out;
    out.reserve(max);
    for (int seq = 1; seq <= max; ++seq) {
        NumberStatus s;
        s.seq = seq;
        const auto block = blockAt.constFind(seq);
        if (block != blockAt.cend()) {
            s.blockId = numberBlockId(unitId, year, block->value(QStringLiteral("index")).toInt());
            s.deviceId = block->value(QStringLiteral("deviceId")).toString();
            s.userId = block->value(QStringLiteral("userId")).toString();
            s.state = NumberStatus::State::Unused;
        }
        const auto v = voided.constFind(seq);
        const auto u = used.constFind(seq);
        const QJsonObject* row = v != voided.cend() ? &*v : (u != used.cend() ? &*u : nullptr);
        if (row && block != blockAt.cend()) {
            s.state = v != voided.cend() ? NumberStatus::State::Void : NumberStatus::State::Used;
            s.letterId = row->value(QStringLiteral("letterId")).toString();
            s.reason = row->value(QStringLiteral("reason")).toString();
            s.userId = row->value(QStringLiteral("userId")).toString();
        }
        out.append(s);
    }
    return out;
}

} // namespace lontar::records
