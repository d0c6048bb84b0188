#include "TestSupport.h"

#include "InProcessNetwork.h"
#include "PgCluster.h"

#include "core/Identity.h"
#include "core/Profile.h"
#include "server/Directory.h"
#include "server/ServerStore.h"
#include "server/SyncServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"
#include "sync/Transport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <utility>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;
using lontar::test::InProcessNetwork;

namespace {

using Headers = QHash<QByteArray, QByteArray>;

constexpr qint64 kHour = 3600 * 1000;

QString sha256Of(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Deterministic bytes that differ per seed (a document as far as the server can tell).
QByteArray makeContent(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

QJsonObject objectOf(const ApiResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

// Blob access on the central server: an upload belongs to the device that started it, content is
// readable by the units that uploaded it (and by whoever sees a row referencing it), abandoned uploads
// expire and each unit has a quota. Every attack here worked against the first-chunk-owns-it server.
class TestBlobs : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<InProcessNetwork> network;
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
    int m_servers = 0;
    int m_devices = 0;
    int m_files = 0;

    void startServer(qint64 quota = -1)
    {
        m_server.reset();
        m_serverDb.reset();
        QString url;
        if (m_pg) {
            QString error;
            url = m_pg->createDatabase(QStringLiteral("blobs%1").arg(++m_pgDatabases), &error);
            QVERIFY2(!url.isEmpty(), qPrintable(error));
        }
        auto db = openServerDatabase(m_dir->filePath(QStringLiteral("server%1").arg(++m_servers)), url);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        LONTAR_VERIFY_OK(DemoData::seed(*m_serverDb));
        LONTAR_VERIFY_OK(publishDirectory(*m_serverDb, m_now));
        ServerOptions options;
        options.autoApproveDevices = true;
        options.clock = [this] { return m_now; };
        options.loginAttemptsPerWindow = 1000; // every raw login here comes from one address
        if (quota >= 0)
            options.blobQuotaPerUnit = quota;
        m_server = std::make_unique<SyncServer>(*m_serverDb, options);
    }

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        const QString dir = m_dir->filePath(QStringLiteral("device%1").arg(++m_devices));
        SyncClientModule module;
        auto p = Profile::open(dir, {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->network = std::make_unique<InProcessNetwork>(*m_server);
        d->blobDir = dir + QStringLiteral("/blobs");
        d->client = std::make_unique<SyncClient>(d->profile->database(), *d->network, d->blobDir);
        d->store = std::make_unique<ClientStore>(d->profile->database());
        const Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("test pc"));
        if (!s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        return d;
    }

    // Queues `content` as a blob on the device (as the app does when a PDF is attached).
    QString addBlob(Device& d, const QByteArray& content)
    {
        const QString path = m_dir->filePath(QStringLiteral("file%1.pdf").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        auto sha = d.store->addBlob(path, d.blobDir);
        if (!sha)
            qFatal("addBlob: %s", qPrintable(sha.errorMessage()));
        return *sha;
    }

    // What the device downloads through SyncClient, or an empty array when it cannot.
    QByteArray download(Device& d, const QString& sha)
    {
        const QString target = m_dir->filePath(QStringLiteral("download%1.pdf").arg(++m_files));
        if (!d.client->downloadBlob(sha, target))
            return {};
        QFile f(target);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    qint64 serverCount(const QString& sql, const QVariantList& bindings = {})
    {
        auto r = m_serverDb->exec(sql, bindings);
        if (!r || !r->next())
            qFatal("count failed: %s", qPrintable(sql));
        return r->value(0).toLongLong();
    }

    ApiResponse raw(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    const Headers& headers = {}, const QUrlQuery& query = {})
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.headers = headers;
        r.query = query;
        return m_server->handle(r);
    }

    // Logs `username` in on a device of the given id (8-64 characters); its bearer headers.
    Headers login(const QString& username, const QString& deviceId)
    {
        const ApiResponse r =
            raw("POST", QStringLiteral("/api/v1/auth/login"),
                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), DemoData::demoPassword()},
                                          {QStringLiteral("deviceId"), deviceId},
                                          {QStringLiteral("schemaVersion"), kSchemaVersion}})
                    .toJson());
        if (r.status != 200)
            qFatal("login %s: %d %s", qPrintable(username), r.status, r.body.constData());
        const QString token = objectOf(r).value(QStringLiteral("accessToken")).toString();
        return {{"authorization", "Bearer " + token.toLatin1()}, {"x-lontar-device", deviceId.toLatin1()}};
    }

    ApiResponse status(const Headers& h, const QString& sha)
    {
        return raw("GET", QStringLiteral("/api/v1/blobs/%1/status").arg(sha), {}, h);
    }

    ApiResponse put(const Headers& h, const QString& sha, qint64 offset, qint64 size, const QByteArray& chunk)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        q.addQueryItem(QStringLiteral("size"), QString::number(size));
        return raw("PUT", QStringLiteral("/api/v1/blobs/%1").arg(sha), chunk, h, q);
    }

