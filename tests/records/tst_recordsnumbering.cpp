#include "TestSupport.h"

#include "core/Uuid.h"
#include "records/NumberingPolicy.h"
#include "records/RecordsPolicies.h"

#include <QDateTime>
#include <QHash>

using namespace lontar;
using namespace lontar::records;

// The number-block and number-use policies as the server runs them: what a modified client could send
// (a claim for another device, a block whose numbers do not match its index, a changed or deleted block, a
// year far away, a number from another device's block, a void without reason) is refused.
class TestRecordsNumbering : public QObject
{
    Q_OBJECT

    const QString m_unit = nameBasedUuid(QStringLiteral("test/unit/tu"));
    const QString m_sub = nameBasedUuid(QStringLiteral("test/unit/tu/sub"));
    const QString m_otherUnit = nameBasedUuid(QStringLiteral("test/unit/other"));
    const QString m_device = newUuid();
    const QString m_otherDevice = newUuid();
    // 3 March 2026, 10:00 UTC: the server's clock in these checks.
    const qint64 m_now = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

    QHash<QString, QJsonObject> m_rows; // what lookup() finds: entityId → stored row
    QList<QJsonObject> m_owned;         // what ownedRows() returns

    Actor actor(QList<Role> roles = {Role::Asn, Role::Pencatat}, QString device = {})
    {
        User u;
        u.id = nameBasedUuid(QStringLiteral("test/user/tu"));
        u.username = QStringLiteral("tu");
        u.unitId = m_unit;
        u.roles = std::move(roles);
        return Actor{u, device.isEmpty() ? m_device : device, {m_unit, m_sub}, 0};
    }

    Result<RowAccess> write(const EntityPolicy& policy, const Actor& a, const QString& id, QJsonObject& data,
                            std::optional<QJsonObject> current = std::nullopt, bool isDelete = false)
    {
        WriteContext c{a, true, m_now, id, isDelete, std::move(current), {}, {}, {}};
        c.lookup = [this](const QString&, const QString& entityId) -> std::optional<QJsonObject> {
            const auto it = m_rows.constFind(entityId);
            return it == m_rows.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
        };
        c.ownedRows = [this](const QString&, const QString&) { return m_owned; };
        return policy.authorizeWrite(c, data);
    }

    static QJsonObject claim(const QString& unit, int year, int index)
    {
        return QJsonObject{{QStringLiteral("unitId"), unit},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("index"), index},
                           {QStringLiteral("first"), index * kNumberBlockSize + 1},
                           {QStringLiteral("last"), (index + 1) * kNumberBlockSize}};
    }

    // A block as the server stored it for `device`.
    QJsonObject storedBlock(int index, const QString& device, qint64 reservedAt = 1)
    {
        QJsonObject b = claim(m_unit, 2026, index);
        b.insert(QStringLiteral("deviceId"), device);
        b.insert(QStringLiteral("userId"), actor().user.id);
        b.insert(QStringLiteral("reservedAt"), double(reservedAt));
        m_rows.insert(numberBlockId(m_unit, 2026, index), b);
        return b;
    }

    QJsonObject use(int index, int seq, const QString& kind, const QString& letter,
                    const QString& reason = {})
    {
        QJsonObject u{{QStringLiteral("blockId"), numberBlockId(m_unit, 2026, index)},
                      {QStringLiteral("seq"), seq},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("letterId"), letter}};
        if (!reason.isEmpty())
            u.insert(QStringLiteral("reason"), reason);
        return u;
    }

    // An agenda-book block as the server stored it for `device`.
    QJsonObject storedAgendaBlock(int index, const QString& device, int year = 2026, qint64 reservedAt = 1)
    {
        QJsonObject b = claim(m_unit, year, index);
        b.insert(QStringLiteral("book"), kBookAgenda);
        b.insert(QStringLiteral("deviceId"), device);
        b.insert(QStringLiteral("userId"), actor().user.id);
        b.insert(QStringLiteral("reservedAt"), double(reservedAt));
        m_rows.insert(numberBlockId(m_unit, year, index, kBookAgenda), b);
        return b;
    }

    static QJsonObject agendaClaim(const QString& unit, int year, int index)
    {
        QJsonObject c = claim(unit, year, index);
        c.insert(QStringLiteral("book"), kBookAgenda);
        return c;
    }

    // A new incoming letter as a device sends it.
    QJsonObject letter(int seq, const QString& blockId, int year = 2026) const
    {
        QJsonObject o{{QStringLiteral("perihal"), QStringLiteral("Undangan rapat")},
                      {QStringLiteral("sifat"), QStringLiteral("biasa")},
                      {QStringLiteral("securityClass"), QStringLiteral("biasa")},
                      {QStringLiteral("unitId"), m_unit},
                      {QStringLiteral("agendaSeq"), seq},
                      {QStringLiteral("agendaYear"), year},
                      {QStringLiteral("agenda"), formatAgenda(seq, year)},
                      {QStringLiteral("receivedDate"), QDate(year, 3, 2).toString(Qt::ISODate)},
                      {QStringLiteral("status"), QStringLiteral("tercatat")}};
        if (!blockId.isEmpty())
            o.insert(QStringLiteral("agendaBlockId"), blockId);
        return o;
    }

    static void expectRefused(const Result<RowAccess>& r, Error::Code code, const QString& contains)
    {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(int(r.error().code), int(code));
        QVERIFY2(r.errorMessage().contains(contains), qPrintable(r.errorMessage()));
    }

