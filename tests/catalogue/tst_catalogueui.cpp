#include "CatalogueTestSupport.h"

#include "catalogue/CsvImport.h"
#include "catalogue/ui/CataloguePage.h"
#include "catalogue/ui/CatalogueUiModule.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace lontar;
using namespace lontar::catalogue;
using namespace lontar::test;

// The e-catalogue screens driven by object name: browse and filter, compare, build a package, take it
// through the workflow as three officials, and a refusal shown in the policy's words. Screenshots of
// each go to the test's output folder.
class TestCatalogueUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogueDevice> m_device;
    std::unique_ptr<ShellContext> m_pp;

    template <typename T> static T* child(QWidget* w, const char* name)
    {
        auto* c = w->findChild<T*>(QLatin1String(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }

    static void shot(QWidget* w, const QString& name)
    {
        QVERIFY(
            w->window()->grab().save(test::outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    std::unique_ptr<ShellContext> contextFor(const QString& username)
    {
        auto user = m_device->profile->identity().userByUsername(username);
        return std::make_unique<ShellContext>(ShellContext{*m_device->profile, *user, nullptr});
    }

    static void selectRows(QTableView* table, const QList<int>& rows)
    {
        table->clearSelection();
        for (int r : rows)
            table->selectionModel()->select(table->model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    static QString run(const QString& program, const QStringList& args, int* rc = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CATALOGUE_TEST_PASS"), QStringLiteral("rahasia"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        if (rc)
            *rc = p.exitCode();
        else if (p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAll().constData());
        return QString::fromUtf8(p.readAll());
    }

    static int rowOfCode(QTableView* table, const QString& code)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == code)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp);
        m_device = std::make_unique<CatalogueDevice>();
        auto admin = m_device->rows(QStringLiteral("admin"));
        CatalogueAdmin catalogue(*admin);
        LONTAR_VERIFY_OK(catalogue.saveZone(QStringLiteral("PESISIR"), QStringLiteral("Kecamatan pesisir")));
        LONTAR_VERIFY_OK(
            catalogue.saveZone(QStringLiteral("PEDALAMAN"), QStringLiteral("Kecamatan pedalaman")));
        auto r = CsvImport(*admin).run(sampleCsv(), false);
        QVERIFY(r.ok() && r->applied);
        LONTAR_VERIFY_OK(catalogue.setPrice(QStringLiteral("ATK-001"), kAnyZone, 54'000));
        m_pp = contextFor(QStringLiteral("pengadaan"));
        CatalogueUiModule module;
        QCOMPARE(module.displayName(), QStringLiteral("E-Katalog"));
        QVERIFY(!module.icon().isNull());
    }

    void browseFilterAndHistory()
    {
        CataloguePage page(*m_pp);
        page.resize(1280, 800);
        page.show();
        auto* table = child<QTableView>(&page, "catalogueProductTable");
        QCOMPARE(table->model()->rowCount(), 5);
        child<QLineEdit>(&page, "catalogueSearchEdit")->setText(QStringLiteral("pembersih lantai"));
        QCOMPARE(table->model()->rowCount(), 1);
        child<QLineEdit>(&page, "catalogueSearchEdit")->clear();
        child<QCheckBox>(&page, "catalogueUmkCheck")->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 4); // the printer's vendor is not UMK
        child<QCheckBox>(&page, "catalogueUmkCheck")->setChecked(false);
        child<QSpinBox>(&page, "catalogueTkdnSpin")->setValue(40);
        QCOMPARE(table->model()->rowCount(), 3);
        child<QSpinBox>(&page, "catalogueTkdnSpin")->setValue(0);
        // The ATK category and its subcategories.
        auto* tree = child<QTreeWidget>(&page, "catalogueCategoryTree");
        const auto atk = tree->findItems(QStringLiteral("ATK"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(atk.size(), 1);
        tree->setCurrentItem(atk.first());
        QCOMPARE(table->model()->rowCount(), 2);
        tree->setCurrentItem(tree->topLevelItem(0));
        // Prices in a zone: the zone's own where there is one.
        auto* zone = child<QComboBox>(&page, "catalogueZoneCombo");
        zone->setCurrentIndex(zone->findData(QStringLiteral("PESISIR")));
        const int kertas = rowOfCode(table, QStringLiteral("ATK-001"));
        QVERIFY(kertas >= 0);
        QCOMPARE(table->model()->index(kertas, 2).data().toString(), QStringLiteral("Rp55.000"));
        zone->setCurrentIndex(0);
        selectRows(table, {rowOfCode(table, QStringLiteral("ATK-001"))});
        QVERIFY(child<QLabel>(&page, "catalogueDetailLabel")->text().contains(QStringLiteral("Kertas HVS")));
        auto* history = child<QTableWidget>(&page, "cataloguePriceHistoryTable");
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("Rp54.000"));
        QCOMPARE(history->item(1, 0)->text(), QStringLiteral("Rp52.000"));
        shot(&page, QStringLiteral("catalogue-browse"));
    }

    void compareFourProducts()
    {
        CataloguePage page(*m_pp);
        page.resize(1280, 800);
        page.show();
        auto* table = child<QTableView>(&page, "catalogueProductTable");
        // Five selected: refused with a message; four: compared side by side.
        selectRows(table, {0, 1, 2, 3, 4});
        QTest::mouseClick(child<QPushButton>(&page, "catalogueCompareButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, "catalogueStatusLabel")->property("error").toBool());
        selectRows(table,
                   {rowOfCode(table, QStringLiteral("ATK-001")), rowOfCode(table, QStringLiteral("ATK-002")),
                    rowOfCode(table, QStringLiteral("KBR-001")),
                    rowOfCode(table, QStringLiteral("ELK-001"))});
        QTest::mouseClick(child<QPushButton>(&page, "catalogueCompareButton"), Qt::LeftButton);
        auto* tabs = child<QTabWidget>(&page, "catalogueTabs");
        QCOMPARE(tabs->currentIndex(), 1);
        auto* compare = child<QTableWidget>(&page, "catalogueCompareTable");
        QCOMPARE(compare->columnCount(), 4);
        QCOMPARE(compare->item(0, 0)->text(), QStringLiteral("ATK-001"));
        // The cheapest is marked (KBR-001, Rp18.500) and the highest TKDN (KBR-001, 60,25 %).
        const int kbr = 2;
        QVERIFY(compare->item(2, kbr)->font().bold());
        QVERIFY(!compare->item(2, 0)->font().bold());
        QVERIFY(compare->item(5, kbr)->font().bold());
        shot(&page, QStringLiteral("catalogue-compare"));
    }

    void packageAndWorkflow()
    {
        CataloguePage page(*m_pp);
        page.resize(1280, 860);
        page.show();
        auto* tabs = child<QTabWidget>(&page, "catalogueTabs");
        tabs->setCurrentIndex(2);
        child<QLineEdit>(&page, "orderTitleEdit")
            ->setText(QStringLiteral("Belanja ATK dan kebersihan triwulan I"));
        child<QLineEdit>(&page, "orderRupEdit")->setText(QStringLiteral("RUP-2026-0117"));
        child<QLineEdit>(&page, "orderAccountEdit")->setText(QStringLiteral("5.1.02.01.01.0024"));
        child<QLineEdit>(&page, "orderBudgetEdit")->setText(QStringLiteral("5.000.000"));
        QTest::mouseClick(child<QPushButton>(&page, "orderCreateButton"), Qt::LeftButton);
        auto* orders = child<QTableView>(&page, "catalogueOrderTable");
        QCOMPARE(orders->model()->rowCount(), 1);
        // Add goods from the catalogue tab: 40 rim of paper and 20 litres of floor cleaner.
        tabs->setCurrentIndex(0);
        auto* table = child<QTableView>(&page, "catalogueProductTable");
        QCOMPARE(child<QComboBox>(&page, "catalogueDraftCombo")->count(), 1);
        selectRows(table, {rowOfCode(table, QStringLiteral("ATK-001"))});
        child<QSpinBox>(&page, "catalogueQtySpin")->setValue(40);
        QTest::mouseClick(child<QPushButton>(&page, "catalogueAddToOrderButton"), Qt::LeftButton);
        QVERIFY2(!child<QLabel>(&page, "catalogueStatusLabel")->property("error").toBool(),
                 qPrintable(child<QLabel>(&page, "catalogueStatusLabel")->text()));
        // Another vendor's product in the same package is refused with the reason.
        selectRows(table, {rowOfCode(table, QStringLiteral("KBR-001"))});
        QTest::mouseClick(child<QPushButton>(&page, "catalogueAddToOrderButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, "catalogueStatusLabel")->property("error").toBool());
        QVERIFY(
            child<QLabel>(&page, "catalogueStatusLabel")->text().contains(QStringLiteral("satu penyedia")));
        selectRows(table, {rowOfCode(table, QStringLiteral("ATK-002"))});
        child<QSpinBox>(&page, "catalogueQtySpin")->setValue(10);
        QTest::mouseClick(child<QPushButton>(&page, "catalogueAddToOrderButton"), Qt::LeftButton);
        tabs->setCurrentIndex(2);
        auto* items = child<QTableWidget>(&page, "orderItemsTable");
        QCOMPARE(items->rowCount(), 2);
        QVERIFY(child<QLabel>(&page, "orderSummaryLabel")->text().contains(QStringLiteral("Rp2.460.000")));
        shot(&page, QStringLiteral("catalogue-package"));

        // Submit, negotiate a lower price, approve (within the PP's threshold).
        QTest::mouseClick(child<QPushButton>(&page, "orderSubmitButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "orderNegotiateButton"), Qt::LeftButton);
        items->setCurrentCell(0, 0);
        child<QLineEdit>(&page, "orderPriceEdit")->setText(QStringLiteral("60.000")); // up: refused
        QTest::mouseClick(child<QPushButton>(&page, "orderPriceButton"), Qt::LeftButton);
        auto* message = child<QLabel>(&page, "orderMessageLabel");
        QVERIFY(message->property("error").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("hanya dapat turun")), qPrintable(message->text()));
        items->setCurrentCell(0, 0);
        child<QLineEdit>(&page, "orderPriceEdit")->setText(QStringLiteral("50.000"));
        QTest::mouseClick(child<QPushButton>(&page, "orderPriceButton"), Qt::LeftButton);
        QVERIFY2(!message->property("error").toBool(), qPrintable(message->text()));
        child<QLineEdit>(&page, "orderNoteEdit")->setText(QStringLiteral("harga sesuai negosiasi"));
        QTest::mouseClick(child<QPushButton>(&page, "orderApproveButton"), Qt::LeftButton);
        QVERIFY2(!message->property("error").toBool(), qPrintable(message->text()));
        // The contract is the PPK's: refused for the pejabat pengadaan, in the policy's words.
        child<QLineEdit>(&page, "orderDocNumberEdit")->setText(QStringLiteral("SP/017/PBJ/2026"));
        QTest::mouseClick(child<QPushButton>(&page, "orderContractButton"), Qt::LeftButton);
        QVERIFY(message->property("error").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("hanya PPK")), qPrintable(message->text()));
        shot(&page, QStringLiteral("catalogue-refused"));

        // The PPK signs the contract and receives the goods; the bendahara pays; the PPK closes.
        auto ppkContext = contextFor(QStringLiteral("sekda"));
        CataloguePage ppk(*ppkContext);
        ppk.resize(1280, 860);
        ppk.show();
        child<QTabWidget>(&ppk, "catalogueTabs")->setCurrentIndex(2);
        auto* ppkMessage = child<QLabel>(&ppk, "orderMessageLabel");
        child<QLineEdit>(&ppk, "orderDocNumberEdit")->setText(QStringLiteral("SP/017/PBJ/2026"));
        QTest::mouseClick(child<QPushButton>(&ppk, "orderContractButton"), Qt::LeftButton);
        QVERIFY2(!ppkMessage->property("error").toBool(), qPrintable(ppkMessage->text()));
        child<QLineEdit>(&ppk, "orderDocNumberEdit")->setText(QStringLiteral("BAST/017/2026"));
        QTest::mouseClick(child<QPushButton>(&ppk, "orderDeliverButton"), Qt::LeftButton);
        QVERIFY2(!ppkMessage->property("error").toBool(), qPrintable(ppkMessage->text()));
        auto bendaharaContext = contextFor(QStringLiteral("keuangan"));
        CataloguePage bendahara(*bendaharaContext);
        child<QTabWidget>(&bendahara, "catalogueTabs")->setCurrentIndex(2);
        child<QComboBox>(&bendahara, "orderPaymentCombo")->setCurrentText(QStringLiteral("LS"));
        child<QLineEdit>(&bendahara, "orderDocNumberEdit")->setText(QStringLiteral("SP2D/0456/2026"));
        QTest::mouseClick(child<QPushButton>(&bendahara, "orderPayButton"), Qt::LeftButton);
        QVERIFY2(!child<QLabel>(&bendahara, "orderMessageLabel")->property("error").toBool(),
                 qPrintable(child<QLabel>(&bendahara, "orderMessageLabel")->text()));
        ppk.refresh();
        QTest::mouseClick(child<QPushButton>(&ppk, "orderCloseButton"), Qt::LeftButton);
        QVERIFY2(!ppkMessage->property("error").toBool(), qPrintable(ppkMessage->text()));
        auto* history = child<QTableWidget>(&ppk, "orderHistoryTable");
        QCOMPARE(history->rowCount(),
                 8); // draft, submitted, negotiation, approved, contract, BAST, paid, closed
        QCOMPARE(history->item(7, 3)->text(), QStringLiteral("Pejabat Pembuat Komitmen"));
        QCOMPARE(history->item(6, 3)->text(), QStringLiteral("Bendahara"));
        QVERIFY(history->item(3, 5)->text().contains(QStringLiteral("negosiasi")));
        for (const char* name :
             {"orderSubmitButton", "orderApproveButton", "orderPayButton", "orderCancelButton"})
            QVERIFY(!child<QPushButton>(&ppk, name)->isEnabled()); // closed: no step is offered
        shot(&ppk, QStringLiteral("catalogue-order-history"));

        // The surat pesanan and the BAST as PDF, ready for TTE: signed and verified with the CLI.
        QTemporaryDir out;
        const QString sp = out.filePath(QStringLiteral("sp.pdf"));
        const QString bast = out.filePath(QStringLiteral("bast.pdf"));
        OrdersTab::setNextSavePath(sp);
        QTest::mouseClick(child<QPushButton>(&ppk, "orderPdfButton"), Qt::LeftButton);
        OrdersTab::setNextSavePath(bast);
        QTest::mouseClick(child<QPushButton>(&ppk, "bastPdfButton"), Qt::LeftButton);
        QVERIFY2(!ppkMessage->property("error").toBool(), qPrintable(ppkMessage->text()));
        const QString spText = run(QStringLiteral("pdftotext"), {sp, QStringLiteral("-")});
        QVERIFY2(spText.contains(QStringLiteral("SURAT PESANAN")) &&
                     spText.contains(QStringLiteral("SP/017/PBJ/2026")) &&
                     spText.contains(QStringLiteral("${ttd}")) &&
                     spText.contains(QStringLiteral("CV Sinar Tanjung")) &&
                     spText.contains(QStringLiteral("dua juta tiga ratus ribu rupiah")),
                 qPrintable(spText));
        const QString bastText = run(QStringLiteral("pdftotext"), {bast, QStringLiteral("-")});
        QVERIFY2(bastText.contains(QStringLiteral("BERITA ACARA SERAH TERIMA")) &&
                     bastText.contains(QStringLiteral("BAST/017/2026")) &&
                     bastText.contains(QStringLiteral("Dr. Sindi Pratama")),
                 qPrintable(bastText));
        for (const auto& [from, to] : {std::pair{sp, QStringLiteral("surat-pesanan.pdf")},
                                       std::pair{bast, QStringLiteral("bast.pdf")}}) {
            QFile::remove(test::outputDir() + QLatin1Char('/') + to);
            QVERIFY(QFile::copy(from, test::outputDir() + QLatin1Char('/') + to));
        }
        // Signable with the TTE engine: a visible stamp at the ${ttd} anchor, and the result verifies.
        const QString cli =
            qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
        QDir(out.path()).mkpath(QStringLiteral("trust"));
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             out.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"),
             out.filePath(QStringLiteral("trust/c.pem")), QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Sindi Pratama"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation")});
        run(QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                        QStringLiteral("-inkey"), out.filePath(QStringLiteral("k.pem")),
                                        QStringLiteral("-in"), out.filePath(QStringLiteral("trust/c.pem")),
                                        QStringLiteral("-out"), out.filePath(QStringLiteral("k.p12")),
                                        QStringLiteral("-passout"), QStringLiteral("pass:rahasia")});
        int rc = 0;
        const QString signOut =
            run(cli,
                {QStringLiteral("sign"), QStringLiteral("--key"), out.filePath(QStringLiteral("k.p12")),
                 QStringLiteral("--pass-env"), QStringLiteral("CATALOGUE_TEST_PASS"), QStringLiteral("--in"),
                 sp, QStringLiteral("--out"), out.filePath(QStringLiteral("sp-ttd.pdf"))},
                &rc);
        QVERIFY2(rc == 0, qPrintable(signOut));
        const QString verifyOut = run(cli,
                                      {QStringLiteral("verify"), out.filePath(QStringLiteral("sp-ttd.pdf")),
                                       QStringLiteral("--trust"), out.filePath(QStringLiteral("trust"))},
                                      &rc);
        QVERIFY2(rc == 0, qPrintable(verifyOut));
    }
};

QTEST_MAIN(TestCatalogueUi)
#include "tst_catalogueui.moc"
