#include "RecordsServerFixture.h"

#include "esign/DemoKeys.h"
#include "esign/SignatureVerifier.h"
#include "esign/SigningKey.h"
#include "esign/TrustStore.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingDesk.h"
#include "records/RecordsParts.h"

#include <QProcess>
#include <QStandardPaths>
#include <poppler-form.h>
#include <poppler-qt6.h>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::server;
using namespace lontar::test;

// An outgoing letter through the real server on loopback, each person on their own device: the drafter
// (staf, Bidang Aptika) writes it, two verifiers above the drafting unit give their paraf in order
// (kabid, then tu at the dinas), the kepala dinas signs it with a real PKCS#12 key (the demo CA), the
// signed PDF verifies and its stamp sits on the letter's signature box; it is dispatched to another
// bidang, whose pencatat registers it as an incoming letter. On the way, the server refuses what a
// modified client could push (paraf out of turn, a forged signer name, signing before every paraf, a
// changed number after signing, a delivery with forged metadata).
class TestRecordsOutgoingSync : public QObject
{
    Q_OBJECT

    struct Device : SyncedDevice
    {
        OutgoingDesk desk() { return OutgoingDesk(db(), profile->audit(), actor(), blobDir()); }
    };

    RecordsServer m_server;

    std::unique_ptr<Device> device(const QString& username) { return m_server.device<Device>(username); }
    // A push the way a modified client of `username` could send it (from a second device of theirs).
    QJsonObject attack(const QString& username, const QString& entity, const QString& id,
                       const QJsonObject& data)
    {
        return m_server.attack(username, entity, id, data);
    }
    QString unitId(const QString& code) { return m_server.unitId(code); }
    QString userId(const QString& username) { return m_server.userId(username); }
    QJsonObject serverRow(const QString& entity, const QString& id) { return m_server.row(entity, id); }
    qint64 auditCount(const QString& action) { return m_server.auditCount(action); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void draftParafSignDispatchReceive()
    {
        auto staf = device(QStringLiteral("staf"));
        auto kabid = device(QStringLiteral("kabid"));
        auto tu = device(QStringLiteral("tu"));
        auto kadis = device(QStringLiteral("kadis"));
        auto admin = device(QStringLiteral("admin"));

        // A verifier below or beside the drafting unit could not read the draft: refused at once.
        OutgoingDraft draft;
        draft.classification = QStringLiteral("000.1.2");
        draft.hal = QStringLiteral("Undangan rapat koordinasi aplikasi daerah");
        draft.tujuan = {QStringLiteral("Kepala Bidang Persandian dan Statistik")};
        draft.tembusan = {QStringLiteral("Kepala Dinas Komunikasi dan Informatika (sebagai laporan)")};
        draft.body =
            QStringLiteral("Dalam rangka koordinasi aplikasi daerah, kami mengundang Saudara hadir.\n\n"
                           "Demikian, atas perhatiannya diucapkan terima kasih.");
        draft.place = QStringLiteral("Tanjung Lontar");
        draft.signerId = userId(QStringLiteral("kadis"));
        draft.verifierIds = {userId(QStringLiteral("arsiparis"))};
        OutgoingDesk drafter = staf->desk();
        auto wrong = drafter.createDraft(draft);
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorMessage().contains(QStringLiteral("di atasnya")),
                 qPrintable(wrong.errorMessage()));

        draft.verifierIds = {userId(QStringLiteral("kabid")), userId(QStringLiteral("tu"))};
        auto created = drafter.createDraft(draft);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        const QString id = created->id;
        auto submitted = drafter.submit(id);
        QVERIFY2(submitted.ok(), qPrintable(submitted.errorMessage()));
        QCOMPARE(submitted->status, outgoing::kParaf);
        staf->sync();
        QCOMPARE(serverRow(kOutgoingEntity, id).value(QStringLiteral("signerName")).toString(),
                 QStringLiteral("Ir. Siti Aminah, M.T."));
        QCOMPARE(serverRow(kOutgoingEntity, id).value(QStringLiteral("signerNip")).toString(),
                 QStringLiteral("197803202003122002"));

        // The second verifier before the first: refused on the device and by the server.
        tu->sync();
        kadis->sync();
        QCOMPARE(outgoingQueuesFor(tu->db(), userId(QStringLiteral("tu")))->waitingParaf, 0);
        OutgoingDesk tuDesk = tu->desk();
        QVERIFY(!tuDesk.approve(id));
        {
            QJsonObject row = serverRow(kOutgoingEntity, id);
            QJsonArray chain = row.value(QStringLiteral("paraf")).toArray();
            QJsonObject second = chain[1].toObject();
            second.insert(QStringLiteral("state"), outgoing::kDisetujui);
            chain[1] = second;
            row.insert(QStringLiteral("paraf"), chain);
            expectRejected(attack(QStringLiteral("tu"), kOutgoingEntity, id, row),
                           QStringLiteral("Belum giliran"));
        }
        // The signer cannot sign before every paraf.
        {
            QJsonObject row = serverRow(kOutgoingEntity, id);
            row.insert(QStringLiteral("status"), outgoing::kDitandatangani);
            row.insert(QStringLiteral("nomor"), QStringLiteral("000.1.2/0001/DISKOMINFO.APTIKA/2026"));
            row.insert(QStringLiteral("numberSeq"), 1);
            row.insert(QStringLiteral("letterDate"), QDate::currentDate().toString(Qt::ISODate));
            expectRejected(attack(QStringLiteral("kadis"), kOutgoingEntity, id, row),
                           QStringLiteral("rantai paraf"));
        }

        kabid->sync();
        QCOMPARE(outgoingQueuesFor(kabid->db(), userId(QStringLiteral("kabid")))->waitingParaf, 1);
        auto first = kabid->desk().approve(id, QStringLiteral("Sudah sesuai"));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        kabid->sync();
        tu->sync();
        QCOMPARE(outgoingQueuesFor(tu->db(), userId(QStringLiteral("tu")))->waitingParaf, 1);
        // tu returns it once with a note; the drafter edits and submits again; both paraf again.
        QVERIFY(!tu->desk().returnToDrafter(id, QStringLiteral("  ")));
        auto returned = tu->desk().returnToDrafter(id, QStringLiteral("Tambahkan waktu dan tempat rapat"));
        QVERIFY2(returned.ok(), qPrintable(returned.errorMessage()));
        tu->sync();
        staf->sync();
        auto back = drafter.letter(id);
        QCOMPARE(back->status, outgoing::kDikembalikan);
        QCOMPARE(back->returnNote, QStringLiteral("Tambahkan waktu dan tempat rapat"));
        QCOMPARE(back->paraf[0].state, outgoing::kDisetujui);
        QVERIFY(back->paraf[0].at > 0);
        draft.body +=
            QStringLiteral("\n\nRapat diadakan pada hari Senin, 9 Maret 2026 pukul 09.00 WIB di Ruang "
                           "Rapat Diskominfo.");
        QVERIFY(drafter.updateDraft(id, draft).ok());
        QVERIFY(drafter.submit(id).ok());
        staf->sync();
        kabid->sync();
        QVERIFY(kabid->desk().approve(id).ok());
        kabid->sync();
        tu->sync();
        QVERIFY(tu->desk().approve(id).ok());
        tu->sync();
        QCOMPARE(serverRow(kOutgoingEntity, id).value(QStringLiteral("status")).toString(),
                 outgoing::kSiapTte);

        // Someone of the dinas who is not the chosen signer cannot sign.
        admin->sync();
        {
            QJsonObject row = serverRow(kOutgoingEntity, id);
            row.insert(QStringLiteral("status"), outgoing::kDitandatangani);
            expectRejected(attack(QStringLiteral("admin"), kOutgoingEntity, id, row),
                           QStringLiteral("Hanya penandatangan"));
        }

        // The kepala dinas signs with the demo PKCS#12 key.
        kadis->sync();
        QCOMPARE(outgoingQueuesFor(kadis->db(), userId(QStringLiteral("kadis")))->waitingSignature, 1);
        LONTAR_VERIFY_OK(esign::DemoKeys::create(*kadis->profile, DemoData::demoPassword()));
        auto key = esign::openPkcs12(
            esign::DemoKeys::keyFileFor(kadis->profile->directory(), QStringLiteral("kadis")),
            DemoData::demoPassword());
        QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
        // Numbers come from a block of the drafting unit's book, confirmed to the kadis's device.
        const QString aptika = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
        LONTAR_VERIFY_OK(kadis->reserveLetterNumbers(aptika));
        const int year = QDate::currentDate().year();
        const QString block = numberBlockId(aptika, year, 0);
        {
            // Signed by a modified client (the kadis's second device) with a number of the first device's
            // block that was never taken, or with no block at all: refused, and the letter stays waiting
            // for its signature.
            QJsonObject row = serverRow(kOutgoingEntity, id);
            row.insert(QStringLiteral("status"), outgoing::kDitandatangani);
            row.insert(QStringLiteral("nomor"),
                       QStringLiteral("000.1.2/0005/DISKOMINFO.APTIKA/%1").arg(year));
            row.insert(QStringLiteral("numberSeq"), 5);
            row.insert(QStringLiteral("numberBlockId"), block);
            row.insert(QStringLiteral("letterDate"), QDate::currentDate().toString(Qt::ISODate));
            row.insert(QStringLiteral("finalSha"), QString(64, QLatin1Char('a')));
            expectRejected(attack(QStringLiteral("kadis"), kOutgoingEntity, id, row),
                           QStringLiteral("termasuk blok perangkat lain"));
            row.insert(QStringLiteral("numberBlockId"), QStringLiteral("uji"));
            expectRejected(attack(QStringLiteral("kadis"), kOutgoingEntity, id, row),
                           QStringLiteral("bukan nomor dari blok"));
            QCOMPARE(serverRow(kOutgoingEntity, id).value(QStringLiteral("status")).toString(),
                     outgoing::kSiapTte);
        }
        OutgoingDesk signer = kadis->desk();
        auto signedLetter = signer.sign(id, **key);
        QVERIFY2(signedLetter.ok(), qPrintable(signedLetter.errorMessage()));
        QCOMPARE(signedLetter->nomor, QStringLiteral("000.1.2/0001/DISKOMINFO.APTIKA/%1").arg(year));
        QCOMPARE(signedLetter->numberBlockId, block);
        QCOMPARE(kadis->sync().rejected, 0);
        const QJsonObject stored = serverRow(kOutgoingEntity, id);
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), outgoing::kDitandatangani);
        QCOMPARE(stored.value(QStringLiteral("finalSha")).toString(), signedLetter->finalSha);
        QVERIFY(qint64(stored.value(QStringLiteral("signedAt")).toDouble()) > 0);
        QCOMPARE(auditCount(QStringLiteral("records.outgoing.signed")), 1);
        QVERIFY(auditCount(QStringLiteral("records.outgoing.paraf")) >= 3);
        QCOMPARE(auditCount(QStringLiteral("records.outgoing.returned")), 1);

        // The signed PDF verifies, and its stamp lies on the signature box of the rendered letter.
        auto signedPath = signer.signedFilePath(*signedLetter);
        QVERIFY2(signedPath.ok(), qPrintable(signedPath.errorMessage()));
        esign::VerifyOptions vo;
        vo.trustDirectory = esign::TrustStore::directoryForProfile(kadis->profile->directory());
        auto report = esign::SignatureVerifier::verify(*signedPath, vo);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->signatures.size(), 1);
        QVERIFY2(report->signatures[0].intact(), qPrintable(report->toText()));
        QVERIFY2(report->signatures[0].trusted(), qPrintable(report->toText()));
        QVERIFY(report->signatures[0].coversWholeDocument);
        QVERIFY(report->signatures[0].signerName.contains(QStringLiteral("Siti Aminah")));
        auto rendered = signer.render(*signedLetter);
        QVERIFY(rendered.ok());
        {
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(*signedPath);
            QVERIFY(doc);
            std::unique_ptr<Poppler::Page> page = doc->page(rendered->signaturePage - 1);
            QVERIFY(page);
            const QSizeF size = page->pageSizeF();
            bool found = false;
            for (const auto& field : page->formFields()) {
                if (field->type() != Poppler::FormField::FormSignature)
                    continue;
                const QRectF n = field->rect(); // normalised, origin top-left
                const QRectF points(n.x() * size.width(), (1 - n.bottom()) * size.height(),
                                    n.width() * size.width(), n.height() * size.height());
                const QRectF box = rendered->signatureBox;
                QVERIFY2(qAbs(points.x() - box.x()) < 1 && qAbs(points.y() - box.y()) < 1 &&
                             qAbs(points.width() - box.width()) < 1 &&
                             qAbs(points.height() - box.height()) < 1,
                         qPrintable(QStringLiteral("widget %1,%2 %3x%4, box %5,%6 %7x%8")
                                        .arg(points.x())
                                        .arg(points.y())
                                        .arg(points.width())
                                        .arg(points.height())
                                        .arg(box.x())
                                        .arg(box.y())
                                        .arg(box.width())
                                        .arg(box.height())));
                found = true;
            }
            QVERIFY(found);
            // The box sits between the jabatan and the name on the letter.
            const QString above =
                page->text(QRectF(0, size.height() - rendered->signatureBox.bottom() - 30, size.width(), 30));
            QVERIFY2(above.contains(QStringLiteral("Kepala Dinas")), qPrintable(above));
            const QString below =
                page->text(QRectF(0, size.height() - rendered->signatureBox.y(), size.width(), 20));
            QVERIFY2(below.contains(QStringLiteral("Siti Aminah")), qPrintable(below));
            QVERIFY(page->text(QRectF()).contains(signedLetter->nomor));
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdfsig"), {*signedPath});
            QVERIFY(p.waitForFinished(30000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("Signature is Valid")), qPrintable(out));
        }

        // After signing: the number and the content are frozen, even for the signer.
        {
            QJsonObject row = serverRow(kOutgoingEntity, id);
            row.insert(QStringLiteral("nomor"), QStringLiteral("000.1.2/0001/DISKOMINFO.APTIKA/2026"));
            expectRejected(attack(QStringLiteral("kadis"), kOutgoingEntity, id, row),
                           QStringLiteral("hanya dapat dikirim"));
            row = serverRow(kOutgoingEntity, id);
            row.insert(QStringLiteral("hal"), QStringLiteral("Hal yang lain"));
            row.insert(QStringLiteral("status"), outgoing::kTerkirim);
            row.insert(QStringLiteral("recipientUnits"),
                       QJsonArray{unitId(QStringLiteral("DISKOMINFO.PERSANDIAN"))});
            expectRejected(attack(QStringLiteral("kadis"), kOutgoingEntity, id, row),
                           QStringLiteral("tidak boleh diubah"));
        }

        // A delivery before the letter is sent, or with forged metadata, is refused or rewritten.
        const QString persandian = unitId(QStringLiteral("DISKOMINFO.PERSANDIAN"));
        expectRejected(attack(QStringLiteral("kadis"), kDeliveryEntity, deliveryId(id, persandian),
                              QJsonObject{{QStringLiteral("outgoingId"), id},
                                          {QStringLiteral("unitId"), persandian},
                                          {QStringLiteral("status"), outgoing::kTerkirim}}),
                       QStringLiteral("sesudah ditandatangani"));

        auto sent = signer.dispatch(id, {persandian});
        QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
        kadis->sync();
        const QJsonObject delivery = serverRow(kDeliveryEntity, deliveryId(id, persandian));
        QCOMPARE(delivery.value(QStringLiteral("status")).toString(), outgoing::kTerkirim);
        QCOMPARE(delivery.value(QStringLiteral("fileSha256")).toString(), signedLetter->finalSha);
        QCOMPARE(delivery.value(QStringLiteral("nomor")).toString(), signedLetter->nomor);
        QCOMPARE(serverRow(kOutgoingEntity, id).value(QStringLiteral("status")).toString(),
                 outgoing::kTerkirim);
        {
            // Another unit not among the recipients.
            const QString aptika = unitId(QStringLiteral("DISKOMINFO.APTIKA"));
            expectRejected(attack(QStringLiteral("kadis"), kDeliveryEntity, deliveryId(id, aptika),
                                  QJsonObject{{QStringLiteral("outgoingId"), id},
                                              {QStringLiteral("unitId"), aptika},
                                              {QStringLiteral("status"), outgoing::kTerkirim}}),
                           QStringLiteral("tidak termasuk penerima"));
        }

        // The recipient's pencatat (tu, at the dinas above the bidang) registers it as an incoming letter,
        // with an agenda number of the receiving unit's book.
        LONTAR_VERIFY_OK(tu->reserveAgenda(persandian));
        LetterRegister letters(tu->db(), tu->profile->audit(), tu->actor());
        DeliveryDesk inbox(letters, tu->blobDir());
        auto waiting = inbox.waiting();
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 1);
        QVERIFY(!inbox.receive(waiting->first().id)); // the PDF is not on this device yet
        QVERIFY(QDir().mkpath(tu->blobDir()));
        LONTAR_VERIFY_OK(tu->client->downloadBlob(
            waiting->first().fileSha256, tu->blobDir() + QLatin1Char('/') + waiting->first().fileSha256));
        auto incoming = inbox.receive(waiting->first().id);
        QVERIFY2(incoming.ok(), qPrintable(incoming.errorMessage()));
        QCOMPARE(incoming->nomor, signedLetter->nomor);
        QCOMPARE(incoming->unitId, persandian);
        QCOMPARE(incoming->fileSha256, signedLetter->finalSha);
        tu->sync();
        QCOMPARE(
            serverRow(kDeliveryEntity, deliveryId(id, persandian)).value(QStringLiteral("status")).toString(),
            outgoing::kDiterima);
        QCOMPARE(serverRow(kLetterEntity, incoming->id).value(QStringLiteral("perihal")).toString(),
                 draft.hal);
        QVERIFY(inbox.waiting()->isEmpty());

        // The register of sent letters lists it for the dinas.
        auto reg = kadis->desk().list(OutgoingList::Register, QDate::currentDate().year());
        QVERIFY(reg.ok());
        QCOMPARE(reg->size(), 1);
        QCOMPARE(reg->first().status, outgoing::kTerkirim);
    }
};

QTEST_MAIN(TestRecordsOutgoingSync)
#include "tst_recordsoutgoingsync.moc"
