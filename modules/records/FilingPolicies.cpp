#include "records/FilingPolicies.h"

#include "records/RecordsModule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace lontar::records {

namespace {

Error forbidden(const QString& message)
{
    return Error(message, Error::Code::Forbidden);
}

Error invalid(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString displayName(const User& u)
{
    return u.fullName.isEmpty() ? u.username : u.fullName;
}

QDate isoDate(const QString& s)
{
    return s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
}

// Who did something and when: always from the session and the server's clock, never from the client.
QJsonObject stamp(const WriteContext& context, QJsonObject o = {})
{
    o.insert(QStringLiteral("by"), context.actor.user.id);
    o.insert(QStringLiteral("byName"), displayName(context.actor.user));
    o.insert(QStringLiteral("at"), double(context.onServer ? context.serverTimeMs : 0));
    return o;
}

// On the device ClientStore re-runs a policy on the stored copy of a row as if it were new, to learn
// where the row was (its unit). That copy is the server's; it is not a new write to judge.
bool isStoredCopy(const WriteContext& context, const QString& entity)
{
    return !context.current && !context.onServer && context.find(entity, context.entityId).has_value();
}

const char* const kDisposalStatuses[][2] = {
    {"diusulkan", QT_TRANSLATE_NOOP("lontar::records::FilingPolicy", "Diusulkan")},
    {"disetujui", QT_TRANSLATE_NOOP("lontar::records::FilingPolicy", "Disetujui")},
    {"ditolak", QT_TRANSLATE_NOOP("lontar::records::FilingPolicy", "Ditolak")},
    {"dilaksanakan", QT_TRANSLATE_NOOP("lontar::records::FilingPolicy", "Dilaksanakan")},
};

// A berkas (file): the unit's dossier of letters under one classification code, with its retention
// clock. Opened by a pencatat or arsiparis of the unit tree; the clock, the status along the retention
// and holds belong to the arsiparis; the server checks each step against the JRA and its own date.
class FilePolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::FilingPolicy)

public:
    FilePolicy()
    {
        m_schema.uuid(QStringLiteral("unitId"), false)
            .string(QStringLiteral("code"), true, 40)
            .string(QStringLiteral("title"), true, 500)
            .integer(QStringLiteral("number"), true)
            .string(QStringLiteral("openedOn"), true, 10)
            .string(QStringLiteral("closedOn"), false, 10)
            .string(QStringLiteral("cutoffEventDate"), false, 10)
            .enumeration(QStringLiteral("status"), true, fileStatusKeys())
            .add({QStringLiteral("hold"), FieldSchema::Type::Object, false, 0, {}})
            .add({QStringLiteral("lastRelease"), FieldSchema::Type::Object, false, 0, {}})
            .uuid(QStringLiteral("disposalId"), false)
            .string(QStringLiteral("note"), false, 1000)
            .uuid(QStringLiteral("createdBy"), false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (isStoredCopy(context, kFileEntity))
            return RowAccess{str(data, "unitId"), {}, 0, {}};
        const User& me = context.actor.user;
        const bool arsiparis = me.hasRole(Role::Arsiparis);
        if (!arsiparis && !me.hasRole(Role::Pencatat))
            return forbidden(tr("Hanya pencatat surat atau arsiparis yang dapat mengelola berkas"));
        if (context.isDelete)
            return forbidden(tr("Berkas tidak dihapus; penyusutan mengikuti JRA"));
        const std::optional<QJsonObject>& cur = context.current;
        const QString unitClaim = str(data, "unitId");
        const QString byClaim = str(data, "createdBy");
        const QString unit = cur ? str(*cur, "unitId") : (unitClaim.isEmpty() ? me.unitId : unitClaim);
        const QString by = cur ? str(*cur, "createdBy") : me.id;
        if ((!unitClaim.isEmpty() && unitClaim != unit) || (!byClaim.isEmpty() && byClaim != by))
            return forbidden(tr("Unit dan pembuat berkas tidak dapat diubah atau diatasnamakan orang lain"));
        if (!cur && !context.actor.unitSubtree.contains(unit))
            return forbidden(tr("Berkas hanya dapat dibuat di unit Anda atau unit di bawahnya"));
        for (const char* k : {"createdByName", "createdAt"})
            data.remove(QLatin1String(k));
        data.insert(QStringLiteral("unitId"), unit);
        data.insert(QStringLiteral("createdBy"), by);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (Status s = checkFields(context, data); !s)
            return s.error();
        if (Status s = cur ? checkChange(context, *cur, data) : checkNew(context, data); !s)
            return s.error();
        data.insert(QStringLiteral("createdByName"),
                    cur ? cur->value(QStringLiteral("createdByName")) : QJsonValue(displayName(me)));
        data.insert(QStringLiteral("createdAt"),
                    cur ? cur->value(QStringLiteral("createdAt")) : QJsonValue(double(context.serverTimeMs)));
        return RowAccess{unit, {}, 0, {}};
    }

    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        QJsonObject details{{QStringLiteral("code"), str(data, "code")},
                            {QStringLiteral("title"), str(data, "title")}};
        if (!context.current)
            return AuditNote{QStringLiteral("records.file.created"), details};
        const QJsonObject& cur = *context.current;
        QString action = QStringLiteral("records.file.changed");
        const auto change = [&](const char* key, const QString& name) {
            const QJsonValue before = cur.value(QLatin1String(key));
            const QJsonValue after = data.value(QLatin1String(key));
            if (before == after)
                return;
            details.insert(QLatin1String(key),
                           QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), after}});
            if (action == QLatin1String("records.file.changed"))
                action = name;
        };
        change("status", QStringLiteral("records.file.status"));
        if (cur.contains(QStringLiteral("hold")) != data.contains(QStringLiteral("hold")))
            action = data.contains(QStringLiteral("hold")) ? QStringLiteral("records.file.hold")
                                                           : QStringLiteral("records.file.release");
        change("hold", QStringLiteral("records.file.hold"));
        change("closedOn", QStringLiteral("records.file.closed"));
        change("cutoffEventDate", QStringLiteral("records.file.event_date"));
        change("title", QStringLiteral("records.file.changed"));
        change("note", QStringLiteral("records.file.changed"));
        if (action == QLatin1String("records.file.release"))
            details.insert(
                QStringLiteral("reason"),
                data.value(QStringLiteral("lastRelease")).toObject().value(QStringLiteral("reason")));
        return AuditNote{action, details};
    }

