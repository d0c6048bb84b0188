#include "CatalogueTestSupport.h"
#include "PgCluster.h"

#include "catalogue/CatalogueCli.h"
#include "catalogue/CsvImport.h"
#include "catalogue/Orders.h"
#include "core/Uuid.h"
#include "server/EmbeddedServer.h"
#include "server/ServerStore.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::catalogue;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// The e-catalogue through the real server on loopback: the admin's import on the server reaches every
// device, catalogue data is written only by a catalogue admin, and every step of the order workflow is
// allowed or refused by the server's policy by role and threshold, whatever a modified client sends.
// LONTAR_SYNC_BACKEND=postgres runs the same suite with the server's store on a throwaway PostgreSQL
// (tst_cataloguesync_postgres).
class TestCatalogueSync : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<SyncClient> client;
        QString username;

        Actor actor() { return *SyncClient::enrolledActor(profile->database()); }
        OrderBook orders() { return OrderBook(profile->database(), profile->audit(), actor()); }
        ClientStore store() { return ClientStore(profile->database(), actor()); }
        CatalogueBrowser browser() { return CatalogueBrowser(profile->database()); }
        SyncReport sync()
        {
            auto r = client->syncOnce();
            if (!r)
                qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
            return *r;
        }
        // A push the way a modified client could send it, with this device's tokens.
        QJsonObject rawPush(const QString& entity, const QString& id, const QJsonObject& data,
                            qint64 baseVersion, const QString& op = QStringLiteral("upsert"))
        {
            Database& db = profile->database();
            (void)db.exec(
                QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', 0 WHERE NOT "
                               "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox')"));
            const qint64 seq =
                db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"))
                    ->toLongLong() +
                1;
            (void)db.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"),
                          {seq});
            const QJsonObject m{{QStringLiteral("seq"), seq},
                                {QStringLiteral("mutationId"), newUuid()},
                                {QStringLiteral("entity"), entity},
                                {QStringLiteral("entityId"), id},
                                {QStringLiteral("op"), op},
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
    CatalogueModule m_catalogue;
    std::unique_ptr<PgCluster> m_pg; // outlives the server and its connections
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb;
    int m_devices = 0;

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        d->username = username;
        SyncClientModule syncModule;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++m_devices)),
                               {&syncModule, &m_catalogue});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<SyncClient>(d->profile->database(), *d->transport,
                                                 d->profile->directory() + QStringLiteral("/blobs"));
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    std::optional<QJsonObject> serverRow(const QString& entity, const QString& id, qint64* version = nullptr)
    {
        auto q = m_serverDb->exec(
            QStringLiteral("SELECT data, version FROM srv_rows WHERE entity = ? AND entity_id = ?"),
            {entity, id});
        if (!q || !q->next())
            return std::nullopt;
        if (version)
            *version = q->value(1).toLongLong();
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }

    QString serverState(const QString& orderId)
    {
        return serverRow(kOrderEntity, orderId)
            .value_or(QJsonObject())
            .value(QStringLiteral("state"))
            .toString();
    }

    ImportReport serverImport(const QByteArray& csv)
    {
        ServerCatalogueRows rows(*m_serverDb, ServerCatalogueRows::consoleActor());
        auto r = CsvImport(rows).run(csv, false);
        if (!r)
            qFatal("server import: %s", qPrintable(r.errorMessage()));
        return *r;
    }

    // A draft of `pengadaan` with `qty` of one product, submitted and synced.
    QString submittedOrder(Device& pp, const QString& code, qint64 qty)
    {
        OrderBook book = pp.orders();
        auto id = book.createDraft(QStringLiteral("Paket %1").arg(code), QStringLiteral("RUP-2026-001"),
                                   QStringLiteral("5.1.02.01.01.0024"), 20'000'000, kAnyZone);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        if (Status s = book.addProduct(*id, productId(code), qty); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        if (Status s = book.submit(*id); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        pp.sync();
        if (serverState(*id) != QLatin1String("submitted"))
            qFatal("not submitted on the server");
        return *id;
    }

    void expectRejected(const QJsonObject& result, const QString& contains)
    {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(contains),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        CoreModule core;
        EntityRegistry::instance().addModules({&core, &m_catalogue});
        m_catalogue.setPpThreshold(10'000'000);
        EmbeddedServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        if (qEnvironmentVariable("LONTAR_SYNC_BACKEND") == QLatin1String("postgres")) {
            if (const QString why = PgCluster::unavailableReason(); !why.isEmpty())
                QSKIP(qPrintable(why));
            m_pg = std::make_unique<PgCluster>();
            QString error;
            QVERIFY2(m_pg->start(&error), qPrintable(error));
            config.postgresUrl = m_pg->createDatabase(QStringLiteral("catalogue"), &error);
            QVERIFY2(!config.postgresUrl.isEmpty(), qPrintable(error));
        }
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
        // The test reads and writes the server's store beside it (the console's import, row checks).
        auto db = openServerDatabase(config.dataDir, config.postgresUrl);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        if (m_pg)
            QCOMPARE(m_serverDb->dialect(), Database::Dialect::Postgres);
        // The catalogue admin's work on the server's console: zones, then the CSV.
        ServerCatalogueRows rows(*m_serverDb, ServerCatalogueRows::consoleActor());
        Transaction tx(*m_serverDb);
        LONTAR_VERIFY_OK(CatalogueAdmin(rows).saveZone(QStringLiteral("PESISIR"), QStringLiteral("Pesisir")));
        LONTAR_VERIFY_OK(
            CatalogueAdmin(rows).saveZone(QStringLiteral("PEDALAMAN"), QStringLiteral("Pedalaman")));
        LONTAR_VERIFY_OK(tx.commit());
        const ImportReport r = serverImport(sampleCsv());
        QVERIFY2(r.applied, qPrintable(r.toText()));
        QCOMPARE(r.added, 6);
    }

    void catalogueReachesDevicesAndSearchesOffline()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        ProductFilter f;
        f.query = QStringLiteral("pembersih lantai");
        auto found = pp->browser().find(f);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().code, QStringLiteral("KBR-001"));
        QCOMPARE(found->first().price, 18'500);
        QCOMPARE(
            pp->browser().product(productId(QStringLiteral("ATK-001")), QStringLiteral("PESISIR"))->price,
            55'000);
        QCOMPARE(pp->browser().zones()->size(), 2);
        // The same file again on the server changes nothing, so devices pull nothing new.
        const ImportReport again = serverImport(sampleCsv());
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(pp->sync().pulled, 0);
    }

    void priceChangeOnServerKeepsHistoryOnDevices()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        QByteArray csv = sampleCsv();
        csv.replace("3.250.000,*", "3.100.000,*");
        const ImportReport r = serverImport(csv);
        QCOMPARE(r.updated, 1);
        const auto row = serverRow(kPriceEntity, priceId(QStringLiteral("ELK-001"), kAnyZone));
        QVERIFY(row.has_value());
        const QJsonArray history = row->value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("price")).toDouble(), 3'250'000.0);
        QVERIFY(history.first().toObject().value(QStringLiteral("until")).toDouble() >
                0); // the server's time
        QCOMPARE(row->value(QStringLiteral("changedByName")).toString(), QStringLiteral("Konsol server"));
        pp->sync();
        auto h = pp->browser().priceHistory(productId(QStringLiteral("ELK-001")), kAnyZone);
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(0).price, 3'100'000);
        QCOMPARE(h->at(1).price, 3'250'000);
        QVERIFY(h->at(1).untilMs > 0);
    }

    void onlyTheCatalogueAdminWritesCatalogueData()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        const QString id = priceId(QStringLiteral("ATK-001"), kAnyZone);
        qint64 version = 0;
        QJsonObject price = *serverRow(kPriceEntity, id, &version);
        price.insert(QStringLiteral("price"), 1.0);
        // Refused on the device before anything is queued...
        QVERIFY(!pp->store().put(kPriceEntity, id, price).ok());
        // ...and by the server when a modified client pushes it anyway.
        expectRejected(pp->rawPush(kPriceEntity, id, price, version), QStringLiteral("admin katalog"));
        QCOMPARE(serverRow(kPriceEntity, id)->value(QStringLiteral("price")).toDouble(), 52'000.0);
        // The admin (admin_katalog) edits a price from a device: applied on the server at the next sync,
        // with the old price in the history under the admin's name and the server's time.
        auto admin = device(QStringLiteral("admin"));
        DeviceCatalogueRows rows(admin->profile->database(), admin->profile->audit(), admin->actor());
        LONTAR_VERIFY_OK(CatalogueAdmin(rows).setPrice(QStringLiteral("ATK-001"), kAnyZone, 53'000));
        admin->sync();
        const QJsonObject after = *serverRow(kPriceEntity, id);
        QCOMPARE(after.value(QStringLiteral("price")).toDouble(), 53'000.0);
        QCOMPARE(after.value(QStringLiteral("changedBy")).toString(), admin->actor().user.id);
        QVERIFY(after.value(QStringLiteral("changedAt")).toDouble() > 0);
        // Deleting catalogue data is refused even for the admin: deactivate instead.
        qint64 productVersion = 0;
        QVERIFY(serverRow(kProductEntity, productId(QStringLiteral("ATK-002")), &productVersion).has_value());
        expectRejected(admin->rawPush(kProductEntity, productId(QStringLiteral("ATK-002")), {},
                                      productVersion, QStringLiteral("delete")),
                       QStringLiteral("nonaktifkan"));
        // A second row for an existing key (a price under a made-up id) is refused.
        QJsonObject dup{{QStringLiteral("productId"), productId(QStringLiteral("ATK-001"))},
                        {QStringLiteral("productCode"), QStringLiteral("ATK-001")},
                        {QStringLiteral("zone"), kAnyZone},
                        {QStringLiteral("price"), 1.0}};
        expectRejected(admin->rawPush(kPriceEntity, newUuid(), dup, 0), QStringLiteral("kunci"));
        // A price that claims to be someone else's change.
        QJsonObject forged = after;
        forged.insert(QStringLiteral("changedBy"), nameBasedUuid(QStringLiteral("demo/user/sekda")));
        forged.insert(QStringLiteral("price"), 54'000.0);
        qint64 v = 0;
        serverRow(kPriceEntity, id, &v);
        expectRejected(admin->rawPush(kPriceEntity, id, forged, v), QStringLiteral("atas nama"));
    }

    void workflowBelowThresholdEndToEnd()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        const QString id = submittedOrder(*pp, QStringLiteral("ATK-001"), 50); // 50 × Rp53.000
        QCOMPARE(serverRow(kOrderEntity, id)->value(QStringLiteral("total")).toDouble(), 2'650'000.0);
        QCOMPARE(serverRow(kOrderEntity, id)->value(QStringLiteral("ppLimit")).toDouble(), 10'000'000.0);
        LONTAR_VERIFY_OK(pp->orders().startNegotiation(id, QStringLiteral("minta harga grosir")));
        LONTAR_VERIFY_OK(pp->orders().negotiatePrice(id, productId(QStringLiteral("ATK-001")), 50'000));
        QVERIFY(!pp->orders().negotiatePrice(id, productId(QStringLiteral("ATK-001")), 60'000).ok());
        LONTAR_VERIFY_OK(pp->orders().approve(id));
        pp->sync();
        QCOMPARE(serverState(id), QStringLiteral("approved"));
        QCOMPARE(serverRow(kOrderEntity, id)->value(QStringLiteral("approvedAs")).toString(),
                 QStringLiteral("pejabat_pengadaan"));
        // The pejabat pengadaan cannot sign the contract: only the PPK.
        QVERIFY(!pp->orders().signContract(id, QStringLiteral("SP/001"), 1'790'000'000'000).ok());

        auto ppk = device(QStringLiteral("sekda")); // PPK of the Setda, above the PBJ section
        LONTAR_VERIFY_OK(
            ppk->orders().signContract(id, QStringLiteral("SP/001/PBJ/2026"), 1'790'000'000'000));
        QList<OrderItem> items = ppk->orders().order(id)->items;
        items.first().qty = 60;
        LONTAR_VERIFY_OK(
            ppk->orders().addendum(id, QStringLiteral("ADD/01"), QStringLiteral("tambah volume"), items));
        LONTAR_VERIFY_OK(
            ppk->orders().recordDelivery(id, QStringLiteral("BAST/001/2026"), 1'791'000'000'000));
        // Payment is the bendahara's.
        QVERIFY(!ppk->orders().recordPayment(id, QStringLiteral("LS"), QStringLiteral("SP2D-1")).ok());
        ppk->sync();
        QCOMPARE(serverState(id), QStringLiteral("delivered"));

        auto bendahara = device(QStringLiteral("keuangan")); // BKAD: reads every order as bendahara
        QCOMPARE(bendahara->orders().order(id)->state, OrderState::Delivered);
        QVERIFY(!bendahara->orders().recordPayment(id, QStringLiteral("TUNAI"), QStringLiteral("X")).ok());
        LONTAR_VERIFY_OK(
            bendahara->orders().recordPayment(id, QStringLiteral("KKPD"), QStringLiteral("KKPD-2026-0042")));
        bendahara->sync();
        QCOMPARE(serverState(id), QStringLiteral("paid"));
        ppk->sync();
        LONTAR_VERIFY_OK(ppk->orders().close(id));
        ppk->sync();
        QCOMPARE(serverState(id), QStringLiteral("closed"));

        // The full history, from the server's row, with who acted in which role.
        const QJsonObject row = *serverRow(kOrderEntity, id);
        QStringList steps;
        for (const QJsonValue& h : row.value(QStringLiteral("history")).toArray()) {
            const QJsonObject e = h.toObject();
            steps.append(e.value(QStringLiteral("to")).toString() + QLatin1Char('/') +
                         e.value(QStringLiteral("role")).toString());
            QVERIFY(e.value(QStringLiteral("at")).toDouble() > 0);
        }
        QCOMPARE(steps,
                 (QStringList{QStringLiteral("draft/pejabat_pengadaan"),
                              QStringLiteral("submitted/pejabat_pengadaan"),
                              QStringLiteral("negotiation/pejabat_pengadaan"),
                              QStringLiteral("approved/pejabat_pengadaan"), QStringLiteral("contract/ppk"),
                              QStringLiteral("contract/ppk"), QStringLiteral("delivered/ppk"),
                              QStringLiteral("paid/bendahara"), QStringLiteral("closed/ppk")}));
        QCOMPARE(row.value(QStringLiteral("total")).toDouble(),
                 3'000'000.0); // 60 × Rp50.000 after the addendum
        QCOMPARE(row.value(QStringLiteral("addenda")).toArray().size(), 1);
        // Each device's audit log has its own steps; the chain is intact.
        QVERIFY(ppk->profile->audit().verify().intact);
        int ppkSteps = 0;
        for (const AuditEntry& e : *ppk->profile->audit().entries(200)) {
            if (e.action.startsWith(QStringLiteral("catalogue.order.")) && e.entityId == id)
                ++ppkSteps;
        }
        QCOMPARE(ppkSteps, 4); // contract, addendum, delivery, close; the refused payment left no trace
        // The server's own audit log has every state change, by whom, in one intact chain.
        AuditLog serverAudit(*m_serverDb);
        QVERIFY(serverAudit.verify().intact);
        QStringList serverSteps;
        auto entries = serverAudit.entries(500);
        QVERIFY(entries.ok());
        for (const AuditEntry& e : *entries) {
            if (e.entityId == id && e.action.startsWith(QStringLiteral("catalogue.order.")))
                serverSteps.prepend(e.action.mid(16) + QLatin1Char('/') + e.actor);
        }
        QCOMPARE(serverSteps,
                 (QStringList{QStringLiteral("draft/pengadaan"), QStringLiteral("submitted/pengadaan"),
                              QStringLiteral("negotiation/pengadaan"), QStringLiteral("approved/pengadaan"),
                              QStringLiteral("contract/sekda"), QStringLiteral("delivered/sekda"),
                              QStringLiteral("paid/keuangan"), QStringLiteral("closed/sekda")}));
        // Closed is final.
        pp->sync();
        QVERIFY(!pp->orders().cancel(id, QStringLiteral("coba")).ok());
    }

    void aboveThresholdOnlyThePpkApproves()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        const QString id = submittedOrder(*pp, QStringLiteral("ELK-001"), 4); // 4 × Rp3.100.000 = 12,4 juta
        Status refused = pp->orders().approve(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("PPK")), qPrintable(refused.errorMessage()));
        // A modified client pushes the approval anyway: the server refuses it and nothing changes.
        qint64 version = 0;
        QJsonObject row = *serverRow(kOrderEntity, id, &version);
        row.insert(QStringLiteral("state"), QStringLiteral("approved"));
        expectRejected(pp->rawPush(kOrderEntity, id, row, version), QStringLiteral("PPK"));
        qint64 after = 0;
        serverRow(kOrderEntity, id, &after);
        QCOMPARE(after, version);
        QCOMPARE(serverState(id), QStringLiteral("submitted"));
        // Lying about the amount to get under the threshold: refused too.
        row.insert(QStringLiteral("total"), 9'000'000.0);
        expectRejected(pp->rawPush(kOrderEntity, id, row, version), QStringLiteral("tidak sesuai"));
        QJsonObject cheaper = row;
        cheaper.remove(QStringLiteral("total"));
        QJsonArray items = cheaper.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.first().toObject();
        item.insert(QStringLiteral("unitPrice"), 1'000.0);
        items.replace(0, item);
        cheaper.insert(QStringLiteral("items"), items);
        expectRejected(pp->rawPush(kOrderEntity, id, cheaper, version), QStringLiteral("items"));
        // The PPK approves.
        auto ppk = device(QStringLiteral("sekda"));
        LONTAR_VERIFY_OK(ppk->orders().approve(id));
        ppk->sync();
        QCOMPARE(serverState(id), QStringLiteral("approved"));
        QCOMPARE(serverRow(kOrderEntity, id)->value(QStringLiteral("approvedAs")).toString(),
                 QStringLiteral("ppk"));
    }

    void refusedStepsThroughTheServer()
    {
        auto pp = device(QStringLiteral("pengadaan"));
        const QString id = submittedOrder(*pp, QStringLiteral("KBR-001"), 10);
        qint64 version = 0;
        const QJsonObject row = *serverRow(kOrderEntity, id, &version);
        const auto attempt = [&](Device& who, QJsonObject data, const QString& why) {
            expectRejected(who.rawPush(kOrderEntity, id, data, version), why);
            qint64 now = 0;
            serverRow(kOrderEntity, id, &now);
            QCOMPARE(now, version);
        };
        QJsonObject paid = row;
        paid.insert(QStringLiteral("state"), QStringLiteral("paid"));
        paid.insert(QStringLiteral("paymentMethod"), QStringLiteral("UP"));
        paid.insert(QStringLiteral("paymentRef"), QStringLiteral("X"));
        attempt(*pp, paid, QStringLiteral("Diajukan")); // skipping the contract and delivery
        auto bendahara = device(QStringLiteral("keuangan"));
        attempt(*bendahara, paid, QStringLiteral("Diajukan"));
        QJsonObject approved = row;
        approved.insert(QStringLiteral("state"), QStringLiteral("approved"));
        attempt(*bendahara, approved, QStringLiteral("pejabat pengadaan atau PPK"));
        QJsonObject moved = row;
        moved.insert(QStringLiteral("unitId"), nameBasedUuid(QStringLiteral("demo/unit/BKAD")));
        attempt(*pp, moved, QStringLiteral("Unit"));
        QJsonObject budget = row;
        budget.insert(QStringLiteral("budget"), 1e12);
        budget.insert(QStringLiteral("state"), QStringLiteral("negotiation"));
        attempt(*pp, budget, QStringLiteral("budget"));
        // Someone outside the unit tree and without a buyer role sees no order and may not create one.
        auto staf = device(QStringLiteral("staf"));
        QCOMPARE(staf->orders().orders()->size(), 0);
        QVERIFY(!staf->orders()
                     .createDraft(QStringLiteral("x"), QStringLiteral("r"), QStringLiteral("a"), 1, kAnyZone)
                     .ok());
        QJsonObject fresh = row;
        fresh.remove(QStringLiteral("unitId"));
        fresh.remove(QStringLiteral("createdBy"));
        fresh.insert(QStringLiteral("state"), QStringLiteral("draft"));
        expectRejected(staf->rawPush(kOrderEntity, newUuid(), fresh, 0), QStringLiteral("pejabat pengadaan"));
        // Nor may they touch the PBJ's order (not visible to them).
        expectRejected(staf->rawPush(kOrderEntity, id, approved, version), QStringLiteral("berwenang"));
    }

    void conflictingDraftEditsAreVisible()
    {
        auto a = device(QStringLiteral("pengadaan"));
        auto b = device(QStringLiteral("pengadaan")); // the same official on a second PC
        OrderBook bookA = a->orders();
        auto id = bookA.createDraft(QStringLiteral("Paket kebersihan"), QStringLiteral("RUP-9"),
                                    QStringLiteral("5.1.02"), 5'000'000, kAnyZone);
        QVERIFY(id.ok());
        a->sync();
        b->sync();
        LONTAR_VERIFY_OK(a->orders().addProduct(*id, productId(QStringLiteral("KBR-001")), 10));
        LONTAR_VERIFY_OK(b->orders().addProduct(*id, productId(QStringLiteral("KBR-001")), 20));
        QCOMPARE(a->sync().conflicts, 0);
        QCOMPARE(b->sync().conflicts, 1);
        auto conflicts = b->store().conflicts();
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().entity, kOrderEntity);
        QCOMPARE(conflicts->first().theirs.value(QStringLiteral("total")).toDouble(), 185'000.0); // A's 10
        QCOMPARE(conflicts->first().mine.value(QStringLiteral("total")).toDouble(), 370'000.0);   // B's 20
        // B keeps its own: re-queued on top of the server's version.
        LONTAR_VERIFY_OK(b->store().resolveConflict(conflicts->first().id, true));
        QCOMPARE(b->sync().conflicts, 0);
        QCOMPARE(serverRow(kOrderEntity, *id)->value(QStringLiteral("total")).toDouble(), 370'000.0);
        a->sync();
        QCOMPARE(a->orders().order(*id)->total, 370'000);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueSync)
#include "tst_cataloguesync.moc"
