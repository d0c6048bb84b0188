#include "records/Dispositions.h"

#include "core/Identity.h"
#include "records/DispositionPolicy.h"
#include "records/RecordsModule.h"
#include "records/RecordsParts.h"
#include "sync/ClientStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace lontar::records {

namespace {

const char* const kColumns =
    "SELECT d.id, d.letter_id, d.parent_id, d.from_user_id, d.from_name, d.to_user_id, d.to_name,"
    " d.to_unit_id, d.instructions, d.note, d.due_date, d.created_at, d.read_at, d.cancelled,"
    " d.cancelled_at, d.done, d.done_at, d.follow_ups, d.agenda, d.nomor, d.perihal, d.pengirim,"
    " d.tanggal, d.received_date, d.sifat, d.security_level, d.file_sha256, d.file_name"
    " FROM rec_dispositions d ";

Disposition fromRow(const QSqlQuery& q)
{
    Disposition d;
    d.id = q.value(0).toString();
    d.letterId = q.value(1).toString();
    d.parentId = q.value(2).toString();
    d.fromUserId = q.value(3).toString();
    d.fromName = q.value(4).toString();
    d.toUserId = q.value(5).toString();
    d.toName = q.value(6).toString();
    d.toUnitId = q.value(7).toString();
    d.instructions = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.note = q.value(9).toString();
    d.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    d.createdAt = q.value(11).toLongLong();
    d.readAt = q.value(12).toLongLong();
    d.cancelled = q.value(13).toInt() != 0;
    d.cancelledAt = q.value(14).toLongLong();
    d.done = q.value(15).toInt() != 0;
    d.doneAt = q.value(16).toLongLong();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        d.followUps.append({o.value(QStringLiteral("text")).toString(),
                            qint64(o.value(QStringLiteral("at")).toDouble()),
                            o.value(QStringLiteral("byName")).toString()});
    }
    d.agenda = q.value(18).toString();
    d.nomor = q.value(19).toString();
    d.perihal = q.value(20).toString();
    d.pengirim = q.value(21).toString();
    d.tanggal = q.value(22).toString();
    d.receivedDate = q.value(23).toString();
    d.sifat = q.value(24).toString();
    d.securityClass = SecurityClass(qBound(0, q.value(25).toInt(), 3));
    d.fileSha256 = q.value(26).toString();
    d.fileName = q.value(27).toString();
    return d;
}

QString displayName(const User& u)
{
    return u.fullName.isEmpty() ? u.username : u.fullName;
}

} // namespace

