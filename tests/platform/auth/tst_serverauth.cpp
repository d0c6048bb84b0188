#include "TestSupport.h"

#include "PgCluster.h"

#include "core/Directory.h"
#include "core/IdentityAdmin.h"
#include "core/Profile.h"
#include "server/Directory.h"
#include "server/EmbeddedServer.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"
#include "sync/SyncProtocol.h"
#include "sync/Transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lontar;
using namespace lontar::server;

// Attacks on the server's authentication and administration API, each one a test that failed before the
// hardening: budget exhaustion by successful logins, account enumeration through lock-out answers,
// refresh-token replay, unit-less users, forged device ids and names, cross-office administration,
// console line forging and world-readable data files.
class TestServerAuth : public QObject
{
    Q_OBJECT

    struct Tokens
    {
        QString access;
        QString refresh;
    };
    using Headers = QHash<QByteArray, QByteArray>;

    std::unique_ptr<QTemporaryDir> m_dir;
    // LONTAR_SYNC_BACKEND=postgres runs the in-process cases with the server store on PostgreSQL.
    std::unique_ptr<lontar::test::PgCluster> m_pg;
    int m_pgDatabases = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServer> m_server;
    qint64 m_now = 1'790'000'000'000;
    Tokens m_admin;
    const QString m_adminDevice = QStringLiteral("admin-workstation-01");

    static QString demo() { return DemoData::demoPassword(); }
    static QJsonObject json(const ApiResponse& r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString errorOf(const ApiResponse& r) { return json(r).value(QStringLiteral("error")).toString(); }
    static Tokens tokens(const ApiResponse& r)
    {
        const QJsonObject o = json(r);
        return {o.value(QStringLiteral("accessToken")).toString(),
                o.value(QStringLiteral("refreshToken")).toString()};
    }
    static Headers bearer(const QString& access, const QString& device)
    {
        return {{"authorization", "Bearer " + access.toLatin1()}, {"x-lontar-device", device.toLatin1()}};
    }

    ApiResponse call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const Headers& headers = {},
                     const QHostAddress& from = QHostAddress(QStringLiteral("10.1.1.1")))
    {
        ApiRequest r;
        r.method = method;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        r.path = q < 0 ? path : path.left(q);
        if (q >= 0)
            r.query = QUrlQuery(path.mid(q + 1));
        r.body = body;
        r.headers = headers;
        r.remoteAddress = from;
        return m_server->handle(r);
    }
    static QByteArray body(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    ApiResponse login(const QString& username, const QString& password, const QString& device,
                      const QHostAddress& from = QHostAddress(QStringLiteral("10.1.1.1")),
                      const QString& deviceName = QStringLiteral("PC Dinas"))
    {
        return call("POST", QStringLiteral("/api/v1/auth/login"),
                    body({{QStringLiteral("username"), username},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("deviceId"), device},
                          {QStringLiteral("deviceName"), deviceName},
                          {QStringLiteral("schemaVersion"), sync::kSchemaVersion}}),
                    {}, from);
    }
    ApiResponse refresh(const QString& device, const QString& token)
    {
        return call("POST", QStringLiteral("/api/v1/auth/refresh"),
                    body({{QStringLiteral("deviceId"), device}, {QStringLiteral("refreshToken"), token}}));
    }
    // Any authenticated call: 200 while the token is good, 401/403 once it is not.
    int probe(const QString& access, const QString& device)
    {
        return call("GET", QStringLiteral("/api/v1/blobs/%1/status").arg(QString(64, QLatin1Char('0'))), {},
                    bearer(access, device))
            .status;
    }
    ApiResponse admin(const QByteArray& method, const QString& path, const QJsonObject& o = {})
    {
        return call(method, path, method == "GET" ? QByteArray() : body(o),
                    bearer(m_admin.access, m_adminDevice));
    }

    QString userId(const QString& username) { return IdentityStore(*m_db).userByUsername(username)->id; }
    QString unitId(const QString& code)
    {
        for (const OrgUnit& u : *IdentityStore(*m_db).units()) {
            if (u.code == code)
                return u.id;
        }
        return {};
    }
    qint64 scalar(const QString& sql, const QVariant& a = {}, const QVariant& b = {})
    {
        QVariantList bindings;
        if (a.isValid())
            bindings << a;
        if (b.isValid())
            bindings << b;
        auto q = m_db->exec(sql, bindings);
        if (!q || !q->next())
            return -1;
        return q->value(0).toLongLong();
    }

#ifdef Q_OS_UNIX
    static int mode(const QString& path)
    {
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 07777);
    }
#endif
    static void loosen(const QString& path, bool directory)
    {
        QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (directory)
            p |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(path, p));
    }

