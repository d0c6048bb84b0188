#include "RecordsServerFixture.h"

#include "core/Uuid.h"
#include "records/DispositionPolicy.h"
#include "records/Dispositions.h"
#include "records/Letters.h"
#include "server/Directory.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// A letter's dispositions follow the letter (EntitySpec::follows) through the real server on loopback:
// tu (pencatat of DISKOMINFO, cleared for rahasia in this test) registers a biasa letter with its PDF;
// kadis disposes it to kabid (clearance terbatas), who passes it on to staf (biasa). Raised to terbatas,
// the letter's disposition leaves staf's device; raised to rahasia, kabid's too — with no trace of the
// perihal in the projections or the synced rows, and the PDF closed — while kadis (rahasia) keeps the
// letter and both dispositions with the new class.
class TestRecordsReclassifySync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        DispositionDesk desk() { return DispositionDesk(db(), profile->audit(), actor()); }
        LetterRegister letters() { return LetterRegister(db(), profile->audit(), actor()); }
        // Tables of the records projection and the sync engine's own rows, outbox and conflicts holding
        // `text` anywhere.
        QStringList tablesHolding(const QString& text)
        {
            QStringList tables;
            auto q = db().exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                              "(name LIKE 'rec\\_%' ESCAPE '\\' OR name LIKE 'sync\\_%' "
                                              "ESCAPE '\\')"));
            while (q && q->next())
                tables.append(q->value(0).toString());
            QStringList found;
            for (const QString& t : std::as_const(tables)) {
                auto rows = db().exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
                while (rows && rows->next()) {
                    bool hit = false;
                    for (int c = 0; c < rows->record().count() && !hit; ++c)
                        hit = rows->value(c).toString().contains(text, Qt::CaseInsensitive);
                    if (hit) {
                        found.append(t);
                        break;
                    }
                }
            }
            return found;
        }
    };

    RecordsServer m_server;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    QString userId(const QString& username) { return m_server.userId(username); }

    struct ServerRow
    {
        QJsonObject data;
        QString ownerId;
        int level = -1;
    };
    ServerRow serverRow(const QString& id)
    {
        auto q = m_server.db().exec(
            QStringLiteral("SELECT data, owner_id, sec_level FROM srv_rows WHERE entity_id = ?"), {id});
        if (!q || !q->next())
            return {};
        return {QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(), q->value(1).toString(),
                q->value(2).toInt()};
    }

    static void reclassify(Device& tu, const QString& letterId, SecurityClass to)
    {
        LONTAR_VERIFY_OK(tu.letters().reclassify(letterId, to));
        QCOMPARE(tu.sync().rejected, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // This dinas's pencatat handles rahasia mail too (the demo's tu is cleared for biasa only).
        LONTAR_VERIFY_OK(
            m_server.db().exec(QStringLiteral("UPDATE users SET clearance = 2 WHERE username = 'tu'")));
        LONTAR_VERIFY_OK(publishDirectory(m_server.db(), QDateTime::currentMSecsSinceEpoch()));
    }

    void raisedLetterTakesItsDispositionsAlong()
    {
        const QString perihal = QStringLiteral("Rencana relokasi pusat data Kecamatan Pesisir");
        auto tu = device(QStringLiteral("tu"));
        QCOMPARE(tu->actor().clearance, 2);
        LONTAR_VERIFY_OK(tu->letters().reserveAgenda());
        tu->sync();
        const QString pdf = m_server.path(QStringLiteral("relokasi.pdf"));
        QVERIFY(writeFile(pdf, makeLetterPdf(QStringLiteral("005/77/BAPPEDA/2026"), perihal,
                                             {QStringLiteral("Mohon tanggapan atas rencana relokasi.")})));
        LetterRegister letters = tu->letters();
        const ImportOutcome o = LetterImporter(letters, tu->blobDir()).importFile(pdf, LetterDraft{});
        QVERIFY2(o.imported, qPrintable(o.reason));
        const QString letterId = o.letter.id;
        const QString sha = o.letter.fileSha256;
        QCOMPARE(o.letter.perihal, perihal);
        QCOMPARE(tu->sync().blobsUploaded, 1);

        // kadis → kabid (terbatas) → staf (biasa), while the letter is biasa.
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        auto staf = device(QStringLiteral("staf"));
        auto toKabid = kadis->desk().dispose(letterId, {userId(QStringLiteral("kabid"))},
                                             {QStringLiteral("tindak_lanjuti")}, QString(), QDate());
        LONTAR_VERIFY_OK(toKabid);
        kadis->sync();
        kabid->sync();
        auto toStaf = kabid->desk().dispose(letterId, {userId(QStringLiteral("staf"))},
                                            {QStringLiteral("siapkan_jawaban")}, QString(), QDate());
        LONTAR_VERIFY_OK(toStaf);
        kabid->sync();
        staf->sync();
        QCOMPARE(
            staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions WHERE perihal = ?"), {perihal}),
            1);
        LONTAR_VERIFY_OK(
            kabid->client->downloadBlob(sha, kabid->profile->directory() + QStringLiteral("/surat.pdf")));

        // Terbatas: staf's disposition leaves staf's device; kabid keeps his with the new class.
        reclassify(*tu, letterId, SecurityClass::Terbatas);
        QCOMPARE(serverRow(toStaf->first()).level, 1);
        QCOMPARE(serverRow(toStaf->first()).ownerId, QString());
        QCOMPARE(serverRow(toKabid->first()).ownerId, userId(QStringLiteral("kabid")));
        QVERIFY(staf->sync().removed >= 1);
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions")), 0);
        QCOMPARE(staf->tablesHolding(perihal), QStringList());
        kabid->sync();
        QCOMPARE(kabid->count(QStringLiteral("SELECT security_level FROM rec_dispositions WHERE id = ?"),
                              {toKabid->first()}),
                 1);

        // Rahasia: kabid's disposition and the one he sent leave his device, the PDF closes to him.
        reclassify(*tu, letterId, SecurityClass::Rahasia);
        const ServerRow kabidRow = serverRow(toKabid->first());
        QCOMPARE(kabidRow.level, 2);
        QCOMPARE(kabidRow.ownerId, QString());
        QCOMPARE(kabidRow.data.value(QStringLiteral("securityClass")).toString(), QStringLiteral("rahasia"));
        QVERIFY(kabid->sync().removed >= 1);
        QCOMPARE(kabid->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions")), 0);
        QCOMPARE(kabid->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), 0);
        QCOMPARE(kabid->tablesHolding(perihal), QStringList());
        QVERIFY(!kabid->client->downloadBlob(sha, kabid->profile->directory() + QStringLiteral("/lagi.pdf"))
                     .ok());
        // Nothing of it is left on his device to act on.
        QVERIFY(!kabid->desk().markRead(toKabid->first()).ok());
        staf->sync();
        QCOMPARE(staf->tablesHolding(perihal), QStringList());
        // A fresh device of kabid's starting from zero ends without it as well.
        auto kabidAgain = device(QStringLiteral("kabid"));
        QCOMPARE(kabidAgain->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions")), 0);
        QCOMPARE(kabidAgain->tablesHolding(perihal), QStringList());

        // kadis, cleared for rahasia and atasan above both, still sees the letter and both dispositions.
        kadis->sync();
        QCOMPARE(
            kadis->count(QStringLiteral("SELECT security_level FROM rec_letters WHERE id = ?"), {letterId}),
            2);
        QCOMPARE(kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions WHERE letter_id = ? AND "
                                             "security_level = 2 AND perihal = ?"),
                              {letterId, perihal}),
                 2);
        auto held = kadis->desk().disposition(toKabid->first());
        LONTAR_VERIFY_OK(held);
        QCOMPARE(held->securityClass, SecurityClass::Rahasia);
        LONTAR_VERIFY_OK(
            kadis->client->downloadBlob(sha, kadis->profile->directory() + QStringLiteral("/surat.pdf")));

        // Each rewrite is in the server's hash-chained audit log, by whom it was caused.
        AuditLog serverAudit(m_server.db());
        QVERIFY(serverAudit.verify().intact);
        int refollowed = 0;
        for (const AuditEntry& e : *serverAudit.entries(500)) {
            if (e.action == QLatin1String("sync.row.refollowed") && e.entity == kDispositionEntity) {
                QCOMPARE(e.actor, QStringLiteral("tu"));
                ++refollowed;
            }
        }
        QVERIFY2(refollowed >= 3, qPrintable(QString::number(refollowed)));
        // The server wrote each follower change itself, in the change log like any other version.
        QVERIFY(
            m_server.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM srv_changes WHERE entity = ? AND device_id = "
                                       "'server'"),
                        {kDispositionEntity})
                ->toLongLong() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestRecordsReclassifySync)
#include "tst_recordsreclassifysync.moc"
