#include "records/RecordsPolicies.h"

#include "records/FilingPolicies.h"
#include "records/NumberingPolicy.h"

#include <QDate>
#include <QJsonArray>

namespace lontar::records {

namespace {

struct KeyName
{
    const char* key;
    const char* name;
};

const KeyName kDispositions[] = {
    {"musnah", QT_TRANSLATE_NOOP("lontar::records::Policy", "Musnah")},
    {"permanen", QT_TRANSLATE_NOOP("lontar::records::Policy", "Permanen")},
    {"dinilai_kembali", QT_TRANSLATE_NOOP("lontar::records::Policy", "Dinilai kembali")},
};

const KeyName kSifat[] = {
    {"biasa", QT_TRANSLATE_NOOP("lontar::records::Policy", "Biasa")},
    {"penting", QT_TRANSLATE_NOOP("lontar::records::Policy", "Penting")},
    {"segera", QT_TRANSLATE_NOOP("lontar::records::Policy", "Segera")},
    {"sangat_segera", QT_TRANSLATE_NOOP("lontar::records::Policy", "Sangat segera")},
};

const KeyName kStatuses[] = {
    {"tercatat", QT_TRANSLATE_NOOP("lontar::records::Policy", "Tercatat")},
    {"didisposisi", QT_TRANSLATE_NOOP("lontar::records::Policy", "Didisposisi")},
    {"selesai", QT_TRANSLATE_NOOP("lontar::records::Policy", "Selesai")},
    {"diberkaskan", QT_TRANSLATE_NOOP("lontar::records::Policy", "Diberkaskan")},
    {"musnah", QT_TRANSLATE_NOOP("lontar::records::Policy", "Musnah")},
};

template <size_t N> QStringList keysOf(const KeyName (&table)[N])
{
    QStringList out;
    for (const KeyName& k : table)
        out.append(QString::fromLatin1(k.key));
    return out;
}

template <size_t N> QString nameOf(const KeyName (&table)[N], const QString& key)
{
    for (const KeyName& k : table) {
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("lontar::records::Policy", k.name);
    }
    return key;
}

Error forbidden(const QString& message)
{
    return Error(message, Error::Code::Forbidden);
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

qint64 integer(const QJsonObject& o, const QString& key)
{
    return qint64(o.value(key).toDouble());
}

QString displayName(const User& u)
{
    return u.fullName.isEmpty() ? u.username : u.fullName;
}

bool isIsoDate(const QString& s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

// Instruments (classification codes, JRA rows): regency-wide data only an arsiparis writes; rows are
// deactivated, never deleted (letters and files keep referring to them); who changed a row and when
// come from the session and the server's clock.
class InstrumentPolicy : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::Policy)

public:
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (!context.actor.user.hasRole(Role::Arsiparis))
            return forbidden(tr("Hanya arsiparis yang dapat mengubah instrumen kearsipan"));
        if (context.isDelete)
            return forbidden(tr("Instrumen kearsipan tidak dihapus; nonaktifkan saja"));
        const QString claimedBy = str(data, QStringLiteral("changedBy"));
        if (!claimedBy.isEmpty() && claimedBy != context.actor.user.id)
            return forbidden(tr("Perubahan instrumen hanya dapat dicatat atas nama Anda sendiri"));
        for (const char* k : {"changedAt", "changedBy", "changedByName"})
            data.remove(QLatin1String(k));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        const QString code = str(data, QStringLiteral("code"));
        if (!isClassificationCode(code))
            return invalid(tr("Kode klasifikasi %1 tidak valid (contoh: 000.1.2)").arg(code));
        if (idFor(code) != context.entityId)
            return invalid(tr("Kode data tidak sesuai dengan kuncinya (%1)").arg(code));
        if (Status s = check(context, data); !s)
            return s.error();
        data.insert(QStringLiteral("changedBy"), context.actor.user.id);
        data.insert(QStringLiteral("changedByName"), displayName(context.actor.user));
        data.insert(QStringLiteral("changedAt"), double(context.onServer ? context.serverTimeMs : 0));
        return RowAccess{};
    }

protected:
    virtual QString idFor(const QString& code) const = 0;
    virtual Status check(const WriteContext& context, const QJsonObject& data) const = 0;

