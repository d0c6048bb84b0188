#include "RecordsServerFixture.h"

#include "core/Uuid.h"
#include "records/NumberBlocks.h"
#include "records/NumberingPolicy.h"
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

// Letter numbering through the real server on loopback, with two devices of one unit (tu and kadis of
// DISKOMINFO): both claim the same first block, the server keeps the first and the loser moves on to the
// next block; then both number letters offline at once, void some, and sync: the server holds no number
// twice and its register explains every number (used, void with a reason, or unused in whose block).
// What a modified client could push (a number from another device's block, a block for another device,
// a void of someone else's number, a claim for another OPD) is refused by the server.
class TestRecordsNumberingSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        NumberBlocks numbers() { return NumberBlocks(db(), profile->audit(), actor()); }
    };

    RecordsServer m_server;
    const int m_year = QDate::currentDate().year();
    QString m_unit;
    std::unique_ptr<Device> m_tu;
    std::unique_ptr<Device> m_kadis;

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

    // Takes `n` numbers for new letters; returns the letters in order.
    static QList<QPair<QString, int>> takeNumbers(Device& d, const QString& unit, int year, int n)
    {
        QList<QPair<QString, int>> out;
        NumberBlocks numbers = d.numbers();
        for (int i = 0; i < n; ++i) {
            const QString letter = newUuid();
            auto number = numbers.take(unit, year, letter);
            if (!number)
                qFatal("take %s: %s", qPrintable(d.username), qPrintable(number.errorMessage()));
            out.append({letter, number->seq});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = unitId(QStringLiteral("DISKOMINFO"));
        QVERIFY(!m_unit.isEmpty());
    }

    void noConfirmedBlockGivesAClearError()
    {
        auto d = device(QStringLiteral("tu"));
        NumberBlocks numbers = d->numbers();
        auto none = numbers.take(m_unit, m_year, newUuid());
        QVERIFY(!none.ok());
        QVERIFY2(none.errorMessage().contains(QStringLiteral("belum memegang blok nomor")) &&
                     none.errorMessage().contains(QStringLiteral("sinkronkan")),
                 qPrintable(none.errorMessage()));
        // A queued claim is not a number yet: still the same error, and no second claim is queued.
        QCOMPARE(*numbers.reserveIfLow(m_unit, m_year), true);
        QCOMPARE(*numbers.claimPending(m_unit, m_year), true);
        QCOMPARE(*numbers.reserveIfLow(m_unit, m_year), false);
        QCOMPARE(*numbers.available(m_unit, m_year), 0);
        QVERIFY(!numbers.take(m_unit, m_year, newUuid()).ok());
        QCOMPARE(d->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_uses")), 0);
        // Nothing was written for the refused takes, and the device never numbers a unit outside its tree.
        auto foreign = numbers.reserveIfLow(unitId(QStringLiteral("BKAD")), m_year);
        QVERIFY(!foreign.ok());
        // This device never syncs again, so its claim of block 0 stays unsent (the next tests start from an
        // empty book on the server).
    }

    void bothClaimTheFirstBlockOneLosesAndMovesOn()
    {
        m_tu = device(QStringLiteral("tu"));
        m_kadis = device(QStringLiteral("kadis"));
        QCOMPARE(*m_tu->numbers().reserveIfLow(m_unit, m_year), true);
        QCOMPARE(*m_kadis->numbers().reserveIfLow(m_unit, m_year), true);
        const QString block0 = numberBlockId(m_unit, m_year, 0);
        for (Device* d : {m_tu.get(), m_kadis.get()})
            QCOMPARE(
                d->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity_id = ?"), {block0}),
                1);

        m_tu->sync();
        QCOMPARE(*m_tu->numbers().available(m_unit, m_year), kNumberBlockSize);
        // kadis's claim of the same block reaches the server second: the server keeps tu's block.
        m_kadis->sync();
        QCOMPARE(*m_kadis->numbers().available(m_unit, m_year), 0);
        QVERIFY(!m_kadis->numbers().take(m_unit, m_year, newUuid()).ok());
        const QList<QJsonObject> blocks = serverRows(kNumberBlockEntity);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().value(QStringLiteral("deviceId")).toString(), m_tu->actor().deviceId);
        QVERIFY(blocks.first().value(QStringLiteral("reservedAt")).toDouble() > 0);
        // kadis's device now shows tu's block as tu's, so its next claim is the following block.
        QCOMPARE(m_kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_blocks WHERE id = ? AND "
                                               "device_id = ?"),
                                {block0, m_tu->actor().deviceId}),
                 1);
        QCOMPARE(*m_kadis->numbers().reserveIfLow(m_unit, m_year), true);
        QCOMPARE(m_kadis->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity_id = ?"),
                                {numberBlockId(m_unit, m_year, 1)}),
                 1);
        m_kadis->sync();
        QCOMPARE(*m_kadis->numbers().available(m_unit, m_year), kNumberBlockSize);
        QCOMPARE(serverRows(kNumberBlockEntity).size(), 2);
        m_tu->sync(); // learns kadis's block
        QCOMPARE(m_tu->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_blocks")), 2);
        // The server's audit log has both reservations.
        QCOMPARE(m_server.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                             {QStringLiteral("records.number_block.reserved")})
                     ->toInt(),
                 2);
    }

    void bothNumberOfflineThenSyncWithoutDuplicates()
    {
        QVERIFY(m_tu && m_kadis);
        // Offline at once (neither syncs): tu numbers 7 letters and discards one draft; it claims the
        // next block while low, which gives no number before a sync; then it uses its block up.
        auto tuLetters = takeNumbers(*m_tu, m_unit, m_year, 7);
        LONTAR_VERIFY_OK(
            m_tu->numbers().voidNumber(tuLetters.at(2).first, QStringLiteral("Draf dibuang: salah tujuan")));
        QCOMPARE(*m_tu->numbers().reserveIfLow(m_unit, m_year, 15), true);
        QCOMPARE(*m_tu->numbers().available(m_unit, m_year), 13); // the void stays consumed
        tuLetters += takeNumbers(*m_tu, m_unit, m_year, 13);
        auto out = m_tu->numbers().take(m_unit, m_year, newUuid());
        QVERIFY(!out.ok());
        QVERIFY2(out.errorMessage().contains(QStringLiteral("habis")), qPrintable(out.errorMessage()));
        // A retried take for a letter gives it the same number, not another.
        auto again = m_tu->numbers().take(m_unit, m_year, tuLetters.at(4).first);
        LONTAR_VERIFY_OK(again);
        QCOMPARE(again->seq, tuLetters.at(4).second);

        // kadis numbers 5 and discards the last.
        auto kadisLetters = takeNumbers(*m_kadis, m_unit, m_year, 5);
        LONTAR_VERIFY_OK(
            m_kadis->numbers().voidNumber(kadisLetters.at(4).first, QStringLiteral("Batal dikirim")));
        QVERIFY(!m_kadis->numbers().voidNumber(kadisLetters.at(4).first, QStringLiteral("lagi")).ok());
        auto renumbered = m_kadis->numbers().take(m_unit, m_year, kadisLetters.at(4).first);
        LONTAR_VERIFY_OK(renumbered); // a voided letter may take a new number
        QCOMPARE(renumbered->seq, kNumberBlockSize + 6);

        QSet<int> tuSeqs;
        QSet<int> kadisSeqs;
        for (const auto& l : std::as_const(tuLetters))
            tuSeqs.insert(l.second);
        for (const auto& l : std::as_const(kadisLetters))
            kadisSeqs.insert(l.second);
        QCOMPARE(tuSeqs.size(), 20);
        QCOMPARE(kadisSeqs.size(), 5);
        QVERIFY(!tuSeqs.intersects(kadisSeqs));

        m_tu->sync();
        m_kadis->sync();
        m_tu->sync();
        QCOMPARE(*m_tu->numbers().available(m_unit, m_year), kNumberBlockSize); // the block claimed offline
        for (Device* d : {m_tu.get(), m_kadis.get()}) {
            QCOMPARE(d->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), 0);
            QCOMPARE(d->count(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 0);
        }

        // The server: each number used once, each letter one number.
        QSet<int> usedSeqs;
        QSet<QString> usedLetters;
        int voids = 0;
        for (const QJsonObject& u : serverRows(kNumberUseEntity)) {
            if (u.value(QStringLiteral("kind")).toString() == kNumberVoid) {
                ++voids;
                continue;
            }
            const int seq = u.value(QStringLiteral("seq")).toInt();
            QVERIFY2(!usedSeqs.contains(seq), qPrintable(QString::number(seq)));
            usedSeqs.insert(seq);
            usedLetters.insert(u.value(QStringLiteral("letterId")).toString());
        }
        QCOMPARE(usedSeqs.size(), 26);    // 20 of tu, 6 of kadis (one letter renumbered)
        QCOMPARE(usedLetters.size(), 25); // kadis's renumbered letter holds two rows, one of them void
        QCOMPARE(voids, 2);

        // The register explains every number 1 … 60 (three blocks).
        auto book = numberRegister(m_server.db(), m_unit, m_year);
        LONTAR_VERIFY_OK(book);
        QCOMPARE(book->size(), 3 * kNumberBlockSize);
        QMap<NumberStatus::State, int> states;
        QSet<QString> lettersInBook;
        for (const NumberStatus& s : std::as_const(*book)) {
            QVERIFY2(s.state != NumberStatus::State::Unreserved, qPrintable(QString::number(s.seq)));
            ++states[s.state];
            QVERIFY(!s.deviceId.isEmpty());
            if (s.state == NumberStatus::State::Used) {
                QVERIFY2(!lettersInBook.contains(s.letterId), "a letter with two numbers");
                lettersInBook.insert(s.letterId);
            }
            if (s.state == NumberStatus::State::Void)
                QVERIFY(!s.reason.isEmpty());
        }
        QCOMPARE(states.value(NumberStatus::State::Used), 24);
        QCOMPARE(states.value(NumberStatus::State::Void), 2);
        QCOMPARE(states.value(NumberStatus::State::Unused), 60 - 26);
        const NumberStatus& voided = book->at(tuLetters.at(2).second - 1);
        QCOMPARE(voided.state, NumberStatus::State::Void);
        QCOMPARE(voided.reason, QStringLiteral("Draf dibuang: salah tujuan"));
        QCOMPARE(voided.letterId, tuLetters.at(2).first);
        // Unused remainders name the device whose block holds them.
        QCOMPARE(book->at(kNumberBlockSize + 10).state, NumberStatus::State::Unused);
        QCOMPARE(book->at(kNumberBlockSize + 10).deviceId, m_kadis->actor().deviceId);
        QCOMPARE(book->at(2 * kNumberBlockSize).deviceId, m_tu->actor().deviceId);

        // A device that synced shows the same book.
        auto local = numberRegister(m_tu->db(), m_unit, m_year);
        LONTAR_VERIFY_OK(local);
        QCOMPARE(local->size(), book->size());
        for (qsizetype i = 0; i < book->size(); ++i) {
            QCOMPARE(local->at(i).state, book->at(i).state);
            QCOMPARE(local->at(i).letterId, book->at(i).letterId);
            QCOMPARE(local->at(i).deviceId, book->at(i).deviceId);
        }
    }

    // The push of a lost claim is answered "duplicate" (the server keeps the first row of an append-only id)
    // and the device keeps its own copy when its pull had already passed the winner's row (a pull that ran
    // while the claim was still queued skips that row). Next year's book, so the books above stay as they
    // are.
    void lostClaimNeverLooksConfirmed()
    {
        QVERIFY(m_tu && m_kadis);
        const int year = m_year + 1;
        QCOMPARE(*m_tu->numbers().reserveIfLow(m_unit, year), true);
        m_tu->sync();
        QCOMPARE(*m_kadis->numbers().reserveIfLow(m_unit, year), true);
        // What a pull during the queued claim leaves behind: the cursor past tu's block.
        const QString top =
            m_server.db().scalar(QStringLiteral("SELECT MAX(server_version) FROM srv_changes"))->toString();
        LONTAR_VERIFY_OK(ClientStore(m_kadis->db()).setState(QStringLiteral("cursor"), top));
        m_kadis->sync();
        const QString block0 = numberBlockId(m_unit, year, 0);
        QCOMPARE(m_kadis->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_blocks WHERE id = ? AND "
                                               "device_id = ? AND reserved_at = 0"),
                                {block0, m_kadis->actor().deviceId}),
                 1); // its own copy, never the server's
        QCOMPARE(*m_kadis->numbers().available(m_unit, year), 0);
        QVERIFY(!m_kadis->numbers().take(m_unit, year, newUuid()).ok());
        // The next claim moves past the lost block and is confirmed.
        QCOMPARE(*m_kadis->numbers().reserveIfLow(m_unit, year), true);
        m_kadis->sync();
        QCOMPARE(*m_kadis->numbers().available(m_unit, year), kNumberBlockSize);
        auto number = m_kadis->numbers().take(m_unit, year, newUuid());
        LONTAR_VERIFY_OK(number);
        QCOMPARE(number->seq, kNumberBlockSize + 1);
        m_kadis->sync();
        auto book = numberRegister(m_server.db(), m_unit, year);
        LONTAR_VERIFY_OK(book);
        QCOMPARE(book->size(), 2 * kNumberBlockSize);
        QCOMPARE(book->at(0).deviceId, m_tu->actor().deviceId);
        QCOMPARE(book->at(kNumberBlockSize).state, NumberStatus::State::Used);
        QCOMPARE(book->at(kNumberBlockSize).deviceId, m_kadis->actor().deviceId);
        for (const NumberStatus& s : std::as_const(*book))
            QVERIFY(s.state != NumberStatus::State::Unreserved);
    }

    void forgedRowsAreRefusedByTheServer()
    {
        QVERIFY(m_tu && m_kadis);
        // A second device of kadis (same user, another device) forges: it must not push its outbox after.
        auto forger = device(QStringLiteral("kadis"));
        const QString tuBlock = numberBlockId(m_unit, m_year, 2);    // tu's, all unused
        const QString kadisBlock = numberBlockId(m_unit, m_year, 1); // kadis's other device
        const QJsonObject intoTu{{QStringLiteral("blockId"), tuBlock},
                                 {QStringLiteral("seq"), 2 * kNumberBlockSize + 1},
                                 {QStringLiteral("kind"), kNumberUsed},
                                 {QStringLiteral("letterId"), newUuid()}};
        expectRejected(forger->rawPush(kNumberUseEntity,
                                       numberUseId(tuBlock, 2 * kNumberBlockSize + 1, kNumberUsed), intoTu),
                       QStringLiteral("perangkat lain"));
        const QJsonObject intoOwnUsersBlock{{QStringLiteral("blockId"), kadisBlock},
                                            {QStringLiteral("seq"), kNumberBlockSize + 20},
                                            {QStringLiteral("kind"), kNumberUsed},
                                            {QStringLiteral("letterId"), newUuid()}};
        expectRejected(forger->rawPush(kNumberUseEntity,
                                       numberUseId(kadisBlock, kNumberBlockSize + 20, kNumberUsed),
                                       intoOwnUsersBlock),
                       QStringLiteral("perangkat lain"));
        // The same number posing as this device's by naming the holder's device id.
        QJsonObject posing = intoTu;
        posing.insert(QStringLiteral("deviceId"), m_tu->actor().deviceId);
        expectRejected(forger->rawPush(kNumberUseEntity,
                                       numberUseId(tuBlock, 2 * kNumberBlockSize + 1, kNumberUsed), posing),
                       QStringLiteral("perangkat"));
        // Voiding a number tu used (kadis neither holds the block nor used the number).
        auto tuUse = m_tu->db().scalar(
            QStringLiteral("SELECT letter_id FROM rec_number_uses WHERE seq = 1 AND kind = ?"),
            {kNumberUsed});
        QVERIFY(tuUse.ok() && tuUse->isValid());
        const QJsonObject voidTu{{QStringLiteral("blockId"), numberBlockId(m_unit, m_year, 0)},
                                 {QStringLiteral("seq"), 1},
                                 {QStringLiteral("kind"), kNumberVoid},
                                 {QStringLiteral("letterId"), tuUse->toString()},
                                 {QStringLiteral("reason"), QStringLiteral("iseng")}};
        expectRejected(forger->rawPush(kNumberUseEntity,
                                       numberUseId(numberBlockId(m_unit, m_year, 0), 1, kNumberVoid), voidTu),
                       QStringLiteral("pemakainya"));
        // A block claimed for tu's device, a block skipping ahead, a block of another OPD.
        const QJsonObject forTu{{QStringLiteral("unitId"), m_unit},
                                {QStringLiteral("year"), m_year},
                                {QStringLiteral("index"), 3},
                                {QStringLiteral("first"), 3 * kNumberBlockSize + 1},
                                {QStringLiteral("last"), 4 * kNumberBlockSize},
                                {QStringLiteral("deviceId"), m_tu->actor().deviceId}};
        expectRejected(forger->rawPush(kNumberBlockEntity, numberBlockId(m_unit, m_year, 3), forTu),
                       QStringLiteral("perangkat"));
        QJsonObject ahead = forTu;
        ahead.remove(QStringLiteral("deviceId"));
        ahead.insert(QStringLiteral("index"), 9);
        ahead.insert(QStringLiteral("first"), 9 * kNumberBlockSize + 1);
        ahead.insert(QStringLiteral("last"), 10 * kNumberBlockSize);
        expectRejected(forger->rawPush(kNumberBlockEntity, numberBlockId(m_unit, m_year, 9), ahead),
                       QStringLiteral("sebelumnya"));
        const QString bkad = unitId(QStringLiteral("BKAD"));
        QJsonObject other = ahead;
        other.insert(QStringLiteral("unitId"), bkad);
        other.insert(QStringLiteral("index"), 0);
        other.insert(QStringLiteral("first"), 1);
        other.insert(QStringLiteral("last"), kNumberBlockSize);
        expectRejected(forger->rawPush(kNumberBlockEntity, numberBlockId(bkad, m_year, 0), other),
                       QStringLiteral("tidak berwenang"));
        // Nothing of it reached the server's book.
        auto book = numberRegister(m_server.db(), m_unit, m_year);
        LONTAR_VERIFY_OK(book);
        QCOMPARE(book->size(), 3 * kNumberBlockSize);
        QCOMPARE(book->at(2 * kNumberBlockSize).state, NumberStatus::State::Unused);
        QCOMPARE(book->at(0).state, NumberStatus::State::Used);
        QCOMPARE(serverRows(kNumberBlockEntity).size(), 3 + 2); // this year's three, next year's two
        // A staff member of a unit beneath (APTIKA) does not receive the OPD's book at all.
        auto staf = device(QStringLiteral("staf"));
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_blocks")), 0);
        QCOMPARE(staf->count(QStringLiteral("SELECT COUNT(*) FROM rec_number_uses")), 0);
        // The arsiparis (another OPD, reader role) receives it and can explain it from the device.
        auto arsiparis = device(QStringLiteral("arsiparis"));
        auto seen = numberRegister(arsiparis->db(), m_unit, m_year);
        LONTAR_VERIFY_OK(seen);
        QCOMPARE(seen->size(), book->size());
        QCOMPARE(seen->at(0).letterId, book->at(0).letterId);
    }
};

QTEST_GUILESS_MAIN(TestRecordsNumberingSync)
#include "tst_recordsnumberingsync.moc"
