#include "records/NumberBlocks.h"

#include "sync/ClientStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace lontar::records {

QString formatLetterNumber(const QString& classification, int seq, const QString& unitCode, int year)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(classification)
        .arg(seq, 4, 10, QLatin1Char('0'))
        .arg(unitCode)
        .arg(year);
}

NumberBlocks::NumberBlocks(Database& db, AuditLog& audit, Actor actor, QString book)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_book(std::move(book))
{}

// The projection has no book column (the books came after migration 5): a block belongs to this book when
// its id is the book's id for its unit, year and index (the server checks the id the same way).
Result<QList<NumberBlocks::Block>> NumberBlocks::ownConfirmed(const QString& unitId, int year) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, idx, first_seq, last_seq FROM rec_number_blocks WHERE "
                                      "unit_id = ? AND year = ? AND device_id = ? AND reserved_at > 0 "
                                      "ORDER BY idx"),
                       {unitId, year, m_actor.deviceId});
    if (!q)
        return q.error();
    QList<Block> out;
    while (q->next()) {
        const Block b{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()};
        if (b.id == numberBlockId(unitId, year, b.index, m_book))
            out.append(b);
    }
    return out;
}

Result<int> NumberBlocks::available(const QString& unitId, int year) const
{
    auto blocks = ownConfirmed(unitId, year);
    if (!blocks)
        return blocks.error();
    int left = 0;
    for (const Block& b : std::as_const(*blocks)) {
        // A voided number stays consumed: count each number of the block once, whatever its rows.
        auto used = m_db.scalar(
            QStringLiteral("SELECT COUNT(DISTINCT seq) FROM rec_number_uses WHERE block_id = ?"), {b.id});
        if (!used)
            return used.error();
        left += b.last - b.first + 1 - used->toInt();
    }
    return left;
}

Result<bool> NumberBlocks::claimPending(const QString& unitId, int year) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT b.id, b.idx FROM rec_number_blocks b WHERE b.unit_id = ? AND "
                                 "b.year = ? AND b.device_id = ? AND EXISTS (SELECT 1 FROM sync_outbox o "
                                 "WHERE o.entity = ? AND o.entity_id = b.id)"),
                  {unitId, year, m_actor.deviceId, kNumberBlockEntity});
    if (!q)
        return q.error();
    while (q->next()) {
        if (q->value(0).toString() == numberBlockId(unitId, year, q->value(1).toInt(), m_book))
            return true;
    }
    return false;
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
    auto claimed = claim(unitId, year, 1);
    if (!claimed)
        return claimed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<int> NumberBlocks::reserveTarget(const QString& unitId, int year) const
{
    Q_UNUSED(year);
    if (m_book != kBookAgenda)
        return 5; // reserveIfLow's low water
    // Numbers this device used in the last 30 days from the unit's agenda blocks, any year (January follows
    // December's pace); a use not yet confirmed (recorded_at 0) is recent.
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000;
    auto q = m_db.exec(QStringLiteral("SELECT b.id, b.year, b.idx, COUNT(*) FROM rec_number_uses u JOIN "
                                      "rec_number_blocks b ON b.id = u.block_id WHERE u.unit_id = ? AND "
                                      "u.device_id = ? AND u.kind = ? AND (u.recorded_at = 0 OR "
                                      "u.recorded_at >= ?) GROUP BY b.id, b.year, b.idx"),
                       {unitId, m_actor.deviceId, kNumberUsed, since});
    if (!q)
        return q.error();
    int recent = 0;
    while (q->next()) {
        if (q->value(0).toString() == numberBlockId(unitId, q->value(1).toInt(), q->value(2).toInt(), m_book))
            recent += q->value(3).toInt();
    }
    return qBound(kAgendaMinReserve, recent, kMaxUnusedAgendaHeld);
}

Result<int> NumberBlocks::topUp(const QString& unitId, int year)
{
    if (m_book != kBookAgenda) {
        auto claimed = reserveIfLow(unitId, year);
        if (!claimed)
            return claimed.error();
        return *claimed ? 1 : 0;
    }
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto pending = claimPending(unitId, year);
    if (!pending)
        return pending.error();
    if (*pending)
        return 0;
    auto left = available(unitId, year);
    if (!left)
        return left.error();
    auto target = reserveTarget(unitId, year);
    if (!target)
        return target.error();
    // Only whole blocks: a claim for a few numbers would leave the book full of short remainders.
    const int missing = *target - *left;
    if (missing < kNumberBlockSize)
        return 0;
    auto claimed = claim(unitId, year, missing / kNumberBlockSize);
    if (!claimed)
        return claimed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return claimed;
}

