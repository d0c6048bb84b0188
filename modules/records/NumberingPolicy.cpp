#include "records/NumberingPolicy.h"

#include "core/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

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

QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}

qint64 integer(const QJsonObject& o, const QString& key)
{
    return qint64(o.value(key).toDouble());
}

// The year a claim is checked against: the server's clock there; on the device its own date (the server
// repeats the check with its clock).
int currentYear(const WriteContext& context)
{
    if (context.onServer && context.serverTimeMs > 0)
        return QDateTime::fromMSecsSinceEpoch(context.serverTimeMs, Qt::UTC).date().year();
    return QDate::currentDate().year();
}

// Only the server's copy of a block carries the time it was reserved: a block with it is confirmed.
bool confirmed(const QJsonObject& block)
{
    return integer(block, QStringLiteral("reservedAt")) > 0;
}

// deviceId and userId come from the session; a claim naming anyone else is refused, never rewritten.
Status stampActor(const WriteContext& context, QJsonObject& data, const QString& what)
{
    const Actor& actor = context.actor;
    if (actor.deviceId.isEmpty())
        return forbidden(QCoreApplication::translate("lontar::records::NumberingPolicy",
                                                     "Perangkat ini belum terdaftar di server"));
    const QString device = str(data, QStringLiteral("deviceId"));
    const QString user = str(data, QStringLiteral("userId"));
    if ((!device.isEmpty() && device != actor.deviceId) || (!user.isEmpty() && user != actor.user.id))
        return forbidden(QCoreApplication::translate("lontar::records::NumberingPolicy",
                                                     "%1 hanya dapat dicatat untuk perangkat dan akun Anda "
                                                     "sendiri")
                             .arg(what));
    data.insert(QStringLiteral("deviceId"), actor.deviceId);
    data.insert(QStringLiteral("userId"), actor.user.id);
    return {};
}

// A claimed block of numbers of a unit's book for a year.
class NumberBlockPolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::NumberingPolicy)

public:
    NumberBlockPolicy()
    {
        m_schema.uuid(QStringLiteral("unitId"), true)
            .integer(QStringLiteral("year"), true)
            .integer(QStringLiteral("index"), true)
            .integer(QStringLiteral("first"), true)
            .integer(QStringLiteral("last"), true)
            .uuid(QStringLiteral("deviceId"), true)
            .uuid(QStringLiteral("userId"), true)
            .timestamp(QStringLiteral("reservedAt"), true)
            .enumeration(QStringLiteral("book"), false, {kBookKeluar, kBookAgenda});
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Blok nomor naskah tidak dapat dihapus"));
        if (context.current)
            return forbidden(tr("Blok nomor naskah tidak dapat diubah setelah dipesan"));
        if (Status s = stampActor(context, data, tr("Blok nomor")); !s)
            return s.error();
        data.insert(QStringLiteral("reservedAt"), double(context.onServer ? context.serverTimeMs : 0));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        const QString unit = str(data, QStringLiteral("unitId"));
        const QString book = bookOf(data);
        const bool agenda = book == kBookAgenda;
        if (agenda ? !mayRegisterAgendaOf(context.actor, unit) : !mayNumberLettersOf(context.actor, unit))
            return forbidden(agenda
                                 ? tr("Anda tidak berwenang memesan nomor agenda naskah masuk untuk unit ini")
                                 : tr("Anda tidak berwenang memesan nomor naskah untuk unit ini"));
        const qint64 year = integer(data, QStringLiteral("year"));
        const int now = currentYear(context);
        // Old letters are registered late (an archive taken in): their agenda book is the year received.
        const int earliest = agenda ? kEarliestAgendaYear : now - 1;
        if (year < earliest || year > now + 1)
            return invalid(
                tr("Nomor naskah hanya dipesan untuk tahun %1 sampai %2").arg(earliest).arg(now + 1));
        const qint64 index = integer(data, QStringLiteral("index"));
        if (index < 0 || index > kMaxBlockIndex)
            return invalid(tr("Urutan blok nomor di luar batas"));
        if (integer(data, QStringLiteral("first")) != index * kNumberBlockSize + 1 ||
            integer(data, QStringLiteral("last")) != (index + 1) * kNumberBlockSize)
            return invalid(tr("Blok ke-%1 harus berisi nomor %2 sampai %3")
                               .arg(index + 1)
                               .arg(index * kNumberBlockSize + 1)
                               .arg((index + 1) * kNumberBlockSize));
        if (numberBlockId(unit, int(year), int(index), book) != context.entityId)
            return invalid(tr("Kode blok nomor tidak sesuai dengan unit, tahun, buku dan urutannya"));
        // Blocks follow each other, so every number below the last block's end lies in some block and
        // the book has no stretch nobody can explain.
        if (index > 0 &&
            !context.find(kNumberBlockEntity, numberBlockId(unit, int(year), int(index) - 1, book)))
            return invalid(tr("Blok nomor sebelumnya belum dipesan; sinkronkan lalu pesan lagi"));
        if (Status s = checkHoarding(context, unit, int(year), book, int(index)); !s)
            return s.error();
        RowAccess access;
        access.unitId = unit;
        access.ownerId = context.actor.user.id;
        return access;
    }

    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        Q_UNUSED(context);
        QJsonObject details;
        for (const char* k : {"unitId", "year", "index", "first", "last", "deviceId"})
            details.insert(QLatin1String(k), data.value(QLatin1String(k)));
        details.insert(QStringLiteral("book"), bookOf(data));
        return AuditNote{QStringLiteral("records.number_block.reserved"), details};
    }