private:
    Status checkFields(const WriteContext& context, const QJsonObject& data) const
    {
        const QString code = str(data, "code");
        if (!isClassificationCode(code))
            return invalid(tr("Kode klasifikasi %1 tidak valid (contoh: 000.1.2)").arg(code));
        if (str(data, "title").trimmed().isEmpty())
            return invalid(tr("Uraian berkas wajib diisi"));
        const double number = data.value(QStringLiteral("number")).toDouble();
        if (number < 1 || number > 999999)
            return invalid(tr("Nomor berkas harus 1 sampai 999999"));
        const QDate today = policyDate(context);
        const QDate opened = isoDate(str(data, "openedOn"));
        if (!opened.isValid())
            return invalid(tr("Tanggal dibuka harus berbentuk TTTT-BB-HH"));
        for (const char* k : {"closedOn", "cutoffEventDate"}) {
            const QString v = str(data, k);
            if (!v.isEmpty() && !isoDate(v).isValid())
                return invalid(tr("Tanggal pada berkas harus berbentuk TTTT-BB-HH"));
            if (!v.isEmpty() && isoDate(v) > today)
                return invalid(tr("Tanggal %1 belum terjadi").arg(formatTanggal(isoDate(v))));
        }
        const QDate closed = isoDate(str(data, "closedOn"));
        if (closed.isValid() && closed < opened)
            return invalid(tr("Berkas tidak dapat ditutup sebelum dibuka"));
        return {};
    }

    Status checkNew(const WriteContext& context, QJsonObject& data) const
    {
        if (str(data, "status") != QLatin1String("aktif") || data.contains(QStringLiteral("hold")) ||
            data.contains(QStringLiteral("lastRelease")) || data.contains(QStringLiteral("disposalId")))
            return invalid(tr("Berkas baru selalu aktif, tanpa penahanan atau usul musnah"));
        if (!str(data, "cutoffEventDate").isEmpty() && !context.actor.user.hasRole(Role::Arsiparis))
            return forbidden(tr("Tanggal peristiwa retensi hanya dicatat oleh arsiparis"));
        if (!context.find(kClassificationEntity, classificationId(str(data, "code"))))
            return invalid(tr("Kode klasifikasi %1 belum ada dalam pola klasifikasi").arg(str(data, "code")));
        return {};
    }

    Status checkChange(const WriteContext& context, const QJsonObject& cur, QJsonObject& data) const
    {
        const bool arsiparis = context.actor.user.hasRole(Role::Arsiparis);
        const QString from = str(cur, "status");
        const QString to = str(data, "status");
        if (from == QLatin1String("musnah") || from == QLatin1String("permanen"))
            return forbidden(
                tr("Berkas berstatus %1 tidak dapat diubah lagi").arg(fileStatusDisplayName(from)));
        for (const char* k : {"code", "number", "openedOn"}) {
            if (data.value(QLatin1String(k)) != cur.value(QLatin1String(k)))
                return forbidden(tr("Kode klasifikasi, nomor dan tanggal dibuka berkas tidak dapat diubah"));
        }
        const QString closedBefore = str(cur, "closedOn");
        if (!closedBefore.isEmpty() && str(data, "closedOn") != closedBefore)
            return forbidden(
                tr("Berkas yang sudah ditutup tidak dapat dibuka kembali atau diubah tanggal tutupnya"));
        const bool contentChanged = str(data, "title") != str(cur, "title") ||
                                    str(data, "note") != str(cur, "note") ||
                                    str(data, "closedOn") != closedBefore ||
                                    str(data, "cutoffEventDate") != str(cur, "cutoffEventDate");
        if (contentChanged && from == QLatin1String("usul_musnah"))
            return forbidden(tr("Berkas yang sedang diusulkan musnah tidak dapat diubah"));
        if (str(data, "cutoffEventDate") != str(cur, "cutoffEventDate") && !arsiparis)
            return forbidden(tr("Tanggal peristiwa retensi hanya dicatat oleh arsiparis"));
        if (Status s = checkHold(context, cur, data); !s)
            return s;
        if (from == to) {
            if (data.value(QStringLiteral("disposalId")) != cur.value(QStringLiteral("disposalId")))
                return forbidden(tr("Usul musnah berkas hanya berubah bersama statusnya"));
            return {};
        }
        return checkTransition(context, cur, data, from, to);
    }

    // A hold (penahanan): set, changed or released only by an arsiparis, with a reason; who and when are
    // stamped here. A client's copy of an unchanged hold keeps the stamped values.
    Status checkHold(const WriteContext& context, const QJsonObject& cur, QJsonObject& data) const
    {
        const bool arsiparis = context.actor.user.hasRole(Role::Arsiparis);
        const QJsonObject before = cur.value(QStringLiteral("hold")).toObject();
        const bool wasHeld = cur.contains(QStringLiteral("hold"));
        const bool held = data.contains(QStringLiteral("hold"));
        if (held) {
            const QString reason =
                data.value(QStringLiteral("hold")).toObject().value(QStringLiteral("reason")).toString();
            if (wasHeld && reason == before.value(QStringLiteral("reason")).toString()) {
                data.insert(QStringLiteral("hold"), before);
            } else {
                if (!arsiparis)
                    return forbidden(tr("Penahanan berkas hanya dilakukan oleh arsiparis"));
                if (reason.trimmed().isEmpty() || reason.size() > 500)
                    return invalid(tr("Sebutkan alasan penahanan (paling banyak 500 huruf)"));
                data.insert(QStringLiteral("hold"),
                            stamp(context, QJsonObject{{QStringLiteral("reason"), reason.trimmed()}}));
            }
        }
        const QJsonObject lastBefore = cur.value(QStringLiteral("lastRelease")).toObject();
        if (wasHeld && !held) {
            if (!arsiparis)
                return forbidden(tr("Penahanan berkas hanya dicabut oleh arsiparis"));
            const QString reason = data.value(QStringLiteral("lastRelease"))
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            if (reason.trimmed().isEmpty() || reason.size() > 500)
                return invalid(tr("Sebutkan alasan pencabutan penahanan (paling banyak 500 huruf)"));
            data.insert(QStringLiteral("lastRelease"),
                        stamp(context, QJsonObject{{QStringLiteral("reason"), reason.trimmed()},
                                                   {QStringLiteral("heldReason"),
                                                    before.value(QStringLiteral("reason"))}}));
        } else if (cur.contains(QStringLiteral("lastRelease"))) {
            data.insert(QStringLiteral("lastRelease"), lastBefore);
        } else {
            data.remove(QStringLiteral("lastRelease"));
        }
        return {};
    }

    Status checkTransition(const WriteContext& context, const QJsonObject& cur, QJsonObject& data,
                           const QString& from, const QString& to) const
    {
        if (!context.actor.user.hasRole(Role::Arsiparis))
            return forbidden(tr("Status retensi berkas hanya diubah oleh arsiparis"));
        const QString code = str(data, "code");
        const std::optional<RetentionRule> rule = retentionRuleFor(context, code);
        const RetentionDates dates = computeRetention(rule, data);
        const QDate today = policyDate(context);
        const bool held = data.contains(QStringLiteral("hold"));
        const bool live = from == QLatin1String("aktif") || from == QLatin1String("inaktif") ||
                          from == QLatin1String("dinilai_kembali");
        const QString disposalId = str(data, "disposalId");
        if (held && (to == QLatin1String("usul_musnah") || to == QLatin1String("musnah")))
            return forbidden(tr("Berkas sedang ditahan (%1): tidak dapat diusulkan musnah atau dimusnahkan")
                                 .arg(data.value(QStringLiteral("hold"))
                                          .toObject()
                                          .value(QStringLiteral("reason"))
                                          .toString()));
        if (!rule)
            return forbidden(
                tr("Kode %1 tidak punya baris JRA: berkas tetap disimpan sampai JRA ditetapkan").arg(code));
        if (!dates.running())
            return forbidden(dates.waitingEvent
                                 ? tr("Masa retensi berkas menunggu peristiwa: %1").arg(rule->cutoffEvent)
                                 : tr("Berkas belum ditutup: masa retensinya belum berjalan"));
        const auto disposal = [&](const char* status) -> Status {
            const auto row = disposalId.isEmpty() ? std::nullopt : context.find(kDisposalEntity, disposalId);
            if (!row || str(*row, "status") != QLatin1String(status) ||
                !row->value(QStringLiteral("fileIds")).toArray().contains(QJsonValue(context.entityId)))
                return forbidden(tr("Berkas ini tidak tercantum dalam daftar usul musnah yang %1")
                                     .arg(disposalStatusDisplayName(QLatin1String(status)).toLower()));
            return {};
        };
        if (from == QLatin1String("aktif") && to == QLatin1String("inaktif")) {
            if (!dates.activeEnded(today))
                return forbidden(
                    tr("Masa aktif berkas baru berakhir %1").arg(formatTanggal(dates.activeUntil)));
            return {};
        }
        if (live && to == QLatin1String("usul_musnah")) {
            if (held)
                return forbidden(tr("Berkas sedang ditahan: tidak dapat diusulkan musnah"));
            if (rule->disposition != FinalDisposition::Musnah && from != QLatin1String("dinilai_kembali"))
                return forbidden(tr("Keterangan JRA berkas ini %1, bukan musnah")
                                     .arg(dispositionDisplayName(rule->disposition)));
            if (!dates.inactiveEnded(today))
                return forbidden(
                    tr("Masa retensi berkas baru berakhir %1").arg(formatTanggal(dates.inactiveUntil)));
            return disposal("diusulkan");
        }
        if (from == QLatin1String("usul_musnah") && to == QLatin1String("musnah")) {
            if (held)
                return forbidden(tr("Berkas sedang ditahan: tidak dapat dimusnahkan"));
            if (disposalId != str(cur, "disposalId"))
                return forbidden(tr("Usul musnah berkas hanya berubah bersama statusnya"));
            return disposal("dilaksanakan");
        }
        if (from == QLatin1String("usul_musnah") && to == QLatin1String("inaktif")) {
            // The proposal was refused (or the berkas taken out of it): back on the shelf.
            const auto row = context.find(kDisposalEntity, str(cur, "disposalId"));
            if (row && str(*row, "status") != QLatin1String("ditolak"))
                return forbidden(tr("Usul musnah berkas ini masih berjalan"));
            data.remove(QStringLiteral("disposalId"));
            return {};
        }
        if (live && (to == QLatin1String("permanen") || to == QLatin1String("dinilai_kembali"))) {
            const FinalDisposition wanted = to == QLatin1String("permanen")
                                                ? FinalDisposition::Permanen
                                                : FinalDisposition::DinilaiKembali;
            if (rule->disposition != wanted && from != QLatin1String("dinilai_kembali"))
                return forbidden(
                    tr("Keterangan JRA berkas ini %1").arg(dispositionDisplayName(rule->disposition)));
            if (from == to || !dates.inactiveEnded(today))
                return forbidden(
                    tr("Masa retensi berkas baru berakhir %1").arg(formatTanggal(dates.inactiveUntil)));
            return {};
        }
        return forbidden(tr("Status berkas tidak dapat berubah dari %1 ke %2")
                             .arg(fileStatusDisplayName(from), fileStatusDisplayName(to)));
    }

    FieldSchema m_schema;
};

