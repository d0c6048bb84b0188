#include "TestSupport.h"

#include "esign/Cades.h"
#include "esign/PdfReader.h"
#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace lontar;
using namespace lontar::esign;

// Attacks on the verifier (pdf-insecurity.org style): signature wrapping, metadata from unsigned bytes,
// malformed /ByteRange, wrong dictionary types, hidden and out-of-order signatures. The corpus is made
// here: files signed by PdfSigner are edited byte by byte, and a small test-only writer signs hand-made
// signature dictionaries (real CMS from buildCadesDetached over the claimed ranges), so that the only
// thing wrong with each file is the thing under test.
class TestVerifierAttacks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trust;
    std::unique_ptr<SigningKey> m_key;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString run(const QString& program, const QStringList& args, int* exitCode = nullptr,
                       const QString& workDir = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s timed out", qPrintable(program));
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

    void mustRun(const QString& program, const QStringList& args)
    {
        int rc = 0;
        const QString out = run(program, args, &rc, m_dir.path());
        if (rc != 0)
            qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                   qPrintable(out));
    }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(data);
    }

    QByteArray readFile(const QString& name)
    {
        QFile f(path(name));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    int cliVerify(const QString& name, QString* output = nullptr)
    {
        int rc = -1;
        const QString out =
            run(cli(), {QStringLiteral("verify"), path(name), QStringLiteral("--trust"), m_trust}, &rc);
        if (output)
            *output = out;
        return rc;
    }

    VerificationReport verify(const QString& name)
    {
        auto r = SignatureVerifier::verify(path(name), {m_trust});
        if (!r)
            qFatal("verify %s: %s", qPrintable(name), qPrintable(r.errorMessage()));
        return *r;
    }

    static std::unique_ptr<PdfReader> reader(const QByteArray& data)
    {
        auto r = PdfReader::fromBuffer(data);
        if (!r)
            qFatal("reader: %s", qPrintable(r.errorMessage()));
        return std::move(*r);
    }

    static QByteArray sha256(const QByteArray& d)
    {
        return QCryptographicHash::hash(d, QCryptographicHash::Sha256);
    }

    // The DER length of the CMS at the start of a zero-padded /Contents value.
    static qsizetype derLength(const QByteArray& der)
    {
        const auto b = [&der](int i) { return int(static_cast<unsigned char>(der.at(i))); };
        if (b(1) < 0x80)
            return 2 + b(1);
        const int n = b(1) & 0x7f;
        qsizetype len = 0;
        for (int i = 0; i < n; ++i)
            len = (len << 8) | b(2 + i);
        return 2 + n + len;
    }

    // The signature's /Contents string "<hex>" of exactly `width` bytes, the real CMS first, then `tail`
    // (attacker bytes), then "<00…>" filler so that the last byte is still '>'.
    static QByteArray gapWith(const QByteArray& cms, const QByteArray& tail, qsizetype width)
    {
        QByteArray g = '<' + cms.toHex().toUpper() + '>' + tail + " /Pad <";
        if (g.size() + 1 > width)
            qFatal("gap too small");
        g += QByteArray(width - g.size() - 1, '0') + '>';
        return g;
    }

    // ---- a test-only incremental writer --------------------------------------------------------------

    using RangeFn =
        std::function<QList<qint64>(const QByteArray& file, qint64 contentsStart, qint64 contentsEnd)>;

    // Appends a revision holding `objects` (bodies without "n 0 obj") and a classic xref table. A body
    // may hold "@BR@" and "@CT@": the /ByteRange and /Contents of a signature made here with m_key over
    // the ranges `ranges` returns (default: the correct ones).
    QByteArray appendRevision(const QByteArray& base, const std::map<int, QByteArray>& objects, int size,
                              const RangeFn& ranges = {})
    {
        auto pdf = reader(base);
        const QByteArray brPlaceholder = '[' + QByteArray(60, ' ') + ']';
        const QByteArray ctPlaceholder = '<' + QByteArray(2 * 8192, '0') + '>';
        QByteArray update = base.endsWith('\n') ? QByteArray() : QByteArray("\n");
        std::map<int, qint64> offsets;
        for (const auto& [number, body] : objects) {
            offsets[number] = base.size() + update.size();
            QByteArray b = body;
            b.replace("@BR@", brPlaceholder).replace("@CT@", ctPlaceholder);
            update += QByteArray::number(number) + " 0 obj\n" + b + "\nendobj\n";
        }
        const qint64 xrefAt = base.size() + update.size();
        update += "xref\n";
        for (const auto& [number, offset] : offsets)
            update += QByteArray::number(number) + " 1\n" +
                      QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
        update += "trailer\n<</Size " + QByteArray::number(size) + "/Root " +
                  QByteArray::number(pdf->trailer().value("Root").ref().number) + " 0 R/Prev " +
                  QByteArray::number(pdf->lastXrefOffset()) + ">>\nstartxref\n" + QByteArray::number(xrefAt) +
                  "\n%%EOF\n";
        QByteArray file = base + update;
        const qint64 ct = file.indexOf(ctPlaceholder, base.size());
        if (ct < 0)
            return file;
        const qint64 ctEnd = ct + ctPlaceholder.size();
        QList<qint64> r = ranges ? ranges(file, ct, ctEnd) : QList<qint64>{0, ct, ctEnd, file.size() - ctEnd};
        QByteArrayList text;
        for (qint64 v : r)
            text.append(QByteArray::number(v));
        const QByteArray br = ('[' + text.join(' ') + ']').leftJustified(brPlaceholder.size(), ' ');
        file.replace(file.indexOf(brPlaceholder, base.size()), br.size(), br);
        // Sign what the ranges claim when they can be read; otherwise the correct ranges.
        const bool readable = r.size() == 4 && r[0] >= 0 && r[1] >= 0 && r[2] >= 0 && r[3] >= 0 &&
                              r[0] + r[1] <= file.size() && r[2] + r[3] <= file.size();
        if (!readable)
            r = {0, ct, ctEnd, file.size() - ctEnd};
        auto cms = buildCadesDetached(sha256(file.mid(r[0], r[1]) + file.mid(r[2], r[3])), *m_key);
        if (!cms)
            qFatal("cms: %s", qPrintable(cms.errorMessage()));
        const QByteArray hex = cms->toHex().toUpper();
        file.replace(ct + 1, hex.size(), hex);
        return file;
    }

    struct Base
    {
        QByteArray data;
        int next = 0; // first free object number
        PdfRef page;
        PdfDict pageDict;
        PdfDict catalog;
        int root = 0;
    };

    static Base baseOf(const QByteArray& data)
    {
        auto pdf = reader(data);
        Base b;
        b.data = data;
        b.next = pdf->objectCount();
        b.page = pdf->pages()->first();
        b.pageDict = pdf->object(b.page.number)->dict();
        b.catalog = *pdf->catalog();
        b.root = pdf->trailer().value("Root").ref().number;
        return b;
    }

    // The claimed signing time: now (the test certificates are issued at test time).
    static QByteArray now()
    {
        return "D:" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
               'Z';
    }

    static QByteArray
    sigDict(const QByteArray& head = "/Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached",
            const QByteArray& tail = "/M (" + now() + ")")
    {
        return "<<" + head + "/ByteRange @BR@/Contents @CT@" + tail + ">>";
    }

    // plain.pdf plus one signature field (listed in /Fields) whose dictionary is `sig`.
    QByteArray signedField(const QByteArray& sig, const RangeFn& ranges = {})
    {
        Base b = baseOf(readFile(QStringLiteral("plain.pdf")));
        const int s = b.next, f = b.next + 1;
        PdfDict cat = b.catalog;
        cat.insert("AcroForm", PdfObject{PdfDict{{"Fields", PdfObject{PdfArray{PdfObject::fromRef({f, 0})}}},
                                                 {"SigFlags", PdfObject::fromInt(3)}}});
        return appendRevision(b.data,
                              {{s, sig},
                               {f, "<</FT/Sig/T (Tanda Tangan)/V " + QByteArray::number(s) +
                                       " 0 R/Type/Annot/Subtype/Widget/F 132/Rect[0 0 0 0]/P " +
                                       QByteArray::number(b.page.number) + " 0 R>>"},
                               {b.root, PdfObject{cat}.serialize()}},
                              b.next + 2, ranges);
    }

    // Where the signature dictionary's closing ">>" ends, after the /Contents placeholder.
    static qint64 dictEndAfter(const QByteArray& file, qint64 contentsEnd)
    {
        return file.indexOf(">>", contentsEnd) + 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(QStringLiteral("ca.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nserial=serial\n"
                  "new_certs_dir=.\ndefault_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n"
                  "[ext]\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
                  "[caext]\nbasicConstraints=critical,CA:TRUE\n"
                  "keyUsage=critical,keyCertSign,cRLSign\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        // The root is valid since 2019, so a time claimed in 2020 really would make the expired signer
        // chain (that is what the /M injection below is after).
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                 QStringLiteral("-out"), QStringLiteral("ca.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/C=ID/O=Lontar Test CA/CN=Lontar Test Root")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-selfsign"),
                 QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-keyfile"),
                 QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("ca.csr"),
                 QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-startdate"),
                 QStringLiteral("20190101000000Z"), QStringLiteral("-enddate"),
                 QStringLiteral("20361231000000Z"), QStringLiteral("-extensions"), QStringLiteral("caext"),
                 QStringLiteral("-notext")});
        writeFile(QStringLiteral("ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
        for (const QString& who : {QStringLiteral("signer"), QStringLiteral("expired")})
            mustRun(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), who + QStringLiteral(".key"),
                     QStringLiteral("-out"), who + QStringLiteral(".csr"), QStringLiteral("-subj"),
                     QStringLiteral(
                         "/C=ID/O=Pemkab Tanjung Lontar/CN=Siti Aminah/serialNumber=197803202003122002")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("signer.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("signer.pem"), QStringLiteral("-days"),
                 QStringLiteral("825"), QStringLiteral("-extfile"), QStringLiteral("ext")});
        // Valid only in January 2020: long expired today.
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                 QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                 QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                 QStringLiteral("expired.csr"), QStringLiteral("-out"), QStringLiteral("expired.pem"),
                 QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                 QStringLiteral("20200201000000Z"), QStringLiteral("-extensions"), QStringLiteral("ext"),
                 QStringLiteral("-notext")});
        for (const QString& who : {QStringLiteral("signer"), QStringLiteral("expired")})
            mustRun(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     who + QStringLiteral(".key"), QStringLiteral("-in"), who + QStringLiteral(".pem"),
                     QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-passout"),
                     QStringLiteral("pass:rahasia"), QStringLiteral("-out"), who + QStringLiteral(".p12")});
        m_trust = path(QStringLiteral("trust"));
        QDir().mkpath(m_trust);
        QFile::copy(path(QStringLiteral("ca.pem")), m_trust + QStringLiteral("/ca.pem"));
        auto k = openPkcs12(path(QStringLiteral("signer.p12")), QStringLiteral("rahasia"));
        LONTAR_VERIFY_OK(k);
        m_key = std::move(*k);

        writeFile(QStringLiteral("page.txt"),
                  "%%MediaBox 0 0 595 842\n%%Font Helv Helvetica\n"
                  "BT /Helv 14 Tf 72 770 Td (SURAT PERINTAH PENCAIRAN DANA Rp 1.000.000) Tj ET\n");
        mustRun(QStringLiteral("mutool"), {QStringLiteral("create"), QStringLiteral("-o"),
                                           QStringLiteral("plain.pdf"), QStringLiteral("page.txt")});
        QVERIFY(!reader(readFile(QStringLiteral("plain.pdf")))
                     ->lastXrefIsStream()); // the writer here needs a table

        // The control: the test writer's honest signature verifies, so each refusal below is the attack's.
        writeFile(QStringLiteral("honest.pdf"), signedField(sigDict()));
        const VerificationReport honest = verify(QStringLiteral("honest.pdf"));
        QVERIFY2(honest.allValid(), qPrintable(honest.toText()));
        QCOMPARE(cliVerify(QStringLiteral("honest.pdf")), 0);
    }

    // 1. Signature wrapping: the gap between the two signed parts is enlarged; in it, after the real CMS,
    // a second /ByteRange (so the signed bytes still hash right), a forged /Reason, and inside a string a
    // new xref table at the old startxref offset whose entry for page 1 points at a forged page.
    void wrappingWithForgedXrefIsRefused()
    {
        SignOptions o;
        o.signingTime = QDateTime::currentDateTimeUtc();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("w.pdf")), *m_key, o));
        const QByteArray d = readFile(QStringLiteral("w.pdf"));
        auto pdf = reader(d);
        const PdfSignatureField field = pdf->signatureFields()->first();
        const QList<qint64> r = field.byteRange;
        const QByteArray p1 = d.left(r[1]), p2 = d.mid(r[2]);
        const QByteArray cms = field.contents.left(derLength(field.contents));
        const qint64 startxref =
            d.mid(d.lastIndexOf("startxref") + 9).trimmed().split('\n').first().toLongLong();
        QVERIFY(startxref > r[2]);

        // The signed revision's xref entries, shifted where they moved, and page 1 replaced.
        const PdfRef page = pdf->pages()->first();
        PdfDict forgedPage = pdf->object(page.number)->dict();
        const int contentsObj = pdf->objectCount();
        forgedPage.insert("Contents", PdfObject::fromRef({contentsObj, 0}));
        const QByteArray stream =
            "BT /Helv 14 Tf 72 770 Td [<5355524154205045524954414820> <50454e434149524b414e2044414e41> "
            "<20527020392e3939392e3939392e393939>] TJ ET";
        const QByteArray trailer =
            d.mid(d.indexOf("trailer", startxref) + 7,
                  d.indexOf("startxref", startxref) - d.indexOf("trailer", startxref) - 7)
                .replace("/Size " + QByteArray::number(contentsObj),
                         "/Size " + QByteArray::number(contentsObj + 1));
        QMap<int, qint64> entries;
        {
            PdfParser xp(d.constData(), d.size(), startxref);
            QVERIFY(xp.expectKeyword("xref"));
            qint64 start = 0, count = 0;
            while (xp.readInt(&start) && xp.readInt(&count)) {
                for (qint64 i = 0; i < count; ++i) {
                    qint64 off = 0, gen = 0;
                    xp.readInt(&off);
                    xp.readInt(&gen);
                    xp.expectKeyword("n");
                    entries.insert(int(start + i), off);
                }
            }
        }
        QVERIFY(entries.contains(page.number));
        auto build = [&](qint64 delta, qint64 r2new) {
            const QByteArray head = " /ByteRange [0 " + QByteArray::number(r[1]) + ' ' +
                                    QByteArray::number(r2new).rightJustified(10, '0') + ' ' +
                                    QByteArray::number(r[3]) + "] /Reason (Disetujui oleh Kepala Dinas) /X (";
            QByteArray gap = '<' + cms.toHex().toUpper() + '>' + head;
            const qint64 fill = startxref - (r[1] + gap.size());
            if (fill < 0)
                qFatal("no room before the old xref offset");
            gap += QByteArray(fill, ' ');
            QByteArray objs;
            const qint64 pageAt = startxref + 4096; // after the table, inside the same string
            const QByteArray pageObj = QByteArray::number(page.number) + " 0 obj\n" +
                                       PdfObject{forgedPage}.serialize() + "\nendobj\n";
            const QByteArray streamObj = QByteArray::number(contentsObj) + " 0 obj\n<</Length " +
                                         QByteArray::number(stream.size()) + ">>\nstream\n" + stream +
                                         "\nendstream\nendobj\n";
            QByteArray xref = "xref\n";
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                const qint64 off =
                    it.key() == page.number ? pageAt : (it.value() < r[1] ? it.value() : it.value() + delta);
                xref += QByteArray::number(it.key()) + " 1\n" +
                        QByteArray::number(off).rightJustified(10, '0') + " 00000 n\r\n";
            }
            xref += QByteArray::number(contentsObj) + " 1\n" +
                    QByteArray::number(pageAt + pageObj.size()).rightJustified(10, '0') +
                    " 00000 n\r\ntrailer\n" + trailer + "\n";
            gap += xref;
            if (r[1] + gap.size() > pageAt)
                qFatal("xref too long");
            gap += QByteArray(pageAt - r[1] - gap.size(), ' ') + pageObj + streamObj + ") /Pad <00>";
            return gap;
        };
        // Two passes: the offsets are fixed width, so the second gap has the first one's length.
        const QByteArray first = build(0, 0);
        const qint64 r2new = r[1] + first.size();
        const QByteArray gap = build(r2new - r[2], r2new);
        QCOMPARE(gap.size(), first.size());
        const QByteArray forged = p1 + gap + p2;
        writeFile(QStringLiteral("wrapped.pdf"), forged);

        // The attack works on the reader: page 1 is now the forged one, and the signed bytes are unchanged.
        auto fr = reader(forged);
        QCOMPARE(fr->object(page.number)->dict().value("Contents").ref().number, contentsObj);
        QCOMPARE(sha256(forged.left(r[1]) + forged.mid(r2new)), sha256(p1 + p2));

        QString out;
        QCOMPARE(cliVerify(QStringLiteral("wrapped.pdf"), &out), 1);
        QVERIFY2(!out.contains(QStringLiteral("SEMUA TANDA TANGAN SAH")), qPrintable(out));
        const VerificationReport rep = verify(QStringLiteral("wrapped.pdf"));
        QVERIFY(!rep.allValid());
        QCOMPARE(rep.signatures.size(), 1);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(!s.intact());
        QVERIFY(!s.coversWholeDocument);
        QVERIFY(s.reason.isEmpty()); // the forged reason is never shown as the signer's
        QVERIFY2(s.problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("/ByteRange muncul lebih dari sekali")),
                 qPrintable(rep.toText()));
        QVERIFY2(
            s.problems.join(QLatin1Char('\n')).contains(QStringLiteral("tidak sama persis dengan /Contents")),
            qPrintable(rep.toText()));
    }

    // 2. A second /M: (a) injected in the unsigned padding after the CMS, where the last key used to win;
    // (b) signed, but twice in the dictionary. Both refused; the injected time is never the signing time.
    void duplicateSigningTimeIsRefused()
    {
        const QDateTime injected(QDate(2020, 1, 15), QTime(0, 0), Qt::UTC);
        // (a) /M before /Contents as some signers write it, then a second one in the gap.
        const QByteArray honest = signedField(
            sigDict("/Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M (" + now() + ")", ""));
        auto pdf = reader(honest);
        const PdfSignatureField f = pdf->signatureFields()->first();
        const QByteArray gap = gapWith(f.contents.left(derLength(f.contents)), " /M (D:20200115000000Z)",
                                       f.byteRange[2] - f.byteRange[1]);
        QByteArray attacked = honest;
        attacked.replace(f.byteRange[1], gap.size(), gap);
        writeFile(QStringLiteral("dup-m-gap.pdf"), attacked);
        // (b) both /M signed.
        writeFile(QStringLiteral("dup-m-dict.pdf"),
                  signedField(sigDict("/Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M (" +
                                          now() + ")",
                                      "/M (D:20200115000000Z)")));
        for (const QString& name : {QStringLiteral("dup-m-gap.pdf"), QStringLiteral("dup-m-dict.pdf")}) {
            const VerificationReport rep = verify(name);
            QVERIFY2(!rep.allValid(), qPrintable(name));
            QCOMPARE(rep.signatures.size(), 1);
            const SignatureReport& s = rep.signatures.first();
            QVERIFY(!s.dictionaryValid);
            QVERIFY(s.signingTime != injected);
            QVERIFY2(
                s.problems.join(QLatin1Char('\n')).contains(QStringLiteral("/M muncul lebih dari sekali")),
                qPrintable(rep.toText()));
            QCOMPARE(cliVerify(name), 1);
        }
    }

    // 3. An expired certificate (valid only in January 2020) signs today; a /M inside its validity is
    // written into the unsigned padding, ending the dictionary there. The chain must still be judged at a
    // time the attacker did not choose: not trusted.
    void injectedTimeDoesNotRescueAnExpiredCertificate()
    {
        auto expired = openPkcs12(path(QStringLiteral("expired.p12")), QStringLiteral("rahasia"));
        LONTAR_VERIFY_OK(expired);
        // PdfSigner refuses an expired certificate, so the test writer signs with it instead.
        QVERIFY(!PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("exp-refused.pdf")),
                                 **expired, {}));
        std::swap(m_key, *expired);
        writeFile(QStringLiteral("exp.pdf"), signedField(sigDict()));
        std::swap(m_key, *expired);
        QCOMPARE(verify(QStringLiteral("exp.pdf")).signatures.first().chain, SignatureReport::Chain::Expired);

        QByteArray d = readFile(QStringLiteral("exp.pdf"));
        const PdfSignatureField f = reader(d)->signatureFields()->first();
        const qint64 width = f.byteRange[2] - f.byteRange[1];
        QByteArray gap =
            '<' + f.contents.left(derLength(f.contents)).toHex().toUpper() + ">/M (D:20200115000000Z)";
        gap += QByteArray(width - gap.size() - 2, ' ') +
               ">>"; // the dictionary ends here; the signed /M is never read
        d.replace(f.byteRange[1], gap.size(), gap);
        writeFile(QStringLiteral("exp-injected.pdf"), d);

        const VerificationReport rep = verify(QStringLiteral("exp-injected.pdf"));
        const SignatureReport& s = rep.signatures.first();
        QVERIFY2(s.chain != SignatureReport::Chain::Trusted, qPrintable(rep.toText()));
        QVERIFY(s.signingTime != QDateTime(QDate(2020, 1, 15), QTime(0, 0), Qt::UTC));
        QVERIFY(!rep.allValid());
        QCOMPARE(cliVerify(QStringLiteral("exp-injected.pdf")), 1);
    }

    // 4. /ByteRange variants, each signed over what it claims.
    void malformedByteRangesAreRefused_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not from byte 0") << 0 << QStringLiteral("tidak dimulai dari awal berkas");
        QTest::newRow("overlapping parts") << 1 << QStringLiteral("tumpang tindih");
        QTest::newRow("leaves signed-dictionary bytes out")
            << 2 << QStringLiteral("tidak sama persis dengan /Contents");
        QTest::newRow("past end of file") << 3 << QStringLiteral("melewati akhir berkas");
        QTest::newRow("negative length") << 4 << QStringLiteral("angka negatif");
        QTest::newRow("three numbers") << 5 << QStringLiteral("tepat empat bilangan bulat");
        QTest::newRow("six numbers (two gaps)") << 6 << QStringLiteral("tepat empat bilangan bulat");
        QTest::newRow("gap starts before /Contents")
            << 7 << QStringLiteral("tidak sama persis dengan /Contents");
    }

    void malformedByteRangesAreRefused()
    {
        QFETCH(int, variant);
        QFETCH(QString, reason);
        const RangeFn ranges = [variant](const QByteArray& file, qint64 a, qint64 b) -> QList<qint64> {
            const qint64 n = file.size();
            switch (variant) {
            case 0:
                return {1, a - 1, b, n - b};
            case 1:
                return {0, a, a - 10, n - (a - 10)};
            case 2: {
                const qint64 e = dictEndAfter(file, b); // the gap swallows /M and ">>" as well
                return {0, a, e, n - e};
            }
            case 3:
                return {0, a, b, n - b + 10};
            case 4:
                return {0, a, b, -(n - b)};
            case 5:
                return {0, a, b};
            case 6:
                return {0, a, b, 10, b + 20, n - b - 20};
            default: {
                const qint64 s = file.lastIndexOf("/Contents", a); // "/Contents <…>": gap begins at the key
                return {0, s, b, n - b};
            }
            }
        };
        const QString name = QStringLiteral("br%1.pdf").arg(variant);
        writeFile(name, signedField(sigDict(), ranges));
        const VerificationReport rep = verify(name);
        QVERIFY(!rep.allValid());
        QCOMPARE(rep.signatures.size(), 1);
        QVERIFY(!rep.signatures.first().byteRangeValid);
        QVERIFY2(rep.signatures.first().problems.join(QLatin1Char('\n')).contains(reason),
                 qPrintable(rep.toText()));
        QCOMPARE(cliVerify(name), 1);
    }

    // 5. Dictionaries that are not PAdES signatures, with a valid CMS over the right ranges.
    void wrongTypeFilterSubFilterAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("reason");
        QTest::newRow("/Type /Annot")
            << QByteArray("/Type/Annot/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached")
            << QStringLiteral("/Type");
        QTest::newRow("/Filter /Adobe.PPKMS")
            << QByteArray("/Type/Sig/Filter/Adobe.PPKMS/SubFilter/ETSI.CAdES.detached")
            << QStringLiteral("/Filter harus /Adobe.PPKLite");
        QTest::newRow("no /Filter") << QByteArray("/Type/Sig/SubFilter/ETSI.CAdES.detached")
                                    << QStringLiteral("/Filter harus");
        QTest::newRow("/SubFilter adbe.x509.rsa_sha1")
            << QByteArray("/Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.x509.rsa_sha1")
            << QStringLiteral("tidak didukung");
        QTest::newRow("/SubFilter adbe.pkcs7.sha1")
            << QByteArray("/Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.sha1")
            << QStringLiteral("tidak didukung");
        QTest::newRow("ETSI.RFC3161 on a /Sig")
            << QByteArray("/Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161")
            << QStringLiteral("tidak didukung");
        QTest::newRow("DocTimeStamp with CAdES")
            << QByteArray("/Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached")
            << QStringLiteral("harus /ETSI.RFC3161");
    }

    void wrongTypeFilterSubFilterAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, reason);
        const QString name = QStringLiteral("type-%1.pdf")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QLatin1Char('/'), QLatin1Char('_'));
        writeFile(name, signedField(sigDict(head)));
        const VerificationReport rep = verify(name);
        QVERIFY(!rep.allValid());
        QCOMPARE(rep.signatures.size(), 1);
        QVERIFY(rep.signatures.first().byteRangeValid);
        QVERIFY(!rep.signatures.first().dictionaryValid);
        QVERIFY2(rep.signatures.first().problems.join(QLatin1Char('\n')).contains(reason),
                 qPrintable(rep.toText()));
        QCOMPARE(cliVerify(name), 1);
    }

    // 6. A signature dictionary no field points at (no /AcroForm at all) is still found and reported.
    void signatureOutsideFieldsIsFound()
    {
        Base b = baseOf(readFile(QStringLiteral("plain.pdf")));
        writeFile(QStringLiteral("hidden.pdf"),
                  appendRevision(b.data, std::map<int, QByteArray>{{b.next, sigDict()}}, b.next + 1));
        const VerificationReport rep = verify(QStringLiteral("hidden.pdf"));
        QCOMPARE(rep.signatures.size(), 1);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(!s.listedInFields);
        QCOMPARE(s.objectNumber, b.next);
        QVERIFY2(s.intact(), qPrintable(rep.toText()));
        QVERIFY(s.coversWholeDocument);
        QVERIFY(rep.toText().contains(QStringLiteral("tidak terdaftar di /Fields")));
        QString out;
        cliVerify(QStringLiteral("hidden.pdf"), &out);
        QVERIFY2(out.contains(QStringLiteral("Tanda tangan 1")), qPrintable(out));
    }

    // 7. Two prepared fields A and B (in that /Fields order), signed B first, then A: both verify, A's
    // range ends last and covers the document. pdfsig agrees.
    void preparedFieldsSignedInReverseOrder()
    {
        Base b = baseOf(readFile(QStringLiteral("plain.pdf")));
        const int fa = b.next, fb = b.next + 1;
        auto fieldBody = [&b](const QByteArray& name, const QByteArray& v) {
            return "<</FT/Sig/T (" + name + ")" + v + "/Type/Annot/Subtype/Widget/F 132/Rect[0 0 0 0]/P " +
                   QByteArray::number(b.page.number) + " 0 R>>";
        };
        PdfDict cat = b.catalog;
        cat.insert("AcroForm", PdfObject{PdfDict{{"Fields", PdfObject{PdfArray{PdfObject::fromRef({fa, 0}),
                                                                               PdfObject::fromRef({fb, 0})}}},
                                                 {"SigFlags", PdfObject::fromInt(3)}}});
        PdfDict page = b.pageDict;
        page.insert("Annots", PdfObject{PdfArray{PdfObject::fromRef({fa, 0}), PdfObject::fromRef({fb, 0})}});
        const QByteArray prepared = appendRevision(b.data,
                                                   {{fa, fieldBody("A", {})},
                                                    {fb, fieldBody("B", {})},
                                                    {b.root, PdfObject{cat}.serialize()},
                                                    {b.page.number, PdfObject{page}.serialize()}},
                                                   b.next + 2);
        const int sb = b.next + 2, sa = b.next + 3;
        const QByteArray signedB = appendRevision(
            prepared,
            std::map<int, QByteArray>{{sb, sigDict()},
                                      {fb, fieldBody("B", "/V " + QByteArray::number(sb) + " 0 R")}},
            sb + 1);
        const QByteArray signedBoth = appendRevision(
            signedB,
            std::map<int, QByteArray>{{sa, sigDict()},
                                      {fa, fieldBody("A", "/V " + QByteArray::number(sa) + " 0 R")}},
            sa + 1);
        writeFile(QStringLiteral("reverse.pdf"), signedBoth);
        QCOMPARE(reader(signedBoth)->signatureFields()->first().name,
                 QStringLiteral("A")); // /Fields order: A, B

        const VerificationReport rep = verify(QStringLiteral("reverse.pdf"));
        QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        QCOMPARE(rep.signatures.size(), 2);
        QCOMPARE(rep.signatures.at(0).fieldName, QStringLiteral("B"));
        QVERIFY(!rep.signatures.at(0).coversWholeDocument);
        QCOMPARE(rep.signatures.at(0).revisionsAfter, 1);
        QCOMPARE(rep.signatures.at(1).fieldName, QStringLiteral("A"));
        QVERIFY(rep.signatures.at(1).coversWholeDocument);
        QCOMPARE(cliVerify(QStringLiteral("reverse.pdf")), 0);

        const QString pdfsig =
            run(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path(QStringLiteral("reverse.pdf"))});
        QCOMPARE(int(pdfsig.count(QStringLiteral("Signature is Valid"))), 2);
        QVERIFY2(pdfsig.contains(QStringLiteral("Total document signed")), qPrintable(pdfsig));
    }
};

QTEST_GUILESS_MAIN(TestVerifierAttacks)
#include "tst_verifierattacks.moc"