    FieldSchema m_schema;
};

class ClassificationPolicy final : public InstrumentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::Policy)

public:
    ClassificationPolicy()
    {
        m_schema.string(QStringLiteral("code"), true, 40)
            .string(QStringLiteral("name"), true, 300)
            .string(QStringLiteral("parentCode"), false, 40)
            .boolean(QStringLiteral("active"), true);
    }

protected:
    QString idFor(const QString& code) const override { return classificationId(code); }
    // The tree follows from the codes: "000.1.2" sits under "000.1", which must exist already.
    Status check(const WriteContext& context, const QJsonObject& data) const override
    {
        const QString code = str(data, QStringLiteral("code"));
        if (str(data, QStringLiteral("name")).trimmed().isEmpty())
            return invalid(tr("Nama klasifikasi %1 kosong").arg(code));
        const QString parent = parentCode(code);
        if (str(data, QStringLiteral("parentCode")) != parent)
            return invalid(
                tr("Induk klasifikasi %1 harus %2").arg(code, parent.isEmpty() ? tr("kosong") : parent));
        if (!parent.isEmpty() && !context.find(kClassificationEntity, classificationId(parent)))
            return invalid(tr("Induk klasifikasi %1 belum ada").arg(parent));
        return {};
    }
};

class RetentionPolicy final : public InstrumentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::Policy)

public:
    RetentionPolicy()
    {
        m_schema.string(QStringLiteral("code"), true, 40)
            .integer(QStringLiteral("activeYears"), true)
            .integer(QStringLiteral("inactiveYears"), true)
            .enumeration(QStringLiteral("disposition"), true, keysOf(kDispositions))
            .enumeration(QStringLiteral("cutoff"), true,
                         {QStringLiteral("akhir_tahun"), QStringLiteral("peristiwa")})
            .string(QStringLiteral("cutoffEvent"), false, 200)
            .string(QStringLiteral("note"), false, 500)
            .boolean(QStringLiteral("active"), true);
    }

protected:
    QString idFor(const QString& code) const override { return retentionId(code); }
    Status check(const WriteContext& context, const QJsonObject& data) const override
    {
        const QString code = str(data, QStringLiteral("code"));
        for (const QString& k : {QStringLiteral("activeYears"), QStringLiteral("inactiveYears")}) {
            const double v = data.value(k).toDouble();
            if (v < 0 || v > 100 || v != qint64(v))
                return invalid(tr("Masa retensi %1 harus tahun utuh 0 sampai 100").arg(code));
        }
        const bool event = str(data, QStringLiteral("cutoff")) == QLatin1String("peristiwa");
        if (event == str(data, QStringLiteral("cutoffEvent")).trimmed().isEmpty())
            return invalid(event ? tr("JRA %1: sebutkan peristiwa yang mengawali masa retensi").arg(code)
                                 : tr("JRA %1: nama peristiwa hanya untuk pangkal \"peristiwa\"").arg(code));
        if (!context.find(kClassificationEntity, classificationId(code)))
            return invalid(tr("JRA %1 merujuk kode klasifikasi yang belum ada").arg(code));
        return {};
    }
};

// An incoming letter (naskah masuk). Registered by a pencatat of the unit (or an arsiparis), kept in
// the registering unit, readable within clearance; the file, the agenda number and who registered it
// never change once written.
class LetterPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::Policy)

