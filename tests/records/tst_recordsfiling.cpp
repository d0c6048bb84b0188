#include "RecordsTestSupport.h"

#include "core/Uuid.h"
#include "records/Disposal.h"
#include "records/DisposalDocuments.h"
#include "records/Filing.h"
#include "records/FilingPolicies.h"
#include "records/Instruments.h"
#include "records/Letters.h"
#include "records/PdfText.h"

#include <QGuiApplication>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::sync;
using namespace lontar::test;

// Filing on a device, where each change runs the entity policies as the logged-in user: letters join a
// berkas of their unit and code, a closed berkas keeps its letters, a declared record refuses content
// changes, holds block a disposal at every step, only the right people propose, approve and carry out a
// disposal, and the daftar usul musnah and the berita acara carry the berkas lines (read back with Poppler).
class TestRecordsFiling : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordsDevice> m_dev;

    Database& db() { return m_dev->db(); }
    AuditLog& audit() { return m_dev->profile->audit(); }
    Actor actor(const char* name) { return m_dev->actor(QString::fromLatin1(name)); }
    FilingRegister filing(const char* name) { return FilingRegister(db(), audit(), actor(name)); }
    DisposalRegister disposal(const char* name) { return DisposalRegister(db(), audit(), actor(name)); }

    QString openFile(const QString& code, const QString& title, QDate opened, QDate closed = {})
    {
        FileDraft draft;
        draft.code = code;
        draft.title = title;
        draft.openedOn = opened;
        FilingRegister tu = filing("tu");
        auto f = tu.openFile(draft);
        if (!f)
            qFatal("open %s: %s", qPrintable(code), qPrintable(f.errorMessage()));
        if (closed.isValid()) {
            if (Status s = tu.closeFile(f->id, closed); !s)
                qFatal("close: %s", qPrintable(s.errorMessage()));
        }
        return f->id;
    }

    QString registerLetter(const QString& code, const QString& perihal, bool withFile = false)
    {
        LetterRegister letters(db(), audit(), actor("tu"));
        LetterDraft draft;
        draft.classification = code;
        draft.perihal = perihal;
        draft.nomor = QStringLiteral("000/1/2019");
        draft.pengirim = QStringLiteral("Dinas Perhubungan");
        draft.receivedDate = QDate(2019, 3, 4);
        std::optional<LetterFile> file;
        if (withFile)
            file = LetterFile{QStringLiteral("surat.pdf"), QString(64, QLatin1Char('a')), 1234, 1,
                              QStringLiteral("isi surat perjalanan dinas")};
        auto l = letters.registerLetter(draft, file);
        if (!l)
            qFatal("register: %s", qPrintable(l.errorMessage()));
        return l->id;
    }

    QJsonObject row(const QString& entity, const QString& id)
    {
        return ClientStore(db()).get(entity, id)->data;
    }

    QString fileStatus(const QString& id)
    {
        return db().scalar(QStringLiteral("SELECT status FROM rec_files WHERE id = ?"), {id})->toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dev = std::make_unique<RecordsDevice>();
        DeviceRecordsRows rows(db(), audit(), actor("arsiparis"));
        InstrumentImport instruments(rows);
        LONTAR_VERIFY_OK(instruments.importClassification(demoClassificationCsv()));
        LONTAR_VERIFY_OK(instruments.importRetention(demoRetentionCsv()));
    }

    void berkasRules()
    {
        FilingRegister tu = filing("tu");
        FileDraft draft;
        draft.code = QStringLiteral("999.9");
        draft.title = QStringLiteral("Kode palsu");
        QVERIFY(!tu.openFile(draft)); // code not in the scheme
        draft.code = QStringLiteral("000.1.2");
        draft.title = QStringLiteral("  ");
        QVERIFY(!tu.openFile(draft)); // no title
        draft.title = QStringLiteral("SPPD");
        draft.unitId = actor("arsiparis").user.unitId;
        QVERIFY(!tu.openFile(draft)); // another unit's tree
        QVERIFY(
            !filing("staf").openFile(FileDraft{{}, QStringLiteral("000.1.2"), QStringLiteral("x"), {}, {}}));
        const QString f = openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2});
        QCOMPARE(tu.file(f)->number, 1);
        QCOMPARE(tu.nextFileNumber(actor("tu").user.unitId).value(), 2);
        QVERIFY(!tu.closeFile(f, QDate(2018, 12, 31)));             // before it was opened
        QVERIFY(!tu.closeFile(f, QDate::currentDate().addDays(2))); // in the future
        LONTAR_VERIFY_OK(tu.closeFile(f, QDate(2019, 12, 20)));
        // Reopening or moving the closing date is refused (it fixes the cut-off year).
        QJsonObject data = row(kFileEntity, f);
        data.insert(QStringLiteral("closedOn"), QString());
        QVERIFY(!ClientStore(db(), actor("tu")).put(kFileEntity, f, data));
        data.insert(QStringLiteral("closedOn"), QStringLiteral("2019-12-21"));
        QVERIFY(!ClientStore(db(), actor("arsiparis")).put(kFileEntity, f, data));
        // A new berkas claiming a status, a hold or another creator is refused.
        QJsonObject forged{{QStringLiteral("code"), QStringLiteral("000.1.2")},
                           {QStringLiteral("title"), QStringLiteral("x")},
                           {QStringLiteral("number"), 9},
                           {QStringLiteral("openedOn"), QStringLiteral("2019-01-01")},
                           {QStringLiteral("status"), QStringLiteral("musnah")}};
        QVERIFY(!ClientStore(db(), actor("tu")).put(kFileEntity, newUuid(), forged));
        forged.insert(QStringLiteral("status"), QStringLiteral("aktif"));
        forged.insert(QStringLiteral("createdBy"), actor("kadis").user.id);
        QVERIFY(!ClientStore(db(), actor("tu")).put(kFileEntity, newUuid(), forged));
        forged.remove(QStringLiteral("createdBy"));
        forged.insert(QStringLiteral("hold"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}});
        QVERIFY(!ClientStore(db(), actor("arsiparis")).put(kFileEntity, newUuid(), forged));
        // Hold and release: arsiparis only, always with a reason; who and when come from the session.
        QVERIFY(!tu.hold(f, QStringLiteral("Perkara")));
        FilingRegister arsiparis = filing("arsiparis");
        QVERIFY(!arsiparis.hold(f, QStringLiteral("   ")));
        LONTAR_VERIFY_OK(arsiparis.hold(f, QStringLiteral("Perkara di PTUN")));
        QCOMPARE(row(kFileEntity, f)
                     .value(QStringLiteral("hold"))
                     .toObject()
                     .value(QStringLiteral("by"))
                     .toString(),
                 actor("arsiparis").user.id);
        QVERIFY(!arsiparis.release(f, QString()));
        QVERIFY(!tu.release(f, QStringLiteral("selesai")));
        LONTAR_VERIFY_OK(arsiparis.release(f, QStringLiteral("Putusan inkrah")));
        const QJsonObject released = row(kFileEntity, f).value(QStringLiteral("lastRelease")).toObject();
        QCOMPARE(released.value(QStringLiteral("heldReason")).toString(), QStringLiteral("Perkara di PTUN"));
        QVERIFY(db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                           "('records.file.hold', 'records.file.release')"))
                    ->toInt() == 2);
    }

    void lettersJoinABerkas()
    {
        FilingRegister tu = filing("tu");
        const QString letter = registerLetter(QStringLiteral("000.1.2"), QStringLiteral("SPPD ke provinsi"));
        const QString other = registerLetter(QStringLiteral("400.9"), QStringLiteral("Pemberdayaan"));
        const QString travel =
            openFile(QStringLiteral("000.1"), QStringLiteral("Tata usaha 2019"), {2019, 1, 2});
        const QString travel2 =
            openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2});
        LONTAR_VERIFY_OK(tu.fileLetter(letter, travel)); // 000.1.2 under 000.1
        auto filed = LetterRegister(db(), audit(), actor("tu")).letter(letter);
        QCOMPARE(filed->fileId, travel);
        QCOMPARE(filed->status, QStringLiteral("diberkaskan"));
        QVERIFY(!tu.fileLetter(other, travel2)); // 400.9 is not under 000.1.2
        // A berkas of another unit: the arsiparis's own.
        FileDraft draft{{}, QStringLiteral("400.9"), QStringLiteral("Arsip DISPUSIP"), QDate(2019, 1, 2), {}};
        auto foreign = filing("arsiparis").openFile(draft);
        LONTAR_VERIFY_OK(foreign);
        QVERIFY(!filing("arsiparis").fileLetter(other, foreign->id));
        // diberkaskan without a berkas is refused.
        QJsonObject data = row(kLetterEntity, other);
        data.insert(QStringLiteral("status"), QStringLiteral("diberkaskan"));
        QVERIFY(!ClientStore(db(), actor("tu")).put(kLetterEntity, other, data));
        // Once the berkas is closed its letters stay, and it takes no new ones.
        LONTAR_VERIFY_OK(tu.closeFile(travel, QDate(2019, 12, 31)));
        QVERIFY(!tu.fileLetter(letter, travel2));
        const QString late = registerLetter(QStringLiteral("000.1.2"), QStringLiteral("SPPD susulan"));
        QVERIFY(!tu.fileLetter(late, travel));
        LONTAR_VERIFY_OK(tu.fileLetter(late, travel2));
        // Reclassifying a filed letter out of its berkas's code is refused.
        data = row(kLetterEntity, late);
        data.insert(QStringLiteral("classification"), QStringLiteral("400.9"));
        QVERIFY(!ClientStore(db(), actor("tu")).put(kLetterEntity, late, data));
    }

    // The declared-record lock as the policy itself decides it (the server runs the same object).
    void declaredRecordPolicy()
    {
        const QString letter = registerLetter(QStringLiteral("000.1.2"), QStringLiteral("SPPD"));
        LONTAR_VERIFY_OK(filing("tu").declareLetter(letter));
        QVERIFY(!filing("tu").declareLetter(letter)); // once
        const QJsonObject declared = row(kLetterEntity, letter);
        QVERIFY(declared.value(QStringLiteral("declared")).toBool());
        QCOMPARE(declared.value(QStringLiteral("declaredBy")).toString(), actor("tu").user.id);
        QVERIFY(LetterRegister(db(), audit(), actor("tu")).letter(letter)->declared);

        const auto policy = makeLetterPolicy();
        const auto decide = [&](const char* who, const QJsonObject& change) {
            const Actor a = actor(who);
            WriteContext c{a,
                           true,
                           QDateTime::currentMSecsSinceEpoch(),
                           letter,
                           false,
                           declared,
                           {},
                           [&](const QString& e, const QString& id) -> std::optional<QJsonObject> {
                               auto r = ClientStore(db()).get(e, id);
                               return r && !r->deleted ? std::optional<QJsonObject>(r->data) : std::nullopt;
                           }};
            QJsonObject data = declared;
            for (auto it = change.begin(); it != change.end(); ++it) {
                if (it.value().isNull())
                    data.remove(it.key());
                else
                    data.insert(it.key(), it.value());
            }
            auto r = policy->authorizeWrite(c, data);
            return std::pair{r.ok() ? QString() : r.errorMessage(), policy->auditNote(c, data)};
        };
        for (const char* field : {"perihal", "nomor", "pengirim"})
            QVERIFY(decide("tu", {{QLatin1String(field), QStringLiteral("diubah")}})
                        .first.contains(QStringLiteral("dinyatakan")));
        QVERIFY(!decide("tu", {{QStringLiteral("tanggal"), QStringLiteral("2019-01-01")}}).first.isEmpty());
        QVERIFY(!decide("arsiparis", {{QStringLiteral("classification"), QStringLiteral("000.1.1")}})
                     .first.isEmpty());
        QVERIFY(!decide("tu", {{QStringLiteral("sifat"), QStringLiteral("segera")}}).first.isEmpty());
        QVERIFY(!decide("arsiparis", {{QStringLiteral("declared"), false}}).first.isEmpty());
        QVERIFY(!decide("arsiparis", {{QStringLiteral("declared"), QJsonValue()}}).first.isEmpty());
        // Metadata the issue calls changeable: the security class by an arsiparis, audited old -> new.
        QVERIFY(
            !decide("tu", {{QStringLiteral("securityClass"), QStringLiteral("terbatas")}}).first.isEmpty());
        const auto ok = decide("arsiparis", {{QStringLiteral("securityClass"), QStringLiteral("terbatas")}});
        QVERIFY2(ok.first.isEmpty(), qPrintable(ok.first));
        QVERIFY(ok.second.has_value());
        QCOMPARE(ok.second->action, QStringLiteral("records.letter.declared_changed"));
        const QJsonObject change = ok.second->details.value(QStringLiteral("securityClass")).toObject();
        QCOMPARE(change.value(QStringLiteral("from")).toString(), QStringLiteral("biasa"));
        QCOMPARE(change.value(QStringLiteral("to")).toString(), QStringLiteral("terbatas"));
        // Forged declaration stamps are replaced by the session's.
        const auto stamped = decide("arsiparis", {{QStringLiteral("declaredBy"), actor("kadis").user.id}});
        QVERIFY2(stamped.first.isEmpty(), qPrintable(stamped.first));
        // Through the device's register: the berkas may change, the content may not.
        const QString f = openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2});
        LONTAR_VERIFY_OK(filing("tu").fileLetter(letter, f));
        QJsonObject data = row(kLetterEntity, letter);
        data.insert(QStringLiteral("perihal"), QStringLiteral("Perihal baru"));
        QVERIFY(!ClientStore(db(), actor("tu")).put(kLetterEntity, letter, data));
        // A new letter cannot arrive declared or filed.
        QJsonObject fresh = row(kLetterEntity, letter);
        fresh.insert(QStringLiteral("agendaSeq"), 77);
        fresh.insert(QStringLiteral("agenda"), formatAgenda(77, 2019));
        fresh.insert(QStringLiteral("status"), QStringLiteral("tercatat"));
        fresh.remove(QStringLiteral("fileId"));
        QVERIFY(!ClientStore(db(), actor("tu")).put(kLetterEntity, newUuid(), fresh));
    }

    void holdsAndDisposalWorkflow()
    {
        // 000.1.2: 2 + 3 years, musnah. Closed 2019 -> retention ended 31 Dec 2024.
        const QString due =
            openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2019"), {2019, 1, 2}, {2019, 12, 20});
        const QString letter =
            registerLetter(QStringLiteral("000.1.2"), QStringLiteral("SPPD Jakarta"), true);
        LetterRegister letters(db(), audit(), actor("tu"));
        // Filed before closing would be the usual order; here the berkas is already closed, so use a fresh
        // one.
        const QString due2 = openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD 2020"), {2020, 1, 2});
        LONTAR_VERIFY_OK(filing("tu").fileLetter(letter, due2));
        LONTAR_VERIFY_OK(filing("tu").closeFile(due2, QDate(2020, 12, 1)));
        const QString notDue = openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD kini"),
                                        QDate::currentDate().addDays(-3), QDate::currentDate());
        const QString permanent =
            openFile(QStringLiteral("900.1.1"), QStringLiteral("RKA 2000"), {2000, 1, 2}, {2000, 12, 1});
        const QString noRule =
            openFile(QStringLiteral("100"), QStringLiteral("Tanpa JRA"), {1990, 1, 2}, {1990, 12, 1});
        DisposalRegister arsiparis = disposal("arsiparis");
        QVERIFY(!arsiparis.propose({notDue}));    // not due yet
        QVERIFY(!arsiparis.propose({permanent})); // permanen
        QVERIFY(!arsiparis.propose({noRule}));    // no JRA: never destroyed
        QVERIFY(!disposal("tu").propose({due}));  // only an arsiparis proposes
        LONTAR_VERIFY_OK(filing("arsiparis").hold(due, QStringLiteral("Audit investigasi")));
        QVERIFY(!arsiparis.propose({due, due2})); // held
        QCOMPARE(fileStatus(due), QStringLiteral("aktif"));
        LONTAR_VERIFY_OK(filing("arsiparis").release(due, QStringLiteral("Audit selesai")));
        auto proposal = arsiparis.propose({due, due2}, QStringLiteral("Penyusutan 2026"));
        LONTAR_VERIFY_OK(proposal);
        QCOMPARE(fileStatus(due), QStringLiteral("usul_musnah"));
        QCOMPARE(fileStatus(due2), QStringLiteral("usul_musnah"));
        const QString id = proposal->id;
        // Approval: the head of the unit that created the records, never the proposer or another unit's head.
        QVERIFY(!disposal("arsiparis").approve(id));
        QVERIFY(!disposal("kabid").approve(id)); // atasan of a bidang below, not of DISKOMINFO
        QVERIFY(!disposal("tu").approve(id));
        QVERIFY(!arsiparis.execute(id, QStringLiteral("Gudang arsip"))); // not approved yet
        LONTAR_VERIFY_OK(disposal("kadis").approve(id, QStringLiteral("Setuju")));
        // A hold after the approval still stops the destruction.
        LONTAR_VERIFY_OK(filing("arsiparis").hold(due2, QStringLiteral("Permintaan kejaksaan")));
        QVERIFY(!arsiparis.execute(id, QStringLiteral("Gudang arsip")));
        QCOMPARE(fileStatus(due2), QStringLiteral("usul_musnah"));
        QCOMPARE(arsiparis.proposal(id)->status, QStringLiteral("disetujui"));
        // A held berkas cannot be marked destroyed directly either.
        QJsonObject forged = row(kFileEntity, due2);
        forged.insert(QStringLiteral("status"), QStringLiteral("musnah"));
        QVERIFY(!ClientStore(db(), actor("arsiparis")).put(kFileEntity, due2, forged));
        LONTAR_VERIFY_OK(filing("arsiparis").release(due2, QStringLiteral("Tidak diperlukan")));
        QVERIFY(!disposal("kadis").execute(id, QStringLiteral("Gudang"))); // carried out by an arsiparis
        QVERIFY(!arsiparis.execute(id, QString()));                        // where
        LONTAR_VERIFY_OK(arsiparis.execute(id, QStringLiteral("Gudang arsip DISKOMINFO")));
        QCOMPARE(fileStatus(due), QStringLiteral("musnah"));
        QCOMPARE(fileStatus(due2), QStringLiteral("musnah"));
        // The destroyed letter keeps its register entry, without its file.
        auto gone = letters.letter(letter);
        LONTAR_VERIFY_OK(gone);
        QCOMPARE(gone->status, QStringLiteral("musnah"));
        QVERIFY(gone->fileSha256.isEmpty());
        QCOMPARE(gone->perihal, QStringLiteral("SPPD Jakarta"));
        QCOMPARE(m_dev->count(QStringLiteral("SELECT COUNT(*) FROM rec_file_text WHERE sha256 = ?"),
                              {QString(64, QLatin1Char('a'))}),
                 0);
        // Nothing changes any more.
        QVERIFY(!filing("arsiparis").hold(due, QStringLiteral("terlambat")));
        QJsonObject back = row(kLetterEntity, letter);
        back.insert(QStringLiteral("status"), QStringLiteral("tercatat"));
        QVERIFY(!ClientStore(db(), actor("arsiparis")).put(kLetterEntity, letter, back));
        QVERIFY(!arsiparis.execute(id, QStringLiteral("lagi")));
        // Proposal content never changes; a rejected one sends its berkas back.
        const QString again =
            openFile(QStringLiteral("000.1.1"), QStringLiteral("Telepon 2018"), {2018, 1, 2}, {2018, 12, 1});
        auto second = arsiparis.propose({again});
        LONTAR_VERIFY_OK(second);
        QJsonObject p = row(kDisposalEntity, second->id);
        p.insert(QStringLiteral("fileIds"), QJsonArray{due});
        QVERIFY(!ClientStore(db(), actor("arsiparis")).put(kDisposalEntity, second->id, p));
        QVERIFY(!disposal("kadis").reject(second->id, QString()));
        LONTAR_VERIFY_OK(disposal("kadis").reject(second->id, QStringLiteral("Masih dipakai")));
        LONTAR_VERIFY_OK(arsiparis.restoreRejected(second->id));
        QCOMPARE(fileStatus(again), QStringLiteral("inaktif"));
    }

    void disposalDocuments()
    {
        const QString f1 = openFile(QStringLiteral("000.1.2"), QStringLiteral("SPPD Dinas 2018"),
                                    {2017, 3, 2}, {2018, 12, 20});
        const QString f2 = openFile(QStringLiteral("000.1.1"), QStringLiteral("Tagihan telepon 2019"),
                                    {2019, 1, 2}, {2019, 12, 20});
        const QString letter = registerLetter(QStringLiteral("000.1.1"), QStringLiteral("Tagihan"));
        Q_UNUSED(letter);
        DisposalRegister arsiparis = disposal("arsiparis");
        auto p = arsiparis.propose({f1, f2});
        LONTAR_VERIFY_OK(p);
        const auto text = [&](const QByteArray& pdf) {
            const QString path = m_dev->dir.filePath(QStringLiteral("doc.pdf"));
            if (!writeFile(path, pdf))
                return QString();
            auto read = PdfText::read(path, 10 * 1024 * 1024);
            return read ? read->text.simplified() : QString();
        };
        auto list = DisposalDocuments::proposalPdf(db(), *p);
        LONTAR_VERIFY_OK(list);
        const QString listText = text(*list);
        QVERIFY2(listText.contains(QStringLiteral("DAFTAR ARSIP USUL MUSNAH")), qPrintable(listText));
        QVERIFY(listText.contains(QStringLiteral("SPPD Dinas 2018")));
        QVERIFY(listText.contains(QStringLiteral("Tagihan telepon 2019")));
        QVERIFY(listText.contains(QStringLiteral("000.1.2")));
        QVERIFY(listText.contains(QStringLiteral("2017–2018")) ||
                listText.contains(QStringLiteral("2017-2018")));
        QVERIFY(listText.contains(QStringLiteral("Dinas Komunikasi dan Informatika")));
        QVERIFY(!DisposalDocuments::beritaAcaraPdf(db(), *p)); // not approved yet
        LONTAR_VERIFY_OK(disposal("kadis").approve(p->id));
        LONTAR_VERIFY_OK(arsiparis.execute(p->id, QStringLiteral("Halaman gudang arsip Jalan Merdeka")));
        auto done = arsiparis.proposal(p->id);
        LONTAR_VERIFY_OK(done);
        auto ba = DisposalDocuments::beritaAcaraPdf(db(), *done);
        LONTAR_VERIFY_OK(ba);
        const QString baText = text(*ba);
        QVERIFY2(baText.contains(QStringLiteral("BERITA ACARA PEMUSNAHAN ARSIP")), qPrintable(baText));
        QVERIFY(baText.contains(QStringLiteral("Halaman gudang arsip Jalan Merdeka")));
        QVERIFY(baText.contains(formatTanggal(QDate::currentDate())));
        QVERIFY(baText.contains(QStringLiteral("SPPD Dinas 2018")));
        QVERIFY(baText.contains(QStringLiteral("Tagihan telepon 2019")));
        QVERIFY(baText.contains(QStringLiteral("2 berkas")));
        QVERIFY(baText.contains(actor("kadis").user.fullName));
    }
};

// The PDFs are laid out with QTextDocument, which needs fonts: a GUI application on the offscreen platform.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestRecordsFiling test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_recordsfiling.moc"
