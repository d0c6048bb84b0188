#include "RecordsTestSupport.h"

#include "core/Uuid.h"
#include "records/Instruments.h"
#include "records/RecordsCli.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// Records through the real server on loopback: instruments from the server reach every device; a
// letter reaches its unit tree and the arsiparis but no one else; a letter made rahasia leaves every
// device whose user lacks the clearance (and a fresh device never gets it); and the server's policy
// refuses what a modified client could push (a class above the writer's clearance, someone else's name,
// another unit, no pencatat role, a changed file).
class TestRecordsSync : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<SyncClient> client;
        QString username;

        Database& db() { return profile->database(); }
        QString blobDir() { return profile->directory() + QStringLiteral("/blobs"); }
        Actor actor() { return *SyncClient::enrolledActor(db()); }
        LetterRegister letters() { return LetterRegister(db(), profile->audit(), actor()); }
        qint64 count(const QString& sql, std::initializer_list<QVariant> b = {})
        {
            return db().scalar(sql, b)->toLongLong();
        }
        SyncReport sync()
        {
            auto r = client->syncOnce();
            if (!r)
                qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
            return *r;
        }
        bool hasLetter(const QString& id)
        {
            return count(QStringLiteral("SELECT COUNT(*) FROM rec_letters WHERE id = ?"), {id}) == 1 &&
                   count(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE entity_id = ? AND deleted = 0"),
                         {id}) == 1;
        }
        int found(const QString& text)
        {
            LetterQuery q;
            q.text = text;
            auto hits = LetterSearch(db()).find(q);
            return hits ? int(hits->size()) : -1;
        }
        // A push the way a modified client could send it, with this device's tokens.
        QJsonObject rawPush(const QString& id, const QJsonObject& data, qint64 baseVersion = 0)
        {
            const QJsonObject m{{QStringLiteral("seq"), double(QDateTime::currentMSecsSinceEpoch())},
                                {QStringLiteral("mutationId"), newUuid()},
                                {QStringLiteral("entity"), kLetterEntity},
                                {QStringLiteral("entityId"), id},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
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
    RecordsModule m_records;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb;
    int m_devices = 0;
    QString m_letterId;

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        d->username = username;
        SyncClientModule syncModule;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++m_devices)),
                               {&syncModule, &m_records});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<SyncClient>(d->db(), *d->transport, d->blobDir());
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    QString unitId(const QString& code)
    {
        return m_serverDb->scalar(QStringLiteral("SELECT id FROM org_units WHERE code = ?"), {code})
            ->toString();
    }

    QJsonObject serverRow(const QString& id)
    {
        auto q =
            m_serverDb->exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                             {kLetterEntity, id});
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }

    // A letter row as a client would send it.
    static QJsonObject letterData(const QString& unit, int seq,
                                  const QString& security = QStringLiteral("biasa"))
    {
        return QJsonObject{{QStringLiteral("perihal"), QStringLiteral("Surat palsu")},
                           {QStringLiteral("sifat"), QStringLiteral("biasa")},
                           {QStringLiteral("securityClass"), security},
                           {QStringLiteral("unitId"), unit},
                           {QStringLiteral("agendaSeq"), seq},
                           {QStringLiteral("agendaYear"), 2026},
                           {QStringLiteral("agenda"), formatAgenda(seq, 2026)},
                           {QStringLiteral("receivedDate"), QStringLiteral("2026-05-04")},
                           {QStringLiteral("status"), QStringLiteral("tercatat")}};
    }

    static void expectRejected(const QJsonObject& result, const QString& contains)
    {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY2(result.value(QStringLiteral("error")).toString().contains(contains),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
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
        LONTAR_VERIFY_OK(seedDemoInstruments(*m_serverDb));
        LONTAR_VERIFY_OK(seedDemoInstruments(*m_serverDb)); // a second seed changes nothing
    }

    void instrumentsReachEveryDevice()
    {
        auto staf = device(QStringLiteral("staf"));
        const qint64 codes = m_serverDb
                                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                                          {kClassificationEntity})
                                 ->toLongLong();
        QVERIFY(codes >= 50);
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_classifications")), codes);
        auto rule = Instruments(staf->db()).retentionFor(QStringLiteral("900.1.1.5"));
        QVERIFY(rule.ok() && rule->has_value());
        QCOMPARE((*rule)->disposition, FinalDisposition::Permanen);
    }

    void letterReachesItsUnitTreeAndTheArsiparis()
    {
        auto tu = device(QStringLiteral("tu"));
        const QString pdf = m_dir.filePath(QStringLiteral("undangan.pdf"));
        QVERIFY(writeFile(
            pdf, makeLetterPdf(QStringLiteral("400.9/17/BAPPEDA/2026"),
                               QStringLiteral("Undangan musyawarah pemberdayaan"),
                               {QStringLiteral("Rapat membahas penyaluran bibit jagung hibrida.")})));
        LetterRegister letters = tu->letters();
        LetterImporter importer(letters, tu->blobDir());
        LetterDraft draft;
        draft.classification = QStringLiteral("400.9");
        const ImportOutcome o = importer.importFile(pdf, draft);
        QVERIFY2(o.imported, qPrintable(o.reason));
        m_letterId = o.letter.id;
        const SyncReport r = tu->sync();
        QCOMPARE(r.blobsUploaded, 1);
        const QJsonObject stored = serverRow(m_letterId);
        QCOMPARE(stored.value(QStringLiteral("registeredBy")).toString(), tu->actor().user.id);
        QVERIFY(stored.value(QStringLiteral("registeredAt")).toDouble() > 0); // the server's clock

        for (const QString& reader :
             {QStringLiteral("kadis"), QStringLiteral("admin"), QStringLiteral("arsiparis")}) {
            auto d = device(reader);
            QVERIFY2(d->hasLetter(m_letterId), qPrintable(reader));
            QCOMPARE(d->found(QStringLiteral("jagung")), 1); // the synced text, without the PDF
            // The PDF itself may be fetched by whoever may read the letter.
            LONTAR_VERIFY_OK(d->client->downloadBlob(o.letter.fileSha256,
                                                     d->profile->directory() + QStringLiteral("/x.pdf")));
        }
        // A unit beneath (the letter is DISKOMINFO's, not APTIKA's) and another OPD see nothing.
        for (const QString& other : {QStringLiteral("staf"), QStringLiteral("pengadaan")}) {
            auto d = device(other);
            QVERIFY2(!d->hasLetter(m_letterId), qPrintable(other));
            QCOMPARE(d->found(QStringLiteral("jagung")), 0);
            QVERIFY(
                !d->client
                     ->downloadBlob(o.letter.fileSha256, d->profile->directory() + QStringLiteral("/x.pdf"))
                     .ok());
        }
    }

    void reclassifiedLetterLeavesDevicesWithoutClearance()
    {
        QVERIFY(!m_letterId.isEmpty());
        auto tu = device(QStringLiteral("tu"));       // clearance biasa
        auto admin = device(QStringLiteral("admin")); // clearance biasa
        auto kadis = device(QStringLiteral("kadis")); // clearance rahasia
        auto arsiparis = device(QStringLiteral("arsiparis"));
        QVERIFY(tu->hasLetter(m_letterId) && admin->hasLetter(m_letterId) && kadis->hasLetter(m_letterId));

        // tu may not raise it above their own clearance: refused before anything is queued.
        const qint64 outbox = tu->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        const Status up = tu->letters().reclassify(m_letterId, SecurityClass::Rahasia);
        QVERIFY(!up.ok());
        QVERIFY2(up.errorMessage().contains(QStringLiteral("izin akses")), qPrintable(up.errorMessage()));
        QCOMPARE(tu->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);

        // The arsiparis (regency-wide reader, clearance rahasia) raises it.
        LONTAR_VERIFY_OK(arsiparis->letters().reclassify(m_letterId, SecurityClass::Rahasia));
        arsiparis->sync();
        QCOMPARE(serverRow(m_letterId).value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("rahasia"));

        tu->sync();
        admin->sync();
        kadis->sync();
        QVERIFY(!tu->hasLetter(m_letterId));
        QVERIFY(!admin->hasLetter(m_letterId));
        QCOMPARE(tu->found(QStringLiteral("jagung")), 0);
        QCOMPARE(tu->count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text")), 0);
        QCOMPARE(tu->count(QStringLiteral("SELECT COUNT(*) FROM rec_search")), 0);
        QVERIFY(kadis->hasLetter(m_letterId));
        QCOMPARE(
            kadis->count(QStringLiteral("SELECT security_level FROM rec_letters WHERE id = ?"), {m_letterId}),
            2);
        // A device starting from zero never receives it.
        auto fresh = device(QStringLiteral("admin"));
        QVERIFY(!fresh->hasLetter(m_letterId));
        // Nor its PDF: a blob referenced by a row above the reader's clearance stays closed even to the
        // uploading unit (server/ServerScope.cpp mayReadBlob).
        QVERIFY(!fresh->client
                     ->downloadBlob(serverRow(m_letterId).value(QStringLiteral("fileSha256")).toString(),
                                    fresh->profile->directory() + QStringLiteral("/x.pdf"))
                     .ok());
    }

    void serverRefusesForgedLetters()
    {
        auto tu = device(QStringLiteral("tu"));
        const QString diskominfo = unitId(QStringLiteral("DISKOMINFO"));
        // Above the writer's clearance.
        expectRejected(tu->rawPush(newUuid(), letterData(diskominfo, 900, QStringLiteral("rahasia"))),
                       QStringLiteral("izin akses"));
        // In another OPD.
        expectRejected(tu->rawPush(newUuid(), letterData(unitId(QStringLiteral("SETDA")), 901)),
                       QStringLiteral("unit"));
        // In someone else's name.
        QJsonObject other = letterData(diskominfo, 902);
        other.insert(
            QStringLiteral("registeredBy"),
            m_serverDb->scalar(QStringLiteral("SELECT id FROM users WHERE username = 'kadis'"))->toString());
        expectRejected(tu->rawPush(newUuid(), other), QStringLiteral("diatasnamakan"));
        // An agenda number that does not match its year.
        QJsonObject agenda = letterData(diskominfo, 903);
        agenda.insert(QStringLiteral("agenda"), QStringLiteral("0903/2025"));
        expectRejected(tu->rawPush(newUuid(), agenda), QStringLiteral("agenda"));
        // Someone who is neither pencatat nor arsiparis.
        auto kadis = device(QStringLiteral("kadis"));
        expectRejected(kadis->rawPush(newUuid(), letterData(diskominfo, 904)),
                       QStringLiteral("pencatat surat"));
        // A blob the writer never uploaded and may not read.
        QJsonObject blob = letterData(diskominfo, 905);
        blob.insert(QStringLiteral("fileName"), QStringLiteral("x.pdf"));
        blob.insert(QStringLiteral("fileSha256"), QString(64, QLatin1Char('b')));
        blob.insert(QStringLiteral("fileSize"), 10);
        blob.insert(QStringLiteral("pageCount"), 1);
        expectRejected(tu->rawPush(newUuid(), blob), QString());

        // A forged registration time is replaced by the server's clock; then the file may not change.
        QJsonObject good = letterData(diskominfo, 906);
        good.insert(QStringLiteral("registeredAt"), 1.0);
        const QString id = newUuid();
        const QJsonObject accepted = tu->rawPush(id, good);
        QCOMPARE(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(serverRow(id).value(QStringLiteral("registeredAt")).toDouble() > 1000);
        QJsonObject changed = serverRow(id);
        changed.insert(QStringLiteral("agendaSeq"), 907);
        changed.insert(QStringLiteral("agenda"), formatAgenda(907, 2026));
        expectRejected(tu->rawPush(id, changed, accepted.value(QStringLiteral("version")).toInteger()),
                       QStringLiteral("tidak dapat diubah"));
        // Letters are not deleted.
        QCOMPARE(
            m_serverDb
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND deleted = 0"),
                         {kLetterEntity})
                ->toInt(),
            2);
    }
};

QTEST_GUILESS_MAIN(TestRecordsSync)
#include "tst_recordssync.moc"
