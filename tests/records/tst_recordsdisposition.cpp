#include "TestSupport.h"

#include "core/Directory.h"
#include "core/Uuid.h"
#include "records/DispositionPolicy.h"
#include "records/RecordsModule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

using namespace lontar;
using namespace lontar::records;

namespace {

QString id(const QString& name)
{
    return nameBasedUuid(QStringLiteral("test/disposition/") + name);
}

// The org tree: DISKOMINFO with APTIKA beneath it; SETDA beside it.
const QString kDisko = id(QStringLiteral("unit/disko"));
const QString kAptika = id(QStringLiteral("unit/aptika"));
const QString kSetda = id(QStringLiteral("unit/setda"));
const qint64 kNow = QDateTime(QDate(2026, 5, 4), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch(); // 10:00 WIB
const QString kSha = QString(64, QLatin1Char('a'));

struct Person
{
    User user;
    QStringList subtree;
};

Person person(const QString& name, const QString& unit, QList<Role> roles, int clearance)
{
    User u;
    u.id = id(QStringLiteral("user/") + name);
    u.username = name;
    u.fullName = QStringLiteral("Pak ") + name;
    u.unitId = unit;
    u.roles = roles;
    u.clearance = clearance;
    QStringList subtree{unit};
    if (unit == kDisko)
        subtree.append(kAptika);
    return {u, subtree};
}

const Person kKadis = person(QStringLiteral("kadis"), kDisko, {Role::Atasan, Role::Asn}, 2);
const Person kKabid = person(QStringLiteral("kabid"), kAptika, {Role::Atasan, Role::Asn}, 1);
const Person kStaf = person(QStringLiteral("staf"), kAptika, {Role::Asn}, 0);
const Person kTu = person(QStringLiteral("tu"), kDisko, {Role::Pencatat, Role::Asn}, 0);
const Person kSekda = person(QStringLiteral("sekda"), kSetda, {Role::Atasan, Role::Asn}, 3);
const Person kPensiun = person(QStringLiteral("pensiun"), kAptika, {Role::Asn}, 2);

QJsonObject letter(const QString& unit, const QString& securityClass, const QString& perihal)
{
    return QJsonObject{{QStringLiteral("agenda"), QStringLiteral("0007/2026")},
                       {QStringLiteral("nomor"), QStringLiteral("005/12/BAPPEDA/2026")},
                       {QStringLiteral("perihal"), perihal},
                       {QStringLiteral("pengirim"), QStringLiteral("Bappeda")},
                       {QStringLiteral("tanggal"), QStringLiteral("2026-05-02")},
                       {QStringLiteral("receivedDate"), QStringLiteral("2026-05-04")},
                       {QStringLiteral("sifat"), QStringLiteral("segera")},
                       {QStringLiteral("securityClass"), securityClass},
                       {QStringLiteral("unitId"), unit},
                       {QStringLiteral("fileSha256"), kSha},
                       {QStringLiteral("fileName"), QStringLiteral("undangan.pdf")},
                       {QStringLiteral("status"), QStringLiteral("tercatat")}};
}

const QString kBiasaLetter = id(QStringLiteral("letter/biasa"));
const QString kTerbatasLetter = id(QStringLiteral("letter/terbatas"));
const QString kRahasiaLetter = id(QStringLiteral("letter/rahasia"));
const QString kSetdaLetter = id(QStringLiteral("letter/setda"));
const QString kAptikaRahasia = id(QStringLiteral("letter/aptika-rahasia"));

class Fixture
{
public:
    Fixture()
    {
        m_rows.insert(key(kLetterEntity, kBiasaLetter),
                      letter(kDisko, QStringLiteral("biasa"), QStringLiteral("Undangan rapat")));
        m_rows.insert(key(kLetterEntity, kTerbatasLetter),
                      letter(kDisko, QStringLiteral("terbatas"), QStringLiteral("Data pegawai")));
        m_rows.insert(key(kLetterEntity, kRahasiaLetter),
                      letter(kDisko, QStringLiteral("rahasia"), QStringLiteral("Sandi jaringan")));
        m_rows.insert(key(kLetterEntity, kSetdaLetter),
                      letter(kSetda, QStringLiteral("biasa"), QStringLiteral("Surat Setda")));
        m_rows.insert(key(kLetterEntity, kAptikaRahasia),
                      letter(kAptika, QStringLiteral("rahasia"), QStringLiteral("Audit keamanan")));
        for (const Person& p : {kKadis, kKabid, kStaf, kTu, kSekda, kPensiun}) {
            User u = p.user;
            u.active = p.user.username != QLatin1String("pensiun");
            m_rows.insert(key(directory::kUserEntity, u.id), directory::userToJson(u));
        }
    }

    void put(const QString& entity, const QString& entityId, const QJsonObject& data)
    {
        m_rows.insert(key(entity, entityId), data);
    }
    void drop(const QString& entity, const QString& entityId) { m_rows.remove(key(entity, entityId)); }

    // Runs the policy as `who` (on the server unless told otherwise) on a new or stored row.
    Result<RowAccess> write(const Person& who, const QString& rowId, QJsonObject& data,
                            std::optional<QJsonObject> current = std::nullopt, bool onServer = true,
                            bool isDelete = false)
    {
        m_actor = Actor{who.user, QStringLiteral("dev"), who.subtree, who.user.clearance};
        WriteContext context{m_actor,
                             onServer,
                             onServer ? kNow : 0,
                             rowId,
                             isDelete,
                             current,
                             {},
                             [this](const QString& e, const QString& i) -> std::optional<QJsonObject> {
                                 const auto it = m_rows.constFind(key(e, i));
                                 if (it == m_rows.constEnd())
                                     return std::nullopt;
                                 return *it;
                             }};
        return m_policy->authorizeWrite(context, data);
    }

    std::optional<AuditNote> note(const Person& who, const QJsonObject& data,
                                  std::optional<QJsonObject> current)
    {
        m_actor = Actor{who.user, QStringLiteral("dev"), who.subtree, who.user.clearance};
        WriteContext context{m_actor, true, kNow, QString(), false, current, {}, {}};
        return m_policy->auditNote(context, data);
    }

    // A disposition accepted by the server (its stored form), or a test failure.
    QJsonObject created(const Person& from, const Person& to, const QString& letterId,
                        const QString& parentId = {})
    {
        QJsonObject data = request(to, letterId);
        if (!parentId.isEmpty())
            data.insert(QStringLiteral("parentId"), parentId);
        auto access = write(from, id(QStringLiteral("row")), data);
        if (!access)
            qFatal("create: %s", qPrintable(access.errorMessage()));
        return data;
    }

    static QJsonObject request(const Person& to, const QString& letterId)
    {
        return QJsonObject{{QStringLiteral("letterId"), letterId},
                           {QStringLiteral("toUserId"), to.user.id},
                           {QStringLiteral("toUnitId"), to.user.unitId},
                           {QStringLiteral("toName"), to.user.fullName},
                           {QStringLiteral("instructions"), QJsonArray{QStringLiteral("tindak_lanjuti")}},
                           {QStringLiteral("note"), QStringLiteral("Mohon hadir")},
                           {QStringLiteral("dueDate"), QStringLiteral("2026-05-08")}};
    }

private:
    static QString key(const QString& entity, const QString& entityId)
    {
        return entity + QLatin1Char('/') + entityId;
    }

    std::shared_ptr<const EntityPolicy> m_policy = makeDispositionPolicy();
    QHash<QString, QJsonObject> m_rows;
    Actor m_actor;
};

#define EXPECT_REFUSED(result, fragment)                                                                     \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "accepted");                                                                      \
        QVERIFY2(r_.errorMessage().contains(QStringLiteral(fragment)), qPrintable(r_.errorMessage()));       \
    } while (false)

} // namespace

