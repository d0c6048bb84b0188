#include "TestSupport.h"

#include "core/Directory.h"
#include "core/Profile.h"
#include "core/Uuid.h"
#include "esign/EsignModule.h"
#include "server/Directory.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::sync;
using namespace lontar::server;

namespace {

// A records-like entity for the scope tests: a unit's letter with a security class, read regency-wide
// by arsiparis. Its policy takes the unit and the class from the row and checks them.
class TestLetterPolicy final : public EntityPolicy
{
public:
    TestLetterPolicy()
    {
        m_schema.string(QStringLiteral("perihal"), true, 200)
            .uuid(QStringLiteral("unitId"), true)
            .enumeration(QStringLiteral("securityClass"), true,
                         {QStringLiteral("biasa"), QStringLiteral("terbatas"), QStringLiteral("rahasia"),
                          QStringLiteral("sangat_rahasia")})
            .enumeration(QStringLiteral("status"), false, {QStringLiteral("draf"), QStringLiteral("final")});
    }
    Result<RowAccess> authorizeWrite(const WriteContext& context, QJsonObject& data) const override
    {
        if (context.isDelete)
            return RowAccess{context.currentAccess};
        if (Status s = m_schema.validate(data); !s)
            return s.error();
        // A state change the module allows one way only, and only to a signing official.
        const QString was =
            context.current ? context.current->value(QStringLiteral("status")).toString() : QString();
        const QString now = data.value(QStringLiteral("status")).toString();
        if (was == QLatin1String("final") && now != QLatin1String("final"))
            return Error(QStringLiteral("Surat final tidak dapat dikembalikan ke draf"),
                         Error::Code::Forbidden);
        if (was != QLatin1String("final") && now == QLatin1String("final") &&
            !context.actor.user.hasRole(Role::Penandatangan))
            return Error(QStringLiteral("Hanya penandatangan yang dapat memfinalkan surat"),
                         Error::Code::Forbidden);
        const auto level = securityClassFromKey(data.value(QStringLiteral("securityClass")).toString());
        return RowAccess{data.value(QStringLiteral("unitId")).toString(), {}, int(*level), {}};
    }

private:
    FieldSchema m_schema;
};

const QString kLetter = QStringLiteral("test_letter");

QString sha(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

// Entity policies and read scopes through the real server on loopback (HTTPS, the real client):
// every attack here was accepted by the generic row store before.
class TestPolicy : public QObject
{
    Q_OBJECT

    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Transport> transport;
        std::unique_ptr<SyncClient> client;
        QString username;

        ClientStore store()
        {
            auto actor = SyncClient::enrolledActor(profile->database());
            return ClientStore(profile->database(), actor ? std::optional<Actor>(*actor) : std::nullopt);
        }
        void sync()
        {
            auto r = client->syncOnce();
            if (!r)
                qFatal("sync %s: %s", qPrintable(username), qPrintable(r.errorMessage()));
        }
        // A push the way a modified client could send it, with this device's tokens.
        QJsonObject rawPush(const QJsonArray& mutations)
        {
            // Sequence numbers taken from the device's own outbox counter, as a modified client would,
            // so the device's later pushes are not mistaken for replays.
            Database& db = profile->database();
            qint64 seq = db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence "
                                                  "WHERE name = 'sync_outbox'"))
                             ->toLongLong();
            QJsonArray withSeq;
            for (const QJsonValue& v : mutations) {
                QJsonObject m = v.toObject();
                m.insert(QStringLiteral("seq"), ++seq);
                m.insert(QStringLiteral("op"),
                         m.value(QStringLiteral("op")).toString(QStringLiteral("upsert")));
                withSeq.append(m);
            }
            HttpRequest req;
            req.method = "POST";
            req.path = QStringLiteral("/api/v1/sync/push");
            req.body = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                                 {QStringLiteral("mutations"), withSeq}})
                           .toJson();
            if (!db.exec(QStringLiteral(
                             "INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox', 0 "
                             "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox')"))
                     .ok() ||
                !db.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"),
                         {seq})
                     .ok())
                qFatal("cannot reserve outbox numbers");
            auto reply = client->request(req);
            if (!reply || reply->status != 200)
                qFatal("raw push failed: %s",
                       reply ? reply->body.constData() : qPrintable(reply.errorMessage()));
            return QJsonDocument::fromJson(reply->body).object();
        }
        bool has(const QString& entity, const QString& id)
        {
            return ClientStore(profile->database()).get(entity, id).ok();
        }
    };

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb; // a second connection to the server's store, for checks
    int m_devices = 0;

    std::unique_ptr<Device> device(const QString& username)
    {
        auto d = std::make_unique<Device>();
        d->username = username;
        SyncClientModule module;
        auto p = Profile::open(m_dir.filePath(QStringLiteral("device%1").arg(++m_devices)), {&module});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        d->profile = std::move(*p);
        d->transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        d->client = std::make_unique<SyncClient>(d->profile->database(), *d->transport,
                                                 d->profile->directory() + QStringLiteral("/blobs"));
        if (Status s = d->client->enrol(username, DemoData::demoPassword(), QStringLiteral("uji")); !s)
            qFatal("enrol %s: %s", qPrintable(username), qPrintable(s.errorMessage()));
        d->sync();
        return d;
    }

    QString userId(const QString& username)
    {
        return IdentityStore(*m_serverDb).userByUsername(username)->id;
    }
    QString unitId(const QString& code)
    {
        for (const OrgUnit& u : *IdentityStore(*m_serverDb).units()) {
            if (u.code == code)
                return u.id;
        }
        return {};
    }
    qint64 count(const QString& sql, std::initializer_list<QVariant> bindings = {})
    {
        return m_serverDb->scalar(sql, bindings)->toLongLong();
    }
    QJsonObject history(const QString& name, const QString& outcome = QStringLiteral("failed"))
    {
        return QJsonObject{{QStringLiteral("documentName"), name},
                           {QStringLiteral("documentSha256"), sha(name.toUtf8())},
                           {QStringLiteral("outcome"), outcome},
                           {QStringLiteral("error"), QStringLiteral("kunci salah")},
                           {QStringLiteral("signedAt"), 1'790'000'000'000.0}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        CoreModule core;
        esign::EsignModule esignModule;
        EntityRegistry::instance().addModules({&core, &esignModule});
        EntityRegistry::instance().add({kLetter,
                                        ConflictRule::Optimistic,
                                        ReadScope::UnitSubtree,
                                        16 * 1024,
                                        {Role::Arsiparis},
                                        std::make_shared<TestLetterPolicy>(),
                                        {},
                                        {}});
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

    void directoryArrivesWithoutPasswordHashes()
    {
        auto staf = device(QStringLiteral("staf"));
        // The whole regency's directory is on the device, from the server.
        QCOMPARE(IdentityStore(staf->profile->database()).users()->size(), test::demoUserCount());
        QCOMPARE(IdentityStore(staf->profile->database()).units()->size(), 10);
        auto rows = m_serverDb->exec(QStringLiteral("SELECT data FROM srv_changes WHERE entity = ?"),
                                     {directory::kUserEntity});
        QVERIFY(rows.ok());
        int seen = 0;
        while (rows->next()) {
            const QString data = rows->value(0).toString();
            QVERIFY2(!data.contains(QStringLiteral("argon2")) && !data.contains(QStringLiteral("password")),
                     qPrintable(data));
            ++seen;
        }
        QVERIFY(seen >= 8);
        // No other user's verifier reaches a device.
        QCOMPARE(staf->profile->database()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash <> ''"))
                     ->toInt(),
                 0);
    }

    void signerIsTheSessionUserNotWhatTheClientSays()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kadis = device(QStringLiteral("kadis"));
        // The attack: staf pushes a signing record that names kadis as the signer.
        const QString id = newUuid();
        QJsonObject forged = history(QStringLiteral("surat-palsu.pdf"));
        forged.insert(QStringLiteral("signerId"), userId(QStringLiteral("kadis")));
        const QJsonObject answer =
            staf->rawPush(QJsonArray{QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), esign::kHistoryEntity},
                                                 {QStringLiteral("entityId"), id},
                                                 {QStringLiteral("data"), forged}}});
        const QJsonObject result = answer.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(result.value(QStringLiteral("error")).toString().contains(QStringLiteral("sendiri")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity_id = ?"), {id}), 0);
        // The old wire format with a free-form "user" field is refused by the field schema.
        QJsonObject old = history(QStringLiteral("lama.pdf"));
        old.insert(QStringLiteral("user"), QStringLiteral("kadis"));
        const QJsonObject oldAnswer =
            staf->rawPush(QJsonArray{QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), esign::kHistoryEntity},
                                                 {QStringLiteral("entityId"), newUuid()},
                                                 {QStringLiteral("data"), old}}});
        QCOMPARE(oldAnswer.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("rejected")));
        kadis->sync();
        QVERIFY(!kadis->has(esign::kHistoryEntity, id));

        // An honest record: the server fills the signer and the time it received it.
        auto store = staf->store();
        auto honest = store.put(esign::kHistoryEntity, {}, history(QStringLiteral("nota-dinas.pdf")));
        LONTAR_VERIFY_OK(honest);
        staf->sync();
        const QJsonObject stored =
            QJsonDocument::fromJson(
                m_serverDb->scalar(QStringLiteral("SELECT data FROM srv_rows WHERE entity_id = ?"), {*honest})
                    ->toString()
                    .toUtf8())
                .object();
        QCOMPARE(stored.value(QStringLiteral("signerId")).toString(), userId(QStringLiteral("staf")));
        QCOMPARE(stored.value(QStringLiteral("signerNip")).toString(), QStringLiteral("199209242019032008"));
        QVERIFY(stored.value(QStringLiteral("receivedAt")).toDouble() > 1'700'000'000'000.0);
        // The device sees the server-derived fields after its next pull.
        staf->sync();
        QVERIFY(
            staf->store().get(esign::kHistoryEntity, *honest)->data.contains(QStringLiteral("receivedAt")));
    }

    void deviceRefusesBeforeQueuing()
    {
        auto staf = device(QStringLiteral("staf"));
        auto store = staf->store();
        QJsonObject forged = history(QStringLiteral("x.pdf"));
        forged.insert(QStringLiteral("signerId"), userId(QStringLiteral("kadis")));
        auto refused = store.put(esign::kHistoryEntity, {}, forged);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QCOMPARE(*store.pendingCount(), 0); // nothing queued
        QJsonObject noReason = history(QStringLiteral("y.pdf"));
        noReason.remove(QStringLiteral("error"));
        QVERIFY(!store.put(esign::kHistoryEntity, {}, noReason).ok());
        QCOMPARE(*store.pendingCount(), 0);
    }

    void hostileIdsAndUnknownEntitiesAreRejected()
    {
        auto staf = device(QStringLiteral("staf"));
        const QJsonObject answer = staf->rawPush(QJsonArray{
            QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                        {QStringLiteral("entity"), esign::kHistoryEntity},
                        {QStringLiteral("entityId"), QStringLiteral("x' OR 1=1 --")},
                        {QStringLiteral("data"), history(QStringLiteral("a.pdf"))}},
            QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                        {QStringLiteral("entity"), QStringLiteral("gaji")},
                        {QStringLiteral("entityId"), newUuid()},
                        {QStringLiteral("data"), QJsonObject()}},
            QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                        {QStringLiteral("entity"), directory::kUserEntity},
                        {QStringLiteral("entityId"), userId(QStringLiteral("staf"))},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("admin_opd")}}}}},
            QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                        {QStringLiteral("entity"), esign::kHistoryEntity},
                        {QStringLiteral("entityId"), newUuid()},
                        {QStringLiteral("data"), history(QStringLiteral("ok.pdf"))}}});
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results.at(i).toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("rejected"));
        // Each mutation stands alone: the valid one is applied, the refused ones left nothing behind.
        QCOMPARE(results.at(3).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity_id LIKE '%OR 1=1%'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = 'gaji'")), 0);
        QVERIFY(!IdentityStore(*m_serverDb).userByUsername(QStringLiteral("staf"))->hasRole(Role::AdminOpd));
    }

    void rejectedChangeIsShownAndNotRetried()
    {
        auto staf = device(QStringLiteral("staf"));
        // A change that passed an old or modified client's checks: straight into the outbox.
        const QString id = newUuid();
        QJsonObject forged = history(QStringLiteral("lama.pdf"));
        forged.insert(QStringLiteral("signerId"), userId(QStringLiteral("kadis")));
        Database& db = staf->profile->database();
        LONTAR_VERIFY_OK(
            db.exec(QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, data, deleted, "
                                   "updated_at) VALUES (?, ?, 0, ?, 0, 0)"),
                    {esign::kHistoryEntity, id, QString::fromUtf8(QJsonDocument(forged).toJson())}));
        LONTAR_VERIFY_OK(db.exec(
            QStringLiteral("INSERT INTO sync_outbox (mutation_id, entity, entity_id, op, data, "
                           "base_version, created_at) VALUES (?, ?, ?, 'upsert', ?, 0, 0)"),
            {newUuid(), esign::kHistoryEntity, id, QString::fromUtf8(QJsonDocument(forged).toJson())}));
        auto report = staf->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->rejected, 1);
        ClientStore store(db);
        QCOMPARE(*store.pendingCount(), 0);                  // not retried forever
        QVERIFY(!store.get(esign::kHistoryEntity, id).ok()); // the refused row is gone from the device
        auto listed = store.conflicts();
        LONTAR_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QVERIFY(listed->at(0).rejected);
        QVERIFY(listed->at(0).reason.contains(QStringLiteral("sendiri")));
        LONTAR_VERIFY_OK(store.dismissRejected(listed->at(0).id));
        QCOMPARE(store.conflicts()->size(), 0);
    }

    void ownerAndSupervisorsSeeASigningOthersDoNot()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kabid = device(QStringLiteral("kabid"));       // atasan, same unit
        auto kadis = device(QStringLiteral("kadis"));       // atasan, parent unit
        auto admin = device(QStringLiteral("admin"));       // parent unit, not atasan
        auto keuangan = device(QStringLiteral("keuangan")); // another OPD
        auto id = staf->store().put(esign::kHistoryEntity, {}, history(QStringLiteral("sppd.pdf")));
        LONTAR_VERIFY_OK(id);
        staf->sync();
        for (Device* d : {kabid.get(), kadis.get(), admin.get(), keuangan.get()})
            d->sync();
        QVERIFY(staf->has(esign::kHistoryEntity, *id));
        QVERIFY(kabid->has(esign::kHistoryEntity, *id));
        QVERIFY(kadis->has(esign::kHistoryEntity, *id));
        QVERIFY(!admin->has(esign::kHistoryEntity, *id));
        QVERIFY(!keuangan->has(esign::kHistoryEntity, *id));
    }

    void securityClassAndRoleScopesWithRevocation()
    {
        auto kabid = device(QStringLiteral("kabid"));         // APTIKA, clearance terbatas
        auto staf = device(QStringLiteral("staf"));           // APTIKA, clearance biasa
        auto kadis = device(QStringLiteral("kadis"));         // DISKOMINFO, clearance rahasia
        auto arsiparis = device(QStringLiteral("arsiparis")); // DISPUSIP, reader role, clearance rahasia
        auto keuangan = device(QStringLiteral("keuangan"));   // BKAD
        const QString aptika = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
        QJsonObject letter{{QStringLiteral("perihal"), QStringLiteral("Undangan rapat")},
                           {QStringLiteral("unitId"), aptika},
                           {QStringLiteral("securityClass"), QStringLiteral("biasa")}};
        auto id = kabid->store().put(kLetter, {}, letter);
        LONTAR_VERIFY_OK(id);
        kabid->sync();
        for (Device* d : {staf.get(), kadis.get(), arsiparis.get(), keuangan.get()})
            d->sync();
        QVERIFY(staf->has(kLetter, *id));
        QVERIFY(kadis->has(kLetter, *id));
        QVERIFY(arsiparis->has(kLetter, *id)); // reader role: regency-wide
        QVERIFY(!keuangan->has(kLetter, *id));

        // A writer cannot put a letter into another OPD or above their own clearance: the device says
        // so at once, and the server refuses the same write from a client that skips the check.
        QJsonObject elsewhere = letter;
        elsewhere.insert(QStringLiteral("unitId"), unitId(QStringLiteral("BKAD")));
        QCOMPARE(kabid->store().put(kLetter, {}, elsewhere).error().code, Error::Code::Forbidden);
        QJsonObject secret = letter;
        secret.insert(QStringLiteral("securityClass"), QStringLiteral("rahasia"));
        QCOMPARE(kabid->store().put(kLetter, {}, secret).error().code, Error::Code::Forbidden);
        const QJsonArray results =
            kabid
                ->rawPush(QJsonArray{QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), kLetter},
                                                 {QStringLiteral("entityId"), newUuid()},
                                                 {QStringLiteral("data"), elsewhere}},
                                     QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), kLetter},
                                                 {QStringLiteral("entityId"), newUuid()},
                                                 {QStringLiteral("data"), secret}}})
                .value(QStringLiteral("results"))
                .toArray();
        for (const QJsonValue& r : results)
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND (unit_id = ? OR sec_level > 0)"),
                  {kLetter, unitId(QStringLiteral("BKAD"))}),
            0);

        // The letter becomes "terbatas": staf (clearance biasa) drops it at the next pull; kabid keeps it.
        letter.insert(QStringLiteral("securityClass"), QStringLiteral("terbatas"));
        LONTAR_VERIFY_OK(kabid->store().put(kLetter, *id, letter));
        kabid->sync();
        auto stafReport = staf->client->syncOnce();
        LONTAR_VERIFY_OK(stafReport);
        QCOMPARE(stafReport->removed, 1);
        QVERIFY(!staf->has(kLetter, *id));
        kadis->sync();
        arsiparis->sync();
        QVERIFY(kadis->has(kLetter, *id));
        QVERIFY(arsiparis->has(kLetter, *id));
        // A device that never saw it and pulls from zero ends without it too.
        auto freshStaf = device(QStringLiteral("staf"));
        QVERIFY(!freshStaf->has(kLetter, *id));
        // Back to biasa: it returns.
        letter.insert(QStringLiteral("securityClass"), QStringLiteral("biasa"));
        LONTAR_VERIFY_OK(kabid->store().put(kLetter, *id, letter));
        kabid->sync();
        staf->sync();
        QVERIFY(staf->has(kLetter, *id));
    }

    void roleAndStateTransitionRulesHoldOnBothSides()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kadis = device(QStringLiteral("kadis")); // penandatangan
        QJsonObject letter{{QStringLiteral("perihal"), QStringLiteral("Surat edaran")},
                           {QStringLiteral("unitId"), unitId(QStringLiteral("DISKOMINFO.APTIKA"))},
                           {QStringLiteral("securityClass"), QStringLiteral("biasa")},
                           {QStringLiteral("status"), QStringLiteral("draf")}};
        auto id = staf->store().put(kLetter, {}, letter);
        LONTAR_VERIFY_OK(id);
        staf->sync();
        // staf may not make it final: refused on the device, and on the server for a client that tries.
        QJsonObject final = letter;
        final.insert(QStringLiteral("status"), QStringLiteral("final"));
        QCOMPARE(staf->store().put(kLetter, *id, final).error().code, Error::Code::Forbidden);
        const QJsonObject answer =
            staf->rawPush(QJsonArray{QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), kLetter},
                                                 {QStringLiteral("entityId"), *id},
                                                 {QStringLiteral("data"), final},
                                                 {QStringLiteral("baseVersion"), 1}}});
        QCOMPARE(answer.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("rejected")));
        // kadis (penandatangan, parent unit) finalises; nobody can take it back to draft.
        kadis->sync();
        LONTAR_VERIFY_OK(kadis->store().put(kLetter, *id, final));
        kadis->sync();
        QVERIFY(QJsonDocument::fromJson(
                    m_serverDb->scalar(QStringLiteral("SELECT data FROM srv_rows WHERE entity_id = ?"), {*id})
                        ->toString()
                        .toUtf8())
                    .object()
                    .value(QStringLiteral("status"))
                    .toString() == QStringLiteral("final"));
        QCOMPARE(kadis->store().put(kLetter, *id, letter).error().code, Error::Code::Forbidden);
        staf->sync();
        const QJsonObject back =
            staf->rawPush(QJsonArray{QJsonObject{{QStringLiteral("mutationId"), newUuid()},
                                                 {QStringLiteral("entity"), kLetter},
                                                 {QStringLiteral("entityId"), *id},
                                                 {QStringLiteral("data"), letter},
                                                 {QStringLiteral("baseVersion"), 2}}});
        QCOMPARE(
            back.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("rejected")));
    }

    void signingRegisterAndAuditLogTogether()
    {
        auto staf = device(QStringLiteral("staf"));
        auto actor = SyncClient::enrolledActor(staf->profile->database());
        LONTAR_VERIFY_OK(actor);
        esign::SigningHistory history(staf->profile->database(), staf->profile->audit(), *actor);
        esign::SigningRecord ok;
        ok.documentName = QStringLiteral("nota.pdf");
        ok.documentSha256 = sha("nota");
        ok.signedSha256 = sha("nota-ttd");
        ok.outcome = QStringLiteral("signed");
        auto okId = history.record(ok);
        LONTAR_VERIFY_OK(okId);
        esign::SigningRecord failed = ok;
        failed.outcome = QStringLiteral("failed");
        failed.signedSha256.clear();
        failed.error = QStringLiteral("Kata sandi kunci salah");
        LONTAR_VERIFY_OK(history.record(failed));
        auto entries = staf->profile->audit().entries(10);
        LONTAR_VERIFY_OK(entries);
        QStringList actions;
        for (const AuditEntry& e : *entries)
            actions.append(e.action);
        QVERIFY(actions.contains(QStringLiteral("esign.sign")));
        QVERIFY(actions.contains(QStringLiteral("esign.sign_failed")));
        QVERIFY(staf->profile->audit().verify().intact);
        auto mine = history.mine();
        LONTAR_VERIFY_OK(mine);
        QCOMPARE(std::count_if(mine->cbegin(), mine->cend(),
                               [](const esign::SigningRecord& r) {
                                   return r.documentName == QLatin1String("nota.pdf");
                               }),
                 2);
        QCOMPARE(history.mine()->at(0).signerName, QStringLiteral("Dewi Lestari, A.Md."));
    }

    void movingAUserTakesTheOldUnitsRowsOffTheirDevice()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kabid = device(QStringLiteral("kabid"));
        const QString aptika = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
        auto id = kabid->store().put(
            kLetter, {},
            QJsonObject{{QStringLiteral("perihal"), QStringLiteral("Data internal bidang")},
                        {QStringLiteral("unitId"), aptika},
                        {QStringLiteral("securityClass"), QStringLiteral("biasa")}});
        LONTAR_VERIFY_OK(id);
        kabid->sync();
        staf->sync();
        QVERIFY(staf->has(kLetter, *id));
        // The admin moves staf to BKAD on the server (the admin API does the same, then publishes).
        LONTAR_VERIFY_OK(
            m_serverDb->exec(QStringLiteral("UPDATE users SET unit_id = ? WHERE username = 'staf'"),
                             {unitId(QStringLiteral("BKAD"))}));
        LONTAR_VERIFY_OK(publishDirectory(*m_serverDb, QDateTime::currentMSecsSinceEpoch()));
        auto report = staf->client->syncOnce();
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->resets, 1);
        QVERIFY(!staf->has(kLetter, *id));
        // The directory on the device says where staf works now.
        QCOMPARE(IdentityStore(staf->profile->database()).userByUsername(QStringLiteral("staf"))->unitId,
                 unitId(QStringLiteral("BKAD")));
        LONTAR_VERIFY_OK(m_serverDb->exec(
            QStringLiteral("UPDATE users SET unit_id = ? WHERE username = 'staf'"), {aptika}));
        LONTAR_VERIFY_OK(publishDirectory(*m_serverDb, QDateTime::currentMSecsSinceEpoch()));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
