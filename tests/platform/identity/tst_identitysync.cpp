#include "TestSupport.h"

#include "core/Profile.h"
#include "esign/EsignModule.h"
#include "server/Directory.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/OnlineLogin.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;

// Identity comes from the server: the first login on a fresh profile goes to the server, later logins
// work offline with a verifier kept for that user only, and a password change or a disable on the
// server reaches the device at its next sync.
class TestIdentitySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Profile> m_profile;

    QString serverDir() const { return m_dir.filePath(QStringLiteral("server")); }
    QString databasePath() const
    {
        return m_profile->directory() + QLatin1Char('/') + Profile::databaseFileName();
    }
    QString blobDir() const { return m_profile->directory() + QStringLiteral("/blobs"); }
    ServerEndpoint endpoint() const { return {m_server->baseUrl(), m_server->certificateFingerprint()}; }

    void startServer()
    {
        EmbeddedServerConfig config;
        config.dataDir = serverDir();
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
    }

    // Changes the server's store directly, then publishes the directory as the admin API does.
    void onServer(const QString& sql, const QVariantList& bindings)
    {
        auto db = Database::openSqlite(serverDir() + QStringLiteral("/server.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        Transaction tx(**db);
        LONTAR_VERIFY_OK((*db)->exec(sql, bindings));
        LONTAR_VERIFY_OK(publishDirectory(**db, QDateTime::currentMSecsSinceEpoch()));
        LONTAR_VERIFY_OK(tx.commit());
    }
    void setServerPassword(const QString& username, const QString& password)
    {
        auto db = Database::openSqlite(serverDir() + QStringLiteral("/server.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        IdentityStore ids(**db);
        Transaction tx(**db);
        LONTAR_VERIFY_OK(ids.setPassword(ids.userByUsername(username)->id, password));
        LONTAR_VERIFY_OK(publishDirectory(**db, QDateTime::currentMSecsSinceEpoch()));
        LONTAR_VERIFY_OK(tx.commit());
    }

    Result<User> localLogin(const QString& username, const QString& password)
    {
        Authenticator auth(m_profile->database(), &m_profile->audit());
        return auth.login(username, password);
    }

    void syncDevice()
    {
        auto transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        SyncClient client(m_profile->database(), *transport, blobDir());
        LONTAR_VERIFY_OK(client.syncOnce());
    }

private Q_SLOTS:
    void initTestCase()
    {
        CoreModule core;
        esign::EsignModule esignModule;
        EntityRegistry::instance().addModules({&core, &esignModule});
        startServer();
        SyncClientModule module;
        auto profile = Profile::open(m_dir.filePath(QStringLiteral("fresh")), {&module}); // --no-demo
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        m_profile = std::move(*profile);
        QCOMPARE(*m_profile->identity().userCount(), 0);
    }

    void firstLoginGoesToTheServerThenWorksOffline()
    {
        // Nobody can log in locally on a fresh profile.
        QVERIFY(!localLogin(QStringLiteral("staf"), DemoData::demoPassword()).ok());
        // A wrong password is refused by the server and leaves no verifier behind.
        auto wrong = loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("staf"),
                                 QStringLiteral("bukan-sandinya"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().code == Error::Code::Unauthorized, qPrintable(wrong.errorMessage()));

        auto user = loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("staf"),
                                DemoData::demoPassword());
        QVERIFY2(user.ok(), qPrintable(user.errorMessage()));
        QCOMPARE(user->nip, QStringLiteral("199209242019032008"));
        // The regency's directory arrived; only staf has a verifier on this device.
        QCOMPARE(*m_profile->identity().userCount(), test::demoUserCount());
        QCOMPARE(m_profile->database()
                     .scalar(QStringLiteral("SELECT username FROM users WHERE password_hash <> ''"))
                     ->toString(),
                 QStringLiteral("staf"));
        QCOMPARE(m_profile->database()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash <> ''"))
                     ->toInt(),
                 1);

        // The server goes away: staf still logs in, with the password the server accepted.
        m_server.reset();
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("staf"), DemoData::demoPassword()));
        QVERIFY(!localLogin(QStringLiteral("staf"), QStringLiteral("bukan-sandinya")).ok());
        // Another user of the directory cannot log in offline without ever having logged in here.
        auto kabidOffline = localLogin(QStringLiteral("kabid"), DemoData::demoPassword());
        QCOMPARE(kabidOffline.error().code, Error::Code::NotFound);
        auto unreachable = loginOnline(databasePath(), blobDir(), {QStringLiteral("https://127.0.0.1:1"), {}},
                                       QStringLiteral("kabid"), DemoData::demoPassword());
        QCOMPARE(unreachable.error().code, Error::Code::Network);
        QVERIFY(unreachable.errorMessage().contains(QStringLiteral("koneksi")));
        startServer();
    }

    void secondUserOnASharedPc()
    {
        auto kabid = loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("kabid"),
                                 DemoData::demoPassword());
        QVERIFY2(kabid.ok(), qPrintable(kabid.errorMessage()));
        // The device is now enrolled for kabid; staf's offline login still works.
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("kabid"), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("staf"), DemoData::demoPassword()));
        QCOMPARE(ClientStore(m_profile->database()).state(QStringLiteral("enrolled_user")),
                 QStringLiteral("kabid"));
    }

    void passwordChangeOnTheServerLocksTheOldOfflinePasswordOut()
    {
        setServerPassword(QStringLiteral("staf"), QStringLiteral("sandi-baru-staf"));
        // Until the device syncs it cannot know; after the sync the old verifier is gone.
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("staf"), DemoData::demoPassword()));
        syncDevice();
        auto old = localLogin(QStringLiteral("staf"), DemoData::demoPassword());
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, Error::Code::NotFound); // needs the server now
        QVERIFY(!loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("staf"),
                             DemoData::demoPassword())
                     .ok());
        LONTAR_VERIFY_OK(loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("staf"),
                                     QStringLiteral("sandi-baru-staf")));
        m_server.reset();
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("staf"), QStringLiteral("sandi-baru-staf")));
        startServer();
        // kabid's verifier was untouched by staf's change.
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("kabid"), DemoData::demoPassword()));
    }

    void disableOnTheServerReachesTheDevice()
    {
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("kabid"), DemoData::demoPassword()));
        onServer(QStringLiteral("UPDATE users SET active = 0 WHERE username = ?"), {QStringLiteral("kabid")});
        syncDevice();
        auto refused = localLogin(QStringLiteral("kabid"), DemoData::demoPassword());
        QVERIFY(!refused.ok());
        QVERIFY(!loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("kabid"),
                             DemoData::demoPassword())
                     .ok());
        onServer(QStringLiteral("UPDATE users SET active = 1 WHERE username = ?"), {QStringLiteral("kabid")});
    }

    void adminLockOnTheServerReachesTheDevice()
    {
        // Re-enabled after the test above: the disable dropped kabid's verifier, so the server again.
        LONTAR_VERIFY_OK(loginOnline(databasePath(), blobDir(), endpoint(), QStringLiteral("kabid"),
                                     DemoData::demoPassword()));
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("kabid"), DemoData::demoPassword()));
        onServer(QStringLiteral("UPDATE users SET locked_until = 4102444800000 WHERE username = ?"),
                 {QStringLiteral("kabid")});
        syncDevice();
        auto locked = localLogin(QStringLiteral("kabid"), DemoData::demoPassword());
        QCOMPARE(locked.error().code, Error::Code::Locked);
        onServer(QStringLiteral("UPDATE users SET locked_until = 0 WHERE username = ?"),
                 {QStringLiteral("kabid")});
        syncDevice();
        LONTAR_VERIFY_OK(localLogin(QStringLiteral("kabid"), DemoData::demoPassword()));
    }

    void standaloneDemoProfileAgreesWithTheDemoServer()
    {
        // A profile seeded locally (lontar-cli seed-demo) uses the same ids as the demo server, so its
        // verifiers survive the first sync and nobody is duplicated.
        SyncClientModule module;
        auto seeded = Profile::open(m_dir.filePath(QStringLiteral("seeded")), {&module});
        QVERIFY(seeded.ok());
        LONTAR_VERIFY_OK(DemoData::seed(**seeded));
        auto transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        SyncClient client((*seeded)->database(), *transport, m_dir.filePath(QStringLiteral("seeded/blobs")));
        LONTAR_VERIFY_OK(client.enrol(QStringLiteral("admin"), DemoData::demoPassword(), {}));
        LONTAR_VERIFY_OK(client.syncOnce());
        QCOMPARE(*(*seeded)->identity().userCount(), test::demoUserCount());
        Authenticator auth((*seeded)->database());
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("admin"), DemoData::demoPassword()));
        LONTAR_VERIFY_OK(auth.login(QStringLiteral("sekda"), DemoData::demoPassword()));
    }
};

QTEST_GUILESS_MAIN(TestIdentitySync)
#include "tst_identitysync.moc"
