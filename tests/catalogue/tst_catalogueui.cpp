#include "CatalogueTestSupport.h"

#include "catalogue/CsvImport.h"
#include "catalogue/ProductImages.h"
#include "catalogue/ui/CataloguePage.h"
#include "catalogue/ui/CatalogueUiModule.h"
#include "catalogue/ui/ProductImageStrip.h"
#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

#include <utility>

using namespace lontar;
using namespace lontar::catalogue;
using namespace lontar::test;

namespace {

// A server connection whose blob downloads the test controls: asked while offline, a blob waits; going
// online delivers it into the profile's blob folder; one the server does not give is refused. Answers
// come later, never inside fetchBlob (as the real connection's).
class BlobConnection final : public ServerConnection
{
public:
    QString blobDir;
    QHash<QString, QByteArray> onServer; // what this user may download
    bool online = false;
    QStringList asked;

    SyncStatusView status() const override
    {
        SyncStatusView v;
        v.state = online ? SyncStatusView::State::Online : SyncStatusView::State::Offline;
        return v;
    }
    bool isOnline() const override { return online; }
    void syncNow() override {}
    void call(const QByteArray&, const QString&, const QJsonObject&, QObject*, Reply done) override
    {
        done(Error(QStringLiteral("Server tidak dapat dihubungi."), Error::Code::Network));
    }
    void fetchBlob(const QString& sha) override
    {
        asked.append(sha);
        if (!online) {
            m_waiting.append(sha);
            answer(sha, false, true, QStringLiteral("Belum tersambung ke server; diunduh saat tersambung"));
            return;
        }
        deliver(sha);
    }
    void goOnline()
    {
        online = true;
        const QStringList waiting = std::exchange(m_waiting, {});
        for (const QString& sha : waiting)
            deliver(sha);
    }

private:
    void deliver(const QString& sha)
    {
        if (!onServer.contains(sha)) {
            answer(sha, false, false,
                   QStringLiteral("Berkas tidak tersedia di server atau Anda tidak berhak membukanya"));
            return;
        }
        QDir().mkpath(blobDir);
        QFile f(blobDir + QLatin1Char('/') + sha);
        if (!f.open(QIODevice::WriteOnly) || f.write(onServer.value(sha)) != onServer.value(sha).size())
            qFatal("cannot write blob");
        f.close();
        answer(sha, true, false, {});
    }
    void answer(const QString& sha, bool ok, bool willRetry, const QString& message)
    {
        QMetaObject::invokeMethod(
            this, [=, this] { Q_EMIT blobFetched(sha, ok, willRetry, message); }, Qt::QueuedConnection);
    }

    QStringList m_waiting;
};

} // namespace

