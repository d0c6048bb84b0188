#include "attendance/Requests.h"

#include "core/Directory.h"
#include "core/Uuid.h"
#include "sync/ClientStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace lontar::attendance {

namespace {

const QString kUserId = QStringLiteral("userId");
const QString kUnitId = QStringLiteral("unitId");
const QString kKind = QStringLiteral("kind");
const QString kFrom = QStringLiteral("from");
const QString kUntil = QStringLiteral("until");
const QString kReason = QStringLiteral("reason");
const QString kState = QStringLiteral("state");
const QString kNote = QStringLiteral("note");
const QString kEventId = QStringLiteral("eventId");
const QString kCorrectionKind = QStringLiteral("correctionKind");
const QString kCorrectionAt = QStringLiteral("correctionAt");
const QString kDecidedBy = QStringLiteral("decidedBy");
const QString kDecidedByName = QStringLiteral("decidedByName");
const QString kDecidedAt = QStringLiteral("decidedAt");
const QString kCreatedAt = QStringLiteral("createdAt");
const QString kWorkingDays = QStringLiteral("workingDays");

struct KindName
{
    RequestKind kind;
    const char* key;
};
constexpr KindName kKinds[] = {
    {RequestKind::CutiTahunan, "cuti_tahunan"},
    {RequestKind::CutiSakit, "cuti_sakit"},
    {RequestKind::CutiBesar, "cuti_besar"},
    {RequestKind::CutiMelahirkan, "cuti_melahirkan"},
    {RequestKind::CutiAlasanPenting, "cuti_alasan_penting"},
    {RequestKind::Izin, "izin"},
    {RequestKind::DinasLuar, "dinas_luar"},
    {RequestKind::Koreksi, "koreksi"},
};

struct StateName
{
    RequestState state;
    const char* key;
};
constexpr StateName kStates[] = {
    {RequestState::Diajukan, "diajukan"},
    {RequestState::Disetujui, "disetujui"},
    {RequestState::Ditolak, "ditolak"},
    {RequestState::Dibatalkan, "dibatalkan"},
};

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

QDate isoDate(const QString& s)
{
    return s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
}

QString actorName(const Actor& actor)
{
    return actor.user.fullName.isEmpty() ? actor.user.username : actor.user.fullName;
}

QStringList stateKeys()
{
    QStringList keys;
    for (const StateName& s : kStates)
        keys.append(QLatin1String(s.key));
    return keys;
}

// Parsed once: the shipped national holidays and cuti bersama.
const QSet<QDate>& builtInHolidays()
{
    static const QSet<QDate> dates = [] {
        QSet<QDate> out;
        QFile file(QStringLiteral(":/lontar/attendance/libur-nasional-2026.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        while (!file.atEnd()) {
            const QDate d = isoDate(QString::fromUtf8(file.readLine()).section(QLatin1Char(','), 0, 0));
            if (d.isValid())
                out.insert(d);
        }
        return out;
    }();
    return dates;
}

// The rules of attendance_request. Who asks and their unit come from the session; a decision is an
// atasan's above the requester and stamped by the policy; a decided request never changes again.
class RequestPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::attendance::RequestPolicy)

public:
    RequestPolicy()
    {
        m_schema.uuid(kUserId, true)
            .uuid(kUnitId, true)
            .enumeration(kKind, true, requestKindKeys())
            .string(kFrom, true, 10)
            .string(kUntil, true, 10)
            .string(kReason, false, 1000)
            .enumeration(kState, true, stateKeys())
            .string(kNote, false, 1000)
            .uuid(kEventId, false)
            .enumeration(kCorrectionKind, false, {QStringLiteral("in"), QStringLiteral("out")})
            .timestamp(kCorrectionAt, false)
            .string(kDecidedBy, false, 40)
            .string(kDecidedByName, false, 200)
            .timestamp(kDecidedAt, false)
            .timestamp(kCreatedAt, false)
            .integer(kWorkingDays, false);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Permohonan tidak dihapus; batalkan saja selama belum diputuskan"));
        const User& me = context.actor.user;
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        // The stamps are the policy's: a client may repeat the stored ones but never name another
        // decider; whatever it sends for the times is replaced.
        const QString claimedDecider = str(data, kDecidedBy);
        for (const QString& k : {kDecidedBy, kDecidedByName, kDecidedAt, kCreatedAt, kWorkingDays})
            data.remove(k);
        if (Status s = checkContent(context, data); !s)
            return s.error();

        const RequestState to = *requestStateFromKey(str(data, kState));
        if (!context.current) {
            if (str(data, kUserId) != me.id)
                return forbidden(tr("Permohonan hanya dapat diajukan atas nama Anda sendiri"));
            if (str(data, kUnitId) != me.unitId)
                return forbidden(tr("Unit kerja permohonan harus unit kerja Anda"));
            if (to != RequestState::Diajukan)
                return forbidden(tr("Permohonan baru harus berstatus diajukan"));
            if (!claimedDecider.isEmpty())
                return forbidden(tr("Permohonan baru belum diputuskan siapa pun"));
            if (data.contains(kNote))
                return forbidden(tr("Catatan keputusan hanya diisi oleh atasan yang memutuskan"));
            data.insert(kCreatedAt, double(context.onServer ? context.serverTimeMs
                                                            : QDateTime::currentMSecsSinceEpoch()));
            return access(data);
        }

        const QJsonObject& cur = *context.current;
        const RequestState from = requestStateFromKey(str(cur, kState)).value_or(RequestState::Diajukan);
        if (from != RequestState::Diajukan)
            return forbidden(tr("Permohonan ini sudah %1 dan tidak dapat diubah lagi; ajukan permohonan baru")
                                 .arg(requestStateDisplayName(from).toLower()));
        for (const QString& k :
             {kUserId, kUnitId, kKind, kFrom, kUntil, kReason, kEventId, kCorrectionKind, kCorrectionAt}) {
            if (data.value(k) != cur.value(k))
                return forbidden(tr("Isi permohonan tidak dapat diubah; batalkan dan ajukan yang baru"));
        }
        data.insert(kCreatedAt, cur.value(kCreatedAt));
        const QString requester = str(cur, kUserId);
        switch (to) {
        case RequestState::Diajukan:
            return forbidden(tr("Permohonan ini masih menunggu keputusan"));
        case RequestState::Dibatalkan:
            if (me.id != requester)
                return forbidden(tr("Hanya pemohon yang dapat membatalkan permohonannya"));
            if (data.value(kNote) != cur.value(kNote))
                return forbidden(tr("Catatan keputusan hanya diisi oleh atasan yang memutuskan"));
            if (!claimedDecider.isEmpty() && claimedDecider != me.id)
                return forbidden(tr("Pembatalan hanya dapat dicatat atas nama Anda sendiri"));
            break;
        case RequestState::Disetujui:
        case RequestState::Ditolak:
            if (Status s = checkDecider(context, cur); !s)
                return s.error();
            if (to == RequestState::Disetujui) {
                if (Status s = checkBalance(context, cur); !s)
                    return s.error();
            }
            if (!claimedDecider.isEmpty() && claimedDecider != me.id)
                return forbidden(tr("Keputusan hanya dapat dicatat atas nama Anda sendiri"));
            break;
        }
        data.insert(kDecidedBy, me.id);
        data.insert(kDecidedByName, actorName(context.actor));
        data.insert(kDecidedAt,
                    double(context.onServer ? context.serverTimeMs : QDateTime::currentMSecsSinceEpoch()));
        return access(data);
    }

private:
    // An annual leave is approved only while the requester's balance holds it, counted from the approved
    // requests the server has (a device's own check could be skipped by a forged push).
    static Status checkBalance(const WriteContext& context, const QJsonObject& cur)
    {
        if (str(cur, kKind) != requestKindKey(RequestKind::CutiTahunan))
            return {};
        if (!context.ownedRows)
            return forbidden(tr("Sisa cuti tahunan tidak dapat diperiksa"));
        const QString requester = str(cur, kUserId);
        QList<LeaveDays> approved;
        for (const QJsonObject& r : context.ownedRows(kRequestEntity, requester)) {
            if (str(r, kUserId) == requester && str(r, kKind) == str(cur, kKind) &&
                str(r, kState) == requestStateKey(RequestState::Disetujui))
                approved.append({isoDate(str(r, kFrom)), isoDate(str(r, kUntil)), RequestState::Disetujui});
        }
        const QDate from = isoDate(str(cur, kFrom));
        const QDate until = isoDate(str(cur, kUntil));
        for (int year = from.year(); year <= until.year(); ++year) {
            const int remaining = leaveBalance(year, approved).remaining;
            const int asked = leaveBalance(year, {{from, until, RequestState::Disetujui}}).used;
            if (asked > remaining)
                return invalid(tr("Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3")
                                   .arg(year)
                                   .arg(std::max(0, remaining))
                                   .arg(asked));
        }
        return {};
    }

