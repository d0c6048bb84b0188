#include "RecordsTestSupport.h"

#include "records/DispositionPolicy.h"
#include "records/Dispositions.h"
#include "records/FilingPolicies.h"
#include "records/OutgoingLetters.h"
#include "records/PdfText.h"
#include "records/RecordsDemoServer.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// The demo records on a real server on loopback: seeded once (a second seed adds nothing), written
// through the policies as the demo users (the server derived what only it may write, and a demo the
// policy would refuse leaves nothing behind), and pulled by the demo atasan's device, whose inbox then
// has work in it (a disposition with a follow-up, a draft waiting for their paraf) and whose PDFs download.
class TestRecordsDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RecordsModule m_records;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb;

    qint64 serverCount(const QString& sql, std::initializer_list<QVariant> b = {})
    {
        return m_serverDb->scalar(sql, b)->toLongLong();
    }

    // Every row and blob the records module has on the server.
    QString footprint()
    {
        return QStringLiteral("rows=%1 changes=%2 blobs=%3 units=%4 audit=%5")
            .arg(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity LIKE 'records_%'")))
            .arg(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_changes")))
            .arg(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blobs")))
            .arg(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blob_units")))
            .arg(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    }

    QJsonObject serverRow(const QString& entity, const QString& id)
    {
        auto q = m_serverDb->exec(
            QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ? AND deleted = 0"),
            {entity, id});
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<SyncClient> client;
        Database& db() { return profile->database(); }
        QString blobDir() { return profile->directory() + QStringLiteral("/blobs"); }
    };

    std::unique_ptr<Device> device(const QString& username)
    {
        static int n = 0;
        auto d = std::make_unique<Device>();
        SyncClientModule syncModule;
        auto p =
            Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++n)), {&syncModule, &m_records});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<SyncClient>(d->db(), *d->transport, d->blobDir());
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        if (auto r = d->client->syncOnce(); !r)
            qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
        return d;
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
    }

    void aDemoThePolicyRefusesLeavesNothing()
    {
        // Seeded "two years ago": the dispositions' due dates lie in the past by the server's clock, so
        // the policy refuses them and the whole demo rolls back — not a letter, not a blob.
        const Status s = seedDemoRecords(*m_serverDb, QDate::currentDate().addYears(-2));
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("records_")), qPrintable(s.errorMessage()));
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity IN (?, ?, ?, ?)"),
                             {kLetterEntity, kDispositionEntity, kFileEntity, kOutgoingEntity}),
                 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blobs")), 0);
    }

    void seedsOnceThroughThePolicies()
    {
        LONTAR_VERIFY_OK(seedDemoRecords(*m_serverDb));
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kLetterEntity}),
            qint64(demoLetterCount()));
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                             {kDispositionEntity}),
                 2);
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kFileEntity}),
                 1);
        QCOMPARE(
            serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"), {kOutgoingEntity}),
            1);
        // Every PDF a row names is stored, readable by the writer's unit.
        QCOMPARE(serverCount(QStringLiteral("SELECT COUNT(*) FROM srv_blobs WHERE complete = 1")),
                 qint64(demoLetterCount() + 1));

        const QString again = footprint();
        LONTAR_VERIFY_OK(seedDemoRecords(*m_serverDb));
        QCOMPARE(footprint(), again);

        // What only the server's policy writes is there: names from the directory, server clock stamps.
        const QJsonObject letter = serverRow(kLetterEntity, demoLetterId(1));
        QCOMPARE(letter.value(QStringLiteral("registeredByName")).toString(),
                 QStringLiteral("Sri Wahyuni, S.Sos."));
        QVERIFY(letter.value(QStringLiteral("registeredAt")).toDouble() > 0);
        QCOMPARE(letter.value(QStringLiteral("agenda")).toString(),
                 QStringLiteral("0001/%1").arg(QDate::currentDate().year()));
        const QJsonObject read = serverRow(kDispositionEntity, demoDispositionId(1));
        QCOMPARE(read.value(QStringLiteral("fromName")).toString(), QStringLiteral("Ir. Siti Aminah, M.T."));
        QVERIFY(read.value(QStringLiteral("readAt")).toDouble() > 0);
        QVERIFY(read.value(QStringLiteral("followUps")).toArray().isEmpty());
        const QJsonArray notes =
            serverRow(kDispositionEntity, demoDispositionId(2)).value(QStringLiteral("followUps")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().toObject().value(QStringLiteral("byName")).toString(),
                 QStringLiteral("Andi Saputra, S.T., M.Eng."));
        for (int n = 4; n <= demoLetterCount(); ++n) {
            const QJsonObject filed = serverRow(kLetterEntity, demoLetterId(n));
            QCOMPARE(filed.value(QStringLiteral("fileId")).toString(), demoFileId());
            QCOMPARE(filed.value(QStringLiteral("status")).toString(), QStringLiteral("diberkaskan"));
        }
        const QJsonObject draft = serverRow(kOutgoingEntity, demoOutgoingId());
        QCOMPARE(draft.value(QStringLiteral("status")).toString(), outgoing::kParaf);
        QVERIFY(draft.value(QStringLiteral("submittedAt")).toDouble() > 0);
        // Each write is in the server's audit log as its demo user.
        QVERIFY(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'tu' AND action = "
                                           "'records.letter.register'")) >= demoLetterCount());
    }

    void theDemoAtasanHasWorkInTheInbox()
    {
        auto kabid = device(QStringLiteral("kabid"));
        const Actor me = *SyncClient::enrolledActor(kabid->db());
        DispositionDesk desk(kabid->db(), kabid->profile->audit(), me);
        auto counts = desk.counts(me.user.id);
        LONTAR_VERIFY_OK(counts);
        QCOMPARE(counts->unreadDispositions, 0); // both were read
        QCOMPARE(counts->pendingDispositions, 2);
        QCOMPARE(counts->waitingParaf, 1);
        auto progress =
            DispositionDesk::progressOf(kabid->db(), {demoLetterId(1), demoLetterId(2), demoLetterId(3)});
        LONTAR_VERIFY_OK(progress);
        QCOMPARE(progress->value(demoLetterId(2)).followedUp, 1);
        QVERIFY(!progress->contains(demoLetterId(3)));

        // The kadis: the third letter still waits for a disposition (the filed ones do not count).
        auto kadis = device(QStringLiteral("kadis"));
        const Actor boss = *SyncClient::enrolledActor(kadis->db());
        auto kadisCounts = DispositionDesk(kadis->db(), kadis->profile->audit(), boss).counts(boss.user.id);
        LONTAR_VERIFY_OK(kadisCounts);
        QCOMPARE(kadisCounts->lettersToDispose, 1);

        // A letter's PDF comes down and reads as the letter.
        const QString sha =
            serverRow(kLetterEntity, demoLetterId(1)).value(QStringLiteral("fileSha256")).toString();
        const QString path = m_dir.filePath(QStringLiteral("demo-letter.pdf"));
        LONTAR_VERIFY_OK(kadis->client->downloadBlob(sha, path));
        auto text = PdfText::read(path, kMaxLetterFileBytes);
        LONTAR_VERIFY_OK(text);
        QVERIFY2(text->text.contains(QStringLiteral("Satu Data Kabupaten")), qPrintable(text->text));

        // The staf (not an atasan, outside the chain) has no disposition and nothing to paraf.
        auto staf = device(QStringLiteral("staf"));
        const Actor drafter = *SyncClient::enrolledActor(staf->db());
        auto stafCounts =
            DispositionDesk(staf->db(), staf->profile->audit(), drafter).counts(drafter.user.id);
        LONTAR_VERIFY_OK(stafCounts);
        QCOMPARE(stafCounts->pendingDispositions, 0);
        QCOMPARE(stafCounts->waitingParaf, 0);
    }
};

QTEST_MAIN(TestRecordsDemo)
#include "tst_recordsdemo.moc"