    ApiResponse finalize(const Headers& h, const QString& sha)
    {
        return raw("POST", QStringLiteral("/api/v1/blobs/%1/finalize").arg(sha), {}, h);
    }

    ApiResponse get(const Headers& h, const QString& sha)
    {
        return raw("GET", QStringLiteral("/api/v1/blobs/%1").arg(sha), {}, h);
    }

    // The whole content through ranged GETs, or the first non-2xx answer's status in *httpStatus.
    QByteArray fetch(const Headers& h, const QString& sha, int* httpStatus = nullptr)
    {
        QByteArray out;
        qint64 total = -1;
        while (total < 0 || out.size() < total) {
            Headers withRange = h;
            withRange.insert("range", "bytes=" + QByteArray::number(out.size()) + '-');
            const ApiResponse r = raw("GET", QStringLiteral("/api/v1/blobs/%1").arg(sha), {}, withRange);
            if (httpStatus)
                *httpStatus = r.status;
            if (r.status != 200 && r.status != 206)
                return {};
            const QByteArray range = r.headers.value("content-range");
            total = range.mid(range.lastIndexOf('/') + 1).toLongLong();
            if (r.body.isEmpty())
                return {};
            out += r.body;
        }
        return out;
    }

    // Uploads `bytes` under `sha` as a client would (chunks of at most 1 MiB from offset 0), then
    // finalizes; the finalize answer.
    ApiResponse uploadAll(const Headers& h, const QString& sha, const QByteArray& bytes)
    {
        for (qint64 offset = 0; offset < bytes.size(); offset += kMaxBlobChunk) {
            const ApiResponse r = put(h, sha, offset, bytes.size(), bytes.mid(offset, kMaxBlobChunk));
            if (r.status != 200)
                return r;
            if (objectOf(r).value(QStringLiteral("complete")).toBool())
                break;
        }
        return finalize(h, sha);
    }

    QString unitId(const QString& code)
    {
        auto units = IdentityStore(*m_serverDb).units();
        if (!units)
            qFatal("units: %s", qPrintable(units.errorMessage()));
        for (const OrgUnit& u : std::as_const(*units))
            if (u.code == code)
                return u.id;
        qFatal("no unit %s", qPrintable(code));
    }