    static Result<RowAccess> access(const QJsonObject& data)
    {
        RowAccess a;
        a.unitId = str(data, kUnitId);
        a.ownerId = str(data, kUserId);
        return a;
    }

    // Dates, spans, the leave's working days and what a correction names.
    Status checkContent(const WriteContext& context, QJsonObject& data) const
    {
        const QDate from = isoDate(str(data, kFrom));
        const QDate until = isoDate(str(data, kUntil));
        if (!from.isValid() || !until.isValid())
            return invalid(tr("Tanggal permohonan harus berbentuk TTTT-BB-HH"));
        if (from > until)
            return invalid(tr("Tanggal mulai tidak boleh sesudah tanggal selesai"));
        if (from.daysTo(until) >= kMaxRequestSpanDays)
            return invalid(tr("Satu permohonan paling lama satu tahun"));
        const RequestKind kind = *requestKindFromKey(str(data, kKind));
        const bool names =
            data.contains(kEventId) || data.contains(kCorrectionKind) || data.contains(kCorrectionAt);
        if (kind != RequestKind::Koreksi) {
            if (names)
                return invalid(tr("Hanya permohonan koreksi yang merujuk catatan kehadiran"));
        } else if (Status s = checkCorrection(context, data, from, until); !s) {
            return s;
        }
        if (kind == RequestKind::CutiTahunan) {
            const int days = workingDays(from, until);
            if (days < 1)
                return invalid(tr("Rentang cuti tahunan tidak memuat hari kerja"));
            if (days > kMaxAnnualLeaveDays)
                return invalid(
                    tr("Cuti tahunan paling banyak %1 hari kerja dalam setahun").arg(kMaxAnnualLeaveDays));
            data.insert(kWorkingDays, days);
        }
        return {};
    }

