#include "RecordsServerFixture.h"

#include "core/Uuid.h"
#include "records/NumberBlocks.h"
#include "records/NumberingPolicy.h"
#include "records/RecordsCli.h"
#include "records/RecordsPolicies.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// Agenda numbers of incoming letters through the real server on loopback, with two PCs of the TU office of
// DISKOMINFO (the pencatat `tu` enrolled on each): a device registers nothing before the server confirmed
// agenda numbers to it; both claim the same blocks and the loser moves on; both register letters offline at
// once and sync: no agenda number twice on the server, and the agenda book explains every number. An
// offline import larger than the reserve stops with a reason per file and stores nothing of the refused
// files. What a modified client could push (a number of another device's block, a number never taken, a
// number already used by another letter, a letter without a block) is refused by the server.
class TestRecordsAgendaSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        LetterRegister letters() { return LetterRegister(db(), profile->audit(), actor()); }
    };

    RecordsServer m_server;
    const int m_year = QDate::currentDate().year();
    // Reservations are asked for a day in mid-year: in December reserveAgenda() also claims next year's
    // book, which would change the counts below.
    const QDate m_midYear = QDate(QDate::currentDate().year(), 6, 1);
    QString m_unit;
    std::unique_ptr<Device> m_pc1;
    std::unique_ptr<Device> m_pc2;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    QString unitId(const QString& code) { return m_server.unitId(code); }

    QList<QJsonObject> serverRows(const QString& entity)
    {
        QList<QJsonObject> out;
        auto q = m_server.db().exec(
            QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND deleted = 0"), {entity});
        while (q && q->next())
            out.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        return out;
    }

    static LetterDraft draft(const QString& perihal)
    {
        LetterDraft d;
        d.perihal = perihal;
        d.pengirim = QStringLiteral("Bappeda");
        d.nomor = QStringLiteral("005/%1/Bappeda").arg(perihal.size());
        return d;
    }

    // Registers `n` letters without files; returns their agenda numbers in order.
    static QList<int> registerMany(Device& d, int n, const QString& prefix)
    {
        QList<int> seqs;
        LetterRegister letters = d.letters();
        for (int i = 0; i < n; ++i) {
            auto l = letters.registerLetter(draft(QStringLiteral("%1 %2").arg(prefix).arg(i + 1)));
            if (!l)
                qFatal("register %s: %s", qPrintable(d.username), qPrintable(l.errorMessage()));
            seqs.append(l->agendaSeq);
        }
        return seqs;
    }

    // A letter row as a modified client would push it.
    QJsonObject forgedLetter(int seq, const QString& blockId) const
    {
        QJsonObject o{{QStringLiteral("perihal"), QStringLiteral("Surat palsu")},
                      {QStringLiteral("sifat"), QStringLiteral("biasa")},
                      {QStringLiteral("securityClass"), QStringLiteral("biasa")},
                      {QStringLiteral("unitId"), m_unit},
                      {QStringLiteral("agendaSeq"), seq},
                      {QStringLiteral("agendaYear"), m_year},
                      {QStringLiteral("agenda"), formatAgenda(seq, m_year)},
                      {QStringLiteral("receivedDate"), QDate(m_year, 5, 4).toString(Qt::ISODate)},
                      {QStringLiteral("status"), QStringLiteral("tercatat")}};
        if (!blockId.isEmpty())
            o.insert(QStringLiteral("agendaBlockId"), blockId);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = unitId(QStringLiteral("DISKOMINFO"));
        QVERIFY(!m_unit.isEmpty());
    }

    void nothingIsRegisteredBeforeTheServerConfirmedNumbers()
    {
        m_pc1 = device(QStringLiteral("tu"));
        m_pc2 = device(QStringLiteral("tu"));
        LetterRegister letters = m_pc1->letters();
        QVERIFY(letters.agendaFromServer());
        auto refused = letters.registerLetter(draft(QStringLiteral("Undangan rapat")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("belum dicatat")) &&
                     refused.errorMessage().contains(QStringLiteral("sinkronkan sekali")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(m_pc1->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), 0);
        QCOMPARE(m_pc1->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);

        // Both PCs reserve while online: a reserve of kAgendaMinReserve numbers, claimed in one go, and no
        // second round while the first is unsent. A queued claim gives no number yet.
        for (Device* d : {m_pc1.get(), m_pc2.get()}) {
            LetterRegister l = d->letters();
            QCOMPARE(*l.reserveAgenda({}, m_midYear), kAgendaMinReserve / kNumberBlockSize);
            QCOMPARE(*l.reserveAgenda({}, m_midYear), 0);
            QVERIFY(!l.registerLetter(draft(QStringLiteral("Terlalu cepat"))).ok());
        }
        // The same five blocks: the first to reach the server keeps them, the other moves on.
        m_pc1->sync();
        m_pc2->sync();
        QCOMPARE(*m_pc1->letters().agendaNumbersLeft(m_unit, m_year), kAgendaMinReserve);
        QCOMPARE(*m_pc2->letters().agendaNumbersLeft(m_unit, m_year), 0);
        QCOMPARE(*m_pc2->letters().reserveAgenda({}, m_midYear), kAgendaMinReserve / kNumberBlockSize);
        m_pc2->sync();
        QCOMPARE(*m_pc2->letters().agendaNumbersLeft(m_unit, m_year), kAgendaMinReserve);
        m_pc1->sync();
        // The agenda book's blocks are not the sent letters' book: that one is still empty.
        QCOMPARE(
            *NumberBlocks(m_pc1->db(), m_pc1->profile->audit(), m_pc1->actor()).available(m_unit, m_year), 0);
        const QList<QJsonObject> blocks = serverRows(kNumberBlockEntity);
        QCOMPARE(blocks.size(), 2 * kAgendaMinReserve / kNumberBlockSize);
        for (const QJsonObject& b : blocks)
            QCOMPARE(bookOf(b), kBookAgenda);
    }

    void bothRegisterOfflineThenSyncWithoutDuplicates()
    {
        QVERIFY(m_pc1 && m_pc2);
        // Offline at once: pc1 registers 30 letters (one of them fails half-way), pc2 25 (3 of them PDFs).
        QList<int> one = registerMany(*m_pc1, 12, QStringLiteral("Surat PC1"));
        {
            LetterRegister letters = m_pc1->letters();
            LetterDraft bad = draft(QStringLiteral("x"));
            bad.perihal = QStringLiteral("   "); // refused by the letter's policy after the number was taken
            auto failed = letters.registerLetter(bad);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.errorMessage().contains(QStringLiteral("perihal"), Qt::CaseInsensitive),
                     qPrintable(failed.errorMessage()));
        }
        // The failed registration consumed nothing: the next letter gets the next number, no gap, no row.
        QCOMPARE(m_pc1->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_uses")), 12);
        one += registerMany(*m_pc1, 18, QStringLiteral("Surat PC1 lanjutan"));
        QCOMPARE(one.at(12), one.at(11) + 1);

        QList<int> two = registerMany(*m_pc2, 22, QStringLiteral("Surat PC2"));
        QTemporaryDir pdfs;
        LetterRegister pc2Letters = m_pc2->letters();
        LetterImporter importer(pc2Letters, m_pc2->blobDir());
        for (int i = 0; i < 3; ++i) {
            const QString path = pdfs.filePath(QStringLiteral("masuk%1.pdf").arg(i));
            QVERIFY(writeFile(path, makeLetterPdf(QStringLiteral("800/%1/BKPSDM").arg(i),
                                                  QStringLiteral("Usulan diklat %1").arg(i),
                                                  {QStringLiteral("Dengan hormat,")})));
            const ImportOutcome o = importer.importFile(path, LetterDraft{});
            QVERIFY2(o.imported, qPrintable(o.reason));
            two.append(o.letter.agendaSeq);
        }
        QSet<int> oneSet(one.cbegin(), one.cend());
        QSet<int> twoSet(two.cbegin(), two.cend());
        QCOMPARE(oneSet.size(), 30);
        QCOMPARE(twoSet.size(), 25);
        QVERIFY(!oneSet.intersects(twoSet));
        // Each PC numbers from the lowest of its own blocks.
        QCOMPARE(one.first(), 1);
        QCOMPARE(two.first(), kAgendaMinReserve + 1);
        // Low on numbers, each queued claims to top its reserve up at the next sync.
        QVERIFY(*m_pc1->letters().agendaNumbersLeft(m_unit, m_year) == kAgendaMinReserve - 30);
        QVERIFY(m_pc1->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = ?"),
                             {kNumberBlockEntity}) > 0);

        // Both claimed the next block while registering: pc1's reaches the server first; pc2 tops up again
        // after its sync, as the application does after every sync.
        m_pc1->sync();
        m_pc2->sync();
        for (Device* d : {m_pc1.get(), m_pc2.get()}) {
            LONTAR_VERIFY_OK(d->letters().reserveAgenda({}, m_midYear));
            d->sync();
        }
        m_pc1->sync();
        for (Device* d : {m_pc1.get(), m_pc2.get()}) {
            QCOMPARE(d->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);
            QCOMPARE(d->count(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 0);
            QVERIFY(*d->letters().agendaNumbersLeft(m_unit, m_year) >= kAgendaMinReserve - kNumberBlockSize);
        }

        // The server: 55 letters, no agenda number twice, each from a block held by the registering device.
        QHash<QString, QString> blockDevice;
        for (const QJsonObject& b : serverRows(kNumberBlockEntity))
            blockDevice.insert(
                numberBlockId(m_unit, m_year, b.value(QStringLiteral("index")).toInt(), kBookAgenda),
                b.value(QStringLiteral("deviceId")).toString());
        QHash<int, QString> letterAt;
        for (const QJsonObject& l : serverRows(kLetterEntity)) {
            const int seq = l.value(QStringLiteral("agendaSeq")).toInt();
            QVERIFY2(!letterAt.contains(seq), qPrintable(formatAgenda(seq, m_year)));
            letterAt.insert(seq, l.value(QStringLiteral("perihal")).toString());
            QVERIFY(blockDevice.contains(l.value(QStringLiteral("agendaBlockId")).toString()));
        }
        QCOMPARE(letterAt.size(), 55);
        // Every device now shows all 55 letters with the numbers the server holds.
        QCOMPARE(m_pc1->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), 55);
        QCOMPARE(m_pc1->count(QStringLiteral("SELECT COUNT(DISTINCT agenda_seq) FROM rec_letters")), 55);

        // The agenda book explains every number: used by which letter, or unused in whose block.
        auto book = numberRegister(m_server.db(), m_unit, m_year, kBookAgenda);
        LONTAR_VERIFY_OK(book);
        QVERIFY(book->size() >= 2 * kAgendaMinReserve);
        int used = 0;
        for (const NumberStatus& s : std::as_const(*book)) {
            QVERIFY2(s.state != NumberStatus::State::Unreserved, qPrintable(QString::number(s.seq)));
            QVERIFY(!s.deviceId.isEmpty());
            if (s.state == NumberStatus::State::Used) {
                ++used;
                QVERIFY2(letterAt.contains(s.seq), qPrintable(QString::number(s.seq)));
            } else {
                QCOMPARE(s.state, NumberStatus::State::Unused);
                QVERIFY(!letterAt.contains(s.seq));
            }
        }
        QCOMPARE(used, 55);
        QCOMPARE(book->at(0).deviceId, m_pc1->actor().deviceId);
        QCOMPARE(book->at(kAgendaMinReserve).deviceId, m_pc2->actor().deviceId);
        // The sent letters' book of the unit stays empty: the books never mix.
        QCOMPARE(numberRegister(m_server.db(), m_unit, m_year)->size(), 0);
        // A device that synced explains the same book.
        auto local = numberRegister(m_pc2->db(), m_unit, m_year, kBookAgenda);
        LONTAR_VERIFY_OK(local);
        QCOMPARE(local->size(), book->size());
        for (qsizetype i = 0; i < book->size(); ++i)
            QCOMPARE(local->at(i).state, book->at(i).state);
    }

    void importThatRunsOutStopsWithAReasonPerFile()
    {
        auto pc3 = device(QStringLiteral("tu"));
        LONTAR_VERIFY_OK(pc3->letters().reserveAgenda({}, m_midYear));
        pc3->sync();
        QCOMPARE(*pc3->letters().agendaNumbersLeft(m_unit, m_year), kAgendaMinReserve);
        // Offline from here: the reserve is used down to 3 numbers, then a folder of 6 PDFs is imported.
        registerMany(*pc3, kAgendaMinReserve - 3, QStringLiteral("Surat harian"));
        QTemporaryDir folder;
        for (int i = 0; i < 6; ++i)
            QVERIFY(writeFile(folder.filePath(QStringLiteral("scan%1.pdf").arg(i)),
                              makeLetterPdf(QStringLiteral("090/%1/Kecamatan").arg(i),
                                            QStringLiteral("Laporan kecamatan %1").arg(i),
                                            {QStringLiteral("Bersama ini kami sampaikan laporan.")})));
        const auto footprint = [&pc3] {
            return QList<qint64>{pc3->count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")),
                                 pc3->count(QStringLiteral("SELECT COUNT(*) FROM sync_blobs")),
                                 qint64(QDir(pc3->blobDir()).entryList(QDir::Files).size()),
                                 pc3->count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text"))};
        };
        const QList<qint64> before = footprint(); // letters, blob rows, blob files, texts
        LetterRegister letters = pc3->letters();
        LetterImporter importer(letters, pc3->blobDir());
        const QList<ImportOutcome> outcomes =
            importer.importAll(LetterImporter::collectFiles({folder.path()}), LetterDraft{});
        QCOMPARE(outcomes.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const ImportOutcome& o = outcomes.at(i);
            QCOMPARE(o.imported, i < 3);
            if (i >= 3)
                QVERIFY2(o.reason.contains(QStringLiteral("sudah habis")) &&
                             o.reason.contains(QStringLiteral("sinkronkan sekali")),
                         qPrintable(o.reason));
        }
        // Nothing of the refused files is stored: no row, no blob, no text.
        const QList<qint64> after = footprint();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(after.at(i), before.at(i) + 3);
        // Online again: the claims queued while registering are confirmed, and the rest imports.
        pc3->sync();
        QVERIFY(*pc3->letters().agendaNumbersLeft(m_unit, m_year) >= kNumberBlockSize);
        const QList<ImportOutcome> again =
            importer.importAll(LetterImporter::collectFiles({folder.path()}), LetterDraft{});
        int imported = 0;
        for (const ImportOutcome& o : again)
            imported += o.imported ? 1 : 0;
        QCOMPARE(imported, 3); // the first three are refused as already registered
        pc3->sync();
        QCOMPARE(pc3->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);
    }

    void forgedAgendaNumbersAreRefusedByTheServer()
    {
        QVERIFY(m_pc1 && m_pc2);
        auto forger = device(QStringLiteral("tu"));
        LONTAR_VERIFY_OK(forger->letters().reserveAgenda({}, m_midYear));
        forger->sync();
        const QString ownBlock =
            forger->db()
                .scalar(
                    QStringLiteral("SELECT id FROM rec_number_blocks WHERE device_id = ? AND reserved_at > 0 "
                                   "ORDER BY idx LIMIT 1"),
                    {forger->actor().deviceId})
                ->toString();
        QVERIFY(!ownBlock.isEmpty());
        const int ownFirst =
            forger->db()
                .scalar(QStringLiteral("SELECT first_seq FROM rec_number_blocks WHERE id = ?"), {ownBlock})
                ->toInt();
        const qint64 lettersBefore = serverRows(kLetterEntity).size();

        // 1. A number pc1 used, in pc1's block.
        const QString pc1Block = numberBlockId(m_unit, m_year, 0, kBookAgenda);
        expectRejected(forger->rawPush(kLetterEntity, newUuid(), forgedLetter(1, pc1Block)),
                       QStringLiteral("perangkat lain"));
        // 2. A letter without a block, the way a client counting on its own would send it.
        expectRejected(forger->rawPush(kLetterEntity, newUuid(), forgedLetter(900, {})),
                       QStringLiteral("bukan nomor dari blok"));
        // 3. A number of its own block never recorded as used.
        expectRejected(forger->rawPush(kLetterEntity, newUuid(), forgedLetter(ownFirst, ownBlock)),
                       QStringLiteral("belum tercatat"));
        // 4. Its own number used properly by letter A, then given again to letter B.
        const QString a = newUuid();
        const QJsonObject use{{QStringLiteral("blockId"), ownBlock},
                              {QStringLiteral("seq"), ownFirst},
                              {QStringLiteral("kind"), kNumberUsed},
                              {QStringLiteral("letterId"), a}};
        QCOMPARE(forger->rawPush(kNumberUseEntity, numberUseId(ownBlock, ownFirst, kNumberUsed), use)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(forger->rawPush(kLetterEntity, a, forgedLetter(ownFirst, ownBlock))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        expectRejected(forger->rawPush(kLetterEntity, newUuid(), forgedLetter(ownFirst, ownBlock)),
                       QStringLiteral("sudah dipakai naskah lain"));
        // 5. A number outside the block it names, and a year the block is not of.
        expectRejected(
            forger->rawPush(kLetterEntity, newUuid(), forgedLetter(ownFirst + kNumberBlockSize, ownBlock)),
            QStringLiteral("bukan nomor dari blok"));
        QJsonObject otherYear = forgedLetter(ownFirst, ownBlock);
        otherYear.insert(QStringLiteral("agendaYear"), m_year - 1);
        otherYear.insert(QStringLiteral("agenda"), formatAgenda(ownFirst, m_year - 1));
        otherYear.insert(QStringLiteral("receivedDate"), QDate(m_year - 1, 5, 4).toString(Qt::ISODate));
        expectRejected(forger->rawPush(kLetterEntity, newUuid(), otherYear),
                       QStringLiteral("bukan nomor dari blok"));
        // Only letter A reached the server.
        QCOMPARE(serverRows(kLetterEntity).size(), lettersBefore + 1);
        QHash<int, int> seqs;
        for (const QJsonObject& l : serverRows(kLetterEntity))
            ++seqs[l.value(QStringLiteral("agendaSeq")).toInt()];
        for (auto it = seqs.cbegin(); it != seqs.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    // In December the reserve of next year's book is claimed too, so the first letters of January are
    // registered on a device that has not been online since.
    void decemberAlsoReservesNextYear()
    {
        auto pc = device(QStringLiteral("tu"));
        LetterRegister letters = pc->letters();
        QCOMPARE(*letters.reserveAgenda({}, QDate(m_year, 12, 15)), 2 * kAgendaMinReserve / kNumberBlockSize);
        pc->sync();
        QVERIFY(*letters.agendaNumbersLeft(m_unit, m_year) >= kAgendaMinReserve);
        QCOMPARE(*letters.agendaNumbersLeft(m_unit, m_year + 1), kAgendaMinReserve);
        LetterDraft january = draft(QStringLiteral("Undangan awal tahun"));
        january.receivedDate = QDate(m_year + 1, 1, 2);
        auto l = letters.registerLetter(january);
        LONTAR_VERIFY_OK(l);
        QCOMPARE(l->agenda, formatAgenda(1, m_year + 1));
        // A user who does not register letters claims nothing.
        auto kadis = device(QStringLiteral("kadis"));
        QCOMPARE(*kadis->letters().reserveAgenda({}, QDate(m_year, 12, 15)), 0);
        QCOMPARE(kadis->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);
    }

    // The server console (demo seeding) numbers letters through the same policies: blocks and use rows as
    // the pencatat on a device of theirs, then the letters naming them.
    void consoleWritesNumberLettersThroughThePolicies()
    {
        const int year = m_year - 3; // a book nobody used above
        auto user = IdentityStore(m_server.db()).userByUsername(QStringLiteral("tu"));
        QVERIFY(user.ok());
        auto actor = Actor::forUser(m_server.db(), *user, nameBasedUuid(QStringLiteral("test/console/tu")));
        QVERIFY(actor.ok());
        ServerRecordsRows rows(m_server.db(), *actor);
        for (int seq = 1; seq <= kNumberBlockSize + 5; ++seq) {
            const QString letterId = newUuid();
            auto block = writeAgendaNumber(rows, m_unit, year, seq, letterId);
            LONTAR_VERIFY_OK(block);
            QJsonObject data = forgedLetter(seq, *block);
            data.insert(QStringLiteral("agendaYear"), year);
            data.insert(QStringLiteral("agenda"), formatAgenda(seq, year));
            data.insert(QStringLiteral("receivedDate"), QDate(year, 5, 4).toString(Qt::ISODate));
            LONTAR_VERIFY_OK(rows.write(kLetterEntity, letterId, data));
        }
        auto book = numberRegister(m_server.db(), m_unit, year, kBookAgenda);
        LONTAR_VERIFY_OK(book);
        QCOMPARE(book->size(), 2 * kNumberBlockSize);
        for (int i = 0; i < book->size(); ++i)
            QCOMPARE(book->at(i).state,
                     i < kNumberBlockSize + 5 ? NumberStatus::State::Used : NumberStatus::State::Unused);
        // A number given twice is refused.
        QVERIFY(!writeAgendaNumber(rows, m_unit, year, 3, newUuid()).ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordsAgendaSync)
#include "tst_recordsagendasync.moc"
