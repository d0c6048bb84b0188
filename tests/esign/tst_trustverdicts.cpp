#include "TestSupport.h"

#include "esign/Cades.h"
#include "esign/PdfReader.h"
#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace lontar;
using namespace lontar::esign;

// The three verdicts (intact, trusted, unchanged) and the overall one: no trust anchor means no trust,
// key usage and extended key usage decide whether a certificate may sign documents, the certificate is
// judged now (or at a verified timestamp) and never at the signer's claimed /M, signing refuses a
// certificate that is not valid now, and an unsigned PDF is its own verdict. The PKI is made by openssl.
class TestTrustVerdicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trust;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString run(const QString& program, const QStringList& args, int* exitCode = nullptr,
                       const QString& workDir = {}, const QProcessEnvironment& env = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
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

    QByteArray readFile(const QString& name) const
    {
        QFile f(path(name));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(data);
    }

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    // `lontar-cli verify FILE [--trust DIR] [--json]`: exit code and everything it printed.
    int cliVerify(const QString& name, const QString& trust, QString* output, bool json = false) const
    {
        QStringList args{QStringLiteral("verify"), path(name)};
        if (!trust.isEmpty())
            args << QStringLiteral("--trust") << trust;
        if (json)
            args << QStringLiteral("--json");
        int rc = -1;
        *output = run(cli(), args, &rc);
        return rc;
    }

    std::unique_ptr<SigningKey> key(const QString& who) const
    {
        auto k = openPkcs12(path(who + QStringLiteral(".p12")), QStringLiteral("rahasia"));
        if (!k)
            qFatal("key %s: %s", qPrintable(who), qPrintable(k.errorMessage()));
        return std::move(*k);
    }

    // plain.pdf signed by `who` into `out`.
    void signAs(const QString& who, const QString& out, const SignOptions& options = {})
    {
        auto k = key(who);
        auto r = PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(out), *k, options);
        if (!r)
            qFatal("sign as %s: %s", qPrintable(who), qPrintable(r.errorMessage()));
    }

    VerificationReport verify(const QString& name, const QString& trust) const
    {
        auto r = SignatureVerifier::verify(path(name), {trust});
        if (!r)
            qFatal("verify %s: %s", qPrintable(name), qPrintable(r.errorMessage()));
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A root valid since 2019 (so a claimed /M in January 2020 would make the expired signer chain if
        // /M were used), signers with different key usages and validity periods, and a self-signed
        // impostor with the genuine signer's name.
        writeFile(QStringLiteral("ca.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nserial=serial\nunique_subject=no\n"
                  "new_certs_dir=.\ndefault_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n"
                  "[caext]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                  "[good]\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
                  "[kenc]\nkeyUsage=critical,keyEncipherment\n"
                  "[tls]\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                  "[docsign]\nkeyUsage=critical,nonRepudiation\n"
                  "extendedKeyUsage=1.3.6.1.5.5.7.3.36,1.2.840.113583.1.1.5\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        const QString subject = QStringLiteral("/C=ID/O=Pemkab Tanjung Lontar/CN=Siti Aminah");
        sh(QStringLiteral("openssl req -newkey rsa:2048 -nodes -keyout ca.key -out ca.csr -subj "
                          "'/C=ID/O=Lontar Test CA/CN=Lontar Test Root' 2>/dev/null && "
                          "openssl ca -batch -selfsign -config ca.cnf -keyfile ca.key -in ca.csr -out ca.pem "
                          "-startdate 20190101000000Z -enddate 20361231000000Z -extensions caext -notext "
                          "2>/dev/null"));
        // who, extension section, validity
        const QList<QStringList> issued{
            {QStringLiteral("good"), QStringLiteral("good"), QStringLiteral("-days 825")},
            {QStringLiteral("kenc"), QStringLiteral("kenc"), QStringLiteral("-days 825")},
            {QStringLiteral("tls"), QStringLiteral("tls"), QStringLiteral("-days 825")},
            {QStringLiteral("docsign"), QStringLiteral("docsign"), QStringLiteral("-days 825")},
            {QStringLiteral("expired"), QStringLiteral("good"),
             QStringLiteral("-startdate 20200101000000Z -enddate 20200201000000Z")},
            {QStringLiteral("notyet"), QStringLiteral("good"),
             QStringLiteral("-startdate 20990101000000Z -enddate 20991231000000Z")},
        };
        for (const QStringList& c : issued)
            sh(QStringLiteral("openssl req -newkey rsa:2048 -nodes -keyout %1.key -out %1.csr -subj '%4' "
                              "2>/dev/null && openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key "
                              "-in %1.csr -out %1.pem -extensions %2 %3 -notext 2>/dev/null && "
                              "openssl pkcs12 -export -inkey %1.key -in %1.pem -certfile ca.pem "
                              "-passout pass:rahasia -out %1.p12")
                   .arg(c.at(0), c.at(1), c.at(2), subject));
        sh(QStringLiteral("openssl req -x509 -newkey rsa:2048 -nodes -keyout impostor.key -out impostor.pem "
                          "-days 365 -subj '%1' -addext 'keyUsage=critical,digitalSignature' 2>/dev/null && "
                          "openssl pkcs12 -export -inkey impostor.key -in impostor.pem -passout pass:rahasia "
                          "-out impostor.p12 && mkdir -p trust impostor-trust empty-trust && "
                          "cp ca.pem trust/ && cp impostor.pem impostor-trust/")
               .arg(subject));
        m_trust = path(QStringLiteral("trust"));

        sh(QStringLiteral(
            "printf '%%%%MediaBox 0 0 595 842\\n%%%%Font Helv Helvetica\\nBT /Helv 14 Tf 72 770 "
            "Td (SURAT KEPUTUSAN BUPATI) Tj ET\\n' > page.txt && "
            "mutool create -o plain.pdf page.txt"));
        QVERIFY(QFile::exists(path(QStringLiteral("plain.pdf"))));
    }

    // The case: a self-signed certificate with the genuine signer's name, and no trust store.
    // Intact and unchanged, but it must not come out green, "SAH", or exit 0.
    void impostorWithoutTrustStoreIsNotTrusted()
    {
        signAs(QStringLiteral("impostor"), QStringLiteral("impostor.pdf"));
        const VerificationReport rep = verify(QStringLiteral("impostor.pdf"), {});
        QCOMPARE(rep.signatures.size(), 1);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(s.intact());
        QVERIFY(s.unchanged());
        QVERIFY(!s.trusted());
        QCOMPARE(s.chain, SignatureReport::Chain::NoTrustAnchors);
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::NotTrusted);
        QVERIFY(!rep.allValid());
        QVERIFY(s.trustText().contains(QStringLiteral("tidak ada sertifikat akar yang dipercaya")));

        QString out;
        QCOMPARE(cliVerify(QStringLiteral("impostor.pdf"), {}, &out), 1);
        QVERIFY2(!out.contains(QStringLiteral("SAH")), qPrintable(out)); // neither "SAH" nor "SEMUA … SAH"
        QVERIFY2(
            out.contains(QStringLiteral("tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Hasil: BELUM TEPERCAYA")), qPrintable(out));

        QCOMPARE(cliVerify(QStringLiteral("impostor.pdf"), {}, &out, true), 1);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-trusted"));
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject sig = json.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(sig.value(QStringLiteral("trusted")).toBool(), false);
        QCOMPARE(sig.value(QStringLiteral("unchanged")).toBool(), true);
        QCOMPARE(sig.value(QStringLiteral("chain")).toString(), QStringLiteral("no-trust-anchors"));

        // A folder without certificates is no anchor either, and the real CA does not vouch for it.
        QCOMPARE(verify(QStringLiteral("impostor.pdf"), path(QStringLiteral("empty-trust"))).verdict(),
                 VerificationReport::Verdict::NotTrusted);
        const VerificationReport withCa = verify(QStringLiteral("impostor.pdf"), m_trust);
        QCOMPARE(withCa.signatures.first().chain, SignatureReport::Chain::Untrusted);
        QCOMPARE(withCa.verdict(), VerificationReport::Verdict::NotTrusted);
        QCOMPARE(cliVerify(QStringLiteral("impostor.pdf"), m_trust, &out), 1);
        QVERIFY2(!out.contains(QStringLiteral("SAH")), qPrintable(out));
    }

    // The same kind of files with the right anchor configured: Valid, exit 0, the green words.
    void rightAnchorMakesItValid()
    {
        // The self-signed certificate, when it is itself the configured anchor.
        const VerificationReport own =
            verify(QStringLiteral("impostor.pdf"), path(QStringLiteral("impostor-trust")));
        QVERIFY2(own.allValid(), qPrintable(own.toText()));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("impostor.pdf"), path(QStringLiteral("impostor-trust")), &out), 0);

        // A CA-issued signer with the CA as anchor; no timestamp, so judged now.
        signAs(QStringLiteral("good"), QStringLiteral("good.pdf"));
        const VerificationReport rep = verify(QStringLiteral("good.pdf"), m_trust);
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Valid);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(s.intact() && s.trusted() && s.unchanged());
        QCOMPARE(s.changes, SignatureReport::Changes::None);
        QCOMPARE(s.validationTimeSource, QStringLiteral("now"));
        QCOMPARE(cliVerify(QStringLiteral("good.pdf"), m_trust, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("SEMUA TANDA TANGAN SAH")), qPrintable(out));
        QCOMPARE(cliVerify(QStringLiteral("good.pdf"), m_trust, &out, true), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("valid"));
    }

    void keyEnciphermentOnlyIsNotTrusted()
    {
        signAs(QStringLiteral("kenc"), QStringLiteral("kenc.pdf"));
        const VerificationReport rep = verify(QStringLiteral("kenc.pdf"), m_trust);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(s.intact());
        QCOMPARE(s.chain, SignatureReport::Chain::KeyUsageNotAllowed);
        QVERIFY2(s.trustText().contains(QStringLiteral("keyUsage")), qPrintable(rep.toText()));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::NotTrusted);
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("kenc.pdf"), m_trust, &out), 1);
    }

    void serverAuthOnlyIsNotTrusted()
    {
        signAs(QStringLiteral("tls"), QStringLiteral("tls.pdf"));
        const VerificationReport rep = verify(QStringLiteral("tls.pdf"), m_trust);
        QCOMPARE(rep.signatures.first().chain, SignatureReport::Chain::KeyUsageNotAllowed);
        QVERIFY2(rep.signatures.first().trustText().contains(QStringLiteral("extendedKeyUsage")),
                 qPrintable(rep.toText()));
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::NotTrusted);

        // The control: document-signing EKUs (RFC 9336, Adobe) with nonRepudiation are accepted.
        signAs(QStringLiteral("docsign"), QStringLiteral("docsign.pdf"));
        const VerificationReport ok = verify(QStringLiteral("docsign.pdf"), m_trust);
        QVERIFY2(ok.allValid(), qPrintable(ok.toText()));
    }

    // A certificate valid only in January 2020 signs a file whose /M says 15 January 2020. Without a
    // timestamp the certificate is judged now, so the claim does not rescue it.
    void expiredNowWithoutTimestampIsNotTrusted()
    {
        // PdfSigner refuses the expired key, so sign with a valid one and swap in a CMS made by the expired
        // key over the same bytes: the file differs from a real one only in who signed it.
        SignOptions options;
        options.signingTime = QDateTime(QDate(2020, 1, 15), QTime(9, 0), Qt::UTC);
        signAs(QStringLiteral("good"), QStringLiteral("exp-base.pdf"), options);
        QByteArray d = readFile(QStringLiteral("exp-base.pdf"));
        auto reader = PdfReader::fromBuffer(d);
        QVERIFY(reader);
        const QList<qint64> r = (*reader)->signatureFields()->first().byteRange;
        auto expired = key(QStringLiteral("expired"));
        auto cms = buildCadesDetached(
            QCryptographicHash::hash(d.mid(r[0], r[1]) + d.mid(r[2], r[3]), QCryptographicHash::Sha256),
            *expired);
        LONTAR_VERIFY_OK(cms);
        const QByteArray hex = cms->toHex().toUpper();
        const qint64 width = r[2] - r[1] - 2;
        QVERIFY(hex.size() <= width);
        d.replace(r[1] + 1, width, hex + QByteArray(width - hex.size(), '0'));
        writeFile(QStringLiteral("expired.pdf"), d);

        const VerificationReport rep = verify(QStringLiteral("expired.pdf"), m_trust);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY2(s.intact(), qPrintable(rep.toText()));
        QCOMPARE(s.signingTime, options.signingTime); // the claim is read, inside the validity window
        QCOMPARE(s.signingTimeSource, QStringLiteral("claimed"));
        QCOMPARE(s.validationTimeSource, QStringLiteral("now"));
        QCOMPARE(s.chain, SignatureReport::Chain::Expired);
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::NotTrusted);
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("expired.pdf"), m_trust, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("kedaluwarsa")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("SEMUA TANDA TANGAN SAH")), qPrintable(out));
    }

    void signingRefusesCertificatesNotValidNow_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("message");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("sudah kedaluwarsa");
        QTest::newRow("not yet valid") << QStringLiteral("notyet") << QStringLiteral("belum berlaku");
    }

    void signingRefusesCertificatesNotValidNow()
    {
        QFETCH(QString, who);
        QFETCH(QString, message);
        const QString out = who + QStringLiteral("-refused.pdf");
        auto k = key(who);
        auto r = PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(out), *k, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QVERIFY(!QFile::exists(path(out)));
        QVERIFY(!PdfSigner::checkCertificateValidNow(*k));
        QVERIFY(PdfSigner::checkCertificateValidNow(*key(QStringLiteral("good"))));

        // The CLI takes the same path: exit 1, the message, no file.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("P12PASS"), QStringLiteral("rahasia"));
        int rc = -1;
        const QString cliOut =
            run(cli(),
                {QStringLiteral("sign"), QStringLiteral("--key"), path(who + QStringLiteral(".p12")),
                 QStringLiteral("--pass-env"), QStringLiteral("P12PASS"), QStringLiteral("--in"),
                 path(QStringLiteral("plain.pdf")), QStringLiteral("--out"), path(out)},
                &rc, {}, env);
        QCOMPARE(rc, 1);
        QVERIFY2(cliOut.contains(message), qPrintable(cliOut));
        QVERIFY(!QFile::exists(path(out)));
    }

    void unsignedPdfHasItsOwnVerdict()
    {
        const VerificationReport rep = verify(QStringLiteral("plain.pdf"), m_trust);
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::NoSignature);
        QCOMPARE(rep.verdictText(), QStringLiteral("Dokumen ini tidak memiliki tanda tangan elektronik"));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("plain.pdf"), {}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("Dokumen ini tidak memiliki tanda tangan elektronik")),
                 qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("SAH")), qPrintable(out));
        QCOMPARE(cliVerify(QStringLiteral("plain.pdf"), m_trust, &out, true), 1);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("no-signature"));
        // Unreadable input stays exit 2.
        writeFile(QStringLiteral("garbage.pdf"), "bukan pdf");
        QCOMPARE(cliVerify(QStringLiteral("garbage.pdf"), {}, &out), 2);
    }

    // Unchanged: an earlier signature followed by a signed revision that only adds a signature is fine
    // (the analysis names it); bytes nobody signed after the last signature make the document Invalid.
    void laterRevisionsAndUnsignedChanges()
    {
        auto k = key(QStringLiteral("good"));
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("good.pdf")), path(QStringLiteral("twice.pdf")), *k, {}));
        const VerificationReport two = verify(QStringLiteral("twice.pdf"), m_trust);
        QCOMPARE(two.verdict(), VerificationReport::Verdict::Valid);
        QCOMPARE(two.signatures.size(), 2);
        QCOMPARE(two.signatures.at(0).changes, SignatureReport::Changes::AllowedChanges);
        QVERIFY2(two.signatures.at(0)
                     .modifications.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("tanda tangan baru")),
                 qPrintable(two.toText()));
        QVERIFY(two.signatures.at(0).disallowedModifications.isEmpty());
        QCOMPARE(two.signatures.at(1).changes, SignatureReport::Changes::None);

        writeFile(QStringLiteral("appended.pdf"),
                  readFile(QStringLiteral("good.pdf")) + "\n% ditambahkan\n%%EOF\n");
        const VerificationReport rep = verify(QStringLiteral("appended.pdf"), m_trust);
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(s.intact());
        QVERIFY(s.trusted());
        QVERIFY(!s.unchanged());
        QCOMPARE(rep.verdict(), VerificationReport::Verdict::Invalid);
        QVERIFY2(rep.verdictText().contains(QStringLiteral("diubah sesudah ditandatangani")),
                 qPrintable(rep.verdictText()));
        QString out;
        QCOMPARE(cliVerify(QStringLiteral("appended.pdf"), m_trust, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("TIDAK SAH")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTrustVerdicts)
#include "tst_trustverdicts.moc"