// A disposal proposal (daftar usul musnah): berkas of one unit whose retention has ended with "musnah",
// proposed by an arsiparis, approved (or refused) by the head of the unit that created them — an atasan
// whose unit tree holds that unit, never the proposer — and carried out by an arsiparis with a berita
// acara. Holds are checked again at every step.
class DisposalPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::FilingPolicy)

public:
    DisposalPolicy()
    {
        QStringList statuses;
        for (const auto& s : kDisposalStatuses)
            statuses.append(QLatin1String(s[0]));
        m_schema.uuid(QStringLiteral("unitId"), false)
            .uuid(QStringLiteral("fileUnitId"), true)
            .add({QStringLiteral("fileIds"), FieldSchema::Type::StringList, true, 500, {}})
            .enumeration(QStringLiteral("status"), true, statuses)
            .string(QStringLiteral("place"), false, 200)
            .string(QStringLiteral("note"), false, 1000)
            .string(QStringLiteral("decisionNote"), false, 1000)
            .uuid(QStringLiteral("proposedBy"), false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (isStoredCopy(context, kDisposalEntity))
            return RowAccess{str(data, "unitId"), {}, 0, {}};
        const User& me = context.actor.user;
        if (context.isDelete)
            return forbidden(tr("Daftar usul musnah tidak dihapus; tolak saja"));
        const std::optional<QJsonObject>& cur = context.current;
        const QString unitClaim = str(data, "unitId");
        const QString byClaim = str(data, "proposedBy");
        const QString unit = cur ? str(*cur, "unitId") : me.unitId;
        const QString by = cur ? str(*cur, "proposedBy") : me.id;
        if ((!unitClaim.isEmpty() && unitClaim != unit) || (!byClaim.isEmpty() && byClaim != by))
            return forbidden(tr("Pengusul dan unit daftar usul musnah tidak dapat diatasnamakan orang lain"));
        for (const char* k : {"proposed", "decided", "executed"})
            data.remove(QLatin1String(k));
        data.insert(QStringLiteral("unitId"), unit);
        data.insert(QStringLiteral("proposedBy"), by);
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (Status s = cur ? checkChange(context, *cur, data) : checkNew(context, data); !s)
            return s.error();
        return RowAccess{unit, {}, 0, {}};
    }

    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        const QString to = str(data, "status");
        if (context.current && str(*context.current, "status") == to)
            return std::nullopt;
        return AuditNote{
            QStringLiteral("records.disposal.") + to,
            QJsonObject{{QStringLiteral("fileIds"), data.value(QStringLiteral("fileIds"))},
                        {QStringLiteral("fileUnitId"), data.value(QStringLiteral("fileUnitId"))},
                        {QStringLiteral("place"), data.value(QStringLiteral("place"))},
                        {QStringLiteral("decisionNote"), data.value(QStringLiteral("decisionNote"))}}};
    }

