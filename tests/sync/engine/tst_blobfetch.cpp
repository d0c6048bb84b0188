#include "FaultRelay.h"
#include "TestEntities.h"
#include "TestSupport.h"

#include "core/Profile.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// Blobs fetched on demand by the sync engine (the desktop's path for images and attachments a row
// names): through a relay that can cut the link, against the real server's read rules. Offline the
// request waits and completes after the next successful pass; a blob the user may not read is refused
// once and then answered from memory, with no further traffic.
class TestBlobFetch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<FaultRelay> m_relay;
    int m_profiles = 0;

    std::unique_ptr<Profile> openProfile()
    {
        SyncClientModule module;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles)), {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        return std::move(*p);
    }

    // `username` uploads `content` from a device of their own (straight to the server) and returns its hash.
    QString upload(const QString& username, const QByteArray& content)
    {
        auto profile = openProfile();
        const QString file = profile->directory() + QStringLiteral("/upload.bin");
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file));
        f.close();
        auto transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        const QString blobDir = profile->directory() + QStringLiteral("/blobs");
        SyncClient client(profile->database(), *transport, blobDir);
        if (Status s = client.enrol(username, DemoData::demoPassword(), QStringLiteral("pc")); !s)
            qFatal("enrol: %s", qPrintable(s.errorMessage()));
        auto sha = ClientStore(profile->database()).addBlob(file, blobDir);
        if (!sha)
            qFatal("%s", qPrintable(sha.errorMessage()));
        auto report = client.syncOnce();
        if (!report || report->blobsUploaded != 1)
            qFatal("upload failed");
        return *sha;
    }

    static BlobFetch waitForAnswer(QSignalSpy& spy, const QString& sha)
    {
        for (int round = 0; round < 400; ++round) {
            for (const QList<QVariant>& args : std::as_const(spy)) {
                const auto f = args.at(0).value<BlobFetch>();
                if (f.sha256 == sha)
                    return f;
            }
            QTest::qWait(50);
        }
        qFatal("no answer for %s", qPrintable(sha));
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerTestEntities();
        EmbeddedServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
        m_relay = std::make_unique<FaultRelay>(QHostAddress::LocalHost, m_server->port());
        QString error;
        QVERIFY2(m_relay->start(&error), qPrintable(error));
    }

    void offlineWaitsThenFetchesRefusedOnce()
    {
        const QByteArray mine = QByteArray("foto produk dari bidang aplikasi informatika\n").repeated(2000);
        const QString own = upload(QStringLiteral("staf"), mine);
        const QString foreign = upload(QStringLiteral("keuangan"), QByteArrayLiteral("dokumen BKAD"));
        const QString unknown = QString::fromLatin1(
            QCryptographicHash::hash("tidak ada di mana pun", QCryptographicHash::Sha256).toHex());

        // The link is down: every connection to the server is dropped.
        FaultRelay::Faults down;
        down.dropProbability = 1.0;
        m_relay->setFaults(down);
        auto profile = openProfile();
        const QString blobDir = profile->directory() + QStringLiteral("/blobs");
        SyncEngine engine({profile->directory() + QLatin1Char('/') + Profile::databaseFileName(),
                           QStringLiteral("https://127.0.0.1:%1").arg(m_relay->port()),
                           m_server->certificateFingerprint(), blobDir, 3'600'000});
        QSignalSpy answers(&engine, &SyncEngine::blobFetched);
        engine.start(QStringLiteral("staf"), DemoData::demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(int(engine.status().state), int(SyncStatus::State::Offline), 20000);

        engine.fetchBlob(own);
        BlobFetch waiting = waitForAnswer(answers, own);
        QVERIFY(!waiting.ok);
        QVERIFY(waiting.willRetry);
        QVERIFY(!waiting.message.isEmpty());
        QVERIFY(!QFile::exists(blobDir + QLatin1Char('/') + own));

        // Back online: the next pass fetches what was waiting, verified against its hash.
        answers.clear();
        m_relay->clearFaults();
        engine.syncNow();
        const BlobFetch fetched = waitForAnswer(answers, own);
        QVERIFY2(fetched.ok, qPrintable(fetched.message));
        QFile got(blobDir + QLatin1Char('/') + own);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), mine);

        // Another unit's upload that no visible row names: the server refuses it, the engine says so
        // plainly and does not ask again.
        answers.clear();
        engine.fetchBlob(foreign);
        const BlobFetch refused = waitForAnswer(answers, foreign);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.willRetry);
        QVERIFY2(refused.message.contains(QStringLiteral("tidak berhak")), qPrintable(refused.message));
        QVERIFY(!QFile::exists(blobDir + QLatin1Char('/') + foreign));
        const FaultRelay::Stats before = m_relay->stats();
        answers.clear();
        engine.fetchBlob(foreign);
        engine.fetchBlob(foreign);
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, 10000);
        for (const QList<QVariant>& args : std::as_const(answers)) {
            const auto f = args.at(0).value<BlobFetch>();
            QVERIFY(!f.ok && !f.willRetry);
            QCOMPARE(f.message, refused.message);
        }
        QCOMPARE(m_relay->stats().bytesUp, before.bytesUp); // answered from memory
        QCOMPARE(m_relay->stats().accepted, before.accepted);

        // An unknown hash looks the same as a forbidden one.
        answers.clear();
        engine.fetchBlob(unknown);
        const BlobFetch missing = waitForAnswer(answers, unknown);
        QVERIFY(!missing.ok && !missing.willRetry);
        QCOMPARE(missing.message, refused.message);

        // A name that is not a SHA-256 never becomes a path or a request.
        answers.clear();
        const FaultRelay::Stats quiet = m_relay->stats();
        for (const QString& bad : {QStringLiteral("../lontar.sqlite"), own.toUpper(), QString(),
                                   own.left(63) + QLatin1Char('/')}) {
            engine.fetchBlob(bad);
            const BlobFetch f = waitForAnswer(answers, bad);
            QVERIFY(!f.ok && !f.willRetry);
        }
        QCOMPARE(m_relay->stats().bytesUp, quiet.bytesUp);
        QVERIFY(QFile::exists(profile->directory() + QLatin1Char('/') + Profile::databaseFileName()));

        // What is already here answers at once, without the server.
        answers.clear();
        m_relay->setFaults(down);
        engine.fetchBlob(own);
        QVERIFY(waitForAnswer(answers, own).ok);
        m_relay->clearFaults();
    }

    void lostLinkIsRetriedAfterTheNextPass()
    {
        const QByteArray big = QByteArray(600 * 1024, 'x') + QByteArrayLiteral("akhir");
        const QString sha = upload(QStringLiteral("staf"), big);
        auto profile = openProfile();
        const QString blobDir = profile->directory() + QStringLiteral("/blobs");
        SyncEngine engine({profile->directory() + QLatin1Char('/') + Profile::databaseFileName(),
                           QStringLiteral("https://127.0.0.1:%1").arg(m_relay->port()),
                           m_server->certificateFingerprint(), blobDir, 3'600'000});
        QSignalSpy answers(&engine, &SyncEngine::blobFetched);
        engine.start(QStringLiteral("staf"), DemoData::demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(int(engine.status().state), int(SyncStatus::State::Online), 20000);
        // The link goes down after the pass (live connections reset, new ones dropped): the engine still
        // believes the server reachable, tries, fails, and waits for the next pass.
        FaultRelay::Faults down;
        down.dropProbability = 1.0;
        m_relay->setFaults(down);
        m_relay->abortAll();
        engine.fetchBlob(sha);
        const BlobFetch broken = waitForAnswer(answers, sha);
        QVERIFY(!broken.ok);
        QVERIFY(broken.willRetry);
        QVERIFY(!QFile::exists(blobDir + QLatin1Char('/') + sha)); // nothing half-written under its name
        answers.clear();
        m_relay->clearFaults();
        engine.syncNow();
        const BlobFetch fetched = waitForAnswer(answers, sha);
        QVERIFY2(fetched.ok, qPrintable(fetched.message));
        QCOMPARE(QFileInfo(blobDir + QLatin1Char('/') + sha).size(), big.size());
    }
};

QTEST_GUILESS_MAIN(TestBlobFetch)
#include "tst_blobfetch.moc"
