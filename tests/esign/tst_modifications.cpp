#include "TestSupport.h"

#include "esign/ModificationAnalysis.h"
#include "esign/PdfReader.h"
#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"
#include "esign/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <map>

using namespace lontar;
using namespace lontar::esign;

// Modification analysis between revisions and certification (DocMDP). Genuine signatures come from
// PdfSigner with an openssl-made PKCS#12; every attack is an incremental update appended by hand, so
// the only thing wrong with each file is the revision under test: page content changed and then signed
// again on top, annotations an unsigned revision overlays, deleted objects, the shadow attack's "hide"
// (a later xref points a signed object at a hidden body inside the signed bytes) and "replace" (a font
// redefined), next to what must stay allowed (a second signature, DSS, identical re-saves, an empty
// signature field, what the DocMDP level permits).
class TestModifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trust;
    std::unique_ptr<SigningKey> m_key;
    // plain.pdf as mutool writes it: catalog, page, its content stream, resources and font.
    int m_page = 0;
    int m_content = 0;
    int m_font = 0;

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

    void sh(const QString& command)
    {
        int rc = 0;
        const QString out = run(QStringLiteral("sh"), {QStringLiteral("-c"), command}, &rc, m_dir.path());
        if (rc != 0)
            qFatal("%s failed: %s", qPrintable(command), qPrintable(out));
    }

    void writeFile(const QString& name, const QByteArray& data) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(data);
    }

    QByteArray readFile(const QString& name) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return f.readAll();
    }

    static std::unique_ptr<PdfReader> reader(const QByteArray& data)
    {
        auto r = PdfReader::fromBuffer(data);
        if (!r)
            qFatal("reader: %s", qPrintable(r.errorMessage()));
        return std::move(*r);
    }

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    int cliVerify(const QString& name, QString* output) const
    {
        int rc = -1;
        *output = run(cli(), {QStringLiteral("verify"), path(name), QStringLiteral("--trust"), m_trust}, &rc);
        return rc;
    }

    VerificationReport verify(const QString& name) const
    {
        auto r = SignatureVerifier::verify(path(name), {m_trust});
        if (!r)
            qFatal("verify %s: %s", qPrintable(name), qPrintable(r.errorMessage()));
        return *r;
    }

    // `in` signed by the test signer into `out`; certifyPermissions 0 is an approval signature.
    void sign(const QString& in, const QString& out, int certifyPermissions = 0)
    {
        SignOptions o;
        o.signingTime = QDateTime::currentDateTimeUtc();
        o.certifyPermissions = certifyPermissions;
        auto r = PdfSigner::sign(path(in), path(out), *m_key, o);
        if (!r)
            qFatal("sign %s: %s", qPrintable(in), qPrintable(r.errorMessage()));
    }

    // ---- the crafted-update writer -------------------------------------------------------------------

    // Appends a revision with a classic xref table: `objects` (bodies without "n 0 obj"), entries that
    // free `freed`, and `raw` (number -> offset) entries that point at bytes already in the file.
    // `hidden` is written before the objects but listed in no xref.
    static QByteArray appendRevision(const QByteArray& base, const std::map<int, QByteArray>& objects,
                                     const QList<int>& freed = {}, const std::map<int, qint64>& raw = {},
                                     const QByteArray& hidden = {})
    {
        auto pdf = reader(base);
        int size = pdf->objectCount();
        QByteArray update = base.endsWith('\n') ? QByteArray() : QByteArray("\n");
        update += hidden;
        std::map<int, QByteArray> entries;
        for (const auto& [number, body] : objects) {
            entries[number] =
                QByteArray::number(base.size() + update.size()).rightJustified(10, '0') + " 00000 n";
            update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
            size = std::max(size, number + 1);
        }
        for (const auto& [number, offset] : raw)
            entries[number] = QByteArray::number(offset).rightJustified(10, '0') + " 00000 n";
        for (int number : freed)
            entries[number] = "0000000000 00001 f";
        const qint64 xrefAt = base.size() + update.size();
        update += "xref\n";
        for (const auto& [number, entry] : entries)
            update += QByteArray::number(number) + " 1\n" + entry + "\r\n";
        update += "trailer\n<</Size " + QByteArray::number(size) + "/Root " +
                  QByteArray::number(pdf->trailer().value("Root").ref().number) + " 0 R/Prev " +
                  QByteArray::number(pdf->lastXrefOffset()) + ">>\nstartxref\n" + QByteArray::number(xrefAt) +
                  "\n%%EOF\n";
        return base + update;
    }

    static QByteArray stream(const QByteArray& data)
    {
        return "<</Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
    }

    static PdfDict pageOf(const QByteArray& data, int page) { return reader(data)->object(page)->dict(); }

    static PdfDict catalogOf(const QByteArray& data) { return *reader(data)->catalog(); }

    static int rootOf(const QByteArray& data) { return reader(data)->trailer().value("Root").ref().number; }

    // `base` plus an unsigned revision that puts a "LUNAS" note over page 1; returns the annotation's number.
    int addAnnotation(const QString& base, const QString& out)
    {
        const QByteArray data = readFile(base);
        const int annot = reader(data)->objectCount();
        PdfDict page = pageOf(data, m_page);
        PdfArray annots = page.value("Annots").array();
        annots.append(PdfObject::fromRef({annot, 0}));
        page.insert("Annots", PdfObject{annots});
        writeFile(out, appendRevision(data, {{annot, "<</Type/Annot/Subtype/FreeText/Rect[72 700 400 740]"
                                                     "/Contents (LUNAS)/DA (/Helv 18 Tf 1 0 0 rg)/P " +
                                                         QByteArray::number(m_page) + " 0 R>>"},
                                             {m_page, PdfObject{page}.serialize()}}));
        return annot;
    }

    static QString joined(const QStringList& l) { return l.join(QLatin1Char('\n')); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(QStringLiteral("ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
        sh(QStringLiteral(
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 "
            "-subj '/C=ID/O=Lontar Test CA/CN=Lontar Test Root' "
            "-addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' "
            "2>/dev/null && "
            "openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr "
            "-subj '/C=ID/O=Pemkab Tanjung Lontar/CN=Siti Aminah' 2>/dev/null && "
            "openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out signer.pem "
            "-days 825 -extfile ext 2>/dev/null && "
            "openssl pkcs12 -export -inkey signer.key -in signer.pem -certfile ca.pem -passout pass:rahasia "
            "-out signer.p12 && mkdir -p trust && cp ca.pem trust/ && "
            "openssl x509 -in ca.pem -outform DER -out ca.der"));
        m_trust = path(QStringLiteral("trust"));
        auto k = openPkcs12(path(QStringLiteral("signer.p12")), QStringLiteral("rahasia"));
        LONTAR_VERIFY_OK(k);
        m_key = std::move(*k);

        writeFile(QStringLiteral("page.txt"),
                  "%%MediaBox 0 0 595 842\n%%Font Helv Helvetica\n"
                  "BT /Helv 14 Tf 72 770 Td (SURAT PERINTAH PENCAIRAN DANA Rp 1.000.000) Tj ET\n");
        sh(QStringLiteral("mutool create -o plain.pdf page.txt && "
                          "qpdf --object-streams=generate plain.pdf objstm.pdf"));
        const QByteArray plain = readFile(QStringLiteral("plain.pdf"));
        auto pdf = reader(plain);
        QVERIFY(!pdf->lastXrefIsStream()); // the crafted updates here write tables
        m_page = pdf->pages()->first().number;
        const PdfDict page = pdf->object(m_page)->dict();
        m_content = page.value("Contents").ref().number;
        const PdfDict resources = pdf->resolve(page.value("Resources"))->dict();
        m_font = pdf->resolve(resources.value("Font"))->dict().value("Helv").ref().number;
        QVERIFY(m_content > 0 && m_font > 0);

        sign(QStringLiteral("plain.pdf"), QStringLiteral("s1.pdf"));
        const VerificationReport one = verify(QStringLiteral("s1.pdf"));
        QVERIFY2(one.allValid(), qPrintable(one.toText()));
        QCOMPARE(one.signatures.first().changes, SignatureReport::Changes::None);
    }

    // The issue: page content changed in a revision, then a second genuine signature on top. Every
    // signature is intact, but the first one's report names the change and the document is not valid.
    void contentChangedThenSignedAgainIsInvalid()
    {
        const QByteArray forged =
            "BT /Helv 14 Tf 72 770 Td (SURAT PERINTAH PENCAIRAN DANA Rp 9.999.999) Tj ET";
        writeFile(QStringLiteral("content.pdf"),
                  appendRevision(readFile(QStringLiteral("s1.pdf")), {{m_content, stream(forged)}}));
        sign(QStringLiteral("content.pdf"), QStringLiteral("content-s2.pdf"));

        const QString named = QStringLiteral("halaman 1: isi halaman diubah (objek %1)").arg(m_content);
        const VerificationReport rep = verify(QStringLiteral("content-s2.pdf"));
        QCOMPARE(rep.signatures.size(), 2);
        const SignatureReport& first = rep.signatures.at(0);
        QVERIFY(first.intact() && first.trusted());
        QVERIFY(!first.unchanged());
        QCOMPARE(first.changes, SignatureReport::Changes::DisallowedChanges);
        QCOMPARE(first.revisionsAfter, 2);
        QVERIFY2(joined(first.disallowedModifications).contains(named), qPrintable(rep.toText()));
        // The second signer signed the forged revision too: it is a signed revision, and still refused.
        QVERIFY2(joined(first.disallowedModifications).contains(QStringLiteral("revisi 3 (ditandatangani)")),
                 qPrintable(rep.toText()));
        QVERIFY2(first.changesText().contains(named), qPrintable(first.changesText()));
        const SignatureReport& second = rep.signatures.at(1);
        QVERIFY(second.valid());
        QCOMPARE(second.changes, SignatureReport::Changes::None);
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);

        QString out;
        QCOMPARE(cliVerify(QStringLiteral("content-s2.pdf"), &out), 1);
        QVERIFY2(out.contains(named), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("TIDAK SAH")), qPrintable(out));
        QCOMPARE(cliVerify(QStringLiteral("content.pdf"), &out), 1); // before the second signature
        QVERIFY2(out.contains(QStringLiteral("revisi 3 (tanpa tanda tangan): ") + named), qPrintable(out));

        int rc = -1;
        const QString jsonText = run(cli(),
                                     {QStringLiteral("verify"), path(QStringLiteral("content-s2.pdf")),
                                      QStringLiteral("--trust"), m_trust, QStringLiteral("--json")},
                                     &rc);
        QCOMPARE(rc, 1);
        const QJsonObject json = QJsonDocument::fromJson(jsonText.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        const QJsonObject sig = json.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("changes")).toString(), QStringLiteral("disallowed-changes"));
        QCOMPARE(sig.value(QStringLiteral("unchanged")).toBool(), false);
        QVERIFY(!sig.value(QStringLiteral("modifications")).toArray().isEmpty());
    }

    // Two genuine signatures in sequence: the second revision only adds a signature field, its widget
    // and appearance, and lists them. Also with an xref stream and object streams (qpdf's output).
    void twoGenuineSignaturesAreValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("xref table") << QStringLiteral("plain.pdf");
        QTest::newRow("xref stream + object streams") << QStringLiteral("objstm.pdf");
    }

    void twoGenuineSignaturesAreValid()
    {
        QFETCH(QString, input);
        const QString once = QStringLiteral("two-1-") + input;
        const QString twice = QStringLiteral("two-2-") + input;
        sign(input, once);
        sign(once, twice);
        const VerificationReport rep = verify(twice);
        QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        QCOMPARE(rep.signatures.at(0).changes, SignatureReport::Changes::AllowedChanges);
        QVERIFY(rep.signatures.at(0).disallowedModifications.isEmpty());
        QVERIFY2(joined(rep.signatures.at(0).modifications)
                     .contains(QStringLiteral("tanda tangan baru 'Signature2'")),
                 qPrintable(rep.toText()));
        QCOMPARE(rep.signatures.at(1).changes, SignatureReport::Changes::None);
        QString out;
        QCOMPARE(cliVerify(twice, &out), 0);
        QVERIFY2(!out.contains(QStringLiteral("belum dianalisis")), qPrintable(out));
    }

    // An annotation an unsigned revision lays over the signed page: the shadow attack's overlay.
    void unsignedAnnotationAfterSignatureIsInvalid()
    {
        const int annot = addAnnotation(QStringLiteral("s1.pdf"), QStringLiteral("annot.pdf"));
        const VerificationReport rep = verify(QStringLiteral("annot.pdf"));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        const QString named = QStringLiteral("anotasi baru (FreeText) di halaman 1 (objek %1)").arg(annot);
        QVERIFY2(joined(rep.signatures.first().disallowedModifications).contains(named),
                 qPrintable(rep.toText()));
        // The page dictionary differs only by /Annots: no second finding about the page itself.
        QVERIFY2(!joined(rep.signatures.first().modifications).contains(QStringLiteral("halaman 1: /")),
                 qPrintable(rep.toText()));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("annot.pdf"), &out), 1);
        QVERIFY2(out.contains(named), qPrintable(out));
    }

    // The same annotation after a P=3 certification is allowed (and reported); after P=2 it is not.
    void annotationFollowsTheCertificationLevel()
    {
        sign(QStringLiteral("plain.pdf"), QStringLiteral("cert3.pdf"), 3);
        const int annot = addAnnotation(QStringLiteral("cert3.pdf"), QStringLiteral("cert3-annot.pdf"));
        const VerificationReport rep = verify(QStringLiteral("cert3-annot.pdf"));
        QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        const SignatureReport& s = rep.signatures.first();
        QCOMPARE(s.certificationLevel, 3);
        QCOMPARE(s.changes, SignatureReport::Changes::AllowedChanges);
        QVERIFY2(joined(s.modifications)
                     .contains(QStringLiteral("anotasi baru (FreeText) di halaman 1 (objek %1)").arg(annot)),
                 qPrintable(rep.toText()));
        QVERIFY2(rep.toText().contains(QStringLiteral("sertifikasi, tingkat P=3")), qPrintable(rep.toText()));

        sign(QStringLiteral("plain.pdf"), QStringLiteral("cert2.pdf"), 2);
        addAnnotation(QStringLiteral("cert2.pdf"), QStringLiteral("cert2-annot.pdf"));
        const VerificationReport p2 = verify(QStringLiteral("cert2-annot.pdf"));
        QCOMPARE(p2.signatures.first().certificationLevel, 2);
        QCOMPARE(p2.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(
            joined(p2.signatures.first().disallowedModifications).contains(QStringLiteral("anotasi baru")),
            qPrintable(p2.toText()));
    }

    // P=1: no change at all, a second signature included. P=2: a second signature is allowed.
    void secondSignatureAfterCertification()
    {
        sign(QStringLiteral("plain.pdf"), QStringLiteral("cert1.pdf"), 1);
        const VerificationReport alone = verify(QStringLiteral("cert1.pdf"));
        QVERIFY2(alone.allValid(), qPrintable(alone.toText()));
        QCOMPARE(alone.signatures.first().certificationLevel, 1);
        QVERIFY(alone.toText().contains(QStringLiteral("sertifikasi, tingkat P=1")));

        sign(QStringLiteral("cert1.pdf"), QStringLiteral("cert1-s2.pdf"));
        const VerificationReport p1 = verify(QStringLiteral("cert1-s2.pdf"));
        QCOMPARE(p1.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY(p1.signatures.at(0).intact() && p1.signatures.at(1).intact());
        QVERIFY2(joined(p1.signatures.at(0).disallowedModifications)
                     .contains(QStringLiteral("sertifikasi tingkat P=1")),
                 qPrintable(p1.toText()));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("cert1-s2.pdf"), &out), 1);

        if (!QFile::exists(path(QStringLiteral("cert2.pdf"))))
            sign(QStringLiteral("plain.pdf"), QStringLiteral("cert2.pdf"), 2);
        sign(QStringLiteral("cert2.pdf"), QStringLiteral("cert2-s2.pdf"));
        const VerificationReport p2 = verify(QStringLiteral("cert2-s2.pdf"));
        QVERIFY2(p2.allValid(), qPrintable(p2.toText()));
        QCOMPARE(p2.signatures.at(0).certificationLevel, 2);
        QCOMPARE(p2.signatures.at(1).certificationLevel, 0);
        QCOMPARE(cliVerify(QStringLiteral("cert2-s2.pdf"), &out), 0);
    }

    // A certification must be the first signature: the signer refuses, and writes nothing.
    void certifyingASignedDocumentIsRefused()
    {
        SignOptions o;
        o.certifyPermissions = 2;
        auto r =
            PdfSigner::sign(path(QStringLiteral("s1.pdf")), path(QStringLiteral("late-cert.pdf")), *m_key, o);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("tidak dapat disertifikasi")),
                 qPrintable(r.errorMessage()));
        QVERIFY(!QFile::exists(path(QStringLiteral("late-cert.pdf"))));
        o.certifyPermissions = 4;
        QVERIFY(
            !PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("p4.pdf")), *m_key, o));
    }

    // What the certification writes, as other tools read it: pdfsig verifies it, qpdf finds no error, and
    // mutool sees /Perms /DocMDP and the /Reference with its level.
    void certifiedFileIsAcceptedByOtherTools()
    {
        if (!QFile::exists(path(QStringLiteral("cert2.pdf"))))
            sign(QStringLiteral("plain.pdf"), QStringLiteral("cert2.pdf"), 2);
        const QString file = path(QStringLiteral("cert2.pdf"));
        const QString pdfsig = run(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), file});
        QVERIFY2(pdfsig.contains(QStringLiteral("Signature is Valid")), qPrintable(pdfsig));
        QVERIFY2(pdfsig.contains(QStringLiteral("Total document signed")), qPrintable(pdfsig));
        int rc = -1;
        const QString qpdf = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(qpdf.contains(QStringLiteral("No syntax or stream encoding errors")), qPrintable(qpdf));
        const QString perms =
            run(QStringLiteral("mutool"),
                {QStringLiteral("show"), file, QStringLiteral("trailer/Root/Perms/DocMDP")}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(perms.contains(QStringLiteral("/TransformMethod/DocMDP")) ||
                     perms.contains(QStringLiteral("/TransformMethod /DocMDP")),
                 qPrintable(perms));
        QVERIFY2(perms.contains(QStringLiteral("/P 2")), qPrintable(perms));
        const QString mutoolVerify =
            run(QStringLiteral("mutool"), {QStringLiteral("sign"), QStringLiteral("-v"), file}, &rc);
        QCOMPARE(rc, 0);
        // mutool has no trust anchors here, so it only vouches for the bytes.
        QVERIFY2(mutoolVerify.contains(QStringLiteral("The document is unchanged since signing")),
                 qPrintable(mutoolVerify));
    }

    // B-LT style: a revision that only adds a /DSS with its streams is allowed. A DSS that "claims" the
    // page content stream cannot launder a change to it.
    void dssRevision()
    {
        const QByteArray base = readFile(QStringLiteral("s1.pdf"));
        const int dss = reader(base)->objectCount();
        const int cert = dss + 1;
        PdfDict catalog = catalogOf(base);
        catalog.insert("DSS", PdfObject::fromRef({dss, 0}));
        writeFile(QStringLiteral("dss.pdf"),
                  appendRevision(base, {{dss, "<</Certs[" + QByteArray::number(cert) + " 0 R]>>"},
                                        {cert, stream(readFile(QStringLiteral("ca.der")))},
                                        {rootOf(base), PdfObject{catalog}.serialize()}}));
        const VerificationReport rep = verify(QStringLiteral("dss.pdf"));
        QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        QCOMPARE(rep.signatures.first().changes, SignatureReport::Changes::AllowedChanges);
        QVERIFY2(joined(rep.signatures.first().modifications).contains(QStringLiteral("(DSS) ditambahkan")),
                 qPrintable(rep.toText()));

        catalog.insert("DSS", PdfObject::fromRef({dss, 0}));
        writeFile(QStringLiteral("dss-launder.pdf"),
                  appendRevision(base, {{dss, "<</Certs[" + QByteArray::number(m_content) + " 0 R]>>"},
                                        {m_content, stream("BT /Helv 14 Tf 72 770 Td (BATAL) Tj ET")},
                                        {rootOf(base), PdfObject{catalog}.serialize()}}));
        const VerificationReport launder = verify(QStringLiteral("dss-launder.pdf"));
        QCOMPARE(launder.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(joined(launder.signatures.first().disallowedModifications)
                     .contains(QStringLiteral("isi halaman diubah (objek %1)").arg(m_content)),
                 qPrintable(launder.toText()));
    }

    // An object freed by a later xref: deleted. Judged by the analysis on its own, from a buffer.
    void deletedObjectIsInvalid()
    {
        const QByteArray data = appendRevision(readFile(QStringLiteral("s1.pdf")), {}, {m_font});
        writeFile(QStringLiteral("deleted.pdf"), data);
        auto pdf = reader(data);
        const PdfSignatureField field = pdf->signatureFields()->first();
        qint64 offset = -1;
        for (const PdfReader::ObjectLocation& l : pdf->allObjectLocations()) {
            if (l.number == field.value.number && l.type == 1)
                offset = l.offset;
        }
        QVERIFY(offset > 0);
        auto analysis = ModificationAnalysis::analyse(
            *pdf,
            {SignaturePosition{field.value.number, offset, field.byteRange[2] + field.byteRange[3], true}});
        LONTAR_VERIFY_OK(analysis);
        QCOMPARE(analysis->size(), 1);
        const ChangeAnalysis& a = analysis->first();
        QCOMPARE(a.revisionsAfter, 1);
        QVERIFY(a.hasDisallowed());
        QCOMPARE(a.modifications.first().objectNumber, m_font);
        QVERIFY2(a.modifications.first().text.startsWith(QStringLiteral("objek %1 dihapus").arg(m_font)),
                 qPrintable(a.modifications.first().text));
        QVERIFY(!a.modifications.first().signedRevision);

        const VerificationReport rep = verify(QStringLiteral("deleted.pdf"));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("deleted.pdf"), &out), 1);
        QVERIFY2(out.contains(QStringLiteral("objek %1 dihapus").arg(m_font)), qPrintable(out));
    }

    // Shadow "hide": the document given to the signer carries a forged content body that no xref lists;
    // after signing, an xref-only revision points the page's content object at it. Nothing new is
    // written but the xref, and every byte of the body is signed.
    void shadowHideIsInvalid()
    {
        const QByteArray plain = readFile(QStringLiteral("plain.pdf"));
        const QByteArray hiddenBody = QByteArray::number(m_content) + " 0 obj\n" +
                                      stream("BT /Helv 14 Tf 72 770 Td (SURAT PERINTAH PENCAIRAN DANA "
                                             "Rp 9.999.999) Tj ET") +
                                      "\nendobj\n";
        const int note = reader(plain)->objectCount();
        const QByteArray prepared =
            appendRevision(plain, {{note, "<</Catatan (lampiran)>>"}}, {}, {}, hiddenBody);
        const qint64 hiddenAt = prepared.indexOf(hiddenBody, plain.size());
        QVERIFY(hiddenAt > 0);
        writeFile(QStringLiteral("prepared.pdf"), prepared);
        const VerificationReport unsignedPrepared = verify(QStringLiteral("prepared.pdf"));
        QCOMPARE(unsignedPrepared.verdict(), VerificationReport::Verdict::NoSignature);
        sign(QStringLiteral("prepared.pdf"), QStringLiteral("hide-signed.pdf"));
        QVERIFY(verify(QStringLiteral("hide-signed.pdf")).allValid());

        const QByteArray attacked =
            appendRevision(readFile(QStringLiteral("hide-signed.pdf")), {}, {}, {{m_content, hiddenAt}});
        writeFile(QStringLiteral("hide.pdf"), attacked);
        // The attack works on a reader: the page's content is now the hidden body.
        auto pdf = reader(attacked);
        QCOMPARE(pdf->allObjectLocations().first().number, m_content);
        QCOMPARE(pdf->allObjectLocations().first().offset, hiddenAt);

        const VerificationReport rep = verify(QStringLiteral("hide.pdf"));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        const QString found = joined(rep.signatures.first().disallowedModifications);
        QVERIFY2(found.contains(QStringLiteral("halaman 1: isi halaman diubah (objek %1)").arg(m_content)),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("ke isi lama di byte %1").arg(hiddenAt)), qPrintable(found));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("hide.pdf"), &out), 1);
    }

    // Shadow "replace": the font the signed page uses is redefined (and a genuine signature added on top).
    void shadowReplaceIsInvalid()
    {
        writeFile(QStringLiteral("replace.pdf"),
                  appendRevision(readFile(QStringLiteral("s1.pdf")),
                                 {{m_font, "<</Type/Font/Subtype/Type1/BaseFont/Symbol>>"}}));
        sign(QStringLiteral("replace.pdf"), QStringLiteral("replace-s2.pdf"));
        const VerificationReport rep = verify(QStringLiteral("replace-s2.pdf"));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY(rep.signatures.at(1).valid());
        QVERIFY2(
            joined(rep.signatures.first().disallowedModifications)
                .contains(QStringLiteral("halaman 1: font, gambar atau sumber daya lain yang dipakai halaman "
                                         "diubah (objek %1)")
                              .arg(m_font)),
            qPrintable(rep.toText()));
    }

    // The same objects written again with the same values (different bytes): allowed.
    void identicalResaveIsAllowed()
    {
        const QByteArray base = readFile(QStringLiteral("s1.pdf"));
        auto pdf = reader(base);
        writeFile(QStringLiteral("resave.pdf"),
                  appendRevision(base, {{m_page, pdf->object(m_page)->serialize()},
                                        {m_font, pdf->object(m_font)->serialize()},
                                        {rootOf(base), PdfObject{catalogOf(base)}.serialize()}}));
        const VerificationReport rep = verify(QStringLiteral("resave.pdf"));
        QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        QCOMPARE(rep.signatures.first().changes, SignatureReport::Changes::AllowedChanges);
        QVERIFY2(
            joined(rep.signatures.first().modifications).contains(QStringLiteral("3 objek disimpan ulang")),
            qPrintable(rep.toText()));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("resave.pdf"), &out), 0);
    }

    // An unsigned revision that only prepares an empty signature field is allowed; one whose empty field
    // paints over the page, or that adds a text field, is not.
    void unsignedFieldRevisions()
    {
        const QByteArray base = readFile(QStringLiteral("s1.pdf"));
        const int field = reader(base)->objectCount();
        auto withField = [&](const QByteArray& body, std::map<int, QByteArray> more = {}) {
            PdfDict catalog = catalogOf(base);
            PdfDict form = catalog.value("AcroForm").dict();
            PdfArray fields = form.value("Fields").array();
            fields.append(PdfObject::fromRef({field, 0}));
            form.insert("Fields", PdfObject{fields});
            catalog.insert("AcroForm", PdfObject{form});
            PdfDict page = pageOf(base, m_page);
            PdfArray annots = page.value("Annots").array();
            annots.append(PdfObject::fromRef({field, 0}));
            page.insert("Annots", PdfObject{annots});
            more[field] = body;
            more[rootOf(base)] = PdfObject{catalog}.serialize();
            more[m_page] = PdfObject{page}.serialize();
            return appendRevision(base, more);
        };
        const QByteArray widget =
            "/Type/Annot/Subtype/Widget/F 4/Rect[300 100 500 150]/P " + QByteArray::number(m_page) + " 0 R>>";
        writeFile(QStringLiteral("empty-field.pdf"), withField("<</FT/Sig/T (Kepala Bidang)" + widget));
        const VerificationReport ok = verify(QStringLiteral("empty-field.pdf"));
        QVERIFY2(ok.allValid(), qPrintable(ok.toText()));
        QVERIFY2(
            joined(ok.signatures.first().modifications)
                .contains(
                    QStringLiteral("field tanda tangan kosong baru 'Kepala Bidang' (objek %1)").arg(field)),
            qPrintable(ok.toText()));

        // The same empty signature field, but its appearance paints over the page: an overlay.
        const QByteArray painted =
            "<</FT/Sig/T (Kepala Bidang)/AP<</N " + QByteArray::number(field + 1) + " 0 R>>" + widget;
        writeFile(QStringLiteral("painted-field.pdf"),
                  withField(painted, {{field + 1, "<</Type/XObject/Subtype/Form/BBox[0 0 200 50]" +
                                                      stream("q 1 1 1 rg 0 0 200 50 re f Q").mid(2)}}));
        const VerificationReport overlay = verify(QStringLiteral("painted-field.pdf"));
        QVERIFY2(overlay.verdict() == VerificationReport::Verdict::Invalid, qPrintable(overlay.toText()));
        QVERIFY2(joined(overlay.signatures.first().disallowedModifications)
                     .contains(QStringLiteral("menggambar tampilan di halaman")),
                 qPrintable(overlay.toText()));

        writeFile(QStringLiteral("text-field.pdf"),
                  withField("<</FT/Tx/T (Nominal)/V (Rp 9.999.999)" + widget));
        const VerificationReport bad = verify(QStringLiteral("text-field.pdf"));
        QCOMPARE(bad.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(joined(bad.signatures.first().disallowedModifications)
                     .contains(QStringLiteral("field formulir baru 'Nominal' yang bukan field tanda tangan")),
                 qPrintable(bad.toText()));
    }

    // Form filling: an existing text field's value changed by an unsigned revision is allowed after a P=2
    // certification and not after an approval signature.
    void formFillFollowsTheCertificationLevel()
    {
        const QByteArray plain = readFile(QStringLiteral("plain.pdf"));
        const int field = reader(plain)->objectCount();
        PdfDict catalog = catalogOf(plain);
        catalog.insert("AcroForm",
                       PdfObject{PdfDict{{"Fields", PdfObject{PdfArray{PdfObject::fromRef({field, 0})}}}}});
        PdfDict page = pageOf(plain, m_page);
        page.insert("Annots", PdfObject{PdfArray{PdfObject::fromRef({field, 0})}});
        const QByteArray fieldBody =
            "<</FT/Tx/T (Nama)/V (%1)/Type/Annot/Subtype/Widget/F 4/Rect[72 600 300 620]/P " +
            QByteArray::number(m_page) + " 0 R>>";
        writeFile(QStringLiteral("form.pdf"),
                  appendRevision(plain, {{field, QByteArray(fieldBody).replace("%1", "Budi")},
                                         {rootOf(plain), PdfObject{catalog}.serialize()},
                                         {m_page, PdfObject{page}.serialize()}}));
        sign(QStringLiteral("form.pdf"), QStringLiteral("form-cert2.pdf"), 2);
        sign(QStringLiteral("form.pdf"), QStringLiteral("form-approval.pdf"));
        for (const QString& name : {QStringLiteral("form-cert2.pdf"), QStringLiteral("form-approval.pdf")}) {
            const QByteArray data = readFile(name);
            // Re-read the field as the signer left it (the signer does not touch it).
            writeFile(QStringLiteral("filled-") + name,
                      appendRevision(data, {{field, QByteArray(fieldBody).replace("%1", "Siti")}}));
        }
        const VerificationReport certified = verify(QStringLiteral("filled-form-cert2.pdf"));
        QVERIFY2(certified.allValid(), qPrintable(certified.toText()));
        QVERIFY2(joined(certified.signatures.first().modifications)
                     .contains(QStringLiteral("isian field formulir 'Nama' diubah (objek %1)").arg(field)),
                 qPrintable(certified.toText()));
        const VerificationReport approval = verify(QStringLiteral("filled-form-approval.pdf"));
        QCOMPARE(approval.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(joined(approval.signatures.first().disallowedModifications)
                     .contains(QStringLiteral("isian field formulir 'Nama' diubah (objek %1)").arg(field)),
                 qPrintable(approval.toText()));
    }

    // A later xref that does not build on the signed revision (no /Prev back to it) is a rewrite.
    void rewrittenXrefChainIsInvalid()
    {
        const QByteArray base = readFile(QStringLiteral("s1.pdf"));
        auto pdf = reader(base);
        QByteArray update = "\n" + QByteArray::number(m_content) + " 0 obj\n" +
                            stream("BT /Helv 14 Tf 72 770 Td (BATAL) Tj ET") + "\nendobj\n";
        const qint64 contentAt = base.size() + 1;
        // A complete new table: every object where it was, the content where it is now, no /Prev.
        QMap<int, qint64> where;
        for (const PdfReader::ObjectLocation& l : pdf->allObjectLocations()) {
            if (!where.contains(l.number))
                where.insert(l.number, l.offset);
        }
        where.insert(m_content, contentAt);
        const qint64 xrefAt = base.size() + update.size();
        update += "xref\n0 1\n0000000000 65535 f\r\n";
        for (auto it = where.cbegin(); it != where.cend(); ++it)
            update += QByteArray::number(it.key()) + " 1\n" +
                      QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n\r\n";
        update += "trailer\n<</Size " + QByteArray::number(pdf->objectCount()) + "/Root " +
                  QByteArray::number(rootOf(base)) + " 0 R>>\nstartxref\n" + QByteArray::number(xrefAt) +
                  "\n%%EOF\n";
        writeFile(QStringLiteral("rewritten.pdf"), base + update);
        const VerificationReport rep = verify(QStringLiteral("rewritten.pdf"));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(joined(rep.signatures.first().disallowedModifications)
                     .contains(QStringLiteral("tidak lagi menjadi dasar dokumen")),
                 qPrintable(rep.toText()));
    }
};

QTEST_GUILESS_MAIN(TestModifications)
#include "tst_modifications.moc"
