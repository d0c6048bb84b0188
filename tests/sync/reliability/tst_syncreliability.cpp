// Reliability trials of the sync engine and server as separate processes on loopback: a faulty
// network (FaultRelay), kill -9 of the client at every crash point and at random times, kill -9 of
// the server mid-push, skewed client clocks, and (PostgreSQL build) two servers on one database.
// Every trial ends with the same checks: after a quiet period every change a client committed is
// on the server exactly once, no outbox entry is lost, and every client equals the server.
//
// Counts (CI defaults in brackets), all env-configurable:
//   LONTAR_KILL_TRIALS [200 SQLite / 96 PostgreSQL]  client kill -9 trials
//   LONTAR_SERVER_KILL_TRIALS [6 per crash point + 6 random-time]
//   LONTAR_FAULT_ROUNDS [40]  rounds of pushes/pulls/blob uploads through the faulty relay
//   LONTAR_RELIABILITY_SEED [20261122]  seed of the relay and of every random choice
#include "FaultRelay.h"
#include "PgCluster.h"
#include "Processes.h"
#include "TestSupport.h"

#include "core/Database.h"
#include "core/Profile.h"
#include "sync/ClientStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace lontar;
using namespace lontar::test;

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v >= 0 ? v : fallback;
}

quint64 baseSeed()
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable("LONTAR_RELIABILITY_SEED").toULongLong(&ok);
    return ok ? v : 20261122ULL;
}

QString binary(const QString& relative)
{
    return qEnvironmentVariable("LONTAR_BINARY_DIR") + QLatin1Char('/') + relative;
}

#ifdef LONTAR_RELIABILITY_PG
constexpr bool kPostgres = true;
#else
constexpr bool kPostgres = false;
#endif

// Tags and payloads as the server holds them: entity_id -> tag.
struct Snapshot
{
    QHash<QString, QString> rows;         // entity_id -> tag
    QHash<QString, int> changesPerEntity; // entity_id -> number of change-log entries
    QString error;
};

} // namespace

// One world per test function: a server (restartable, same port), a relay in front of it, clients.
class World
{
public:
    explicit World(PgCluster* cluster, const QString& name)
        : m_cluster(cluster)
        , m_name(name)
    {}

    bool setUp(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        m_dataDir = m_dir.filePath(QStringLiteral("server"));
        if (kPostgres) {
            m_pgUrl = m_cluster->createDatabase(m_name, error);
            if (m_pgUrl.isEmpty())
                return false;
        }
        m_serverPort = freeLoopbackPort();
        if (!startServer(m_server, m_serverPort, {}, error))
            return false;
        m_relay = std::make_unique<FaultRelay>(QHostAddress::LocalHost, m_serverPort, baseSeed());
        return m_relay->start(error);
    }

    bool startServer(ServerProcess& server, quint16 port, const QByteArray& crashAt, QString* error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LONTAR_CRASH_AT"));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("LONTAR_CRASH_AT"), QString::fromLatin1(crashAt));
        QStringList args{QStringLiteral("--data"), m_dataDir,
                         QStringLiteral("--port"), QString::number(port),
                         QStringLiteral("--demo"), QStringLiteral("--auto-approve-devices")};
        if (kPostgres)
            args << QStringLiteral("--database") << m_pgUrl;
        if (!server.start(binary(QStringLiteral("app/lontar-server/lontar-server")), args, env, port, error))
            return false;
        if (m_pin.isEmpty()) {
            server.waitForOutput("sha256=", 10000);
            const auto m = QRegularExpression(QStringLiteral("sha256=([0-9a-f]{64})"))
                               .match(QString::fromUtf8(server.output()));
            if (!m.hasMatch()) {
                *error = QStringLiteral("no certificate fingerprint in the server's output");
                return false;
            }
            m_pin = m.captured(1);
        }
        return true;
    }

    bool restartServer(const QByteArray& crashAt, QString* error)
    {
        m_server.killHard();
        return startServer(m_server, m_serverPort, crashAt, error);
    }