// The disposition policy as the server runs it (and the device before queuing): who may dispose what to
// whom, what a client may not forge, and which step each side may take afterwards.
class TestRecordsDisposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createStampsSessionServerClockAndLetterCopy()
    {
        Fixture f;
        QJsonObject data = Fixture::request(kKabid, kBiasaLetter);
        // A forged copy and forged stamps: none of them survive.
        data.insert(QStringLiteral("perihal"), QStringLiteral("Perihal palsu"));
        data.insert(QStringLiteral("fileSha256"), QString(64, QLatin1Char('b')));
        data.insert(QStringLiteral("agenda"), QStringLiteral("9999/2026"));
        data.insert(QStringLiteral("fromName"), QStringLiteral("Orang lain"));
        data.insert(QStringLiteral("createdAt"), 1.0);
        data.insert(QStringLiteral("toName"), QStringLiteral("Nama palsu"));
        data.insert(QStringLiteral("toUnitId"), kDisko);
        auto access = f.write(kKadis, id(QStringLiteral("d1")), data);
        LONTAR_VERIFY_OK(access);
        QCOMPARE(data.value(QStringLiteral("perihal")).toString(), QStringLiteral("Undangan rapat"));
        QCOMPARE(data.value(QStringLiteral("fileSha256")).toString(), kSha);
        QCOMPARE(data.value(QStringLiteral("agenda")).toString(), QStringLiteral("0007/2026"));
        QCOMPARE(data.value(QStringLiteral("sifat")).toString(), QStringLiteral("segera"));
        QCOMPARE(data.value(QStringLiteral("fromUserId")).toString(), kKadis.user.id);
        QCOMPARE(data.value(QStringLiteral("fromName")).toString(), QStringLiteral("Pak kadis"));
        QCOMPARE(qint64(data.value(QStringLiteral("createdAt")).toDouble()), kNow);
        QCOMPARE(data.value(QStringLiteral("toName")).toString(), QStringLiteral("Pak kabid"));
        QCOMPARE(data.value(QStringLiteral("toUnitId")).toString(), kAptika); // from the directory
        QCOMPARE(data.value(QStringLiteral("readAt")).toDouble(), 0.0);
        QCOMPARE(data.value(QStringLiteral("followUps")).toArray().size(), 0);
        QCOMPARE(access->ownerId, kKabid.user.id);
        QCOMPARE(access->unitId, kAptika);
        QCOMPARE(access->securityLevel, 0);
        QCOMPARE(access->blobs, QStringList{kSha});
        const auto note = f.note(kKadis, data, std::nullopt);
        QVERIFY(note);
        QCOMPARE(note->action, QStringLiteral("records.disposition.created"));
    }

    void forgedClassDoesNotLowerTheLetter()
    {
        Fixture f;
        QJsonObject data = Fixture::request(kStaf, kRahasiaLetter);
        data.insert(QStringLiteral("securityClass"), QStringLiteral("biasa"));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), data), "izin akses");
    }

    void onlyAnAtasanDisposes()
    {
        Fixture f;
        QJsonObject data = Fixture::request(kStaf, kBiasaLetter);
        EXPECT_REFUSED(f.write(kTu, id(QStringLiteral("d")), data), "Hanya atasan");
        data = Fixture::request(kTu, kBiasaLetter);
        EXPECT_REFUSED(f.write(kStaf, id(QStringLiteral("d")), data), "Hanya atasan");
    }

    void senderIsTheSession()
    {
        Fixture f;
        QJsonObject data = Fixture::request(kStaf, kBiasaLetter);
        data.insert(QStringLiteral("fromUserId"), kKabid.user.id);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), data), "atas nama Anda sendiri");
    }

    void recipientMustBeBeneathTheSender()
    {
        Fixture f;
        QJsonObject up = Fixture::request(kTu, kBiasaLetter); // tu's unit is above kabid's
        QJsonObject parent = f.created(kKadis, kKabid, kBiasaLetter);
        f.put(kDispositionEntity, id(QStringLiteral("p")), parent);
        up.insert(QStringLiteral("parentId"), id(QStringLiteral("p")));
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), up), "di unit Anda atau unit di bawahnya");
        QJsonObject other = Fixture::request(kSekda, kBiasaLetter); // another OPD
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), other), "di unit Anda atau unit di bawahnya");
        // A client claiming the recipient sits beneath the sender does not move them there.
        other.insert(QStringLiteral("toUnitId"), kAptika);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), other), "di unit Anda atau unit di bawahnya");
    }

    void recipientNeedsClearanceForTheLettersClass()
    {
        Fixture f;
        QJsonObject data = Fixture::request(kStaf, kRahasiaLetter);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), data), "tidak memiliki izin akses");
        data = Fixture::request(kKabid, kRahasiaLetter); // terbatas clearance
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), data), "Rahasia");
        data = Fixture::request(kKabid, kTerbatasLetter);
        auto ok = f.write(kKadis, id(QStringLiteral("d")), data);
        LONTAR_VERIFY_OK(ok);
        QCOMPARE(ok->securityLevel, 1);
    }

    void recipientMustBeKnownActiveAndNotTheSender()
    {
        Fixture f;
        QJsonObject self = Fixture::request(kKadis, kBiasaLetter);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), self), "diri sendiri");
        QJsonObject retired = Fixture::request(kPensiun, kBiasaLetter);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), retired), "tidak aktif");
        QJsonObject ghost = Fixture::request(kStaf, kBiasaLetter);
        ghost.insert(QStringLiteral("toUserId"), id(QStringLiteral("user/ghost")));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), ghost), "direktori");
    }

    void senderMustReadTheLetter()
    {
        Fixture f;
        // Another OPD's letter.
        QJsonObject foreign = Fixture::request(kStaf, kSetdaLetter);
        EXPECT_REFUSED(f.write(kSekda, id(QStringLiteral("d")), foreign),
                       "di unit Anda atau unit di bawahnya");
        QJsonObject setda = Fixture::request(kStaf, kSetdaLetter);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), setda), "naskah unit Anda");
        // A letter of a unit above, without a disposition addressed to the sender.
        QJsonObject above = Fixture::request(kStaf, kBiasaLetter);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), above), "naskah unit Anda");
        // A letter of the sender's own unit above their clearance.
        QJsonObject secret = Fixture::request(kStaf, kAptikaRahasia);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), secret), "melebihi izin akses Anda");
        // A letter that does not exist.
        QJsonObject none = Fixture::request(kStaf, id(QStringLiteral("letter/none")));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), none), "tidak ditemukan");
    }

    void passingOnNeedsALiveDispositionToTheSender()
    {
        Fixture f;
        const QString parentId = id(QStringLiteral("parent"));
        QJsonObject parent = f.created(kKadis, kKabid, kBiasaLetter);
        f.put(kDispositionEntity, parentId, parent);
        QJsonObject on = Fixture::request(kStaf, kBiasaLetter);
        on.insert(QStringLiteral("parentId"), parentId);
        auto access = f.write(kKabid, id(QStringLiteral("d")), on);
        LONTAR_VERIFY_OK(access);
        QCOMPARE(on.value(QStringLiteral("parentId")).toString(), parentId);
        QCOMPARE(on.value(QStringLiteral("perihal")).toString(), QStringLiteral("Undangan rapat"));

        // The parent names another letter.
        QJsonObject wrongLetter = Fixture::request(kStaf, kTerbatasLetter);
        wrongLetter.insert(QStringLiteral("parentId"), parentId);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), wrongLetter), "tidak ditujukan kepada Anda");
        // The parent is addressed to someone else.
        QJsonObject notMine = Fixture::request(kStaf, kBiasaLetter);
        notMine.insert(QStringLiteral("parentId"), parentId);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), notMine), "tidak ditujukan kepada Anda");
        // The parent was cancelled.
        parent.insert(QStringLiteral("cancelled"), true);
        f.put(kDispositionEntity, parentId, parent);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), on), "dibatalkan");
    }

    void deviceWithoutTheLetterCopiesFromTheParent()
    {
        Fixture f;
        const QString parentId = id(QStringLiteral("parent"));
        f.put(kDispositionEntity, parentId, f.created(kKadis, kKabid, kBiasaLetter));
        f.drop(kLetterEntity, kBiasaLetter); // kabid's device never receives DISKOMINFO's letter
        QJsonObject on = Fixture::request(kStaf, kBiasaLetter);
        on.insert(QStringLiteral("parentId"), parentId);
        on.remove(QStringLiteral("dueDate")); // the device compares with its own clock, not kNow
        QJsonObject onDevice = on;
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), onDevice, std::nullopt, false));
        QCOMPARE(onDevice.value(QStringLiteral("perihal")).toString(), QStringLiteral("Undangan rapat"));
        // The server never trusts a copy: without the letter it refuses.
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), on), "tidak ditemukan");
    }

    void contentChecks()
    {
        Fixture f;
        QJsonObject past = Fixture::request(kStaf, kBiasaLetter);
        past.insert(QStringLiteral("dueDate"), QStringLiteral("2026-05-03"));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), past), "sebelum hari ini");
        QJsonObject today = Fixture::request(kStaf, kBiasaLetter);
        today.insert(QStringLiteral("dueDate"), QStringLiteral("2026-05-04"));
        LONTAR_VERIFY_OK(f.write(kKadis, id(QStringLiteral("d")), today));
        QJsonObject badDate = Fixture::request(kStaf, kBiasaLetter);
        badDate.insert(QStringLiteral("dueDate"), QStringLiteral("4 Mei 2026"));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), badDate), "TTTT-BB-HH");
        QJsonObject none = Fixture::request(kStaf, kBiasaLetter);
        none.insert(QStringLiteral("instructions"), QJsonArray());
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), none), "petunjuk");
        QJsonObject unknown = Fixture::request(kStaf, kBiasaLetter);
        unknown.insert(QStringLiteral("instructions"), QJsonArray{QStringLiteral("hapus_semua")});
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), unknown), "tidak dikenal");
        QJsonObject twice = Fixture::request(kStaf, kBiasaLetter);
        twice.insert(QStringLiteral("instructions"),
                     QJsonArray{QStringLiteral("pelajari"), QStringLiteral("pelajari")});
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), twice), "tidak dikenal");
        QJsonObject longNote = Fixture::request(kStaf, kBiasaLetter);
        longNote.insert(QStringLiteral("note"), QString(kMaxDispositionNote + 1, QLatin1Char('x')));
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), longNote), "paling banyak");
        QJsonObject alreadyRead = Fixture::request(kStaf, kBiasaLetter);
        alreadyRead.insert(QStringLiteral("readAt"), 5.0);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), alreadyRead), "belum dibaca");
        QJsonObject extra = Fixture::request(kStaf, kBiasaLetter);
        extra.insert(QStringLiteral("approvedBy"), kKadis.user.id);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), extra), "tidak dikenal");
        QJsonObject gone = f.created(kKadis, kStaf, kBiasaLetter);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), gone, gone, true, true), "tidak dihapus");
    }

    void senderCancelsOnlyWhileUnread()
    {
        Fixture f;
        const QJsonObject stored = f.created(kKadis, kKabid, kBiasaLetter);
        QJsonObject cancel = stored;
        cancel.insert(QStringLiteral("cancelled"), true);
        cancel.insert(QStringLiteral("cancelledAt"), 1.0);
        QJsonObject accepted = cancel;
        LONTAR_VERIFY_OK(f.write(kKadis, id(QStringLiteral("d")), accepted, stored));
        QVERIFY(accepted.value(QStringLiteral("cancelled")).toBool());
        QCOMPARE(qint64(accepted.value(QStringLiteral("cancelledAt")).toDouble()), kNow);
        QCOMPARE(f.note(kKadis, accepted, stored)->action, QStringLiteral("records.disposition.cancelled"));
        // A stale copy from the recipient (cancelled = false) does not undo it.
        QJsonObject stale = stored;
        stale.insert(QStringLiteral("readAt"), 7.0);
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), stale, accepted));
        QVERIFY(stale.value(QStringLiteral("cancelled")).toBool());

        // The recipient and a third person cannot cancel.
        QJsonObject byRecipient = cancel;
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), byRecipient, stored), "Hanya pengirim yang");
        QJsonObject byOther = cancel;
        EXPECT_REFUSED(f.write(kSekda, id(QStringLiteral("d")), byOther, stored),
                       "Hanya pengirim dan penerima");
        QJsonObject byStaf = cancel;
        EXPECT_REFUSED(f.write(kStaf, id(QStringLiteral("d")), byStaf, stored),
                       "Hanya pengirim dan penerima");

        // Once read, not even the sender.
        QJsonObject read = stored;
        read.insert(QStringLiteral("readAt"), 3.0);
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), read, stored));
        QJsonObject late = read;
        late.insert(QStringLiteral("cancelled"), true);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), late, read), "sudah dibaca");
    }

    void recipientReadsOnceWithTheServersClock()
    {
        Fixture f;
        const QJsonObject stored = f.created(kKadis, kKabid, kBiasaLetter);
        QJsonObject read = stored;
        read.insert(QStringLiteral("readAt"), 5.0);
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), read, stored));
        QCOMPARE(qint64(read.value(QStringLiteral("readAt")).toDouble()), kNow);
        QCOMPARE(f.note(kKabid, read, stored)->action, QStringLiteral("records.disposition.read"));
        // A second read keeps the first time.
        QJsonObject again = read;
        again.insert(QStringLiteral("readAt"), 9.0e12);
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), again, read));
        QCOMPARE(qint64(again.value(QStringLiteral("readAt")).toDouble()), kNow);
        // The sender cannot mark it read for the recipient (and so unlock nothing).
        QJsonObject forged = stored;
        forged.insert(QStringLiteral("readAt"), 5.0);
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), forged, stored), "Hanya penerima");
    }

    void followUpsAreAppendedOnlyByTheRecipient()
    {
        Fixture f;
        const QJsonObject stored = f.created(kKadis, kKabid, kBiasaLetter);
        QJsonObject one = stored;
        one.insert(
            QStringLiteral("followUps"),
            QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("  Sudah dikoordinasikan  ")},
                                   {QStringLiteral("at"), 1.0},
                                   {QStringLiteral("by"), kKadis.user.id}}});
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), one, stored));
        const QJsonObject entry = one.value(QStringLiteral("followUps")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("text")).toString(), QStringLiteral("Sudah dikoordinasikan"));
        QCOMPARE(qint64(entry.value(QStringLiteral("at")).toDouble()), kNow);
        QCOMPARE(entry.value(QStringLiteral("by")).toString(), kKabid.user.id);
        QCOMPARE(qint64(one.value(QStringLiteral("readAt")).toDouble()), kNow); // noting means reading
        QCOMPARE(f.note(kKabid, one, stored)->action, QStringLiteral("records.disposition.followup"));

        // Not by the sender, not by anyone else.
        QJsonObject bySender = one;
        bySender.insert(
            QStringLiteral("followUps"),
            QJsonArray{entry, QJsonObject{{QStringLiteral("text"), QStringLiteral("Dari pengirim")}}});
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), bySender, one), "Hanya penerima");
        EXPECT_REFUSED(f.write(kStaf, id(QStringLiteral("d")), bySender, one), "Hanya pengirim dan penerima");
        // A recorded follow-up is not rewritten.
        QJsonObject rewritten = one;
        rewritten.insert(QStringLiteral("followUps"),
                         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Diubah")}},
                                    QJsonObject{{QStringLiteral("text"), QStringLiteral("Baru")}}});
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), rewritten, one), "tidak dapat diubah");
        // Empty, oversized, or too many.
        QJsonObject empty = one;
        empty.insert(QStringLiteral("followUps"),
                     QJsonArray{entry, QJsonObject{{QStringLiteral("text"), QStringLiteral("   ")}}});
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), empty, one), "wajib diisi");
        QJsonObject huge = one;
        huge.insert(QStringLiteral("followUps"),
                    QJsonArray{entry, QJsonObject{{QStringLiteral("text"),
                                                   QString(kMaxFollowUpText + 1, QLatin1Char('x'))}}});
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), huge, one), "paling banyak");
        QJsonArray many;
        for (int i = 0; i <= kMaxFollowUps; ++i)
            many.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}});
        QJsonObject tooMany = stored;
        tooMany.insert(QStringLiteral("followUps"), many);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), tooMany, stored), "paling banyak");
        // Not on a cancelled disposition.
        QJsonObject cancelled = stored;
        cancelled.insert(QStringLiteral("cancelled"), true);
        QJsonObject onCancelled = cancelled;
        onCancelled.insert(QStringLiteral("followUps"),
                           QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Terlambat")}}});
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), onCancelled, cancelled), "dibatalkan");
    }

    void recipientFinishesAndNothingElseChanges()
    {
        Fixture f;
        const QJsonObject stored = f.created(kKadis, kKabid, kBiasaLetter);
        QJsonObject done = stored;
        done.insert(QStringLiteral("done"), true);
        QJsonObject bySender = done;
        EXPECT_REFUSED(f.write(kKadis, id(QStringLiteral("d")), bySender, stored), "Hanya penerima");
        LONTAR_VERIFY_OK(f.write(kKabid, id(QStringLiteral("d")), done, stored));
        QCOMPARE(qint64(done.value(QStringLiteral("doneAt")).toDouble()), kNow);
        QCOMPARE(qint64(done.value(QStringLiteral("readAt")).toDouble()), kNow);
        QCOMPARE(f.note(kKabid, done, stored)->action, QStringLiteral("records.disposition.done"));

        // What the sender chose is fixed for both sides.
        const QList<QPair<QString, QJsonValue>> edits{
            {QStringLiteral("note"), QStringLiteral("Catatan lain")},
            {QStringLiteral("toUserId"), kStaf.user.id},
            {QStringLiteral("toUnitId"), kDisko},
            {QStringLiteral("dueDate"), QStringLiteral("2026-12-31")},
            {QStringLiteral("instructions"), QJsonArray{QStringLiteral("arsipkan")}},
            {QStringLiteral("fromUserId"), kSekda.user.id},
            {QStringLiteral("letterId"), kTerbatasLetter},
        };
        for (const auto& [field, value] : edits) {
            for (const Person* who : {&kKadis, &kKabid}) {
                QJsonObject edited = stored;
                edited.insert(field, value);
                EXPECT_REFUSED(f.write(*who, id(QStringLiteral("d")), edited, stored), "tidak dapat diubah");
            }
        }
        // Derived values (the letter's copy, names, stamps) keep the stored row's: a lower class or
        // another file claimed in a later write never lands.
        QJsonObject derived = stored;
        derived.insert(QStringLiteral("securityClass"), QStringLiteral("sangat_rahasia"));
        derived.insert(QStringLiteral("fileSha256"), QString(64, QLatin1Char('c')));
        derived.insert(QStringLiteral("fromName"), QStringLiteral("Orang lain"));
        derived.insert(QStringLiteral("createdAt"), 2.0);
        derived.insert(QStringLiteral("readAt"), 4.0);
        auto access = f.write(kKabid, id(QStringLiteral("d")), derived, stored);
        LONTAR_VERIFY_OK(access);
        QCOMPARE(access->securityLevel, 0);
        QCOMPARE(access->blobs, QStringList{kSha});
        QCOMPARE(derived.value(QStringLiteral("fromName")).toString(), QStringLiteral("Pak kadis"));
        QCOMPARE(qint64(derived.value(QStringLiteral("createdAt")).toDouble()), kNow);
        // Unknown fields are refused.
        QJsonObject extra = stored;
        extra.insert(QStringLiteral("approved"), true);
        EXPECT_REFUSED(f.write(kKabid, id(QStringLiteral("d")), extra, stored), "tidak dikenal");
    }
};

QTEST_GUILESS_MAIN(TestRecordsDisposition)
#include "tst_recordsdisposition.moc"