private Q_SLOTS:
    void initTestCase()
    {
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
        QString url;
        if (m_pg) {
            QString error;
            url = m_pg->createDatabase(QStringLiteral("auth%1").arg(++m_pgDatabases), &error);
            QVERIFY2(!url.isEmpty(), qPrintable(error));
        }
        auto db = openServerDatabase(m_dir->filePath(QStringLiteral("server")), url);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        LONTAR_VERIFY_OK(DemoData::seed(*m_db));
        LONTAR_VERIFY_OK(publishDirectory(*m_db, m_now));
        ServerOptions options;
        options.autoApproveDevices = true;
        options.clock = [this] { return m_now; };
        m_server = std::make_unique<SyncServer>(*m_db, options);
        const ApiResponse r =
            login(QStringLiteral("admin"), demo(), m_adminDevice, QHostAddress(QStringLiteral("10.250.0.1")));
        QCOMPARE(r.status, 200);
        m_admin = tokens(r);
    }
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
        m_dir.reset();
    }

    // --- login ------------------------------------------------------------------------------------

    // One office behind one NAT: the 11th successful login within the window used to get 429.
    void successfulLoginsDoNotConsumeTheBudget()
    {
        const QHostAddress office(QStringLiteral("10.20.30.40"));
        const QStringList users{QStringLiteral("kadis"),     QStringLiteral("kabid"),
                                QStringLiteral("staf"),      QStringLiteral("sekda"),
                                QStringLiteral("arsiparis"), QStringLiteral("pengadaan"),
                                QStringLiteral("keuangan")};
        for (int i = 0; i < 14; ++i) {
            const QString user = users.at(i % users.size());
            const ApiResponse r = login(
                user, demo(), QStringLiteral("office-pc-%1-%2").arg(user).arg(i % users.size()), office);
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("login %1: %2 %3")
                                                     .arg(i + 1)
                                                     .arg(r.status)
                                                     .arg(QString::fromUtf8(r.body))));
        }
        // And one user all day from one device.
        for (int i = 0; i < 12; ++i)
            QCOMPARE(login(QStringLiteral("staf"), demo(), QStringLiteral("office-pc-staf-2"), office).status,
                     200);
    }

    void failuresAreStillThrottled()
    {
        // Per address: ten failed guesses (different names), then even a correct login waits.
        const QHostAddress guesser(QStringLiteral("10.9.9.9"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(login(QStringLiteral("tamu%1").arg(i), QStringLiteral("tebakan-salah"),
                           QStringLiteral("guess-device-01"), guesser)
                         .status,
                     401);
        const ApiResponse blocked =
            login(QStringLiteral("staf"), demo(), QStringLiteral("staf-pc-000001"), guesser);
        QCOMPARE(blocked.status, 429);
        QCOMPARE(errorOf(blocked), QStringLiteral("rate_limited"));
        // The same address written as IPv4-mapped IPv6 is the same address.
        QCOMPARE(login(QStringLiteral("staf"), demo(), QStringLiteral("staf-pc-000001"),
                       QHostAddress(QStringLiteral("::ffff:10.9.9.9")))
                     .status,
                 429);
        QCOMPARE(login(QStringLiteral("staf"), demo(), QStringLiteral("staf-pc-000001"),
                       QHostAddress(QStringLiteral("10.9.9.10")))
                     .status,
                 200);

        // Per user name: ten failures against one account from ten addresses.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(login(QStringLiteral("kadis"), QStringLiteral("tebakan-salah"),
                           QStringLiteral("kadis-pc-0001"),
                           QHostAddress(QStringLiteral("10.8.0.%1").arg(i + 1)))
                         .status,
                     401);
        QCOMPARE(login(QStringLiteral("kadis"), demo(), QStringLiteral("kadis-pc-0001"),
                       QHostAddress(QStringLiteral("10.7.7.7")))
                     .status,
                 429);

        // IPv6: one /64 is one client.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(login(QStringLiteral("tamu-v6-%1").arg(i), QStringLiteral("tebakan-salah"),
                           QStringLiteral("guess-device-02"),
                           QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(i + 1)))
                         .status,
                     401);
        QCOMPARE(login(QStringLiteral("kabid"), demo(), QStringLiteral("kabid-pc-0001"),
                       QHostAddress(QStringLiteral("2001:db8:1:2:ffff::1")))
                     .status,
                 429);
        QCOMPARE(login(QStringLiteral("kabid"), demo(), QStringLiteral("kabid-pc-0001"),
                       QHostAddress(QStringLiteral("2001:db8:1:3::1")))
                     .status,
                 200);

        // The window passes, and counting starts over.
        m_now += 301 * 1000;
        const auto staf = [&] {
            return login(QStringLiteral("staf"), demo(), QStringLiteral("staf-pc-000001"), guesser).status;
        };
        const auto guess = [&](int i) {
            return login(QStringLiteral("lagi%1").arg(i), QStringLiteral("tebakan-salah"),
                         QStringLiteral("guess-device-01"), guesser)
                .status;
        };
        QCOMPARE(staf(), 200);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(guess(i), 401);
        QCOMPARE(staf(), 200);
        QCOMPARE(guess(9), 401);
        QCOMPARE(staf(), 429);
    }

    // Before: a locked account answered "Akun dikunci ... menit", telling a guesser the name exists.
    void lockedUnknownAndWrongPasswordAnswerAlike()
    {
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("kabid"), QStringLiteral("tebakan-salah"), QStringLiteral("kabid-pc-0001"),
                  QHostAddress(QStringLiteral("10.5.0.%1").arg(i + 1)));
        const ApiResponse lockedRight =
            login(QStringLiteral("kabid"), demo(), QStringLiteral("kabid-pc-0001"),
                  QHostAddress(QStringLiteral("10.6.0.1")));
        const ApiResponse lockedWrong =
            login(QStringLiteral("kabid"), QStringLiteral("tebakan-salah"), QStringLiteral("kabid-pc-0001"),
                  QHostAddress(QStringLiteral("10.6.0.2")));
        const ApiResponse wrong =
            login(QStringLiteral("staf"), QStringLiteral("bukan-sandinya"), QStringLiteral("staf-pc-000001"),
                  QHostAddress(QStringLiteral("10.6.0.3")));
        const ApiResponse unknown =
            login(QStringLiteral("tidak.ada"), QStringLiteral("bukan-sandinya"),
                  QStringLiteral("tamu-pc-00001"), QHostAddress(QStringLiteral("10.6.0.4")));
        QCOMPARE(wrong.status, 401);
        for (const ApiResponse* r : {&lockedRight, &lockedWrong, &unknown}) {
            QCOMPARE(r->status, wrong.status);
            QCOMPARE(r->body, wrong.body);
            QCOMPARE(r->headers, wrong.headers);
        }
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.locked'")) >= 2);
        // The lock-out itself still holds for its 15 minutes, then the right password works.
        m_now += 14 * 60 * 1000;
        QCOMPARE(login(QStringLiteral("kabid"), demo(), QStringLiteral("kabid-pc-0001"),
                       QHostAddress(QStringLiteral("10.6.0.5")))
                     .status,
                 401);
        m_now += 2 * 60 * 1000;
        QCOMPARE(login(QStringLiteral("kabid"), demo(), QStringLiteral("kabid-pc-0001"),
                       QHostAddress(QStringLiteral("10.6.0.6")))
                     .status,
                 200);
    }

    void disabledUserIsRefused()
    {
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE users SET active = 0 WHERE username = 'staf'")));
        const ApiResponse r = login(QStringLiteral("staf"), demo(), QStringLiteral("staf-pc-000001"));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r), QStringLiteral("account_disabled"));
    }

    // Before: a user without a unit logged in and synced outside every scope.
    void userWithoutUnitCannotLogInNorUseAToken()
    {
        User loose;
        loose.username = QStringLiteral("tanpa.unit");
        loose.nip = QStringLiteral("199001012020011099");
        loose.fullName = QStringLiteral("Pegawai Tanpa Unit");
        loose.roles = {Role::Asn};
        LONTAR_VERIFY_OK(IdentityStore(*m_db).createUser(loose, QStringLiteral("sandi-tanpa-unit")));
        const ApiResponse r = login(QStringLiteral("tanpa.unit"), QStringLiteral("sandi-tanpa-unit"),
                                    QStringLiteral("loose-pc-0001"));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r), QStringLiteral("no_unit"));
        QVERIFY(json(r).value(QStringLiteral("message")).toString().contains(QStringLiteral("unit kerja")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM srv_devices WHERE device_id = 'loose-pc-0001'")),
                 0);

        // A user taken out of their unit after logging in.
        const QString device = QStringLiteral("staf-pc-000001");
        const Tokens t = tokens(login(QStringLiteral("staf"), demo(), device));
        QCOMPARE(probe(t.access, device), 200);
        LONTAR_VERIFY_OK(
            m_db->exec(QStringLiteral("UPDATE users SET unit_id = NULL WHERE username = 'staf'")));
        QCOMPARE(probe(t.access, device), 403);
        QCOMPARE(refresh(device, t.refresh).status, 403);
        QCOMPARE(login(QStringLiteral("staf"), demo(), device).status, 403);
    }

    // Before: any 8-64 characters were accepted, tabs and escape sequences included.
    void deviceIdsAndNamesAreChecked()
    {
        const qint64 devices = scalar(QStringLiteral("SELECT COUNT(*) FROM srv_devices"));
        const QStringList bad{QStringLiteral("tab\there-x"),
                              QStringLiteral("esc\x1b[31m-red"),
                              QStringLiteral("new\nline-device"),
                              QString(65, QLatin1Char('a')),
                              QStringLiteral("short"),
                              QStringLiteral("with space-1"),
                              QStringLiteral("semi;colon-1"),
                              QStringLiteral("perangkat-\u00fc\u00ef"),
                              QString()};
        for (const QString& id : bad) {
            const ApiResponse r = login(QStringLiteral("staf"), demo(), id);
            QVERIFY2(r.status == 400, qPrintable(id));
            QCOMPARE(errorOf(r), QStringLiteral("invalid_device"));
            QCOMPARE(refresh(id, QStringLiteral("x.y")).status, 400);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM srv_devices")), devices);
        QCOMPARE(login(QStringLiteral("staf"), demo(), QString(64, QLatin1Char('a'))).status, 200);
        QCOMPARE(login(QStringLiteral("staf"), demo(), QStringLiteral("Dev_1.2-3")).status, 200);

        // Names: control and format characters are dropped, the rest cut at 100 characters.
        const QString nasty = QStringLiteral("Laptop\tDinas\nstaf\tapproved\x1b[2J\u202Egnp.exe ") +
                              QString(300, QLatin1Char('x'));
        QCOMPARE(login(QStringLiteral("staf"), demo(), QStringLiteral("named-device-01"),
                       QHostAddress::LocalHost, nasty)
                     .status,
                 200);
        auto q =
            m_db->exec(QStringLiteral("SELECT name FROM srv_devices WHERE device_id = 'named-device-01'"));
        QVERIFY(q->next());
        const QString stored = q->value(0).toString();
        QVERIFY(stored.size() <= 100);
        QVERIFY(stored.startsWith(QStringLiteral("LaptopDinasstafapproved[2Jgnp.exe x")));
        for (const QChar c : stored)
            QVERIFY(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    }

    // --- refresh ----------------------------------------------------------------------------------

    void lostRefreshAnswerIsReplayedUntilThePairIsUsed()
    {
        const QString device = QStringLiteral("staf-laptop-01");
        const Tokens first = tokens(login(QStringLiteral("staf"), demo(), device));
        const ApiResponse rotated = refresh(device, first.refresh);
        QCOMPARE(rotated.status, 200);
        const Tokens pair = tokens(rotated);
        QVERIFY(pair.access != first.access && pair.refresh != first.refresh);
        QCOMPARE(probe(first.access, device), 401); // one live access token per device

        // The answer was lost: the old token gets the very same pair again (before: a new one).
        for (int i = 0; i < 2; ++i) {
            const ApiResponse again = refresh(device, first.refresh);
            QCOMPARE(again.status, 200);
            QCOMPARE(tokens(again).access, pair.access);
            QCOMPARE(tokens(again).refresh, pair.refresh);
        }
        // What the database keeps: hashes and ciphertext, never a token.
        auto row = m_db->exec(
            QStringLiteral("SELECT refresh_hash, prev_refresh_hash, replay_answer, "
                           "pair_access_hash, refresh_family FROM srv_devices WHERE device_id = ?"),
            {device});
        QVERIFY(row->next());
        QString stored;
        for (int c = 0; c < 5; ++c)
            stored += row->value(c).toString() + QLatin1Char('|');
        for (const QString& secret : {first.access, first.refresh, pair.access, pair.refresh,
                                      pair.refresh.section(QLatin1Char('.'), 1)})
            QVERIFY(!stored.contains(secret));
        QVERIFY(!row->value(2).toString().isEmpty());

        // The new pair is used: from now on the old token is a reuse, and it logs the device out.
        QCOMPARE(probe(pair.access, device), 200);
        QCOMPARE(scalar(QStringLiteral("SELECT LENGTH(replay_answer) FROM srv_devices WHERE device_id = ?"),
                        device),
                 0);
        const ApiResponse reuse = refresh(device, first.refresh);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(errorOf(reuse), QStringLiteral("token_reused"));
        QCOMPARE(probe(pair.access, device), 401);
        QCOMPARE(refresh(device, pair.refresh).status, 401);
        QCOMPARE(refresh(device, first.refresh).status, 401);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM srv_tokens WHERE device_id = ?"), device), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refresh.reuse' AND "
                                       "entity_id = ?"),
                        device),
                 1);
        QVERIFY(scalar(QStringLiteral("SELECT revoked_at FROM srv_devices WHERE device_id = ?"), device) > 0);

        // Not revoked by an admin: the owner logs in with the password again and carries on.
        const ApiResponse again = login(QStringLiteral("staf"), demo(), device);
        QCOMPARE(again.status, 200);
        QCOMPARE(probe(tokens(again).access, device), 200);
        QCOMPARE(refresh(device, tokens(again).refresh).status, 200);
    }

    void olderRefreshTokenOfTheChainRevokes()
    {
        const QString device = QStringLiteral("kabid-laptop-01");
        const Tokens t0 = tokens(login(QStringLiteral("kabid"), demo(), device));
        const Tokens t1 = tokens(refresh(device, t0.refresh));
        const ApiResponse r2 = refresh(device, t1.refresh); // t1's refresh token used: t0 is now stale
        QCOMPARE(r2.status, 200);
        const Tokens t2 = tokens(r2);
        QCOMPARE(probe(t2.access, device), 200);
        const ApiResponse stale = refresh(device, t0.refresh);
        QCOMPARE(stale.status, 401);
        QCOMPARE(errorOf(stale), QStringLiteral("token_reused"));
        QCOMPARE(probe(t2.access, device), 401);
        QCOMPARE(refresh(device, t2.refresh).status, 401);

        // A token of an earlier chain (before the next password login) is merely unknown: it cannot be
        // used to log a device out again and again.
        const Tokens fresh = tokens(login(QStringLiteral("kabid"), demo(), device));
        QCOMPARE(refresh(device, t1.refresh).status, 401);
        QCOMPARE(probe(fresh.access, device), 200);
        // Made-up tokens are unknown too.
        QCOMPARE(refresh(device, QStringLiteral("bogus.token")).status, 401);
        QCOMPARE(probe(fresh.access, device), 200);
    }

    // --- device administration ------------------------------------------------------------------------

    void revokedDeviceIsLockedOut()
    {
        const QString device = QStringLiteral("staf-stolen-01");
        const Tokens t = tokens(login(QStringLiteral("staf"), demo(), device));
        QCOMPARE(probe(t.access, device), 200);
        // Another office's admin cannot, and does not learn the device exists.
        const Tokens other =
            tokens(login(QStringLiteral("keuangan"), demo(), QStringLiteral("bkad-pc-000001")));
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/devices/bkad-pc-000001/revoke")).status, 404);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/devices/%1/revoke").arg(device), {},
                      bearer(other.access, QStringLiteral("bkad-pc-000001")))
                     .status,
                 403);

        const ApiResponse r = admin("POST", QStringLiteral("/api/v1/devices/%1/revoke").arg(device));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(probe(t.access, device), 401);
        QCOMPARE(refresh(device, t.refresh).status, 401);
        const ApiResponse again = login(QStringLiteral("staf"), demo(), device);
        QCOMPARE(again.status, 403);
        QCOMPARE(errorOf(again), QStringLiteral("device_revoked"));
        QVERIFY(json(again).value(QStringLiteral("message")).toString().contains(QStringLiteral("dicabut")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'device.revoke' AND "
                                       "entity_id = ?"),
                        device),
                 1);
        // Revocation is final, also for the admin's approve button.
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/devices/%1/approve").arg(device)).status, 409);
        const ApiResponse list = admin("GET", QStringLiteral("/api/v1/devices?status=revoked"));
        QCOMPARE(list.status, 200);
        QCOMPARE(json(list).value(QStringLiteral("devices")).toArray().size(), 1);
    }

    // --- user administration -------------------------------------------------------------------------

    void adminCreatesUserAndEveryDeviceGetsTheDirectory()
    {
        const qint64 changesBefore = scalar(QStringLiteral("SELECT MAX(server_version) FROM srv_changes"));
        const ApiResponse r = admin("POST", QStringLiteral("/api/v1/admin/users"),
                                    {{QStringLiteral("username"), QStringLiteral("Rina")},
                                     {QStringLiteral("nip"), QStringLiteral("199506062022032001")},
                                     {QStringLiteral("fullName"), QStringLiteral("Rina Marlina, S.Sos.")},
                                     {QStringLiteral("position"), QStringLiteral("Pranata Komputer")},
                                     {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO.APTIKA"))},
                                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("asn")}},
                                     {QStringLiteral("clearance"), 1},
                                     {QStringLiteral("password"), QStringLiteral("sandi-awal-rina")}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject user = json(r).value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("rina"));
        QCOMPARE(user.value(QStringLiteral("clearance")).toInt(), 1);
        QVERIFY(!r.body.contains("argon2") && !r.body.toLower().contains("password") &&
                !r.body.toLower().contains("hash"));
        const QString id = user.value(QStringLiteral("id")).toString();
        QCOMPARE(id, userId(QStringLiteral("rina")));

        // Published in the same transaction: the change log has the new directory row, without secrets.
        auto q =
            m_db->exec(QStringLiteral("SELECT data FROM srv_changes WHERE entity = ? AND entity_id = ? AND "
                                      "server_version > ?"),
                       {directory::kUserEntity, id, changesBefore});
        QVERIFY(q->next());
        const QString data = q->value(0).toString();
        const QJsonObject row = QJsonDocument::fromJson(data.toUtf8()).object();
        QCOMPARE(row.value(QStringLiteral("username")).toString(), QStringLiteral("rina"));
        for (const QString& key : row.keys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                         !key.contains(QStringLiteral("hash"), Qt::CaseInsensitive),
                     qPrintable(key));
        QVERIFY(!data.contains(QStringLiteral("argon2")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.create' AND "
                                       "entity_id = ?"),
                        id),
                 1);
        QCOMPARE(
            login(QStringLiteral("rina"), QStringLiteral("sandi-awal-rina"), QStringLiteral("rina-pc-00001"))
                .status,
            200);

        // Edits, moves, roles and clearance travel the same way.
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1").arg(id),
                       {{QStringLiteral("position"), QStringLiteral("Sandiman Ahli Pertama")}})
                     .status,
                 200);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/unit").arg(id),
                       {{QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO.PERSANDIAN"))}})
                     .status,
                 200);
        QCOMPARE(
            admin("POST", QStringLiteral("/api/v1/admin/users/%1/roles").arg(id),
                  {{QStringLiteral("roles"), QJsonArray{QStringLiteral("asn"), QStringLiteral("arsiparis")}}})
                .status,
            200);
        const ApiResponse cleared = admin("POST", QStringLiteral("/api/v1/admin/users/%1/clearance").arg(id),
                                          {{QStringLiteral("clearance"), 2}});
        QCOMPARE(cleared.status, 200);
        auto last =
            m_db->exec(QStringLiteral("SELECT data FROM srv_changes WHERE entity = ? AND entity_id = ? "
                                      "ORDER BY server_version DESC"),
                       {directory::kUserEntity, id});
        QVERIFY(last->next());
        const QJsonObject latest = QJsonDocument::fromJson(last->value(0).toString().toUtf8()).object();
        QCOMPARE(latest.value(QStringLiteral("position")).toString(),
                 QStringLiteral("Sandiman Ahli Pertama"));
        QCOMPARE(latest.value(QStringLiteral("unitId")).toString(),
                 unitId(QStringLiteral("DISKOMINFO.PERSANDIAN")));
        QCOMPARE(latest.value(QStringLiteral("clearance")).toInt(), 2);
        QCOMPARE(latest.value(QStringLiteral("roles")).toArray().size(), 2);
    }

    void adminCannotReachAnotherOffice()
    {
        const qint64 changes = scalar(QStringLiteral("SELECT COUNT(*) FROM srv_changes"));
        const qint64 audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QString keuangan = userId(QStringLiteral("keuangan")); // BKAD
        const QString bkad = unitId(QStringLiteral("BKAD"));
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users"),
                       {{QStringLiteral("username"), QStringLiteral("susup")},
                        {QStringLiteral("nip"), QStringLiteral("199506062022032002")},
                        {QStringLiteral("fullName"), QStringLiteral("Penyusup")},
                        {QStringLiteral("unitId"), bkad},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin_opd")}},
                        {QStringLiteral("password"), QStringLiteral("sandi-penyusup")}})
                     .status,
                 404);
        QCOMPARE(admin("POST",
                       QStringLiteral("/api/v1/admin/users/%1/unit").arg(userId(QStringLiteral("staf"))),
                       {{QStringLiteral("unitId"), bkad}})
                     .status,
                 404);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1").arg(keuangan),
                       {{QStringLiteral("fullName"), QStringLiteral("Diubah")}})
                     .status,
                 404);
        for (const QString& action : {QStringLiteral("lock"), QStringLiteral("disable")})
            QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/%2").arg(keuangan, action)).status,
                     404);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/password").arg(keuangan),
                       {{QStringLiteral("password"), QStringLiteral("sandi-baru-123")}})
                     .status,
                 404);
        QCOMPARE(admin("GET", QStringLiteral("/api/v1/admin/users/%1").arg(keuangan)).status, 404);
        // Same answer as for an id that does not exist at all.
        QCOMPARE(
            admin("GET", QStringLiteral("/api/v1/admin/users/%1").arg(keuangan)).body,
            admin("GET", QStringLiteral("/api/v1/admin/users/00000000-0000-0000-0000-000000000000")).body);
        const ApiResponse list = admin("GET", QStringLiteral("/api/v1/admin/users"));
        QCOMPARE(list.status, 200);
        QCOMPARE(json(list).value(QStringLiteral("users")).toArray().size(),
                 6); // admin, kadis, kabid, staf, tu, kios-diskominfo
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM srv_changes")), changes);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
        QCOMPARE(IdentityStore(*m_db).userById(keuangan)->fullName, QStringLiteral("Maria Ulfa, S.Ak."));

        // Someone who is not an admin OPD gets 403 for all of it.
        const QString device = QStringLiteral("staf-pc-000001");
        const Tokens staf = tokens(login(QStringLiteral("staf"), demo(), device));
        const ApiResponse create =
            call("POST", QStringLiteral("/api/v1/admin/users"),
                 body({{QStringLiteral("username"), QStringLiteral("teman")},
                       {QStringLiteral("nip"), QStringLiteral("199506062022032003")},
                       {QStringLiteral("fullName"), QStringLiteral("Teman")},
                       {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO.APTIKA"))},
                       {QStringLiteral("password"), QStringLiteral("sandi-teman-1")}}),
                 bearer(staf.access, device));
        QCOMPARE(create.status, 403);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/admin/users"), {}, bearer(staf.access, device)).status,
                 403);
        QCOMPARE(call("POST",
                      QStringLiteral("/api/v1/admin/users/%1/disable").arg(userId(QStringLiteral("kabid"))),
                      {}, bearer(staf.access, device))
                     .status,
                 403);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/devices/%1/revoke").arg(m_adminDevice), {},
                      bearer(staf.access, device))
                     .status,
                 403);
    }

    void adminCannotLockThemselvesOut()
    {
        const QString me = userId(QStringLiteral("admin"));
        for (const QString& action : {QStringLiteral("disable"), QStringLiteral("lock")})
            QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/%2").arg(me, action)).status, 403);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/roles").arg(me),
                       {{QStringLiteral("roles"), QJsonArray{QStringLiteral("asn")}}})
                     .status,
                 403);
        QCOMPARE(probe(m_admin.access, m_adminDevice), 200);
    }

    void validationErrorsAreExplained()
    {
        const QString staf = userId(QStringLiteral("staf"));
        const ApiResponse nip = admin("POST", QStringLiteral("/api/v1/admin/users/%1").arg(staf),
                                      {{QStringLiteral("nip"), QStringLiteral("123")}});
        QCOMPARE(nip.status, 400);
        QCOMPARE(json(nip).value(QStringLiteral("message")).toString(),
                 QStringLiteral("NIP harus 18 digit angka"));
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/roles").arg(staf),
                       {{QStringLiteral("roles"), QJsonArray{QStringLiteral("raja")}}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/clearance").arg(staf),
                       {{QStringLiteral("clearance"), 5}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/clearance").arg(staf),
                       {{QStringLiteral("clearance"), 1.5}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1").arg(staf),
                       {{QStringLiteral("passwordHash"), QStringLiteral("$argon2id$...")}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/password").arg(staf),
                       {{QStringLiteral("password"), QStringLiteral("pendek")}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1").arg(staf),
                       {{QStringLiteral("fullName"), QStringLiteral("Dewi\nadmin\tapproved")}})
                     .status,
                 400);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/nothing").arg(staf)).status, 404);
    }

    void passwordResetEndsTheOldPassword()
    {
        const QString device = QStringLiteral("staf-pc-000001");
        const Tokens old = tokens(login(QStringLiteral("staf"), demo(), device));
        const QString id = userId(QStringLiteral("staf"));
        const qint64 version = IdentityStore(*m_db).userById(id)->credentialVersion;
        const ApiResponse r = admin("POST", QStringLiteral("/api/v1/admin/users/%1/password").arg(id),
                                    {{QStringLiteral("password"), QStringLiteral("sandi-baru-staf")}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("sandi-baru-staf"));
        QCOMPARE(IdentityStore(*m_db).userById(id)->credentialVersion, version + 1);
        QCOMPARE(json(r)
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("credentialVersion"))
                     .toInteger(),
                 version + 1);
        // Devices learn it from the directory and drop their offline verifier.
        auto q = m_db->exec(QStringLiteral("SELECT data FROM srv_changes WHERE entity = ? AND entity_id = ? "
                                           "ORDER BY server_version DESC"),
                            {directory::kUserEntity, id});
        QVERIFY(q->next());
        QCOMPARE(QJsonDocument::fromJson(q->value(0).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("credentialVersion"))
                     .toInteger(),
                 version + 1);
        QCOMPARE(login(QStringLiteral("staf"), demo(), device).status, 401);
        QCOMPARE(probe(old.access, device), 401); // sessions of the old password end too
        QCOMPARE(refresh(device, old.refresh).status, 401);
        QCOMPARE(login(QStringLiteral("staf"), QStringLiteral("sandi-baru-staf"), device).status, 200);
    }

    void disableEndsLoginsAndTokens()
    {
        const QString device = QStringLiteral("kabid-pc-0001");
        const Tokens t = tokens(login(QStringLiteral("kabid"), demo(), device));
        const QString id = userId(QStringLiteral("kabid"));
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/disable").arg(id)).status, 200);
        QVERIFY(probe(t.access, device) == 401 || probe(t.access, device) == 403);
        QVERIFY(refresh(device, t.refresh).status >= 401);
        const ApiResponse refused = login(QStringLiteral("kabid"), demo(), device);
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorOf(refused), QStringLiteral("account_disabled"));

        // A token still in the table (issued before the disable, e.g. by another instance) is refused too.
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE users SET active = 1 WHERE id = ?"), {id}));
        const Tokens live = tokens(login(QStringLiteral("kabid"), demo(), device));
        LONTAR_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {id}));
        QCOMPARE(probe(live.access, device), 403);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/enable").arg(id)).status, 200);
        QCOMPARE(login(QStringLiteral("kabid"), demo(), device).status, 200);

        // Lock and unlock through the API: the lock holds even for the right password.
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/lock").arg(id)).status, 200);
        QCOMPARE(login(QStringLiteral("kabid"), demo(), device).status, 401);
        QCOMPARE(admin("POST", QStringLiteral("/api/v1/admin/users/%1/unlock").arg(id)).status, 200);
        QCOMPARE(login(QStringLiteral("kabid"), demo(), device).status, 200);
    }

    // --- the console ----------------------------------------------------------------------------------

    // Before: a device named "x\tapproved\nfake-device\t..." printed as extra lines and columns.
    void listDevicesKeepsOneLinePerDevice()
    {
        const QString binary =
            qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-server/lontar-server");
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        const QString dataDir = m_dir->filePath(QStringLiteral("console"));
        {
            auto db = openServerDatabase(dataDir, {});
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            LONTAR_VERIFY_OK(DemoData::seed(**db));
            ServerOptions options;
            options.autoApproveDevices = true;
            SyncServer server(**db, options);
            ApiRequest r;
            r.method = "POST";
            r.path = QStringLiteral("/api/v1/auth/login");
            r.body =
                body({{QStringLiteral("username"), QStringLiteral("staf")},
                      {QStringLiteral("password"), demo()},
                      {QStringLiteral("deviceId"), QStringLiteral("console-dev-01")},
                      {QStringLiteral("deviceName"), QStringLiteral("PC\tapproved\nfake-device\tx\x1b[2J")},
                      {QStringLiteral("schemaVersion"), sync::kSchemaVersion}});
            QCOMPARE(server.handle(r).status, 200);
            // A row from before names were cleaned (or written by hand) must not fool the console either.
            LONTAR_VERIFY_OK((*db)->exec(
                QStringLiteral("INSERT INTO srv_devices (device_id, user_id, name, status, created_at) "
                               "VALUES (?, ?, ?, 'pending', 1)"),
                {QStringLiteral("old\tid\nforged\tapproved\tadmin\tx"),
                 IdentityStore(**db).userByUsername(QStringLiteral("staf"))->id,
                 QStringLiteral("Nama\tpalsu\r\nbaris-dua\x1b]0;judul\x07\u2028akhir\\x")}));
        }
        QProcess list;
        list.start(binary, {QStringLiteral("--data"), dataDir, QStringLiteral("--list-devices")});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        const QString out = QString::fromUtf8(list.readAllStandardOutput());
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString& line : lines) {
            QCOMPARE(line.count(QLatin1Char('\t')), 3);
            for (const QChar c : line)
                QVERIFY2(c == QLatin1Char('\t') || c.category() != QChar::Other_Control, qPrintable(line));
        }
        QVERIFY(out.contains(QStringLiteral("old\\x09id\\x0aforged")));
        QVERIFY(out.contains(QStringLiteral("akhir\\\\x")));

        // --revoke-device: the same effect as the API's revoke.
        QProcess revoke;
        revoke.start(binary, {QStringLiteral("--data"), dataDir, QStringLiteral("--revoke-device"),
                              QStringLiteral("console-dev-01")});
        QVERIFY(revoke.waitForFinished(60000));
        QCOMPARE(revoke.exitCode(), 0);
        QVERIFY(revoke.readAllStandardOutput().contains("revoked console-dev-01"));
        auto db = openServerDatabase(dataDir, {});
        QVERIFY(db.ok());
        QCOMPARE(
            (*db)
                ->scalar(QStringLiteral("SELECT status FROM srv_devices WHERE device_id = 'console-dev-01'"))
                ->toString(),
            QStringLiteral("revoked"));
        QCOMPARE(
            (*db)
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM srv_tokens WHERE device_id = 'console-dev-01'"))
                ->toInt(),
            0);
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'device.revoke'"))
                     ->toInt(),
                 1);
        QProcess unknown;
        unknown.start(binary, {QStringLiteral("--data"), dataDir, QStringLiteral("--revoke-device"),
                               QStringLiteral("nope")});
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 1);
    }

    // --- file modes -----------------------------------------------------------------------------------

    void freshDataFolderIsOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const QString dir = m_dir->filePath(QStringLiteral("fresh/data"));
        auto db = openServerDatabase(dir, {});
        QVERIFY(db.ok());
        LONTAR_VERIFY_OK(loadOrCreateTlsIdentity(dir));
        QCOMPARE(mode(dir), 0700);
        for (const char* file :
             {"server.sqlite", "server.sqlite-wal", "server.sqlite-shm", "key.pem", "cert.pem"}) {
            const QString path = dir + QLatin1Char('/') + QLatin1String(file);
            QVERIFY2(QFileInfo::exists(path), file);
            QVERIFY2(mode(path) == 0600,
                     qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        }
#endif
    }

    void existingLooseDataFolderIsTightened()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const QString dir = m_dir->filePath(QStringLiteral("old-data"));
        QVERIFY(QDir().mkpath(dir));
        {
            // As an older version left it: umask modes everywhere.
            auto old = Database::openSqlite(dir + QStringLiteral("/server.sqlite"));
            QVERIFY(old.ok());
            LONTAR_VERIFY_OK((*old)->exec(QStringLiteral("CREATE TABLE leftover (a INTEGER)")));
        }
        LONTAR_VERIFY_OK(loadOrCreateTlsIdentity(dir));
        loosen(dir, true);
        for (const char* file : {"server.sqlite", "key.pem", "cert.pem"})
            loosen(dir + QLatin1Char('/') + QLatin1String(file), false);
        QCOMPARE(mode(dir), 0755);
        QCOMPARE(mode(dir + QStringLiteral("/key.pem")), 0644);

        auto db = openServerDatabase(dir, {});
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        LONTAR_VERIFY_OK(loadOrCreateTlsIdentity(dir));
        QCOMPARE(mode(dir), 0700);
        for (const char* file :
             {"server.sqlite", "server.sqlite-wal", "server.sqlite-shm", "key.pem", "cert.pem"}) {
            const QString path = dir + QLatin1Char('/') + QLatin1String(file);
            QVERIFY2(QFileInfo::exists(path), file);
            QVERIFY2(mode(path) == 0600,
                     qPrintable(QStringLiteral("%1: %2").arg(path).arg(mode(path), 0, 8)));
        }