private:
    // The unused numbers this device already holds in confirmed blocks of the book. Read by key, not by
    // scanning the user's rows (a pencatat's book grows by thousands a year and every claim runs this):
    // the blocks just below the claimed one, each number probed by its use row's id. Numbers left
    // unused further back than kHoardingWindow blocks are not counted as held.
    Status checkHoarding(const WriteContext& context, const QString& unit, int year, const QString& book,
                         int index) const
    {
        if (!context.lookup)
            return {};
        const Actor& actor = context.actor;
        qint64 unused = 0;
        for (int i = index - 1; i >= 0 && i >= index - kHoardingWindow; --i) {
            const QString blockId = numberBlockId(unit, year, i, book);
            const std::optional<QJsonObject> b = context.find(kNumberBlockEntity, blockId);
            if (!b || str(*b, QStringLiteral("deviceId")) != actor.deviceId || !confirmed(*b))
                continue;
            for (int seq = i * kNumberBlockSize + 1; seq <= (i + 1) * kNumberBlockSize; ++seq) {
                if (!context.find(kNumberUseEntity, numberUseId(blockId, seq, kNumberUsed)))
                    ++unused;
            }
        }
        if (unused >= maxUnusedHeld(book))
            return forbidden(tr("Perangkat ini masih memegang %1 nomor yang belum dipakai").arg(unused));
        return {};
    }

    static constexpr int kHoardingWindow = 40;

    FieldSchema m_schema;
};

// One number of a block, used by a letter or voided afterwards.
class NumberUsePolicy final : public EntityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lontar::records::NumberingPolicy)