// Queues claims of the next `count` blocks of the book. The first index is one past the highest block this
// device knows of the book (its own and, by pull, other devices'); a claim that lost to another device
// leaves that device's block here, so the next claim moves on. Claims sent together are checked in order
// by the server: a lost one does not stop the following ones (their previous block exists, whoever holds
// it).
Result<int> NumberBlocks::claim(const QString& unitId, int year, int count)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, idx FROM rec_number_blocks WHERE unit_id = ? AND year = ?"),
                       {unitId, year});
    if (!q)
        return q.error();
    int top = -1;
    while (q->next()) {
        const int index = q->value(1).toInt();
        if (q->value(0).toString() == numberBlockId(unitId, year, index, m_book))
            top = qMax(top, index);
    }
    q->finish();
    for (int i = 1; i <= count; ++i) {
        const int index = top + i;
        QJsonObject data{{QStringLiteral("unitId"), unitId},
                         {QStringLiteral("year"), year},
                         {QStringLiteral("index"), index},
                         {QStringLiteral("first"), index * kNumberBlockSize + 1},
                         {QStringLiteral("last"), (index + 1) * kNumberBlockSize}};
        if (m_book != kBookKeluar)
            data.insert(QStringLiteral("book"), m_book); // keluar rows stay as they were before books
        const QString id = numberBlockId(unitId, year, index, m_book);
        if (auto put = sync::ClientStore(m_db, m_actor).put(kNumberBlockEntity, id, data); !put)
            return put.error();
        if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.number_block.claim"),
                                      kNumberBlockEntity, id,
                                      QJsonObject{{QStringLiteral("unitId"), unitId},
                                                  {QStringLiteral("year"), year},
                                                  {QStringLiteral("book"), m_book},
                                                  {QStringLiteral("index"), index}});
            !s)
            return s.error();
    }
    return count;
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
    auto own = ownConfirmed(unitId, year);
    if (!own)
        return own.error();
    const bool agenda = m_book == kBookAgenda;
    if (own->isEmpty())
        return Error(agenda
                         ? tr("Perangkat ini belum memegang nomor agenda naskah masuk tahun %1 dari server, "
                              "jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan "
                              "sinkronkan sekali untuk memesan nomor agenda, lalu catat lagi.")
                               .arg(year)
                         : tr("Perangkat ini belum memegang blok nomor naskah tahun %1 dari server. "
                              "Sambungkan ke jaringan dan sinkronkan untuk memesan nomor.")
                               .arg(year),
                     Error::Code::Conflict);
    std::optional<LetterNumber> number;
    for (const Block& b : std::as_const(*own)) {
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
        return Error(agenda
                         ? tr("Nomor agenda naskah masuk tahun %1 yang dipegang perangkat ini sudah habis, "
                              "jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan "
                              "sinkronkan sekali untuk memesan nomor agenda baru, lalu catat lagi.")
                               .arg(year)
                         : tr("Nomor naskah tahun %1 yang dipegang perangkat ini sudah habis. Sambungkan "
                              "ke jaringan dan sinkronkan untuk memesan blok nomor baru.")
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

Result<QString> writeAgendaNumber(RecordsRows& rows, const QString& unitId, int year, int seq,
                                  const QString& letterId)
{
    if (seq < 1 || seq > kMaxLetterSeq)
        return Error(
            QCoreApplication::translate("lontar::records::NumberBlocks", "Nomor agenda %1 di luar batas")
                .arg(seq),
            Error::Code::InvalidInput);
    const int index = (seq - 1) / kNumberBlockSize;
    const QString blockId = numberBlockId(unitId, year, index, kBookAgenda);
    auto block = rows.current(kNumberBlockEntity, blockId);
    if (!block)
        return block.error();
    if (!*block) {
        const QJsonObject data{{QStringLiteral("unitId"), unitId},
                               {QStringLiteral("year"), year},
                               {QStringLiteral("index"), index},
                               {QStringLiteral("first"), index * kNumberBlockSize + 1},
                               {QStringLiteral("last"), (index + 1) * kNumberBlockSize},
                               {QStringLiteral("book"), kBookAgenda}};
        if (Status s = rows.write(kNumberBlockEntity, blockId, data); !s)
            return s.error();
    }
    const QJsonObject use{{QStringLiteral("blockId"), blockId},
                          {QStringLiteral("seq"), seq},
                          {QStringLiteral("kind"), kNumberUsed},
                          {QStringLiteral("letterId"), letterId}};
    if (Status s = rows.write(kNumberUseEntity, numberUseId(blockId, seq, kNumberUsed), use); !s)
        return s.error();
    return blockId;
}

Result<QList<NumberStatus>> numberRegister(Database& db, const QString& unitId, int year, const QString& book)
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
    QSet<QString> blockIds;
    int max = 0;
    for (const QJsonObject& b : std::as_const(*blocks)) {
        // Only what the server confirmed: a pending or lost claim on a device explains nothing.
        if (b.value(QStringLiteral("reservedAt")).toDouble() <= 0 || bookOf(b) != book)
            continue;
        blockIds.insert(numberBlockId(unitId, year, b.value(QStringLiteral("index")).toInt(), book));
        const int first = b.value(QStringLiteral("first")).toInt();
        const int last = b.value(QStringLiteral("last")).toInt();
        for (int seq = first; seq <= last; ++seq)
            blockAt.insert(seq, b);
        max = qMax(max, last);
    }
    QHash<int, QJsonObject> used;
    QHash<int, QJsonObject> voided;
    for (const QJsonObject& u : std::as_const(*uses)) {
        // The other book of the unit and year has numbers of its own.
        if (!blockIds.contains(u.value(QStringLiteral("blockId")).toString()))
            continue;
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
            s.blockId = numberBlockId(unitId, year, block->value(QStringLiteral("index")).toInt(), book);
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
