#include "core/AuditLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace lontar {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.previousHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

const char* const kSelect =
    "SELECT id, ts, actor, action, entity, entity_id, details, prev_hash, hash FROM audit_log";
} // namespace

QString AuditLog::actionDisplayName(const QString& action)
{
    struct Label
    {
        const char* key;
        const char* text;
    };
    static const Label labels[] = {
        {"login.success", QT_TRANSLATE_NOOP("AuditLog", "Berhasil masuk")},
        {"login.failure", QT_TRANSLATE_NOOP("AuditLog", "Gagal masuk (kata sandi salah)")},
        {"login.unknown_user", QT_TRANSLATE_NOOP("AuditLog", "Gagal masuk (pengguna tidak dikenal)")},
        {"login.lockout", QT_TRANSLATE_NOOP("AuditLog", "Akun dikunci")},
        {"login.locked", QT_TRANSLATE_NOOP("AuditLog", "Ditolak: akun terkunci")},
        {"login.inactive", QT_TRANSLATE_NOOP("AuditLog", "Ditolak: akun nonaktif")},
        {"logout", QT_TRANSLATE_NOOP("AuditLog", "Keluar")},
        {"demo.seed", QT_TRANSLATE_NOOP("AuditLog", "Data demo dimuat")},
        {"user.create", QT_TRANSLATE_NOOP("AuditLog", "Pengguna dibuat")},
        {"user.password_reset", QT_TRANSLATE_NOOP("AuditLog", "Kata sandi diatur ulang")},
        {"user.unlock", QT_TRANSLATE_NOOP("AuditLog", "Kunci akun dibuka")},
        {"user.activate", QT_TRANSLATE_NOOP("AuditLog", "Akun diaktifkan")},
        {"user.deactivate", QT_TRANSLATE_NOOP("AuditLog", "Akun dinonaktifkan")},
    };
    for (const Label& l : labels) {
        if (action == QLatin1String(l.key))
            return tr(l.text);
    }
    return action;
}

AuditLog::AuditLog(Database& db)
    : m_db(db)
{}

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Length-prefixed fields, so no two different entries serialise to the same bytes.
    QByteArray canonical;
    auto add = [&canonical](const QByteArray& field) {
        canonical += QByteArray::number(field.size());
        canonical += ':';
        canonical += field;
    };
    add(e.previousHash.toLatin1());
    add(QByteArray::number(e.id));
    add(QByteArray::number(e.timestamp.toMSecsSinceEpoch()));
    add(e.actor.toUtf8());
    add(e.action.toUtf8());
    add(e.entity.toUtf8());
    add(e.entityId.toUtf8());
    add(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& details)
{
    AuditEntry draft;
    draft.timestamp = QDateTime::currentDateTimeUtc();
    draft.actor = actor;
    draft.action = action;
    draft.entity = entity;
    draft.entityId = entityId;
    draft.details = details;
    if (m_db.inTransaction())
        return appendLocked(draft);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = appendLocked(draft); !s)
        return s;
    return tx.commit();
}

Status AuditLog::appendLocked(const AuditEntry& draft)
{
    auto head =
        m_db.exec(QStringLiteral("SELECT last_id, last_hash, entry_count FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    AuditEntry e = draft;
    qint64 count = 0;
    if (head->next()) {
        e.id = head->value(0).toLongLong() + 1;
        e.previousHash = head->value(1).toString();
        count = head->value(2).toLongLong();
    } else {
        e.id = 1;
        e.previousHash = kGenesis;
    }
    e.timestamp = e.timestamp.toUTC();
    e.hash = computeHash(e);
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (id, ts, actor, action, entity, entity_id, details, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.timestamp.toMSecsSinceEpoch(), e.actor, e.action, e.entity, e.entityId,
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.previousHash, e.hash});
    if (!insert)
        return insert.error();
    auto upsert =
        count == 0 && e.id == 1
            ? m_db.exec(QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, entry_count) "
                                       "VALUES (1, ?, ?, 1)"),
                        {e.id, e.hash})
            : m_db.exec(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, "
                                       "entry_count = entry_count + 1 WHERE id = 1"),
                        {e.id, e.hash});
    if (!upsert)
        return upsert.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(int limit, qint64 beforeId) const
{
    const QString sql = QString::fromLatin1(kSelect) +
                        (beforeId > 0 ? QStringLiteral(" WHERE id < ? ORDER BY id DESC LIMIT ?")
                                      : QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    auto q = beforeId > 0 ? m_db.exec(sql, {beforeId, limit}) : m_db.exec(sql, {limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryFrom(*q));
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    auto fail = [&result](qint64 id, const QString& problem) {
        result.intact = false;
        result.firstBadEntry = id;
        result.problem = problem;
        return result;
    };
    auto q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id ASC"));
    if (!q)
        return fail(0, q.errorMessage());
    QString expectedPrevious = kGenesis;
    qint64 expectedId = 1;
    while (q->next()) {
        const AuditEntry e = entryFrom(*q);
        if (e.id != expectedId)
            return fail(expectedId, tr("Entri #%1 hilang dari log audit").arg(expectedId));
        if (e.previousHash != expectedPrevious)
            return fail(e.id, tr("Entri #%1 tidak menyambung ke entri sebelumnya").arg(e.id));
        if (computeHash(e) != e.hash)
            return fail(e.id, tr("Isi entri #%1 telah diubah").arg(e.id));
        expectedPrevious = e.hash;
        ++expectedId;
        ++result.entriesChecked;
    }
    auto head =
        m_db.exec(QStringLiteral("SELECT last_id, last_hash, entry_count FROM audit_head WHERE id = 1"));
    if (!head)
        return fail(0, head.errorMessage());
    if (head->next()) {
        if (head->value(0).toLongLong() != expectedId - 1 || head->value(1).toString() != expectedPrevious ||
            head->value(2).toLongLong() != result.entriesChecked)
            return fail(expectedId,
                        tr("Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)")
                            .arg(head->value(2).toLongLong())
                            .arg(result.entriesChecked));
    } else if (result.entriesChecked > 0) {
        return fail(1, tr("Penanda akhir log audit hilang"));
    }
    return result;
}

} // namespace lontar