public:
    NumberUsePolicy()
    {
        m_schema.uuid(QStringLiteral("blockId"), true)
            .uuid(QStringLiteral("unitId"), true)
            .integer(QStringLiteral("year"), true)
            .integer(QStringLiteral("seq"), true)
            .enumeration(QStringLiteral("kind"), true, {kNumberUsed, kNumberVoid})
            .uuid(QStringLiteral("letterId"), true)
            .string(QStringLiteral("reason"), false, 500)
            .uuid(QStringLiteral("deviceId"), true)
            .uuid(QStringLiteral("userId"), true)
            .timestamp(QStringLiteral("recordedAt"), true);
    }

    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return forbidden(tr("Catatan nomor naskah tidak dapat dihapus"));
        if (context.current)
            return forbidden(tr("Catatan nomor naskah tidak dapat diubah; batalkan nomornya dengan alasan"));
        if (Status s = stampActor(context, data, tr("Pemakaian nomor")); !s)
            return s.error();
        data.insert(QStringLiteral("recordedAt"), double(context.onServer ? context.serverTimeMs : 0));
        // Unit and year are the block's; a claim of another is refused.
        const QString blockId = str(data, QStringLiteral("blockId"));
        const std::optional<QJsonObject> block = context.find(kNumberBlockEntity, blockId);
        if (!block || !confirmed(*block))
            return invalid(tr("Blok nomor ini belum dikonfirmasi server"));
        const QString unit = str(*block, QStringLiteral("unitId"));
        const qint64 year = integer(*block, QStringLiteral("year"));
        if ((data.contains(QStringLiteral("unitId")) && str(data, QStringLiteral("unitId")) != unit) ||
            (data.contains(QStringLiteral("year")) && integer(data, QStringLiteral("year")) != year))
            return invalid(tr("Unit dan tahun nomor harus sama dengan bloknya"));
        data.insert(QStringLiteral("unitId"), unit);
        data.insert(QStringLiteral("year"), double(year));
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        if (!mayNumberLettersOf(context.actor, unit))
            return forbidden(tr("Anda tidak berwenang memberi nomor naskah unit ini"));
        const qint64 seq = integer(data, QStringLiteral("seq"));
        if (seq < integer(*block, QStringLiteral("first")) || seq > integer(*block, QStringLiteral("last")))
            return invalid(tr("Nomor %1 tidak termasuk blok ini").arg(seq));
        const QString kind = str(data, QStringLiteral("kind"));
        if (numberUseId(blockId, int(seq), kind) != context.entityId)
            return invalid(tr("Kode catatan nomor tidak sesuai dengan blok dan nomornya"));
        const QString letter = str(data, QStringLiteral("letterId"));
        const bool holder = str(*block, QStringLiteral("deviceId")) == context.actor.deviceId;
        if (kind == kNumberUsed) {
            // Only the device the server gave the block to numbers letters from it.
            if (!holder)
                return forbidden(tr("Nomor %1 termasuk blok perangkat lain").arg(seq));
            if (!str(data, QStringLiteral("reason")).isEmpty())
                return invalid(tr("Alasan hanya untuk nomor yang dibatalkan"));
            // An incoming letter carries its one agenda number, fixed at registration and checked against
            // this row by the letter's policy (checkAgendaNumber): no scan of the pencatat's whole book.
            if (bookOf(*block) == kBookKeluar) {
                if (Status s = checkLetterHasNoNumber(context, letter); !s)
                    return s.error();
            }
        } else {
            const std::optional<QJsonObject> use =
                context.find(kNumberUseEntity, numberUseId(blockId, int(seq), kNumberUsed));
            if (!use || str(*use, QStringLiteral("letterId")) != letter)
                return invalid(tr("Nomor %1 belum dipakai naskah ini, jadi tidak dapat dibatalkan").arg(seq));
            if (!holder && str(*use, QStringLiteral("userId")) != context.actor.user.id)
                return forbidden(tr("Nomor %1 hanya dapat dibatalkan oleh pemakainya").arg(seq));
            if (str(data, QStringLiteral("reason")).trimmed().isEmpty())
                return invalid(tr("Sebutkan alasan pembatalan nomor %1").arg(seq));
        }
        RowAccess access;
        access.unitId = unit;
        access.ownerId = context.actor.user.id;
        return access;
    }

    std::optional<AuditNote> auditNote(const WriteContext& context, const QJsonObject& data) const override
    {
        Q_UNUSED(context);
        QJsonObject details;
        for (const char* k : {"blockId", "unitId", "year", "seq", "letterId", "reason", "deviceId"})
            details.insert(QLatin1String(k), data.value(QLatin1String(k)));
        const bool used = data.value(QStringLiteral("kind")).toString() == kNumberUsed;
        return AuditNote{
            used ? QStringLiteral("records.number.used") : QStringLiteral("records.number.voided"), details};
    }

private:
    // One letter, one number: among the writer's own number rows (a letter is numbered by whoever drafts
    // it); a voided number frees the letter for a new one.
    Status checkLetterHasNoNumber(const WriteContext& context, const QString& letterId) const
    {
        if (!context.ownedRows)
            return {};
        QSet<QString> used;
        QSet<QString> voided;
        for (const QJsonObject& u : context.ownedRows(kNumberUseEntity, context.actor.user.id)) {
            if (str(u, QStringLiteral("letterId")) != letterId)
                continue;
            const QString key = str(u, QStringLiteral("blockId")) + QLatin1Char('/') +
                                QString::number(integer(u, QStringLiteral("seq")));
            (str(u, QStringLiteral("kind")) == kNumberUsed ? used : voided).insert(key);
        }
        used.subtract(voided);
        if (!used.isEmpty())
            return forbidden(tr("Naskah ini sudah bernomor"));
        return {};
    }

    FieldSchema m_schema;
};

} // namespace

QString numberBlockId(const QString& unitId, int year, int index, const QString& book)
{
    if (book == kBookKeluar)
        return nameBasedUuid(
            QStringLiteral("records/number-block/%1/%2/%3").arg(unitId).arg(year).arg(index));
    return nameBasedUuid(
        QStringLiteral("records/number-block/%1/%2/%3/%4").arg(book, unitId).arg(year).arg(index));
}

QString bookOf(const QJsonObject& block)
{
    const QString book = block.value(QStringLiteral("book")).toString();
    return book.isEmpty() ? kBookKeluar : book;
}

int maxUnusedHeld(const QString& book)
{
    return book == kBookAgenda ? kMaxUnusedAgendaHeld : kMaxUnusedHeld;
}

