#include "RecordsTestSupport.h"

#include "records/Letters.h"
#include "records/PdfText.h"

#include <QProcess>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

// Importing PDFs as incoming letters: what a good file becomes (blob, row, outbox entry, index, agenda
// number), and that every kind of bad file (corrupt, encrypted, not a PDF, empty, too large) or refused
// write gets a clear reason and leaves nothing behind; a folder import reports progress and stops when
// cancelled.
class TestRecordsImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString goodPdf(const QString& name, const QString& hal = QStringLiteral("Undangan rapat koordinasi"))
    {
        return file(
            name, makeLetterPdf(QStringLiteral("000.1.5/123/BAPPEDA/2026"), hal,
                                {QStringLiteral("Dalam rangka pemberdayaan masyarakat desa, kami mengundang"),
                                 QStringLiteral("Bapak/Ibu menghadiri rapat koordinasi.")}));
    }

    static int qpdf(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("qpdf"), args);
        if (!p.waitForFinished(30000))
            return -1;
        return p.exitCode();
    }

    // Imports `path` as tu and checks it is refused with `reason` while nothing of it remains.
    void expectRefused(const QString& path, const QString& reason, const LetterDraft& draft = {},
                       const QString& user = QStringLiteral("tu"))
    {
        RecordsDevice device;
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(user));
        LetterImporter importer(letters, device.blobDir());
        const QString before = device.footprint();
        const qint64 auditBefore = device.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const ImportOutcome o = importer.importFile(path, draft);
        QVERIFY(!o.imported);
        QVERIFY2(o.reason.contains(reason), qPrintable(o.reason));
        QCOMPARE(device.footprint(), before);
        QCOMPARE(device.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    }

