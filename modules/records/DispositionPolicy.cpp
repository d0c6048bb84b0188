#include "records/DispositionPolicy.h"

#include "core/Directory.h"
#include "records/RecordsModule.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace lontar::records {

namespace {

struct KeyName
{
    const char* key;
    const char* name;
};

const KeyName kInstructions[] = {
    {"tindak_lanjuti", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Tindak lanjuti")},
    {"pelajari", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Pelajari dan telaah")},
    {"hadiri", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Hadiri / wakili")},
    {"siapkan_jawaban", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Siapkan jawaban")},
    {"koordinasikan", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Koordinasikan")},
    {"untuk_diketahui", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Untuk diketahui")},
    {"edarkan", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Edarkan")},
    {"arsipkan", QT_TRANSLATE_NOOP("lontar::records::DispositionPolicy", "Arsipkan")},
};

const char* const kCopyKeys[] = {"agenda",       "nomor", "perihal",       "pengirim",   "tanggal",
                                 "receivedDate", "sifat", "securityClass", "fileSha256", "fileName"};

// What the sender chose; never changed after creation.
const char* const kFixedKeys[] = {"letterId", "parentId",     "fromUserId", "toUserId",
                                  "toUnitId", "instructions", "note",       "dueDate"};

// Fields only the policy writes (client values are replaced), and the steps that move a disposition on.
const char* const kStampKeys[] = {"fromUserId",  "fromName", "createdAt", "readAt",   "cancelled",
                                  "cancelledAt", "done",     "doneAt",    "followUps"};

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

qint64 integer(const QJsonObject& o, const QString& key)
{
    return qint64(o.value(key).toDouble());
}

Error forbidden(const QString& message)
{
    return Error(message, Error::Code::Forbidden);
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

QString displayName(const User& u)
{
    return u.fullName.isEmpty() ? u.username : u.fullName;
}

// Whole-day comparisons use WIB, the earliest of Indonesia's zones: no office's "today" is before it.
QDate todayAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(7 * 3600)).date();
}

int levelOf(const QJsonObject& copy)
{
    // An unknown class counts as the highest: nobody is let in by a value the policy cannot read.
    return int(securityClassFromKey(str(copy, QStringLiteral("securityClass")))
                   .value_or(SecurityClass::SangatRahasia));
}

class DispositionPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DispositionPolicy)

public:
    DispositionPolicy()
    {
        QStringList classes;
        for (SecurityClass c : {SecurityClass::Biasa, SecurityClass::Terbatas, SecurityClass::Rahasia,
                                SecurityClass::SangatRahasia})
            classes.append(securityClassKey(c));
        m_schema.uuid(QStringLiteral("letterId"), true)
            .string(QStringLiteral("parentId"), false, 36)
            .uuid(QStringLiteral("fromUserId"), true)
            .string(QStringLiteral("fromName"), false, 200)
            .uuid(QStringLiteral("toUserId"), true)
            .string(QStringLiteral("toName"), false, 200)
            .uuid(QStringLiteral("toUnitId"), true)
            .add({QStringLiteral("instructions"),
                  FieldSchema::Type::StringList,
                  true,
                  int(std::size(kInstructions)),
                  {}})
            .string(QStringLiteral("note"), false, kMaxDispositionNote)
            .string(QStringLiteral("dueDate"), false, 10)
            .timestamp(QStringLiteral("createdAt"), false)
            .timestamp(QStringLiteral("readAt"), false)
            .boolean(QStringLiteral("cancelled"), false)
            .timestamp(QStringLiteral("cancelledAt"), false)
            .boolean(QStringLiteral("done"), false)
            .timestamp(QStringLiteral("doneAt"), false)
            // letter copy
            .string(QStringLiteral("agenda"), false, 12)
            .string(QStringLiteral("nomor"), false, 100)
            .string(QStringLiteral("perihal"), false, 1000)
            .string(QStringLiteral("pengirim"), false, 300)
            .string(QStringLiteral("tanggal"), false, 10)
            .string(QStringLiteral("receivedDate"), false, 10)
            .string(QStringLiteral("sifat"), false, 20)
            .enumeration(QStringLiteral("securityClass"), true, classes)
            .string(QStringLiteral("fileSha256"), false, 64)
            .string(QStringLiteral("fileName"), false, 255);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Disposisi tidak dihapus; batalkan selama belum dibaca"));
        // Follow-ups are an array of objects, which the field schema does not describe: checked here.
        const QJsonValue followUps = data.take(QStringLiteral("followUps"));
        if (!followUps.isUndefined() && !followUps.isNull() && !followUps.isArray())
            return invalid(tr("Tindak lanjut disposisi tidak valid"));
        if (followUps.toArray().size() > kMaxFollowUps)
            return invalid(tr("Satu disposisi paling banyak %1 catatan tindak lanjut").arg(kMaxFollowUps));
        Result<QJsonObject> next = context.current ? update(context, data, followUps.toArray())
                                                   : create(context, data, followUps.toArray());
        if (!next)
            return next.error();
        data = *next;
        return accessFor(data);
    }

    // The server keeps the copy in step with the letter (EntitySpec::follows): a letter raised to a class
    // the recipient is not cleared for takes the disposition off their devices. The platform lets an
    // owner read their row whatever its class, so such a recipient stops being its owner; the atasan
    // above them still read it within their own clearance. Lowered again, the recipient owns it again.
    std::optional<RowAccess> refollow(const QJsonObject& letter, QJsonObject& follower,
                                      const RowLookup& lookup) const override
    {
        const QJsonObject copy = letterCopyOf(letter);
        for (auto it = copy.constBegin(); it != copy.constEnd(); ++it)
            follower.insert(it.key(), it.value());
        RowAccess access = accessFor(follower);
        // Unknown to the directory: cleared for nothing above biasa.
        const auto person =
            lookup ? lookup(directory::kUserEntity, access.ownerId) : std::optional<QJsonObject>();
        const int clearance = person ? person->value(QStringLiteral("clearance")).toInt() : 0;
        if (clearance < access.securityLevel)
            access.ownerId.clear();
        return access;
    }

    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        QJsonObject details{{QStringLiteral("letterId"), data.value(QStringLiteral("letterId"))},
                            {QStringLiteral("agenda"), data.value(QStringLiteral("agenda"))},
                            {QStringLiteral("to"), data.value(QStringLiteral("toUserId"))}};
        if (!context.current) {
            details.insert(QStringLiteral("from"), data.value(QStringLiteral("fromUserId")));
            details.insert(QStringLiteral("parentId"), data.value(QStringLiteral("parentId")));
            details.insert(QStringLiteral("instructions"), data.value(QStringLiteral("instructions")));
            details.insert(QStringLiteral("dueDate"), data.value(QStringLiteral("dueDate")));
            return AuditNote{QStringLiteral("records.disposition.created"), details};
        }
        const QJsonObject& cur = *context.current;
        // One write may take several steps (done also marks read): the note names the last of them.
        QString action;
        if (!cur.value(QStringLiteral("cancelled")).toBool() &&
            data.value(QStringLiteral("cancelled")).toBool())
            action = QStringLiteral("cancelled");
        if (integer(cur, QStringLiteral("readAt")) == 0 && integer(data, QStringLiteral("readAt")) != 0)
            action = QStringLiteral("read");
        const qsizetype before = cur.value(QStringLiteral("followUps")).toArray().size();
        const QJsonArray after = data.value(QStringLiteral("followUps")).toArray();
        if (after.size() > before) {
            action = QStringLiteral("followup");
            details.insert(QStringLiteral("followUp"), after.last().toObject().value(QStringLiteral("text")));
        }
        if (!cur.value(QStringLiteral("done")).toBool() && data.value(QStringLiteral("done")).toBool())
            action = QStringLiteral("done");
        if (action.isEmpty())
            return std::nullopt;
        return AuditNote{QStringLiteral("records.disposition.") + action, details};
    }

private:
    static RowAccess accessFor(const QJsonObject& data)
    {
        RowAccess access;
        access.unitId = str(data, QStringLiteral("toUnitId"));
        access.ownerId = str(data, QStringLiteral("toUserId"));
        access.securityLevel = levelOf(data);
        const QString sha = str(data, QStringLiteral("fileSha256"));
        if (!sha.isEmpty())
            access.blobs = {sha};
        return access;
    }

    static qint64 stamp(const WriteContext& context)
    {
        return context.onServer ? context.serverTimeMs : QDateTime::currentMSecsSinceEpoch();
    }

    Result<QJsonObject> create(const WriteContext& context, QJsonObject data,
                               const QJsonArray& followUps) const
    {
        const User& me = context.actor.user;
        if (!context.actor.isAtasan())
            return forbidden(tr("Hanya atasan yang dapat mendisposisikan naskah"));
        const QString fromClaim = str(data, QStringLiteral("fromUserId"));
        if (!fromClaim.isEmpty() && fromClaim != me.id)
            return forbidden(tr("Disposisi hanya dapat dikirim atas nama Anda sendiri"));
        if (!followUps.isEmpty() || integer(data, QStringLiteral("readAt")) != 0 ||
            data.value(QStringLiteral("cancelled")).toBool() || data.value(QStringLiteral("done")).toBool())
            return invalid(tr("Disposisi baru belum dibaca, belum dibatalkan dan belum selesai"));
        for (const char* k : kStampKeys)
            data.remove(QLatin1String(k));
        data.insert(QStringLiteral("fromUserId"), me.id);
        // The copy is filled below from the letter; a client's values are never kept. The class must be
        // present for the schema, so a placeholder stands in until then.
        for (const char* k : kCopyKeys)
            data.remove(QLatin1String(k));
        data.insert(QStringLiteral("securityClass"), securityClassKey(SecurityClass::Biasa));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (Status s = checkContent(context, data); !s)
            return s.error();

        const QString letterId = str(data, QStringLiteral("letterId"));
        const QString toUserId = str(data, QStringLiteral("toUserId"));
        if (toUserId == me.id)
            return forbidden(tr("Anda tidak dapat mendisposisikan naskah kepada diri sendiri"));

        // Passing a letter further down: the disposition it continues must be addressed to the sender,
        // still live, and about the same letter.
        const QString parentId = str(data, QStringLiteral("parentId"));
        std::optional<QJsonObject> parent;
        if (!parentId.isEmpty()) {
            if (!isUuidString(parentId))
                return invalid(tr("Disposisi induk tidak valid"));
            parent = context.find(kDispositionEntity, parentId);
            if (!parent || str(*parent, QStringLiteral("toUserId")) != me.id ||
                str(*parent, QStringLiteral("letterId")) != letterId ||
                parent->value(QStringLiteral("cancelled")).toBool())
                return forbidden(
                    tr("Disposisi yang diteruskan tidak ditujukan kepada Anda atau telah dibatalkan"));
        }

        // The letter's copy comes from the letter itself. A device that only holds the disposition it
        // passes on (the letter belongs to a unit above) copies from it; the server always has the letter.
        const std::optional<QJsonObject> letter = context.find(kLetterEntity, letterId);
        QJsonObject copy;
        if (letter)
            copy = letterCopyOf(*letter);
        else if (!context.onServer && parent)
            copy = letterCopyOf(*parent);
        else
            return Error(tr("Naskah yang didisposisikan tidak ditemukan"), Error::Code::NotFound);
        const int level = levelOf(copy);
        if (level > context.actor.clearance)
            return forbidden(tr("Klasifikasi keamanan naskah melebihi izin akses Anda"));
        if (letter && !parent && !context.actor.unitSubtree.contains(str(*letter, QStringLiteral("unitId"))))
            return forbidden(tr("Anda hanya dapat mendisposisikan naskah unit Anda atau naskah yang "
                                "didisposisikan kepada Anda"));
        for (auto it = copy.constBegin(); it != copy.constEnd(); ++it)
            data.insert(it.key(), it.value());

        if (Status s = checkRecipient(context, data, level); !s)
            return s.error();

        data.insert(QStringLiteral("fromName"), displayName(me));
        data.insert(QStringLiteral("createdAt"), double(stamp(context)));
        data.insert(QStringLiteral("readAt"), 0);
        data.insert(QStringLiteral("cancelled"), false);
        data.insert(QStringLiteral("cancelledAt"), 0);
        data.insert(QStringLiteral("done"), false);
        data.insert(QStringLiteral("doneAt"), 0);
        data.insert(QStringLiteral("followUps"), QJsonArray());
        return data;
    }

    Status checkContent(const WriteContext& context, const QJsonObject& data) const
    {
        const QJsonArray instructions = data.value(QStringLiteral("instructions")).toArray();
        if (instructions.isEmpty())
            return invalid(tr("Pilih sekurang-kurangnya satu petunjuk disposisi"));
        const QStringList known = dispositionInstructionKeys();
        QStringList seen;
        for (const QJsonValue& v : instructions) {
            if (!known.contains(v.toString()) || seen.contains(v.toString()))
                return invalid(tr("Petunjuk disposisi %1 tidak dikenal").arg(v.toString().left(40)));
            seen.append(v.toString());
        }
        const QString due = str(data, QStringLiteral("dueDate"));
        if (!due.isEmpty()) {
            const QDate date = QDate::fromString(due, Qt::ISODate);
            if (due.size() != 10 || !date.isValid())
                return invalid(tr("Batas waktu harus berbentuk TTTT-BB-HH"));
            if (date < todayAt(stamp(context)))
                return invalid(tr("Batas waktu disposisi tidak boleh sebelum hari ini"));
        }
        return {};
    }

    // The recipient as the directory knows them: beneath the sender, active, cleared for the letter's
    // class (an owner reads their own row whatever its class, so the clearance is checked here).
    Status checkRecipient(const WriteContext& context, QJsonObject& data, int level) const
    {
        const QString toUserId = str(data, QStringLiteral("toUserId"));
        const auto person = context.find(directory::kUserEntity, toUserId);
        QString unit = str(data, QStringLiteral("toUnitId"));
        QString name = str(data, QStringLiteral("toName"));
        if (person) {
            if (!person->value(QStringLiteral("active")).toBool(true))
                return forbidden(tr("Penerima disposisi tidak aktif"));
            unit = str(*person, QStringLiteral("unitId"));
            name = str(*person, QStringLiteral("fullName"));
            if (name.isEmpty())
                name = str(*person, QStringLiteral("username"));
            if (person->value(QStringLiteral("clearance")).toInt() < level)
                return forbidden(tr("%1 tidak memiliki izin akses untuk naskah berklasifikasi %2")
                                     .arg(name, securityClassDisplayName(SecurityClass(level))));
        } else if (context.onServer) {
            return forbidden(tr("Penerima disposisi tidak ditemukan dalam direktori"));
        }
        // A device without the synced directory keeps what its own directory said; the server checks again.
        if (!context.actor.unitSubtree.contains(unit))
            return forbidden(tr("Penerima disposisi harus berada di unit Anda atau unit di bawahnya"));
        data.insert(QStringLiteral("toUnitId"), unit);
        data.insert(QStringLiteral("toName"), name);
        return {};
    }

    // After creation each side may only move the disposition forward: the sender cancels while it is
    // unread; the recipient reads it, adds follow-ups and marks it done. A value behind the stored row is
    // a stale copy (a change re-queued over the server's version) and keeps the stored value.
    Result<QJsonObject> update(const WriteContext& context, const QJsonObject& data,
                               const QJsonArray& followUps) const
    {
        const QJsonObject& cur = *context.current;
        const User& me = context.actor.user;
        const bool sender = str(cur, QStringLiteral("fromUserId")) == me.id;
        const bool recipient = str(cur, QStringLiteral("toUserId")) == me.id;
        if (!sender && !recipient)
            return forbidden(tr("Hanya pengirim dan penerima disposisi yang dapat mengubahnya"));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        // What the sender chose is fixed; derived values (names, the letter's copy, stamps) keep the
        // stored row's, so a device's own provisional copy never counts as a change.
        for (const char* k : kFixedKeys) {
            if (data.value(QLatin1String(k)) != cur.value(QLatin1String(k)))
                return forbidden(tr("Isi disposisi tidak dapat diubah; batalkan dan kirim disposisi baru"));
        }
        QJsonObject next = cur;
        const qint64 now = stamp(context);
        const bool cancelled = cur.value(QStringLiteral("cancelled")).toBool();

        if (!cancelled && data.value(QStringLiteral("cancelled")).toBool()) {
            if (!sender)
                return forbidden(tr("Hanya pengirim yang dapat membatalkan disposisi"));
            if (integer(cur, QStringLiteral("readAt")) != 0)
                return forbidden(tr("Disposisi sudah dibaca penerima dan tidak dapat dibatalkan lagi"));
            next.insert(QStringLiteral("cancelled"), true);
            next.insert(QStringLiteral("cancelledAt"), double(now));
        }
        bool read =
            integer(cur, QStringLiteral("readAt")) == 0 && integer(data, QStringLiteral("readAt")) != 0;
        const bool done =
            !cur.value(QStringLiteral("done")).toBool() && data.value(QStringLiteral("done")).toBool();
        const QJsonArray stored = cur.value(QStringLiteral("followUps")).toArray();
        const bool noted = followUps.size() > stored.size();
        if ((read || done || noted) && !recipient)
            return forbidden(noted ? tr("Hanya penerima yang dapat mencatat tindak lanjut disposisi")
                                   : tr("Hanya penerima yang dapat menandai disposisi dibaca atau selesai"));
        for (qsizetype i = 0; i < std::min(followUps.size(), stored.size()); ++i) {
            if (followUps.at(i).toObject().value(QStringLiteral("text")) !=
                stored.at(i).toObject().value(QStringLiteral("text")))
                return forbidden(tr("Tindak lanjut yang sudah tercatat tidak dapat diubah"));
        }
        if ((done || noted) && cancelled)
            return forbidden(tr("Disposisi ini telah dibatalkan oleh pengirimnya"));
        if (noted) {
            QJsonArray all = stored;
            for (qsizetype i = stored.size(); i < followUps.size(); ++i) {
                const QJsonValue text = followUps.at(i).toObject().value(QStringLiteral("text"));
                if (!followUps.at(i).isObject() || !text.isString() || text.toString().trimmed().isEmpty() ||
                    text.toString().size() > kMaxFollowUpText)
                    return invalid(tr("Catatan tindak lanjut wajib diisi, paling banyak %1 karakter")
                                       .arg(kMaxFollowUpText));
                all.append(QJsonObject{{QStringLiteral("text"), text.toString().trimmed()},
                                       {QStringLiteral("at"), double(now)},
                                       {QStringLiteral("by"), me.id},
                                       {QStringLiteral("byName"), displayName(me)}});
            }
            next.insert(QStringLiteral("followUps"), all);
        }
        // Finishing or noting what was done means it was read.
        read = read || ((done || noted) && integer(cur, QStringLiteral("readAt")) == 0);
        if (read)
            next.insert(QStringLiteral("readAt"), double(now));
        if (done) {
            next.insert(QStringLiteral("done"), true);
            next.insert(QStringLiteral("doneAt"), double(now));
        }
        return next;
    }

    FieldSchema m_schema;
};

} // namespace

QStringList dispositionInstructionKeys()
{
    QStringList out;
    for (const KeyName& k : kInstructions)
        out.append(QString::fromLatin1(k.key));
    return out;
}

QString dispositionInstructionName(const QString& key)
{
    for (const KeyName& k : kInstructions) {
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("lontar::records::DispositionPolicy", k.name);
    }
    return key;
}

QStringList letterCopyKeys()
{
    QStringList out;
    for (const char* k : kCopyKeys)
        out.append(QString::fromLatin1(k));
    return out;
}

QJsonObject letterCopyOf(const QJsonObject& letterRow)
{
    QJsonObject copy;
    for (const char* k : kCopyKeys) {
        const QString key = QLatin1String(k);
        copy.insert(key, letterRow.value(key).toString());
    }
    return copy;
}

std::shared_ptr<const EntityPolicy> makeDispositionPolicy()
{
    return std::make_shared<DispositionPolicy>();
}

} // namespace lontar::records
