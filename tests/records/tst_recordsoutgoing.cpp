#include "TestSupport.h"

#include "core/Directory.h"
#include "core/Uuid.h"
#include "records/NumberBlocks.h"
#include "records/OutgoingLetters.h"
#include "records/OutgoingRender.h"
#include "records/RecordsModule.h"

#include <QJsonArray>
#include <QtTest>
#include <poppler-qt6.h>

#include <map>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// The server's rules for outgoing letters and their deliveries, run as the server runs them (onServer,
// the directory as synced rows), and the rendered letter read back with Poppler.
class TestRecordsOutgoing : public QObject
{
    Q_OBJECT

    std::map<std::pair<QString, QString>, QJsonObject> m_rows; // (entity, id) -> row
    std::map<QString, User> m_users;
    std::map<QString, QString> m_units; // code -> id
    std::shared_ptr<const EntityPolicy> m_policy = makeOutgoingPolicy();
    std::shared_ptr<const EntityPolicy> m_delivery = makeDeliveryPolicy();
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

    QString unit(const QString& code) { return m_units.at(code); }
    const User& user(const QString& name) { return m_users.at(name); }

    void addUnit(const QString& code, const QString& parent)
    {
        const QString id = nameBasedUuid(QStringLiteral("unit:") + code);
        m_units[code] = id;
        m_rows[{directory::kUnitEntity, id}] =
            QJsonObject{{QStringLiteral("code"), code},
                        {QStringLiteral("name"), QStringLiteral("Unit ") + code},
                        {QStringLiteral("parentId"), parent.isEmpty() ? QString() : unit(parent)}};
    }
    void addUser(const QString& name, const QString& unitCode, QList<Role> roles, int clearance)
    {
        User u;
        u.id = nameBasedUuid(QStringLiteral("user:") + name);
        u.username = name;
        u.fullName = QStringLiteral("Nama ") + name;
        u.position = QStringLiteral("Jabatan ") + name;
        u.nip = QStringLiteral("1990010120150320%1").arg(m_users.size(), 2, 10, QLatin1Char('0'));
        u.unitId = unit(unitCode);
        u.roles = roles;
        u.clearance = clearance;
        m_users[name] = u;
        QJsonObject row = directory::userToJson(u);
        m_rows[{directory::kUserEntity, u.id}] = row;
    }

    Actor actor(const QString& name)
    {
        Actor a;
        a.user = user(name);
        a.clearance = a.user.clearance;
        a.deviceId = nameBasedUuid(QStringLiteral("test-device/") + name);
        // The subtree: the user's unit and every unit whose ancestors include it.
        for (const auto& [code, id] : m_units) {
            QString at = id;
            for (int i = 0; i < 10 && !at.isEmpty(); ++i) {
                if (at == a.user.unitId) {
                    a.unitSubtree.append(id);
                    break;
                }
                at = m_rows[{directory::kUnitEntity, at}].value(QStringLiteral("parentId")).toString();
            }
        }
        return a;
    }

    // One write as the server sees it; on success the row is stored like the server stores it.
    Result<QJsonObject> write(const QString& entity, const QString& who, const QString& id, QJsonObject data)
    {
        const Actor a = actor(who);
        std::optional<QJsonObject> current;
        if (auto it = m_rows.find({entity, id}); it != m_rows.end())
            current = it->second;
        RowLookup lookup = [this](const QString& e, const QString& i) -> std::optional<QJsonObject> {
            auto it = m_rows.find({e, i});
            if (it == m_rows.end())
                return std::nullopt;
            return it->second;
        };
        WriteContext c{a, true, m_now, id, false, current, RowAccess{}, lookup, {}};
        const auto& policy = entity == kDeliveryEntity ? m_delivery : m_policy;
        auto access = policy->authorizeWrite(c, data);
        if (!access)
            return access.error();
        m_rows[{entity, id}] = data;
        return data;
    }

