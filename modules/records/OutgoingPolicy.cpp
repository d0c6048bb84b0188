#include "core/Directory.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingLetters.h"
#include "records/RecordsPolicies.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lontar::records {

namespace {

using namespace outgoing;

Error forbidden(const QString& m)
{
    return Error(m, Error::Code::Forbidden);
}

Error invalid(const QString& m)
{
    return Error(m, Error::Code::InvalidInput);
}

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

const QString kStatus = QStringLiteral("status");
const QString kParafKey = QStringLiteral("paraf");

// What the policy derives itself; a client's value is replaced, never trusted.
const QStringList kDerived = {QStringLiteral("drafterName"),    QStringLiteral("signerName"),
                              QStringLiteral("signerPosition"), QStringLiteral("signerNip"),
                              QStringLiteral("submittedAt"),    QStringLiteral("signedAt"),
                              QStringLiteral("dispatchedAt"),   QStringLiteral("returnedBy")};

qint64 nowMs(const WriteContext& c)
{
    // The device stamps its own clock as a placeholder; the server's write replaces it.
    return c.onServer ? c.serverTimeMs : QDateTime::currentMSecsSinceEpoch();
}

// Every field outside `allowed` (and the derived ones) keeps its stored value.
Status unchangedExcept(const QJsonObject& data, const QJsonObject& cur, const QStringList& allowed)
{
    QSet<QString> keys;
    for (auto it = data.begin(); it != data.end(); ++it)
        keys.insert(it.key());
    for (auto it = cur.begin(); it != cur.end(); ++it)
        keys.insert(it.key());
    for (const QString& k : keys) {
        if (allowed.contains(k) || kDerived.contains(k))
            continue;
        if (data.value(k) != cur.value(k))
            return forbidden(QCoreApplication::translate("lontar::records::OutgoingPolicy",
                                                         "Kolom %1 tidak boleh diubah pada tahap ini")
                                 .arg(k));
    }
    return {};
}

// The units from `unitId` up to the regency, from the synced org_unit rows.
std::optional<QStringList> unitAndAncestors(const WriteContext& c, const QString& unitId)
{
    QStringList chain;
    QString at = unitId;
    for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
        if (chain.contains(at))
            break;
        chain.append(at);
        const auto unit = c.find(directory::kUnitEntity, at);
        if (!unit)
            return chain.size() == 1 ? std::nullopt : std::optional<QStringList>(chain);
        at = str(*unit, QStringLiteral("parentId"));
    }
    return chain;
}

class OutgoingPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::OutgoingPolicy)

