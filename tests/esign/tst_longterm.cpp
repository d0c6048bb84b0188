#include "TestSupport.h"

#include "esign/LongTermValidation.h"
#include "esign/PdfReader.h"
#include "esign/PdfSigner.h"
#include "esign/Revocation.h"
#include "esign/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace lontar;
using namespace lontar::esign;

// PAdES B-LT and B-LTA, and revocation. A three-level PKI made by openssl (root, an intermediate whose
// certificates point at an OCSP responder and a CRL, signers and a TSA); a real `openssl ocsp`
// responder and, behind a small loopback HTTP server, the TSA (`openssl ts -reply`) and the CRLs.
// Signing fetches the validation data into the DSS; verification then works with every server stopped.
class TestLongTerm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trust;
    QTcpServer m_http; // TSA (POST) and CRLs (GET)
    QHash<QTcpSocket*, QByteArray> m_pending;
    QHash<QByteArray, int> m_served; // path or "tsa" -> requests answered
    QProcess m_ocsp;
    quint16 m_ocspPort = 0;
    quint16 m_deadPort = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString tsaUrl() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_http.serverPort()); }

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

    // Runs lontar-cli while this thread's event loop keeps serving the TSA and the CRLs.
    int runCli(const QStringList& args, QString* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LONTAR_TEST_PASS"), QStringLiteral("rahasia"));
        p.setProcessEnvironment(env);
        p.start(cli(), args);
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(180000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QStringList cliSign(const QString& who, const QString& out, const QString& level,
                        bool withTsa = true) const
    {
        QStringList args{QStringLiteral("sign"),
                         QStringLiteral("--key"),
                         path(who + QStringLiteral(".p12")),
                         QStringLiteral("--pass-env"),
                         QStringLiteral("LONTAR_TEST_PASS"),
                         QStringLiteral("--in"),
                         path(QStringLiteral("plain.pdf")),
                         QStringLiteral("--out"),
                         path(out)};
        if (!level.isEmpty())
            args << QStringLiteral("--level") << level;
        if (withTsa)
            args << QStringLiteral("--tsa") << tsaUrl();
        return args;
    }

    std::unique_ptr<SigningKey> key(const QString& who) const
    {
        auto k = openPkcs12(path(who + QStringLiteral(".p12")), QStringLiteral("rahasia"));
        if (!k)
            qFatal("key %s: %s", qPrintable(who), qPrintable(k.errorMessage()));
        return std::move(*k);
    }

    SignOptions options() const
    {
        SignOptions o;
        o.tsaUrl = tsaUrl();
        o.reason = QStringLiteral("Persetujuan");
        return o;
    }

    VerificationReport verify(const QString& name, bool online = false) const
    {
        VerifyOptions o;
        o.trustDirectory = m_trust;
        o.allowOnlineRevocation = online;
        o.revocationTimeoutMs = 5000;
        auto r = SignatureVerifier::verify(path(name), o);
        if (!r)
            qFatal("verify %s: %s", qPrintable(name), qPrintable(r.errorMessage()));
        return *r;
    }

    // The HTTP side: GET /ca.crl and /root.crl answer the CRLs, POST answers a timestamp query.
    void answer(QTcpSocket* socket)
    {
        QByteArray& request = m_pending[socket];
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = request.left(headerEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const int length = at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toInt();
        if (request.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray body = request.mid(headerEnd + 4, length);
        m_pending.remove(socket);
        QByteArray status = "200 OK";
        QByteArray type = "application/pkix-crl";
        QByteArray reply;
        if (line.value(0) == "POST") {
            writeFile(QStringLiteral("q.tsq"), body);
            QFile::remove(path(QStringLiteral("r.tsr")));
            run(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                 QStringLiteral("tsa.cnf"), QStringLiteral("-queryfile"), QStringLiteral("q.tsq"),
                 QStringLiteral("-out"), QStringLiteral("r.tsr")},
                nullptr, m_dir.path());
            reply = readFile(QStringLiteral("r.tsr"));
            type = "application/timestamp-reply";
            ++m_served["tsa"];
        } else if (line.value(1) == "/ca.crl" || line.value(1) == "/root.crl") {
            reply = readFile(QString::fromLatin1(line.value(1).mid(1)));
            ++m_served[line.value(1)];
        } else {
            status = "404 Not Found";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(reply.size()) + "\r\nConnection: close\r\n\r\n" + reply);
        socket->disconnectFromHost();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            qFatal("no free port");
        return probe.serverPort();
    }

    void startOcspResponder()
    {
        m_ocsp.setWorkingDirectory(m_dir.path());
        m_ocsp.setProcessChannelMode(QProcess::MergedChannels);
        m_ocsp.start(QStringLiteral("openssl"),
                     {QStringLiteral("ocsp"), QStringLiteral("-index"), QStringLiteral("inter-index.txt"),
                      QStringLiteral("-CA"), QStringLiteral("inter.pem"), QStringLiteral("-rsigner"),
                      QStringLiteral("ocsp.pem"), QStringLiteral("-rkey"), QStringLiteral("ocsp.key"),
                      QStringLiteral("-port"), QString::number(m_ocspPort), QStringLiteral("-nrequest"),
                      QStringLiteral("200")});
        QVERIFY(m_ocsp.waitForStarted());
        // Ready when it says so (a probe connection would wedge it: it waits on the probe's request).
        QByteArray said;
        bool listening = false;
        for (int i = 0; i < 100 && !listening; ++i) {
            m_ocsp.waitForReadyRead(100);
            said += m_ocsp.readAll();
            listening = said.contains("waiting for OCSP client connections");
        }
        QVERIFY2(listening, said.constData());
    }

    void stopResponders()
    {
        if (m_ocsp.state() != QProcess::NotRunning) {
            m_ocsp.kill();
            m_ocsp.waitForFinished();
        }
        m_http.close();
    }

    // The signer's serial as a DER INTEGER content, to find its OCSP response in a DSS.
    QByteArray serialOf(const QString& pemName)
    {
        const QByteArray pem = readFile(pemName);
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                      BIO_free);
        std::unique_ptr<X509, decltype(&X509_free)> cert(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
        const ASN1_INTEGER* serial = X509_get0_serialNumber(cert.get());
        return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(serial)),
                          ASN1_STRING_length(serial));
    }

    QByteArray derOf(const QString& pemName)
    {
        const QByteArray pem = readFile(pemName);
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                      BIO_free);
        std::unique_ptr<X509, decltype(&X509_free)> cert(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
        unsigned char* out = nullptr;
        const int len = i2d_X509(cert.get(), &out);
        const QByteArray der(reinterpret_cast<const char*>(out), len);
        OPENSSL_free(out);
        return der;
    }

    // The signature bytes of the DSS's OCSP response about the certificate with `serial`.
    static QByteArray ocspSignatureFor(const QList<QByteArray>& responses, const QByteArray& serial)
    {
        for (const QByteArray& der : responses) {
            const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
            std::unique_ptr<OCSP_RESPONSE, decltype(&OCSP_RESPONSE_free)> response(
                d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())), OCSP_RESPONSE_free);
            std::unique_ptr<OCSP_BASICRESP, decltype(&OCSP_BASICRESP_free)> basic(
                response ? OCSP_response_get1_basic(response.get()) : nullptr, OCSP_BASICRESP_free);
            if (!basic || OCSP_resp_count(basic.get()) < 1)
                continue;
            ASN1_INTEGER* number = nullptr;
            OCSP_id_get0_info(
                nullptr, nullptr, nullptr, &number,
                const_cast<OCSP_CERTID*>(OCSP_SINGLERESP_get0_id(OCSP_resp_get0(basic.get(), 0))));
            if (number && QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(number)),
                                     ASN1_STRING_length(number)) == serial) {
                const ASN1_OCTET_STRING* sig = OCSP_resp_get0_signature(basic.get());
                return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sig)),
                                  ASN1_STRING_length(sig));
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_http.listen(QHostAddress::LocalHost));
        connect(&m_http, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_http.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    answer(socket);
                });
            }
        });
        m_ocspPort = freePort();
        m_deadPort = freePort(); // nothing listens there
        const QByteArray http = "http://127.0.0.1:" + QByteArray::number(m_http.serverPort());
        const QByteArray ocsp = "http://127.0.0.1:" + QByteArray::number(m_ocspPort) + "/";
        const QByteArray caSection = "dir=.\nunique_subject=no\nnew_certs_dir=certs\ndefault_md=sha256\n"
                                     "default_crl_days=30\npolicy=p\n[p]\ncommonName=supplied\n";
        writeFile(QStringLiteral("root.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndatabase=root-index.txt\nserial=root-serial\ncrlnumber=root-"
                  "crlnumber\n" +
                      caSection +
                      "[rootext]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                      "[interext]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                      "crlDistributionPoints=URI:" +
                      http + "/root.crl\n");
        const QByteArray pointers =
            "authorityInfoAccess=OCSP;URI:" + ocsp + "\ncrlDistributionPoints=URI:" + http + "/ca.crl\n";
        writeFile(QStringLiteral("inter.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndatabase=inter-index.txt\nserial=inter-serial\n"
                  "crlnumber=inter-crlnumber\n" +
                      caSection + "[signer]\nkeyUsage=critical,digitalSignature,nonRepudiation\n" + pointers +
                      "[unreach]\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
                      "authorityInfoAccess=OCSP;URI:http://127.0.0.1:" +
                      QByteArray::number(m_deadPort) +
                      "/\n"
                      "[tsa]\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n" +
                      pointers +
                      "[ocsp]\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,OCSPSigning\n"
                      "noCheck=ignored\n");
        for (const char* f : {"root-index.txt", "inter-index.txt"})
            writeFile(QString::fromLatin1(f), "");
        for (const char* f : {"root-serial", "inter-serial", "root-crlnumber", "inter-crlnumber"})
            writeFile(QString::fromLatin1(f), "1000\n");
        sh(QStringLiteral(
            "mkdir -p certs trust && "
            "openssl req -newkey rsa:2048 -nodes -keyout root.key -out root.csr -subj '/C=ID/O=Lontar "
            "Uji/CN=Lontar "
            "Uji Root' 2>/dev/null && openssl ca -batch -selfsign -config root.cnf -keyfile root.key -in "
            "root.csr "
            "-out root.pem -days 3650 -extensions rootext -notext 2>/dev/null && "
            "openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr -subj '/C=ID/O=Lontar "
            "Uji/CN=Lontar "
            "Uji CA Antara' 2>/dev/null && openssl ca -batch -config root.cnf -cert root.pem -keyfile "
            "root.key "
            "-in inter.csr -out inter.pem -days 1825 -extensions interext -notext 2>/dev/null && "
            "cat inter.pem root.pem > chain.pem && cp root.pem trust/"));
        const QList<QStringList> issued{
            {QStringLiteral("good"), QStringLiteral("signer"), QStringLiteral("Siti Aminah")},
            {QStringLiteral("revoked"), QStringLiteral("signer"), QStringLiteral("Budi Santoso")},
            {QStringLiteral("second"), QStringLiteral("signer"), QStringLiteral("Dewi Lestari")},
            {QStringLiteral("unreach"), QStringLiteral("unreach"), QStringLiteral("Rina Wati")},
            {QStringLiteral("tsa"), QStringLiteral("tsa"), QStringLiteral("Lontar Uji TSA")},
            {QStringLiteral("ocsp"), QStringLiteral("ocsp"), QStringLiteral("Lontar Uji OCSP")},
        };
        for (const QStringList& c : issued)
            sh(QStringLiteral(
                   "openssl req -newkey rsa:2048 -nodes -keyout %1.key -out %1.csr -subj "
                   "'/C=ID/O=Pemkab Tanjung Lontar/CN=%3' 2>/dev/null && openssl ca -batch -config "
                   "inter.cnf -cert inter.pem -keyfile inter.key -in %1.csr -out %1.pem -days 825 "
                   "-extensions %2 -notext 2>/dev/null && openssl pkcs12 -export -inkey %1.key -in %1.pem "
                   "-certfile chain.pem -passout pass:rahasia -out %1.p12")
                   .arg(c.at(0), c.at(1), c.at(2)));
        sh(QStringLiteral("openssl ca -config inter.cnf -cert inter.pem -keyfile inter.key -revoke "
                          "revoked.pem 2>/dev/null && "
                          "openssl ca -config inter.cnf -cert inter.pem -keyfile inter.key -gencrl -out "
                          "ca.crl.pem 2>/dev/null && "
                          "openssl crl -in ca.crl.pem -outform DER -out ca.crl && "
                          "openssl ca -config root.cnf -cert root.pem -keyfile root.key -gencrl -out "
                          "root.crl.pem 2>/dev/null && "
                          "openssl crl -in root.crl.pem -outform DER -out root.crl"));
        writeFile(QStringLiteral("tsa.cnf"),
                  "[tsa]\ndefault_tsa=t\n[t]\ndir=.\nserial=./tsaserial\nsigner_cert=./tsa.pem\n"
                  "certs=./chain.pem\nsigner_key=./tsa.key\nsigner_digest=sha256\n"
                  "default_policy=1.2.3.4.1\ndigests=sha256\naccuracy=secs:1\ness_cert_id_alg=sha256\n");
        writeFile(QStringLiteral("tsaserial"), "01\n");
        m_trust = path(QStringLiteral("trust"));
        sh(QStringLiteral(
            "printf '%%%%MediaBox 0 0 595 842\\n%%%%Font Helv Helvetica\\nBT /Helv 14 Tf 72 770 "
            "Td (SURAT KEPUTUSAN BUPATI) Tj ET\\n' > page.txt && mutool create -o plain.pdf page.txt"));
        QVERIFY(QFile::exists(path(QStringLiteral("plain.pdf"))));
        startOcspResponder();
    }

    void levelNames()
    {
        for (SignatureLevel level :
             {SignatureLevel::BB, SignatureLevel::BT, SignatureLevel::BLT, SignatureLevel::BLTA})
            QCOMPARE(parseSignatureLevel(signatureLevelName(level)), std::optional<SignatureLevel>(level));
        QCOMPARE(signatureLevelName(SignatureLevel::BLTA), QStringLiteral("B-LTA"));
        QCOMPARE(parseSignatureLevel(QStringLiteral("b-lt")),
                 std::optional<SignatureLevel>(SignatureLevel::BLT));
        QVERIFY(!parseSignatureLevel(QStringLiteral("B-LTX")));
        QVERIFY(!parseSignatureLevel(QString()));
    }

    // B-LT and B-LTA through the library: the DSS is written, the input untouched.
    void signsLongTermLevels()
    {
        const QByteArray original = readFile(QStringLiteral("plain.pdf"));
        auto k = key(QStringLiteral("good"));
        const int tsaBefore = m_served.value("tsa");
        auto lt =
            LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")), path(QStringLiteral("blt.pdf")),
                                          *k, options(), SignatureLevel::BLT);
        QVERIFY2(lt, qPrintable(lt.errorMessage()));
        QCOMPARE(m_served.value("tsa"), tsaBefore + 1);
        QVERIFY(m_served.value("/root.crl") >= 1); // the intermediate's status comes from the root's CRL
        auto lta =
            LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")), path(QStringLiteral("blta.pdf")),
                                          *k, options(), SignatureLevel::BLTA);
        QVERIFY2(lta, qPrintable(lta.errorMessage()));
        QCOMPARE(m_served.value("tsa"), tsaBefore + 3); // signature timestamp + document timestamp
        QCOMPARE(readFile(QStringLiteral("plain.pdf")), original);
        QCOMPARE(lta->outputSize, QFileInfo(path(QStringLiteral("blta.pdf"))).size());

        // The DSS and its VRI entry, keyed by the upper-case hex SHA-1 of the signature's /Contents.
        const QByteArray blt = readFile(QStringLiteral("blt.pdf"));
        QVERIFY(blt.startsWith(original));
        auto reader = PdfReader::open(path(QStringLiteral("blt.pdf")));
        QVERIFY(reader);
        bool present = false;
        const RevocationData dss = LongTermSigner::readDss(**reader, &present);
        QVERIFY(present);
        QVERIFY(dss.certificates.size() >= 4);  // signer, intermediate, root, TSA
        QVERIFY(dss.ocspResponses.size() >= 2); // signer and TSA
        QVERIFY(dss.crls.size() >= 1);          // the intermediate, from the root's CRL
        auto fields = (*reader)->signatureFields();
        QVERIFY(fields && fields->size() == 1);
        const QByteArray vriKey =
            QCryptographicHash::hash(fields->first().contents, QCryptographicHash::Sha1).toHex().toUpper();
        QVERIFY2(blt.contains("/VRI <</" + vriKey + " <<"), blt.right(3000).constData());

        // B-LTA: the last revision is a document timestamp.
        const QByteArray blta = readFile(QStringLiteral("blta.pdf"));
        QVERIFY(blta.contains("/Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161"));
    }

    void signsLongTermLevelsFromTheCli()
    {
        QString out;
        QCOMPARE(
            runCli(cliSign(QStringLiteral("good"), QStringLiteral("cli-blt.pdf"), QStringLiteral("B-LT")),
                   &out),
            0);
        QCOMPARE(
            runCli(cliSign(QStringLiteral("good"), QStringLiteral("cli-blta.pdf"), QStringLiteral("B-LTA")),
                   &out),
            0);
        QVERIFY2(out.contains(QStringLiteral("signed")), qPrintable(out));
        // Default with --tsa is B-T: a timestamp, no DSS.
        QCOMPARE(runCli(cliSign(QStringLiteral("good"), QStringLiteral("cli-bt.pdf"), {}), &out), 0);
        QVERIFY(!readFile(QStringLiteral("cli-bt.pdf")).contains("/DSS"));
        QVERIFY(readFile(QStringLiteral("cli-blt.pdf")).contains("/DSS"));

        // B-T and above without a TSA: usage error, nothing written.
        for (const QString& level :
             {QStringLiteral("B-T"), QStringLiteral("B-LT"), QStringLiteral("B-LTA")}) {
            QCOMPARE(
                runCli(cliSign(QStringLiteral("good"), QStringLiteral("no-tsa.pdf"), level, false), &out), 2);
            QVERIFY2(out.contains(QStringLiteral("--tsa")), qPrintable(out));
            QVERIFY(!QFile::exists(path(QStringLiteral("no-tsa.pdf"))));
        }
        QCOMPARE(
            runCli(cliSign(QStringLiteral("good"), QStringLiteral("bad-level.pdf"), QStringLiteral("B-X")),
                   &out),
            2);
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-level.pdf"))));
        // The library says the same.
        auto k = key(QStringLiteral("good"));
        SignOptions noTsa;
        auto refused =
            LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")),
                                          path(QStringLiteral("no-tsa.pdf")), *k, noTsa, SignatureLevel::BLT);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("stempel waktu")));
        QVERIFY(!QFile::exists(path(QStringLiteral("no-tsa.pdf"))));
    }

    void revokedCertificateIsRefused()
    {
        auto revoked = key(QStringLiteral("revoked"));
        const int tsaBefore = m_served.value("tsa");
        auto r = LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")),
                                               path(QStringLiteral("revoked-lt.pdf")), *revoked, options(),
                                               SignatureLevel::BLT);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("dicabut")), qPrintable(r.errorMessage()));
        QVERIFY(!QFile::exists(path(QStringLiteral("revoked-lt.pdf"))));
        QCOMPARE(m_served.value("tsa"), tsaBefore); // refused before anything was signed or timestamped

        const Status asked = LongTermSigner::checkNotRevoked(*revoked);
        QCOMPARE(asked.error().code, Error::Code::Forbidden);
        LONTAR_VERIFY_OK(LongTermSigner::checkNotRevoked(*key(QStringLiteral("good"))));

        // B-B with the check asked for refuses too; without it B-B needs no network and signs.
        LongTermOptions ask;
        ask.checkRevocationForBasicLevels = true;
        auto basic = LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")),
                                                   path(QStringLiteral("revoked-bb.pdf")), *revoked, {},
                                                   SignatureLevel::BB, ask);
        QCOMPARE(basic.error().code, Error::Code::Forbidden);
        QVERIFY(!QFile::exists(path(QStringLiteral("revoked-bb.pdf"))));

        QString out;
        QCOMPARE(runCli(cliSign(QStringLiteral("revoked"), QStringLiteral("revoked-cli.pdf"),
                                QStringLiteral("B-LTA")),
                        &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("dicabut")), qPrintable(out));
        QVERIFY(!QFile::exists(path(QStringLiteral("revoked-cli.pdf"))));
    }

    void unreachableResponderIsAClearError()
    {
        auto k = key(QStringLiteral("unreach"));
        LongTermOptions lt;
        lt.networkTimeoutMs = 5000;
        auto r = LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")),
                                               path(QStringLiteral("unreach.pdf")), *k, options(),
                                               SignatureLevel::BLT, lt);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Network);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("OCSP")) &&
                     r.errorMessage().contains(QStringLiteral("tidak dapat dihubungi")) &&
                     r.errorMessage().contains(QStringLiteral("Rina Wati")),
                 qPrintable(r.errorMessage()));
        QVERIFY(!QFile::exists(path(QStringLiteral("unreach.pdf"))));
        QCOMPARE(LongTermSigner::checkNotRevoked(*k, lt).error().code, Error::Code::Network);
    }

    // A second official signs the B-LT file at B-LT: the DSS is extended, each signature has its VRI.
    void secondSignerExtendsTheDss()
    {
        auto second = key(QStringLiteral("second"));
        LONTAR_VERIFY_OK(LongTermSigner::signWithLevel(path(QStringLiteral("blt.pdf")),
                                                       path(QStringLiteral("blt2.pdf")), *second, options(),
                                                       SignatureLevel::BLT));
        auto first = PdfReader::open(path(QStringLiteral("blt.pdf")));
        auto both = PdfReader::open(path(QStringLiteral("blt2.pdf")));
        QVERIFY(first && both);
        const RevocationData before = LongTermSigner::readDss(**first);
        const RevocationData after = LongTermSigner::readDss(**both);
        QCOMPARE(after.ocspResponses.size(),
                 before.ocspResponses.size() + 2); // the second signer's, the TSA's again
        for (const QByteArray& c : before.certificates)
            QVERIFY(after.certificates.contains(c));
        QVERIFY(after.certificates.contains(derOf(QStringLiteral("second.pem"))));
        auto fields = (*both)->signatureFields();
        QVERIFY(fields && fields->size() == 2);
        const QByteArray file = readFile(QStringLiteral("blt2.pdf"));
        for (const PdfSignatureField& f : *fields) {
            const QByteArray vriKey =
                QCryptographicHash::hash(f.contents, QCryptographicHash::Sha1).toHex().toUpper();
            QVERIFY(file.contains("/" + vriKey + " <<"));
        }
    }

    // Evidence is judged, not merely found: who signed it, for which certificate, for which time.
    void revocationEvidenceIsJudged()
    {
        sh(QStringLiteral(
            "openssl ocsp -issuer inter.pem -cert revoked.pem -no_nonce -reqout req-revoked.der && "
            "openssl ocsp -issuer inter.pem -cert good.pem -no_nonce -reqout req-good.der && "
            "openssl ocsp -index inter-index.txt -CA inter.pem -rsigner ocsp.pem -rkey ocsp.key -reqin "
            "req-revoked.der -respout revoked.ocsp 2>/dev/null && "
            "openssl ocsp -index inter-index.txt -CA inter.pem -rsigner ocsp.pem -rkey ocsp.key -reqin "
            "req-good.der "
            "-respout good.ocsp 2>/dev/null && "
            // A forger with a valid certificate of the same CA, but not its OCSP responder, says "good".
            "sed -E 's/^R\t([^\t]*)\t[^\t]*\t/V\t\1\t\t/' inter-index.txt > forged-index.txt && "
            "openssl ocsp -index forged-index.txt -CA inter.pem -rsigner good.pem -rkey good.key -reqin "
            "req-revoked.der -respout forged.ocsp 2>/dev/null"));
        const QByteArray inter = derOf(QStringLiteral("inter.pem"));
        const QByteArray root = derOf(QStringLiteral("root.pem"));
        const QList<QByteArray> revokedPath{derOf(QStringLiteral("revoked.pem")), inter, root};
        const QList<QByteArray> goodPath{derOf(QStringLiteral("good.pem")), inter, root};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto judge = [](const QList<QByteArray>& chain, const QDateTime& at, const QByteArray& ocsp) {
            RevocationData data;
            data.ocspResponses.append(ocsp);
            return Revocation::check(chain, at, data, {});
        };

        ChainRevocation r = judge(revokedPath, now, readFile(QStringLiteral("revoked.ocsp")));
        QCOMPARE(r.certificates.size(), 2); // the root is the anchor
        QCOMPARE(r.certificates.at(0).state, RevocationState::Revoked);
        QCOMPARE(r.state, RevocationState::Revoked);
        QCOMPARE(r.certificates.at(0).source, QStringLiteral("DSS"));
        QCOMPARE(r.certificates.at(1).state, RevocationState::NotChecked); // nothing about the intermediate

        // Before the revocation date the same answer says it was still good.
        r = judge(revokedPath, now.addDays(-1), readFile(QStringLiteral("revoked.ocsp")));
        QCOMPARE(r.certificates.at(0).state, RevocationState::Good);
        QVERIFY2(r.certificates.at(0).text.contains(QStringLiteral("dicabut kemudian")),
                 qPrintable(r.certificates.at(0).text));

        r = judge(revokedPath, now, readFile(QStringLiteral("forged.ocsp")));
        QCOMPARE(r.certificates.at(0).state, RevocationState::Unknown);
        QVERIFY2(r.certificates.at(0).text.contains(QStringLiteral("tidak ditandatangani oleh penerbit")),
                 qPrintable(r.certificates.at(0).text));

        r = judge(goodPath, now, readFile(QStringLiteral("good.ocsp")));
        QCOMPARE(r.certificates.at(0).state, RevocationState::Good);
        // A "good" without nextUpdate speaks only for when it was made, not for a week later.
        r = judge(goodPath, now.addDays(7), readFile(QStringLiteral("good.ocsp")));
        QCOMPARE(r.certificates.at(0).state, RevocationState::Unknown);
        // An answer about another certificate says nothing about this one.
        r = judge(goodPath, now, readFile(QStringLiteral("revoked.ocsp")));
        QCOMPARE(r.certificates.at(0).state, RevocationState::NotChecked);
        QCOMPARE(r.state, RevocationState::NotChecked);
        // Garbage is reported, not trusted.
        r = judge(goodPath, now, QByteArray("bukan OCSP"));
        QCOMPARE(r.certificates.at(0).state, RevocationState::Unknown);

        // The intermediate from the root's CRL: good; the CRL issued by the intermediate does not speak
        // for it.
        RevocationData crls;
        crls.crls = {readFile(QStringLiteral("root.crl")), readFile(QStringLiteral("ca.crl"))};
        r = Revocation::check(revokedPath, now, crls, {});
        QCOMPARE(r.certificates.at(0).state, RevocationState::Revoked); // ca.crl lists it
        QCOMPARE(r.certificates.at(1).state,
                 RevocationState::Good); // root.crl does not list the intermediate
        r = Revocation::check(goodPath, now, crls, {});
        QCOMPARE(r.state, RevocationState::Good);
    }

    // A B-T file carries no revocation data: offline it says "not checked", --online asks the servers.
    void onlineRevocationForBT()
    {
        auto good = key(QStringLiteral("good"));
        LONTAR_VERIFY_OK(LongTermSigner::signWithLevel(path(QStringLiteral("plain.pdf")),
                                                       path(QStringLiteral("bt.pdf")), *good, options(),
                                                       SignatureLevel::BT));
        const VerificationReport offline = verify(QStringLiteral("bt.pdf"));
        QVERIFY2(offline.allValid(), qPrintable(offline.toText()));
        QVERIFY(!offline.hasDss);
        const SignatureReport& s = offline.signatures.first();
        QCOMPARE(s.revocation, SignatureReport::Revocation::NotChecked);
        QVERIFY2(s.revocationText().contains(QStringLiteral("tidak diperiksa")),
                 qPrintable(s.revocationText()));

        const VerificationReport online = verify(QStringLiteral("bt.pdf"), true);
        QVERIFY2(online.allValid(), qPrintable(online.toText()));
        QCOMPARE(online.signatures.first().revocation, SignatureReport::Revocation::Good);
        QCOMPARE(online.signatures.first().revocationSource, QStringLiteral("daring"));

        // A revoked signer's B-T (made without asking): --online finds it revoked, so not trusted.
        auto revoked = key(QStringLiteral("revoked"));
        LONTAR_VERIFY_OK(PdfSigner::sign(path(QStringLiteral("plain.pdf")),
                                         path(QStringLiteral("revoked-bt.pdf")), *revoked, options()));
        const VerificationReport found = verify(QStringLiteral("revoked-bt.pdf"), true);
        const SignatureReport& bad = found.signatures.first();
        QVERIFY(bad.intact());
        QCOMPARE(bad.chain, SignatureReport::Chain::Trusted);
        QCOMPARE(bad.revocation, SignatureReport::Revocation::Revoked);
        QVERIFY(!bad.trusted());
        QCOMPARE(found.verdict(), VerificationReport::Verdict::NotTrusted);
        QVERIFY2(bad.trustText().contains(QStringLiteral("dicabut")), qPrintable(found.toText()));
        // Offline nothing is known: trust stands, the report says it was not checked.
        QCOMPARE(verify(QStringLiteral("revoked-bt.pdf")).signatures.first().revocation,
                 SignatureReport::Revocation::NotChecked);

        QString out;
        QCOMPARE(
            runCli({QStringLiteral("verify"), path(QStringLiteral("revoked-bt.pdf")),
                    QStringLiteral("--trust"), m_trust, QStringLiteral("--online"), QStringLiteral("--json")},
                   &out),
            1);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonObject sig = json.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("revocation")).toString(), QStringLiteral("revoked"));
        QCOMPARE(sig.value(QStringLiteral("revocationSource")).toString(), QStringLiteral("daring"));
    }

    // Every server stopped: B-LT and B-LTA verify from their DSS alone.
    void verifiesOfflineFromTheDss()
    {
        stopResponders();
        const VerificationReport two = verify(QStringLiteral("blt2.pdf"));
        QCOMPARE(two.signatures.size(), 2);
        for (const SignatureReport& s : two.signatures) {
            QVERIFY2(s.intact() && s.trusted(), qPrintable(two.toText()));
            QCOMPARE(s.revocation, SignatureReport::Revocation::Good);
        }
        for (const QString& name : {QStringLiteral("blt.pdf"), QStringLiteral("cli-blt.pdf")}) {
            const VerificationReport rep = verify(name);
            QVERIFY(rep.hasDss);
            QCOMPARE(rep.signatures.size(), 1);
            const SignatureReport& s = rep.signatures.first();
            QVERIFY2(s.intact() && s.trusted(), qPrintable(rep.toText()));
            QVERIFY(s.timestampVerified);
            QCOMPARE(s.validationTimeSource, QStringLiteral("timestamp"));
            QCOMPARE(s.revocation, SignatureReport::Revocation::Good);
            QCOMPARE(s.revocationSource, QStringLiteral("DSS"));
            QVERIFY2(s.problems.isEmpty(), qPrintable(rep.toText()));
        }
        for (const QString& name : {QStringLiteral("blta.pdf"), QStringLiteral("cli-blta.pdf")}) {
            const VerificationReport rep = verify(name);
            QVERIFY(rep.hasDss);
            QCOMPARE(rep.signatures.size(), 2);
            const SignatureReport& signature = rep.signatures.at(0);
            const SignatureReport& stamp = rep.signatures.at(1);
            QVERIFY(!signature.documentTimestamp);
            QCOMPARE(signature.revocation, SignatureReport::Revocation::Good);
            QCOMPARE(signature.revocationSource, QStringLiteral("DSS"));
            QVERIFY(stamp.documentTimestamp);
            QCOMPARE(stamp.kindText(), QStringLiteral("stempel waktu dokumen"));
            QVERIFY2(stamp.intact() && stamp.trusted() && stamp.timestampVerified, qPrintable(rep.toText()));
            QCOMPARE(stamp.signerName, QStringLiteral("Lontar Uji TSA"));
            QCOMPARE(stamp.revocation, SignatureReport::Revocation::Good);
            QVERIFY(stamp.coversWholeDocument);
            QVERIFY2(rep.allValid(), qPrintable(rep.toText()));
        }
        QString out;
        QCOMPARE(runCli({QStringLiteral("verify"), path(QStringLiteral("cli-blta.pdf")),
                         QStringLiteral("--trust"), m_trust},
                        &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Stempel waktu dokumen 2")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Pencabutan: tidak dicabut [DSS]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(DSS)")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("verify"), path(QStringLiteral("cli-blta.pdf")),
                         QStringLiteral("--trust"), m_trust, QStringLiteral("--json")},
                        &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("dss")).toBool(), true);
        const QJsonArray sigs = json.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("revocation")).toString(),
                 QStringLiteral("good"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("document-timestamp"));

        // Without anchors the document timestamp is not trusted either.
        auto noTrust = SignatureVerifier::verify(path(QStringLiteral("blta.pdf")));
        QVERIFY(noTrust);
        QCOMPARE(noTrust->signatures.at(1).chain, SignatureReport::Chain::NoTrustAnchors);
        QVERIFY(!noTrust->signatures.at(1).timestampVerified);
    }

    // The DSS revision of a B-LT file is not signed: a changed byte in the signer's OCSP response must
    // not pass as evidence.
    void alteredOcspResponseIsReported()
    {
        QByteArray data = readFile(QStringLiteral("blt.pdf"));
        auto reader = PdfReader::fromBuffer(data);
        QVERIFY(reader);
        const RevocationData dss = LongTermSigner::readDss(**reader);
        const QByteArray signature =
            ocspSignatureFor(dss.ocspResponses, serialOf(QStringLiteral("good.pem")));
        QVERIFY(signature.size() >= 128);
        const qsizetype at = data.indexOf(signature);
        QVERIFY(at > 0);
        data[at + 40] = char(data[at + 40] ^ 0x01);
        writeFile(QStringLiteral("blt-altered.pdf"), data);
        const VerificationReport rep = verify(QStringLiteral("blt-altered.pdf"));
        const SignatureReport& s = rep.signatures.first();
        QVERIFY(s.intact()); // the signature itself is fine
        QCOMPARE(s.revocation, SignatureReport::Revocation::Unknown);
        QVERIFY2(s.problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("tanda tangan respons OCSP tidak sah")),
                 qPrintable(rep.toText()));

        // In a B-LTA file the same byte is covered by the document timestamp: the timestamp breaks.
        QByteArray lta = readFile(QStringLiteral("blta.pdf"));
        auto ltaReader = PdfReader::fromBuffer(lta);
        QVERIFY(ltaReader);
        const QByteArray ltaSignature = ocspSignatureFor(LongTermSigner::readDss(**ltaReader).ocspResponses,
                                                         serialOf(QStringLiteral("good.pem")));
        const qsizetype where = lta.indexOf(ltaSignature);
        QVERIFY(where > 0);
        lta[where + 40] = char(lta[where + 40] ^ 0x01);
        writeFile(QStringLiteral("blta-altered.pdf"), lta);
        const VerificationReport broken = verify(QStringLiteral("blta-altered.pdf"));
        QCOMPARE(broken.signatures.size(), 2);
        QVERIFY(!broken.signatures.at(1).intact());
        QCOMPARE(broken.verdict(), VerificationReport::Verdict::Invalid);
    }

    void othersAcceptTheOutputs()
    {
        for (const QString& name : {QStringLiteral("blt.pdf"), QStringLiteral("blta.pdf"),
                                    QStringLiteral("cli-blt.pdf"), QStringLiteral("cli-blta.pdf")}) {
            int rc = -1;
            const QString qpdf = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path(name)}, &rc);
            QVERIFY2(rc == 0, qPrintable(name + QStringLiteral(": ") + qpdf));
            const QString pdfsig =
                run(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path(name)}, &rc);
            QVERIFY2(rc == 0, qPrintable(pdfsig));
            QVERIFY2(pdfsig.contains(QStringLiteral("Signature is Valid")), qPrintable(pdfsig));
            QVERIFY2(!pdfsig.contains(QStringLiteral("Signature is Invalid")), qPrintable(pdfsig));
            // Kept for a person to look at.
            QFile::remove(lontar::test::outputDir() + QLatin1Char('/') + name);
            QFile::copy(path(name), lontar::test::outputDir() + QLatin1Char('/') + name);
        }
    }

    void cleanupTestCase() { stopResponders(); }
};

QTEST_GUILESS_MAIN(TestLongTerm)
#include "tst_longterm.moc"