    QString relayUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_relay->port()); }
    QString directUrl(quint16 port) const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

    QString clientDir(int i) const { return m_dir.filePath(QStringLiteral("client%1").arg(i)); }

    RunOutcome client(const QStringList& args, const QByteArray& crashAt = {}, int killAfterMs = -1,
                      const QString& fakeTime = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LONTAR_CRASH_AT"));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("LONTAR_CRASH_AT"), QString::fromLatin1(crashAt));
        QString program = binary(QStringLiteral("tests/sync/reliability/lontar-sync-trial"));
        QStringList all = args;
        if (!fakeTime.isEmpty()) {
            all.prepend(program);
            all.prepend(fakeTime);
            all.prepend(QStringLiteral("-f"));
            program = QStringLiteral("faketime");
        }
        return runProcess(program, all, env, 60000, killAfterMs);
    }

    RunOutcome sync(int i, const QString& url = {}, const QByteArray& crashAt = {}, int killAfterMs = -1,
                    const QString& fakeTime = {})
    {
        const QString target = url.isEmpty() ? relayUrl() : url;
        RunOutcome out =
            client({QStringLiteral("sync"), clientDir(i), target, m_pin}, crashAt, killAfterMs, fakeTime);
        if (!out.crashed && out.exitCode != 0 && out.output.contains("refresh token")) {
            // Refresh tokens rotate; a client killed (or an answer cut) after the server committed the
            // rotation used to lock the device out (found by this harness, fixed in b9b4876). Counted
            // and failed (reportLockouts); recovered the way a user would (log in again) so the trial
            // still goes on to check the outbox.
            ++m_lockouts;
            qWarning("client %d locked out (refresh token lost to a kill/cut); re-enrolling", i);
            QString why;
            if (enrol(i, m_users.value(i), &why, url))
                out = client({QStringLiteral("sync"), clientDir(i), target, m_pin}, crashAt, killAfterMs,
                             fakeTime);
        }
        return out;
    }

    int lockouts() const { return m_lockouts; }

    bool enrol(int i, const QString& user, QString* error, const QString& url = {})
    {
        m_users.insert(i, user);
        const RunOutcome r =
            client({QStringLiteral("enrol"), clientDir(i), url.isEmpty() ? relayUrl() : url, m_pin, user});
        if (r.crashed || r.exitCode != 0) {
            *error = r.describe();
            return false;
        }
        return true;
    }

    // Adds `count` events tagged tag-0..; they count as committed only when the process says so.
    bool add(int i, const QString& tag, int count, QString* error, double skewDays = 0,
             const QString& fakeTime = {})
    {
        const RunOutcome r = client(
            {QStringLiteral("add"), clientDir(i), tag, QString::number(count), QString::number(skewDays)}, {},
            -1, fakeTime);
        if (r.crashed || r.exitCode != 0) {
            *error = r.describe();
            return false;
        }
        for (int k = 0; k < count; ++k)
            m_committed.insert(QStringLiteral("%1-%2").arg(tag).arg(k));
        return true;
    }

    // A random file bigger than one upload chunk (so blob.mid_chunk is reachable).
    QString addBlob(int i, quint64 seed, QString* error)
    {
        QRandomGenerator64 rng{quint32(seed)};
        QByteArray data(2 * 1024 * 1024 + 300 * 1024, Qt::Uninitialized);
        for (char& c : data)
            c = char(rng.generate() & 0xff);
        const QString path = m_dir.filePath(QStringLiteral("blob-%1.bin").arg(seed));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return {};
        }
        f.close();
        const RunOutcome r = client({QStringLiteral("blob"), clientDir(i), path});
        if (r.crashed || r.exitCode != 0) {
            *error = r.describe();
            return {};
        }
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        m_blobs.insert(sha);
        return sha;
    }

    Snapshot serverSnapshot()
    {
        Snapshot snap;
        auto db = kPostgres ? Database::openPostgres(m_pgUrl)
                            : Database::openSqlite(m_dataDir + QStringLiteral("/server.sqlite"));
        if (!db) {
            snap.error = db.errorMessage();
            return snap;
        }
        auto rows = (*db)->exec(QStringLiteral("SELECT entity_id, data FROM srv_rows WHERE entity = ?"),
                                {QStringLiteral("esign_history")});
        auto changes =
            (*db)->exec(QStringLiteral("SELECT entity_id, COUNT(*) FROM srv_changes WHERE entity = ? "
                                       "GROUP BY entity_id"),
                        {QStringLiteral("esign_history")});
        if (!rows || !changes) {
            snap.error = rows ? changes.errorMessage() : rows.errorMessage();
            return snap;
        }
        while (rows->next())
            snap.rows.insert(rows->value(0).toString(), tagOf(rows->value(1).toString()));
        while (changes->next())
            snap.changesPerEntity.insert(changes->value(0).toString(), changes->value(1).toInt());
        return snap;
    }

    // Blobs the server holds complete, each re-hashed from its stored chunks.
    QString checkServerBlobs()
    {
        auto db = kPostgres ? Database::openPostgres(m_pgUrl)
                            : Database::openSqlite(m_dataDir + QStringLiteral("/server.sqlite"));
        if (!db)
            return db.errorMessage();
        for (const QString& sha : std::as_const(m_blobs)) {
            auto complete =
                (*db)->scalar(QStringLiteral("SELECT complete FROM srv_blobs WHERE sha256 = ?"), {sha});
            if (!complete || complete->toInt() != 1)
                return QStringLiteral("blob %1 not complete on the server").arg(sha);
            auto chunks = (*db)->exec(
                QStringLiteral("SELECT data FROM srv_blob_chunks WHERE sha256 = ? ORDER BY chunk_offset"),
                {sha});
            if (!chunks)
                return chunks.errorMessage();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 size = 0;
            while (chunks->next()) {
                const QByteArray part = chunks->value(0).toByteArray();
                hash.addData(part);
                size += part.size();
            }
            if (size > 0 && QString::fromLatin1(hash.result().toHex()) != sha)
                return QStringLiteral("blob %1: stored chunks hash to something else").arg(sha);
        }
        return {};
    }

    // Client i's synced events (entity_id -> tag) and its outbox size.
    QString clientState(int i, QHash<QString, QString>* rows, qint64* pending, qint64* blobsPending)
    {
        sync::SyncClientModule module;
        auto profile = Profile::open(clientDir(i), {&module});
        if (!profile)
            return profile.errorMessage();
        sync::ClientStore store((*profile)->database());
        auto list = store.list(QStringLiteral("esign_history"));
        auto count = store.pendingCount();
        if (!list || !count)
            return list ? count.errorMessage() : list.errorMessage();
        for (const sync::SyncedRow& r : *list)
            rows->insert(r.entityId, r.data.value(QStringLiteral("documentName")).toString());
        *pending = *count;
        auto blobs = (*profile)->database().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sync_blobs WHERE uploaded = 0"));
        *blobsPending = blobs ? blobs->toLongLong() : -1;
        return {};
    }

    // The end-of-trial verdict, after a quiet period: clean syncs (twice, so each client also pulls
    // what the others pushed last), then exactly-once on the server and client == server.
    QString converge(const QList<int>& clients, const QList<QString>& urls = {})
    {
        m_relay->clearFaults();
        for (int round = 0; round < 2; ++round) {
            for (int k = 0; k < clients.size(); ++k) {
                RunOutcome r;
                for (int attempt = 0; attempt < 4; ++attempt) {
                    r = sync(clients.at(k), urls.value(k));
                    if (!r.crashed && r.exitCode == 0)
                        break;
                }
                if (r.crashed || r.exitCode != 0)
                    return QStringLiteral("clean sync of client %1 failed: %2")
                        .arg(clients.at(k))
                        .arg(r.describe());
            }
        }
        const Snapshot server = serverSnapshot();
        if (!server.error.isEmpty())
            return server.error;
        QHash<QString, int> tagCount;
        for (auto it = server.rows.cbegin(); it != server.rows.cend(); ++it)
            ++tagCount[it.value()];
        for (auto it = server.changesPerEntity.cbegin(); it != server.changesPerEntity.cend(); ++it)
            if (it.value() != 1)
                return QStringLiteral("entity %1 is in the change log %2 times")
                    .arg(it.key())
                    .arg(it.value());
        for (auto it = tagCount.cbegin(); it != tagCount.cend(); ++it)
            if (it.value() != 1)
                return QStringLiteral("event %1 is on the server %2 times").arg(it.key()).arg(it.value());
        for (const QString& tag : std::as_const(m_committed))
            if (!tagCount.contains(tag))
                return QStringLiteral("committed event %1 never reached the server").arg(tag);
        if (tagCount.size() != m_committed.size())
            return QStringLiteral("server has %1 events, clients committed %2")
                .arg(tagCount.size())
                .arg(m_committed.size());
        for (int i : clients) {
            QHash<QString, QString> rows;
            qint64 pending = -1;
            qint64 blobsPending = -1;
            const QString why = clientState(i, &rows, &pending, &blobsPending);
            if (!why.isEmpty())
                return why;
            if (pending != 0)
                return QStringLiteral("client %1 still has %2 outbox entries").arg(i).arg(pending);
            if (blobsPending != 0)
                return QStringLiteral("client %1 still has %2 blobs to upload").arg(i).arg(blobsPending);
            if (rows != server.rows)
                return QStringLiteral("client %1 has %2 events, the server %3 (or they differ)")
                    .arg(i)
                    .arg(rows.size())
                    .arg(server.rows.size());
        }
        return checkServerBlobs();
    }

    QString pinForTests() const { return m_pin; }
    FaultRelay& relay() { return *m_relay; }
    ServerProcess& server() { return m_server; }
    quint16 serverPort() const { return m_serverPort; }
    int committedCount() const { return int(m_committed.size()); }
    int blobCount() const { return int(m_blobs.size()); }