    OutgoingLetter draftLetter()
    {
        OutgoingLetter l;
        l.id = newUuid();
        l.unitId = unit(QStringLiteral("APTIKA"));
        l.drafterId = user(QStringLiteral("staf")).id;
        l.classification = QStringLiteral("000.1.2");
        l.hal = QStringLiteral("Rapat koordinasi");
        l.tujuan = {QStringLiteral("Kepala Bidang Persandian")};
        l.body = QStringLiteral("Isi naskah.");
        l.place = QStringLiteral("Tanjung Lontar");
        l.signerId = user(QStringLiteral("kadis")).id;
        for (const QString& v : {QStringLiteral("kabid"), QStringLiteral("tu")}) {
            ParafStep s;
            s.userId = user(v).id;
            l.paraf.append(s);
        }
        return l;
    }

    OutgoingLetter stored(const QString& id)
    {
        return OutgoingLetter::fromJson(id, m_rows[{kOutgoingEntity, id}]);
    }

    static void expectRefused(const Result<QJsonObject>& r, const QString& contains)
    {
        QVERIFY2(!r.ok(), "the write was accepted");
        QVERIFY2(r.errorMessage().contains(contains), qPrintable(r.errorMessage()));
    }

    // A letter submitted for paraf, returns its id.
    QString submitted()
    {
        OutgoingLetter l = draftLetter();
        l.status = outgoing::kParaf;
        auto r = write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson());
        if (!r)
            qFatal("submit: %s", qPrintable(r.errorMessage()));
        return l.id;
    }

    Result<QJsonObject> paraf(const QString& who, const QString& id, int step, const QString& state,
                              const QString& status, const QString& note = {})
    {
        OutgoingLetter l = stored(id);
        l.paraf[step].state = state;
        l.paraf[step].note = note;
        l.status = status;
        return write(kOutgoingEntity, who, id, l.toJson());
    }

    QString ready()
    {
        const QString id = submitted();
        if (!paraf(QStringLiteral("kabid"), id, 0, outgoing::kDisetujui, outgoing::kParaf) ||
            !paraf(QStringLiteral("tu"), id, 1, outgoing::kDisetujui, outgoing::kSiapTte))
            qFatal("paraf failed");
        return id;
    }

    // The signer's device took `seq` for this letter from a block of the letter's unit the server
    // confirmed to it (the rows the server holds when the signed letter arrives).
    QString takeNumber(const QString& letterId, int seq, const QString& signer = QStringLiteral("kadis"))
    {
        const QString unitId = unit(QStringLiteral("APTIKA"));
        const int year = QDate::currentDate().year();
        const int index = (seq - 1) / kNumberBlockSize;
        const QString blockId = numberBlockId(unitId, year, index);
        const Actor a = actor(signer);
        m_rows[{kNumberBlockEntity, blockId}] =
            QJsonObject{{QStringLiteral("unitId"), unitId},
                        {QStringLiteral("year"), year},
                        {QStringLiteral("index"), index},
                        {QStringLiteral("first"), index * kNumberBlockSize + 1},
                        {QStringLiteral("last"), (index + 1) * kNumberBlockSize},
                        {QStringLiteral("deviceId"), a.deviceId},
                        {QStringLiteral("userId"), a.user.id},
                        {QStringLiteral("reservedAt"), double(m_now)}};
        m_rows[{kNumberUseEntity, numberUseId(blockId, seq, kNumberUsed)}] =
            QJsonObject{{QStringLiteral("blockId"), blockId},
                        {QStringLiteral("seq"), seq},
                        {QStringLiteral("kind"), kNumberUsed},
                        {QStringLiteral("letterId"), letterId}};
        return blockId;
    }

    QJsonObject signedData(const QString& id, int seq = 3)
    {
        OutgoingLetter l = stored(id);
        l.status = outgoing::kDitandatangani;
        l.numberSeq = seq;
        l.numberBlockId = numberBlockId(l.unitId, QDate::currentDate().year(), (seq - 1) / kNumberBlockSize);
        l.letterDate = QDate::currentDate().toString(Qt::ISODate);
        l.nomor =
            formatLetterNumber(l.classification, seq, QStringLiteral("APTIKA"), QDate::currentDate().year());
        l.finalSha = QString(64, QLatin1Char('b'));
        return l.toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        addUnit(QStringLiteral("PEMKAB"), {});
        addUnit(QStringLiteral("DISKOMINFO"), QStringLiteral("PEMKAB"));
        addUnit(QStringLiteral("APTIKA"), QStringLiteral("DISKOMINFO"));
        addUnit(QStringLiteral("PERSANDIAN"), QStringLiteral("DISKOMINFO"));
        addUser(QStringLiteral("staf"), QStringLiteral("APTIKA"), {Role::Asn}, 0);
        addUser(QStringLiteral("kabid"), QStringLiteral("APTIKA"), {Role::Atasan, Role::Asn}, 1);
        addUser(QStringLiteral("tu"), QStringLiteral("DISKOMINFO"), {Role::Pencatat, Role::Asn}, 0);
        addUser(QStringLiteral("kadis"), QStringLiteral("DISKOMINFO"), {Role::Penandatangan, Role::Asn}, 2);
        addUser(QStringLiteral("sandi"), QStringLiteral("PERSANDIAN"), {Role::Pencatat, Role::Asn}, 2);
        addUser(QStringLiteral("bupati"), QStringLiteral("PEMKAB"), {Role::Penandatangan, Role::Asn}, 3);
    }

    void draftIsTheDraftersOwn()
    {
        OutgoingLetter l = draftLetter();
        l.drafterId = user(QStringLiteral("kabid")).id;
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("atas nama"));
        l = draftLetter();
        l.unitId = unit(QStringLiteral("DISKOMINFO"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("unit kerja"));
        l = draftLetter();
        l.status = outgoing::kDitandatangani;
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("Konsep"));
    }

    void signerNameComesFromTheDirectory()
    {
        OutgoingLetter l = draftLetter();
        l.signerName = QStringLiteral("Bupati Palsu");
        l.signerNip = QStringLiteral("000000000000000000");
        l.paraf[0].name = QStringLiteral("Orang Lain");
        auto r = write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson());
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        const OutgoingLetter s = stored(l.id);
        QCOMPARE(s.signerName, user(QStringLiteral("kadis")).fullName);
        QCOMPARE(s.signerNip, user(QStringLiteral("kadis")).nip);
        QCOMPARE(s.signerPosition, user(QStringLiteral("kadis")).position);
        QCOMPARE(s.paraf[0].name, user(QStringLiteral("kabid")).fullName);
        QCOMPARE(s.drafterName, user(QStringLiteral("staf")).fullName);
    }

    void chainMustReadTheLetter()
    {
        OutgoingLetter l = draftLetter();
        l.paraf[1].userId = user(QStringLiteral("sandi")).id; // beside the drafting unit
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("di atasnya"));
        l = draftLetter();
        l.securityClass = SecurityClass::Terbatas; // tu has clearance biasa
        expectRefused(write(kOutgoingEntity, QStringLiteral("kabid"), l.id,
                            [&] {
                                OutgoingLetter m = l;
                                m.drafterId = user(QStringLiteral("kabid")).id;
                                m.paraf = {l.paraf[1]};
                                return m.toJson();
                            }()),
                      QStringLiteral("tidak berizin"));
        l = draftLetter();
        l.paraf[0].userId = user(QStringLiteral("staf")).id; // self-paraf
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("sendiri"));
        l = draftLetter();
        l.signerId = user(QStringLiteral("kabid")).id; // no penandatangan role
        l.paraf = {l.paraf[1]};
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("tidak berwenang"));
        l = draftLetter();
        l.paraf[0].state = outgoing::kDisetujui; // a paraf given by the drafter's client
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), l.id, l.toJson()),
                      QStringLiteral("pemeriksa masing-masing"));
    }

    void parafInOrderOnly()
    {
        const QString id = submitted();
        // The second verifier before the first.
        expectRefused(paraf(QStringLiteral("tu"), id, 1, outgoing::kDisetujui, outgoing::kSiapTte),
                      QStringLiteral("Belum giliran"));
        // The first verifier approving the second's step too (skipping it).
        {
            OutgoingLetter l = stored(id);
            l.paraf[0].state = outgoing::kDisetujui;
            l.paraf[1].state = outgoing::kDisetujui;
            l.status = outgoing::kSiapTte;
            expectRefused(write(kOutgoingEntity, QStringLiteral("kabid"), id, l.toJson()),
                          QStringLiteral("paraf Anda sendiri"));
        }
        // Someone outside the chain, the drafter, the signer.
        for (const QString& who : {QStringLiteral("staf"), QStringLiteral("kadis")})
            expectRefused(paraf(who, id, 0, outgoing::kDisetujui, outgoing::kParaf),
                          QStringLiteral("rantai paraf"));
        // The verifier may not touch the content.
        {
            OutgoingLetter l = stored(id);
            l.paraf[0].state = outgoing::kDisetujui;
            l.hal = QStringLiteral("Diubah pemeriksa");
            expectRefused(write(kOutgoingEntity, QStringLiteral("kabid"), id, l.toJson()),
                          QStringLiteral("tidak boleh diubah"));
        }
        expectRefused(paraf(QStringLiteral("kabid"), id, 0, outgoing::kDisetujui, outgoing::kSiapTte),
                      QStringLiteral("tidak sesuai"));
        auto ok = paraf(QStringLiteral("kabid"), id, 0, outgoing::kDisetujui, outgoing::kParaf);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(stored(id).paraf[0].at, m_now); // the server's clock, not the client's
        expectRefused(paraf(QStringLiteral("tu"), id, 1, outgoing::kDikembalikan, outgoing::kDikembalikan),
                      QStringLiteral("alasan"));
        auto back = paraf(QStringLiteral("tu"), id, 1, outgoing::kDikembalikan, outgoing::kDikembalikan,
                          QStringLiteral("Perbaiki hal"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(stored(id).returnNote, QStringLiteral("Perbaiki hal"));
        // Back with the drafter: only they edit it; a verifier cannot.
        OutgoingLetter l = stored(id);
        l.hal = QStringLiteral("Hal yang diperbaiki");
        expectRefused(write(kOutgoingEntity, QStringLiteral("kabid"), id, l.toJson()),
                      QStringLiteral("penyusun"));
        for (ParafStep& s : l.paraf) {
            s.state = outgoing::kMenunggu;
            s.note.clear();
        }
        l.status = outgoing::kParaf;
        QVERIFY(write(kOutgoingEntity, QStringLiteral("staf"), id, l.toJson()).ok());
        QCOMPARE(stored(id).returnNote, QString());
    }

    void signOnlyAfterEveryParafByTheSigner()
    {
        const QString id = submitted();
        QVERIFY(paraf(QStringLiteral("kabid"), id, 0, outgoing::kDisetujui, outgoing::kParaf).ok());
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id)),
                      QStringLiteral("rantai paraf"));
        QVERIFY(paraf(QStringLiteral("tu"), id, 1, outgoing::kDisetujui, outgoing::kSiapTte).ok());
        expectRefused(write(kOutgoingEntity, QStringLiteral("bupati"), id, signedData(id)),
                      QStringLiteral("Hanya penandatangan"));
        QJsonObject wrongNumber = signedData(id);
        wrongNumber.insert(QStringLiteral("nomor"), QStringLiteral("000.1.2/0003/DISKOMINFO/2026"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, wrongNumber),
                      QStringLiteral("Nomor naskah"));
        QJsonObject future = signedData(id);
        future.insert(QStringLiteral("letterDate"), QDate::currentDate().addDays(5).toString(Qt::ISODate));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, future),
                      QStringLiteral("sesudah hari ini"));
        QJsonObject noFile = signedData(id);
        noFile.remove(QStringLiteral("finalSha"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, noFile),
                      QStringLiteral("bertanda tangan"));
        QJsonObject edited = signedData(id);
        edited.insert(QStringLiteral("body"), QStringLiteral("Isi diganti saat tanda tangan"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, edited),
                      QStringLiteral("tidak boleh diubah"));
        // The number must have been taken for this letter on the signer's device.
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id)),
                      QStringLiteral("bukan nomor dari blok"));
        takeNumber(newUuid(), 3);
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id)),
                      QStringLiteral("sudah dipakai naskah lain"));
        takeNumber(id, 3, QStringLiteral("kabid"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id)),
                      QStringLiteral("blok perangkat lain"));
        takeNumber(id, 3);
        auto ok = write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id));
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(stored(id).signedAt, m_now);

        // Signed: the number, the content and the file are frozen; only dispatch remains.
        QJsonObject renumbered = m_rows[{kOutgoingEntity, id}];
        renumbered.insert(QStringLiteral("nomor"), QStringLiteral("000.1.2/0004/APTIKA/2026"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, renumbered),
                      QStringLiteral("hanya dapat"));
        renumbered.insert(QStringLiteral("status"), outgoing::kTerkirim);
        renumbered.insert(QStringLiteral("recipientUnits"), QJsonArray{unit(QStringLiteral("PERSANDIAN"))});
        expectRefused(write(kOutgoingEntity, QStringLiteral("kadis"), id, renumbered),
                      QStringLiteral("tidak boleh diubah"));
        QJsonObject redraft = m_rows[{kOutgoingEntity, id}];
        redraft.insert(QStringLiteral("hal"), QStringLiteral("Lain"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), id, redraft),
                      QStringLiteral("hanya dapat"));
        QJsonObject send = m_rows[{kOutgoingEntity, id}];
        send.insert(QStringLiteral("status"), outgoing::kTerkirim);
        send.insert(QStringLiteral("recipientUnits"), QJsonArray{unit(QStringLiteral("PERSANDIAN"))});
        expectRefused(write(kOutgoingEntity, QStringLiteral("kabid"), id, send),
                      QStringLiteral("penyusun atau"));
        QVERIFY(write(kOutgoingEntity, QStringLiteral("staf"), id, send).ok());
        QJsonObject again = m_rows[{kOutgoingEntity, id}];
        again.insert(QStringLiteral("hal"), QStringLiteral("Lain"));
        expectRefused(write(kOutgoingEntity, QStringLiteral("staf"), id, again),
                      QStringLiteral("sudah dikirim"));
    }

    void deliveryCopiesTheSignedLetter()
    {
        const QString id = ready();
        const QString sandiUnit = unit(QStringLiteral("PERSANDIAN"));
        const QString did = deliveryId(id, sandiUnit);
        const QJsonObject forged{{QStringLiteral("outgoingId"), id},
                                 {QStringLiteral("unitId"), sandiUnit},
                                 {QStringLiteral("hal"), QStringLiteral("Perihal palsu")},
                                 {QStringLiteral("nomor"), QStringLiteral("999/9999/X/2026")},
                                 {QStringLiteral("status"), outgoing::kTerkirim}};
        expectRefused(write(kDeliveryEntity, QStringLiteral("kadis"), did, forged),
                      QStringLiteral("sesudah ditandatangani"));
        takeNumber(id, 9);
        QVERIFY(write(kOutgoingEntity, QStringLiteral("kadis"), id, signedData(id, 9)).ok());
        QJsonObject send = m_rows[{kOutgoingEntity, id}];
        send.insert(QStringLiteral("status"), outgoing::kTerkirim);
        send.insert(QStringLiteral("recipientUnits"), QJsonArray{sandiUnit});
        QVERIFY(write(kOutgoingEntity, QStringLiteral("kadis"), id, send).ok());
        expectRefused(write(kDeliveryEntity, QStringLiteral("kadis"), newUuid(), forged),
                      QStringLiteral("Satu pengiriman"));
        expectRefused(write(kDeliveryEntity, QStringLiteral("tu"), did, forged),
                      QStringLiteral("penyusun atau"));
        auto ok = write(kDeliveryEntity, QStringLiteral("kadis"), did, forged);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(ok->value(QStringLiteral("hal")).toString(), QStringLiteral("Rapat koordinasi"));
        QCOMPARE(ok->value(QStringLiteral("nomor")).toString(), stored(id).nomor);
        QCOMPARE(ok->value(QStringLiteral("fileSha256")).toString(), QString(64, QLatin1Char('b')));
        // Received only by a pencatat of the recipient tree.
        QJsonObject received = *ok;
        received.insert(QStringLiteral("status"), outgoing::kDiterima);
        received.insert(QStringLiteral("letterId"), newUuid());
        expectRefused(write(kDeliveryEntity, QStringLiteral("kabid"), did, received),
                      QStringLiteral("pencatat"));
        // The incoming letter must be this file.
        expectRefused(write(kDeliveryEntity, QStringLiteral("sandi"), did, received),
                      QStringLiteral("bukan berkas"));
        const QString letterId = received.value(QStringLiteral("letterId")).toString();
        m_rows[{kLetterEntity, letterId}] =
            QJsonObject{{QStringLiteral("fileSha256"), QString(64, QLatin1Char('b'))}};
        received.insert(QStringLiteral("hal"), QStringLiteral("Diubah penerima"));
        auto done = write(kDeliveryEntity, QStringLiteral("sandi"), did, received);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->value(QStringLiteral("hal")).toString(), QStringLiteral("Rapat koordinasi"));
        QCOMPARE(done->value(QStringLiteral("receivedBy")).toString(), user(QStringLiteral("sandi")).id);
    }

    void renderedLetterHasItsPartsAndBox()
    {
        OutgoingLetter l = draftLetter();
        l.signerName = QStringLiteral("Ir. Siti Aminah, M.T.");
        l.signerPosition = QStringLiteral("Kepala Dinas Komunikasi dan Informatika");
        l.signerNip = QStringLiteral("197803202003122002");
        l.lampiran = QStringLiteral("1 (satu) berkas");
        l.tembusan = {QStringLiteral("Sekretaris Daerah")};
        l.body = QStringLiteral("Paragraf pertama.\n\nParagraf kedua yang cukup panjang. ").repeated(3);
        const Letterhead head{QStringLiteral("Pemerintah Kabupaten Tanjung Lontar"),
                              QStringLiteral("Dinas Komunikasi dan Informatika"),
                              QStringLiteral("Jalan Merdeka 1")};
        for (const QString& templ : outgoingTemplateKeys()) {
            l.templateKey = templ;
            for (bool final : {false, true}) {
                l.nomor = final ? QStringLiteral("000.1.2/0007/DISKOMINFO.APTIKA/2026") : QString();
                l.letterDate = final ? QStringLiteral("2026-03-03") : QString();
                auto r = OutgoingRenderer::render(l, head);
                QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
                std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(r->pdf);
                QVERIFY(doc);
                QCOMPARE(doc->numPages(), r->pageCount);
                std::unique_ptr<Poppler::Page> page = doc->page(r->signaturePage - 1);
                const QSizeF size = page->pageSizeF();
                const QString all = page->text(QRectF());
                QVERIFY2(all.contains(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")), qPrintable(all));
                QVERIFY(all.contains(QStringLiteral("Rapat koordinasi")));
                QVERIFY(all.contains(QStringLiteral("NIP. 197803202003122002")));
                QCOMPARE(all.contains(QStringLiteral("3 Maret 2026")), final);
                QCOMPARE(all.contains(l.nomor.isEmpty() ? QStringLiteral("diberikan saat") : l.nomor), true);
                const QRectF box = r->signatureBox;
                QVERIFY(box.x() > size.width() / 2 - 20 && box.right() < size.width());
                QVERIFY(box.y() > 0 && box.bottom() < size.height());
                // Jabatan just above the box, the name just below; nothing inside it on the final letter.
                QVERIFY(page->text(QRectF(0, size.height() - box.bottom() - 30, size.width(), 30))
                            .contains(QStringLiteral("Kepala Dinas")));
                QVERIFY(page->text(QRectF(0, size.height() - box.y(), size.width(), 20))
                            .contains(QStringLiteral("Siti Aminah")));
                const QString inside =
                    page->text(QRectF(box.x(), size.height() - box.bottom(), box.width(), box.height()));
                QCOMPARE(inside.trimmed().isEmpty(), final);
            }
        }
    }
};

QTEST_MAIN(TestRecordsOutgoing)
#include "tst_recordsoutgoing.moc"