public:
    LetterPolicy()
    {
        QStringList classes;
        for (SecurityClass c : {SecurityClass::Biasa, SecurityClass::Terbatas, SecurityClass::Rahasia,
                                SecurityClass::SangatRahasia})
            classes.append(securityClassKey(c));
        m_schema.string(QStringLiteral("nomor"), false, 100)
            .string(QStringLiteral("tanggal"), false, 10)
            .string(QStringLiteral("pengirim"), false, 300)
            .string(QStringLiteral("perihal"), true, 1000)
            .enumeration(QStringLiteral("sifat"), true, keysOf(kSifat))
            .enumeration(QStringLiteral("securityClass"), true, classes)
            .string(QStringLiteral("classification"), false, 40)
            .uuid(QStringLiteral("unitId"), false)
            .integer(QStringLiteral("agendaSeq"), true)
            .integer(QStringLiteral("agendaYear"), true)
            .string(QStringLiteral("agenda"), true, 12)
            .uuid(QStringLiteral("agendaBlockId"), false)
            .string(QStringLiteral("receivedDate"), true, 10)
            .string(QStringLiteral("fileName"), false, 255)
            .sha256(QStringLiteral("fileSha256"), false)
            .integer(QStringLiteral("fileSize"), false)
            .integer(QStringLiteral("pageCount"), false)
            .string(QStringLiteral("text"), false, kSyncedTextChars)
            .boolean(QStringLiteral("textComplete"), false)
            .enumeration(QStringLiteral("status"), true, keysOf(kStatuses))
            .uuid(QStringLiteral("registeredBy"), false)
            .uuid(QStringLiteral("fileId"), false)
            .boolean(QStringLiteral("declared"), false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        // On the device ClientStore re-runs the policy on the stored copy as if it were new, to learn the
        // row's unit; that copy is the server's (a filed or declared letter is not a new registration).
        if (!context.current && !context.onServer && context.find(kLetterEntity, context.entityId))
            return accessOf(data);
        const User& me = context.actor.user;
        const bool arsiparis = me.hasRole(Role::Arsiparis);
        if (!arsiparis && !me.hasRole(Role::Pencatat))
            return forbidden(tr("Hanya pencatat surat atau arsiparis yang dapat mencatat naskah masuk"));
        if (context.isDelete)
            return forbidden(tr("Naskah masuk tidak dihapus; penyusutan mengikuti JRA"));
        const std::optional<QJsonObject>& current = context.current;

        // Actor fields: from the session at registration, never changed afterwards.
        const QString unitClaim = str(data, QStringLiteral("unitId"));
        const QString byClaim = str(data, QStringLiteral("registeredBy"));
        const QString unit =
            current ? str(*current, QStringLiteral("unitId")) : (unitClaim.isEmpty() ? me.unitId : unitClaim);
        QString by = current ? str(*current, QStringLiteral("registeredBy")) : me.id;
        // On the device, ClientStore derives where a stored row was by running this policy on it as if it
        // were new: another user's letter then names its own pencatat. The server (the authority) always
        // knows the current row and refuses such a claim on a new letter.
        if (!current && !context.onServer && !byClaim.isEmpty())
            by = byClaim;
        if ((current && !unitClaim.isEmpty() && unitClaim != unit) || (!byClaim.isEmpty() && byClaim != by))
            return forbidden(tr("Unit dan pencatat naskah tidak dapat diubah atau diatasnamakan orang lain"));
        // A pencatat works in their own unit tree; an arsiparis (who reads every letter of the regency)
        // may also correct and reclassify letters of other units.
        if (!arsiparis && !context.actor.unitSubtree.contains(unit))
            return forbidden(tr("Naskah hanya dapat dicatat dan diubah di unit Anda atau unit di bawahnya"));
        for (const char* k :
             {"registeredAt", "registeredByName", "declaredBy", "declaredByName", "declaredAt"})
            data.remove(QLatin1String(k));
        data.insert(QStringLiteral("unitId"), unit);
        data.insert(QStringLiteral("registeredBy"), by);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (Status s = checkFields(data); !s)
            return s.error();
        if (!current && str(data, QStringLiteral("status")) != QLatin1String("tercatat"))
            return invalid(tr("Naskah baru selalu berstatus tercatat"));
        if (!current) {
            if (Status s = checkAgenda(context, data); !s)
                return s.error();
        }
        if (Status s = checkFiling(context, data); !s)
            return s.error();
        if (current) {
            // The registration itself is the record of receipt: the file, its text and the agenda number
            // stay as first written (a wrong file is a new registration). Destruction drops the file.
            const bool destroying = str(data, QStringLiteral("status")) == QLatin1String("musnah");
            for (const char* k :
                 {"agendaSeq", "agendaYear", "agenda", "agendaBlockId", "receivedDate", "fileName",
                  "fileSha256", "fileSize", "pageCount", "text", "textComplete"}) {
                const QString key = QLatin1String(k);
                const bool fileField = key.startsWith(QLatin1String("file")) ||
                                       key == QLatin1String("pageCount") ||
                                       key.startsWith(QLatin1String("text"));
                if (destroying && fileField)
                    continue;
                if (data.value(key) != current->value(key))
                    return forbidden(tr("Berkas, nomor agenda dan tanggal terima naskah tidak dapat diubah"));
            }
        }
        data.insert(QStringLiteral("registeredByName"),
                    current ? current->value(QStringLiteral("registeredByName"))
                            : QJsonValue(displayName(me)));
        data.insert(QStringLiteral("registeredAt"),
                    current ? current->value(QStringLiteral("registeredAt"))
                            : QJsonValue(double(context.onServer ? context.serverTimeMs : 0)));
        if (data.value(QStringLiteral("declared")).toBool()) {
            const bool was = current && current->value(QStringLiteral("declared")).toBool();
            data.insert(QStringLiteral("declaredBy"),
                        was ? current->value(QStringLiteral("declaredBy")) : me.id);
            data.insert(QStringLiteral("declaredByName"),
                        was ? current->value(QStringLiteral("declaredByName")) : QJsonValue(displayName(me)));
            data.insert(QStringLiteral("declaredAt"),
                        was ? current->value(QStringLiteral("declaredAt"))
                            : QJsonValue(double(context.onServer ? context.serverTimeMs : 0)));
        }
        return accessOf(data);
    }

    RowAccess accessOf(const QJsonObject& data) const override
    {
        RowAccess access;
        access.unitId = str(data, QStringLiteral("unitId"));
        // No owner: an owner reads their row whatever its class, and the pencatat who registered a letter
        // must lose it like anyone else when it is raised above their clearance.
        access.securityLevel = int(securityClassFromKey(str(data, QStringLiteral("securityClass")))
                                       .value_or(SecurityClass::SangatRahasia));
        const QString sha = str(data, QStringLiteral("fileSha256"));
        if (!sha.isEmpty())
            access.blobs = {sha};
        return access;
    }

    // What the server's audit log keeps of a letter's filing, declaration, reclassification and
    // destruction: each changed field old -> new.
    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        if (!context.current)
            return std::nullopt;
        const QJsonObject& cur = *context.current;
        QJsonObject details{{QStringLiteral("agenda"), data.value(QStringLiteral("agenda"))}};
        QString action;
        for (const auto& [key, name] : {std::pair{"status", "records.letter.status"},
                                        std::pair{"securityClass", "records.letter.reclassified"},
                                        std::pair{"fileId", "records.letter.filed"},
                                        std::pair{"declared", "records.letter.declared"}}) {
            const QString k = QLatin1String(key);
            if (cur.value(k) == data.value(k))
                continue;
            details.insert(k, QJsonObject{{QStringLiteral("from"), cur.value(k)},
                                          {QStringLiteral("to"), data.value(k)}});
            if (action.isEmpty() || k == QLatin1String("declared"))
                action = QLatin1String(name);
        }
        if (action.isEmpty())
            return std::nullopt;
        if (str(data, QStringLiteral("status")) == QLatin1String("musnah"))
            action = QStringLiteral("records.letter.destroyed");
        else if (cur.value(QStringLiteral("declared")).toBool())
            action = QStringLiteral("records.letter.declared_changed");
        return AuditNote{action, details};
    }