public:
    OutgoingPolicy()
    {
        m_schema.enumeration(QStringLiteral("template"), true, outgoingTemplateKeys())
            .uuid(QStringLiteral("unitId"), true)
            .uuid(QStringLiteral("drafterId"), true)
            .string(QStringLiteral("drafterName"), false)
            .string(QStringLiteral("classification"), true, 40)
            .enumeration(QStringLiteral("sifat"), true, sifatKeys())
            .enumeration(QStringLiteral("securityClass"), true,
                         {QStringLiteral("biasa"), QStringLiteral("terbatas"), QStringLiteral("rahasia"),
                          QStringLiteral("sangat_rahasia")})
            .string(QStringLiteral("lampiran"), false, 100)
            .string(QStringLiteral("hal"), true, 300)
            .add({QStringLiteral("tujuan"), FieldSchema::Type::StringList, true, 30, {}})
            .add({QStringLiteral("tembusan"), FieldSchema::Type::StringList, false, 30, {}})
            .string(QStringLiteral("body"), true, 20000)
            .string(QStringLiteral("place"), false, 100)
            .string(QStringLiteral("letterDate"), false, 10)
            .uuid(QStringLiteral("signerId"), true)
            .string(QStringLiteral("signerName"), false)
            .string(QStringLiteral("signerPosition"), false)
            .string(QStringLiteral("signerNip"), false, 40)
            .enumeration(kStatus, true, outgoingStatusKeys())
            .string(QStringLiteral("returnNote"), false, 1000)
            .string(QStringLiteral("returnedBy"), false)
            .string(QStringLiteral("nomor"), false, 100)
            .integer(QStringLiteral("numberSeq"), false)
            .string(QStringLiteral("numberBlockId"), false, 64)
            .sha256(QStringLiteral("renderedSha"), false)
            .sha256(QStringLiteral("finalSha"), false)
            .timestamp(QStringLiteral("submittedAt"), false)
            .timestamp(QStringLiteral("signedAt"), false)
            .timestamp(QStringLiteral("dispatchedAt"), false)
            .add({QStringLiteral("recipientUnits"), FieldSchema::Type::StringList, false, 50, {}});
    }

    Result<RowAccess> authorizeWrite(const WriteContext& c, QJsonObject& data) const override
    {
        const Actor& actor = c.actor;
        if (c.isDelete) {
            if (!c.current)
                return invalid(tr("Naskah keluar tidak ditemukan"));
            const QString st = str(*c.current, kStatus);
            if (str(*c.current, QStringLiteral("drafterId")) != actor.user.id ||
                (st != kKonsep && st != kDikembalikan))
                return forbidden(tr("Hanya penyusun yang dapat menghapus konsepnya sebelum diajukan"));
            return c.currentAccess;
        }
        // The chain is checked by hand: the schema has no list of objects.
        const QJsonValue chainValue = data.take(kParafKey);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (!chainValue.isUndefined() && !chainValue.isArray())
            return invalid(tr("Rantai paraf tidak valid"));
        auto chain = readChain(chainValue.toArray());
        if (!chain)
            return chain.error();
        data.insert(kParafKey, *chain);

        if (!c.current) {
            if (Status s = checkCreate(c, data); !s)
                return s.error();
        } else {
            if (Status s = checkChange(c, *c.current, data); !s)
                return s.error();
        }
        return accessOf(data);
    }

    RowAccess accessOf(const QJsonObject& data) const override
    {
        RowAccess a;
        a.unitId = str(data, QStringLiteral("unitId"));
        a.ownerId = str(data, QStringLiteral("drafterId"));
        a.securityLevel = int(securityClassFromKey(str(data, QStringLiteral("securityClass")))
                                  .value_or(SecurityClass::SangatRahasia));
        for (const QString& k : {QStringLiteral("renderedSha"), QStringLiteral("finalSha")}) {
            if (!str(data, k).isEmpty())
                a.blobs.append(str(data, k));
        }
        return a;
    }

    std::optional<AuditNote> auditNote(const WriteContext& c, const QJsonObject& data) const override
    {
        const QString before = c.current ? str(*c.current, kStatus) : QString();
        const QString after = str(data, kStatus);
        QString action;
        if (!c.current)
            action = QStringLiteral("records.outgoing.draft");
        else if (before == kParaf || (before == kSiapTte && after == kDikembalikan))
            action = after == kDikembalikan ? QStringLiteral("records.outgoing.returned")
                                            : QStringLiteral("records.outgoing.paraf");
        else if (after == kParaf && before != kParaf)
            action = QStringLiteral("records.outgoing.submitted");
        else if (after == kSiapTte && before != kSiapTte)
            action = QStringLiteral("records.outgoing.submitted");
        else if (after == kDitandatangani && before == kSiapTte)
            action = QStringLiteral("records.outgoing.signed");
        else if (after == kTerkirim && before == kDitandatangani)
            action = QStringLiteral("records.outgoing.dispatched");
        else if (c.isDelete)
            action = QStringLiteral("records.outgoing.deleted");
        else
            action = QStringLiteral("records.outgoing.edited");
        return AuditNote{action,
                         QJsonObject{{QStringLiteral("by"), c.actor.user.username},
                                     {QStringLiteral("from"), before},
                                     {QStringLiteral("to"), after},
                                     {QStringLiteral("hal"), str(data, QStringLiteral("hal"))},
                                     {QStringLiteral("nomor"), str(data, QStringLiteral("nomor"))},
                                     {QStringLiteral("finalSha"), str(data, QStringLiteral("finalSha"))}}};
    }