private Q_SLOTS:
    void goodPdfBecomesALetter()
    {
        RecordsDevice device;
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(QStringLiteral("tu")));
        LetterImporter importer(letters, device.blobDir());
        const QString path = goodPdf(QStringLiteral("undangan.pdf"));
        const ImportOutcome o = importer.importFile(path, {});
        QVERIFY2(o.imported, qPrintable(o.reason));
        const IncomingLetter& l = o.letter;
        const int year = QDate::currentDate().year();
        QCOMPARE(l.agenda, QStringLiteral("0001/%1").arg(year));
        QCOMPARE(l.nomor, QStringLiteral("000.1.5/123/BAPPEDA/2026")); // read from the letter's head
        QCOMPARE(l.perihal, QStringLiteral("Undangan rapat koordinasi"));
        QCOMPARE(l.tanggal, QStringLiteral("2026-03-03"));
        QCOMPARE(l.fileName, QStringLiteral("undangan.pdf"));
        QCOMPARE(l.pageCount, 1);
        QCOMPARE(l.unitId, device.actor(QStringLiteral("tu")).user.unitId);
        QCOMPARE(l.status, QStringLiteral("tercatat"));
        // The blob under its SHA-256, queued for upload; the row queued for push; the text indexed.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(l.fileSha256, sha);
        QVERIFY(QFile::exists(device.blobDir() + QLatin1Char('/') + sha));
        QCOMPARE(
            device.count(QStringLiteral("SELECT COUNT(*) FROM sync_blobs WHERE sha256 = ? AND uploaded = 0"),
                         {sha}),
            1);
        QCOMPARE(
            device.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE entity = 'records_letter'")),
            1);
        auto row = sync::ClientStore(device.db()).get(kLetterEntity, l.id);
        QVERIFY(row.ok());
        QVERIFY(row->data.value(QStringLiteral("text")).toString().contains(QStringLiteral("pemberdayaan")));
        QCOMPARE(row->data.value(QStringLiteral("registeredBy")).toString(),
                 device.actor(QStringLiteral("tu")).user.id);
        LetterQuery q;
        q.text = QStringLiteral("memberdayakan");
        auto hits = LetterSearch(device.db()).find(q);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(device.count(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'records.letter.register'")),
                 1);

        // The next file gets the next number; the same file again is refused, naming its agenda number.
        const ImportOutcome second =
            importer.importFile(goodPdf(QStringLiteral("b.pdf"), QStringLiteral("Lain")), {});
        QVERIFY2(second.imported, qPrintable(second.reason));
        QCOMPARE(second.letter.agenda, QStringLiteral("0002/%1").arg(year));
        const QString before = device.footprint();
        const ImportOutcome again = importer.importFile(path, {});
        QVERIFY(!again.imported);
        QVERIFY2(again.reason.contains(QStringLiteral("sudah tercatat")) && again.reason.contains(l.agenda),
                 qPrintable(again.reason));
        QCOMPARE(device.footprint(), before);
    }

    void metadataFromTheDraftWins()
    {
        RecordsDevice device;
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(QStringLiteral("tu")));
        LetterImporter importer(letters, device.blobDir());
        LetterDraft d;
        d.nomor = QStringLiteral("X/1");
        d.perihal = QStringLiteral("Perihal dari formulir");
        d.pengirim = QStringLiteral("Bappeda");
        d.sifat = QStringLiteral("segera");
        d.receivedDate = QDate(2025, 12, 30);
        const ImportOutcome o = importer.importFile(goodPdf(QStringLiteral("m.pdf")), d);
        QVERIFY2(o.imported, qPrintable(o.reason));
        QCOMPARE(o.letter.nomor, QStringLiteral("X/1"));
        QCOMPARE(o.letter.perihal, QStringLiteral("Perihal dari formulir"));
        QCOMPARE(o.letter.pengirim, QStringLiteral("Bappeda"));
        QCOMPARE(o.letter.sifat, QStringLiteral("segera"));
        QCOMPARE(o.letter.agenda, QStringLiteral("0001/2025")); // the book of the year it was received
    }

    void corruptFileIsRefused()
    {
        QByteArray pdf = makeLetterPdf(QStringLiteral("1"), QStringLiteral("Rusak"), {});
        // A PDF header followed by nothing a reader can rebuild a page from.
        expectRefused(file(QStringLiteral("corrupt.pdf"),
                           "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n"
                           "garbage \x01\x02\x03 garbage\n%%EOF\n"),
                      QStringLiteral("rusak"));
        // A real PDF cut in half: the page tree is gone.
        expectRefused(file(QStringLiteral("truncated.pdf"), pdf.left(120)), QStringLiteral("rusak"));
    }

    void encryptedFilesAreRefused()
    {
        const QString plain = goodPdf(QStringLiteral("plain.pdf"));
        const QString locked = m_files.filePath(QStringLiteral("locked.pdf"));
        const QString owner = m_files.filePath(QStringLiteral("owner.pdf"));
        QCOMPARE(qpdf({QStringLiteral("--encrypt"), QStringLiteral("rahasia"), QStringLiteral("pemilik"),
                       QStringLiteral("256"), QStringLiteral("--"), plain, locked}),
                 0);
        QCOMPARE(qpdf({QStringLiteral("--encrypt"), QString(), QStringLiteral("pemilik"),
                       QStringLiteral("256"), QStringLiteral("--"), plain, owner}),
                 0);
        expectRefused(locked, QStringLiteral("kata sandi"));
        expectRefused(owner, QStringLiteral("terenkripsi"));
    }

    void nonPdfAndEmptyFilesAreRefused()
    {
        expectRefused(file(QStringLiteral("foto.pdf"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
                      QStringLiteral("Bukan berkas PDF"));
        expectRefused(file(QStringLiteral("catatan.txt"), "Nomor : 1\nHal : bukan pdf\n"),
                      QStringLiteral("Bukan berkas PDF"));
        expectRefused(file(QStringLiteral("kosong.pdf"), {}), QStringLiteral("kosong"));
        expectRefused(m_files.filePath(QStringLiteral("tidak-ada.pdf")),
                      QStringLiteral("tidak dapat dibaca"));
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        const QString path = m_files.filePath(QStringLiteral("besar.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        QVERIFY(f.resize(LetterImporter::kMaxFileBytes + 1)); // sparse: no 100 MB written
        f.close();
        expectRefused(path, QStringLiteral("terlalu besar"));
    }

    // The policy refuses after the blob was written (tu's clearance is biasa): the blob file, its row
    // and the text go again.
    void refusedWriteLeavesNoBlob()
    {
        LetterDraft secret;
        secret.securityClass = SecurityClass::Rahasia;
        expectRefused(goodPdf(QStringLiteral("rahasia.pdf")), QStringLiteral("izin akses"), secret);
        LetterDraft elsewhere; // a unit outside tu's tree
        RecordsDevice device;
        auto units = device.profile->identity().units();
        for (const OrgUnit& u : *units) {
            if (u.code == QLatin1String("SETDA"))
                elsewhere.unitId = u.id;
        }
        expectRefused(goodPdf(QStringLiteral("setda.pdf")), QStringLiteral("unit Anda"), elsewhere);
        // Someone who is neither pencatat nor arsiparis.
        expectRefused(goodPdf(QStringLiteral("staf.pdf")), QStringLiteral("pencatat surat"), {},
                      QStringLiteral("staf"));
    }

    void folderImportReportsProgressAndCancels()
    {
        QTemporaryDir folder;
        QDir().mkpath(folder.filePath(QStringLiteral("sub")));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(writeFile(
                folder.filePath(
                    QStringLiteral("%1surat%2.pdf").arg(i > 3 ? QStringLiteral("sub/") : QString()).arg(i)),
                makeLetterPdf(QStringLiteral("%1/X/2026").arg(i), QStringLiteral("Surat nomor %1").arg(i),
                              {})));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("catatan.txt")), "bukan pdf"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("rusak.pdf")), "%PDF-1.4\nrusak\n"));
        const QStringList files = LetterImporter::collectFiles({folder.path()});
        QCOMPARE(files.size(), 6); // five letters and the damaged one; the .txt is not a PDF name

        RecordsDevice device;
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(QStringLiteral("tu")));
        LetterImporter importer(letters, device.blobDir());
        std::atomic<bool> cancel{false};
        QList<int> seen;
        const auto outcomes = importer.importAll(
            files, {},
            [&](int done, int total, const ImportOutcome&) {
                seen.append(done);
                QCOMPARE(total, 6);
                if (done == 3)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
        const int imported = int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                               [](const ImportOutcome& o) { return o.imported; }));
        QCOMPARE(device.count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), imported);
        QCOMPARE(device.count(QStringLiteral("SELECT COUNT(*) FROM sync_blobs")), imported);

        // The rest afterwards: the damaged file is refused, the others numbered on.
        const auto rest = importer.importAll(files.mid(3), {});
        QCOMPARE(rest.size(), 3);
        int refused = 0;
        for (const ImportOutcome& o : rest + outcomes)
            refused += o.imported ? 0 : 1;
        QCOMPARE(refused, 1);
        QCOMPARE(device.count(QStringLiteral("SELECT COUNT(*) FROM rec_letters")), 5);
        QCOMPARE(device.count(QStringLiteral("SELECT MAX(agenda_seq) FROM rec_letters")), 5);
    }

    void cancelInsideAFileStoresNothing()
    {
        RecordsDevice device;
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(QStringLiteral("tu")));
        LetterImporter importer(letters, device.blobDir());
        std::atomic<bool> cancel{true};
        const QString before = device.footprint();
        const auto outcomes = importer.importAll({goodPdf(QStringLiteral("c.pdf"))}, {}, {}, &cancel);
        QVERIFY(outcomes.isEmpty());
        QCOMPARE(device.footprint(), before);
        auto read = PdfText::read(goodPdf(QStringLiteral("c2.pdf")), LetterImporter::kMaxFileBytes, &cancel);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Cancelled);
    }

    void textOfEveryPageIsExtracted()
    {
        QList<QStringList> pages;
        for (int i = 1; i <= 3; ++i)
            pages.append({QStringLiteral("Halaman %1 tentang irigasi desa").arg(i)});
        auto pdf =
            PdfText::read(file(QStringLiteral("tiga.pdf"), makePdf(pages, QStringLiteral("Judul Dokumen"))),
                          LetterImporter::kMaxFileBytes);
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        QCOMPARE(pdf->pageCount, 3);
        QCOMPARE(pdf->title, QStringLiteral("Judul Dokumen"));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(pdf->text.contains(QStringLiteral("Halaman %1 tentang irigasi").arg(i)));
        QCOMPARE(pdf->text.count(QLatin1Char('\f')), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordsImport)
#include "tst_recordsimport.moc"
