#include "RecordsServerFixture.h"

#include "records/Instruments.h"
#include "records/NumberBlocks.h"
#include "records/RecordsCli.h"

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

    struct Device : SyncedDevice
    {
        LetterRegister letters() { return LetterRegister(db(), profile->audit(), actor()); }
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
        QJsonObject rawPush(const QString& id, const QJsonObject& data, qint64 baseVersion = 0)
        {
            return SyncedDevice::rawPush(kLetterEntity, id, data, baseVersion);
        }
    };

    RecordsServer m_server;
    QString m_letterId;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    QString unitId(const QString& code) { return m_server.unitId(code); }
    QJsonObject serverRow(const QString& id) { return m_server.row(kLetterEntity, id); }

    // The letter with an agenda number taken on the device (block, number, year, received today).
    static QJsonObject numbered(QJsonObject data, const LetterNumber& n)
    {
        data.insert(QStringLiteral("agendaSeq"), n.seq);
        data.insert(QStringLiteral("agendaYear"), n.year);
        data.insert(QStringLiteral("agenda"), formatAgenda(n.seq, n.year));
        data.insert(QStringLiteral("agendaBlockId"), n.blockId);
        data.insert(QStringLiteral("receivedDate"), QDate::currentDate().toString(Qt::ISODate));
        return data;
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        LONTAR_VERIFY_OK(seedDemoInstruments(m_server.db()));
        LONTAR_VERIFY_OK(seedDemoInstruments(m_server.db())); // a second seed changes nothing
    }

    void instrumentsReachEveryDevice()
    {
        auto staf = device(QStringLiteral("staf"));
        const qint64 codes = m_server.count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                                            {kClassificationEntity});
        QVERIFY(codes >= 50);
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_classifications")), codes);
        auto rule = Instruments(staf->db()).retentionFor(QStringLiteral("900.1.1.5"));
        QVERIFY(rule.ok() && rule->has_value());
        QCOMPARE((*rule)->disposition, FinalDisposition::Permanen);
    }

    void letterReachesItsUnitTreeAndTheArsiparis()
    {
        auto tu = device(QStringLiteral("tu"));
        LONTAR_VERIFY_OK(tu->reserveAgenda());
        const QString pdf = m_server.path(QStringLiteral("undangan.pdf"));
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
        // A forged letter that should reach the later checks carries a real agenda number of this device,
        // its use sent honestly first (the server checks the agenda number before the clearance).
        LONTAR_VERIFY_OK(tu->reserveAgenda());
        const QString secretId = newUuid();
        const QString id = newUuid();
        NumberBlocks agendaBook(tu->db(), tu->profile->audit(), tu->actor(), kBookAgenda);
        const int year = QDate::currentDate().year();
        auto secretNumber = agendaBook.take(diskominfo, year, secretId);
        LONTAR_VERIFY_OK(secretNumber);
        auto goodNumber = agendaBook.take(diskominfo, year, id);
        LONTAR_VERIFY_OK(goodNumber);
        QCOMPARE(tu->sync().rejected, 0);
        // Above the writer's clearance.
        expectRejected(tu->rawPush(secretId, numbered(letterData(diskominfo, 900, QStringLiteral("rahasia")),
                                                      *secretNumber)),
                       QStringLiteral("izin akses"));
        // In another OPD.
        expectRejected(tu->rawPush(newUuid(), letterData(unitId(QStringLiteral("SETDA")), 901)),
                       QStringLiteral("unit"));
        // In someone else's name.
        QJsonObject other = letterData(diskominfo, 902);
        other.insert(QStringLiteral("registeredBy"), m_server.userId(QStringLiteral("kadis")));
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
        QJsonObject good = numbered(letterData(diskominfo, 906), *goodNumber);
        good.insert(QStringLiteral("registeredAt"), 1.0);
        const QJsonObject accepted = tu->rawPush(id, good);
        QCOMPARE(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(serverRow(id).value(QStringLiteral("registeredAt")).toDouble() > 1000);
        QJsonObject changed = serverRow(id);
        changed.insert(QStringLiteral("agendaSeq"), goodNumber->seq + 1);
        changed.insert(QStringLiteral("agenda"), formatAgenda(goodNumber->seq + 1, year));
        expectRejected(tu->rawPush(id, changed, accepted.value(QStringLiteral("version")).toInteger()),
                       QStringLiteral("tidak dapat diubah"));
        // Letters are not deleted.
        QCOMPARE(
            m_server.count(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ? AND deleted = 0"),
                           {kLetterEntity}),
            2);
    }
};

QTEST_GUILESS_MAIN(TestRecordsSync)
#include "tst_recordssync.moc"