private:
    // Every berkas of the list: of the proposal's unit, due for destruction on the server's date, not
    // held, not permanent or of another disposition.
    Status checkFiles(const WriteContext& context, const QJsonObject& data, bool proposing) const
    {
        const QJsonArray ids = data.value(QStringLiteral("fileIds")).toArray();
        if (ids.isEmpty())
            return invalid(tr("Daftar usul musnah tidak boleh kosong"));
        QSet<QString> seen;
        const QDate today = policyDate(context);
        for (const QJsonValue& v : ids) {
            const QString id = v.toString();
            if (!isUuidString(id) || seen.contains(id))
                return invalid(tr("Daftar usul musnah memuat berkas yang tidak valid atau ganda"));
            seen.insert(id);
            const auto file = context.find(kFileEntity, id);
            if (!file)
                return invalid(tr("Berkas dalam daftar tidak ditemukan"));
            const QString label = QStringLiteral("%1 %2").arg(str(*file, "code"), str(*file, "title"));
            if (str(*file, "unitId") != str(data, "fileUnitId"))
                return invalid(tr("Berkas %1 bukan milik unit daftar ini").arg(label));
            if (file->contains(QStringLiteral("hold")))
                return forbidden(tr("Berkas %1 sedang ditahan (%2): tidak dapat dimusnahkan")
                                     .arg(label, file->value(QStringLiteral("hold"))
                                                     .toObject()
                                                     .value(QStringLiteral("reason"))
                                                     .toString()));
            const QString status = str(*file, "status");
            if (proposing) {
                const bool live = status == QLatin1String("aktif") || status == QLatin1String("inaktif") ||
                                  status == QLatin1String("dinilai_kembali");
                if (!live)
                    return forbidden(tr("Berkas %1 berstatus %2").arg(label, fileStatusDisplayName(status)));
                const auto rule = retentionRuleFor(context, str(*file, "code"));
                if (!rule)
                    return forbidden(tr("Berkas %1 tanpa JRA: tidak pernah dimusnahkan").arg(label));
                if (rule->disposition != FinalDisposition::Musnah &&
                    status != QLatin1String("dinilai_kembali"))
                    return forbidden(tr("Berkas %1: keterangan JRA %2, bukan musnah")
                                         .arg(label, dispositionDisplayName(rule->disposition)));
                const RetentionDates dates = computeRetention(rule, *file);
                if (!dates.inactiveEnded(today))
                    return forbidden(dates.running()
                                         ? tr("Berkas %1 belum waktunya dimusnahkan (retensi berakhir %2)")
                                               .arg(label, formatTanggal(dates.inactiveUntil))
                                         : tr("Berkas %1: masa retensinya belum berjalan").arg(label));
            } else if (status != QLatin1String("usul_musnah") ||
                       str(*file, "disposalId") != context.entityId) {
                return forbidden(
                    tr("Berkas %1 tidak lagi berstatus diusulkan musnah dalam daftar ini").arg(label));
            }
        }
        return {};
    }

    Status checkNew(const WriteContext& context, QJsonObject& data) const
    {
        if (!context.actor.user.hasRole(Role::Arsiparis))
            return forbidden(tr("Daftar usul musnah hanya dibuat oleh arsiparis"));
        if (str(data, "status") != QLatin1String("diusulkan"))
            return invalid(tr("Daftar usul musnah baru selalu berstatus diusulkan"));
        data.insert(QStringLiteral("proposed"), stamp(context));
        return checkFiles(context, data, true);
    }

    Status checkChange(const WriteContext& context, const QJsonObject& cur, QJsonObject& data) const
    {
        const User& me = context.actor.user;
        for (const char* k : {"fileIds", "fileUnitId"}) {
            if (data.value(QLatin1String(k)) != cur.value(QLatin1String(k)))
                return forbidden(tr("Isi daftar usul musnah tidak dapat diubah; buat daftar baru"));
        }
        for (const char* k : {"proposed", "decided", "executed"}) {
            if (cur.contains(QLatin1String(k)))
                data.insert(QLatin1String(k), cur.value(QLatin1String(k)));
        }
        const QString from = str(cur, "status");
        const QString to = str(data, "status");
        if (from == QLatin1String("ditolak") || from == QLatin1String("dilaksanakan"))
            return forbidden(tr("Daftar usul musnah yang %1 tidak dapat diubah lagi")
                                 .arg(disposalStatusDisplayName(from).toLower()));
        if (from == to) {
            if (!me.hasRole(Role::Arsiparis) ||
                data.value(QStringLiteral("decisionNote")) != cur.value(QStringLiteral("decisionNote")))
                return forbidden(tr("Hanya arsiparis yang dapat mengubah keterangan daftar usul musnah"));
            return {};
        }
        if (from == QLatin1String("diusulkan") &&
            (to == QLatin1String("disetujui") || to == QLatin1String("ditolak"))) {
            if (!me.hasRole(Role::Atasan) || !context.actor.unitSubtree.contains(str(data, "fileUnitId")))
                return forbidden(tr("Usul musnah disetujui oleh pimpinan unit pencipta arsipnya"));
            if (me.id == str(cur, "proposedBy"))
                return forbidden(tr("Pengusul tidak dapat menyetujui usulnya sendiri"));
            data.insert(QStringLiteral("decided"), stamp(context));
            return to == QLatin1String("disetujui") ? checkFiles(context, data, false) : Status{};
        }
        if (from == QLatin1String("disetujui") && to == QLatin1String("dilaksanakan")) {
            if (!me.hasRole(Role::Arsiparis))
                return forbidden(tr("Pemusnahan dilaksanakan oleh arsiparis"));
            if (str(data, "place").trimmed().isEmpty())
                return invalid(tr("Sebutkan tempat pelaksanaan pemusnahan"));
            data.insert(QStringLiteral("executed"), stamp(context));
            return checkFiles(context, data, false);
        }
        return forbidden(tr("Daftar usul musnah tidak dapat berubah dari %1 ke %2")
                             .arg(disposalStatusDisplayName(from), disposalStatusDisplayName(to)));
    }

    FieldSchema m_schema;
};

} // namespace