#endif
    }

    void profileFolderIsOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes");
#else
        const QString fresh = m_dir->filePath(QStringLiteral("profiles/fresh"));
        {
            auto p = Profile::open(fresh, {});
            QVERIFY(p.ok());
            QCOMPARE(mode(fresh), 0700);
            QCOMPARE(mode(fresh + QStringLiteral("/lontar.sqlite")), 0600);
            QCOMPARE(mode(fresh + QStringLiteral("/lontar.sqlite-wal")), 0600);
        }
        loosen(fresh, true);
        loosen(fresh + QStringLiteral("/lontar.sqlite"), false);
        QCOMPARE(mode(fresh), 0755);
        auto p = Profile::open(fresh, {});
        QVERIFY(p.ok());
        QCOMPARE(mode(fresh), 0700);
        QCOMPARE(mode(fresh + QStringLiteral("/lontar.sqlite")), 0600);
        QCOMPARE(mode(fresh + QStringLiteral("/lontar.sqlite-shm")), 0600);
#endif
    }

    // --- over the wire ------------------------------------------------------------------------------------

    // The same rules through a real TLS server on 127.0.0.1, with the client address taken from the socket.
    void overHttpsOnLoopback()
    {
        EmbeddedServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("https"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        auto transport = sync::makeHttpsTransport((*server)->baseUrl(), (*server)->certificateFingerprint());
        auto post = [&](const QString& path, const QJsonObject& o) {
            sync::HttpRequest r;
            r.method = "POST";
            r.path = path;
            r.body = body(o);
            return transport->send(r);
        };
        auto loginOver = [&](const QString& user, const QString& password, const QString& device) {
            return post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("username"), user},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("deviceId"), device},
                         {QStringLiteral("deviceName"), QStringLiteral("Laptop")},
                         {QStringLiteral("schemaVersion"), sync::kSchemaVersion}});
        };
        // Eleven successful logins from 127.0.0.1 within seconds.
        sync::HttpReply last;
        for (int i = 0; i < 11; ++i) {
            auto reply = loginOver(QStringLiteral("staf"), demo(), QStringLiteral("https-device-01"));
            LONTAR_VERIFY_OK(reply);
            QCOMPARE(reply->status, 200);
            last = *reply;
        }
        // A refresh whose answer was lost comes back the same.
        const QJsonObject issued = QJsonDocument::fromJson(last.body).object();
        const QJsonObject ask{{QStringLiteral("deviceId"), QStringLiteral("https-device-01")},
                              {QStringLiteral("refreshToken"), issued.value(QStringLiteral("refreshToken"))}};
        auto first = post(QStringLiteral("/api/v1/auth/refresh"), ask);
        auto replay = post(QStringLiteral("/api/v1/auth/refresh"), ask);
        LONTAR_VERIFY_OK(first);
        LONTAR_VERIFY_OK(replay);
        QCOMPARE(first->status, 200);
        QCOMPARE(replay->status, 200);
        const QJsonObject a = QJsonDocument::fromJson(first->body).object();
        const QJsonObject b = QJsonDocument::fromJson(replay->body).object();
        QCOMPARE(b.value(QStringLiteral("accessToken")), a.value(QStringLiteral("accessToken")));
        QCOMPARE(b.value(QStringLiteral("refreshToken")), a.value(QStringLiteral("refreshToken")));

        auto bad = loginOver(QStringLiteral("staf"), demo(), QStringLiteral("bad\tdevice-id"));
        LONTAR_VERIFY_OK(bad);
        QCOMPARE(bad->status, 400);

        // Unknown name and wrong password: the same bytes; then failures run out the address's budget.
        auto wrong = loginOver(QStringLiteral("staf"), QStringLiteral("bukan-sandinya"),
                               QStringLiteral("https-device-01"));
        auto unknown = loginOver(QStringLiteral("siapa.ini"), QStringLiteral("bukan-sandinya"),
                                 QStringLiteral("https-device-02"));
        LONTAR_VERIFY_OK(wrong);
        LONTAR_VERIFY_OK(unknown);
        QCOMPARE(wrong->status, 401);
        QCOMPARE(unknown->status, wrong->status);
        QCOMPARE(unknown->body, wrong->body);
        for (int i = 0; i < 8; ++i) {
            auto reply = loginOver(QStringLiteral("tamu%1").arg(i), QStringLiteral("x-salah-x"),
                                   QStringLiteral("https-device-03"));
            LONTAR_VERIFY_OK(reply);
            QCOMPARE(reply->status, 401);
        }
        auto throttled = loginOver(QStringLiteral("kabid"), demo(), QStringLiteral("https-device-04"));
        LONTAR_VERIFY_OK(throttled);
        QCOMPARE(throttled->status, 429);
#ifdef Q_OS_UNIX
        QCOMPARE(mode(config.dataDir), 0700);
        QCOMPARE(mode(config.dataDir + QStringLiteral("/key.pem")), 0600);
        QCOMPARE(mode(config.dataDir + QStringLiteral("/server.sqlite")), 0600);
#endif
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