    Status checkCorrection(const WriteContext& context, const QJsonObject& data, const QDate& from,
                           const QDate& until) const
    {
        if (from != until)
            return invalid(tr("Koreksi berlaku untuk satu hari"));
        if (str(data, kReason).trimmed().isEmpty())
            return invalid(tr("Koreksi harus disertai alasan"));
        const QString eventId = str(data, kEventId);
        const bool missing = data.contains(kCorrectionKind) || data.contains(kCorrectionAt);
        if (eventId.isEmpty() == !missing)
            return invalid(tr("Koreksi merujuk satu catatan yang ditandai, atau jenis dan waktu absen yang "
                              "terlewat, tidak keduanya"));
        if (!eventId.isEmpty()) {
            // Only the requester's own event can be accepted (on the device the event is local).
            const auto event = context.find(kEventEntity, eventId);
            if (!event || str(*event, kUserId) != str(data, kUserId))
                return invalid(tr("Catatan kehadiran yang dikoreksi tidak ditemukan"));
            return {};
        }
        if (!data.contains(kCorrectionKind) || integer(data, kCorrectionAt) <= 0)
            return invalid(tr("Koreksi absen yang terlewat harus menyebut masuk/pulang dan waktunya"));
        // The moment must fall on the day asked for in some Indonesian zone (UTC+7 to UTC+9).
        const qint64 at = integer(data, kCorrectionAt);
        const qint64 dayStart = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (at < dayStart - 9 * 3600'000 || at >= dayStart + 24 * 3600'000 - 7 * 3600'000)
            return invalid(tr("Waktu koreksi tidak jatuh pada tanggal permohonan"));
        return {};
    }

    // An atasan whose unit tree holds the requester's unit, never the requester; an atasan's own
    // request goes to a unit strictly above theirs.
    Status checkDecider(const WriteContext& context, const QJsonObject& cur) const
    {
        const Actor& actor = context.actor;
        const QString requester = str(cur, kUserId);
        const QString unit = str(cur, kUnitId);
        if (actor.user.id == requester)
            return forbidden(tr("Anda tidak dapat memutuskan permohonan Anda sendiri"));
        if (!actor.isAtasan())
            return forbidden(tr("Hanya atasan yang dapat memutuskan permohonan"));
        if (!actor.unitSubtree.contains(unit))
            return forbidden(tr("Pemohon bukan bawahan Anda"));
        const auto person = context.find(directory::kUserEntity, requester);
        if (!person) {
            // The server always has the directory; a device that never synced leaves it to the server.
            if (context.onServer)
                return forbidden(tr("Pemohon tidak ditemukan dalam direktori"));
            return {};
        }
        const bool requesterIsAtasan =
            person->value(QStringLiteral("roles")).toArray().contains(roleKey(Role::Atasan));
        if (requesterIsAtasan && (unit == actor.user.unitId || str(*person, kUnitId) == actor.user.unitId))
            return forbidden(tr("Permohonan seorang atasan diputuskan oleh atasan di unit di atasnya"));
        return {};
    }

    FieldSchema m_schema;
};

} // namespace

