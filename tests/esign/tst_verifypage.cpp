#include "TestSupport.h"

#include "../platform/http/RawHttpsClient.h"
#include "core/Directory.h"
#include "core/Profile.h"
#include "core/Uuid.h"
#include "esign/EsignModule.h"
#include "esign/PdfSigner.h"
#include "esign/SigningKey.h"
#include "esign/VerificationPage.h"
#include "server/EmbeddedServer.h"
#include "sync/ClientStore.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace lontar;
using namespace lontar::esign;
using namespace lontar::server;
using namespace lontar::sync;

namespace {

QString sha(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

struct PageReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString text() const { return QString::fromUtf8(body); }
};

} // namespace

// The public verification page behind the stamp's QR code, on the real HTTPS server: a signing official's
// device signs a PDF and pushes the register row through the sync API, then a browser (headless
// Chromium) and an uploader (QNetworkAccessManager) read the page as anyone on the internet would.
class TestVerifyPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tmp; // TMPDIR for this process: where the server writes (and must delete) uploads
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<Database> m_serverDb; // a second connection to the server's store, for checks
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SyncClient> m_client;
    QNetworkAccessManager m_nam;

    User m_signer;
    QString m_unitName;
    QString m_recordId;
    QString m_documentSha;
    QString m_signedSha;
    QString m_url;
    QString m_xssId;
    QString m_failedId;
    QString m_otherId;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void sh(const QString& command)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(command), p.readAll().constData());
    }

    QByteArray readFile(const QString& name) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return f.readAll();
    }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(data);
    }

    QString recordUrl(const QString& id, const QString& query = {}) const
    {
        return m_server->baseUrl() + QStringLiteral("/v/") + id + query;
    }

    // One request through QNetworkAccessManager, the server's certificate pinned.
    PageReply send(const QByteArray& method, const QString& url, QHttpMultiPart* multipart = nullptr,
                   const QByteArray& rawBody = {}, const QByteArray& contentType = {},
                   const QHash<QByteArray, QByteArray>& headers = {})
    {
        QNetworkRequest request{QUrl(url)};
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        QNetworkReply* reply = nullptr;
        if (multipart) {
            reply = m_nam.post(request, multipart);
            multipart->setParent(reply);
        } else if (method == "POST") {
            reply = m_nam.post(request, rawBody);
        } else {
            reply = m_nam.sendCustomRequest(request, method, rawBody);
        }
        const QString pin = m_server->certificateFingerprint();
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>& errors) {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            if (QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex()) == pin)
                reply->ignoreSslErrors(errors);
        });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        PageReply r;
        if (!reply->isFinished())
            qFatal("%s %s timed out", method.constData(), qPrintable(url));
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    PageReply get(const QString& url) { return send("GET", url); }

    PageReply upload(const QString& id, const QByteArray& file, const QString& query = {})
    {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/pdf"));
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"berkas\"; filename=\"surat.pdf\""));
        part.setBody(file);
        multipart->append(part);
        return send("POST", recordUrl(id, query), multipart);
    }

    static QString chromium() { return QStandardPaths::findExecutable(QStringLiteral("chromium")); }

    // Headless Chromium on the page: what a phone's browser builds from it.
    QString runChromium(const QStringList& extra, const QString& url)
    {
        QProcess p;
        QStringList args{QStringLiteral("--headless"),
                         QStringLiteral("--no-sandbox"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--ignore-certificate-errors"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--user-data-dir=") + path(QStringLiteral("chromium-profile"))};
        args << extra << url;
        // Chromium's own scratch files stay out of the folder where the server's uploads are counted.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("chromium-tmp")));
        QDir().mkpath(path(QStringLiteral("chromium-tmp")));
        p.setProcessEnvironment(env);
        p.start(chromium(), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            qFatal("chromium timed out on %s", qPrintable(url));
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The server's received time in WIB, computed here without the page's code: UTC+7, Indonesian month.
    static QString expectedWib(qint64 ms)
    {
        static const char* const kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                              "Mei",       "Juni",     "Juli",     "Agustus",
                                              "September", "Oktober",  "November", "Desember"};
        const QDateTime wib = QDateTime::fromMSecsSinceEpoch(ms + 7LL * 3600 * 1000, QTimeZone::utc());
        return QStringLiteral("%1 %2 %3 %4.%5 WIB")
            .arg(wib.date().day())
            .arg(QLatin1String(kMonths[wib.date().month() - 1]))
            .arg(wib.date().year())
            .arg(wib.time().hour(), 2, 10, QLatin1Char('0'))
            .arg(wib.time().minute(), 2, 10, QLatin1Char('0'));
    }

    QJsonObject serverRow(const QString& id)
    {
        auto data =
            m_serverDb->scalar(QStringLiteral("SELECT data FROM srv_rows WHERE entity = ? AND entity_id = ?"),
                               {kHistoryEntity, id});
        if (!data)
            qFatal("%s", qPrintable(data.errorMessage()));
        return QJsonDocument::fromJson(data->toString().toUtf8()).object();
    }

    int filesIn(const QString& dir) const
    {
        return int(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size());
    }

    static void checkSecurityHeaders(const QHash<QByteArray, QByteArray>& h)
    {
        QCOMPARE(h.value("content-security-policy"),
                 QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"));
        QCOMPARE(h.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(h.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(h.value("cache-control"), QByteArray("no-store"));
        QVERIFY(h.value("content-type").startsWith("text/html; charset=utf-8"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The server runs in this process: its temporary files land here, where the test can count them.
        m_tmp = path(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        qputenv("TMPDIR", m_tmp.toLocal8Bit());

        // The server, with the esign module's entities and its public page trusting our test root.
        CoreModule core;
        EsignModule esignModule;
        EntityRegistry::instance().addModules({&core, &esignModule});
        esignModule.setVerificationTrustDirectory(path(QStringLiteral("trust")));
        EmbeddedServerConfig config;
        config.dataDir = path(QStringLiteral("server"));
        config.seedDemo = true;
        config.options.autoApproveDevices = true;
        config.options.publicEndpoints = esignModule.publicEndpoints();
        auto server = EmbeddedServer::start(config);
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = std::move(*server);
        auto db = Database::openSqlite(config.dataDir + QStringLiteral("/server.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_serverDb = std::move(*db);
        auto signer = IdentityStore(*m_serverDb).userByUsername(QStringLiteral("kadis"));
        QVERIFY2(signer.ok(), qPrintable(signer.errorMessage()));
        m_signer = *signer;
        QVERIFY(!m_signer.nip.isEmpty());
        for (const OrgUnit& u : *IdentityStore(*m_serverDb).units()) {
            if (u.id == m_signer.unitId)
                m_unitName = u.name;
        }
        QVERIFY(!m_unitName.isEmpty());

        // The signer's certificate from a test root, made by openssl.
        writeFile(QStringLiteral("ca.cnf"),
                  "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nserial=serial\nunique_subject=no\n"
                  "new_certs_dir=.\ndefault_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n"
                  "[caext]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                  "[good]\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        sh(QStringLiteral("openssl req -newkey rsa:2048 -nodes -keyout ca.key -out ca.csr -subj "
                          "'/C=ID/O=Lontar Test CA/CN=Lontar Test Root' 2>/dev/null && "
                          "openssl ca -batch -selfsign -config ca.cnf -keyfile ca.key -in ca.csr -out ca.pem "
                          "-days 3650 -extensions caext -notext 2>/dev/null && "
                          "openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr "
                          "-subj '/C=ID/O=Pemkab Tanjung Lontar/CN=%1' 2>/dev/null && "
                          "openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in signer.csr "
                          "-out signer.pem -extensions good -days 825 -notext 2>/dev/null && "
                          "openssl pkcs12 -export -inkey signer.key -in signer.pem -certfile ca.pem "
                          "-passout pass:rahasia -out signer.p12 && mkdir -p trust && cp ca.pem trust/")
               .arg(m_signer.fullName));
        sh(QStringLiteral(
            "printf '%%%%MediaBox 0 0 595 842\\n%%%%Font Helv Helvetica\\nBT /Helv 14 Tf 72 770 "
            "Td (SURAT KEPUTUSAN BUPATI) Tj ET\\n' > page.txt && mutool create -o plain.pdf page.txt"));

        // The official's device: enrolled through the sync API like the desktop.
        SyncClientModule clientModule;
        auto profile = Profile::open(path(QStringLiteral("device")), {&clientModule});
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        m_profile = std::move(*profile);
        m_transport = makeHttpsTransport(m_server->baseUrl(), m_server->certificateFingerprint());
        m_client = std::make_unique<SyncClient>(m_profile->database(), *m_transport,
                                                m_profile->directory() + QStringLiteral("/blobs"));
        LONTAR_VERIFY_OK(
            m_client->enrol(QStringLiteral("kadis"), DemoData::demoPassword(), QStringLiteral("uji")));
        LONTAR_VERIFY_OK(m_client->syncOnce());

        // Signing as production does: the record id first, the QR URL from it, then the register row.
        m_recordId = newUuid();
        m_documentSha = sha(readFile(QStringLiteral("plain.pdf")));
        m_url =
            verificationUrl(m_server->baseUrl() + QStringLiteral("/"), m_recordId, m_documentSha.toUpper());
        QCOMPARE(m_url, recordUrl(m_recordId, QStringLiteral("?h=") + m_documentSha));
        auto key = openPkcs12(path(QStringLiteral("signer.p12")), QStringLiteral("rahasia"));
        QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
        SignOptions options;
        options.visible = true;
        options.rect = QRectF(320, 60, 240, 110);
        options.stamp.signerName = m_signer.fullName;
        options.stamp.nip = m_signer.nip;
        options.stamp.verificationUrl = m_url;
        auto signedResult = PdfSigner::sign(path(QStringLiteral("plain.pdf")),
                                            path(QStringLiteral("signed.pdf")), **key, options);
        QVERIFY2(signedResult.ok(), qPrintable(signedResult.errorMessage()));
        QCOMPARE(signedResult->documentSha256, m_documentSha);
        m_signedSha = sha(readFile(QStringLiteral("signed.pdf")));

        auto actor = SyncClient::enrolledActor(m_profile->database());
        LONTAR_VERIFY_OK(actor);
        SigningHistory history(m_profile->database(), m_profile->audit(), *actor);
        SigningRecord record;
        record.id = m_recordId;
        record.documentName = QStringLiteral("SK Bupati 12-2026.pdf");
        record.documentSha256 = m_documentSha;
        record.signedSha256 = m_signedSha;
        record.outcome = QStringLiteral("signed");
        record.level = QStringLiteral("B-B");
        auto stored = history.record(record);
        LONTAR_VERIFY_OK(stored);
        QCOMPARE(*stored, m_recordId);

        SigningRecord xss = record;
        xss.id.clear();
        xss.documentName = QStringLiteral("<script>alert('xss')</script><img src=x onerror=alert(1)>.pdf");
        xss.documentSha256 = sha("xss");
        xss.signedSha256 = sha("xss-ttd");
        auto xssId = history.record(xss);
        LONTAR_VERIFY_OK(xssId);
        m_xssId = *xssId;

        SigningRecord failed = record;
        failed.id.clear();
        failed.documentName = QStringLiteral("Nota Dinas gagal.pdf");
        failed.documentSha256 = sha("gagal");
        failed.signedSha256.clear();
        failed.outcome = QStringLiteral("failed");
        failed.error = QStringLiteral("Kata sandi kunci salah (/home/kadis/kunci.p12)");
        auto failedId = history.record(failed);
        LONTAR_VERIFY_OK(failedId);
        m_failedId = *failedId;

        SigningRecord other = record;
        other.id.clear();
        other.documentName = QStringLiteral("Surat Rahasia Lain.pdf");
        other.documentSha256 = sha("lain");
        other.signedSha256 = sha("lain-ttd");
        auto otherId = history.record(other);
        LONTAR_VERIFY_OK(otherId);
        m_otherId = *otherId;

        LONTAR_VERIFY_OK(m_client->syncOnce());
        const QJsonObject row = serverRow(m_recordId);
        QCOMPARE(row.value(QStringLiteral("signedSha256")).toString(), m_signedSha);
        QVERIFY(row.value(QStringLiteral("receivedAt")).toDouble() > 1'700'000'000'000.0);
    }

    void verificationUrlContract()
    {
        const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        const QString h = sha("x");
        QCOMPARE(verificationUrl(QStringLiteral("https://ttd.example.go.id"), id, h),
                 QStringLiteral("https://ttd.example.go.id/v/%1?h=%2").arg(id, h));
        QCOMPARE(verificationUrl(QStringLiteral("https://ttd.example.go.id/lontar//"), id, h.toUpper()),
                 QStringLiteral("https://ttd.example.go.id/lontar/v/%1?h=%2").arg(id, h));
        QCOMPARE(verificationUrl(QStringLiteral("https://a"), QStringLiteral("a b&c"), h),
                 QStringLiteral("https://a/v/a%20b%26c?h=%1").arg(h));
        QVERIFY(verificationUrl({}, id, h).isEmpty());
        QVERIFY(verificationUrl(QStringLiteral("https://a"), {}, h).isEmpty());
        QVERIFY(verificationUrl(QStringLiteral("https://a"), id, {}).isEmpty());
    }

    // The page as a phone's browser shows it: headless Chromium over real HTTPS.
    void browserShowsTheRecord()
    {
        if (chromium().isEmpty())
            QFAIL("chromium is not installed: this test needs Debian's headless Chromium "
                  "(apt-get install chromium, or bash scripts/install-deps.sh)");
        const QString dom = runChromium({QStringLiteral("--dump-dom")}, m_url);
        QVERIFY2(dom.contains(QStringLiteral("<html")), qPrintable(dom.left(2000)));
        const qint64 received = qint64(serverRow(m_recordId).value(QStringLiteral("receivedAt")).toDouble());
        for (const QString& expected :
             {QStringLiteral("SK Bupati 12-2026.pdf"), m_signer.fullName, m_signer.nip, m_unitName,
              expectedWib(received), m_documentSha, m_signedSha, QStringLiteral("Hash kode QR cocok"),
              QStringLiteral("Berhasil ditandatangani"), QStringLiteral("name=\"viewport\"")})
            QVERIFY2(dom.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + dom));
        QVERIFY(!dom.contains(QStringLiteral("Hash kode QR tidak cocok")));
        QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));

        // For a person to look at: the page at a phone's width (390 x 844, an iPhone 12-14 viewport).
        const QString shot = lontar::test::outputDir() + QStringLiteral("/verifikasi-ponsel.png");
        QFile::remove(shot);
        runChromium({QStringLiteral("--screenshot=") + shot, QStringLiteral("--window-size=390,844"),
                     QStringLiteral("--hide-scrollbars")},
                    m_url);
        QFile png(shot);
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(shot));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(png.size() > 10000);

        // A link whose hash is not the registered original's says so.
        const QString wrong = runChromium({QStringLiteral("--dump-dom")},
                                          recordUrl(m_recordId, QStringLiteral("?h=") + sha("lain")));
        QVERIFY2(wrong.contains(QStringLiteral("Hash kode QR tidak cocok")), qPrintable(wrong));
    }

    void pageHeadersAndNoLeaks()
    {
        const PageReply r = get(m_url);
        QCOMPARE(r.status, 200);
        checkSecurityHeaders(r.headers);
        const QString html = r.text();
        QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width")));
        // Nothing runs and nothing is fetched from elsewhere.
        for (const char* banned : {"<script", "src=", "href=", "@import", "url("})
            QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        // No other record, no ids of users or units, no server paths.
        for (const QString& secret :
             {QStringLiteral("Surat Rahasia Lain"), QStringLiteral("Nota Dinas gagal"), m_otherId, m_xssId,
              m_failedId, m_signer.id, m_signer.unitId, m_signer.username, path(QStringLiteral("server")),
              m_tmp})
            QVERIFY2(!html.contains(secret), qPrintable(secret));
        // The form posts back to this same record.
        QVERIFY(html.contains(QStringLiteral("enctype=\"multipart/form-data\"")));
        QVERIFY(html.contains(QStringLiteral("action=\"%1?h=%2\"").arg(m_recordId, m_documentSha)));
    }

    void genuineUploadIsValidAndMatches()
    {
        const QByteArray file = readFile(QStringLiteral("signed.pdf"));
        const PageReply r = upload(m_recordId, file, QStringLiteral("?h=") + m_documentSha);
        QCOMPARE(r.status, 200);
        checkSecurityHeaders(r.headers);
        const QString html = r.text();
        QVERIFY2(html.contains(QStringLiteral("SEMUA TANDA TANGAN SAH")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Hash berkas cocok")));
        QVERIFY(html.contains(QStringLiteral("Hash kode QR cocok")));
        // The verdict on the upload comes first, the register's details after it.
        QVERIFY(html.indexOf(QStringLiteral("SEMUA TANDA TANGAN SAH")) <
                html.indexOf(QStringLiteral("Catatan penandatanganan")));
        QVERIFY(!html.contains(QStringLiteral("tidak cocok")));
        QVERIFY(html.contains(m_signedSha));
        QVERIFY(html.contains(QStringLiteral("Tanda tangan 1")));
        QVERIFY(html.contains(QStringLiteral("Keutuhan")));
        QVERIFY(html.contains(QStringLiteral("Kepercayaan")));
        QVERIFY(html.contains(QStringLiteral("Perubahan sesudahnya")));
        QVERIFY(!html.contains(QStringLiteral("lontar-verify")));
        QCOMPARE(filesIn(m_tmp), 0); // the upload is gone

        // The result page, saved and photographed at a phone's width for a person to look at.
        const QString saved = lontar::test::outputDir() + QStringLiteral("/hasil-unggah.html");
        QFile out(saved);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.body);
        out.close();
        if (!chromium().isEmpty())
            runChromium({QStringLiteral("--screenshot=") + lontar::test::outputDir() +
                             QStringLiteral("/hasil-unggah-ponsel.png"),
                         QStringLiteral("--window-size=390,1400"), QStringLiteral("--hide-scrollbars")},
                        QUrl::fromLocalFile(saved).toString());

        // The same file as a raw application/pdf body.
        const PageReply raw =
            send("POST", recordUrl(m_recordId), nullptr, file, QByteArrayLiteral("application/pdf"));
        QCOMPARE(raw.status, 200);
        QVERIFY(raw.text().contains(QStringLiteral("SEMUA TANDA TANGAN SAH")));
        QVERIFY(raw.text().contains(QStringLiteral("Hash berkas cocok")));
    }

    void tamperedUploadIsInvalid()
    {
        QByteArray file = readFile(QStringLiteral("signed.pdf"));
        // A digit of the page size in the first revision: inside the signed bytes.
        const qsizetype at = file.indexOf("595");
        QVERIFY(at > 0);
        file[at + 2] = '4';
        const PageReply r = upload(m_recordId, file);
        QCOMPARE(r.status, 200);
        const QString html = r.text();
        QVERIFY2(html.contains(QStringLiteral("TIDAK SAH")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("SEMUA TANDA TANGAN SAH")));
        QVERIFY(html.contains(QStringLiteral("Hash berkas tidak cocok")));
        QVERIFY(html.contains(QStringLiteral("RUSAK")));
        QCOMPARE(filesIn(m_tmp), 0);

        // The unsigned original is recognised as such, and is not "valid".
        const PageReply original = upload(m_recordId, readFile(QStringLiteral("plain.pdf")));
        QCOMPARE(original.status, 200);
        QVERIFY(original.text().contains(QStringLiteral("tidak memiliki tanda tangan elektronik")));
        QVERIFY(original.text().contains(QStringLiteral("dokumen asli sebelum ditandatangani")));
    }

    void notAPdfGetsAClearMessage()
    {
        const PageReply text = upload(m_recordId, "Ini bukan PDF, hanya teks biasa.\n");
        QCOMPARE(text.status, 422);
        checkSecurityHeaders(text.headers);
        QVERIFY2(text.text().contains(QStringLiteral("tidak dapat dibaca sebagai PDF")),
                 text.body.constData());
        QVERIFY(!text.text().contains(m_tmp));
        QVERIFY(!text.text().contains(QStringLiteral("lontar-verify")));
        // A truncated PDF: the header and half the body.
        const QByteArray signedFile = readFile(QStringLiteral("signed.pdf"));
        const PageReply cut = upload(m_recordId, signedFile.left(signedFile.size() / 3));
        QVERIFY2(cut.status == 422 || cut.status == 200, QByteArray::number(cut.status).constData());
        QVERIFY(!cut.text().contains(QStringLiteral("SEMUA TANDA TANGAN SAH")));
        // No file, another content type, a broken multipart body.
        const PageReply empty = upload(m_recordId, {});
        QCOMPARE(empty.status, 400);
        QVERIFY(empty.text().contains(QStringLiteral("Tidak ada berkas")));
        const PageReply json = send("POST", recordUrl(m_recordId), nullptr, "{}", "application/json");
        QCOMPARE(json.status, 415);
        const PageReply broken =
            send("POST", recordUrl(m_recordId), nullptr, "--x\r\nrubbish", "multipart/form-data; boundary=x");
        QCOMPARE(broken.status, 400);
        QCOMPARE(filesIn(m_tmp), 0);
    }

    // The page's own cap (25 MiB) is answered from the head, before a body byte is read; the API keeps 4 MiB.
    void oversizedBodyIsRefusedFromTheHead()
    {
        const qint64 cap = VerificationPage::kDefaultMaxUploadBytes;
        {
            test::RawHttpsClient client(m_server->certificateFingerprint());
            QVERIFY(client.connectTo(m_server->port()));
            QVERIFY(client.send(QStringLiteral("POST /v/%1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                               "Content-Type: application/pdf\r\nContent-Length: %2\r\n\r\n")
                                    .arg(m_recordId)
                                    .arg(cap + 1)
                                    .toLatin1()));
            // Not a byte of the body was sent: the answer can only come from the head.
            auto reply = client.reply(10000);
            QVERIFY(reply.has_value());
            QCOMPARE(reply->status, 413);
        }
        {
            // Over the API's cap but under the page's: read, and judged as a file.
            test::RawHttpsClient client(m_server->certificateFingerprint());
            QVERIFY(client.connectTo(m_server->port()));
            const QByteArray junk(5 * 1024 * 1024, 'x');
            QVERIFY(client.send(QStringLiteral("POST /v/%1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                               "Content-Type: application/pdf\r\nContent-Length: %2\r\n\r\n")
                                    .arg(m_recordId)
                                    .arg(junk.size())
                                    .toLatin1()));
            client.stream(junk.size(), 60000);
            auto reply = client.reply(60000);
            QVERIFY(reply.has_value());
            QCOMPARE(reply->status, 422);
        }
        {
            test::RawHttpsClient client(m_server->certificateFingerprint());
            QVERIFY(client.connectTo(m_server->port()));
            QVERIFY(client.send(QByteArrayLiteral("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                  "Content-Type: application/json\r\nContent-Length: ") +
                                QByteArray::number(5 * 1024 * 1024) + "\r\n\r\n"));
            auto reply = client.reply(10000);
            QVERIFY(reply.has_value());
            QCOMPARE(reply->status, 413);
        }
        QCOMPARE(filesIn(m_tmp), 0);
    }

    void unknownAndMalformedIdsRevealNothing()
    {
        const PageReply unknown = get(recordUrl(newUuid(), QStringLiteral("?h=") + m_documentSha));
        QCOMPARE(unknown.status, 404);
        checkSecurityHeaders(unknown.headers);
        QVERIFY(unknown.text().contains(QStringLiteral("Dokumen tidak terdaftar")));
        QVERIFY(!unknown.text().contains(QStringLiteral("<form")));
        // Every malformed id gets the very same page as an unknown one.
        for (const QString& id :
             {m_recordId.toUpper(), m_recordId + QStringLiteral("/x"), QStringLiteral("x'%20OR%201=1--"),
              QStringLiteral("..%2Fapi%2Fv1%2Fhealth"), QString(), QStringLiteral("%3Cscript%3E"),
              QString(500, QLatin1Char('a'))}) {
            const PageReply r = get(recordUrl(id));
            QVERIFY2(r.status == 404 && r.body == unknown.body, qPrintable(id));
        }
        {
            // Dot segments as a raw client sends them (a browser would resolve them first).
            test::RawHttpsClient client(m_server->certificateFingerprint());
            QVERIFY(client.connectTo(m_server->port()));
            QVERIFY(client.send("GET /v/../api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            auto reply = client.reply(10000);
            QVERIFY(reply.has_value());
            QCOMPARE(reply->status, 404);
            QCOMPARE(reply->body, unknown.body);
        }
        // A row of another entity under the same id is not a signing record.
        const QString unitId = m_signer.unitId;
        QCOMPARE(get(recordUrl(unitId)).status, 404);
        // Neither is an upload to an unknown record looked at.
        const PageReply post = upload(newUuid(), readFile(QStringLiteral("signed.pdf")));
        QCOMPARE(post.status, 404);
        QCOMPARE(post.body, unknown.body);
        QCOMPARE(send("PUT", m_url, nullptr, "x").status, 405);
        QCOMPARE(filesIn(m_tmp), 0);
    }

    void documentNameCannotInjectMarkup()
    {
        const PageReply r = get(recordUrl(m_xssId, QStringLiteral("?h=%3Cb%3Ehalo%3C%2Fb%3E")));
        QCOMPARE(r.status, 200);
        checkSecurityHeaders(r.headers);
        const QString html = r.text();
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;")) ||
                html.contains(QStringLiteral("&lt;script&gt;alert('xss')&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        // The malformed hash is judged, never echoed.
        QVERIFY(html.contains(QStringLiteral("Hash kode QR tidak cocok")));
        QVERIFY(!html.contains(QStringLiteral("halo")));
        if (!chromium().isEmpty()) {
            // In the browser the name is text: no script element, no image element came of it.
            const QString dom = runChromium({QStringLiteral("--dump-dom")}, recordUrl(m_xssId));
            QVERIFY2(dom.contains(QStringLiteral("&lt;script&gt;")), qPrintable(dom));
            QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
            QVERIFY(!dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        }
    }

    void failedSigningIsShownAsFailed()
    {
        const PageReply r = get(recordUrl(m_failedId));
        QCOMPARE(r.status, 200);
        const QString html = r.text();
        QVERIFY(html.contains(QStringLiteral("GAGAL")));
        QVERIFY(html.contains(QStringLiteral("Gagal ditandatangani")));
        QVERIFY(!html.contains(QStringLiteral("Berhasil ditandatangani")));
        QVERIFY(!html.contains(QStringLiteral("<form")));
        // The device's error text (it may name files on the signer's machine) is not published.
        QVERIFY(!html.contains(QStringLiteral("kunci.p12")));
        QCOMPARE(upload(m_failedId, readFile(QStringLiteral("signed.pdf"))).status, 409);
    }

    void apiStillNeedsItsToken()
    {
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/api/v1/sync/pull?since=0")).status, 401);
        QCOMPARE(send("POST", m_server->baseUrl() + QStringLiteral("/api/v1/sync/push"), nullptr, "{}",
                      "application/json")
                     .status,
                 401);
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/api/v1/health")).status, 200);
        // Outside /v/ and /api/v1 nothing is served.
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/v")).status, 404);
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/")).status, 404);
        QCOMPARE(get(m_server->baseUrl() + QStringLiteral("/api/v1/") + m_recordId).status, 401);
    }

    void cleanupTestCase()
    {
        QCOMPARE(filesIn(m_tmp), 0);
        m_client.reset();
        m_transport.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
