#include "TestSupport.h"

#include "esign/EsignModule.h"
#include "sync/SyncProtocol.h"

#include "core/Profile.h"
#include "esign/SignatureVerifier.h"
#include "esign/ui/EsignPage.h"
#include "esign/ui/EsignUiModule.h"
#include "esign/ui/PdfPageView.h"
#include "shell/Theme.h"
#include "sync/ClientStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>

using namespace lontar;
using namespace lontar::esign;

// The signing screens driven by object name: open, place, sign, verify, batch, cancel, history.
class TestEsignUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ShellContext> m_context;

    QString path(const QString& n) const { return m_dir.filePath(n); }

    // The self-signed test certificate is its own anchor: with it the files are fully valid.
    VerificationReport verified(const QString& name) const
    {
        auto r = SignatureVerifier::verify(path(name), {path(QStringLiteral("trust"))});
        if (!r)
            qFatal("verify %s: %s", qPrintable(name), qPrintable(r.errorMessage()));
        return *r;
    }

    void sh(const QString& command)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAll())));
    }

    QString pdfText(const QString& name)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path(name), QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    std::unique_ptr<ShellContext> contextFor(const QString& username)
    {
        return std::make_unique<ShellContext>(
            ShellContext{*m_profile, *m_profile->identity().userByUsername(username)});
    }

    // Opens surat.pdf on the page, chooses `key` and `kind`, and signs into `output`.
    static void signWith(EsignPage& page, const QString& document, const QString& key, int kind,
                         const QString& output)
    {
        EsignPage::setNextFileName(document);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("openPdfButton")), Qt::LeftButton);
        page.findChild<QComboBox*>(QStringLiteral("signatureKindComboBox"))->setCurrentIndex(kind);
        page.findChild<QLineEdit*>(QStringLiteral("keyFileLineEdit"))->setText(key);
        EsignPage::setNextFileName(output);
        EsignPage::setNextPassword(QStringLiteral("rahasia"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("signButton")), Qt::LeftButton);
    }

    static void shot(QWidget* w, const QString& name)
    {
        QCoreApplication::processEvents(); // let the layouts settle, as they would on screen
        QVERIFY(
            w->window()->grab().save(test::outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        CoreModule core;
        esign::EsignModule esignModule;
        sync::EntityRegistry::instance().addModules({&core, &esignModule});
        Theme::apply(*qApp);
        sh(QStringLiteral(
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 365 -subj '/CN=Siti "
            "Aminah/serialNumber=197803202003122002' 2>/dev/null && "
            "openssl pkcs12 -export -inkey k.pem -in c.pem -passout pass:rahasia -out key.p12 && "
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ks.pem -out cs.pem -days 365 -subj '/CN=Sindi "
            "Pratama/serialNumber=197205151998031004' 2>/dev/null && "
            "openssl pkcs12 -export -inkey ks.pem -in cs.pem -passout pass:rahasia -out sekda.p12 && "
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout kd.pem -out cd.pem -days 365 -subj '/CN=Dewi "
            "Lestari/serialNumber=199209242019032008' 2>/dev/null && "
            "openssl pkcs12 -export -inkey kd.pem -in cd.pem -passout pass:rahasia -out staf.p12 && "
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout kn.pem -out cn.pem -days 365 -subj '/CN=Tanpa "
            "NIP' 2>/dev/null && "
            "openssl pkcs12 -export -inkey kn.pem -in cn.pem -passout pass:rahasia -out nonip.p12 && "
            "mkdir -p trust && cp c.pem trust/ && "
            "printf '%%%%MediaBox 0 0 595 842\\n%%%%Font Helv Helvetica\\nBT /Helv 16 Tf 72 760 Td (SURAT "
            "EDARAN) Tj ET\\n"
            "BT /Helv 11 Tf 72 730 Td (Nomor: 800/045/DISKOMINFO/2026) Tj ET\\n"
            "BT /Helv 11 Tf 72 700 Td (Perihal: Penerapan tanda tangan elektronik di lingkungan Pemkab) Tj "
            "ET\\n' > page.txt && "
            "mutool create -o surat.pdf page.txt && mkdir -p in out && for i in 1 2 3 4 5; do cp surat.pdf "
            "in/sp2d-$i.pdf; done && "
            "mkdir -p many && for i in $(seq 1 40); do cp surat.pdf many/doc-$i.pdf; done"));
        // A SoftHSM2 token with the same key, for the token path of the screen.
        qputenv("SOFTHSM2_CONF", path(QStringLiteral("hsm.conf")).toUtf8());
        sh(QStringLiteral(
               "mkdir -p tokens && printf 'directories.tokendir = %1/tokens\\nobjectstore.backend = file\\n' "
               "> hsm.conf && "
               "softhsm2-util --init-token --free --label lontar --pin 1234 --so-pin 5678 >/dev/null && "
               "openssl pkcs8 -topk8 -nocrypt -in k.pem -out k.pk8 && "
               "softhsm2-util --import k.pk8 --token lontar --label signer --id 01 --pin 1234 >/dev/null && "
               "openssl x509 -in c.pem -outform DER -out c.der && "
               "pkcs11-tool --module /usr/lib/softhsm/libsofthsm2.so --token-label lontar --login --pin 1234 "
               "--write-object c.der --type cert --id 01 --label signer >/dev/null")
               .arg(m_dir.path()));
        sync::SyncClientModule module;
        auto p = Profile::open(path(QStringLiteral("profile")), {&module});
        LONTAR_VERIFY_OK(p);
        m_profile = std::move(*p);
        LONTAR_VERIFY_OK(DemoData::seed(*m_profile));
        m_context = std::make_unique<ShellContext>(
            ShellContext{*m_profile, *m_profile->identity().userByUsername(QStringLiteral("kadis"))});
    }

    void signThenVerifyOnScreen()
    {
        EsignPage page(*m_context);
        page.resize(1180, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // A guided empty state until a document is open.
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("signEmptyState"))->isVisible());
        shot(&page, QStringLiteral("esign-sign-empty-state"));
        EsignPage::setNextFileName(path(QStringLiteral("surat.pdf")));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("emptyOpenPdfButton")), Qt::LeftButton);
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("signEmptyState"))->isVisible());
        auto* sign = page.findChild<QPushButton*>(QStringLiteral("signButton"));
        QVERIFY(sign->isEnabled());
        // Drag a new stamp rectangle on the page.
        auto* overlay = page.findChild<PdfPageView*>(QStringLiteral("stampOverlay"));
        QTest::mousePress(overlay, Qt::LeftButton, {}, QPoint(60, 620));
        QTest::mouseMove(overlay, QPoint(360, 740));
        QTest::mouseRelease(overlay, Qt::LeftButton, {}, QPoint(360, 740));
        const QRectF placed = overlay->stampRectPoints();
        // 72 dpi: one pixel is one point; PDF y grows upwards from the bottom of the 842 pt page.
        QVERIFY2(qAbs(placed.left() - 60) < 2 && qAbs(placed.top() - 101) < 2 &&
                     qAbs(placed.width() - 301) < 2,
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(placed.left())
                                .arg(placed.top())
                                .arg(placed.width())
                                .arg(placed.height())));
        page.findChild<QLineEdit*>(QStringLiteral("keyFileLineEdit"))
            ->setText(path(QStringLiteral("key.p12")));
        page.findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("Pengesahan"));
        shot(&page, QStringLiteral("esign-sign-stamp-placed"));

        // Wrong password first: a clear message and no output.
        EsignPage::setNextPassword(QStringLiteral("salah"));
        EsignPage::setNextFileName(path(QStringLiteral("surat-ttd.pdf")));
        QTest::mouseClick(sign, Qt::LeftButton);
        auto* status = page.findChild<QLabel*>(QStringLiteral("signStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("salah")));
        QVERIFY(!QFile::exists(path(QStringLiteral("surat-ttd.pdf"))));

        // Cancel in the save dialog, then at the password prompt: nothing signed, nothing written,
        // and no "wrong password".
        const int auditBefore = int(m_profile->audit().entries(500)->size());
        EsignPage::setNextFileName(QStringLiteral(""));
        QTest::mouseClick(sign, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("dibatalkan")));
        QVERIFY(!QFile::exists(path(QStringLiteral("surat-ttd.pdf"))));
        EsignPage::setNextFileName(path(QStringLiteral("surat-ttd.pdf")));
        EsignPage::setNextPasswordCancelled();
        QTest::mouseClick(sign, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("dibatalkan")));
        QVERIFY(!status->text().contains(QStringLiteral("salah")));
        QVERIFY(!QFile::exists(path(QStringLiteral("surat-ttd.pdf"))));
        QCOMPARE(int(m_profile->audit().entries(500)->size()), auditBefore);

        EsignPage::setNextPassword(QStringLiteral("rahasia"));
        EsignPage::setNextFileName(path(QStringLiteral("surat-ttd.pdf")));
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Ditandatangani")), 20000);
        const VerificationReport report = verified(QStringLiteral("surat-ttd.pdf"));
        QVERIFY2(report.allValid(), qPrintable(report.toText()));
        QCOMPARE(report.signatures.size(), 1);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("openSignedFileButton"))->isVisible());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("openSignedFolderButton"))->isVisible());
        // The stamp names the certificate's holder with its NIP, the time in the office's zone, and an
        // issuer statement that fits a self-signed certificate (no BSrE claim).
        const QString stampText = pdfText(QStringLiteral("surat-ttd.pdf"));
        QVERIFY2(stampText.contains(QStringLiteral("Siti Aminah")), qPrintable(stampText));
        QVERIFY2(stampText.contains(QStringLiteral("NIP. 197803202003122002")), qPrintable(stampText));
        QVERIFY2(stampText.contains(QStringLiteral("WIB")), qPrintable(stampText));
        QVERIFY(!stampText.contains(QStringLiteral("UTC")));
        QVERIFY(stampText.contains(QStringLiteral("swa-tanda")));
        QVERIFY(!stampText.contains(QStringLiteral("BSrE")));

        // The desktop has no trusted roots configured: intact and unchanged, but amber, never green.
        auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("signatureTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Belum tepercaya"));
        QCOMPARE(tree->topLevelItem(0)->foreground(1).color(), QColor(QLatin1String(Theme::kWarn)));
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verificationVerdictLabel"));
        QVERIFY(verdict);
        QCOMPARE(verdict->property("verdict").toInt(), int(VerificationReport::Verdict::NotTrusted));
        QVERIFY(!verdict->text().contains(QStringLiteral("SEMUA TANDA TANGAN SAH")));
        page.findChild<QTabWidget*>(QStringLiteral("esignTabs"))->setCurrentIndex(1);
        // Plain words first; names of algorithms and byte ranges only behind "Detail".
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("trustHintLabel"))->isVisible());
        auto* details = page.findChild<QTextEdit*>(QStringLiteral("verificationDetails"));
        QVERIFY(!details->isVisible());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("verificationSummary"))
                    ->text()
                    .contains(QStringLiteral("Siti Aminah")));
        shot(&page, QStringLiteral("esign-verification-panel"));
        page.findChild<QPushButton*>(QStringLiteral("detailToggleButton"))->click();
        QVERIFY(details->isVisible());
        QVERIFY(details->toPlainText().contains(QStringLiteral("ByteRange"), Qt::CaseInsensitive) ||
                details->toPlainText().contains(QStringLiteral("byte")));
        shot(&page, QStringLiteral("esign-verification-details"));

        // The history row was recorded (and queued for sync as an append-only entity).
        page.findChild<QTabWidget*>(QStringLiteral("esignTabs"))->setCurrentIndex(3);
        QTRY_VERIFY(page.findChild<QTableWidget*>(QStringLiteral("historyTable"))->rowCount() >= 1);
        sync::ClientStore store(m_profile->database());
        QVERIFY(*store.pendingCount() >= 1);
    }

    void signsWithATokenAndTimestampField()
    {
        EsignPage page(*m_context);
        page.resize(1180, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        EsignPage::setNextFileName(path(QStringLiteral("surat.pdf")));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("openPdfButton")), Qt::LeftButton);
        page.findChild<QComboBox*>(QStringLiteral("keySourceComboBox"))->setCurrentIndex(1);
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("tokenLabelLineEdit"))->isVisible());
        QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("keyFileLineEdit"))->isVisible());
        page.findChild<QLineEdit*>(QStringLiteral("tokenModuleLineEdit"))
            ->setText(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
        page.findChild<QLineEdit*>(QStringLiteral("tokenLabelLineEdit"))->setText(QStringLiteral("lontar"));
        auto* sign = page.findChild<QPushButton*>(QStringLiteral("signButton"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("signStatusLabel"));
        EsignPage::setNextPassword(QStringLiteral("0000"));
        EsignPage::setNextFileName(path(QStringLiteral("surat-token.pdf")));
        QTest::mouseClick(sign, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("PIN")), qPrintable(status->text()));
        QVERIFY(!QFile::exists(path(QStringLiteral("surat-token.pdf"))));
        EsignPage::setNextPassword(QStringLiteral("1234"));
        EsignPage::setNextFileName(path(QStringLiteral("surat-token.pdf")));
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Ditandatangani")), 20000);
        QVERIFY(verified(QStringLiteral("surat-token.pdf")).allValid());
        shot(&page, QStringLiteral("esign-sign-with-token"));
    }

    void batchSignsAFolderAndCancelStopsCleanly()
    {
        EsignPage page(*m_context);
        page.resize(1180, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QLineEdit*>(QStringLiteral("keyFileLineEdit"))
            ->setText(path(QStringLiteral("key.p12")));
        page.findChild<QComboBox*>(QStringLiteral("signatureKindComboBox"))->setCurrentIndex(2); // no stamp
        page.findChild<QLineEdit*>(QStringLiteral("batchInputLineEdit"))->setText(path(QStringLiteral("in")));
        page.findChild<QLineEdit*>(QStringLiteral("batchOutputLineEdit"))
            ->setText(path(QStringLiteral("out")));
        auto* start = page.findChild<QPushButton*>(QStringLiteral("batchStartButton"));
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("batchProgressBar"));
        const QByteArray original = [&] {
            QFile f(path(QStringLiteral("in/sp2d-1.pdf")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        EsignPage::setNextPassword(QStringLiteral("rahasia"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        QCOMPARE(progress->value(), 5);
        page.findChild<QTabWidget*>(QStringLiteral("esignTabs"))->setCurrentIndex(2);
        shot(&page, QStringLiteral("esign-batch"));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(verified(QStringLiteral("out/sp2d-%1-ttd.pdf").arg(i)).allValid());
        QFile f(path(QStringLiteral("in/sp2d-1.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original); // originals untouched

        // Cancel a long batch right away: it stops after the file in hand, and every output is complete.
        page.findChild<QLineEdit*>(QStringLiteral("batchInputLineEdit"))
            ->setText(path(QStringLiteral("many")));
        page.findChild<QLineEdit*>(QStringLiteral("batchOutputLineEdit"))
            ->setText(path(QStringLiteral("many-out")));
        EsignPage::setNextPassword(QStringLiteral("rahasia"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("batchCancelButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        const QStringList outputs = QDir(path(QStringLiteral("many-out"))).entryList(QDir::Files);
        QVERIFY2(outputs.size() < 40, qPrintable(QString::number(outputs.size())));
        for (const QString& name : outputs)
            QVERIFY2(verified(QStringLiteral("many-out/") + name).allValid(), qPrintable(name));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("batchSummaryLabel"));
        // The summary tells what really happened: as many signed as there are outputs, not "40".
        QVERIFY2(summary->text().contains(QString::number(outputs.size())), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QStringLiteral("40 dari 40")), qPrintable(summary->text()));

        // Existing results are never overwritten without asking: "Batal" writes nothing, "Lewati" keeps
        // the old files byte for byte.
        const QByteArray firstOutput = [&] {
            QFile f(path(QStringLiteral("out/sp2d-1-ttd.pdf")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        page.findChild<QLineEdit*>(QStringLiteral("batchInputLineEdit"))->setText(path(QStringLiteral("in")));
        page.findChild<QLineEdit*>(QStringLiteral("batchOutputLineEdit"))
            ->setText(path(QStringLiteral("out")));
        EsignPage::setNextChoice(2);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(summary->text().contains(QStringLiteral("Dibatalkan")), qPrintable(summary->text()));
        EsignPage::setNextChoice(1);
        EsignPage::setNextPassword(QStringLiteral("rahasia"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        QFile again(path(QStringLiteral("out/sp2d-1-ttd.pdf")));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), firstOutput);

        // The output folder must differ from the input folder.
        page.findChild<QLineEdit*>(QStringLiteral("batchInputLineEdit"))
            ->setText(path(QStringLiteral("many")));
        page.findChild<QLineEdit*>(QStringLiteral("batchOutputLineEdit"))
            ->setText(path(QStringLiteral("many")));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(summary->text().contains(QStringLiteral("berbeda")));
    }

    // Logged in as admin, choosing sekda's key: refused before anything is written, and the refused
    // attempt is in the audit log and the history.
    void refusesSomeoneElsesCertificate()
    {
        auto admin = contextFor(QStringLiteral("admin"));
        EsignPage page(*admin);
        page.resize(1180, 760);
        page.show();
        const int auditBefore = int(m_profile->audit().entries(1000)->size());
        signWith(page, path(QStringLiteral("surat.pdf")), path(QStringLiteral("sekda.p12")), 2,
                 path(QStringLiteral("admin-as-sekda.pdf")));
        auto* status = page.findChild<QLabel*>(QStringLiteral("signStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("bukan milik Anda")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Sindi Pratama")));
        QVERIFY(!QFile::exists(path(QStringLiteral("admin-as-sekda.pdf"))));
        const auto entries = *m_profile->audit().entries(1000);
        QCOMPARE(int(entries.size()), auditBefore + 1);
        bool refusedLogged = false;
        for (const auto& e : entries)
            refusedLogged = refusedLogged || (e.action == QStringLiteral("esign.sign_failed") &&
                                              e.actor == QStringLiteral("admin"));
        QVERIFY(refusedLogged);
        shot(&page, QStringLiteral("esign-refused-other-certificate"));

        // A certificate without any NIP is refused the same way.
        signWith(page, path(QStringLiteral("surat.pdf")), path(QStringLiteral("nonip.p12")), 2,
                 path(QStringLiteral("admin-nonip.pdf")));
        QVERIFY2(status->text().contains(QStringLiteral("tidak memuat NIP")), qPrintable(status->text()));
        QVERIFY(!QFile::exists(path(QStringLiteral("admin-nonip.pdf"))));
    }

    // Only a signing official makes the final signature; staff initial (paraf) with their own key.
    void staffMayParafButNotSignFinally()
    {
        auto staf = contextFor(QStringLiteral("staf"));
        EsignPage page(*staf);
        page.resize(1180, 760);
        page.show();
        // Staff start on the paraf.
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("signatureKindComboBox"))->currentIndex(), 1);
        signWith(page, path(QStringLiteral("surat.pdf")), path(QStringLiteral("staf.p12")), 0,
                 path(QStringLiteral("staf-final.pdf")));
        auto* status = page.findChild<QLabel*>(QStringLiteral("signStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("pejabat penandatangan")),
                 qPrintable(status->text()));
        QVERIFY(!QFile::exists(path(QStringLiteral("staf-final.pdf"))));

        signWith(page, path(QStringLiteral("surat.pdf")), path(QStringLiteral("staf.p12")), 1,
                 path(QStringLiteral("staf-paraf.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Ditandatangani")), 20000);
        const VerificationReport report = verified(QStringLiteral("staf-paraf.pdf"));
        QVERIFY(report.signatures.size() == 1 && report.signatures.first().intact());
        QCOMPARE(report.signatures.first().signerName, QStringLiteral("Dewi Lestari"));
        // A paraf: the initials and the time, no QR statement, no issuer footer.
        const QString text = pdfText(QStringLiteral("staf-paraf.pdf"));
        QVERIFY2(text.contains(QStringLiteral("DL")) && text.contains(QStringLiteral("Paraf")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Ditandatangani secara elektronik oleh")));
        shot(&page, QStringLiteral("esign-paraf"));
    }

    // Trusting a root in the settings turns the same file from amber to green.
    void trustAnchorFromSettingsMakesItTrusted()
    {
        auto* settingsPage = EsignUiModule().createSettingsPage(*m_context, nullptr);
        std::unique_ptr<QWidget> owner(settingsPage);
        settingsPage->resize(640, 480);
        settingsPage->show();
        auto* table = settingsPage->findChild<QTableWidget*>(QStringLiteral("trustAnchorTable"));
        QCOMPARE(table->rowCount(), 0);
        // A person's own certificate is not a CA: refused.
        EsignPage::setNextFileName(path(QStringLiteral("cd.pem")));
        sh(QStringLiteral(
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout leaf.key -out leafca.pem -days 30 "
            "-subj '/CN=Bukan CA' -addext basicConstraints=critical,CA:FALSE 2>/dev/null"));
        EsignPage::setNextFileName(path(QStringLiteral("leafca.pem")));
        settingsPage->findChild<QPushButton*>(QStringLiteral("importTrustAnchorButton"))->click();
        auto* message = settingsPage->findChild<QLabel*>(QStringLiteral("esignSettingsMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("bukan sertifikat otoritas")),
                 qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 0);
        EsignPage::setNextFileName(path(QStringLiteral("c.pem")));
        settingsPage->findChild<QPushButton*>(QStringLiteral("importTrustAnchorButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Siti Aminah"));
        shot(settingsPage, QStringLiteral("esign-settings-trust"));

        EsignPage page(*m_context);
        page.resize(1180, 760);
        page.show();
        page.openForVerification(path(QStringLiteral("surat-ttd.pdf")));
        auto* verdict = page.findChild<QLabel*>(QStringLiteral("verificationVerdictLabel"));
        QCOMPARE(verdict->property("verdict").toInt(), int(VerificationReport::Verdict::Valid));
        auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("signatureTree"));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Sah"));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("trustHintLabel"))->isVisible());
        shot(&page, QStringLiteral("esign-verification-trusted"));

        // Removing it asks first and then stops trusting.
        table->selectRow(0);
        EsignPage::setNextConfirmation(true);
        settingsPage->findChild<QPushButton*>(QStringLiteral("removeTrustAnchorButton"))->click();
        QCOMPARE(table->rowCount(), 0);
    }
};

QTEST_MAIN(TestEsignUi)
#include "tst_esignui.moc"