private:
    Result<QJsonArray> readChain(const QJsonArray& in) const
    {
        if (in.size() > 10)
            return invalid(tr("Rantai paraf paling banyak 10 pemeriksa"));
        QJsonArray out;
        QSet<QString> seen;
        for (const QJsonValue& v : in) {
            if (!v.isObject())
                return invalid(tr("Rantai paraf tidak valid"));
            const QJsonObject s = v.toObject();
            const QString user = str(s, QStringLiteral("userId"));
            const QString state = str(s, QStringLiteral("state"));
            if (!isUuidString(user) || seen.contains(user))
                return invalid(tr("Setiap pemeriksa dalam rantai paraf harus orang yang berbeda"));
            seen.insert(user);
            if (state != kMenunggu && state != kDisetujui && state != kDikembalikan)
                return invalid(tr("Status paraf tidak dikenal"));
            const QString note = str(s, QStringLiteral("note"));
            if (note.size() > 1000)
                return invalid(tr("Catatan paraf paling banyak 1000 karakter"));
            out.append(QJsonObject{
                {QStringLiteral("userId"), user},
                {QStringLiteral("name"), str(s, QStringLiteral("name")).left(200)},
                {QStringLiteral("position"), str(s, QStringLiteral("position")).left(200)},
                {QStringLiteral("state"), state},
                {QStringLiteral("note"), note},
                {QStringLiteral("at"), double(qint64(s.value(QStringLiteral("at")).toDouble()))}});
        }
        return out;
    }

    // A person of the chain or the signer: active, clearance enough for the letter, and in the
    // drafting unit or above it, because only there can they read the draft (unit scope).
    Result<std::optional<QJsonObject>> checkPerson(const WriteContext& c, const QString& userId,
                                                   const QJsonObject& data, const QString& who) const
    {
        const auto person = c.find(directory::kUserEntity, userId);
        if (!person) {
            // A device that has not synced the directory leaves the check to the server.
            if (c.onServer)
                return invalid(tr("%1 tidak ditemukan dalam direktori").arg(who));
            return std::optional<QJsonObject>();
        }
        if (!person->value(QStringLiteral("active")).toBool(true))
            return invalid(tr("%1 (%2) tidak aktif").arg(who, str(*person, QStringLiteral("fullName"))));
        const int level = int(securityClassFromKey(str(data, QStringLiteral("securityClass")))
                                  .value_or(SecurityClass::SangatRahasia));
        if (person->value(QStringLiteral("clearance")).toInt() < level)
            return forbidden(tr("%1 (%2) tidak berizin membaca naskah dengan klasifikasi keamanan ini")
                                 .arg(who, str(*person, QStringLiteral("fullName"))));
        const auto above = unitAndAncestors(c, str(data, QStringLiteral("unitId")));
        if (above && !above->contains(str(*person, QStringLiteral("unitId"))))
            return forbidden(tr("%1 (%2) harus berada di unit penyusun atau di atasnya")
                                 .arg(who, str(*person, QStringLiteral("fullName"))));
        if (!above && c.onServer)
            return invalid(tr("Unit penyusun tidak ditemukan"));
        return std::optional<QJsonObject>(*person);
    }

    // Who verifies and who signs, with their names and positions copied from the directory.
    Status checkPeople(const WriteContext& c, QJsonObject& data) const
    {
        const QString drafter = str(data, QStringLiteral("drafterId"));
        const QString signer = str(data, QStringLiteral("signerId"));
        QJsonArray chain = data.value(kParafKey).toArray();
        for (int i = 0; i < chain.size(); ++i) {
            QJsonObject s = chain[i].toObject();
            const QString user = str(s, QStringLiteral("userId"));
            if (user == drafter)
                return forbidden(tr("Penyusun tidak dapat memaraf konsepnya sendiri"));
            if (user == signer)
                return invalid(tr("Penandatangan tidak perlu memaraf; ia menandatangani sesudah paraf"));
            auto person = checkPerson(c, user, data, tr("Pemeriksa"));
            if (!person)
                return person.error();
            if (*person) {
                s.insert(QStringLiteral("name"), str(**person, QStringLiteral("fullName")));
                s.insert(QStringLiteral("position"), str(**person, QStringLiteral("position")));
            }
            chain[i] = s;
        }
        data.insert(kParafKey, chain);
        auto person = checkPerson(c, signer, data, tr("Penandatangan"));
        if (!person)
            return person.error();
        if (*person) {
            if (!(*person)->value(QStringLiteral("roles")).toArray().contains(roleKey(Role::Penandatangan)))
                return forbidden(tr("%1 tidak berwenang menandatangani naskah dinas")
                                     .arg(str(**person, QStringLiteral("fullName"))));
            data.insert(QStringLiteral("signerName"), str(**person, QStringLiteral("fullName")));
            data.insert(QStringLiteral("signerPosition"), str(**person, QStringLiteral("position")));
            data.insert(QStringLiteral("signerNip"), str(**person, QStringLiteral("nip")));
        }
        return {};
    }

    static bool allPending(const QJsonObject& data)
    {
        for (const QJsonValue& v : data.value(kParafKey).toArray()) {
            if (str(v.toObject(), QStringLiteral("state")) != kMenunggu ||
                !str(v.toObject(), QStringLiteral("note")).isEmpty())
                return false;
        }
        return true;
    }

    static Status noSigningFields(const QJsonObject& data)
    {
        for (const QString& k :
             {QStringLiteral("nomor"), QStringLiteral("finalSha"), QStringLiteral("numberBlockId")}) {
            if (!str(data, k).isEmpty())
                return forbidden(tr("Nomor dan berkas bertanda tangan diisi saat penandatanganan"));
        }
        if (data.value(QStringLiteral("numberSeq")).toInt() != 0 ||
            !data.value(QStringLiteral("recipientUnits")).toArray().isEmpty())
            return forbidden(tr("Nomor dan tujuan pengiriman diisi sesudah penandatanganan"));
        return {};
    }

    // Written by the drafter while the letter is theirs (konsep or dikembalikan).
    Status checkDraft(const WriteContext& c, QJsonObject& data) const
    {
        const QString status = str(data, kStatus);
        const bool noChain = data.value(kParafKey).toArray().isEmpty();
        if (status != kKonsep && status != kParaf && !(status == kSiapTte && noChain) &&
            status != kDikembalikan)
            return forbidden(tr("Konsep hanya dapat disimpan atau diajukan untuk paraf"));
        if (status == kParaf && noChain)
            return invalid(tr("Pilih pemeriksa untuk paraf, atau ajukan langsung untuk tanda tangan"));
        if (!allPending(data))
            return forbidden(tr("Paraf hanya diberikan oleh pemeriksa masing-masing"));
        if (Status s = noSigningFields(data); !s)
            return s;
        if (!str(data, QStringLiteral("letterDate")).isEmpty())
            return forbidden(tr("Tanggal naskah diisi saat penandatanganan"));
        if (Status s = checkPeople(c, data); !s)
            return s;
        data.insert(QStringLiteral("drafterName"),
                    c.actor.user.fullName.isEmpty() ? c.actor.user.username : c.actor.user.fullName);
        if (status == kParaf || status == kSiapTte) {
            data.insert(QStringLiteral("submittedAt"), double(nowMs(c)));
            data.insert(QStringLiteral("returnNote"), QString());
            data.insert(QStringLiteral("returnedBy"), QString());
        } else if (c.current) {
            // A return note stays until the drafter submits again.
            data.insert(QStringLiteral("returnNote"), str(*c.current, QStringLiteral("returnNote")));
            data.insert(QStringLiteral("returnedBy"), str(*c.current, QStringLiteral("returnedBy")));
            data.insert(QStringLiteral("submittedAt"), c.current->value(QStringLiteral("submittedAt")));
        }
        return {};
    }

    Status checkCreate(const WriteContext& c, QJsonObject& data) const
    {
        if (str(data, QStringLiteral("drafterId")) != c.actor.user.id)
            return forbidden(tr("Konsep hanya dapat dibuat atas nama Anda sendiri"));
        if (str(data, QStringLiteral("unitId")) != c.actor.user.unitId)
            return forbidden(tr("Konsep dibuat di unit kerja Anda sendiri"));
        if (str(data, kStatus) == kDikembalikan)
            return forbidden(tr("Konsep baru berstatus konsep"));
        return checkDraft(c, data);
    }

    Status checkChange(const WriteContext& c, const QJsonObject& cur, QJsonObject& data) const
    {
        const QString before = str(cur, kStatus);
        const QString me = c.actor.user.id;
        for (const QString& k : {QStringLiteral("drafterId"), QStringLiteral("unitId")}) {
            if (str(data, k) != str(cur, k))
                return forbidden(tr("Penyusun dan unit penyusun naskah tidak dapat diubah"));
        }
        if (before == kKonsep || before == kDikembalikan) {
            if (me != str(cur, QStringLiteral("drafterId")))
                return forbidden(tr("Hanya penyusun yang dapat mengubah konsep"));
            return checkDraft(c, data);
        }
        if (before == kParaf)
            return checkParaf(c, cur, data);
        if (before == kSiapTte)
            return checkSigning(c, cur, data);
        if (before == kDitandatangani)
            return checkDispatch(c, cur, data);
        return forbidden(tr("Naskah yang sudah dikirim tidak dapat diubah"));
    }

    // Copies the derived values of the stored row (a change keeps them).
    static void keepDerived(const QJsonObject& cur, QJsonObject& data)
    {
        for (const QString& k : kDerived)
            data.insert(k, cur.value(k));
    }

    Status checkParaf(const WriteContext& c, const QJsonObject& cur, QJsonObject& data) const
    {
        const QJsonArray before = cur.value(kParafKey).toArray();
        QJsonArray after = data.value(kParafKey).toArray();
        int step = -1;
        for (int i = 0; i < before.size(); ++i) {
            if (str(before[i].toObject(), QStringLiteral("state")) == kMenunggu) {
                step = i;
                break;
            }
        }
        if (step < 0)
            return forbidden(tr("Tidak ada paraf yang ditunggu"));
        const QString turn = str(before[step].toObject(), QStringLiteral("userId"));
        if (c.actor.user.id != turn) {
            for (const QJsonValue& v : before) {
                if (str(v.toObject(), QStringLiteral("userId")) == c.actor.user.id)
                    return forbidden(tr("Belum giliran Anda memberi paraf; menunggu %1")
                                         .arg(str(before[step].toObject(), QStringLiteral("name"))));
            }
            return forbidden(tr("Anda tidak termasuk dalam rantai paraf naskah ini"));
        }
        if (after.size() != before.size())
            return forbidden(tr("Rantai paraf tidak dapat diubah oleh pemeriksa"));
        for (int i = 0; i < before.size(); ++i) {
            if (i == step)
                continue;
            if (after[i] != before[i])
                return forbidden(tr("Hanya paraf Anda sendiri yang dapat diberikan"));
        }
        QJsonObject mine = after[step].toObject();
        const QJsonObject was = before[step].toObject();
        if (str(mine, QStringLiteral("userId")) != turn)
            return forbidden(tr("Rantai paraf tidak dapat diubah oleh pemeriksa"));
        const QString state = str(mine, QStringLiteral("state"));
        const QString note = str(mine, QStringLiteral("note")).trimmed();
        const bool last = step == before.size() - 1;
        const QString status = str(data, kStatus);
        if (state == kDisetujui) {
            if (status != (last ? kSiapTte : kParaf))
                return forbidden(tr("Status naskah tidak sesuai dengan paraf"));
        } else if (state == kDikembalikan) {
            if (note.isEmpty())
                return invalid(tr("Tuliskan alasan pengembalian untuk penyusun"));
            if (status != kDikembalikan)
                return forbidden(tr("Status naskah tidak sesuai dengan paraf"));
        } else {
            return forbidden(tr("Setujui atau kembalikan konsep"));
        }
        if (Status s = unchangedExcept(data, cur, {kStatus, kParafKey, QStringLiteral("returnNote")}); !s)
            return s;
        keepDerived(cur, data);
        mine = QJsonObject{{QStringLiteral("userId"), turn},
                           {QStringLiteral("name"), was.value(QStringLiteral("name"))},
                           {QStringLiteral("position"), was.value(QStringLiteral("position"))},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("at"), double(nowMs(c))}};
        after[step] = mine;
        data.insert(kParafKey, after);
        if (state == kDikembalikan) {
            data.insert(QStringLiteral("returnNote"), note);
            data.insert(QStringLiteral("returnedBy"), str(was, QStringLiteral("name")));
        } else {
            data.insert(QStringLiteral("returnNote"), cur.value(QStringLiteral("returnNote")));
        }
        return {};
    }

    Status checkSigning(const WriteContext& c, const QJsonObject& cur, QJsonObject& data) const
    {
        if (c.actor.user.id != str(cur, QStringLiteral("signerId")))
            return forbidden(tr("Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini"));
        const QString status = str(data, kStatus);
        if (status == kDikembalikan) {
            const QString note = str(data, QStringLiteral("returnNote")).trimmed();
            if (note.isEmpty())
                return invalid(tr("Tuliskan alasan pengembalian untuk penyusun"));
            if (Status s = unchangedExcept(data, cur, {kStatus, QStringLiteral("returnNote")}); !s)
                return s;
            keepDerived(cur, data);
            data.insert(QStringLiteral("returnNote"), note);
            data.insert(QStringLiteral("returnedBy"), str(cur, QStringLiteral("signerName")));
            return {};
        }
        if (status != kDitandatangani)
            return forbidden(tr("Naskah ini menunggu tanda tangan"));
        for (const QJsonValue& v : cur.value(kParafKey).toArray()) {
            if (str(v.toObject(), QStringLiteral("state")) != kDisetujui)
                return forbidden(tr("Naskah belum diparaf oleh semua pemeriksa"));
        }
        if (Status s = unchangedExcept(data, cur,
                                       {kStatus, QStringLiteral("nomor"), QStringLiteral("numberSeq"),
                                        QStringLiteral("numberBlockId"), QStringLiteral("letterDate"),
                                        QStringLiteral("finalSha")});
            !s)
            return s;
        keepDerived(cur, data);
        if (str(data, QStringLiteral("finalSha")).isEmpty())
            return invalid(tr("Berkas naskah bertanda tangan belum ada"));
        const QDate date = QDate::fromString(str(data, QStringLiteral("letterDate")), Qt::ISODate);
        if (!date.isValid())
            return invalid(tr("Tanggal naskah tidak valid"));
        if (c.onServer) {
            // The letter is dated the day it is signed (in any Indonesian zone; a device offline for a
            // while may sync days later, so only a date after the server's today is a lie).
            const QDate today =
                QDateTime::fromMSecsSinceEpoch(c.serverTimeMs, Qt::UTC).addSecs(9 * 3600).date();
            if (date > today)
                return invalid(tr("Tanggal naskah tidak boleh sesudah hari ini"));
        }
        const int seq = data.value(QStringLiteral("numberSeq")).toInt();
        if (seq <= 0)
            return invalid(tr("Naskah ditandatangani dengan nomor dari blok nomor unit"));
        if (Status s = checkNumber(c, data, seq, date.year()); !s)
            return s;
        // The number itself: taken on this device from a block the server confirmed to it, for this
        // letter (the use row went with the same push, before this row). A modified client could
        // otherwise sign with a number it never took, or with another letter's.
        if (c.onServer) {
            if (Status s = checkLetterNumber(c, c.entityId, str(data, QStringLiteral("unitId")), date.year(),
                                             str(data, QStringLiteral("numberBlockId")), seq);
                !s)
                return s;
        }
        data.insert(QStringLiteral("signedAt"), double(nowMs(c)));
        return {};
    }

    // "KODE.KLASIFIKASI/NOMOR/UNIT/TAHUN" with the letter's own classification, the drafting unit's
    // code and the letter's year; which block the number came from is the numbering part's check.
    Status checkNumber(const WriteContext& c, const QJsonObject& data, int seq, int year) const
    {
        QString unitCode;
        if (const auto unit = c.find(directory::kUnitEntity, str(data, QStringLiteral("unitId"))))
            unitCode = str(*unit, QStringLiteral("code"));
        else if (c.onServer)
            return invalid(tr("Unit penyusun tidak ditemukan"));
        const QString nomor = str(data, QStringLiteral("nomor"));
        if (!unitCode.isEmpty()) {
            if (nomor != formatLetterNumber(str(data, QStringLiteral("classification")), seq, unitCode, year))
                return invalid(tr("Nomor naskah tidak sesuai dengan klasifikasi, unit dan tahunnya"));
        } else {
            static const QRegularExpression form(QStringLiteral("^[0-9.]+/[0-9]{4,}/[A-Z0-9.]+/[0-9]{4}$"));
            if (!form.match(nomor).hasMatch())
                return invalid(tr("Nomor naskah tidak sesuai dengan klasifikasi, unit dan tahunnya"));
        }
        return {};
    }

    Status checkDispatch(const WriteContext& c, const QJsonObject& cur, QJsonObject& data) const
    {
        const QString me = c.actor.user.id;
        if (me != str(cur, QStringLiteral("drafterId")) && me != str(cur, QStringLiteral("signerId")))
            return forbidden(tr("Hanya penyusun atau penandatangan yang dapat mengirim naskah ini"));
        if (str(data, kStatus) != kTerkirim)
            return forbidden(tr("Naskah yang sudah ditandatangani tidak dapat diubah; hanya dapat dikirim"));
        if (Status s = unchangedExcept(data, cur, {kStatus, QStringLiteral("recipientUnits")}); !s)
            return s;
        keepDerived(cur, data);
        const QJsonArray units = data.value(QStringLiteral("recipientUnits")).toArray();
        if (units.isEmpty())
            return invalid(tr("Pilih unit penerima"));
        QSet<QString> seen;
        for (const QJsonValue& v : units) {
            const QString u = v.toString();
            if (!isUuidString(u) || seen.contains(u))
                return invalid(tr("Unit penerima tidak valid"));
            seen.insert(u);
            if (c.onServer && !c.find(directory::kUnitEntity, u))
                return invalid(tr("Unit penerima tidak ditemukan"));
        }
        data.insert(QStringLiteral("dispatchedAt"), double(nowMs(c)));
        return {};
    }

    FieldSchema m_schema;
};