QString requestKindKey(RequestKind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<RequestKind> requestKindFromKey(const QString& key)
{
    for (const KindName& k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QStringList requestKindKeys()
{
    QStringList keys;
    for (const KindName& k : kKinds)
        keys.append(QLatin1String(k.key));
    return keys;
}

QString requestKindDisplayName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::CutiTahunan:
        return RequestService::tr("Cuti tahunan");
    case RequestKind::CutiSakit:
        return RequestService::tr("Cuti sakit");
    case RequestKind::CutiBesar:
        return RequestService::tr("Cuti besar");
    case RequestKind::CutiMelahirkan:
        return RequestService::tr("Cuti melahirkan");
    case RequestKind::CutiAlasanPenting:
        return RequestService::tr("Cuti karena alasan penting");
    case RequestKind::Izin:
        return RequestService::tr("Izin");
    case RequestKind::DinasLuar:
        return RequestService::tr("Dinas luar");
    case RequestKind::Koreksi:
        return RequestService::tr("Koreksi kehadiran");
    }
    return {};
}

QString requestStateKey(RequestState state)
{
    for (const StateName& s : kStates) {
        if (s.state == state)
            return QLatin1String(s.key);
    }
    return {};
}

std::optional<RequestState> requestStateFromKey(const QString& key)
{
    for (const StateName& s : kStates) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString requestStateDisplayName(RequestState state)
{
    switch (state) {
    case RequestState::Diajukan:
        return RequestService::tr("Diajukan");
    case RequestState::Disetujui:
        return RequestService::tr("Disetujui");
    case RequestState::Ditolak:
        return RequestService::tr("Ditolak");
    case RequestState::Dibatalkan:
        return RequestService::tr("Dibatalkan");
    }
    return {};
}

bool isBuiltInHoliday(const QDate& date)
{
    return builtInHolidays().contains(date);
}

int workingDays(const QDate& from, const QDate& until, const HolidayCheck& isHoliday)
{
    int n = 0;
    if (!from.isValid() || !until.isValid())
        return 0;
    for (QDate d = from; d <= until; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !(isHoliday && isHoliday(d)))
            ++n;
    }
    return n;
}

LeaveBalance leaveBalance(int year, const QList<LeaveDays>& requests, const HolidayCheck& isHoliday)
{
    // Days are counted in the year they fall in, so a leave over New Year uses both years.
    const auto daysIn = [&](int y, RequestState state) {
        int n = 0;
        for (const LeaveDays& r : requests) {
            if (r.state != state)
                continue;
            const QDate from = std::max(r.from, QDate(y, 1, 1));
            const QDate until = std::min(r.until, QDate(y, 12, 31));
            if (from <= until)
                n += workingDays(from, until, isHoliday);
        }
        return n;
    };
    LeaveBalance b;
    b.year = year;
    b.carriedOver = std::clamp(kAnnualLeaveDays - daysIn(year - 1, RequestState::Disetujui), 0,
                               kMaxAnnualLeaveDays - kAnnualLeaveDays);
    b.available = b.entitlement + b.carriedOver;
    b.used = daysIn(year, RequestState::Disetujui);
    b.pending = daysIn(year, RequestState::Diajukan);
    b.remaining = std::max(0, b.available - b.used);
    return b;
}

QJsonObject requestRow(const RequestDraft& draft, const Actor& actor)
{
    QJsonObject row{{kUserId, actor.user.id},
                    {kUnitId, actor.user.unitId},
                    {kKind, requestKindKey(draft.kind)},
                    {kFrom, draft.from.toString(Qt::ISODate)},
                    {kUntil, draft.until.toString(Qt::ISODate)},
                    {kReason, draft.reason},
                    {kState, requestStateKey(RequestState::Diajukan)}};
    if (!draft.eventId.isEmpty())
        row.insert(kEventId, draft.eventId);
    if (!draft.correctionKind.isEmpty())
        row.insert(kCorrectionKind, draft.correctionKind);
    if (draft.correctionAt > 0)
        row.insert(kCorrectionAt, double(draft.correctionAt));
    return row;
}

RequestDraft correctionDraft(const EventRow& event, const QString& reason)
{
    RequestDraft d;
    d.kind = RequestKind::Koreksi;
    d.from = isoDate(event.workDate);
    d.until = d.from;
    d.reason = reason.trimmed();
    d.eventId = event.id;
    return d;
}

std::shared_ptr<const EntityPolicy> makeRequestPolicy()
{
    return std::make_shared<RequestPolicy>();
}

Status projectRequest(Database& db, const QString& id, const QJsonObject& d, bool deleted)
{
    if (deleted) {
        auto r = db.exec(QStringLiteral("DELETE FROM att_requests WHERE id = ?"), {id});
        return r ? Status() : Status(r.error());
    }
    auto r = db.exec(
        QStringLiteral("INSERT INTO att_requests (id, user_id, unit_id, kind, date_from, date_until, state, "
                       "event_id, correction_kind, correction_at, reason, decided_by_name, decided_at, "
                       "created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, "
                       "unit_id = excluded.unit_id, kind = excluded.kind, date_from = excluded.date_from, "
                       "date_until = excluded.date_until, state = excluded.state, "
                       "event_id = excluded.event_id, correction_kind = excluded.correction_kind, "
                       "correction_at = excluded.correction_at, reason = excluded.reason, "
                       "decided_by_name = excluded.decided_by_name, decided_at = excluded.decided_at, "
                       "created_at = excluded.created_at, note = excluded.note"),
        {id, str(d, kUserId), str(d, kUnitId), str(d, kKind), str(d, kFrom), str(d, kUntil), str(d, kState),
         str(d, kEventId), str(d, kCorrectionKind), integer(d, kCorrectionAt), str(d, kReason),
         str(d, kDecidedByName), integer(d, kDecidedAt), integer(d, kCreatedAt), str(d, kNote)});
    return r ? Status() : Status(r.error());
}

QList<Migration> requestMigrations()
{
    // The device's projection of the requests it can read; the recap reads it (keep the columns).
    return {
        Migration::fromSql(
            QStringLiteral("attendance-requests"), 1, QStringLiteral("attendance requests projection"),
            {
                QStringLiteral(
                    "CREATE TABLE att_requests(id TEXT PRIMARY KEY, user_id TEXT NOT NULL, unit_id "
                    "TEXT NOT NULL, kind TEXT NOT NULL, date_from TEXT NOT NULL, date_until TEXT "
                    "NOT NULL, state TEXT NOT NULL, event_id TEXT NOT NULL, correction_kind TEXT "
                    "NOT NULL, correction_at BIGINT NOT NULL, reason TEXT NOT NULL, "
                    "decided_by_name TEXT NOT NULL, decided_at BIGINT NOT NULL, created_at BIGINT "
                    "NOT NULL)"),
                QStringLiteral("CREATE INDEX idx_att_requests_user ON att_requests(user_id, kind, state)"),
                QStringLiteral("CREATE INDEX idx_att_requests_unit ON att_requests(unit_id, state)"),
            }),
        // The atasan's note on a decision, shown to the requester (a refusal says why).
        Migration::fromSql(
            QStringLiteral("attendance-requests"), 2, QStringLiteral("decision note"),
            {QStringLiteral("ALTER TABLE att_requests ADD COLUMN note TEXT NOT NULL DEFAULT ''")}),
    };
}

QList<EntitySpec> requestEntities()
{
    return {EntitySpec{kRequestEntity,
                       ConflictRule::Optimistic,
                       ReadScope::OwnerAndSupervisors,
                       16 * 1024,
                       {Role::Kepegawaian},
                       makeRequestPolicy(),
                       projectRequest,
                       {}}};
}

// ---- RequestService ----

RequestService::RequestService(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

Status RequestService::checkLeaveFits(const QString& userId, const QDate& from, const QDate& until,
                                      const QString& excludeId, bool countPending) const
{
    // Checked per year the leave touches.
    for (int year = from.year(); year <= until.year(); ++year) {
        auto b = balance(userId, year);
        if (!b)
            return b.error();
        QList<LeaveDays> only{{from, until, RequestState::Disetujui}};
        const int asked = leaveBalance(year, only).used;
        int others = countPending ? b->pending : 0;
        if (!excludeId.isEmpty()) {
            auto self =
                m_db.scalar(QStringLiteral("SELECT state FROM att_requests WHERE id = ?"), {excludeId});
            if (self && self->toString() == QLatin1String("diajukan"))
                others = std::max(0, others - asked);
        }
        if (asked + others > b->remaining)
            return Error(tr("Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3")
                             .arg(year)
                             .arg(std::max(0, b->remaining - others))
                             .arg(asked),
                         Error::Code::InvalidInput);
    }
    return {};
}

Result<QString> RequestService::submit(const RequestDraft& draft)
{
    if (draft.kind == RequestKind::CutiTahunan && draft.from.isValid() && draft.until.isValid() &&
        draft.from <= draft.until) {
        if (Status s = checkLeaveFits(m_actor.user.id, draft.from, draft.until, {}, true); !s)
            return s.error();
    }
    return sync::ClientStore(m_db, m_actor).put(kRequestEntity, newUuid(), requestRow(draft, m_actor));
}

Status RequestService::decide(const QString& requestId, RequestState to, const QString& note)
{
    auto row = sync::ClientStore(m_db).get(kRequestEntity, requestId);
    if (!row)
        return row.error();
    QJsonObject data = row->data;
    if (to == RequestState::Disetujui && str(data, kKind) == requestKindKey(RequestKind::CutiTahunan) &&
        str(data, kState) == requestStateKey(RequestState::Diajukan)) {
        if (Status s = checkLeaveFits(str(data, kUserId), isoDate(str(data, kFrom)),
                                      isoDate(str(data, kUntil)), requestId, false);
            !s)
            return s;
    }
    data.insert(kState, requestStateKey(to));
    if (!note.isEmpty())
        data.insert(kNote, note);
    auto r = sync::ClientStore(m_db, m_actor).put(kRequestEntity, requestId, data);
    return r ? Status() : Status(r.error());
}

Status RequestService::cancel(const QString& requestId)
{
    return decide(requestId, RequestState::Dibatalkan, {});
}

Status RequestService::approve(const QString& requestId, const QString& note)
{
    return decide(requestId, RequestState::Disetujui, note);
}

Status RequestService::refuse(const QString& requestId, const QString& note)
{
    return decide(requestId, RequestState::Ditolak, note);
}

Result<QList<AttendanceRequest>> RequestService::query(const QString& where,
                                                       const QVariantList& bindings) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT r.id, r.user_id, COALESCE(u.full_name, ''), r.unit_id, r.kind, r.date_from, "
                       "r.date_until, r.state, r.reason, r.event_id, r.correction_kind, r.correction_at, "
                       "r.decided_by_name, r.decided_at, r.created_at, r.note FROM att_requests r "
                       "LEFT JOIN users u ON u.id = r.user_id WHERE ") +
            where + QStringLiteral(" ORDER BY r.date_from DESC, r.created_at DESC"),
        bindings);
    if (!q)
        return q.error();
    QList<AttendanceRequest> out;
    while (q->next()) {
        AttendanceRequest r;
        r.id = q->value(0).toString();
        r.userId = q->value(1).toString();
        r.userName = q->value(2).toString();
        r.unitId = q->value(3).toString();
        r.kind = requestKindFromKey(q->value(4).toString()).value_or(RequestKind::Izin);
        r.from = isoDate(q->value(5).toString());
        r.until = isoDate(q->value(6).toString());
        r.state = requestStateFromKey(q->value(7).toString()).value_or(RequestState::Diajukan);
        r.reason = q->value(8).toString();
        r.eventId = q->value(9).toString();
        r.correctionKind = q->value(10).toString();
        r.correctionAt = q->value(11).toLongLong();
        r.decidedByName = q->value(12).toString();
        r.decidedAt = q->value(13).toLongLong();
        r.createdAt = q->value(14).toLongLong();
        r.note = q->value(15).toString();
        out.append(r);
    }
    return out;
}

