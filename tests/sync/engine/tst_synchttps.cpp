#include "TestEntities.h"
#include "TestSupport.h"

#include "core/Profile.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;

// The real thing on loopback: TLS server, pinned certificate, the engine on its worker thread.
class TestSyncHttps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;

    std::unique_ptr<Profile> openProfile(const QString& name)
    {
        SyncClientModule module;
        auto p = Profile::open(m_dir.filePath(name), {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        return std::move(*p);
    }

    static bool waitFor(SyncEngine& engine, SyncStatus::State state, int ms = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (engine.status().state == state)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        lontar::test::registerTestEntities();
        EmbeddedServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->certificateFingerprint().size(), 64);
    }

    void cleanupTestCase() { m_server.reset(); }

    void engineSyncsOverTlsOffTheUiThread()
    {
        auto profile = openProfile(QStringLiteral("a"));
        ClientStore store(profile->database());
        LONTAR_VERIFY_OK(store.put(QStringLiteral("test_note"), {},
                                   QJsonObject{{QStringLiteral("perihal"), QStringLiteral("A")}}));

        SyncEngine engine({profile->directory() + QStringLiteral("/lontar.sqlite"), m_server->baseUrl(),
                           m_server->certificateFingerprint(),
                           profile->directory() + QStringLiteral("/blobs"), 60000});
        QSignalSpy spy(&engine, &SyncEngine::statusChanged);
        engine.start(QStringLiteral("staf"), DemoData::demoPassword());
        QVERIFY2(waitFor(engine, SyncStatus::State::Online), qPrintable(engine.status().lastError));
        QCOMPARE(engine.status().pendingChanges, 0);
        QVERIFY(engine.status().lastSync.isValid());
        QVERIFY(spy.count() >= 2); // syncing, then online

        // A change made later goes out on the next pass.
        LONTAR_VERIFY_OK(store.put(QStringLiteral("test_note"), {},
                                   QJsonObject{{QStringLiteral("perihal"), QStringLiteral("B")}}));
        engine.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().pendingChanges, 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(int(engine.status().state), int(SyncStatus::State::Online), 20000);

        // A second device of the same unit sees both.
        auto other = openProfile(QStringLiteral("b"));
        auto transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        SyncClient client(other->database(), *transport, other->directory() + QStringLiteral("/blobs"));
        LONTAR_VERIFY_OK(
            client.enrol(QStringLiteral("kabid"), DemoData::demoPassword(), QStringLiteral("pc-b")));
        LONTAR_VERIFY_OK(client.syncOnce());
        QCOMPARE(ClientStore(other->database()).list(QStringLiteral("test_note"))->size(), 2);
    }

    void wrongCertificateIsRefused()
    {
        auto profile = openProfile(QStringLiteral("c"));
        auto transport = makeHttpsTransport(m_server->baseUrl(), QString(64, QLatin1Char('0')));
        SyncClient client(profile->database(), *transport, profile->directory() + QStringLiteral("/blobs"));
        const Status s = client.enrol(QStringLiteral("staf"), DemoData::demoPassword(), QStringLiteral("pc"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Network);
    }

    void engineReportsOfflineWhenServerIsGone()
    {
        auto profile = openProfile(QStringLiteral("d"));
        SyncEngine engine({profile->directory() + QStringLiteral("/lontar.sqlite"),
                           QStringLiteral("https://127.0.0.1:1"), m_server->certificateFingerprint(),
                           profile->directory() + QStringLiteral("/blobs"), 60000});
        engine.start(QStringLiteral("staf"), DemoData::demoPassword());
        QVERIFY(waitFor(engine, SyncStatus::State::Offline));
        QVERIFY(!engine.status().lastError.isEmpty());
    }

    void serverExecutableServesHttps()
    {
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(qEnvironmentVariable("LONTAR_BINARY_DIR") +
                         QStringLiteral("/app/lontar-server/lontar-server"),
                     {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("exe")),
                      QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo")});
        QVERIFY(server.waitForStarted());
        QString line;
        QTRY_VERIFY_WITH_TIMEOUT(
            (line += QString::fromUtf8(server.readAll())).contains(QStringLiteral("sha256=")), 20000);
        const auto m = QRegularExpression(QStringLiteral("(https://\\S+) sha256=([0-9a-f]{64})")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        auto transport = makeHttpsTransport(m.captured(1), m.captured(2));
        auto reply = transport->send({"GET", QStringLiteral("/api/v1/health"), {}, {}, {}});
        LONTAR_VERIFY_OK(reply);
        QCOMPARE(reply->status, 200);
        // Without --auto-approve-devices a new device waits for an admin.
        auto profile = openProfile(QStringLiteral("e"));
        SyncClient client(profile->database(), *transport, profile->directory() + QStringLiteral("/blobs"));
        QCOMPARE(client.enrol(QStringLiteral("staf"), DemoData::demoPassword(), {}).error().code,
                 Error::Code::Forbidden);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSyncHttps)
#include "tst_synchttps.moc"