bool mayRegisterAgendaOf(const Actor& actor, const QString& unitId)
{
    const User& u = actor.user;
    if (u.hasRole(Role::Kiosk) || unitId.isEmpty() || !actor.unitSubtree.contains(unitId))
        return false;
    return u.hasRole(Role::Pencatat) || u.hasRole(Role::Arsiparis);
}

namespace {

// The number (block, seq) of a letter in `book`: a confirmed block of the letter's unit, year and book,
// held by the writing device, and a use row naming this letter that was not voided.
Status checkNumberOfBook(const WriteContext& context, const QString& book, const QString& letterId,
                         const QString& unitId, int year, const QString& blockId, int seq)
{
    const bool agenda = book == kBookAgenda;
    const auto say = [](const char* text) {
        return QCoreApplication::translate("lontar::records::NumberingPolicy", text);
    };
    const std::optional<QJsonObject> block =
        blockId.isEmpty() ? std::nullopt : context.find(kNumberBlockEntity, blockId);
    const qint64 index = block ? integer(*block, QStringLiteral("index")) : -1;
    if (!block || !confirmed(*block) || bookOf(*block) != book ||
        str(*block, QStringLiteral("unitId")) != unitId || integer(*block, QStringLiteral("year")) != year ||
        numberBlockId(unitId, year, int(index), book) != blockId ||
        seq < integer(*block, QStringLiteral("first")) || seq > integer(*block, QStringLiteral("last")))
        return forbidden((agenda ? say(QT_TRANSLATE_NOOP(
                                       "lontar::records::NumberingPolicy",
                                       "Nomor agenda %1 bukan nomor dari blok nomor agenda unit ini tahun %2 "
                                       "yang dikonfirmasi server"))
                                 : say(QT_TRANSLATE_NOOP(
                                       "lontar::records::NumberingPolicy",
                                       "Nomor %1 bukan nomor dari blok nomor naskah unit ini tahun %2 yang "
                                       "dikonfirmasi server")))
                             .arg(seq)
                             .arg(year));
    if (str(*block, QStringLiteral("deviceId")) != context.actor.deviceId)
        return forbidden((agenda ? say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor agenda %1 termasuk blok perangkat lain"))
                                 : say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor %1 termasuk blok perangkat lain")))
                             .arg(seq));
    const std::optional<QJsonObject> use =
        context.find(kNumberUseEntity, numberUseId(blockId, seq, kNumberUsed));
    if (!use)
        return forbidden((agenda ? say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor agenda %1 belum tercatat dipakai"))
                                 : say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor %1 belum tercatat dipakai")))
                             .arg(seq));
    if (str(*use, QStringLiteral("letterId")) != letterId)
        return forbidden((agenda ? say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor agenda %1 sudah dipakai naskah lain"))
                                 : say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                                         "Nomor %1 sudah dipakai naskah lain")))
                             .arg(seq));
    if (context.find(kNumberUseEntity, numberUseId(blockId, seq, kNumberVoid)))
        return forbidden(
            (agenda ? say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy",
                                            "Nomor agenda %1 sudah dibatalkan"))
                    : say(QT_TRANSLATE_NOOP("lontar::records::NumberingPolicy", "Nomor %1 sudah dibatalkan")))
                .arg(seq));
    return {};
}

} // namespace

Status checkAgendaNumber(const WriteContext& context, const QString& letterId, const QString& unitId,
                         int year, const QString& blockId, int seq)
{
    return checkNumberOfBook(context, kBookAgenda, letterId, unitId, year, blockId, seq);
}

QString numberUseId(const QString& blockId, int seq, const QString& kind)
{
    return nameBasedUuid(QStringLiteral("records/number-use/%1/%2/%3").arg(blockId).arg(seq).arg(kind));
}

bool mayNumberLettersOf(const Actor& actor, const QString& unitId)
{
    const User& u = actor.user;
    if (u.hasRole(Role::Kiosk) || unitId.isEmpty() || !actor.unitSubtree.contains(unitId))
        return false;
    for (Role r : {Role::Asn, Role::Pencatat, Role::Arsiparis, Role::Atasan, Role::Penandatangan}) {
        if (u.hasRole(r))
            return true;
    }
    return false;
}

Status checkLetterNumber(const WriteContext& context, const QString& letterId, const QString& unitId,
                         int year, const QString& blockId, int seq)
{
    return checkNumberOfBook(context, kBookKeluar, letterId, unitId, year, blockId, seq);
}

std::shared_ptr<const EntityPolicy> makeNumberBlockPolicy()
{
    return std::make_shared<NumberBlockPolicy>();
}

std::shared_ptr<const EntityPolicy> makeNumberUsePolicy()
{
    return std::make_shared<NumberUsePolicy>();
}

} // namespace lontar::records