private:
    // Filing (berkas), declaration as a record (arsip dinyatakan) and destruction.
    Status checkFiling(const WriteContext& context, const QJsonObject& data) const
    {
        const std::optional<QJsonObject>& cur = context.current;
        const bool arsiparis = context.actor.user.hasRole(Role::Arsiparis);
        const QString status = str(data, QStringLiteral("status"));
        const QString fileId = str(data, QStringLiteral("fileId"));
        const QString fileBefore = cur ? str(*cur, QStringLiteral("fileId")) : QString();
        const bool declared = data.value(QStringLiteral("declared")).toBool();
        const bool wasDeclared = cur && cur->value(QStringLiteral("declared")).toBool();
        if (!cur && (declared || !fileId.isEmpty()))
            return invalid(tr("Naskah dinyatakan sebagai arsip dan diberkaskan setelah dicatat"));
        if (cur && str(*cur, QStringLiteral("status")) == QLatin1String("musnah"))
            return forbidden(tr("Naskah ini sudah dimusnahkan; catatannya tidak dapat diubah"));
        if (wasDeclared && !declared)
            return forbidden(tr("Pernyataan sebagai arsip tidak dapat dibatalkan"));
        if (wasDeclared) {
            // A declared record keeps its content as declared; only the security class (by an arsiparis),
            // its berkas and its status along the retention may change, each in the audit log.
            for (const char* k : {"perihal", "nomor", "tanggal", "pengirim", "classification", "sifat"}) {
                if (data.value(QLatin1String(k)) != cur->value(QLatin1String(k)))
                    return forbidden(
                        tr("Naskah sudah dinyatakan sebagai arsip: isinya (%1) tidak dapat diubah")
                            .arg(QLatin1String(k)));
            }
            if (data.value(QStringLiteral("securityClass")) != cur->value(QStringLiteral("securityClass")) &&
                !arsiparis)
                return forbidden(
                    tr("Klasifikasi keamanan arsip yang dinyatakan hanya diubah oleh arsiparis"));
        }
        if (status == QLatin1String("diberkaskan") && fileId.isEmpty())
            return invalid(tr("Naskah diberkaskan harus menyebut berkasnya"));
        if (!fileBefore.isEmpty() && fileId != fileBefore) {
            const auto old = context.find(kFileEntity, fileBefore);
            if (old && !str(*old, QStringLiteral("closedOn")).isEmpty())
                return forbidden(tr("Naskah dalam berkas yang sudah ditutup tidak dapat dipindahkan"));
        }
        if (!fileId.isEmpty() && (fileId != fileBefore || data.value(QStringLiteral("classification")) !=
                                                              cur->value(QStringLiteral("classification")))) {
            const auto file = context.find(kFileEntity, fileId);
            if (!file)
                return invalid(tr("Berkas tujuan tidak ditemukan"));
            if (str(*file, QStringLiteral("unitId")) != str(data, QStringLiteral("unitId")))
                return forbidden(tr("Naskah hanya diberkaskan dalam berkas unitnya sendiri"));
            if (fileId != fileBefore && (!str(*file, QStringLiteral("closedOn")).isEmpty() ||
                                         str(*file, QStringLiteral("status")) != QLatin1String("aktif")))
                return forbidden(tr("Berkas tujuan sudah ditutup"));
            const QString code = str(data, QStringLiteral("classification"));
            const QString fileCode = str(*file, QStringLiteral("code"));
            if (code != fileCode && !code.startsWith(fileCode + QLatin1Char('.')))
                return invalid(tr("Klasifikasi naskah (%1) harus %2 atau di bawahnya")
                                   .arg(code.isEmpty() ? tr("kosong") : code, fileCode));
        }
        if (status == QLatin1String("musnah") && (!cur || str(*cur, QStringLiteral("status")) != status)) {
            if (!arsiparis)
                return forbidden(tr("Pemusnahan naskah dilaksanakan oleh arsiparis"));
            const auto file = fileId.isEmpty() ? std::nullopt : context.find(kFileEntity, fileId);
            if (!file || str(*file, QStringLiteral("status")) != QLatin1String("musnah") ||
                fileId != fileBefore)
                return forbidden(tr("Naskah dimusnahkan hanya bersama berkasnya menurut berita acara"));
            for (const char* k : {"fileName", "fileSha256", "text"}) {
                if (!str(data, QLatin1String(k)).isEmpty())
                    return invalid(tr("Naskah yang dimusnahkan tidak lagi menyimpan berkas PDF dan teksnya"));
            }
        }
        return {};
    }

    // A new letter's agenda number is one of the writing device's confirmed agenda blocks, used for this
    // letter only (docs/records.md, "Agenda numbers"). Only a standalone profile, never enrolled and never
    // pushing, numbers from its own count; the server always checks.
    Status checkAgenda(const WriteContext& context, const QJsonObject& data) const
    {
        const QString blockId = str(data, QStringLiteral("agendaBlockId"));
        if (!context.onServer && context.actor.deviceId.isEmpty()) {
            if (!blockId.isEmpty())
                return invalid(tr("Nomor agenda dari blok server hanya untuk perangkat yang terdaftar"));
            return {};
        }
        return checkAgendaNumber(context, context.entityId, str(data, QStringLiteral("unitId")),
                                 int(integer(data, QStringLiteral("agendaYear"))), blockId,
                                 int(integer(data, QStringLiteral("agendaSeq"))));
    }

    Status checkFields(const QJsonObject& data) const
    {
        if (str(data, QStringLiteral("perihal")).trimmed().isEmpty())
            return invalid(tr("Perihal naskah wajib diisi"));
        const QString tanggal = str(data, QStringLiteral("tanggal"));
        if (!tanggal.isEmpty() && !isIsoDate(tanggal))
            return invalid(tr("Tanggal naskah harus berbentuk TTTT-BB-HH"));
        const QString received = str(data, QStringLiteral("receivedDate"));
        if (!isIsoDate(received))
            return invalid(tr("Tanggal terima harus berbentuk TTTT-BB-HH"));
        const QString code = str(data, QStringLiteral("classification"));
        if (!code.isEmpty() && !isClassificationCode(code))
            return invalid(tr("Kode klasifikasi %1 tidak valid (contoh: 000.1.2)").arg(code));
        const qint64 seq = integer(data, QStringLiteral("agendaSeq"));
        const qint64 year = integer(data, QStringLiteral("agendaYear"));
        if (seq < 1 || seq > kMaxAgendaSeq || year != QDate::fromString(received, Qt::ISODate).year() ||
            str(data, QStringLiteral("agenda")) != formatAgenda(int(seq), int(year)))
            return invalid(tr("Nomor agenda harus nomor urut/tahun terima, misalnya %1")
                               .arg(formatAgenda(42, QDate::fromString(received, Qt::ISODate).year())));
        const bool hasFile = !str(data, QStringLiteral("fileSha256")).isEmpty();
        const qint64 size = integer(data, QStringLiteral("fileSize"));
        const qint64 pages = integer(data, QStringLiteral("pageCount"));
        if (hasFile && (str(data, QStringLiteral("fileName")).trimmed().isEmpty() || size <= 0 ||
                        size > kMaxLetterFileBytes || pages < 1 || pages > 100000))
            return invalid(tr("Berkas naskah harus bernama, berhalaman dan paling besar %1 MB")
                               .arg(kMaxLetterFileBytes / (1024 * 1024)));
        if (!hasFile && (!str(data, QStringLiteral("fileName")).isEmpty() || size != 0 || pages != 0 ||
                         !str(data, QStringLiteral("text")).isEmpty()))
            return invalid(tr("Data berkas tanpa berkasnya"));
        return {};
    }

    FieldSchema m_schema;
};

} // namespace

