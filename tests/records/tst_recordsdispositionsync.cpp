#include "RecordsServerFixture.h"

#include "records/DispositionPolicy.h"
#include "records/Dispositions.h"
#include "records/Letters.h"

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// Dispositions through the real server on loopback with enrolled devices: kadis disposes a letter of
// DISKOMINFO to kabid, who passes it on to staf; each recipient receives it after a pull (with the
// letter's file, though the letter itself stays in its unit), reads it, and the sender's device sees the
// read time after its own sync; cancelling works while unread and is refused by the server once read.
// A rahasia letter's disposition never reaches a biasa recipient, even from a client that skips its own
// check; forged senders, roles and letters are refused by the server.
class TestRecordsDispositionSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        DispositionDesk desk() { return DispositionDesk(db(), profile->audit(), actor()); }
        Disposition get(const QString& id)
        {
            auto d = desk().disposition(id);
            if (!d)
                qFatal("disposition %s: %s", qPrintable(id), qPrintable(d.errorMessage()));
            return *d;
        }
        QJsonObject rawPush(const QString& id, const QJsonObject& data, qint64 baseVersion = 0)
        {
            return SyncedDevice::rawPush(kDispositionEntity, id, data, baseVersion);
        }
    };

    RecordsServer m_server;
    QString m_letterId; // biasa, with a PDF
    QString m_secretId; // rahasia
    QString m_letterSha;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    QString userId(const QString& username) { return m_server.userId(username); }
    QString unitOf(const QString& username) { return m_server.unitOf(username); }
    // Letters and dispositions have UUIDs of their own: the id alone names the row.
    QJsonObject serverRow(const QString& id)
    {
        auto q = m_server.db().exec(QStringLiteral("SELECT data FROM srv_rows WHERE entity_id = ?"), {id});
        if (!q || !q->next())
            return {};
        return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    }
    qint64 serverDispositions()
    {
        return m_server.count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                              {kDispositionEntity});
    }

    // A disposition row as a modified client could send it, skipping the device's own policy.
    QJsonObject forged(const QString& letterId, const QString& to, const QString& toUnit)
    {
        return QJsonObject{{QStringLiteral("letterId"), letterId},
                           {QStringLiteral("toUserId"), userId(to)},
                           {QStringLiteral("toUnitId"), toUnit},
                           {QStringLiteral("toName"), to},
                           {QStringLiteral("instructions"), QJsonArray{QStringLiteral("pelajari")}},
                           {QStringLiteral("securityClass"), QStringLiteral("biasa")}};
    }

    static QDate inDays(int n) { return QDate::currentDate().addDays(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());

        // tu registers two letters of DISKOMINFO (one with its PDF); the arsiparis makes the second rahasia.
        auto tu = device(QStringLiteral("tu"));
        LONTAR_VERIFY_OK(tu->reserveAgenda());
        const QString pdf = m_server.path(QStringLiteral("undangan.pdf"));
        QVERIFY(writeFile(pdf, makeLetterPdf(QStringLiteral("005/21/BAPPEDA/2026"),
                                             QStringLiteral("Undangan rapat koordinasi jaringan"),
                                             {QStringLiteral("Mohon hadir di ruang rapat Bappeda.")})));
        LetterRegister letters(tu->db(), tu->profile->audit(), tu->actor());
        const ImportOutcome o = LetterImporter(letters, tu->blobDir()).importFile(pdf, LetterDraft{});
        QVERIFY2(o.imported, qPrintable(o.reason));
        m_letterId = o.letter.id;
        m_letterSha = o.letter.fileSha256;
        LetterDraft secret;
        secret.perihal = QStringLiteral("Kunci persandian jaringan");
        auto s = letters.registerLetter(secret);
        LONTAR_VERIFY_OK(s);
        m_secretId = s->id;
        QCOMPARE(tu->sync().blobsUploaded, 1);
        auto arsiparis = device(QStringLiteral("arsiparis"));
        LONTAR_VERIFY_OK(LetterRegister(arsiparis->db(), arsiparis->profile->audit(), arsiparis->actor())
                             .reclassify(m_secretId, SecurityClass::Rahasia));
        arsiparis->sync();
        QCOMPARE(serverRow(m_secretId).value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("rahasia"));
    }

    void dispositionTravelsDownReadAndFollowedUp()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        auto staf = device(QStringLiteral("staf"));
        QCOMPARE(kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters WHERE id = ?"), {m_letterId}),
                 1);
        QCOMPARE(kabid->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters WHERE id = ?"), {m_letterId}),
                 0);
        auto before = kadis->desk().counts(kadis->actor().user.id);
        LONTAR_VERIFY_OK(before);
        QCOMPARE(before->lettersToDispose, 2); // both letters of DISKOMINFO (kadis is cleared for rahasia)
        auto sent = kadis->desk().dispose(m_letterId, {userId(QStringLiteral("kabid"))},
                                          {QStringLiteral("tindak_lanjuti"), QStringLiteral("hadiri")},
                                          QStringLiteral("Wakili saya di rapat"), inDays(3));
        LONTAR_VERIFY_OK(sent);
        QCOMPARE(sent->size(), 1);
        const QString toKabid = sent->first();
        kadis->sync();
        const QJsonObject stored = serverRow(toKabid);
        QCOMPARE(stored.value(QStringLiteral("fromUserId")).toString(), userId(QStringLiteral("kadis")));
        QCOMPARE(stored.value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Undangan rapat koordinasi jaringan"));
        QVERIFY(stored.value(QStringLiteral("createdAt")).toDouble() > 0);
        QCOMPARE(kadis->desk().counts(kadis->actor().user.id)->lettersToDispose, 1);

        // kabid receives it after a pull, with the letter's copy and its file, though not the letter row.
        kabid->sync();
        auto box = kabid->desk().inbox(kabid->actor().user.id);
        LONTAR_VERIFY_OK(box);
        QCOMPARE(box->received.size(), 1);
        QCOMPARE(box->counts.unreadDispositions, 1);
        QCOMPARE(box->counts.pendingDispositions, 1);
        const Disposition got = box->received.first();
        QCOMPARE(got.id, toKabid);
        QCOMPARE(got.fromName, QStringLiteral("Ir. Siti Aminah, M.T."));
        QCOMPARE(got.agenda, serverRow(m_letterId).value(QStringLiteral("agenda")).toString());
        QCOMPARE(got.instructions, (QStringList{QStringLiteral("tindak_lanjuti"), QStringLiteral("hadiri")}));
        QCOMPARE(kabid->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters WHERE id = ?"), {m_letterId}),
                 0);
        LONTAR_VERIFY_OK(
            kabid->client->downloadBlob(m_letterSha, kabid->profile->directory() + QStringLiteral("/s.pdf")));
        // staf (beneath, but not a recipient yet) sees nothing of it, nor the file.
        staf->sync();
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions")), 0);
        QVERIFY(
            !staf->client->downloadBlob(m_letterSha, staf->profile->directory() + QStringLiteral("/s.pdf"))
                 .ok());

        // kabid opens it; kadis's device sees the read time after its sync; now cancelling is refused.
        LONTAR_VERIFY_OK(kabid->desk().markRead(toKabid));
        kabid->sync();
        const qint64 readAt = qint64(serverRow(toKabid).value(QStringLiteral("readAt")).toDouble());
        QVERIFY(readAt > 0);
        kadis->sync();
        QCOMPARE(kadis->get(toKabid).readAt, readAt);
        const Status cancel = kadis->desk().cancel(toKabid);
        QVERIFY(!cancel.ok());
        QVERIFY2(cancel.errorMessage().contains(QStringLiteral("sudah dibaca")),
                 qPrintable(cancel.errorMessage()));

        // kabid passes it on to staf (a child of kadis's disposition); staf gets the file through it.
        auto on = kabid->desk().dispose(m_letterId, {userId(QStringLiteral("staf"))},
                                        {QStringLiteral("siapkan_jawaban")}, QString(), QDate());
        LONTAR_VERIFY_OK(on);
        kabid->sync();
        QCOMPARE(serverRow(on->first()).value(QStringLiteral("parentId")).toString(), toKabid);
        staf->sync();
        LONTAR_VERIFY_OK(
            staf->client->downloadBlob(m_letterSha, staf->profile->directory() + QStringLiteral("/s.pdf")));
        LONTAR_VERIFY_OK(
            staf->desk().addFollowUp(on->first(), QStringLiteral("Draf jawaban sudah disiapkan")));
        LONTAR_VERIFY_OK(staf->desk().markDone(on->first()));
        staf->sync();
        const QJsonObject finished = serverRow(on->first());
        QVERIFY(finished.value(QStringLiteral("done")).toBool());
        const QJsonObject note = finished.value(QStringLiteral("followUps")).toArray().first().toObject();
        QCOMPARE(note.value(QStringLiteral("by")).toString(), userId(QStringLiteral("staf")));
        QVERIFY(note.value(QStringLiteral("at")).toDouble() >= double(readAt)); // the server's clock

        // kadis (above both) sees the whole chain as a tree.
        kadis->sync();
        auto chain = kadis->desk().dispositionsOf(m_letterId);
        LONTAR_VERIFY_OK(chain);
        QCOMPARE(chain->size(), 1);
        QCOMPARE(chain->first().disposition.id, toKabid);
        QCOMPARE(chain->first().children.size(), 1);
        QVERIFY(chain->first().children.first().disposition.done);
        QCOMPARE(chain->first().children.first().disposition.followUps.first().text,
                 QStringLiteral("Draf jawaban sudah disiapkan"));

        // The server's audit log holds each step, by whom.
        AuditLog serverAudit(m_server.db());
        QVERIFY(serverAudit.verify().intact);
        QStringList steps;
        for (const AuditEntry& e : *serverAudit.entries(500)) {
            if (e.entity == kDispositionEntity)
                steps.prepend(e.action.mid(20) + QLatin1Char('/') + e.actor);
        }
        QVERIFY2(steps.contains(QStringLiteral("created/kadis")), qPrintable(steps.join(u' ')));
        QVERIFY2(steps.contains(QStringLiteral("read/kabid")), qPrintable(steps.join(u' ')));
        QVERIFY2(steps.contains(QStringLiteral("created/kabid")), qPrintable(steps.join(u' ')));
        QVERIFY2(steps.contains(QStringLiteral("done/staf")), qPrintable(steps.join(u' ')));
    }

    void cancelOnlyWhileUnread()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto admin = device(QStringLiteral("admin"));
        // Cancelled while unread: the recipient's device shows it cancelled and takes no step on it.
        auto first = kadis->desk().dispose(m_letterId, {userId(QStringLiteral("admin"))},
                                           {QStringLiteral("untuk_diketahui")}, QString(), QDate());
        LONTAR_VERIFY_OK(first);
        kadis->sync();
        LONTAR_VERIFY_OK(kadis->desk().cancel(first->first()));
        kadis->sync();
        QVERIFY(serverRow(first->first()).value(QStringLiteral("cancelled")).toBool());
        QVERIFY(serverRow(first->first()).value(QStringLiteral("cancelledAt")).toDouble() > 0);
        admin->sync();
        const Disposition cancelled = admin->get(first->first());
        QVERIFY(cancelled.cancelled);
        QCOMPARE(admin->desk().counts(admin->actor().user.id)->unreadDispositions, 0);
        LONTAR_VERIFY_OK(admin->desk().markRead(first->first())); // nothing to do
        QCOMPARE(admin->get(first->first()).readAt, 0);
        QVERIFY(!admin->desk().addFollowUp(first->first(), QStringLiteral("Terlambat")).ok());

        // Read on the recipient's device before the sender's cancel reaches the server: the server
        // refuses the cancel (pushed with the current version, as a client that skipped its check would).
        auto second = kadis->desk().dispose(m_letterId, {userId(QStringLiteral("admin"))},
                                            {QStringLiteral("untuk_diketahui")}, QString(), QDate());
        LONTAR_VERIFY_OK(second);
        const QString id = second->first();
        kadis->sync();
        admin->sync();
        LONTAR_VERIFY_OK(admin->desk().markRead(id));
        admin->sync();
        QJsonObject cancel = serverRow(id);
        cancel.insert(QStringLiteral("cancelled"), true);
        const qint64 version =
            m_server.count(QStringLiteral("SELECT version FROM srv_rows WHERE entity_id = ?"), {id});
        expectRejected(kadis->rawPush(id, cancel, version), QStringLiteral("sudah dibaca"));
        QVERIFY(!serverRow(id).value(QStringLiteral("cancelled")).toBool());
        // Nor may the recipient cancel, or anyone else touch it.
        expectRejected(admin->rawPush(id, cancel, version), QStringLiteral("Hanya pengirim"));
        auto tu = device(QStringLiteral("tu"));
        QJsonObject other = serverRow(id);
        other.insert(QStringLiteral("done"), true);
        expectRejected(tu->rawPush(id, other, version), QString());
        QVERIFY(!serverRow(id).value(QStringLiteral("done")).toBool());
    }

    void rahasiaNeverReachesABiasaRecipient()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto staf = device(QStringLiteral("staf"));
        QCOMPARE(kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters WHERE id = ?"), {m_secretId}),
                 1);
        const qint64 outbox = kadis->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        // The device refuses first, queuing nothing.
        auto refused = kadis->desk().dispose(m_secretId, {userId(QStringLiteral("staf"))},
                                             {QStringLiteral("pelajari")}, QString(), QDate());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("izin akses")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(kadis->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        // A client skipping its check, claiming the letter is biasa: the server refuses.
        const qint64 rows = serverDispositions();
        expectRejected(kadis->rawPush(newUuid(), forged(m_secretId, QStringLiteral("staf"),
                                                        unitOf(QStringLiteral("staf")))),
                       QStringLiteral("izin akses"));
        expectRejected(kadis->rawPush(newUuid(), forged(m_secretId, QStringLiteral("kabid"),
                                                        unitOf(QStringLiteral("kabid")))),
                       QStringLiteral("izin akses"));
        QCOMPARE(serverDispositions(), rows);
        staf->sync();
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_dispositions WHERE letter_id = ?"),
                             {m_secretId}),
                 0);
        // Nor to admin (biasa as well), who sits in kadis's own unit.
        QVERIFY(!kadis->desk()
                     .dispose(m_secretId, {userId(QStringLiteral("admin"))}, {QStringLiteral("pelajari")},
                              QString(), QDate())
                     .ok());
    }

    void serverRefusesForgedDispositions()
    {
        auto kadis = device(QStringLiteral("kadis"));
        auto kabid = device(QStringLiteral("kabid"));
        auto staf = device(QStringLiteral("staf"));
        auto tu = device(QStringLiteral("tu"));
        const qint64 rows = serverDispositions();
        // Not an atasan.
        expectRejected(
            staf->rawPush(newUuid(), forged(m_letterId, QStringLiteral("tu"), unitOf(QStringLiteral("tu")))),
            QStringLiteral("Hanya atasan"));
        expectRejected(tu->rawPush(newUuid(), forged(m_letterId, QStringLiteral("staf"),
                                                     unitOf(QStringLiteral("staf")))),
                       QStringLiteral("Hanya atasan"));
        // In someone else's name.
        QJsonObject name = forged(m_letterId, QStringLiteral("staf"), unitOf(QStringLiteral("staf")));
        name.insert(QStringLiteral("fromUserId"), userId(QStringLiteral("kadis")));
        expectRejected(kabid->rawPush(newUuid(), name), QStringLiteral("atas nama Anda sendiri"));
        // A letter of a unit above without a disposition addressed to the sender.
        expectRejected(kabid->rawPush(newUuid(), forged(m_letterId, QStringLiteral("staf"),
                                                        unitOf(QStringLiteral("staf")))),
                       QStringLiteral("naskah unit Anda"));
        // A recipient above the sender, claimed to be beneath.
        expectRejected(kadis->rawPush(newUuid(), forged(m_letterId, QStringLiteral("sekda"),
                                                        unitOf(QStringLiteral("kabid")))),
                       QStringLiteral("unit Anda atau unit di bawahnya"));
        // To oneself.
        expectRejected(kadis->rawPush(newUuid(), forged(m_letterId, QStringLiteral("kadis"),
                                                        unitOf(QStringLiteral("kadis")))),
                       QStringLiteral("diri sendiri"));
        // A due date in the past by the server's date.
        QJsonObject late = forged(m_letterId, QStringLiteral("staf"), unitOf(QStringLiteral("staf")));
        late.insert(QStringLiteral("dueDate"), inDays(-2).toString(Qt::ISODate));
        expectRejected(kadis->rawPush(newUuid(), late), QStringLiteral("sebelum hari ini"));
        // Never deleted.
        QCOMPARE(serverDispositions(), rows);
        // A forged copy is replaced by the letter's own values.
        QJsonObject copy = forged(m_letterId, QStringLiteral("staf"), unitOf(QStringLiteral("staf")));
        copy.insert(QStringLiteral("perihal"), QStringLiteral("Perihal palsu"));
        copy.insert(QStringLiteral("fileSha256"), QString(64, QLatin1Char('e')));
        const QString id = newUuid();
        QCOMPARE(kadis->rawPush(id, copy).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(serverRow(id).value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Undangan rapat koordinasi jaringan"));
        QCOMPARE(serverRow(id).value(QStringLiteral("fileSha256")).toString(), m_letterSha);
    }
};

QTEST_GUILESS_MAIN(TestRecordsDispositionSync)
#include "tst_recordsdispositionsync.moc"