Result<QList<AttendanceRequest>> RequestService::mine() const
{
    return query(QStringLiteral("r.user_id = ?"), {m_actor.user.id});
}

Result<QList<AttendanceRequest>> RequestService::waitingForMe() const
{
    if (!m_actor.isAtasan() || m_actor.unitSubtree.isEmpty())
        return QList<AttendanceRequest>();
    QStringList marks;
    QVariantList bindings{m_actor.user.id, m_actor.user.unitId, roleKey(Role::Atasan)};
    for (const QString& unit : m_actor.unitSubtree) {
        marks.append(QStringLiteral("?"));
        bindings.append(unit);
    }
    // An atasan of my own unit asks someone above me.
    return query(QStringLiteral("r.state = 'diajukan' AND r.user_id <> ? AND NOT (r.unit_id = ? AND EXISTS "
                                "(SELECT 1 FROM user_roles ur WHERE ur.user_id = r.user_id AND ur.role = ?)) "
                                "AND r.unit_id IN (") +
                     marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                 bindings);
}

Result<LeaveBalance> RequestService::balance(const QString& userId, int year) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT date_from, date_until, state FROM att_requests WHERE user_id = ? "
                       "AND kind = 'cuti_tahunan' AND state IN ('diajukan', 'disetujui') "
                       "AND date_until >= ? AND date_from <= ?"),
        {userId, QDate(year - 1, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<LeaveDays> days;
    while (q->next()) {
        days.append({isoDate(q->value(0).toString()), isoDate(q->value(1).toString()),
                     requestStateFromKey(q->value(2).toString()).value_or(RequestState::Diajukan)});
    }
    return leaveBalance(year, days);
}

} // namespace lontar::attendance