QString dispositionKey(FinalDisposition d)
{
    return QString::fromLatin1(kDispositions[int(d)].key);
}

std::optional<FinalDisposition> dispositionFromKey(const QString& key)
{
    for (int i = 0; i < 3; ++i) {
        if (key == QLatin1String(kDispositions[i].key))
            return FinalDisposition(i);
    }
    return std::nullopt;
}

QString dispositionDisplayName(FinalDisposition d)
{
    return nameOf(kDispositions, dispositionKey(d));
}

QString cutoffKey(Cutoff c)
{
    return c == Cutoff::EndOfYear ? QStringLiteral("akhir_tahun") : QStringLiteral("peristiwa");
}

std::optional<Cutoff> cutoffFromKey(const QString& key)
{
    if (key == QLatin1String("akhir_tahun"))
        return Cutoff::EndOfYear;
    if (key == QLatin1String("peristiwa"))
        return Cutoff::Event;
    return std::nullopt;
}

QStringList sifatKeys()
{
    return keysOf(kSifat);
}

QString sifatDisplayName(const QString& key)
{
    return nameOf(kSifat, key);
}

QStringList letterStatusKeys()
{
    return keysOf(kStatuses);
}

QString letterStatusDisplayName(const QString& key)
{
    return nameOf(kStatuses, key);
}

QString formatAgenda(int seq, int year)
{
    return QStringLiteral("%1/%2").arg(seq, 4, 10, QLatin1Char('0')).arg(year);
}

std::shared_ptr<const EntityPolicy> makeClassificationPolicy()
{
    return std::make_shared<ClassificationPolicy>();
}

std::shared_ptr<const EntityPolicy> makeRetentionPolicy()
{
    return std::make_shared<RetentionPolicy>();
}

std::shared_ptr<const EntityPolicy> makeLetterPolicy()
{
    return std::make_shared<LetterPolicy>();
}

} // namespace lontar::records