// The e-catalogue screens driven by object name: browse and filter, product images (shown, downloaded on
// demand, added and removed by the catalogue admin), compare, build a package, take it through the
// workflow as three officials, and a refusal shown in the policy's words. Screenshots of each go to the
// test's output folder.
class TestCatalogueUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogueDevice> m_device;
    std::unique_ptr<ShellContext> m_pp;
    QString m_blobDir;
    // Images whose product rows reached this device but whose files did not (pulled, not downloaded).
    QString m_printerImage; // the server gives it to this user
    QString m_broomImage;   // the server refuses it
    QByteArray m_printerBytes;

    // A product photo stand-in: a coloured card with the product's name, saved as PNG.
    QString picture(const QString& name, const QColor& color, const QString& text, QSize size = {640, 480})
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        QPainter painter(&image);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPixelSize(size.height() / 8);
        font.setBold(true);
        painter.setFont(font);
        painter.drawRect(image.rect().adjusted(12, 12, -13, -13));
        painter.drawText(image.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
        painter.end();
        const QString path = m_device->dir.filePath(name);
        if (!image.save(path, "PNG"))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    static QString shaOf(const QByteArray& bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // Gives `code` an image as the admin would, then drops its file: as on a device that pulled the
    // product row but has not downloaded the image.
    QString notDownloaded(const QString& code, const QString& path)
    {
        auto admin = m_device->rows(QStringLiteral("admin"));
        if (Status s = CatalogueAdmin(*admin).addProductImage(code, path, m_blobDir); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        const QString sha = shaOf(bytesOf(path));
        if (!QFile::remove(m_blobDir + QLatin1Char('/') + sha))
            qFatal("cannot remove the blob");
        return sha;
    }

    static QToolButton* thumb(QWidget* page, int i)
    {
        return page->findChild<QToolButton*>(QStringLiteral("productImageThumb%1").arg(i));
    }

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
        // Images: two for the paper, one for the floor cleaner (added here, so on this device).
        m_blobDir = ProductImages::blobDirectory(m_device->profile->directory());
        LONTAR_VERIFY_OK(catalogue.addProductImage(
            QStringLiteral("ATK-001"),
            picture(QStringLiteral("hvs.png"), QColor(0x1f, 0x6f, 0x8b), QStringLiteral("Kertas HVS A4")),
            m_blobDir));
        LONTAR_VERIFY_OK(
            catalogue.addProductImage(QStringLiteral("ATK-001"),
                                      picture(QStringLiteral("hvs-rim.png"), QColor(0x2e, 0x8b, 0x57),
                                              QStringLiteral("1 rim = 500 lembar"), {480, 640}),
                                      m_blobDir));
        LONTAR_VERIFY_OK(
            catalogue.addProductImage(QStringLiteral("KBR-001"),
                                      picture(QStringLiteral("sereh.png"), QColor(0xb8, 0x86, 0x0b),
                                              QStringLiteral("Pembersih Lantai Sereh")),
                                      m_blobDir));
        const QString printer =
            picture(QStringLiteral("printer.png"), QColor(0x44, 0x44, 0x55), QStringLiteral("Printer Laser"));
        m_printerBytes = bytesOf(printer);
        m_printerImage = notDownloaded(QStringLiteral("ELK-001"), printer);
        m_broomImage = notDownloaded(
            QStringLiteral("KBR-002"),
            picture(QStringLiteral("sapu.png"), QColor(0x8b, 0x45, 0x13), QStringLiteral("Sapu Ijuk")));
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
        // Its two images as thumbnails; the buyer cannot add images.
        QVERIFY(thumb(&page, 0)->isVisible() && thumb(&page, 1)->isVisible());
        QVERIFY(!thumb(&page, 2)->isVisible());
        QCOMPARE(thumb(&page, 0)->property("imageState").toString(), QStringLiteral("ready"));
        QVERIFY(!thumb(&page, 0)->icon().isNull());
        QVERIFY(child<QPushButton>(&page, "catalogueAddImageButton")->isHidden());
        shot(&page, QStringLiteral("catalogue-browse"));
        // A click opens it larger.
        QTest::mouseClick(thumb(&page, 1), Qt::LeftButton);
        auto* viewer = page.findChild<ProductImageViewer*>(QStringLiteral("productImageViewer"));
        QVERIFY(viewer);
        QTRY_VERIFY(viewer->isVisible());
        const QLabel* large = child<QLabel>(viewer, "productImageLarge");
        QCOMPARE(large->pixmap().size(), QSize(480, 640));
        QVERIFY(!viewer->findChild<QPushButton*>(QStringLiteral("productImageRemoveButton")));
        shot(viewer, QStringLiteral("catalogue-image"));
        viewer->close();

        // An empty search says why it is empty.
        child<QLineEdit>(&page, "catalogueSearchEdit")->setText(QStringLiteral("traktor"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&page, "catalogueStatusLabel")
                    ->text()
                    .contains(QStringLiteral("Tidak ada produk")));
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
        QCOMPARE(compare->horizontalHeaderItem(0)->text(), QStringLiteral("ATK-001"));
        QCOMPARE(compare->item(1, 0)->text(), QStringLiteral("Kertas HVS A4 80 gsm"));
        // The first image of each: here, none, here, not downloaded (no server on this page).
        auto* first = child<QToolButton>(&page, "compareImage0");
        QCOMPARE(first->property("imageState").toString(), QStringLiteral("ready"));
        QVERIFY(!compare->cellWidget(0, 1));
        QCOMPARE(compare->item(0, 1)->text(), QStringLiteral("tidak ada gambar"));
        QCOMPARE(child<QToolButton>(&page, "compareImage3")->property("imageState").toString(),
                 QStringLiteral("missing"));
        QVERIFY(child<QToolButton>(&page, "compareImage3")->text().contains(QStringLiteral("belum")));
        // The cheapest is marked (KBR-001, Rp18.500) and the highest TKDN (KBR-001, 60,25 %).
        const int kbr = 2;
        QVERIFY(compare->item(2, kbr)->font().bold());
        QVERIFY(!compare->item(2, 0)->font().bold());
        QVERIFY(compare->item(5, kbr)->font().bold());
        QTest::qWait(50); // rows sized to the final column widths
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
        QVERIFY(history->item(7, 2)->text().endsWith(QStringLiteral("\nPejabat Pembuat Komitmen")));
        QVERIFY(history->item(6, 2)->text().endsWith(QStringLiteral("\nBendahara")));
        QVERIFY(history->item(3, 4)->text().contains(QStringLiteral("negosiasi")));
        // The note is readable: its column is not squeezed off the table.
        QVERIFY2(history->columnWidth(4) >= 150, qPrintable(QString::number(history->columnWidth(4))));
        QCOMPARE(history->horizontalHeaderItem(3)->text(), QStringLiteral("Total harga"));
        QCOMPARE(child<QTableWidget>(&ppk, "orderItemsTable")->horizontalHeaderItem(2)->text(),
                 QStringLiteral("Banyaknya"));
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

    // Images this device does not have: a placeholder, one request each; offline they wait and arrive when
    // the connection is back; one the server refuses says so and is not asked for again.
    void imagesDownloadOnDemand()
    {
        BlobConnection server;
        server.blobDir = m_blobDir;
        server.onServer.insert(m_printerImage, m_printerBytes);
        auto user = m_device->profile->identity().userByUsername(QStringLiteral("pengadaan"));
        ShellContext context{*m_device->profile, *user, &server};
        CataloguePage page(context);
        page.resize(1280, 800);
        page.show();
        auto* table = child<QTableView>(&page, "catalogueProductTable");
        selectRows(table, {rowOfCode(table, QStringLiteral("ELK-001"))});
        QCOMPARE(thumb(&page, 0)->property("imageState").toString(), QStringLiteral("missing"));
        QCOMPARE(thumb(&page, 0)->text(), QStringLiteral("Gambar belum\ndiunduh"));
        QCOMPARE(server.asked, QStringList{m_printerImage});
        QTRY_VERIFY(thumb(&page, 0)->toolTip().contains(QStringLiteral("tersambung")));
        // Clicking a placeholder opens nothing.
        QTest::mouseClick(thumb(&page, 0), Qt::LeftButton);
        QVERIFY(!page.findChild<ProductImageViewer*>());
        selectRows(table, {rowOfCode(table, QStringLiteral("KBR-002"))});
        selectRows(table, {rowOfCode(table, QStringLiteral("ELK-001"))});
        QCOMPARE(server.asked, (QStringList{m_printerImage, m_broomImage})); // each once

        server.goOnline();
        QTRY_COMPARE(thumb(&page, 0)->property("imageState").toString(), QStringLiteral("ready"));
        QVERIFY(QFile::exists(m_blobDir + QLatin1Char('/') + m_printerImage));
        selectRows(table, {rowOfCode(table, QStringLiteral("KBR-002"))});
        QTRY_COMPARE(thumb(&page, 0)->property("imageState").toString(), QStringLiteral("failed"));
        QCOMPARE(thumb(&page, 0)->text(), QStringLiteral("Gambar tidak\ntersedia"));
        QVERIFY2(thumb(&page, 0)->toolTip().contains(QStringLiteral("tidak berhak")),
                 qPrintable(thumb(&page, 0)->toolTip()));
        // The reason is on screen too, not only in the tooltip.
        QVERIFY(
            child<QLabel>(&page, "productImageNoteLabel")->text().contains(QStringLiteral("tidak berhak")));
        // No "*" price for the broom: the history says so instead of staying blank.
        QVERIFY(child<QTableWidget>(&page, "cataloguePriceHistoryTable")
                    ->item(0, 0)
                    ->text()
                    .contains(QStringLiteral("Belum ada harga")));
        shot(&page, QStringLiteral("catalogue-image-refused"));
        for (int i = 0; i < 3; ++i) {
            selectRows(table, {rowOfCode(table, QStringLiteral("ELK-001"))});
            selectRows(table, {rowOfCode(table, QStringLiteral("KBR-002"))});
        }
        QTest::qWait(50);
        QCOMPARE(server.asked.count(m_broomImage), 1); // refused once, not asked again
        QCOMPARE(server.asked.count(m_printerImage), 1);
    }

    // The catalogue admin adds an image from a file and removes it again; a file that is not a usable
    // image is refused with the reason and changes nothing.
    void adminManagesImages()
    {
        auto admin = contextFor(QStringLiteral("admin"));
        CataloguePage page(*admin);
        page.resize(1280, 800);
        page.show();
        auto* table = child<QTableView>(&page, "catalogueProductTable");
        selectRows(table, {rowOfCode(table, QStringLiteral("ATK-002"))});
        auto* add = child<QPushButton>(&page, "catalogueAddImageButton");
        QVERIFY(add->isVisible() && add->isEnabled());
        QVERIFY(child<QLabel>(&page, "productImageEmptyLabel")->isVisible());
        auto* status = child<QLabel>(&page, "catalogueStatusLabel");

        const QString text = m_device->dir.filePath(QStringLiteral("bukan-gambar.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ini bukan gambar\n");
        f.close();
        BrowseTab::setNextImagePath(text);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("PNG atau JPEG")), qPrintable(status->text()));
        QVERIFY(!thumb(&page, 0)->isVisible());

        BrowseTab::setNextImagePath(
            picture(QStringLiteral("pulpen.png"), QColor(0x22, 0x22, 0x22), QStringLiteral("Pulpen Gel")));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // still on the same product
        QCOMPARE(thumb(&page, 0)->property("imageState").toString(), QStringLiteral("ready"));
        auto product = CatalogueBrowser(m_device->db()).product(productId(QStringLiteral("ATK-002")), {});
        QCOMPARE(product->images.size(), 1);

        QTest::mouseClick(thumb(&page, 0), Qt::LeftButton);
        auto* viewer = page.findChild<ProductImageViewer*>(QStringLiteral("productImageViewer"));
        QVERIFY(viewer);
        QTest::mouseClick(child<QPushButton>(viewer, "productImageRemoveButton"), Qt::LeftButton);
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        QVERIFY(!thumb(&page, 0)->isVisible());
        product = CatalogueBrowser(m_device->db()).product(productId(QStringLiteral("ATK-002")), {});
        QVERIFY(product->images.isEmpty());
    }
};

QTEST_MAIN(TestCatalogueUi)
#include "tst_catalogueui.moc"
