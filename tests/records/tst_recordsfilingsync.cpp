#include "RecordsServerFixture.h"

#include "records/Disposal.h"
#include "records/Filing.h"
#include "records/FilingPolicies.h"
#include "records/Instruments.h"
#include "records/Letters.h"
#include "records/RecordsCli.h"

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// Filing through the real server on loopback: what a modified client could push is refused by the
// server's policies — content changes to a declared record, undeclaring it, a disposal list naming a held
// or not-yet-due berkas, executing a disposal while a berkas is held, a berkas marked destroyed without
// an executed disposal — while the honest workflow (pencatat files, arsiparis proposes, kadis approves,
// arsiparis executes) goes through, every step in the server's hash-chained audit log.
class TestRecordsFilingSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        FilingRegister filing() { return FilingRegister(db(), profile->audit(), actor()); }
        DisposalRegister disposal() { return DisposalRegister(db(), profile->audit(), actor()); }
    };

    RecordsServer m_server;
    // The forgers are the same users on other devices: a modified client's pushes carry sequence numbers
    // of their own, which must not shadow the honest devices' outboxes.
    std::unique_ptr<Device> m_tu, m_arsiparis, m_kadis, m_tuForger, m_arsForger;
    QString m_letter, m_file;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    QJsonObject serverRow(const QString& entity, const QString& id) { return m_server.row(entity, id); }
    qint64 serverVersion(const QString& entity, const QString& id) { return m_server.version(entity, id); }

    QString openFile(Device& d, const QString& code, const QString& title, QDate opened, QDate closed)
    {
        auto f = d.filing().openFile(FileDraft{{}, code, title, opened, {}});
        if (!f)
            qFatal("open: %s", qPrintable(f.errorMessage()));
        if (closed.isValid()) {
            if (Status s = d.filing().closeFile(f->id, closed); !s)
                qFatal("close: %s", qPrintable(s.errorMessage()));
        }
        return f->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        LONTAR_VERIFY_OK(seedDemoInstruments(m_server.db()));
        m_tu = device(QStringLiteral("tu"));
        m_arsiparis = device(QStringLiteral("arsiparis"));
        m_kadis = device(QStringLiteral("kadis"));
        m_tuForger = device(QStringLiteral("tu"));
        m_arsForger = device(QStringLiteral("arsiparis"));
    }

    void declaredRecordRefusesContentChanges()
    {
        Device& tu = *m_tu;
        LONTAR_VERIFY_OK(tu.reserveAgenda({}, QDate(2019, 4, 2))); // the agenda book of the year received
        m_file = openFile(tu, QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2}, {});
        LetterDraft draft;
        draft.classification = QStringLiteral("000.1.2");
        draft.perihal = QStringLiteral("Laporan perjalanan dinas ke provinsi");
        draft.receivedDate = QDate(2019, 4, 2);
        auto letter = LetterRegister(tu.db(), tu.profile->audit(), tu.actor()).registerLetter(draft);
        LONTAR_VERIFY_OK(letter);
        m_letter = letter->id;
        LONTAR_VERIFY_OK(tu.filing().fileLetter(m_letter, m_file));
        LONTAR_VERIFY_OK(tu.filing().declareLetter(m_letter));
        LONTAR_VERIFY_OK(tu.filing().closeFile(m_file, QDate(2019, 12, 20)));
        const SyncReport r = tu.sync();
        QCOMPARE(r.rejected, 0);
        const QJsonObject stored = serverRow(kLetterEntity, m_letter);
        QVERIFY(stored.value(QStringLiteral("declared")).toBool());
        QCOMPARE(stored.value(QStringLiteral("fileId")).toString(), m_file);
        QVERIFY(stored.value(QStringLiteral("declaredAt")).toDouble() > 0); // the server's clock
        QCOMPARE(serverRow(kFileEntity, m_file).value(QStringLiteral("closedOn")).toString(),
                 QStringLiteral("2019-12-20"));

        // A modified client: content changes, undeclaring, forged stamps, moving out of the closed berkas.
        QJsonObject forged = stored;
        forged.insert(QStringLiteral("perihal"), QStringLiteral("Perihal dipalsukan"));
        expectRejected(
            m_tuForger->rawPush(kLetterEntity, m_letter, forged, serverVersion(kLetterEntity, m_letter)),
            QStringLiteral("dinyatakan"));
        forged = stored;
        forged.insert(QStringLiteral("classification"), QStringLiteral("000.1"));
        expectRejected(
            m_tuForger->rawPush(kLetterEntity, m_letter, forged, serverVersion(kLetterEntity, m_letter)),
            QStringLiteral("dinyatakan"));
        forged = stored;
        forged.insert(QStringLiteral("declared"), false);
        expectRejected(
            m_tuForger->rawPush(kLetterEntity, m_letter, forged, serverVersion(kLetterEntity, m_letter)),
            QStringLiteral("dibatalkan"));
        forged = stored;
        forged.insert(QStringLiteral("securityClass"), QStringLiteral("biasa"));
        forged.remove(QStringLiteral("fileId"));
        forged.insert(QStringLiteral("status"), QStringLiteral("tercatat"));
        expectRejected(
            m_tuForger->rawPush(kLetterEntity, m_letter, forged, serverVersion(kLetterEntity, m_letter)),
            QStringLiteral("ditutup"));
        QCOMPARE(serverRow(kLetterEntity, m_letter).value(QStringLiteral("perihal")).toString(),
                 QStringLiteral("Laporan perjalanan dinas ke provinsi"));

        // The arsiparis may change the security class of the declared record; the server logs old -> new.
        Device& ars = *m_arsiparis;
        ars.sync();
        LONTAR_VERIFY_OK(LetterRegister(ars.db(), ars.profile->audit(), ars.actor())
                             .reclassify(m_letter, SecurityClass::Terbatas));
        QCOMPARE(ars.sync().rejected, 0);
        QCOMPARE(serverRow(kLetterEntity, m_letter).value(QStringLiteral("securityClass")).toString(),
                 QStringLiteral("terbatas"));
        AuditLog serverAudit(m_server.db());
        QVERIFY(serverAudit.verify().intact);
        QStringList actions;
        for (const AuditEntry& e : *serverAudit.entries(500)) {
            if (e.entityId == m_letter)
                actions.append(e.action + QLatin1Char('/') + e.actor);
        }
        QVERIFY2(actions.contains(QStringLiteral("records.letter.declared_changed/arsiparis")),
                 qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("records.letter.declared/tu")),
                 qPrintable(actions.join(u',')));
    }

    void holdsBlockDisposalOnTheServer()
    {
        Device& ars = *m_arsiparis;
        Device& kadis = *m_kadis;
        Device& tu = *m_tu;
        // A second berkas, not due (closed now): a forged list naming it is refused by the server's date.
        const QString fresh = openFile(tu, QStringLiteral("000.1.2"), QStringLiteral("SPPD kini"),
                                       QDate::currentDate().addDays(-1), QDate::currentDate());
        const SyncReport pushed = tu.sync();
        QCOMPARE(pushed.rejected + pushed.conflicts, 0);
        QCOMPARE(serverRow(kFileEntity, fresh).value(QStringLiteral("closedOn")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        ars.sync();
        LONTAR_VERIFY_OK(ars.filing().hold(m_file, QStringLiteral("Pemeriksaan inspektorat")));
        QCOMPARE(ars.sync().rejected, 0);
        QVERIFY(serverRow(kFileEntity, m_file).contains(QStringLiteral("hold")));
        const QString unit = tu.actor().user.unitId;
        const auto list = [&](const QStringList& ids) {
            return QJsonObject{{QStringLiteral("fileUnitId"), unit},
                               {QStringLiteral("fileIds"), QJsonArray::fromStringList(ids)},
                               {QStringLiteral("status"), QStringLiteral("diusulkan")}};
        };
        expectRejected(m_arsForger->rawPush(kDisposalEntity, newUuid(), list({m_file}), 0),
                       QStringLiteral("ditahan"));
        expectRejected(m_arsForger->rawPush(kDisposalEntity, newUuid(), list({fresh}), 0),
                       QStringLiteral("belum waktunya"));
        // Marking the held berkas destroyed directly is refused too.
        QJsonObject file = serverRow(kFileEntity, m_file);
        file.insert(QStringLiteral("status"), QStringLiteral("musnah"));
        expectRejected(m_arsForger->rawPush(kFileEntity, m_file, file, serverVersion(kFileEntity, m_file)),
                       QStringLiteral("ditahan"));
        // Someone who is not an arsiparis cannot hold or release.
        tu.sync();
        QJsonObject released = serverRow(kFileEntity, m_file);
        released.remove(QStringLiteral("hold"));
        released.insert(QStringLiteral("lastRelease"),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}});
        expectRejected(m_tuForger->rawPush(kFileEntity, m_file, released, serverVersion(kFileEntity, m_file)),
                       QStringLiteral("arsiparis"));

        // Released, proposed, approved by the head of DISKOMINFO.
        LONTAR_VERIFY_OK(ars.filing().release(m_file, QStringLiteral("Pemeriksaan selesai")));
        auto proposal = ars.disposal().propose({m_file}, QStringLiteral("Penyusutan"));
        LONTAR_VERIFY_OK(proposal);
        QCOMPARE(ars.sync().rejected, 0);
        QCOMPARE(serverRow(kFileEntity, m_file).value(QStringLiteral("status")).toString(),
                 QStringLiteral("usul_musnah"));
        const QString id = proposal->id;
        kadis.sync();
        // The proposer cannot approve their own list (forged by the arsiparis's device).
        QJsonObject approve = serverRow(kDisposalEntity, id);
        approve.insert(QStringLiteral("status"), QStringLiteral("disetujui"));
        expectRejected(m_arsForger->rawPush(kDisposalEntity, id, approve, serverVersion(kDisposalEntity, id)),
                       QStringLiteral("pimpinan"));
        LONTAR_VERIFY_OK(kadis.disposal().approve(id, QStringLiteral("Setuju dimusnahkan")));
        QCOMPARE(kadis.sync().rejected, 0);
        QCOMPARE(serverRow(kDisposalEntity, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("disetujui"));

        // A hold placed after the approval: executing is refused by the server.
        ars.sync();
        LONTAR_VERIFY_OK(ars.filing().hold(m_file, QStringLiteral("Gugatan perdata")));
        QCOMPARE(ars.sync().rejected, 0);
        QJsonObject execute = serverRow(kDisposalEntity, id);
        execute.insert(QStringLiteral("status"), QStringLiteral("dilaksanakan"));
        execute.insert(QStringLiteral("place"), QStringLiteral("Gudang"));
        expectRejected(m_arsForger->rawPush(kDisposalEntity, id, execute, serverVersion(kDisposalEntity, id)),
                       QStringLiteral("ditahan"));
        QCOMPARE(serverRow(kDisposalEntity, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("disetujui"));

        // Released again: executed through the honest client; the letter keeps its entry without its file.
        LONTAR_VERIFY_OK(ars.filing().release(m_file, QStringLiteral("Gugatan dicabut")));
        LONTAR_VERIFY_OK(ars.disposal().execute(id, QStringLiteral("Gudang arsip DISKOMINFO")));
        const SyncReport done = ars.sync();
        QCOMPARE(done.rejected, 0);
        QCOMPARE(serverRow(kDisposalEntity, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("dilaksanakan"));
        QCOMPARE(serverRow(kFileEntity, m_file).value(QStringLiteral("status")).toString(),
                 QStringLiteral("musnah"));
        const QJsonObject letter = serverRow(kLetterEntity, m_letter);
        QCOMPARE(letter.value(QStringLiteral("status")).toString(), QStringLiteral("musnah"));
        QVERIFY(letter.value(QStringLiteral("declared")).toBool());
        // The whole way in the server's audit log, by whom.
        AuditLog serverAudit(m_server.db());
        QVERIFY(serverAudit.verify().intact);
        QStringList steps;
        for (const AuditEntry& e : *serverAudit.entries(500)) {
            if (e.entityId == id || e.entityId == m_file)
                steps.prepend(e.action + QLatin1Char('/') + e.actor);
        }
        for (const char* step : {"records.file.created/tu", "records.file.closed/tu",
                                 "records.file.hold/arsiparis", "records.file.release/arsiparis",
                                 "records.disposal.diusulkan/arsiparis", "records.disposal.disetujui/kadis",
                                 "records.disposal.dilaksanakan/arsiparis", "records.file.status/arsiparis"})
            QVERIFY2(steps.contains(QLatin1String(step)),
                     qPrintable(QLatin1String(step) + QStringLiteral(": ") + steps.join(u',')));
        // Destroyed is final on the server too.
        tu.sync();
        QJsonObject back = serverRow(kFileEntity, m_file);
        back.insert(QStringLiteral("status"), QStringLiteral("inaktif"));
        expectRejected(m_arsForger->rawPush(kFileEntity, m_file, back, serverVersion(kFileEntity, m_file)),
                       QStringLiteral("Musnah"));
    }
};

QTEST_GUILESS_MAIN(TestRecordsFilingSync)
#include "tst_recordsfilingsync.moc"