// A signed letter delivered to one recipient unit. The metadata is copied from the outgoing row by
// the policy; the recipient's pencatat only marks it received with the incoming letter it became.
class DeliveryPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::DeliveryPolicy)

public:
    DeliveryPolicy()
    {
        m_schema.uuid(QStringLiteral("outgoingId"), true)
            .uuid(QStringLiteral("unitId"), true)
            .uuid(QStringLiteral("fromUnitId"), false)
            .string(QStringLiteral("fromUnitName"), false)
            .string(QStringLiteral("nomor"), false, 100)
            .string(QStringLiteral("hal"), false, 300)
            .string(QStringLiteral("sifat"), false, 20)
            .string(QStringLiteral("securityClass"), false, 20)
            .string(QStringLiteral("classification"), false, 40)
            .string(QStringLiteral("letterDate"), false, 10)
            .string(QStringLiteral("signerName"), false)
            .string(QStringLiteral("signerPosition"), false)
            .sha256(QStringLiteral("fileSha256"), false)
            .string(QStringLiteral("fileName"), false, 255)
            .uuid(QStringLiteral("sentBy"), false)
            .string(QStringLiteral("sentByName"), false)
            .timestamp(QStringLiteral("sentAt"), false)
            .enumeration(kStatus, true, {kTerkirim, kDiterima})
            .uuid(QStringLiteral("letterId"), false)
            .uuid(QStringLiteral("receivedBy"), false)
            .string(QStringLiteral("receivedByName"), false)
            .timestamp(QStringLiteral("receivedAt"), false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& c, QJsonObject& data) const override
    {
        if (c.isDelete)
            return forbidden(tr("Pengiriman naskah tidak dapat dihapus"));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (!c.current) {
            if (Status s = checkSend(c, data); !s)
                return s.error();
        } else if (Status s = checkReceive(c, *c.current, data); !s) {
            return s.error();
        }
        return accessOf(data);
    }

    // Placed in the recipient unit (which may be another OPD: EntitySpec::policyPlacesUnit); the sender
    // owns it, so they see it received even when the recipient unit is outside their tree.
    RowAccess accessOf(const QJsonObject& data) const override
    {
        RowAccess a;
        a.unitId = str(data, QStringLiteral("unitId"));
        a.ownerId = str(data, QStringLiteral("sentBy"));
        a.securityLevel = int(securityClassFromKey(str(data, QStringLiteral("securityClass")))
                                  .value_or(SecurityClass::SangatRahasia));
        if (!str(data, QStringLiteral("fileSha256")).isEmpty())
            a.blobs.append(str(data, QStringLiteral("fileSha256")));
        return a;
    }

    std::optional<AuditNote> auditNote(const WriteContext& c, const QJsonObject& data) const override
    {
        return AuditNote{c.current ? QStringLiteral("records.delivery.received")
                                   : QStringLiteral("records.delivery.sent"),
                         QJsonObject{{QStringLiteral("by"), c.actor.user.username},
                                     {QStringLiteral("outgoingId"), str(data, QStringLiteral("outgoingId"))},
                                     {QStringLiteral("unitId"), str(data, QStringLiteral("unitId"))},
                                     {QStringLiteral("nomor"), str(data, QStringLiteral("nomor"))},
                                     {QStringLiteral("letterId"), str(data, QStringLiteral("letterId"))}}};
    }

private:
    Status checkSend(const WriteContext& c, QJsonObject& data) const
    {
        const QString outgoingId = str(data, QStringLiteral("outgoingId"));
        const QString unit = str(data, QStringLiteral("unitId"));
        if (c.entityId != deliveryId(outgoingId, unit))
            return invalid(tr("Satu pengiriman per naskah dan unit penerima"));
        const auto out = c.find(kOutgoingEntity, outgoingId);
        if (!out)
            return invalid(tr("Naskah keluar tidak ditemukan"));
        const QString me = c.actor.user.id;
        if (me != str(*out, QStringLiteral("drafterId")) && me != str(*out, QStringLiteral("signerId")))
            return forbidden(tr("Hanya penyusun atau penandatangan yang dapat mengirim naskah ini"));
        if (str(*out, kStatus) != kTerkirim)
            return forbidden(tr("Naskah dikirim sesudah ditandatangani"));
        if (!out->value(QStringLiteral("recipientUnits")).toArray().contains(unit))
            return forbidden(tr("Unit ini tidak termasuk penerima naskah"));
        if (str(data, kStatus) != kTerkirim || !str(data, QStringLiteral("letterId")).isEmpty())
            return forbidden(tr("Pengiriman baru berstatus terkirim"));
        // Everything the recipient sees comes from the signed letter, whatever the client sent.
        QString fromName;
        if (const auto u = c.find(directory::kUnitEntity, str(*out, QStringLiteral("unitId"))))
            fromName = str(*u, QStringLiteral("name"));
        const QString nomor = str(*out, QStringLiteral("nomor"));
        QString fileName = nomor;
        fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.]+")), QStringLiteral("-"));
        data = QJsonObject{{QStringLiteral("outgoingId"), outgoingId},
                           {QStringLiteral("unitId"), unit},
                           {QStringLiteral("fromUnitId"), str(*out, QStringLiteral("unitId"))},
                           {QStringLiteral("fromUnitName"), fromName},
                           {QStringLiteral("nomor"), nomor},
                           {QStringLiteral("hal"), str(*out, QStringLiteral("hal"))},
                           {QStringLiteral("sifat"), str(*out, QStringLiteral("sifat"))},
                           {QStringLiteral("securityClass"), str(*out, QStringLiteral("securityClass"))},
                           {QStringLiteral("classification"), str(*out, QStringLiteral("classification"))},
                           {QStringLiteral("letterDate"), str(*out, QStringLiteral("letterDate"))},
                           {QStringLiteral("signerName"), str(*out, QStringLiteral("signerName"))},
                           {QStringLiteral("signerPosition"), str(*out, QStringLiteral("signerPosition"))},
                           {QStringLiteral("fileSha256"), str(*out, QStringLiteral("finalSha"))},
                           {QStringLiteral("fileName"), fileName + QStringLiteral(".pdf")},
                           {QStringLiteral("sentBy"), me},
                           {QStringLiteral("sentByName"), c.actor.user.fullName},
                           {QStringLiteral("sentAt"), double(nowMs(c))},
                           {kStatus, kTerkirim}};
        return {};
    }

    Status checkReceive(const WriteContext& c, const QJsonObject& cur, QJsonObject& data) const
    {
        if (str(cur, kStatus) != kTerkirim)
            return forbidden(tr("Naskah ini sudah dicatat sebagai naskah masuk"));
        if (!c.actor.user.hasRole(Role::Pencatat) ||
            !c.actor.unitSubtree.contains(str(cur, QStringLiteral("unitId"))))
            return forbidden(tr("Hanya pencatat unit penerima yang dapat menerima naskah ini"));
        const QString letterId = str(data, QStringLiteral("letterId"));
        if (str(data, kStatus) != kDiterima || letterId.isEmpty())
            return invalid(tr("Naskah diterima dengan nomor agenda naskah masuknya"));
        if (c.onServer) {
            const auto letter = c.find(kLetterEntity, letterId);
            if (!letter ||
                str(*letter, QStringLiteral("fileSha256")) != str(cur, QStringLiteral("fileSha256")))
                return invalid(tr("Naskah masuk yang dicatat bukan berkas kiriman ini"));
        }
        QJsonObject out = cur;
        out.insert(kStatus, kDiterima);
        out.insert(QStringLiteral("letterId"), letterId);
        out.insert(QStringLiteral("receivedBy"), c.actor.user.id);
        out.insert(QStringLiteral("receivedByName"), c.actor.user.fullName);
        out.insert(QStringLiteral("receivedAt"), double(nowMs(c)));
        data = out;
        return {};
    }

    FieldSchema m_schema;
};

} // namespace

std::shared_ptr<const EntityPolicy> makeOutgoingPolicy()
{
    return std::make_shared<OutgoingPolicy>();
}

std::shared_ptr<const EntityPolicy> makeDeliveryPolicy()
{
    return std::make_shared<DeliveryPolicy>();
}

} // namespace lontar::records
