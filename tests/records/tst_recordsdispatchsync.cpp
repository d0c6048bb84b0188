#include "RecordsServerFixture.h"

#include "core/Identity.h"
#include "core/Uuid.h"
#include "esign/DemoKeys.h"
#include "esign/SigningKey.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingDesk.h"
#include "records/RecordsParts.h"
#include "server/Directory.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// A signed letter dispatched across OPDs through the real server on loopback (EntitySpec::
// policyPlacesUnit): kadis (DISKOMINFO) signs a letter drafted by staf and sends it to BKAD, another
// OPD, and to a bidang of her own dinas. BKAD's pencatat receives the delivery and its PDF, registers it
// as an incoming letter, and kadis's device sees it received; DISKOMINFO's pencatat registers the other.
// What a modified client could push is refused by the server: a delivery to a unit the letter does not
// name, a delivery of a letter not yet signed, and a row of another entity placed in another OPD.
class TestRecordsDispatchSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        OutgoingDesk desk() { return OutgoingDesk(db(), profile->audit(), actor(), blobDir()); }
    };

    RecordsServer m_server;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    // A push the way a modified client of `username` could send it (from a second device of theirs).
    QJsonObject attack(const QString& username, const QString& entity, const QString& id,
                       const QJsonObject& data)
    {
        return m_server.attack(username, entity, id, data);
    }
    QString unitId(const QString& code) { return m_server.unitId(code); }
    QString userId(const QString& username) { return m_server.userId(username); }
    QJsonObject serverRow(const QString& entity, const QString& id) { return m_server.row(entity, id); }
    qint64 serverCount(const QString& entity)
    {
        return m_server.count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {entity});
    }

    OutgoingDraft draft(const QString& hal)
    {
        OutgoingDraft d;
        d.classification = QStringLiteral("000.1.2");
        d.hal = hal;
        d.tujuan = {QStringLiteral("Kepala Badan Keuangan dan Aset Daerah")};
        d.body = QStringLiteral("Bersama ini kami sampaikan usulan kebutuhan anggaran jaringan.");
        d.place = QStringLiteral("Tanjung Lontar");
        d.signerId = userId(QStringLiteral("kadis"));
        return d;
    }

    // Registers an incoming letter from a delivery on the pencatat's device (PDF downloaded first).
    static Result<IncomingLetter> receive(Device& pencatat, const QString& deliveryId)
    {
        LetterRegister letters(pencatat.db(), pencatat.profile->audit(), pencatat.actor());
        DeliveryDesk desk(letters, pencatat.blobDir());
        auto waiting = desk.waiting();
        if (!waiting)
            return waiting.error();
        for (const Delivery& d : std::as_const(*waiting)) {
            if (d.id != deliveryId)
                continue;
            QDir().mkpath(pencatat.blobDir());
            if (Status s = pencatat.client->downloadBlob(d.fileSha256, pencatat.blobDir() + QLatin1Char('/') +
                                                                           d.fileSha256);
                !s)
                return s.error();
            return desk.receive(d.id);
        }
        return Error(QStringLiteral("delivery not waiting on this device"), Error::Code::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // BKAD's pencatat (the demo has one pencatat, at DISKOMINFO).
        User u;
        u.username = QStringLiteral("tu-bkad");
        u.nip = QStringLiteral("199105052016032001");
        u.fullName = QStringLiteral("Ratna Sari, S.A.P.");
        u.position = QStringLiteral("Pengadministrasi Perkantoran");
        u.unitId = unitId(QStringLiteral("BKAD"));
        u.roles = {Role::Pencatat, Role::Asn};
        LONTAR_VERIFY_OK(IdentityStore(m_server.db()).createUser(u, DemoData::demoPassword()));
        LONTAR_VERIFY_OK(publishDirectory(m_server.db(), QDateTime::currentMSecsSinceEpoch()));
    }

    void signedLetterReachesAnotherOpd()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kadis = device(QStringLiteral("kadis"));
        auto bkad = device(QStringLiteral("tu-bkad"));
        auto tu = device(QStringLiteral("tu"));
        const QString bkadUnit = unitId(QStringLiteral("BKAD"));
        const QString persandian = unitId(QStringLiteral("DISKOMINFO.PERSANDIAN"));

        // Drafted by staf, no paraf chain: straight to kadis, who signs it with the demo key.
        OutgoingDesk drafter = staf->desk();
        auto created = drafter.createDraft(draft(QStringLiteral("Usulan kebutuhan anggaran jaringan 2027")));
        LONTAR_VERIFY_OK(created);
        const QString id = created->id;
        LONTAR_VERIFY_OK(drafter.submit(id));
        staf->sync();
        kadis->sync();
        LONTAR_VERIFY_OK(esign::DemoKeys::create(*kadis->profile, DemoData::demoPassword()));
        auto key = esign::openPkcs12(
            esign::DemoKeys::keyFileFor(kadis->profile->directory(), QStringLiteral("kadis")),
            DemoData::demoPassword());
        QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
        // The letter's number comes from a block of the drafting unit's book the server confirmed to
        // the kadis's device.
        auto claimed = NumberBlocks(kadis->db(), kadis->profile->audit(), kadis->actor())
                           .reserveIfLow(created->unitId, QDate::currentDate().year());
        LONTAR_VERIFY_OK(claimed);
        QVERIFY(*claimed);
        QCOMPARE(kadis->sync().rejected, 0);
        OutgoingDesk signer = kadis->desk();
        auto signedLetter = signer.sign(id, **key);
        LONTAR_VERIFY_OK(signedLetter);

        // Before dispatch, a delivery (even to a unit it will name) is refused: not yet sent.
        expectRejected(attack(QStringLiteral("kadis"), kDeliveryEntity, deliveryId(id, bkadUnit),
                              QJsonObject{{QStringLiteral("outgoingId"), id},
                                          {QStringLiteral("unitId"), bkadUnit},
                                          {QStringLiteral("status"), outgoing::kTerkirim}}),
                       QStringLiteral("sesudah ditandatangani"));

        // Dispatched to another OPD and to a bidang of the dinas: both accepted on the device and the server.
        LONTAR_VERIFY_OK(signer.dispatch(id, {bkadUnit, persandian}));
        QCOMPARE(kadis->sync().rejected, 0);
        const QJsonObject toBkad = serverRow(kDeliveryEntity, deliveryId(id, bkadUnit));
        QCOMPARE(toBkad.value(QStringLiteral("status")).toString(), outgoing::kTerkirim);
        QCOMPARE(toBkad.value(QStringLiteral("fileSha256")).toString(), signedLetter->finalSha);
        QCOMPARE(m_server.db()
                     .scalar(QStringLiteral("SELECT unit_id FROM srv_rows WHERE entity_id = ?"),
                             {deliveryId(id, bkadUnit)})
                     ->toString(),
                 bkadUnit);
        QCOMPARE(
            serverRow(kDeliveryEntity, deliveryId(id, persandian)).value(QStringLiteral("nomor")).toString(),
            signedLetter->nomor);

        // BKAD's pencatat receives the delivery and its PDF, and registers it in BKAD's agenda book.
        LONTAR_VERIFY_OK(LetterRegister(bkad->db(), bkad->profile->audit(), bkad->actor()).reserveAgenda());
        bkad->sync();
        QCOMPARE(bkad->count(QStringLiteral("SELECT COUNT(*) FROM rec_deliveries WHERE status = 'terkirim'")),
                 1);
        QCOMPARE(bkad->count(QStringLiteral("SELECT COUNT(*) FROM rec_outgoing")), 0); // only the delivery
        auto incoming = receive(*bkad, deliveryId(id, bkadUnit));
        LONTAR_VERIFY_OK(incoming);
        QCOMPARE(incoming->unitId, bkadUnit);
        QCOMPARE(incoming->nomor, signedLetter->nomor);
        QCOMPARE(incoming->fileSha256, signedLetter->finalSha);
        QCOMPARE(bkad->sync().rejected, 0);
        const QJsonObject received = serverRow(kDeliveryEntity, deliveryId(id, bkadUnit));
        QCOMPARE(received.value(QStringLiteral("status")).toString(), outgoing::kDiterima);
        QCOMPARE(received.value(QStringLiteral("receivedBy")).toString(), userId(QStringLiteral("tu-bkad")));
        QCOMPARE(serverRow(kLetterEntity, incoming->id).value(QStringLiteral("perihal")).toString(),
                 created->hal);

        // The sender's device sees it received (the sender owns the delivery row).
        kadis->sync();
        QCOMPARE(
            kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_deliveries WHERE id = ? AND status = ?"),
                         {deliveryId(id, bkadUnit), outgoing::kDiterima}),
            1);
        // Nobody else in DISKOMINFO receives BKAD's delivery; nobody in BKAD the bidang's.
        tu->sync();
        QCOMPARE(tu->count(QStringLiteral("SELECT COUNT(*) FROM rec_deliveries WHERE id = ?"),
                           {deliveryId(id, bkadUnit)}),
                 0);
        QCOMPARE(bkad->count(QStringLiteral("SELECT COUNT(*) FROM rec_deliveries WHERE id = ?"),
                             {deliveryId(id, persandian)}),
                 0);

        // Inside the tree as before: DISKOMINFO's pencatat registers the bidang's copy.
        // (the delivery is registered in the bidang's own agenda book, kept by the dinas's pencatat)
        LONTAR_VERIFY_OK(
            LetterRegister(tu->db(), tu->profile->audit(), tu->actor()).reserveAgenda(persandian));
        tu->sync();
        auto inside = receive(*tu, deliveryId(id, persandian));
        LONTAR_VERIFY_OK(inside);
        QCOMPARE(inside->unitId, persandian);
        QCOMPARE(tu->sync().rejected, 0);
        QCOMPARE(
            serverRow(kDeliveryEntity, deliveryId(id, persandian)).value(QStringLiteral("status")).toString(),
            outgoing::kDiterima);

        // Forged deliveries: to an OPD the letter does not name, and of a letter not yet signed.
        const qint64 deliveries = serverCount(kDeliveryEntity);
        const QString dispusip = unitId(QStringLiteral("DISPUSIP"));
        expectRejected(attack(QStringLiteral("kadis"), kDeliveryEntity, deliveryId(id, dispusip),
                              QJsonObject{{QStringLiteral("outgoingId"), id},
                                          {QStringLiteral("unitId"), dispusip},
                                          {QStringLiteral("status"), outgoing::kTerkirim}}),
                       QStringLiteral("tidak termasuk penerima"));
        auto unsigned_ = drafter.createDraft(draft(QStringLiteral("Konsep yang belum ditandatangani")));
        LONTAR_VERIFY_OK(unsigned_);
        staf->sync();
        expectRejected(attack(QStringLiteral("staf"), kDeliveryEntity, deliveryId(unsigned_->id, bkadUnit),
                              QJsonObject{{QStringLiteral("outgoingId"), unsigned_->id},
                                          {QStringLiteral("unitId"), bkadUnit},
                                          {QStringLiteral("status"), outgoing::kTerkirim}}),
                       QStringLiteral("sesudah ditandatangani"));
        QCOMPARE(serverCount(kDeliveryEntity), deliveries);
        // The receiving side cannot be forged by the sender either.
        {
            QJsonObject row = serverRow(kDeliveryEntity, deliveryId(id, bkadUnit));
            row.insert(QStringLiteral("status"), outgoing::kTerkirim);
            expectRejected(attack(QStringLiteral("kadis"), kDeliveryEntity, deliveryId(id, bkadUnit), row),
                           QString());
        }

        // Another entity placed in another OPD: refused (only deliveries may be placed outside the tree).
        const qint64 letters = serverCount(kLetterEntity);
        QJsonObject planted = serverRow(kLetterEntity, inside->id);
        planted.insert(QStringLiteral("unitId"), bkadUnit);
        expectRejected(attack(QStringLiteral("tu"), kLetterEntity, newUuid(), planted), QString());
        const qint64 outgoingRows = serverCount(kOutgoingEntity);
        QJsonObject moved = serverRow(kOutgoingEntity, unsigned_->id);
        moved.insert(QStringLiteral("unitId"), bkadUnit);
        expectRejected(attack(QStringLiteral("staf"), kOutgoingEntity, newUuid(), moved), QString());
        QCOMPARE(serverCount(kLetterEntity), letters);
        QCOMPARE(serverCount(kOutgoingEntity), outgoingRows);
        // In BKAD, besides the delivery: only the letter its pencatat registered.
        QCOMPARE(m_server.db()
                     .scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM srv_rows WHERE unit_id = ? AND entity IN (?, ?)"),
                             {bkadUnit, kLetterEntity, kOutgoingEntity})
                     ->toLongLong(),
                 1);
    }
};

QTEST_MAIN(TestRecordsDispatchSync)
#include "tst_recordsdispatchsync.moc"
