// The sync figures, through the real pieces: lontar-server as its own process (TLS on loopback,
// SQLite or PostgreSQL store) and the client engine (SyncClient over HTTPS) in this process.
#include "SyncBench.h"

#include "Processes.h"

#include "core/Profile.h"
#include "esign/EsignModule.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>

namespace lontar::bench {

namespace {

// Wraps the HTTPS transport to time the push phase on its own: from the first push request to the
// answer of the last one, which is what "push throughput" means (syncOnce also pulls afterwards).
class TimingTransport final : public sync::Transport
{
public:
    explicit TimingTransport(std::unique_ptr<sync::Transport> inner)
        : m_inner(std::move(inner))
    {
        m_clock.start();
    }

    Result<sync::HttpReply> send(const sync::HttpRequest& request) override
    {
        const bool push = request.path.endsWith(QLatin1String("/sync/push"));
        const qint64 start = m_clock.nsecsElapsed();
        auto reply = m_inner->send(request);
        if (push) {
            if (m_pushStart < 0)
                m_pushStart = start;
            m_pushEnd = m_clock.nsecsElapsed();
        }
        return reply;
    }

    void reset() { m_pushStart = m_pushEnd = -1; }
    double pushSeconds() const { return m_pushStart < 0 ? 0.0 : double(m_pushEnd - m_pushStart) / 1e9; }

private:
    std::unique_ptr<sync::Transport> m_inner;
    QElapsedTimer m_clock;
    qint64 m_pushStart = -1;
    qint64 m_pushEnd = -1;
};

Status addEvents(Database& db, qint64 from, qint64 count)
{
    // Signing-register rows (a real entity, checked by its policy on both sides) of about the size
    // of an attendance event.
    auto actor = sync::SyncClient::enrolledActor(db);
    if (!actor)
        return actor.error();
    sync::ClientStore store(db, *actor);
    Transaction tx(db); // one local transaction: the client-side write cost is not what we measure
    if (!tx.status())
        return tx.status();
    for (qint64 i = from; i < from + count; ++i) {
        const QByteArray tag = QByteArray::number(i);
        auto put = store.put(
            esign::kHistoryEntity, {},
            QJsonObject{
                {QStringLiteral("documentName"), QString::fromLatin1(tag)},
                {QStringLiteral("documentSha256"),
                 QString::fromLatin1(QCryptographicHash::hash(tag, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("outcome"), QStringLiteral("failed")},
                {QStringLiteral("error"), eventPayload(i)},
                {QStringLiteral("signedAt"), double(1'790'000'000'000 + i)}});
        if (!put)
            return put.error();
    }
    return tx.commit();
}

} // namespace

SyncResults runSyncBenchmarks(const BenchConfig& config)
{
    SyncResults results;
    auto fail = [&](const QString& why) {
        results.firstSync.error = why;
        results.push.error = why;
        return results;
    };
    const QString serverExe =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/lontar-server/lontar-server");
    QString binaryDir = qEnvironmentVariable("LONTAR_BINARY_DIR");
    const QString exe =
        binaryDir.isEmpty() ? serverExe : binaryDir + QStringLiteral("/app/lontar-server/lontar-server");
    const quint16 port = test::freeLoopbackPort();
    const QString tag = config.backendName.toLower();
    QStringList args{QStringLiteral("--data"),
                     config.workDir + QStringLiteral("/server-") + tag,
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--demo"),
                     QStringLiteral("--auto-approve-devices"),
                     QStringLiteral("--access-token-seconds"),
                     QStringLiteral("3600")};
    if (config.serverDatabase.startsWith(QLatin1String("postgres")))
        args << QStringLiteral("--database") << config.serverDatabase;
    test::ServerProcess server;
    QString why;
    if (!server.start(exe, args, QProcessEnvironment::systemEnvironment(), port, &why, 60000))
        return fail(why);
    server.waitForOutput("sha256=", 10000);
    const auto pinMatch =
        QRegularExpression(QStringLiteral("sha256=([0-9a-f]{64})")).match(QString::fromUtf8(server.output()));
    if (!pinMatch.hasMatch())
        return fail(QStringLiteral("no certificate fingerprint from lontar-server"));
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);

    CoreModule core;
    esign::EsignModule esignModule;
    sync::EntityRegistry::instance().addModules({&core, &esignModule});
    sync::SyncClientModule module;
    // Writer: pushes `pushEvents` (timed), then the rest of the first-sync data set (not timed).
    auto writer = Profile::open(config.workDir + QStringLiteral("/writer-") + tag, {&module});
    if (!writer)
        return fail(writer.errorMessage());
    TimingTransport writerTransport(sync::makeHttpsTransport(url, pinMatch.captured(1), 120000));
    sync::SyncClient writerClient((*writer)->database(), writerTransport,
                                  (*writer)->directory() + QStringLiteral("/blobs"));
    if (Status s =
            writerClient.enrol(QStringLiteral("staf"), DemoData::demoPassword(), QStringLiteral("bench"));
        !s)
        return fail(s.errorMessage());
    if (auto first = writerClient.syncOnce(); !first) // catch up on the demo data first
        return fail(first.errorMessage());

    if (Status s = addEvents((*writer)->database(), 0, config.pushEvents); !s)
        return fail(s.errorMessage());
    writerTransport.reset();
    auto pushed = writerClient.syncOnce();
    if (!pushed)
        return fail(pushed.errorMessage());
    results.push.rows = pushed->pushed;
    results.push.seconds = writerTransport.pushSeconds();
    if (pushed->pushed != config.pushEvents)
        results.push.error = QStringLiteral("pushed %1 of %2").arg(pushed->pushed).arg(config.pushEvents);

    const qint64 rest = config.firstSyncRows - config.pushEvents;
    if (rest > 0) {
        if (Status s = addEvents((*writer)->database(), config.pushEvents, rest); !s)
            return fail(s.errorMessage());
        if (auto seeded = writerClient.syncOnce(); !seeded)
            return fail(seeded.errorMessage());
    }

    // Reader: an empty client's first sync, timed from enrolment done to caught up.
    auto reader = Profile::open(config.workDir + QStringLiteral("/reader-") + tag, {&module});
    if (!reader)
        return fail(reader.errorMessage());
    auto readerTransport = sync::makeHttpsTransport(url, pinMatch.captured(1), 120000);
    sync::SyncClient readerClient((*reader)->database(), *readerTransport,
                                  (*reader)->directory() + QStringLiteral("/blobs"));
    if (Status s =
            readerClient.enrol(QStringLiteral("kabid"), DemoData::demoPassword(), QStringLiteral("bench"));
        !s)
        return fail(s.errorMessage());
    QElapsedTimer clock;
    clock.start();
    auto pulled = readerClient.syncOnce();
    results.firstSync.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!pulled) {
        results.firstSync.error = pulled.errorMessage();
        return results;
    }
    results.firstSync.rows = pulled->pulled;
    const qint64 expected = std::max(config.firstSyncRows, config.pushEvents);
    if (pulled->pulled < expected)
        results.firstSync.error =
            QStringLiteral("pulled %1, expected at least %2").arg(pulled->pulled).arg(expected);
    server.stop();
    return results;
}

} // namespace lontar::bench
