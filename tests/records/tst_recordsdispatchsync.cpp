#include "RecordsTestSupport.h"

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

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<SyncClient> client;
        QString username;

        Database& db() { return profile->database(); }
        QString blobDir() { return profile->directory() + QStringLiteral("/blobs"); }
        Actor actor() { return *SyncClient::enrolledActor(db()); }
        OutgoingDesk desk() { return OutgoingDesk(db(), profile->audit(), actor(), blobDir()); }
        qint64 count(const QString& sql, std::initializer_list<QVariant> b = {})
        {
            return db().scalar(sql, b)->toLongLong();
        }
        SyncReport sync()
        {
            auto r = client->syncOnce();
            if (!r)
                qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
            return *r;
        }
        QJsonObject rawPush(const QString& entity, const QString& id, const QJsonObject& data,
                            qint64 baseVersion)
        {
            const QJsonObject m{{QStringLiteral("seq"), double(QDateTime::currentMSecsSinceEpoch())},
                                {QStringLiteral("mutationId"), newUuid()},
                                {QStringLiteral("entity"), entity},
                                {QStringLiteral("entityId"), id},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("data"), data},
                                {QStringLiteral("baseVersion"), baseVersion}};
            HttpRequest req;
            req.method = "POST";
            req.path = QStringLiteral("/api/v1/sync/push");
            req.body = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                                 {QStringLiteral("mutations"), QJsonArray{m}}})
                           .toJson();
            auto reply = client->request(req);
            if (!reply || reply->status != 200)
                qFatal("raw push failed: %s",
                       reply ? reply->body.constData() : qPrintable(reply.errorMessage()));
            return QJsonDocument::fromJson(reply->body)
                .object()
                .value(QStringLiteral("results"))
                .toArray()
                .first()
                .toObject();
        }
    };

    QTemporaryDir m_dir;
    RecordsModule m_records;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb;
    int m_devices = 0;

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        d->username = username;
        SyncClientModule syncModule;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++m_devices)),
                               {&syncModule, &m_records});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<SyncClient>(d->db(), *d->transport, d->blobDir());
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    // A raw push from a second device of that user, so the real device's queue keeps its numbers.
    std::map<QString, std::unique_ptr<Device>> m_attackers;
    QJsonObject attack(const QString& username, const QString& entity, const QString& id,
                       const QJsonObject& data)
    {
        auto& d = m_attackers[username];
        if (!d)
            d = device(username);
        auto v = m_serverDb->scalar(
            QStringLiteral("SELECT version FROM srv_rows WHERE entity = ? AND entity_id = ?"), {entity, id});
        return d->rawPush(entity, id, data, v && v->isValid() ? v->toLongLong() : 0);
    }

    QString unitId(const QString& code)
    {
        return m_serverDb->scalar(QStringLiteral("SELECT id FROM org_units WHERE code = ?"), {code})
            ->toString();
    }
    QString userId(const QString& username)
    {
        return m_serverDb->scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username})
            ->toString();
    }
    QJsonObject serverRow(const QString& entity, const QString& id)
    {
        auto q = m_serverDb->exec(
            QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ?"), {entity, id});
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }
    qint64 serverCount(const QString& entity)
    {
        return m_serverDb->scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {entity})
            ->toLongLong();
    }

    static void expectRejected(const QJsonObject& result, const QString& contains)
    {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(contains),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
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
        CoreModule core;
        EntityRegistry::instance().addModules({&core, &m_records});
        EmbeddedServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
        auto db = Database::openSqlite(config.dataDir + QStringLiteral("/server.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        // BKAD's pencatat (the demo has one pencatat, at DISKOMINFO).
        User u;
        u.username = QStringLiteral("tu-bkad");
        u.nip = QStringLiteral("199105052016032001");
        u.fullName = QStringLiteral("Ratna Sari, S.A.P.");
        u.position = QStringLiteral("Pengadministrasi Perkantoran");
        u.unitId = unitId(QStringLiteral("BKAD"));
        u.roles = {Role::Pencatat, Role::Asn};
        LONTAR_VERIFY_OK(IdentityStore(*m_serverDb).createUser(u, DemoData::demoPassword()));
        LONTAR_VERIFY_OK(publishDirectory(*m_serverDb, QDateTime::currentMSecsSinceEpoch()));
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
        QCOMPARE(m_serverDb
                     ->scalar(QStringLiteral("SELECT unit_id FROM srv_rows WHERE entity_id = ?"),
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
        QCOMPARE(m_serverDb
                     ->scalar(QStringLiteral(
                                  "SELECT COUNT(*) FROM srv_rows WHERE unit_id = ? AND entity IN (?, ?)"),
                              {bkadUnit, kLetterEntity, kOutgoingEntity})
                     ->toLongLong(),
                 1);
    }
};

QTEST_MAIN(TestRecordsDispatchSync)
#include "tst_recordsdispatchsync.moc"
