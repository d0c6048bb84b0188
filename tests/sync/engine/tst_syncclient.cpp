#include "TestEntities.h"
#include "TestSupport.h"

#include "FakeNetwork.h"
#include "PgCluster.h"

#include "core/Profile.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;

// The sync engine end to end against a real SyncServer over a fake network (no sockets).
class TestSyncClient : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<FakeNetwork> network;
        std::unique_ptr<SyncClient> client;
        std::unique_ptr<ClientStore> store;
        QString blobDir;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    // LONTAR_SYNC_BACKEND=postgres runs the same suite with the server on a throwaway PostgreSQL.
    std::unique_ptr<lontar::test::PgCluster> m_pg;
    int m_pgDatabases = 0;
    std::unique_ptr<Database> m_serverDb;
    std::unique_ptr<SyncServer> m_server;
    qint64 m_now = 1'790'000'000'000;
    int m_devices = 0;

    void startServer(bool autoApprove = true)
    {
        QString url;
        if (m_pg) {
            QString error;
            url = m_pg->createDatabase(QStringLiteral("sync%1").arg(++m_pgDatabases), &error);
            QVERIFY2(!url.isEmpty(), qPrintable(error));
        }
        auto db = openServerDatabase(m_dir->filePath(QStringLiteral("server")), url);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        LONTAR_VERIFY_OK(DemoData::seed(*m_serverDb));
        ServerOptions options;
        options.autoApproveDevices = autoApprove;
        options.clock = [this] { return m_now; };
        m_server = std::make_unique<SyncServer>(*m_serverDb, options);
    }

    std::unique_ptr<Device> device(const QString& username, bool enrol = true)
    {
        auto d = std::make_unique<Device>();
        const QString dir = m_dir->filePath(QStringLiteral("device%1").arg(++m_devices));
        SyncClientModule module;
        auto p = Profile::open(dir, {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->network = std::make_unique<FakeNetwork>(*m_server);
        d->blobDir = dir + QStringLiteral("/blobs");
        d->client = std::make_unique<SyncClient>(d->profile->database(), *d->network, d->blobDir);
        d->store = std::make_unique<ClientStore>(d->profile->database());
        if (enrol) {
            const Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("test pc"));
            if (!s)
                qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        }
        return d;
    }

    qint64 serverCount(const QString& sql) { return m_serverDb->scalar(sql)->toLongLong(); }

    ApiResponse raw(const QByteArray& method, const QString& path, const QByteArray& body,
                    const QHash<QByteArray, QByteArray>& headers = {})
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.headers = headers;
        return m_server->handle(r);
    }

    QHash<QByteArray, QByteArray> authHeaders(const QString& username, const QString& deviceId)
    {
        const ApiResponse login =
            raw("POST", QStringLiteral("/api/v1/auth/login"),
                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), DemoData::demoPassword()},
                                          {QStringLiteral("deviceId"), deviceId},
                                          {QStringLiteral("schemaVersion"), kSchemaVersion}})
                    .toJson());
        const QString token =
            QJsonDocument::fromJson(login.body).object().value(QStringLiteral("accessToken")).toString();
        return {{"authorization", "Bearer " + token.toLatin1()}, {"x-lontar-device", deviceId.toLatin1()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        lontar::test::registerTestEntities();
        if (qEnvironmentVariable("LONTAR_SYNC_BACKEND") == QLatin1String("postgres")) {
            if (const QString why = lontar::test::PgCluster::unavailableReason(); !why.isEmpty())
                QSKIP(qPrintable(why));
            m_pg = std::make_unique<lontar::test::PgCluster>();
            QString error;
            QVERIFY2(m_pg->start(&error), qPrintable(error));
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        startServer();
    }
    void cleanup()
    {
        m_server.reset();
        m_serverDb.reset();
        m_dir.reset();
    }

    void changeTravelsBetweenDevicesOfOneUnit()
    {
        auto a = device(QStringLiteral("staf"));
        auto b = device(QStringLiteral("kabid")); // same unit tree (Bidang Aplikasi Informatika)
        auto id = a->store->put(QStringLiteral("test_note"), {},
                                QJsonObject{{QStringLiteral("perihal"), QStringLiteral("Undangan rapat")}});
        LONTAR_VERIFY_OK(id);
        QCOMPARE(*a->store->pendingCount(), 1);
        auto report = a->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->pushed, 1);
        QCOMPARE(*a->store->pendingCount(), 0);
        QCOMPARE(a->store->get(QStringLiteral("test_note"), *id)->version, 1);

        LONTAR_VERIFY_OK(b->client->syncOnce());
        auto row = b->store->get(QStringLiteral("test_note"), *id);
        LONTAR_VERIFY_OK(row);
        QCOMPARE(row->data.value(QStringLiteral("perihal")).toString(), QStringLiteral("Undangan rapat"));
        QCOMPARE(row->version, 1);
    }

    void lostAcknowledgementIsNotADuplicate()
    {
        auto a = device(QStringLiteral("staf"));
        for (int i = 0; i < 3; ++i)
            LONTAR_VERIFY_OK(
                a->store->put(QStringLiteral("test_event"), {}, QJsonObject{{QStringLiteral("n"), i}}));
        // The server applies the push but the answer never arrives.
        a->network->loseReply = 1;
        QVERIFY(!a->client->syncOnce().ok());
        QCOMPARE(*a->store->pendingCount(), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows")), 3);
        // Retrying sends the same mutations; the server answers from memory and stores nothing twice.
        auto report = a->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->pushed, 3);
        QCOMPARE(*a->store->pendingCount(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows")), 3);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_changes")), 3);
    }

    void offlineWorkWaitsInTheOutbox()
    {
        auto a = device(QStringLiteral("staf"));
        LONTAR_VERIFY_OK(
            a->store->put(QStringLiteral("test_note"), {}, QJsonObject{{QStringLiteral("x"), 1}}));
        a->network->failBeforeServer = 100;
        auto r = a->client->syncOnce();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Network);
        QCOMPARE(*a->store->pendingCount(), 1);
        a->network->failBeforeServer = 0;
        LONTAR_VERIFY_OK(a->client->syncOnce());
        QCOMPARE(*a->store->pendingCount(), 0);
    }

    void twoEditsOfOneRowInOneBatch()
    {
        auto a = device(QStringLiteral("staf"));
        auto id = a->store->put(QStringLiteral("test_note"), {}, QJsonObject{{QStringLiteral("v"), 1}});
        LONTAR_VERIFY_OK(
            a->store->put(QStringLiteral("test_note"), *id, QJsonObject{{QStringLiteral("v"), 2}}));
        LONTAR_VERIFY_OK(
            a->store->put(QStringLiteral("test_note"), *id, QJsonObject{{QStringLiteral("v"), 3}}));
        auto report = a->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->conflicts, 0);
        QCOMPARE(a->store->get(QStringLiteral("test_note"), *id)->version, 3);
        QCOMPARE(a->store->get(QStringLiteral("test_note"), *id)->data.value(QStringLiteral("v")).toInt(), 3);
    }

    void concurrentEditsBecomeAVisibleConflict()
    {
        auto a = device(QStringLiteral("staf"));
        auto b = device(QStringLiteral("kabid"));
        auto id = a->store->put(QStringLiteral("test_note"), {},
                                QJsonObject{{QStringLiteral("perihal"), QStringLiteral("asli")}});
        LONTAR_VERIFY_OK(a->client->syncOnce());
        LONTAR_VERIFY_OK(b->client->syncOnce());
        LONTAR_VERIFY_OK(a->store->put(QStringLiteral("test_note"), *id,
                                       QJsonObject{{QStringLiteral("perihal"), QStringLiteral("versi A")}}));
        LONTAR_VERIFY_OK(b->store->put(QStringLiteral("test_note"), *id,
                                       QJsonObject{{QStringLiteral("perihal"), QStringLiteral("versi B")}}));
        LONTAR_VERIFY_OK(a->client->syncOnce());
        auto report = b->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->conflicts, 1);
        auto conflicts = b->store->conflicts();
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().mine.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("versi B"));
        QCOMPARE(conflicts->first().theirs.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("versi A"));
        // Meanwhile B shows the server's version; nothing was silently overwritten.
        QCOMPARE(
            b->store->get(QStringLiteral("test_note"), *id)->data.value(QStringLiteral("perihal")).toString(),
            QStringLiteral("versi A"));

        LONTAR_VERIFY_OK(b->store->resolveConflict(conflicts->first().id, /*keepMine=*/true));
        LONTAR_VERIFY_OK(b->client->syncOnce());
        LONTAR_VERIFY_OK(a->client->syncOnce());
        QCOMPARE(
            a->store->get(QStringLiteral("test_note"), *id)->data.value(QStringLiteral("perihal")).toString(),
            QStringLiteral("versi B"));
        QCOMPARE(a->store->get(QStringLiteral("test_note"), *id)->version, 3);
        QVERIFY(b->store->conflicts()->isEmpty());
    }

    void deletesTravelAsTombstones()
    {
        auto a = device(QStringLiteral("staf"));
        auto b = device(QStringLiteral("kabid"));
        auto id = a->store->put(QStringLiteral("test_note"), {}, QJsonObject{{QStringLiteral("x"), 1}});
        LONTAR_VERIFY_OK(a->client->syncOnce());
        LONTAR_VERIFY_OK(b->client->syncOnce());
        QCOMPARE(b->store->list(QStringLiteral("test_note"))->size(), 1);
        LONTAR_VERIFY_OK(a->store->remove(QStringLiteral("test_note"), *id));
        LONTAR_VERIFY_OK(a->client->syncOnce());
        LONTAR_VERIFY_OK(b->client->syncOnce());
        QCOMPARE(b->store->list(QStringLiteral("test_note"))->size(), 0);
        QVERIFY(b->store->get(QStringLiteral("test_note"), *id)->deleted);
        QCOMPARE(serverCount(QStringLiteral("SELECT deleted FROM srv_rows")), 1);
    }

    void usersReceiveOnlyTheirUnitsRows()
    {
        auto staf = device(QStringLiteral("staf"));           // DISKOMINFO.APTIKA
        auto arsiparis = device(QStringLiteral("arsiparis")); // DISPUSIP
        auto kadis = device(QStringLiteral("kadis"));         // DISKOMINFO: sees its sub-units
        LONTAR_VERIFY_OK(staf->store->put(QStringLiteral("test_note"), {},
                                          QJsonObject{{QStringLiteral("rahasia"), true}}));
        LONTAR_VERIFY_OK(staf->client->syncOnce());
        LONTAR_VERIFY_OK(arsiparis->client->syncOnce());
        LONTAR_VERIFY_OK(kadis->client->syncOnce());
        QCOMPARE(arsiparis->store->list(QStringLiteral("test_note"))->size(), 0);
        QCOMPARE(kadis->store->list(QStringLiteral("test_note"))->size(), 1);
        // Nor may the other unit write over it, even knowing its id.
        const QString id = staf->store->list(QStringLiteral("test_note"))->first().entityId;
        LONTAR_VERIFY_OK(
            arsiparis->store->put(QStringLiteral("test_note"), id, QJsonObject{{QStringLiteral("x"), 1}}));
        auto report = arsiparis->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT version FROM srv_rows")), 1);
    }

    void appendOnlyAndServerOwnedEntities()
    {
        auto a = device(QStringLiteral("staf"));
        auto id = a->store->put(QStringLiteral("test_event"), {},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("in")}});
        LONTAR_VERIFY_OK(id);
        QCOMPARE(a->store->put(QStringLiteral("test_event"), *id, QJsonObject{}).error().code,
                 Error::Code::Conflict);
        QCOMPARE(a->store->remove(QStringLiteral("test_event"), *id).error().code, Error::Code::Forbidden);
        QCOMPARE(a->store->put(QStringLiteral("test_catalogue"), {}, QJsonObject{}).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(a->store->put(QStringLiteral("no_such_entity"), {}, QJsonObject{}).error().code,
                 Error::Code::InvalidInput);
        LONTAR_VERIFY_OK(a->client->syncOnce());

        // A raw client that ignores the rules is refused by the server.
        const auto headers = authHeaders(QStringLiteral("staf"), QStringLiteral("raw-device-01"));
        const QJsonObject mutation{{QStringLiteral("seq"), 1},
                                   {QStringLiteral("entity"), QStringLiteral("test_catalogue")},
                                   {QStringLiteral("entityId"), QStringLiteral("p1")},
                                   {QStringLiteral("op"), QStringLiteral("upsert")},
                                   {QStringLiteral("data"), QJsonObject{{QStringLiteral("price"), 1}}}};
        const ApiResponse r =
            raw("POST", QStringLiteral("/api/v1/sync/push"),
                QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                          {QStringLiteral("mutations"), QJsonArray{mutation}}})
                    .toJson(),
                headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = 'test_catalogue'")),
                 0);
    }

    void pullComesInPagesWithACursor()
    {
        auto a = device(QStringLiteral("staf"));
        auto b = device(QStringLiteral("kabid"));
        {
            Transaction tx(a->profile->database());
            for (int i = 0; i < 1234; ++i)
                LONTAR_VERIFY_OK(
                    a->store->put(QStringLiteral("test_event"), {}, QJsonObject{{QStringLiteral("n"), i}}));
            LONTAR_VERIFY_OK(tx.commit());
        }
        LONTAR_VERIFY_OK(a->client->syncOnce());
        const int before = b->network->requests;
        auto report = b->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->pulled, 1234);
        QVERIFY(b->network->requests - before >= 3); // 500 per page
        QCOMPARE(b->store->list(QStringLiteral("test_event"))->size(), 1234);
        // Caught up: the next pass transfers nothing.
        QCOMPARE(b->client->syncOnce()->pulled, 0);
    }

    void blobUploadResumesAndDownloadIsVerified()
    {
        auto a = device(QStringLiteral("staf"));
        QByteArray content;
        for (int i = 0; i < 2600; ++i)
            content += QByteArray::number(i).repeated(200).left(1000);
        const QString source = m_dir->filePath(QStringLiteral("surat.pdf"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto sha = a->store->addBlob(source, a->blobDir);
        LONTAR_VERIFY_OK(sha);
        QCOMPARE(*sha,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

        // Cut the connection on the second chunk: the first chunk stays on the server.
        int puts = 0;
        a->network->inspect = [&](HttpRequest& r) {
            if (r.method == "PUT" && ++puts == 2)
                a->network->loseReply = 1;
        };
        QVERIFY(!a->client->syncOnce().ok());
        const qint64 sentBefore = a->network->bytesSent;
        a->network->inspect = {};
        LONTAR_VERIFY_OK(a->client->syncOnce());
        // Only the remaining ~0.5 MB went over the wire again, not the whole 2.6 MB.
        QVERIFY2(a->network->bytesSent - sentBefore < content.size() - 1024 * 1024,
                 qPrintable(QString::number(a->network->bytesSent - sentBefore)));
        QCOMPARE(serverCount(QStringLiteral("SELECT complete FROM srv_blobs")), 1);

        auto b = device(QStringLiteral("kabid"));
        const QString target = m_dir->filePath(QStringLiteral("unduhan.pdf"));
        LONTAR_VERIFY_OK(b->client->downloadBlob(*sha, target));
        QFile got(target);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), content);

        // Another unit cannot fetch it; a corrupted stored chunk is detected, and nothing is written.
        auto other = device(QStringLiteral("arsiparis"));
        QVERIFY(!other->client->downloadBlob(*sha, m_dir->filePath(QStringLiteral("x.pdf"))).ok());
        LONTAR_VERIFY_OK(
            m_serverDb->exec(QStringLiteral("UPDATE srv_blob_chunks SET data = ? WHERE chunk_offset = 0"),
                             {QByteArray(1024 * 1024, 'z')}));
        const QString bad = m_dir->filePath(QStringLiteral("rusak.pdf"));
        const Status s = b->client->downloadBlob(*sha, bad);
        QCOMPARE(s.error().code, Error::Code::Crypto);
        QVERIFY(!QFile::exists(bad));
    }

    void deviceWaitsForAdminApproval()
    {
        startServer(/*autoApprove=*/false);
        auto d = device(QStringLiteral("staf"), false);
        const Status first =
            d->client->enrol(QStringLiteral("staf"), DemoData::demoPassword(), QStringLiteral("pc"));
        QCOMPARE(first.error().code, Error::Code::Forbidden);
        QVERIFY(!d->client->isEnrolled());

        // Bootstrap: the first admin device is approved on the server itself (lontar-server
        // --approve-device).
        authHeaders(QStringLiteral("admin"), QStringLiteral("admin-device-1"));
        authHeaders(QStringLiteral("kadis"), QStringLiteral("kadis-device-1"));
        LONTAR_VERIFY_OK(
            m_serverDb->exec(QStringLiteral("UPDATE srv_devices SET status = 'approved' "
                                            "WHERE device_id IN ('admin-device-1', 'kadis-device-1')")));
        // A head of office without the admin role may not approve devices.
        const auto kadis = authHeaders(QStringLiteral("kadis"), QStringLiteral("kadis-device-1"));
        QCOMPARE(
            raw("POST", QStringLiteral("/api/v1/devices/%1/approve").arg(d->client->deviceId()), {}, kadis)
                .status,
            403);
        const auto adminLogin = authHeaders(QStringLiteral("admin"), QStringLiteral("admin-device-1"));
        const ApiResponse list = raw("GET", QStringLiteral("/api/v1/devices"), {}, adminLogin);
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains(d->client->deviceId().toLatin1()));
        QCOMPARE(raw("POST", QStringLiteral("/api/v1/devices/%1/approve").arg(d->client->deviceId()), {},
                     adminLogin)
                     .status,
                 200);
        LONTAR_VERIFY_OK(
            d->client->enrol(QStringLiteral("staf"), DemoData::demoPassword(), QStringLiteral("pc")));
        LONTAR_VERIFY_OK(d->client->syncOnce());
    }

    void tokensExpireAndRefreshIsBoundToTheDevice()
    {
        auto a = device(QStringLiteral("staf"));
        LONTAR_VERIFY_OK(a->client->syncOnce());
        const int before = a->network->requests;
        m_now += 3600 * 1000; // the access token is long expired
        LONTAR_VERIFY_OK(a->client->syncOnce());
        QVERIFY(a->network->requests > before);

        // A stolen refresh token does not work for another device id.
        const QString refresh = a->store->state(QStringLiteral("refresh_token"));
        const ApiResponse stolen =
            raw("POST", QStringLiteral("/api/v1/auth/refresh"),
                QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("thief-device")},
                                          {QStringLiteral("refreshToken"), refresh}})
                    .toJson());
        QCOMPARE(stolen.status, 401);
    }

    void lostRefreshAnswerDoesNotLockTheDeviceOut()
    {
        auto a = device(QStringLiteral("staf"));
        LONTAR_VERIFY_OK(a->client->syncOnce());
        const QString before = a->store->state(QStringLiteral("refresh_token"));
        m_now += 3600 * 1000;
        // The server rotates the refresh token, but its answer never arrives.
        a->network->inspect = [&](HttpRequest& r) {
            if (r.path.endsWith(QStringLiteral("/auth/refresh")))
                a->network->loseReply = 1;
        };
        QVERIFY(!a->client->syncOnce().ok());
        a->network->inspect = {};
        QCOMPARE(a->store->state(QStringLiteral("refresh_token")), before);
        LONTAR_VERIFY_OK(a->client->syncOnce()); // the previous token still works once
        QVERIFY(a->store->state(QStringLiteral("refresh_token")) != before);
        // ... and once replaced, a token two generations old is refused.
        m_now += 3600 * 1000;
        LONTAR_VERIFY_OK(a->client->syncOnce());
        const ApiResponse older =
            raw("POST", QStringLiteral("/api/v1/auth/refresh"),
                QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), a->client->deviceId()},
                                          {QStringLiteral("refreshToken"), before}})
                    .toJson());
        QCOMPARE(older.status, 401);
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        const auto headers = authHeaders(QStringLiteral("staf"), QStringLiteral("raw-device-02"));
        const qint64 before = serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_changes"));
        QCOMPARE(raw("POST", QStringLiteral("/api/v1/sync/push"), "{not json", headers).status, 400);
        QCOMPARE(raw("POST", QStringLiteral("/api/v1/sync/push"), R"({"schemaVersion":99,"mutations":[]})",
                     headers)
                     .status,
                 400);
        QCOMPARE(
            raw("POST", QStringLiteral("/api/v1/sync/push"),
                R"({"schemaVersion":1,"mutations":[{"seq":1,"entity":"letter","entityId":"a","op":"upsert","data":{}},)"
                R"({"seq":2,"entity":"letter","entityId":"b","op":"explode"}]})",
                headers)
                .status,
            400); // one bad mutation: the whole batch is refused, the good one too
        QCOMPARE(raw("POST", QStringLiteral("/api/v1/sync/push"), QByteArray(5 * 1024 * 1024, ' '), headers)
                     .status,
                 413);
        auto other = headers;
        other["x-lontar-device"] = "someone-else";
        QCOMPARE(
            raw("POST", QStringLiteral("/api/v1/sync/push"), R"({"schemaVersion":1,"mutations":[]})", other)
                .status,
            401);
        QCOMPARE(raw("GET", QStringLiteral("/api/v1/sync/pull"), {}, {}).status, 401);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_changes")), before);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT last_seq FROM srv_devices WHERE device_id = 'raw-device-02'")),
            0);
    }

    void loginIsRateLimited()
    {
        int limited = 0;
        for (int i = 0; i < 15; ++i) {
            const ApiResponse r = raw(
                "POST", QStringLiteral("/api/v1/auth/login"),
                R"({"username":"sekda","password":"salah-terus","deviceId":"guess-device","schemaVersion":1})");
            QVERIFY(r.status == 401 || r.status == 429);
            limited += r.status == 429;
        }
        QVERIFY(limited >= 5);
        // Even the right password waits for the window to pass.
        QCOMPARE(
            raw("POST", QStringLiteral("/api/v1/auth/login"),
                R"({"username":"sekda","password":"lontar-demo","deviceId":"guess-device","schemaVersion":1})")
                .status,
            429);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