    static QString unknownSha() { return sha256Of("no such document anywhere"); }

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
        startServer();
    }

    void cleanup()
    {
        m_server.reset();
        m_serverDb.reset();
        m_dir.reset();
    }

    // The engine's normal path is unchanged: upload with SyncClient, download on another device of
    // the unit; another OPD gets nothing.
    void normalUploadAndDownload()
    {
        auto staf = device(QStringLiteral("staf"));
        const QByteArray content = makeContent(2'600'000, 1);
        const QString sha = addBlob(*staf, content);
        auto report = staf->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->blobsUploaded, 1);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_parts")), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_uploads")), 0);
        auto kabid = device(QStringLiteral("kabid"));
        QCOMPARE(download(*kabid, sha), content);
        auto keuangan = device(QStringLiteral("keuangan"));
        QVERIFY(download(*keuangan, sha).isEmpty());
    }

    // Attack 1: BKAD sends one byte of APTIKA's document first, with a wrong size. It neither blocks
    // APTIKA's upload nor gets to read the document afterwards.
    void firstChunkDoesNotClaimTheBlob()
    {
        const QByteArray content = makeContent(2'500'000, 2);
        const QString sha = sha256Of(content);
        const Headers attacker = login(QStringLiteral("keuangan"), QStringLiteral("bkad-laptop-1"));
        QCOMPARE(put(attacker, sha, 0, 5, content.left(1)).status, 200);

        auto staf = device(QStringLiteral("staf"));
        QCOMPARE(addBlob(*staf, content), sha);
        auto report = staf->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->blobsUploaded, 1);

        // The attacker: the same 404 as an unknown hash; their device sees only its own one byte.
        const ApiResponse got = get(attacker, sha);
        const ApiResponse unknown = get(attacker, unknownSha());
        QCOMPARE(got.status, 404);
        QCOMPARE(got.body, unknown.body);
        const QJsonObject own = objectOf(status(attacker, sha));
        QCOMPARE(own.value(QStringLiteral("received")).toInteger(), 1);
        QCOMPARE(own.value(QStringLiteral("size")).toInteger(), 5);
        QCOMPARE(own.value(QStringLiteral("complete")).toBool(), false);
        const Headers attacker2 = login(QStringLiteral("keuangan"), QStringLiteral("bkad-laptop-2"));
        QCOMPARE(status(attacker2, sha).body, status(attacker2, unknownSha()).body);
        QCOMPARE(get(attacker2, sha).body, unknown.body);

        // APTIKA and its parent read it; an unrelated OPD does not.
        QCOMPARE(download(*staf, sha), content);
        auto kabid = device(QStringLiteral("kabid"));
        QCOMPARE(download(*kabid, sha), content);
        auto kadis = device(QStringLiteral("kadis"));
        QCOMPARE(download(*kadis, sha), content);
        auto sekda = device(QStringLiteral("sekda"));
        QVERIFY(download(*sekda, sha).isEmpty());
        // The attacker's wrong size stayed in their own upload; the stored blob has the real one.
        QCOMPARE(serverCount(QStringLiteral("SELECT size FROM srv_blobs WHERE sha256 = ?"), {sha}),
                 qint64(content.size()));
    }

    // Attack 2: another device (same user, or another unit) writing at the offset where the first
    // device's upload continues does not touch it.
    void secondDeviceCannotWriteIntoAnUpload()
    {
        const QByteArray content = makeContent(2'500'000, 3);
        const QString sha = sha256Of(content);
        const Headers first = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-first"));
        QCOMPARE(put(first, sha, 0, content.size(), content.left(kMaxBlobChunk)).status, 200);

        const QByteArray junk(kMaxBlobChunk, 'X');
        for (const auto& [user, deviceId] :
             {std::pair{QStringLiteral("staf"), QStringLiteral("aptika-pc-second")},
              std::pair{QStringLiteral("keuangan"), QStringLiteral("bkad-pc-intruder")}}) {
            const Headers other = login(user, deviceId);
            // Continuing "the" upload at 1 MiB: this device has none, so it must start at 0.
            const ApiResponse r = put(other, sha, kMaxBlobChunk, content.size(), junk);
            QCOMPARE(r.status, 409);
            QCOMPARE(objectOf(r).value(QStringLiteral("received")).toInteger(), 0);
            // Its own junk upload, with a wrong size, is its own business.
            QCOMPARE(put(other, sha, 0, content.size() + 7, junk).status, 200);
            QCOMPARE(objectOf(status(other, sha)).value(QStringLiteral("received")).toInteger(),
                     kMaxBlobChunk);
        }

        const QJsonObject mine = objectOf(status(first, sha));
        QCOMPARE(mine.value(QStringLiteral("received")).toInteger(), kMaxBlobChunk);
        QCOMPARE(mine.value(QStringLiteral("size")).toInteger(), content.size());
        for (qint64 offset = kMaxBlobChunk; offset < content.size(); offset += kMaxBlobChunk)
            QCOMPARE(put(first, sha, offset, content.size(), content.mid(offset, kMaxBlobChunk)).status, 200);
        QCOMPARE(finalize(first, sha).status, 200);
        QCOMPARE(fetch(first, sha), content);

        // Only the real bytes were stored; the intruders' parts are still theirs (until they expire).
        QByteArray stored;
        auto chunks = m_serverDb->exec(
            QStringLiteral("SELECT data FROM srv_blob_chunks WHERE sha256 = ? ORDER BY chunk_offset"), {sha});
        LONTAR_VERIFY_OK(chunks);
        while (chunks->next())
            stored += chunks->value(0).toByteArray();
        QCOMPARE(stored, content);
        QVERIFY(!stored.contains(junk.left(64)));
        // The intruder from BKAD: still nothing to read, and its own upload cannot finalize.
        const Headers intruder = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-intruder"));
        QCOMPARE(get(intruder, sha).status, 404);
        QCOMPARE(finalize(intruder, sha).status, 409);
    }

    // Attack 3: the status of another unit's finished blob is byte for byte the unknown answer.
    void statusOfAnotherUnitsBlobLooksUnknown()
    {
        const QByteArray content = makeContent(300'000, 4);
        const QString sha = sha256Of(content);
        const Headers staf = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0001"));
        QCOMPARE(uploadAll(staf, sha, content).status, 200);

        for (const auto& [user, deviceId] :
             {std::pair{QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0001")},
              std::pair{QStringLiteral("sekda"), QStringLiteral("setda-pc-0001")}}) {
            const Headers outsider = login(user, deviceId);
            const ApiResponse known = status(outsider, sha);
            const ApiResponse unknown = status(outsider, unknownSha());
            QCOMPARE(known.status, unknown.status);
            QCOMPARE(known.body, unknown.body);
            QCOMPARE(objectOf(known).value(QStringLiteral("known")).toBool(), false);
            QCOMPARE(get(outsider, sha).body, get(outsider, unknownSha()).body);
            QCOMPARE(get(outsider, sha).status, 404);
            // Finalizing an upload it never made: the same 404 either way.
            QCOMPARE(finalize(outsider, sha).body, finalize(outsider, unknownSha()).body);
        }
        // Within the unit the status says complete, and a PUT is answered without storing anything.
        const Headers kabid = login(QStringLiteral("kabid"), QStringLiteral("aptika-pc-0002"));
        const QJsonObject st = objectOf(status(kabid, sha));
        QCOMPARE(st.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("known")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("size")).toInteger(), content.size());
        QCOMPARE(st.value(QStringLiteral("received")).toInteger(), content.size());
        const ApiResponse again = put(kabid, sha, 0, content.size(), content.left(1000));
        QCOMPARE(again.status, 200);
        QCOMPARE(objectOf(again).value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_uploads")), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_parts")), 0);
    }

    // Attack 4's legitimate twin: two units upload the same document and both can read it; content
    // that does not match its hash is refused and only that upload is discarded.
    void sameDocumentFromTwoUnitsAndWrongContent()
    {
        const QByteArray content = makeContent(1'500'000, 5);
        auto staf = device(QStringLiteral("staf"));
        const QString sha = addBlob(*staf, content);
        LONTAR_VERIFY_OK(staf->client->syncOnce());

        // BKAD's device is told nothing is there, uploads every byte itself and then reads it.
        auto keuangan = device(QStringLiteral("keuangan"));
        QCOMPARE(addBlob(*keuangan, content), sha);
        auto report = keuangan->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->blobsUploaded, 1);
        QCOMPARE(download(*keuangan, sha), content);
        QCOMPARE(download(*staf, sha), content);
        // Stored once, owned by both units, no upload left behind.
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_chunks WHERE sha256 = ?"), {sha}),
                 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_units WHERE sha256 = ?"), {sha}),
                 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_parts")), 0);

        // SETDA sends the right size but other bytes under the same hash: 422, nothing changes.
        const Headers setda = login(QStringLiteral("sekda"), QStringLiteral("setda-pc-0001"));
        const ApiResponse wrong = uploadAll(setda, sha, makeContent(content.size(), 99));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(objectOf(wrong).value(QStringLiteral("error")).toString(), QStringLiteral("hash_mismatch"));
        QCOMPARE(status(setda, sha).body, status(setda, unknownSha()).body);
        QCOMPARE(get(setda, sha).status, 404);
        QCOMPARE(download(*staf, sha), content);
        QCOMPARE(download(*keuangan, sha), content);

        // A wrong upload of a document nobody has finished yet: only that device's upload goes.
        const QByteArray draft = makeContent(2'200'000, 6);
        const QString draftSha = sha256Of(draft);
        const Headers aptika = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0009"));
        QCOMPARE(put(aptika, draftSha, 0, draft.size(), draft.left(kMaxBlobChunk)).status, 200);
        const Headers bkad = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0009"));
        QCOMPARE(uploadAll(bkad, draftSha, makeContent(draft.size(), 7)).status, 422);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_uploads WHERE device_id = ?"),
                             {QStringLiteral("bkad-pc-0009")}),
                 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_parts WHERE device_id = ?"),
                             {QStringLiteral("bkad-pc-0009")}),
                 0);
        QCOMPARE(objectOf(status(aptika, draftSha)).value(QStringLiteral("received")).toInteger(),
                 kMaxBlobChunk);
        for (qint64 offset = kMaxBlobChunk; offset < draft.size(); offset += kMaxBlobChunk)
            QCOMPARE(put(aptika, draftSha, offset, draft.size(), draft.mid(offset, kMaxBlobChunk)).status,
                     200);
        QCOMPARE(finalize(aptika, draftSha).status, 200);
        QCOMPARE(fetch(aptika, draftSha), draft);
        QCOMPARE(get(bkad, draftSha).status, 404);
    }

    // Abandoned uploads expire after 48 h without a chunk; a live one is kept.
    void abandonedUploadExpires()
    {
        const QByteArray content = makeContent(2'100'000, 8);
        const QString sha = sha256Of(content);
        Headers staf = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0001"));
        QCOMPARE(put(staf, sha, 0, content.size(), content.left(kMaxBlobChunk)).status, 200);

        m_now += 47 * kHour;
        staf = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0001")); // access tokens are short
        QCOMPARE(objectOf(status(staf, sha)).value(QStringLiteral("received")).toInteger(), kMaxBlobChunk);
        // Another upload that is still alive when the first one expires.
        const QByteArray other = makeContent(1'500'000, 9);
        const QString otherSha = sha256Of(other);
        Headers kabid = login(QStringLiteral("kabid"), QStringLiteral("aptika-pc-0002"));
        QCOMPARE(put(kabid, otherSha, 0, other.size(), other.left(kMaxBlobChunk)).status, 200);

        m_now += 2 * kHour; // 49 h after the first upload's last chunk
        staf = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0001"));
        kabid = login(QStringLiteral("kabid"), QStringLiteral("aptika-pc-0002"));
        QCOMPARE(status(staf, sha).body, status(staf, unknownSha()).body);
        // Any blob write sweeps: here a third device starting something else.
        const Headers sweeper = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0001"));
        QCOMPARE(put(sweeper, unknownSha(), 0, 10, QByteArray("x")).status, 200);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_uploads WHERE sha256 = ?"), {sha}),
                 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_parts WHERE sha256 = ?"), {sha}),
                 0);
        QCOMPARE(objectOf(status(kabid, otherSha)).value(QStringLiteral("received")).toInteger(),
                 kMaxBlobChunk);

        // The next PUT of the abandoned upload restarts at 0, and a full upload then works.
        const ApiResponse resume =
            put(staf, sha, kMaxBlobChunk, content.size(), content.mid(kMaxBlobChunk, kMaxBlobChunk));
        QCOMPARE(resume.status, 409);
        QCOMPARE(objectOf(resume).value(QStringLiteral("received")).toInteger(), 0);
        QCOMPARE(uploadAll(staf, sha, content).status, 200);
        QCOMPARE(fetch(kabid, sha), content);
    }

    // Each unit has a quota over its finished content and its uploads in progress.
    void quotaPerUnit()
    {
        startServer(3 * 1024);
        const QByteArray a = makeContent(2 * 1024, 10);
        const QByteArray b = makeContent(2 * 1024, 11);
        const QByteArray c = makeContent(2 * 1024, 12);
        const Headers staf = login(QStringLiteral("staf"), QStringLiteral("aptika-pc-0001"));
        QCOMPARE(uploadAll(staf, sha256Of(a), a).status, 200);

        // APTIKA's second document would make 4 KiB: refused at the start, with a message for people.
        const ApiResponse refused = put(staf, sha256Of(b), 0, b.size(), b.left(1024));
        QCOMPARE(refused.status, 413);
        QCOMPARE(objectOf(refused).value(QStringLiteral("error")).toString(),
                 QStringLiteral("quota_exceeded"));
        QVERIFY(
            objectOf(refused).value(QStringLiteral("message")).toString().contains(QStringLiteral("Kuota")));
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_uploads")), 0);
        // The engine reports it instead of looping; the blob stays queued.
        auto kabid = device(QStringLiteral("kabid"));
        addBlob(*kabid, b);
        QVERIFY(!kabid->client->syncOnce().ok());
        // What the unit already has costs nothing more.
        QCOMPARE(objectOf(put(staf, sha256Of(a), 0, a.size(), a.left(1024)))
                     .value(QStringLiteral("complete"))
                     .toBool(),
                 true);

        // BKAD has its own quota: the same document fits there.
        const Headers keuangan = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0001"));
        QCOMPARE(uploadAll(keuangan, sha256Of(b), b).status, 200);
        // An upload in progress counts with its declared size: a second one at the same time is refused.
        startServer(5 * 1024);
        const Headers bkad1 = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0001"));
        const Headers bkad2 = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0002"));
        QCOMPARE(uploadAll(bkad1, sha256Of(a), a).status, 200);                   // 2 KiB stored
        QCOMPARE(put(bkad1, sha256Of(b), 0, b.size(), b.left(1024)).status, 200); // 2 KiB reserved
        QCOMPARE(put(bkad2, sha256Of(c), 0, c.size(), c.left(1024)).status, 413); // 6 KiB > 5 KiB
        // Once the reservation expires the room is back.
        m_now += 49 * kHour;
        const Headers later = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0002"));
        QCOMPARE(uploadAll(later, sha256Of(c), c).status, 200);
    }

    // A row the actor may see that references the blob lets them read it, without having uploaded it.
    void referencingRowGrantsRead()
    {
        const QByteArray content = makeContent(400'000, 13);
        const QString sha = sha256Of(content);
        const Headers sekda = login(QStringLiteral("sekda"), QStringLiteral("setda-pc-0001"));
        QCOMPARE(uploadAll(sekda, sha, content).status, 200);
        const Headers kabid = login(QStringLiteral("kabid"), QStringLiteral("aptika-pc-0002"));
        const Headers keuangan = login(QStringLiteral("keuangan"), QStringLiteral("bkad-pc-0001"));
        QCOMPARE(get(kabid, sha).status, 404);

        const QString rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        LONTAR_VERIFY_OK(m_serverDb->exec(
            QStringLiteral(
                "INSERT INTO srv_rows (entity, entity_id, version, data, deleted, unit_id, updated_at,"
                " scope_kind, owner_id, sec_level) VALUES ('test_doc', ?, 1, '{}', 0, ?, ?, 'unit', '', 0)"),
            {rowId, unitId(QStringLiteral("DISKOMINFO.APTIKA")), m_now}));
        LONTAR_VERIFY_OK(m_serverDb->exec(
            QStringLiteral("INSERT INTO srv_blob_refs (sha256, entity, entity_id) VALUES (?, 'test_doc', ?)"),
            {sha, rowId}));

        QCOMPARE(fetch(kabid, sha), content);
        QCOMPARE(objectOf(status(kabid, sha)).value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(get(keuangan, sha).status, 404);
        QCOMPARE(status(keuangan, sha).body, status(keuangan, unknownSha()).body);

        // A deleted row grants nothing.
        LONTAR_VERIFY_OK(
            m_serverDb->exec(QStringLiteral("UPDATE srv_rows SET deleted = 1 WHERE entity_id = ?"), {rowId}));
        QCOMPARE(get(kabid, sha).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestBlobs)
#include "tst_blobs.moc"