DispositionDesk::DispositionDesk(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<QStringList> DispositionDesk::dispose(const QString& letterId, const QStringList& recipientIds,
                                             const QStringList& instructions, const QString& note,
                                             const QDate& dueDate)
{
    QStringList ids = recipientIds;
    ids.removeDuplicates();
    if (ids.isEmpty())
        return Error(tr("Pilih sekurang-kurangnya satu penerima disposisi"), Error::Code::InvalidInput);
    if (ids.size() > kMaxDispositionRecipients)
        return Error(tr("Satu disposisi paling banyak untuk %1 penerima").arg(kMaxDispositionRecipients),
                     Error::Code::InvalidInput);
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    sync::ClientStore store(m_db, m_actor);
    auto held = heldBy(letterId, m_actor.user.id);
    if (!held)
        return held.error();
    // The letter's class decides who may receive it; the policy copies the rest from the letter.
    int level = -1;
    if (auto letter = store.get(kLetterEntity, letterId); letter && !letter->deleted)
        level = int(securityClassFromKey(letter->data.value(QStringLiteral("securityClass")).toString())
                        .value_or(SecurityClass::SangatRahasia));
    else if (*held)
        level = int((*held)->securityClass);
    if (level < 0)
        return Error(tr("Naskah yang didisposisikan tidak ditemukan"), Error::Code::NotFound);
    QJsonArray keys;
    for (const QString& k : instructions)
        keys.append(k);
    IdentityStore identity(m_db);
    QStringList created;
    for (const QString& id : std::as_const(ids)) {
        auto person = identity.userById(id);
        if (!person)
            return Error(tr("Penerima disposisi tidak ditemukan"), Error::Code::NotFound);
        // The policy reads clearances from the synced directory; a device that has only its own directory
        // (a standalone profile) checks here, so the refusal shows before anything is queued.
        if (!person->active)
            return Error(tr("%1 tidak aktif").arg(displayName(*person)), Error::Code::Forbidden);
        if (person->clearance < level)
            return Error(tr("%1 tidak memiliki izin akses untuk naskah berklasifikasi %2")
                             .arg(displayName(*person), securityClassDisplayName(SecurityClass(level))),
                         Error::Code::Forbidden);
        QJsonObject data{
            {QStringLiteral("letterId"), letterId},
            {QStringLiteral("toUserId"), person->id},
            {QStringLiteral("toUnitId"), person->unitId},
            {QStringLiteral("toName"), displayName(*person)},
            {QStringLiteral("instructions"), keys},
            {QStringLiteral("note"), note.trimmed()},
            {QStringLiteral("dueDate"), dueDate.isValid() ? dueDate.toString(Qt::ISODate) : QString()}};
        if (*held)
            data.insert(QStringLiteral("parentId"), (*held)->id);
        auto put = store.put(kDispositionEntity, QString(), data);
        if (!put)
            return Error(tr("Disposisi kepada %1 ditolak: %2").arg(displayName(*person), put.errorMessage()),
                         put.error().code);
        if (Status s = m_audit.append(m_actor.user.username, QStringLiteral("records.disposition.create"),
                                      kDispositionEntity, *put,
                                      QJsonObject{{QStringLiteral("letterId"), letterId},
                                                  {QStringLiteral("to"), person->id},
                                                  {QStringLiteral("instructions"), keys}});
            !s)
            return s.error();
        created.append(*put);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Status DispositionDesk::change(const QString& dispositionId, const QString& action,
                               const std::function<Status(QJsonObject&)>& edit)
{
    JoinedTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    sync::ClientStore store(m_db, m_actor);
    auto row = store.get(kDispositionEntity, dispositionId);
    if (!row || row->deleted)
        return Error(tr("Disposisi tidak ditemukan"), Error::Code::NotFound);
    QJsonObject data = row->data;
    if (Status s = edit(data); !s)
        return s;
    if (auto put = store.put(kDispositionEntity, dispositionId, data); !put)
        return put.error();
    if (Status s = m_audit.append(
            m_actor.user.username, QStringLiteral("records.disposition.") + action, kDispositionEntity,
            dispositionId, QJsonObject{{QStringLiteral("letterId"), data.value(QStringLiteral("letterId"))}});
        !s)
        return s;
    return tx.commit();
}

Status DispositionDesk::markRead(const QString& dispositionId)
{
    auto d = disposition(dispositionId);
    if (!d)
        return d.error();
    if (d->toUserId != m_actor.user.id || d->readAt != 0 || d->cancelled)
        return {};
    return change(dispositionId, QStringLiteral("read"), [](QJsonObject& data) {
        data.insert(QStringLiteral("readAt"), double(QDateTime::currentMSecsSinceEpoch()));
        return Status();
    });
}

Status DispositionDesk::cancel(const QString& dispositionId)
{
    return change(dispositionId, QStringLiteral("cancel"), [](QJsonObject& data) {
        data.insert(QStringLiteral("cancelled"), true);
        return Status();
    });
}

Status DispositionDesk::addFollowUp(const QString& dispositionId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error(tr("Catatan tindak lanjut wajib diisi"), Error::Code::InvalidInput);
    return change(dispositionId, QStringLiteral("followup"), [&text](QJsonObject& data) {
        QJsonArray all = data.value(QStringLiteral("followUps")).toArray();
        all.append(QJsonObject{{QStringLiteral("text"), text.trimmed()}});
        data.insert(QStringLiteral("followUps"), all);
        return Status();
    });
}

Status DispositionDesk::markDone(const QString& dispositionId)
{
    return change(dispositionId, QStringLiteral("done"), [](QJsonObject& data) {
        data.insert(QStringLiteral("done"), true);
        return Status();
    });
}

Result<QList<Disposition>> DispositionDesk::query(const QString& where, const QVariantList& bindings) const
{
    auto q = m_db.exec(QLatin1String(kColumns) + where, bindings);
    if (!q)
        return q.error();
    QList<Disposition> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<Disposition> DispositionDesk::disposition(const QString& dispositionId) const
{
    auto list = query(QStringLiteral("WHERE d.id = ?"), {dispositionId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(tr("Disposisi tidak ditemukan"), Error::Code::NotFound);
    return list->first();
}

Result<QList<DispositionNode>> DispositionDesk::dispositionsOf(const QString& letterId) const
{
    auto list = query(QStringLiteral("WHERE d.letter_id = ? ORDER BY d.created_at, d.id"), {letterId});
    if (!list)
        return list.error();
    QHash<QString, QList<int>> children; // parent id -> indexes, in creation order
    QSet<QString> ids;
    for (const Disposition& d : *list)
        ids.insert(d.id);
    QList<int> roots;
    for (int i = 0; i < list->size(); ++i) {
        const QString parent = list->at(i).parentId;
        // A disposition whose parent this device cannot see (it came from above) starts a branch.
        if (parent.isEmpty() || !ids.contains(parent))
            roots.append(i);
        else
            children[parent].append(i);
    }
    std::function<DispositionNode(int, int)> build = [&](int i, int depth) {
        DispositionNode node{list->at(i), {}};
        if (depth < 32) { // parents are checked by the policy; a cycle cannot form, but stay bounded
            for (int c : children.value(list->at(i).id))
                node.children.append(build(c, depth + 1));
        }
        return node;
    };
    QList<DispositionNode> out;
    for (int i : roots)
        out.append(build(i, 0));
    return out;
}

Result<std::optional<Disposition>> DispositionDesk::heldBy(const QString& letterId,
                                                           const QString& userId) const
{
    auto list = query(QStringLiteral("WHERE d.letter_id = ? AND d.to_user_id = ? AND d.cancelled = 0 "
                                     "ORDER BY d.created_at DESC LIMIT 1"),
                      {letterId, userId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Disposition>();
    return std::optional<Disposition>(list->first());
}

Result<Inbox> DispositionDesk::inbox(const QString& userId) const
{
    Inbox box;
    auto received =
        query(QStringLiteral("WHERE d.to_user_id = ? ORDER BY (d.cancelled = 0 AND d.read_at = 0) "
                             "DESC, (d.cancelled = 0 AND d.done = 0) DESC, d.created_at DESC"),
              {userId});
    if (!received)
        return received.error();
    box.received = *received;
    auto sent = query(QStringLiteral("WHERE d.from_user_id = ? ORDER BY d.created_at DESC"), {userId});
    if (!sent)
        return sent.error();
    box.sent = *sent;
    auto c = counts(userId);
    if (!c)
        return c.error();
    box.counts = *c;
    return box;
}

Result<InboxCounts> DispositionDesk::counts(const QString& userId) const
{
    InboxCounts c;
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(read_at = 0), 0), COALESCE(SUM(done = 0), 0) "
                                      "FROM rec_dispositions WHERE to_user_id = ? AND cancelled = 0"),
                       {userId});
    if (!q)
        return q.error();
    if (q->next()) {
        c.unreadDispositions = q->value(0).toInt();
        c.pendingDispositions = q->value(1).toInt();
    }
    q->finish();
    Actor who = m_actor;
    if (userId != m_actor.user.id) {
        auto user = IdentityStore(m_db).userById(userId);
        if (!user)
            return user.error();
        auto actor = Actor::forUser(m_db, *user);
        if (!actor)
            return actor.error();
        who = *actor;
    }
    if (who.isAtasan()) {
        // Letters of the atasan's own unit within their clearance that they have not disposed yet and that
        // are not finished (filing and completion move a letter's status on).
        auto n = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM rec_letters l WHERE l.unit_id = ? AND l.security_level <= ? "
                           "AND l.status NOT IN ('selesai', 'diberkaskan') AND NOT EXISTS (SELECT 1 FROM "
                           "rec_dispositions d WHERE d.letter_id = l.id AND d.from_user_id = ? AND "
                           "d.cancelled = 0)"),
            {who.user.unitId, who.clearance, userId});
        if (!n)
            return n.error();
        c.lettersToDispose = n->toInt();
    }
    auto outgoing = outgoingQueuesFor(m_db, userId);
    if (!outgoing)
        return outgoing.error();
    c.waitingParaf = outgoing->waitingParaf;
    c.waitingSignature = outgoing->waitingSignature;
    return c;
}

Result<QHash<QString, LetterProgress>> DispositionDesk::progressOf(Database& db, const QStringList& letterIds)
{
    QHash<QString, LetterProgress> out;
    // In slices, so a long list never exceeds SQLite's bound-parameter limit.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < letterIds.size(); from += kSlice) {
        const QStringList slice = letterIds.mid(from, kSlice);
        QVariantList binds;
        for (const QString& id : slice)
            binds.append(id);
        QStringList marks(slice.size(), QStringLiteral("?"));
        auto q = db.exec(QStringLiteral("SELECT letter_id, COUNT(*), COALESCE(SUM(done <> 0), 0), "
                                        "COALESCE(SUM(done = 0 AND follow_ups NOT IN ('', '[]')), 0) "
                                        "FROM rec_dispositions WHERE cancelled = 0 AND letter_id IN (%1) "
                                        "GROUP BY letter_id")
                             .arg(marks.join(QLatin1Char(','))),
                         binds);
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toString(),
                       LetterProgress{q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()});
    }
    return out;
}

Result<QList<DispositionRecipient>> DispositionDesk::recipients() const
{
    IdentityStore identity(m_db);
    auto units = identity.units();
    if (!units)
        return units.error();
    QHash<QString, OrgUnit> byId;
    for (const OrgUnit& u : *units)
        byId.insert(u.id, u);
    const auto depthOf = [&](QString unit) {
        int depth = 0;
        while (!unit.isEmpty() && unit != m_actor.user.unitId && depth < 32) {
            unit = byId.value(unit).parentId;
            ++depth;
        }
        return depth;
    };
    auto users = identity.users();
    if (!users)
        return users.error();
    QList<DispositionRecipient> out;
    for (const User& u : *users) {
        // Kiosk accounts are shared attendance PCs, not people.
        const bool kioskOnly = u.roles.size() == 1 && u.hasRole(Role::Kiosk);
        if (!u.active || kioskOnly || u.id == m_actor.user.id || !m_actor.unitSubtree.contains(u.unitId))
            continue;
        out.append({u.id, displayName(u), u.position, u.unitId, byId.value(u.unitId).name, u.clearance,
                    depthOf(u.unitId)});
    }
    std::sort(out.begin(), out.end(), [](const DispositionRecipient& a, const DispositionRecipient& b) {
        if (a.depth != b.depth)
            return a.depth < b.depth;
        if (a.unitName != b.unitName)
            return a.unitName < b.unitName;
        return a.name < b.name;
    });
    return out;
}

} // namespace lontar::records