private:
    static QString tagOf(const QString& json)
    {
        return QJsonDocument::fromJson(json.toUtf8())
            .object()
            .value(QStringLiteral("documentName"))
            .toString();
    }

    PgCluster* m_cluster;
    QString m_name;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_pgUrl;
    QString m_pin;
    quint16 m_serverPort = 0;
    ServerProcess m_server;
    std::unique_ptr<FaultRelay> m_relay;
    QSet<QString> m_committed;
    QSet<QString> m_blobs;
    QHash<int, QString> m_users;
    int m_lockouts = 0;
};

// A device lock-out fails the test unless LONTAR_RELIABILITY_STRICT=0 (then it is only reported).
void reportLockouts(const World& w)
{
    if (w.lockouts() == 0)
        return;
    qWarning("%d device lock-out(s): a refresh-token rotation was lost to a kill or a cut", w.lockouts());
    bool set = false;
    if (qEnvironmentVariableIntValue("LONTAR_RELIABILITY_STRICT", &set) != 0 || !set)
        QFAIL("device locked out after a lost refresh-token rotation");
}

class TestSyncReliability : public QObject
{
    Q_OBJECT

    PgCluster m_cluster;

    std::unique_ptr<World> makeWorld(const QString& name)
    {
        auto world = std::make_unique<World>(&m_cluster, name);
        QString why;
        if (!world->setUp(&why)) {
            qWarning("world setup failed: %s", qPrintable(why));
            return nullptr;
        }
        return world;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binary(QStringLiteral("app/lontar-server/lontar-server"))).isExecutable(),
                 "lontar-server not built");
        if (kPostgres) {
            const QString reason = PgCluster::unavailableReason();
            if (!reason.isEmpty())
                QSKIP(qPrintable(reason));
            QString why;
            QVERIFY2(m_cluster.start(&why), qPrintable(why));
        }
        qInfo("seed %llu", static_cast<unsigned long long>(baseSeed()));
    }

    // Pushes, pulls and blob uploads through a relay that drops, delays, cuts and stalls.
    void faultyNetworkConverges()
    {
        auto w = makeWorld(QStringLiteral("faulty"));
        QVERIFY(w);
        QString why;
        QVERIFY2(w->enrol(0, QStringLiteral("staf"), &why), qPrintable(why));
        // Two devices of one user: each must end with every row the other wrote (the signing register
        // is read by the signer and their supervisors only).
        QVERIFY2(w->enrol(1, QStringLiteral("staf"), &why), qPrintable(why));
        FaultRelay::Faults faults;
        faults.dropProbability = 0.15;
        faults.cutProbability = 0.5;
        faults.jitterMs = 10;
        const int rounds = envInt("LONTAR_FAULT_ROUNDS", 40);
        int failedSyncs = 0;
        for (int r = 0; r < rounds; ++r) {
            // Alternate short cuts (handshakes, requests, answers) and long ones (inside blob chunks).
            faults.cutMinBytes = r % 2 ? 64 * 1024 : 1;
            faults.cutMaxBytes = r % 2 ? 2600 * 1024 : 12 * 1024;
            w->relay().setFaults(faults);
            for (int c = 0; c < 2; ++c)
                QVERIFY2(w->add(c, QStringLiteral("f%1c%2").arg(r).arg(c), 5, &why), qPrintable(why));
            if (r % 4 == 1)
                QVERIFY2(!w->addBlob(0, baseSeed() + quint64(r), &why).isEmpty(), qPrintable(why));
            if (r == rounds / 2)
                w->relay().setStalled(true); // a hung middlebox: the client must time out, not hang
            for (int c = 0; c < 2; ++c) {
                const RunOutcome out = w->sync(c);
                QVERIFY2(!out.crashed && !out.timedOut, qPrintable(out.describe()));
                failedSyncs += out.exitCode != 0;
            }
            w->relay().setStalled(false);
        }
        const FaultRelay::Stats stats = w->relay().stats();
        qInfo("fault rounds %d: %d connections, %d dropped, %d cut, %d failed syncs, %d events, %d blobs",
              rounds, stats.accepted, stats.dropped, stats.cut, failedSyncs, w->committedCount(),
              w->blobCount());
        QVERIFY(stats.dropped + stats.cut > 0); // the faults did happen
        reportLockouts(*w);
        const QString verdict = w->converge({0, 1});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

    // kill -9 of the client at each crash point and at random times; restart and continue.
    void clientKilledAnywhereLosesAndDuplicatesNothing()
    {
        auto w = makeWorld(QStringLiteral("clientkill"));
        QVERIFY(w);
        QString why;
        QVERIFY2(w->enrol(0, QStringLiteral("staf"), &why), qPrintable(why));
        QVERIFY2(w->enrol(1, QStringLiteral("staf"), &why), qPrintable(why));
        const QList<QByteArray> points{
            "push.before_send",    "push.after_send_before_ack",
            "pull.mid_page_apply", "pull.after_apply_before_commit",
            "blob.mid_chunk",      "blob.before_finalize",
            QByteArray(),          QByteArray()}; // empty: SIGKILL at a random time
        const int trials = envInt("LONTAR_KILL_TRIALS", kPostgres ? 96 : 200);
        QRandomGenerator64 rng{quint32(baseSeed())};
        QHash<QByteArray, int> killed;
        for (int t = 0; t < trials; ++t) {
            const QByteArray point = points.at(t % points.size());
            QVERIFY2(w->add(0, QStringLiteral("k%1").arg(t), 3, &why), qPrintable(why));
            if (point.startsWith("pull") || point.isEmpty()) {
                // Something for client 0 to pull (pushed by the other device).
                QVERIFY2(w->add(1, QStringLiteral("p%1").arg(t), 4, &why), qPrintable(why));
                const RunOutcome feed = w->sync(1);
                QVERIFY2(!feed.crashed && feed.exitCode == 0, qPrintable(feed.describe()));
            }
            if (point.startsWith("blob"))
                QVERIFY2(!w->addBlob(0, baseSeed() * 31 + quint64(t), &why).isEmpty(), qPrintable(why));
            // Random time within a typical pass (process start, TLS, push, pull: ~20-60 ms here).
            const int killAfter = point.isEmpty() ? int(rng.bounded(2, 60)) : -1;
            const RunOutcome out = w->sync(0, {}, point, killAfter);
            QVERIFY2(out.started && !out.timedOut, qPrintable(out.describe()));
            if (!point.isEmpty())
                QVERIFY2(out.crashed, qPrintable(QStringLiteral("crash point %1 not reached: %2")
                                                     .arg(QString::fromLatin1(point), out.describe())));
            killed[point.isEmpty() ? QByteArray("random-time") : point] += out.crashed ? 1 : 0;
        }
        QStringList counts;
        for (auto it = killed.cbegin(); it != killed.cend(); ++it)
            counts << QStringLiteral("%1=%2").arg(QString::fromLatin1(it.key())).arg(it.value());
        counts.sort();
        qInfo("client kill -9 trials: %d (%s); %d events, %d blobs", trials, qPrintable(counts.join(u' ')),
              w->committedCount(), w->blobCount());
        reportLockouts(*w);
        const QString verdict = w->converge({0, 1});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

    // kill -9 of the server before and after it commits a push (the ack is lost), and at random times.
    void serverKilledMidPushConverges()
    {
        auto w = makeWorld(QStringLiteral("serverkill"));
        QVERIFY(w);
        QString why;
        QVERIFY2(w->enrol(0, QStringLiteral("staf"), &why), qPrintable(why));
        const int perPoint = envInt("LONTAR_SERVER_KILL_TRIALS", 6);
        int serverDeaths = 0;
        for (const QByteArray& point :
             {QByteArray("server.push.before_commit"), QByteArray("server.push.after_commit")}) {
            for (int t = 0; t < perPoint; ++t) {
                QVERIFY2(w->restartServer(point, &why), qPrintable(why));
                QVERIFY2(w->add(0, QStringLiteral("s%1-%2").arg(QString::fromLatin1(point.mid(12))).arg(t), 3,
                                &why),
                         qPrintable(why));
                const RunOutcome out = w->sync(0);
                QVERIFY2(out.exitCode != 0, "the push must fail when the server dies under it");
                QTRY_VERIFY_WITH_TIMEOUT(w->server().exitedOnItsOwn(), 10000);
                ++serverDeaths;
                QVERIFY2(w->restartServer({}, &why), qPrintable(why));
            }
        }
        QRandomGenerator64 rng{quint32(baseSeed() + 7)};
        for (int t = 0; t < perPoint; ++t) {
            // A bigger push in several batches, the server SIGKILLed at a random moment under it.
            QVERIFY2(w->add(0, QStringLiteral("sr%1").arg(t), 450, &why), qPrintable(why));
            QProcess client;
            client.start(binary(QStringLiteral("tests/sync/reliability/lontar-sync-trial")),
                         {QStringLiteral("sync"), w->clientDir(0), w->relayUrl(), pinOf(*w)});
            QVERIFY(client.waitForStarted());
            QTest::qWait(int(rng.bounded(50, 400)));
            w->server().killHard();
            ++serverDeaths;
            QVERIFY(client.waitForFinished(60000));
            QVERIFY2(w->restartServer({}, &why), qPrintable(why));
        }
        qInfo("server kill -9: %d (crash points + random time); %d events", serverDeaths,
              w->committedCount());
        reportLockouts(*w);
        const QString verdict = w->converge({0});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

    // Client clocks days off (faketime when installed) and event times far in the past and future:
    // nothing in cursors or ordering may depend on them.
    void skewedClientClocksConverge()
    {
        auto w = makeWorld(QStringLiteral("skew"));
        QVERIFY(w);
        QString why;
        const bool haveFaketime = !QStandardPaths::findExecutable(QStringLiteral("faketime")).isEmpty();
        const QString ahead = haveFaketime ? QStringLiteral("+40d") : QString();
        const QString behind = haveFaketime ? QStringLiteral("-3d") : QString();
        QVERIFY2(w->enrol(0, QStringLiteral("staf"), &why), qPrintable(why));
        QVERIFY2(w->enrol(1, QStringLiteral("staf"), &why), qPrintable(why));
        for (int r = 0; r < 4; ++r) {
            QVERIFY2(w->add(0, QStringLiteral("ahead%1").arg(r), 5, &why, 400, ahead), qPrintable(why));
            QVERIFY2(w->add(1, QStringLiteral("behind%1").arg(r), 5, &why, -4000, behind), qPrintable(why));
            const RunOutcome a = w->sync(0, {}, {}, -1, ahead);
            QVERIFY2(!a.crashed && a.exitCode == 0, qPrintable(a.describe()));
            const RunOutcome b = w->sync(1, {}, {}, -1, behind);
            QVERIFY2(!b.crashed && b.exitCode == 0, qPrintable(b.describe()));
        }
        if (!haveFaketime)
            qInfo("faketime not installed: only event times were skewed, not the client clock");
        reportLockouts(*w);
        const QString verdict = w->converge({0, 1});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

#ifdef LONTAR_RELIABILITY_PG
    // Two server processes on one PostgreSQL: two devices push concurrently through different
    // servers while a third pulls from both alternately. A cursor that skipped a late-committing
    // change would leave the puller short for ever, which converge() detects.
    void twoServersConcurrentPushersNeverSkip()
    {
        auto w = makeWorld(QStringLiteral("twoservers"));
        QVERIFY(w);
        QString why;
        ServerProcess second;
        const quint16 secondPort = freeLoopbackPort();
        QVERIFY2(w->startServer(second, secondPort, {}, &why), qPrintable(why));
        const QString urlA = w->directUrl(w->serverPort());
        const QString urlB = w->directUrl(secondPort);
        QVERIFY2(w->enrol(0, QStringLiteral("staf"), &why, urlA), qPrintable(why));
        QVERIFY2(w->enrol(1, QStringLiteral("staf"), &why, urlB), qPrintable(why));
        QVERIFY2(w->enrol(2, QStringLiteral("staf"), &why, urlA), qPrintable(why));
        const int rounds = envInt("LONTAR_PG_ROUNDS", 12);
        const QString trial = binary(QStringLiteral("tests/sync/reliability/lontar-sync-trial"));
        for (int r = 0; r < rounds; ++r) {
            QVERIFY2(w->add(0, QStringLiteral("a%1").arg(r), 30, &why), qPrintable(why));
            QVERIFY2(w->add(1, QStringLiteral("b%1").arg(r), 30, &why), qPrintable(why));
            QProcess pushA, pushB, puller;
            pushA.start(trial, {QStringLiteral("sync"), w->clientDir(0), urlA, pinOf(*w)});
            pushB.start(trial, {QStringLiteral("sync"), w->clientDir(1), urlB, pinOf(*w)});
            puller.start(trial, {QStringLiteral("sync"), w->clientDir(2), r % 2 ? urlA : urlB, pinOf(*w)});
            for (QProcess* p : {&pushA, &pushB, &puller}) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         p->readAllStandardError().constData());
            }
        }
        qInfo("two servers: %d rounds, %d events", rounds, w->committedCount());
        reportLockouts(*w);
        const QString verdict = w->converge({0, 1, 2}, {urlA, urlB, urlB});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }
#endif

private:
    static QString pinOf(World& w)
    {
        return w.pinForTests();
    }
};

QTEST_GUILESS_MAIN(TestSyncReliability)
#include "tst_syncreliability.moc"
