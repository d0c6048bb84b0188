#include "TestSupport.h"

#include "esign/PdfReader.h"
#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <QTemporaryDir>

#include <functional>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace lontar;
using namespace lontar::esign;

// PAdES signing and verification, judged by independent tools: pdfsig (Poppler), qpdf --check and
// openssl cms -verify accept what we sign; we verify what pdfsig signs. Inputs are made at test time
// by mutool and qpdf, and the PKI by openssl.
class TestPdfSigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trust;

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
            *exitCode = p.exitCode();
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

    static QByteArray sha(const QString& file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    struct HttpAnswer
    {
        QByteArray status;
        QByteArray contentType;
        QByteArray body;
    };

    // A one-request-per-connection HTTP responder on loopback for the test doubles (TSA, remote
    // signer): reads the body by its Content-Length and answers with what `handle` returns.
    void serveHttp(QTcpServer& server, std::function<HttpAnswer(const QByteArray& body)> handle)
    {
        connect(&server, &QTcpServer::newConnection, this, [&server, handle] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, handle] {
                QByteArray request = socket->readAll();
                auto complete = [&request] {
                    const qsizetype end = request.indexOf("\r\n\r\n");
                    const qsizetype at = request.toLower().indexOf("content-length:");
                    return end > 0 && at > 0 &&
                           request.size() >=
                               end + 4 + request.mid(at + 15, 10).trimmed().split('\r').first().toInt();
                };
                while (!complete() && socket->waitForReadyRead(2000))
                    request += socket->readAll();
                const HttpAnswer answer = handle(request.mid(request.indexOf("\r\n\r\n") + 4));
                socket->write("HTTP/1.1 " + answer.status + "\r\nContent-Type: " + answer.contentType +
                              "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                              "\r\nConnection: close\r\n\r\n" + answer.body);
                socket->disconnectFromHost();
            });
        });
    }

    std::unique_ptr<SigningKey> key(const QString& p12 = QStringLiteral("signer.p12"))
    {
        auto k = openPkcs12(path(p12), QStringLiteral("rahasia"));
        if (!k)
            qFatal("%s", qPrintable(k.errorMessage()));
        return std::move(*k);
    }

    SignOptions visibleOptions()
    {
        SignOptions o;
        o.visible = true;
        o.rect = QRectF(340, 60, 220, 90);
        o.reason = QStringLiteral("Persetujuan SP2D");
        o.location = QStringLiteral("Tanjung Lontar");
        o.stamp.signerName = QStringLiteral("Ir. Siti Aminah, M.T.");
        o.stamp.nip = QStringLiteral("197803202003122002");
        o.stamp.position = QStringLiteral("Kepala Dinas Komunikasi dan Informatika");
        return o;
    }

    // What pdfsig says, signature by signature.
    int pdfsigValidCount(const QString& file, bool* totalSigned)
    {
        const QString out = run(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), file});
        *totalSigned = out.contains(QStringLiteral("Total document signed"));
        return int(out.count(QStringLiteral("Signature is Valid")));
    }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QByteArray readFile(const QString& name)
    {
        QFile f(path(name));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A two-level test PKI: root CA, a valid signer, an expired signer, and a stranger.
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                 QStringLiteral("/C=ID/O=Lontar Test CA/CN=Lontar Test Root"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        writeFile(QStringLiteral("ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
        writeFile(QStringLiteral("ca.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nserial=serial\n"
                  "new_certs_dir=.\ndefault_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n"
                  "[ext]\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        for (const QString& who : {QStringLiteral("signer"), QStringLiteral("expired")}) {
            mustRun(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), who + QStringLiteral(".key"),
                     QStringLiteral("-out"), who + QStringLiteral(".csr"), QStringLiteral("-subj"),
                     QStringLiteral(
                         "/C=ID/O=Pemkab Tanjung Lontar/CN=Siti Aminah/serialNumber=197803202003122002")});
        }
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("signer.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("signer.pem"), QStringLiteral("-days"),
                 QStringLiteral("825"), QStringLiteral("-extfile"), QStringLiteral("ext")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                 QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                 QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                 QStringLiteral("expired.csr"), QStringLiteral("-out"), QStringLiteral("expired.pem"),
                 QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                 QStringLiteral("20200201000000Z"), QStringLiteral("-extensions"), QStringLiteral("ext"),
                 QStringLiteral("-notext")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("stranger.key"), QStringLiteral("-out"), QStringLiteral("stranger.pem"),
                 QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Stranger")});
        for (const QString& who :
             {QStringLiteral("signer"), QStringLiteral("expired"), QStringLiteral("stranger")}) {
            mustRun(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     who + QStringLiteral(".key"), QStringLiteral("-in"), who + QStringLiteral(".pem"),
                     QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-passout"),
                     QStringLiteral("pass:rahasia"), QStringLiteral("-out"), who + QStringLiteral(".p12")});
        }
        m_trust = path(QStringLiteral("trust"));
        QDir().mkpath(m_trust);
        QFile::copy(path(QStringLiteral("ca.pem")), m_trust + QStringLiteral("/ca.pem"));

        // Inputs in each cross-reference form other tools produce.
        writeFile(QStringLiteral("page.txt"),
                  "%%MediaBox 0 0 595 842\n%%Font Helv Helvetica\n"
                  "BT /Helv 14 Tf 72 770 Td (SURAT PERINTAH PENCAIRAN DANA) Tj ET\n");
        mustRun(QStringLiteral("mutool"), {QStringLiteral("create"), QStringLiteral("-o"),
                                           QStringLiteral("plain.pdf"), QStringLiteral("page.txt")});
        mustRun(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"),
                                         QStringLiteral("plain.pdf"), QStringLiteral("objstm.pdf")});
        mustRun(QStringLiteral("qpdf"),
                {QStringLiteral("--linearize"), QStringLiteral("plain.pdf"), QStringLiteral("linear.pdf")});
        mustRun(QStringLiteral("qpdf"),
                {QStringLiteral("--encrypt"), QStringLiteral("u"), QStringLiteral("o"), QStringLiteral("256"),
                 QStringLiteral("--"), QStringLiteral("plain.pdf"), QStringLiteral("encrypted.pdf")});
    }

    void signsEveryCrossReferenceForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("classic xref table") << QStringLiteral("plain.pdf");
        QTest::newRow("xref stream + object streams") << QStringLiteral("objstm.pdf");
        QTest::newRow("linearized") << QStringLiteral("linear.pdf");
    }

    void signsEveryCrossReferenceForm()
    {
        QFETCH(QString, input);
        const QString out = path(input + QStringLiteral(".signed.pdf"));
        const QByteArray before = sha(path(input));
        auto k = key();
        auto result = PdfSigner::sign(path(input), out, *k, visibleOptions());
        LONTAR_VERIFY_OK(result);
        QCOMPARE(sha(path(input)), before); // the original is untouched
        // The original's bytes are the signed file's first bytes: an incremental update.
        QVERIFY(readFile(input + QStringLiteral(".signed.pdf")).startsWith(readFile(input)));

        auto report = SignatureVerifier::verify(out, {m_trust});
        LONTAR_VERIFY_OK(report);
        QVERIFY2(report->allValid(), qPrintable(report->toText()));
        QCOMPARE(report->signatures.first().subFilter, QStringLiteral("ETSI.CAdES.detached"));
        QCOMPARE(report->signatures.first().signerSerialNumber, QStringLiteral("197803202003122002"));

        bool total = false;
        QCOMPARE(pdfsigValidCount(out, &total), 1);
        QVERIFY(total);
        int rc = 0;
        const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), out}, &rc);
        QVERIFY2(rc == 0, qPrintable(check));

        // openssl cms over exactly the ByteRange bytes.
        auto pdf = PdfReader::open(out);
        auto fields = (*pdf)->signatureFields();
        const QList<qint64> r = fields->first().byteRange;
        const QByteArray data = readFile(input + QStringLiteral(".signed.pdf"));
        writeFile(QStringLiteral("content.bin"), data.left(r[1]) + data.mid(r[2], r[3]));
        writeFile(QStringLiteral("sig.der"), fields->first().contents);
        const QString cms = run(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                 path(QStringLiteral("sig.der")), QStringLiteral("-content"),
                                 path(QStringLiteral("content.bin")), QStringLiteral("-CAfile"),
                                 path(QStringLiteral("ca.pem")), QStringLiteral("-purpose"),
                                 QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")},
                                &rc);
        QVERIFY2(rc == 0 && cms.contains(QStringLiteral("Verification successful")), qPrintable(cms));
        // PAdES: no signing-time among the signed attributes, signing-certificate-v2 present.
        const QString dump = run(QStringLiteral("openssl"),
                                 {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                                  QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                  path(QStringLiteral("sig.der"))});
        QVERIFY(dump.contains(QStringLiteral("signingCertificateV2")));
        QVERIFY(!dump.contains(QStringLiteral("signingTime")));
    }

    void successiveSignaturesAllStayValid()
    {
        auto k = key();
        QString current = path(QStringLiteral("objstm.pdf"));
        for (int i = 1; i <= 3; ++i) {
            const QString next = path(QStringLiteral("multi%1.pdf").arg(i));
            SignOptions o =
                i == 3 ? visibleOptions() : SignOptions{}; // two invisible paraf, then the final signer
            LONTAR_VERIFY_OK(PdfSigner::sign(current, next, *k, o));
            current = next;
        }
        bool total = false;
        QCOMPARE(pdfsigValidCount(current, &total), 3);
        QVERIFY(total);
        auto report = SignatureVerifier::verify(current, {m_trust});
        QVERIFY2(report->allValid(), qPrintable(report->toText()));
        QCOMPARE(report->signatures.size(), 3);
        QVERIFY(!report->signatures.at(0).coversWholeDocument);
        QCOMPARE(report->signatures.at(0).revisionsAfter, 2);
        QVERIFY(report->signatures.at(2).coversWholeDocument);
    }

    void verifiesWhatPdfsigSigns()
    {
        const QString nss = path(QStringLiteral("nss"));
        QDir().mkpath(nss);
        mustRun(QStringLiteral("certutil"),
                {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
                 QStringLiteral("--empty-password")});
        mustRun(QStringLiteral("pk12util"),
                {QStringLiteral("-i"), QStringLiteral("signer.p12"), QStringLiteral("-d"),
                 QStringLiteral("sql:") + nss, QStringLiteral("-W"), QStringLiteral("rahasia")});
        const QString nicks =
            run(QStringLiteral("pdfsig"),
                {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss, QStringLiteral("-list-nicks")});
        QString nick;
        for (const QString& line : nicks.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("Siti Aminah")))
                nick = line.trimmed();
        }
        QVERIFY2(!nick.isEmpty(), qPrintable(nicks));
        // pdfsig signs first (adbe.pkcs7.detached), then we add ours on top.
        mustRun(QStringLiteral("pdfsig"),
                {QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss, QStringLiteral("-add-signature"),
                 QStringLiteral("-nick"), nick, path(QStringLiteral("plain.pdf")),
                 path(QStringLiteral("by-pdfsig.pdf"))});
        auto theirs = SignatureVerifier::verify(path(QStringLiteral("by-pdfsig.pdf")), {m_trust});
        LONTAR_VERIFY_OK(theirs);
        QVERIFY2(theirs->allValid(), qPrintable(theirs->toText()));
        QCOMPARE(theirs->signatures.first().subFilter, QStringLiteral("adbe.pkcs7.detached"));
        auto k = key();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("by-pdfsig.pdf")), path(QStringLiteral("both.pdf")), *k, {}));
        bool total = false;
        QCOMPARE(pdfsigValidCount(path(QStringLiteral("both.pdf")), &total), 2);
        QVERIFY(total);
        QVERIFY(SignatureVerifier::verify(path(QStringLiteral("both.pdf")), {m_trust})->allValid());
    }

    void flippedByteIsDetected()
    {
        auto k = key();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("t.pdf")), *k, {}));
        QByteArray data = readFile(QStringLiteral("t.pdf"));
        // A changed page size: still a well-formed PDF, but not the one that was signed.
        const int at = data.indexOf("595");
        QVERIFY(at > 0);
        data[at + 2] = '6';
        writeFile(QStringLiteral("t-flipped.pdf"), data);
        auto report = SignatureVerifier::verify(path(QStringLiteral("t-flipped.pdf")), {m_trust});
        LONTAR_VERIFY_OK(report);
        QVERIFY(!report->allValid());
        QVERIFY(!report->signatures.first().digestMatches);
        QVERIFY(report->signatures.first().signatureValid); // the CMS itself is fine: the document changed
    }

    void appendedRevisionIsReported()
    {
        auto k = key();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("a.pdf")), *k, {}));
        writeFile(QStringLiteral("a-appended.pdf"),
                  readFile(QStringLiteral("a.pdf")) + "\n% changed later\n%%EOF\n");
        auto report = SignatureVerifier::verify(path(QStringLiteral("a-appended.pdf")), {m_trust});
        LONTAR_VERIFY_OK(report);
        QVERIFY(report->signatures.first().intact());
        QVERIFY(!report->signatures.first().coversWholeDocument);
        QCOMPARE(report->signatures.first().revisionsAfter, 1);
        QVERIFY(!report->allValid());
    }

    void truncatedCorruptAndEncryptedFilesGiveClearErrors()
    {
        auto k = key();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("c.pdf")), *k, {}));
        const QByteArray signedData = readFile(QStringLiteral("c.pdf"));
        writeFile(QStringLiteral("truncated.pdf"), signedData.left(signedData.size() / 2));
        auto truncated = SignatureVerifier::verify(path(QStringLiteral("truncated.pdf")), {m_trust});
        QVERIFY(!truncated.ok() || !truncated->allValid());
        writeFile(QStringLiteral("garbage.pdf"), QByteArray(5000, 'x'));
        auto garbage = SignatureVerifier::verify(path(QStringLiteral("garbage.pdf")));
        QVERIFY(!garbage.ok());
        QVERIFY(garbage.errorMessage().contains(QStringLiteral("garbage.pdf")));
        auto encrypted =
            PdfSigner::sign(path(QStringLiteral("encrypted.pdf")), path(QStringLiteral("e.pdf")), *k, {});
        QVERIFY(!encrypted.ok());
        QVERIFY2(encrypted.errorMessage().contains(QStringLiteral("terenkripsi")),
                 qPrintable(encrypted.errorMessage()));
        QVERIFY(!QFile::exists(path(QStringLiteral("e.pdf"))));
        QVERIFY(!SignatureVerifier::verify(path(QStringLiteral("missing.pdf"))).ok());
    }

    void wrongPasswordAndBadOptionsChangeNothing()
    {
        auto wrong = openPkcs12(path(QStringLiteral("signer.p12")), QStringLiteral("salah"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::Code::Unauthorized);
        auto k = key();
        SignOptions o = visibleOptions();
        o.page = 7;
        QVERIFY(
            !PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("p.pdf")), *k, o).ok());
        o = visibleOptions();
        o.rect = QRectF(0, 0, 5, 5);
        QVERIFY(
            !PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("p.pdf")), *k, o).ok());
        QVERIFY(!QFile::exists(path(QStringLiteral("p.pdf"))));
        // Signing a file onto itself is refused: originals are never modified in place.
        const QByteArray before = sha(path(QStringLiteral("plain.pdf")));
        QVERIFY(!PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("plain.pdf")), *k, {})
                     .ok());
        QCOMPARE(sha(path(QStringLiteral("plain.pdf"))), before);
    }

    void signsWithAPkcs11Token()
    {
        // A SoftHSM2 token holding the signer's key and certificate.
        const QString hsm = path(QStringLiteral("hsm"));
        QDir().mkpath(hsm + QStringLiteral("/tokens"));
        writeFile(QStringLiteral("hsm/softhsm2.conf"),
                  "directories.tokendir = " + (hsm + QStringLiteral("/tokens")).toUtf8() +
                      "\nobjectstore.backend = file\n"
                      "log.level = ERROR\n");
        qputenv("SOFTHSM2_CONF", (hsm + QStringLiteral("/softhsm2.conf")).toUtf8());
        const QString module = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
        mustRun(QStringLiteral("softhsm2-util"),
                {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                 QStringLiteral("lontar"), QStringLiteral("--pin"), QStringLiteral("1234"),
                 QStringLiteral("--so-pin"), QStringLiteral("5678")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                 QStringLiteral("-in"), QStringLiteral("signer.key"), QStringLiteral("-out"),
                 QStringLiteral("signer.pk8")});
        mustRun(QStringLiteral("softhsm2-util"),
                {QStringLiteral("--import"), QStringLiteral("signer.pk8"), QStringLiteral("--token"),
                 QStringLiteral("lontar"), QStringLiteral("--label"), QStringLiteral("signer"),
                 QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("--pin"),
                 QStringLiteral("1234")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("signer.pem"),
                 QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                 QStringLiteral("signer.der")});
        mustRun(QStringLiteral("pkcs11-tool"),
                {QStringLiteral("--module"), module, QStringLiteral("--token-label"),
                 QStringLiteral("lontar"), QStringLiteral("--login"), QStringLiteral("--pin"),
                 QStringLiteral("1234"), QStringLiteral("--write-object"), QStringLiteral("signer.der"),
                 QStringLiteral("--type"), QStringLiteral("cert"), QStringLiteral("--id"),
                 QStringLiteral("01"), QStringLiteral("--label"), QStringLiteral("signer")});

        auto wrongPin = openPkcs11(module, QStringLiteral("lontar"), QStringLiteral("0000"));
        QVERIFY(!wrongPin.ok());
        QCOMPARE(wrongPin.error().code, Error::Code::Unauthorized);
        QCOMPARE(openPkcs11(module, QStringLiteral("no-such-token"), QStringLiteral("1234")).error().code,
                 Error::Code::NotFound);

        auto token = openPkcs11(module, QStringLiteral("lontar"), QStringLiteral("1234"));
        LONTAR_VERIFY_OK(token);
        LONTAR_VERIFY_OK(PdfSigner::sign(path(QStringLiteral("objstm.pdf")),
                                         path(QStringLiteral("token.pdf")), **token, visibleOptions()));
        auto report = SignatureVerifier::verify(path(QStringLiteral("token.pdf")), {m_trust});
        QVERIFY2(report->allValid(), qPrintable(report->toText()));
        bool total = false;
        QCOMPARE(pdfsigValidCount(path(QStringLiteral("token.pdf")), &total), 1);
        QVERIFY(total);

        // The same through the CLI, PIN from the environment.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKEN_PIN"), QStringLiteral("1234"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli"),
                {QStringLiteral("sign"), QStringLiteral("--pkcs11"), module, QStringLiteral("--token"),
                 QStringLiteral("lontar"), QStringLiteral("--pin-env"), QStringLiteral("TOKEN_PIN"),
                 QStringLiteral("--in"), path(QStringLiteral("plain.pdf")), QStringLiteral("--out"),
                 path(QStringLiteral("token-cli.pdf"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(SignatureVerifier::verify(path(QStringLiteral("token-cli.pdf")), {m_trust})->allValid());
    }

    // PAdES B-T against a real TSA made with `openssl ts -reply`, behind a small HTTP responder on loopback.
    void timestampFromATsaMakesBT()
    {
        writeFile(QStringLiteral("tsaext"),
                  "extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n");
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("tsa.key"),
                 QStringLiteral("-out"), QStringLiteral("tsa.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/O=Lontar Test/CN=Lontar Test TSA")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("tsa.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("tsa.pem"), QStringLiteral("-days"),
                 QStringLiteral("365"), QStringLiteral("-extfile"), QStringLiteral("tsaext")});
        writeFile(QStringLiteral("tsa.cnf"),
                  "[tsa]\ndefault_tsa=t\n[t]\ndir=.\nserial=./tsaserial\nsigner_cert=./tsa.pem\n"
                  "certs=./ca.pem\nsigner_key=./tsa.key\nsigner_digest=sha256\n"
                  "default_policy=1.2.3.4.1\ndigests=sha256\naccuracy=secs:1\n"
                  "ess_cert_id_alg=sha256\n");
        writeFile(QStringLiteral("tsaserial"), "01\n");
        int served = 0;
        QTcpServer tsa;
        QVERIFY(tsa.listen(QHostAddress::LocalHost));
        serveHttp(tsa, [&](const QByteArray& query) -> HttpAnswer {
            writeFile(QStringLiteral("q.tsq"), query);
            QFile::remove(path(QStringLiteral("r.tsr")));
            run(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                 QStringLiteral("tsa.cnf"), QStringLiteral("-queryfile"), QStringLiteral("q.tsq"),
                 QStringLiteral("-out"), QStringLiteral("r.tsr")},
                nullptr, m_dir.path());
            const QByteArray body = readFile(QStringLiteral("r.tsr"));
            ++served;
            return {"200 OK", "application/timestamp-reply", body};
        });
        SignOptions options = visibleOptions();
        options.tsaUrl = QStringLiteral("http://127.0.0.1:%1/").arg(tsa.serverPort());
        options.signingTime =
            QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC); // a claimed time the stamp overrides
        auto k = key();
        LONTAR_VERIFY_OK(
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("bt.pdf")), *k, options));
        QCOMPARE(served, 1);
        auto report = SignatureVerifier::verify(path(QStringLiteral("bt.pdf")), {m_trust});
        QVERIFY2(report->allValid(), qPrintable(report->toText()));
        const SignatureReport& s = report->signatures.first();
        QVERIFY(s.hasTimestamp);
        QCOMPARE(s.signingTimeSource, QStringLiteral("timestamp"));
        QVERIFY(qAbs(s.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        bool total = false;
        QCOMPARE(pdfsigValidCount(path(QStringLiteral("bt.pdf")), &total), 1);
        QVERIFY(total);

        // An unreachable TSA is a clear error and writes nothing.
        options.tsaUrl = QStringLiteral("http://127.0.0.1:1/");
        auto failed =
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("bt2.pdf")), *k, options);
        QCOMPARE(failed.error().code, Error::Code::Network);
        QVERIFY(!QFile::exists(path(QStringLiteral("bt2.pdf"))));
    }

    // A BSrE-style hash-signing service on loopback: it holds the key, checks NIK and passphrase, and
    // signs the SHA-256 it receives. Only the hash leaves the signing machine.
    void signsThroughARemoteHashService()
    {
        QFile keyFile(path(QStringLiteral("signer.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray keyPem = keyFile.readAll();
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                      BIO_free);
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
            PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
        QVERIFY(pkey);
        int requests = 0;
        QByteArray lastBody;
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost));
        serveHttp(service, [&](const QByteArray& request) -> HttpAnswer {
            ++requests;
            lastBody = request;
            const QJsonObject in = QJsonDocument::fromJson(lastBody).object();
            QByteArray status = "200 OK";
            QByteArray body;
            if (in.value(QStringLiteral("nik")).toString() != QStringLiteral("3578012345678901") ||
                in.value(QStringLiteral("passphrase")).toString() != QStringLiteral("benar")) {
                status = "401 Unauthorized";
                body = R"({"error":"passphrase"})";
            } else {
                const QByteArray hash =
                    QByteArray::fromBase64(in.value(QStringLiteral("hash")).toString().toLatin1());
                std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
                    EVP_PKEY_CTX_new(pkey.get(), nullptr), EVP_PKEY_CTX_free);
                size_t len = 0;
                EVP_PKEY_sign_init(ctx.get());
                EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
                EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256());
                EVP_PKEY_sign(ctx.get(), nullptr, &len,
                              reinterpret_cast<const unsigned char*>(hash.constData()), size_t(hash.size()));
                QByteArray sig(qsizetype(len), '\0');
                EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                              reinterpret_cast<const unsigned char*>(hash.constData()), size_t(hash.size()));
                sig.resize(qsizetype(len));
                body = QJsonDocument(
                           QJsonObject{{QStringLiteral("signature"), QString::fromLatin1(sig.toBase64())}})
                           .toJson();
            }
            return {status, "application/json", body};
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/v2/sign/hash").arg(service.serverPort());
        const QByteArray certPem = readFile(QStringLiteral("signer.pem"));

        auto wrong =
            openRemoteHashSigner(url, QStringLiteral("3578012345678901"), QStringLiteral("salah"), certPem);
        LONTAR_VERIFY_OK(wrong);
        auto refused = PdfSigner::sign(path(QStringLiteral("plain.pdf")),
                                       path(QStringLiteral("remote-bad.pdf")), **wrong, {});
        QCOMPARE(refused.error().code, Error::Code::Unauthorized);
        QVERIFY(!QFile::exists(path(QStringLiteral("remote-bad.pdf"))));

        auto remote =
            openRemoteHashSigner(url, QStringLiteral("3578012345678901"), QStringLiteral("benar"), certPem);
        LONTAR_VERIFY_OK(PdfSigner::sign(path(QStringLiteral("plain.pdf")),
                                         path(QStringLiteral("remote.pdf")), **remote, visibleOptions()));
        QVERIFY(requests >= 2);
        // Only a base64 SHA-256 (44 characters) was sent, nothing of the document.
        QCOMPARE(QJsonDocument::fromJson(lastBody).object().value(QStringLiteral("hash")).toString().size(),
                 44);
        auto report = SignatureVerifier::verify(path(QStringLiteral("remote.pdf")), {m_trust});
        QVERIFY2(report->allValid(), qPrintable(report->toText()));
        bool total = false;
        QCOMPARE(pdfsigValidCount(path(QStringLiteral("remote.pdf")), &total), 1);

        // A service that signs with another key is caught before the document is written.
        auto mismatched =
            openRemoteHashSigner(url, QStringLiteral("3578012345678901"), QStringLiteral("benar"),
                                 readFile(QStringLiteral("stranger.pem")));
        auto caught = PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("remote-x.pdf")),
                                      **mismatched, {});
        QCOMPARE(caught.error().code, Error::Code::Crypto);
        QVERIFY(!QFile::exists(path(QStringLiteral("remote-x.pdf"))));
    }

    void expiredAndUntrustedCertificates()
    {
        // An expired certificate is refused before anything is written (tst_trustverdicts covers more).
        auto expired = key(QStringLiteral("expired.p12"));
        auto refused =
            PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("x1.pdf")), *expired, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY(!QFile::exists(path(QStringLiteral("x1.pdf"))));

        auto stranger = key(QStringLiteral("stranger.p12"));
        LONTAR_VERIFY_OK(PdfSigner::sign(path(QStringLiteral("plain.pdf")), path(QStringLiteral("x2.pdf")),
                                         *stranger, {}));
        auto r2 = SignatureVerifier::verify(path(QStringLiteral("x2.pdf")), {m_trust});
        QCOMPARE(r2->signatures.first().chain, SignatureReport::Chain::Untrusted);
        QVERIFY(r2->signatures.first().intact());
        QCOMPARE(r2->verdict(), VerificationReport::Verdict::NotTrusted);
        // Without a trust store nothing is trusted: intact is not enough for "valid".
        auto r3 = SignatureVerifier::verify(path(QStringLiteral("x2.pdf")));
        QCOMPARE(r3->signatures.first().chain, SignatureReport::Chain::NoTrustAnchors);
        QCOMPARE(r3->verdict(), VerificationReport::Verdict::NotTrusted);
    }

    void cliExitCodes()
    {
        const QString cli =
            qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("P12PASS"), QStringLiteral("rahasia"));
        p.setProcessEnvironment(env);
        p.start(cli,
                {QStringLiteral("sign"), QStringLiteral("--key"), path(QStringLiteral("signer.p12")),
                 QStringLiteral("--pass-env"), QStringLiteral("P12PASS"), QStringLiteral("--in"),
                 path(QStringLiteral("plain.pdf")), QStringLiteral("--out"), path(QStringLiteral("cli.pdf")),
                 QStringLiteral("--visible"), QStringLiteral("--name"), QStringLiteral("Dr. Sindi")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!p.readAll().contains("rahasia")); // the password is never printed
        int rc = -1;
        run(cli,
            {QStringLiteral("verify"), path(QStringLiteral("cli.pdf")), QStringLiteral("--trust"), m_trust},
            &rc);
        QCOMPARE(rc, 0);
        const QString json = run(
            cli, {QStringLiteral("verify"), path(QStringLiteral("t-flipped.pdf")), QStringLiteral("--json")},
            &rc);
        QCOMPARE(rc, 1);
        QVERIFY(json.contains(QStringLiteral("\"digestMatches\": false")));
        run(cli, {QStringLiteral("verify"), path(QStringLiteral("garbage.pdf"))}, &rc);
        QCOMPARE(rc, 2);
        run(cli, {QStringLiteral("verify"), path(QStringLiteral("plain.pdf"))}, &rc);
        QCOMPARE(rc, 1); // no signature at all is not "valid"
    }

    // Bounded mutation fuzzing of the reader and verifier: random byte flips, cuts and splices of a
    // signed file must give an error or a verdict, never a crash or a hang.
    void mutatedFilesNeverCrash()
    {
        const QByteArray seed = readFile(QStringLiteral("multi3.pdf"));
        QVERIFY(!seed.isEmpty());
        QRandomGenerator rng(20261122);
        const int iterations = qEnvironmentVariableIntValue("LONTAR_FUZZ_ITERATIONS") > 0
                                   ? qEnvironmentVariableIntValue("LONTAR_FUZZ_ITERATIONS")
                                   : 400;
        int errors = 0;
        for (int i = 0; i < iterations; ++i) {
            QByteArray data = seed;
            const int mutations = 1 + int(rng.bounded(8));
            for (int m = 0; m < mutations; ++m) {
                const int at = int(rng.bounded(data.size()));
                switch (rng.bounded(4)) {
                case 0:
                    data[at] = char(rng.bounded(256));
                    break;
                case 1:
                    data.truncate(std::max(16, at));
                    break;
                case 2:
                    data.insert(at, data.mid(int(rng.bounded(data.size())), int(rng.bounded(64))));
                    break;
                default:
                    data[at] = "0123456789 <>[]/()R"[rng.bounded(19)];
                }
            }
            auto reader = PdfReader::fromBuffer(data);
            if (!reader) {
                ++errors;
                continue;
            }
            (void)(*reader)->pages();
            (void)(*reader)->signatureFields();
        }
        qInfo("%d mutated files, %d rejected as invalid, none crashed", iterations, errors);
    }
};

QTEST_GUILESS_MAIN(TestPdfSigner)
#include "tst_pdfsigner.moc"