QStringList disposalStatusKeys()
{
    QStringList out;
    for (const auto& s : kDisposalStatuses)
        out.append(QLatin1String(s[0]));
    return out;
}

QString disposalStatusDisplayName(const QString& key)
{
    for (const auto& s : kDisposalStatuses) {
        if (key == QLatin1String(s[0]))
            return QCoreApplication::translate("lontar::records::FilingPolicy", s[1]);
    }
    return key;
}

std::optional<RetentionRule> retentionRuleFor(const WriteContext& context, const QString& codeIn)
{
    for (QString code = codeIn; !code.isEmpty(); code = parentCode(code)) {
        const auto row = context.find(kRetentionEntity, retentionId(code));
        if (row && row->value(QStringLiteral("active")).toBool())
            return retentionRuleFromJson(*row);
    }
    return std::nullopt;
}

QDate policyDate(const WriteContext& context)
{
    if (context.onServer)
        return QDateTime::fromMSecsSinceEpoch(context.serverTimeMs, QTimeZone::utc()).date();
    return QDate::currentDate();
}

std::shared_ptr<const EntityPolicy> makeFilePolicy()
{
    return std::make_shared<FilePolicy>();
}

std::shared_ptr<const EntityPolicy> makeDisposalPolicy()
{
    return std::make_shared<DisposalPolicy>();
}

} // namespace lontar::records