private Q_SLOTS:
    void init()
    {
        m_rows.clear();
        m_owned.clear();
    }

    void claimIsStampedFromTheSessionAndTheServerClock()
    {
        const auto policy = makeNumberBlockPolicy();
        QJsonObject data = claim(m_unit, 2026, 0);
        auto r = write(*policy, actor(), numberBlockId(m_unit, 2026, 0), data);
        LONTAR_VERIFY_OK(r);
        QCOMPARE(r->unitId, m_unit);
        QCOMPARE(r->ownerId, actor().user.id);
        QCOMPARE(data.value(QStringLiteral("deviceId")).toString(), m_device);
        QCOMPARE(data.value(QStringLiteral("userId")).toString(), actor().user.id);
        QCOMPARE(qint64(data.value(QStringLiteral("reservedAt")).toDouble()), m_now);
        // A client-sent reservation time is replaced by the server's.
        QJsonObject early = claim(m_unit, 2026, 0);
        early.insert(QStringLiteral("reservedAt"), 5.0);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 0), early));
        QCOMPARE(qint64(early.value(QStringLiteral("reservedAt")).toDouble()), m_now);
        // On the device (before the server saw it) the block has no reservation time: not confirmed.
        QJsonObject local = claim(m_unit, 2026, 0);
        WriteContext c{actor(), false, 0, numberBlockId(m_unit, 2026, 0), false, std::nullopt, {}, {}, {}};
        LONTAR_VERIFY_OK(policy->authorizeWrite(c, local));
        QCOMPARE(local.value(QStringLiteral("reservedAt")).toDouble(), 0.0);
        // An atasan of the unit above may claim for a unit beneath; the audit note names the block.
        QJsonObject sub = claim(m_sub, 2026, 0);
        LONTAR_VERIFY_OK(write(*policy, actor({Role::Atasan}), numberBlockId(m_sub, 2026, 0), sub));
        WriteContext note{actor(), true, m_now, numberBlockId(m_sub, 2026, 0), false, std::nullopt,
                          {},      {},   {}};
        const auto n = policy->auditNote(note, sub);
        QVERIFY(n.has_value());
        QCOMPARE(n->action, QStringLiteral("records.number_block.reserved"));
        QCOMPARE(n->details.value(QStringLiteral("first")).toInt(), 1);
    }

    void claimForAnotherDeviceOrUserIsRefused()
    {
        const auto policy = makeNumberBlockPolicy();
        const QString id = numberBlockId(m_unit, 2026, 0);
        QJsonObject forDevice = claim(m_unit, 2026, 0);
        forDevice.insert(QStringLiteral("deviceId"), m_otherDevice);
        expectRefused(write(*policy, actor(), id, forDevice), Error::Code::Forbidden,
                      QStringLiteral("perangkat"));
        QJsonObject forUser = claim(m_unit, 2026, 0);
        forUser.insert(QStringLiteral("userId"), newUuid());
        expectRefused(write(*policy, actor(), id, forUser), Error::Code::Forbidden, QStringLiteral("akun"));
        // A session without a device (never enrolled) cannot hold a block.
        QJsonObject noDevice = claim(m_unit, 2026, 0);
        Actor a = actor();
        a.deviceId.clear();
        expectRefused(write(*policy, a, id, noDevice), Error::Code::Forbidden,
                      QStringLiteral("belum terdaftar"));
    }

    void claimOutsideOnesUnitOrRoleIsRefused()
    {
        const auto policy = makeNumberBlockPolicy();
        QJsonObject other = claim(m_otherUnit, 2026, 0);
        expectRefused(write(*policy, actor(), numberBlockId(m_otherUnit, 2026, 0), other),
                      Error::Code::Forbidden, QStringLiteral("tidak berwenang"));
        for (const QList<Role>& roles :
             {QList<Role>{Role::Kiosk}, QList<Role>{Role::Kiosk, Role::Asn}, QList<Role>{Role::Bendahara}}) {
            QJsonObject data = claim(m_unit, 2026, 0);
            expectRefused(write(*policy, actor(roles), numberBlockId(m_unit, 2026, 0), data),
                          Error::Code::Forbidden, QStringLiteral("tidak berwenang"));
        }
    }

    void blockNumbersMustMatchItsIndexAndId()
    {
        const auto policy = makeNumberBlockPolicy();
        storedBlock(0, m_otherDevice);
        const QString id = numberBlockId(m_unit, 2026, 1);
        QJsonObject shifted = claim(m_unit, 2026, 1);
        shifted.insert(QStringLiteral("first"), 20); // overlaps block 0 by one number
        expectRefused(write(*policy, actor(), id, shifted), Error::Code::InvalidInput,
                      QStringLiteral("21 sampai 40"));
        QJsonObject longer = claim(m_unit, 2026, 1);
        longer.insert(QStringLiteral("last"), 1000);
        expectRefused(write(*policy, actor(), id, longer), Error::Code::InvalidInput,
                      QStringLiteral("21 sampai 40"));
        QJsonObject negative = claim(m_unit, 2026, -1);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, -1), negative),
                      Error::Code::InvalidInput, QStringLiteral("di luar batas"));
        // Index 1's numbers under index 5's id (or another unit's): the id must follow from the fields.
        QJsonObject wrongId = claim(m_unit, 2026, 1);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 5), wrongId),
                      Error::Code::InvalidInput, QStringLiteral("Kode blok"));
        expectRefused(write(*policy, actor(), newUuid(), wrongId), Error::Code::InvalidInput,
                      QStringLiteral("Kode blok"));
        // Skipping a block would leave numbers no one can explain.
        QJsonObject skip = claim(m_unit, 2026, 3);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 3), skip),
                      Error::Code::InvalidInput, QStringLiteral("sebelumnya"));
        QJsonObject next = claim(m_unit, 2026, 1);
        LONTAR_VERIFY_OK(write(*policy, actor(), id, next));
    }

    void blockIsNeverChangedOrDeleted()
    {
        const auto policy = makeNumberBlockPolicy();
        const QJsonObject stored = storedBlock(0, m_device, m_now);
        QJsonObject again = claim(m_unit, 2026, 0);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 0), again, stored),
                      Error::Code::Forbidden, QStringLiteral("tidak dapat diubah"));
        QJsonObject none;
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 0), none, stored, true),
                      Error::Code::Forbidden, QStringLiteral("tidak dapat dihapus"));
    }

    void yearWithinOneOfTheServersYear()
    {
        const auto policy = makeNumberBlockPolicy();
        for (int year : {2025, 2026, 2027}) {
            QJsonObject data = claim(m_unit, year, 0);
            LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, year, 0), data));
        }
        for (int year : {2024, 2028, 2100, 0}) {
            QJsonObject data = claim(m_unit, year, 0);
            expectRefused(write(*policy, actor(), numberBlockId(m_unit, year, 0), data),
                          Error::Code::InvalidInput, QStringLiteral("2025 sampai 2027"));
        }
    }

    void deviceMayNotHoardNumbers()
    {
        const auto policy = makeNumberBlockPolicy();
        // Two confirmed blocks of this device, nothing used: 40 numbers held, a third block is refused.
        m_owned = {storedBlock(0, m_device), storedBlock(1, m_device)};
        QJsonObject third = claim(m_unit, 2026, 2);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 2), third), Error::Code::Forbidden,
                      QStringLiteral("40 nomor"));
        // Another device's blocks do not count against this one.
        m_owned = {storedBlock(0, m_otherDevice), storedBlock(1, m_otherDevice)};
        QJsonObject ok = claim(m_unit, 2026, 2);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 2), ok));
        // Once one number is used (39 held), the device may claim again. The server finds the use row
        // by its id (not by reading the user's rows).
        m_owned = {storedBlock(0, m_device), storedBlock(1, m_device)};
        m_rows.insert(numberUseId(numberBlockId(m_unit, 2026, 0), 1, kNumberUsed),
                      use(0, 1, kNumberUsed, newUuid()));
        QJsonObject after = claim(m_unit, 2026, 2);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 2), after));
        m_rows.remove(numberUseId(numberBlockId(m_unit, 2026, 0), 1, kNumberUsed));
        // Unused numbers of blocks further back than the window the server reads are not counted: a
        // claim costs the same in a busy book's tenth year as in its first.
        // Here blocks 0 and 1 of this device stay unused while other devices took blocks 2 … 43.
        m_owned.clear();
        for (int i = 2; i < 44; ++i)
            storedBlock(i, m_otherDevice);
        QJsonObject far = claim(m_unit, 2026, 44);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 44), far));
        // Claiming block 41 reads blocks 1 … 40: block 1 counts, block 0 does not (60 held, not 80).
        QJsonObject near = claim(m_unit, 2026, 41);
        storedBlock(40, m_device);
        storedBlock(39, m_device);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 41), near), Error::Code::Forbidden,
                      QStringLiteral("60 nomor"));
    }

    void numberUseIsCheckedAgainstItsBlock()
    {
        const auto policy = makeNumberUsePolicy();
        storedBlock(0, m_device);
        storedBlock(1, m_otherDevice);
        const QString letter = newUuid();

        QJsonObject mine = use(0, 3, kNumberUsed, letter);
        auto r = write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 3, kNumberUsed), mine);
        LONTAR_VERIFY_OK(r);
        QCOMPARE(r->unitId, m_unit); // the block's unit and year, stamped
        QCOMPARE(mine.value(QStringLiteral("year")).toInt(), 2026);
        QCOMPARE(qint64(mine.value(QStringLiteral("recordedAt")).toDouble()), m_now);

        // The forgery: a number of another device's block.
        QJsonObject forged = use(1, 25, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 1), 25, kNumberUsed), forged),
            Error::Code::Forbidden, QStringLiteral("perangkat lain"));
        // A number outside the block, an unknown block, an unconfirmed block, a wrong id, another unit.
        QJsonObject outside = use(0, 21, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 21, kNumberUsed), outside),
            Error::Code::InvalidInput, QStringLiteral("tidak termasuk"));
        QJsonObject unknown = use(7, 141, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 7), 141, kNumberUsed), unknown),
            Error::Code::InvalidInput, QStringLiteral("belum dikonfirmasi"));
        storedBlock(2, m_device, 0);
        QJsonObject pending = use(2, 41, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 2), 41, kNumberUsed), pending),
            Error::Code::InvalidInput, QStringLiteral("belum dikonfirmasi"));
        QJsonObject wrongId = use(0, 4, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 5, kNumberUsed), wrongId),
            Error::Code::InvalidInput, QStringLiteral("Kode catatan"));
        QJsonObject wrongUnit = use(0, 4, kNumberUsed, newUuid());
        wrongUnit.insert(QStringLiteral("unitId"), m_otherUnit);
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 4, kNumberUsed), wrongUnit),
            Error::Code::InvalidInput, QStringLiteral("sama dengan bloknya"));
        QJsonObject otherDevice = use(0, 4, kNumberUsed, newUuid());
        otherDevice.insert(QStringLiteral("deviceId"), m_otherDevice);
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 4, kNumberUsed), otherDevice),
            Error::Code::Forbidden, QStringLiteral("perangkat"));
        // Never changed or deleted.
        QJsonObject again = use(0, 3, kNumberUsed, newUuid());
        expectRefused(
            write(*policy, actor(), numberUseId(numberBlockId(m_unit, 2026, 0), 3, kNumberUsed), again, mine),
            Error::Code::Forbidden, QStringLiteral("tidak dapat diubah"));
    }

    void oneLetterOneNumber()
    {
        const auto policy = makeNumberUsePolicy();
        storedBlock(0, m_device);
        const QString letter = newUuid();
        const QString blockId = numberBlockId(m_unit, 2026, 0);
        QJsonObject first = use(0, 1, kNumberUsed, letter);
        first.insert(QStringLiteral("userId"), actor().user.id);
        m_owned = {first};
        QJsonObject second = use(0, 2, kNumberUsed, letter);
        expectRefused(write(*policy, actor(), numberUseId(blockId, 2, kNumberUsed), second),
                      Error::Code::Forbidden, QStringLiteral("sudah bernomor"));
        // After its number was voided the letter may take a new one.
        m_owned.append(use(0, 1, kNumberVoid, letter, QStringLiteral("salah tujuan")));
        QJsonObject renumbered = use(0, 2, kNumberUsed, letter);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberUseId(blockId, 2, kNumberUsed), renumbered));
    }

    void voidNeedsTheUseAndAReason()
    {
        const auto policy = makeNumberUsePolicy();
        storedBlock(0, m_device);
        const QString blockId = numberBlockId(m_unit, 2026, 0);
        const QString letter = newUuid();
        const QString voidId = numberUseId(blockId, 5, kNumberVoid);
        QJsonObject early = use(0, 5, kNumberVoid, letter, QStringLiteral("draf dibuang"));
        expectRefused(write(*policy, actor(), voidId, early), Error::Code::InvalidInput,
                      QStringLiteral("belum dipakai"));
        QJsonObject used = use(0, 5, kNumberUsed, letter);
        used.insert(QStringLiteral("userId"), actor().user.id);
        m_rows.insert(numberUseId(blockId, 5, kNumberUsed), used);
        QJsonObject otherLetter = use(0, 5, kNumberVoid, newUuid(), QStringLiteral("draf dibuang"));
        expectRefused(write(*policy, actor(), voidId, otherLetter), Error::Code::InvalidInput,
                      QStringLiteral("belum dipakai"));
        QJsonObject noReason = use(0, 5, kNumberVoid, letter, QStringLiteral("   "));
        expectRefused(write(*policy, actor(), voidId, noReason), Error::Code::InvalidInput,
                      QStringLiteral("alasan"));
        // Neither the block's device nor the number's user: refused.
        Actor stranger = actor({Role::Asn}, m_otherDevice);
        stranger.user.id = newUuid();
        QJsonObject foreign = use(0, 5, kNumberVoid, letter, QStringLiteral("draf dibuang"));
        expectRefused(write(*policy, stranger, voidId, foreign), Error::Code::Forbidden,
                      QStringLiteral("pemakainya"));
        QJsonObject ok = use(0, 5, kNumberVoid, letter, QStringLiteral("draf dibuang"));
        LONTAR_VERIFY_OK(write(*policy, actor(), voidId, ok));
        // A used number carries no reason.
        QJsonObject reasoned = use(0, 6, kNumberUsed, newUuid(), QStringLiteral("?"));
        expectRefused(write(*policy, actor(), numberUseId(blockId, 6, kNumberUsed), reasoned),
                      Error::Code::InvalidInput, QStringLiteral("Alasan"));
    }

    void agendaBookHasBlocksOfItsOwn()
    {
        const auto policy = makeNumberBlockPolicy();
        // The agenda book's ids differ from the sent letters' book (rows without `book` keep their ids).
        QVERIFY(numberBlockId(m_unit, 2026, 0, kBookAgenda) != numberBlockId(m_unit, 2026, 0));
        QCOMPARE(numberBlockId(m_unit, 2026, 0, kBookKeluar), numberBlockId(m_unit, 2026, 0));
        QCOMPARE(bookOf(claim(m_unit, 2026, 0)), kBookKeluar);
        QJsonObject data = agendaClaim(m_unit, 2026, 0);
        auto r = write(*policy, actor(), numberBlockId(m_unit, 2026, 0, kBookAgenda), data);
        LONTAR_VERIFY_OK(r);
        QCOMPARE(data.value(QStringLiteral("book")).toString(), kBookAgenda);
        WriteContext note{actor(), true,         m_now, numberBlockId(m_unit, 2026, 0, kBookAgenda),
                          false,   std::nullopt, {},    {},
                          {}};
        QCOMPARE(policy->auditNote(note, data)->details.value(QStringLiteral("book")).toString(),
                 kBookAgenda);
        // An agenda claim under the sent book's id (or the other way round) is refused, so is an unknown
        // book.
        QJsonObject underKeluar = agendaClaim(m_unit, 2026, 0);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 0), underKeluar),
                      Error::Code::InvalidInput, QStringLiteral("Kode blok"));
        QJsonObject keluar = claim(m_unit, 2026, 0);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 0, kBookAgenda), keluar),
                      Error::Code::InvalidInput, QStringLiteral("Kode blok"));
        QJsonObject unknown = claim(m_unit, 2026, 0);
        unknown.insert(QStringLiteral("book"), QStringLiteral("rahasia"));
        QVERIFY(!write(*policy, actor(), numberBlockId(m_unit, 2026, 0, QStringLiteral("rahasia")), unknown)
                     .ok());
        // Blocks follow each other within a book: the sent book's block 0 does not open the agenda book.
        storedBlock(0, m_device);
        QJsonObject second = agendaClaim(m_unit, 2026, 1);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 1, kBookAgenda), second),
                      Error::Code::InvalidInput, QStringLiteral("sebelumnya"));
        storedAgendaBlock(0, m_otherDevice);
        QJsonObject afterOther = agendaClaim(m_unit, 2026, 1);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 1, kBookAgenda), afterOther));
    }

    void agendaBlocksOnlyForThoseWhoRegisterLetters()
    {
        const auto policy = makeNumberBlockPolicy();
        const QString id = numberBlockId(m_unit, 2026, 0, kBookAgenda);
        for (const QList<Role>& roles :
             {QList<Role>{Role::Asn}, QList<Role>{Role::Atasan, Role::Penandatangan},
              QList<Role>{Role::Kiosk, Role::Pencatat}}) {
            QJsonObject data = agendaClaim(m_unit, 2026, 0);
            expectRefused(write(*policy, actor(roles), id, data), Error::Code::Forbidden,
                          QStringLiteral("nomor agenda"));
        }
        QJsonObject other = agendaClaim(m_otherUnit, 2026, 0);
        expectRefused(write(*policy, actor(), numberBlockId(m_otherUnit, 2026, 0, kBookAgenda), other),
                      Error::Code::Forbidden, QStringLiteral("nomor agenda"));
        QJsonObject arsiparis = agendaClaim(m_unit, 2026, 0);
        LONTAR_VERIFY_OK(write(*policy, actor({Role::Arsiparis}), id, arsiparis));
        // Old letters are registered late: an agenda book of a past year opens; a far future one does not.
        QJsonObject past = agendaClaim(m_unit, 2019, 0);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2019, 0, kBookAgenda), past));
        for (int year : {2028, kEarliestAgendaYear - 1}) {
            QJsonObject data = agendaClaim(m_unit, year, 0);
            expectRefused(write(*policy, actor(), numberBlockId(m_unit, year, 0, kBookAgenda), data),
                          Error::Code::InvalidInput, QStringLiteral("sampai 2027"));
        }
    }

    void agendaReserveIsCappedPerBook()
    {
        const auto policy = makeNumberBlockPolicy();
        const int blocks = kMaxUnusedAgendaHeld / kNumberBlockSize;
        // Holding kMaxUnusedAgendaHeld unused agenda numbers: one more agenda block is refused ...
        m_owned.clear();
        for (int i = 0; i < blocks; ++i)
            m_owned.append(storedAgendaBlock(i, m_device));
        QJsonObject more = agendaClaim(m_unit, 2026, blocks);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, blocks, kBookAgenda), more),
                      Error::Code::Forbidden, QStringLiteral("%1 nomor").arg(kMaxUnusedAgendaHeld));
        // ... one number used frees a claim ...
        QJsonObject used = use(0, 1, kNumberUsed, newUuid());
        used.insert(QStringLiteral("blockId"), numberBlockId(m_unit, 2026, 0, kBookAgenda));
        m_rows.insert(numberUseId(numberBlockId(m_unit, 2026, 0, kBookAgenda), 1, kNumberUsed), used);
        QJsonObject after = agendaClaim(m_unit, 2026, blocks);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, blocks, kBookAgenda), after));
        // ... and the agenda reserve does not count against the sent letters' book (nor the other way).
        QJsonObject keluar = claim(m_unit, 2026, 0);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, 0), keluar));
        m_owned = {storedBlock(0, m_device), storedBlock(1, m_device)};
        QJsonObject agenda = agendaClaim(m_unit, 2026, blocks);
        LONTAR_VERIFY_OK(write(*policy, actor(), numberBlockId(m_unit, 2026, blocks, kBookAgenda), agenda));
        // The sent book keeps its own cap.
        QJsonObject third = claim(m_unit, 2026, 2);
        expectRefused(write(*policy, actor(), numberBlockId(m_unit, 2026, 2), third), Error::Code::Forbidden,
                      QStringLiteral("40 nomor"));
    }

    void agendaNumberMustComeFromTheDevicesBlock()
    {
        storedAgendaBlock(0, m_device);
        storedAgendaBlock(1, m_otherDevice);
        storedBlock(0, m_device); // the sent letters' block 0: same numbers, another book
        const QString block = numberBlockId(m_unit, 2026, 0, kBookAgenda);
        const QString letterId = newUuid();
        QJsonObject u = use(0, 4, kNumberUsed, letterId);
        u.insert(QStringLiteral("blockId"), block);
        m_rows.insert(numberUseId(block, 4, kNumberUsed), u);
        const Actor a = actor();
        WriteContext c{a, true, m_now, letterId, false, std::nullopt, {}, {}, {}};
        c.lookup = [this](const QString&, const QString& id) -> std::optional<QJsonObject> {
            const auto it = m_rows.constFind(id);
            return it == m_rows.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
        };
        LONTAR_VERIFY_OK(checkAgendaNumber(c, letterId, m_unit, 2026, block, 4));
        const auto refused = [&](const Status& s, const QString& contains) {
            QVERIFY(!s.ok());
            QCOMPARE(int(s.error().code), int(Error::Code::Forbidden));
            QVERIFY2(s.errorMessage().contains(contains), qPrintable(s.errorMessage()));
        };
        refused(checkAgendaNumber(c, newUuid(), m_unit, 2026, block, 4), QStringLiteral("naskah lain"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, block, 5), QStringLiteral("belum tercatat"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, block, 21), QStringLiteral("bukan nomor"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2025, block, 4), QStringLiteral("bukan nomor"));
        refused(checkAgendaNumber(c, letterId, m_otherUnit, 2026, block, 4), QStringLiteral("bukan nomor"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, {}, 4), QStringLiteral("bukan nomor"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, newUuid(), 4), QStringLiteral("bukan nomor"));
        // The sent letters' block with the same number is not the agenda book.
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, numberBlockId(m_unit, 2026, 0), 4),
                QStringLiteral("bukan nomor"));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, numberBlockId(m_unit, 2026, 1, kBookAgenda), 24),
                QStringLiteral("perangkat lain"));
        // An unconfirmed block (the device's own copy) gives no number.
        storedAgendaBlock(2, m_device, 2026, 0);
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, numberBlockId(m_unit, 2026, 2, kBookAgenda), 41),
                QStringLiteral("dikonfirmasi"));
        m_rows.insert(numberUseId(block, 4, kNumberVoid),
                      use(0, 4, kNumberVoid, letterId, QStringLiteral("x")));
        refused(checkAgendaNumber(c, letterId, m_unit, 2026, block, 4), QStringLiteral("dibatalkan"));
    }

    void letterPolicyChecksTheAgendaNumber()
    {
        const auto policy = makeLetterPolicy();
        storedAgendaBlock(0, m_device);
        const QString block = numberBlockId(m_unit, 2026, 0, kBookAgenda);
        const QString letterId = newUuid();
        QJsonObject u = use(0, 7, kNumberUsed, letterId);
        u.insert(QStringLiteral("blockId"), block);
        m_rows.insert(numberUseId(block, 7, kNumberUsed), u);
        const Actor a = actor({Role::Pencatat});
        QJsonObject ok = letter(7, block);
        LONTAR_VERIFY_OK(write(*policy, a, letterId, ok));
        QJsonObject noBlock = letter(7, {});
        expectRefused(write(*policy, a, letterId, noBlock), Error::Code::Forbidden,
                      QStringLiteral("bukan nomor"));
        QJsonObject otherLetter = letter(7, block);
        expectRefused(write(*policy, a, newUuid(), otherLetter), Error::Code::Forbidden,
                      QStringLiteral("naskah lain"));
        // Once registered, the number and its block never change.
        QJsonObject stored = ok;
        QJsonObject moved = ok;
        moved.insert(QStringLiteral("agendaBlockId"), numberBlockId(m_unit, 2026, 1, kBookAgenda));
        expectRefused(write(*policy, a, letterId, moved, stored), Error::Code::Forbidden,
                      QStringLiteral("nomor agenda"));
        QJsonObject status = ok;
        status.insert(QStringLiteral("status"), QStringLiteral("selesai"));
        LONTAR_VERIFY_OK(write(*policy, a, letterId, status, stored));
        // A standalone profile (never enrolled, nothing pushed) numbers from its own count; an enrolled
        // device checks like the server before it queues.
        Actor standalone = a;
        standalone.deviceId.clear();
        QJsonObject local = letter(3, {});
        WriteContext device{standalone, false, 0, newUuid(), false, std::nullopt, {}, {}, {}};
        LONTAR_VERIFY_OK(policy->authorizeWrite(device, local));
        QJsonObject enrolled = letter(3, {});
        WriteContext enrolledDevice{a, false, 0, newUuid(), false, std::nullopt, {}, {}, {}};
        QVERIFY(!policy->authorizeWrite(enrolledDevice, enrolled).ok());
    }

    void letterPolicyCanCheckItsNumber()
    {
        storedBlock(0, m_device);
        const QString blockId = numberBlockId(m_unit, 2026, 0);
        const QString letter = newUuid();
        QJsonObject used = use(0, 9, kNumberUsed, letter);
        m_rows.insert(numberUseId(blockId, 9, kNumberUsed), used);
        const Actor a = actor();
        WriteContext c{a, true, m_now, letter, false, std::nullopt, {}, {}, {}};
        c.lookup = [this](const QString&, const QString& id) -> std::optional<QJsonObject> {
            const auto it = m_rows.constFind(id);
            return it == m_rows.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
        };
        LONTAR_VERIFY_OK(checkLetterNumber(c, letter, m_unit, 2026, blockId, 9));
        QVERIFY(!checkLetterNumber(c, newUuid(), m_unit, 2026, blockId, 9).ok()); // another letter's number
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, blockId, 10).ok());   // a number never taken
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, blockId, 21).ok());   // outside the block
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2025, blockId, 9).ok());    // another year's book
        QVERIFY(!checkLetterNumber(c, letter, newUuid(), 2026, blockId, 9).ok()); // another unit's
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, QStringLiteral("uji"), 9).ok()); // no block
        // An agenda block's number is not a sent letter's number.
        storedAgendaBlock(0, m_device);
        const QString agendaBlock = numberBlockId(m_unit, 2026, 0, kBookAgenda);
        QJsonObject agendaUse = use(0, 9, kNumberUsed, letter);
        agendaUse.insert(QStringLiteral("blockId"), agendaBlock);
        m_rows.insert(numberUseId(agendaBlock, 9, kNumberUsed), agendaUse);
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, agendaBlock, 9).ok());
        // Another device's block.
        storedBlock(0, m_otherDevice);
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, blockId, 9).ok());
        storedBlock(0, m_device);
        m_rows.insert(numberUseId(blockId, 9, kNumberVoid),
                      use(0, 9, kNumberVoid, letter, QStringLiteral("x")));
        QVERIFY(!checkLetterNumber(c, letter, m_unit, 2026, blockId, 9).ok()); // voided
    }
};

QTEST_GUILESS_MAIN(TestRecordsNumbering)
#include "tst_recordsnumbering.moc"
