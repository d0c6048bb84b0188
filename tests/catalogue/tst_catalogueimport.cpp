#include "CatalogueTestSupport.h"

#include "catalogue/CsvImport.h"

#include <QJsonArray>

using namespace lontar;
using namespace lontar::catalogue;
using namespace lontar::test;

// The catalogue admin's CSV import on a device: each rule of the header and columns, nothing
// half-imported, idempotence, prices per zone with their history, and what search finds afterwards.
class TestCatalogueImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogueDevice> m_device;
    std::unique_ptr<DeviceCatalogueRows> m_admin;

    ImportReport import(const QByteArray& csv, bool dryRun = false)
    {
        auto r = CsvImport(*m_admin).run(csv, dryRun);
        if (!r)
            qFatal("import: %s", qPrintable(r.errorMessage()));
        return *r;
    }

    // One invalid row (line 2) among valid ones: reported with its column, and nothing is written.
    void expectRefused(const QByteArray& badRow, const QString& column, int line = 3)
    {
        const qint64 before = m_device->catalogueRows();
        const qint64 outbox = m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        const QByteArray csv = kCsvHeader +
                               "NEW-001,Barang Baru,Lain,buah,1.000,*,0,ya,111222333444555,CV Baru,ya\n" +
                               badRow + "\n";
        const ImportReport r = import(csv);
        QVERIFY2(!r.issues.isEmpty(), qPrintable(QString::fromUtf8(badRow)));
        QVERIFY(!r.applied);
        QCOMPARE(r.issues.first().line, line);
        QCOMPARE(r.issues.first().column, column);
        QVERIFY(!r.issues.first().reason.isEmpty());
        QVERIFY(r.toText().contains(QStringLiteral("baris %1").arg(line)));
        // Nothing half-imported: not even the valid row, not in the outbox either.
        QCOMPARE(m_device->catalogueRows(), before);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM cat_products WHERE code = 'NEW-001'")),
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_device = std::make_unique<CatalogueDevice>();
        m_admin = m_device->rows(QStringLiteral("admin")); // admin_katalog in the demo regency
        CatalogueAdmin admin(*m_admin);
        LONTAR_VERIFY_OK(admin.saveZone(QStringLiteral("PESISIR"), QStringLiteral("Kecamatan pesisir")));
        LONTAR_VERIFY_OK(admin.saveZone(QStringLiteral("PEDALAMAN"), QStringLiteral("Kecamatan pedalaman")));
        LONTAR_VERIFY_OK(admin.saveZone(QStringLiteral("LAMA"), QStringLiteral("Zona lama"), false));
    }

    void onlyTheCatalogueAdminImports()
    {
        auto pengadaan = m_device->rows(QStringLiteral("pengadaan"));
        auto r = CsvImport(*pengadaan).run(sampleCsv(), false);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        // Nor may they write one row by hand: the entity policy refuses before anything is queued.
        CatalogueAdmin notAdmin(*pengadaan);
        QVERIFY(!notAdmin.saveZone(QStringLiteral("X"), QStringLiteral("X")));
        QCOMPARE(m_device->catalogueRows(), 0);
    }

    void dryRunChangesNothing()
    {
        const ImportReport r = import(sampleCsv(), true);
        QVERIFY(r.issues.isEmpty());
        QVERIFY(!r.applied);
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.added, 6);
        QCOMPARE(m_device->catalogueRows(), 0);
    }

    void importsAndIsIdempotent()
    {
        ImportReport r = import(sampleCsv());
        QVERIFY(r.applied);
        QCOMPARE(r.added, 6);
        QCOMPARE(r.updated + r.unchanged, 0);
        // 3 vendors, 6 categories (ATK, ATK > Kertas, ATK > Alat Tulis, Kebersihan, Elektronik and
        // Elektronik > Printer), 5 products, 6 prices.
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM cat_vendors")), 3);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM cat_categories")), 6);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM cat_products")), 5);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM cat_prices")), 6);
        const qint64 rows = m_device->catalogueRows();
        const qint64 outbox = m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        const qint64 audit = m_device->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // The same file again changes nothing at all.
        r = import(sampleCsv());
        QVERIFY(r.applied);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, 6);
        QCOMPARE(m_device->catalogueRows(), rows);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(m_device->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        QVERIFY(r.toText().contains(QStringLiteral("6 tidak berubah")));
    }

    void pricesPerZone()
    {
        CatalogueBrowser browser(m_device->db());
        const QString kertas = productId(QStringLiteral("ATK-001"));
        QCOMPARE(browser.product(kertas, QStringLiteral("PESISIR"))->price, 55'000);
        QCOMPARE(browser.product(kertas, QStringLiteral("PESISIR"))->priceZone, QStringLiteral("PESISIR"));
        // No own price in PEDALAMAN: the "*" price applies.
        QCOMPARE(browser.product(kertas, QStringLiteral("PEDALAMAN"))->price, 52'000);
        QCOMPARE(browser.product(kertas, QStringLiteral("PEDALAMAN"))->priceZone, kAnyZone);
        // A product priced only in one zone has no price elsewhere.
        const QString sapu = productId(QStringLiteral("KBR-002"));
        QCOMPARE(browser.product(sapu, QStringLiteral("PEDALAMAN"))->price, 25'000);
        QCOMPARE(browser.product(sapu, QStringLiteral("PESISIR"))->price, 0);
        const Product p = *browser.product(productId(QStringLiteral("KBR-001")), {});
        QCOMPARE(p.tkdnBp, 6025);
        QVERIFY(p.pdn);
        QVERIFY(p.vendorUmk);
        QCOMPARE(p.categoryPath, QStringLiteral("Kebersihan"));
        QCOMPARE(browser.product(productId(QStringLiteral("ATK-002")), {})->tkdnBp, 1250);
        QCOMPARE(formatTkdn(1250), QStringLiteral("12,5"));
    }

    void changedPriceGoesIntoHistory()
    {
        QByteArray csv = sampleCsv();
        csv.replace("55.000,PESISIR", "57.500,PESISIR");
        const ImportReport r = import(csv);
        QVERIFY(r.applied);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 5);
        CatalogueBrowser browser(m_device->db());
        const QString kertas = productId(QStringLiteral("ATK-001"));
        QCOMPARE(browser.product(kertas, QStringLiteral("PESISIR"))->price, 57'500);
        auto history = browser.priceHistory(kertas, QStringLiteral("PESISIR"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).price, 57'500); // current first
        QCOMPARE(history->at(1).price, 55'000);
        QVERIFY(history->at(1).byName.contains(QStringLiteral("Rahmat"))); // who set the old price
        // The "*" price of the same product is untouched and has no history.
        QCOMPARE(browser.priceHistory(kertas, QStringLiteral("PEDALAMAN"))->size(), 1);
        // The history is derived by the policy: a client's own "history" is ignored.
        auto row = sync::ClientStore(m_device->db())
                       .get(kPriceEntity, priceId(QStringLiteral("ATK-001"), QStringLiteral("PESISIR")));
        QCOMPARE(row->data.value(QStringLiteral("history")).toArray().size(), 1);
        QJsonObject forged = row->data;
        forged.insert(QStringLiteral("history"), QJsonArray());
        forged.insert(QStringLiteral("price"), 60'000);
        LONTAR_VERIFY_OK(m_admin->write(
            kPriceEntity, priceId(QStringLiteral("ATK-001"), QStringLiteral("PESISIR")), forged));
        row = sync::ClientStore(m_device->db())
                  .get(kPriceEntity, priceId(QStringLiteral("ATK-001"), QStringLiteral("PESISIR")));
        QCOMPARE(row->data.value(QStringLiteral("history")).toArray().size(), 2);
    }

    void headerMustBeExact()
    {
        ImportReport r = import("kode,nama\nA,B\n");
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 1);
        QCOMPARE(r.issues.first().column, QStringLiteral("kode"));
        r = import(QByteArray(kCsvHeader).replace("\n", ",extra\n"));
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 1);
        // A byte-order mark and upper-case header names are fine.
        r = import("\xEF\xBB\xBF" + kCsvHeader.toUpper());
        QVERIFY(r.issues.isEmpty());
    }

    void eachColumnRule_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        const QByteArray ok = "B-1,Barang,Lain,buah,1.000,*,0,ya,111222333444555,CV Baru,ya";
        const auto with = [&](int col, const QByteArray& value) {
            QList<QByteArray> parts = ok.split(',');
            parts[col] = value;
            return parts.join(',');
        };
        QTest::newRow("column count") << QByteArray("B-1,Barang,Lain") << QString();
        QTest::newRow("kode empty") << with(0, "") << "kode_produk";
        QTest::newRow("kode spaces") << with(0, "B 1") << "kode_produk";
        QTest::newRow("nama empty") << with(1, " ") << "nama";
        QTest::newRow("kategori empty level") << with(2, "A > > B") << "kategori";
        QTest::newRow("satuan empty") << with(3, "") << "satuan";
        QTest::newRow("harga zero") << with(4, "0") << "harga";
        QTest::newRow("harga negative") << with(4, "-1000") << "harga";
        QTest::newRow("harga decimal") << with(4, "\"1000,50\"") << "harga";
        QTest::newRow("harga bad grouping") << with(4, "1.25.000") << "harga";
        QTest::newRow("harga text") << with(4, "seribu") << "harga";
        QTest::newRow("harga huge") << with(4, "99999999999999999999") << "harga";
        QTest::newRow("zona unknown") << with(5, "MARS") << "zona";
        QTest::newRow("zona inactive") << with(5, "LAMA") << "zona";
        QTest::newRow("zona empty") << with(5, "") << "zona";
        QTest::newRow("tkdn over 100") << with(6, "100.01") << "tkdn";
        QTest::newRow("tkdn three decimals") << with(6, "\"45,555\"") << "tkdn";
        QTest::newRow("tkdn text") << with(6, "tinggi") << "tkdn";
        QTest::newRow("pdn y") << with(7, "y") << "pdn";
        QTest::newRow("umk empty") << with(10, "") << "umk";
        QTest::newRow("npwp 14 digits") << with(8, "11122233344455") << "npwp_penyedia";
        QTest::newRow("npwp 17 digits") << with(8, "11122233344455566") << "npwp_penyedia";
        QTest::newRow("npwp letters") << with(8, "11122233344455X") << "npwp_penyedia";
        QTest::newRow("nama_penyedia empty") << with(9, "") << "nama_penyedia";
        QTest::newRow("quote inside field") << with(1, "Bar\"ang") << QString();
        QTest::newRow("duplicate kode+zona")
            << QByteArray("NEW-001,Barang Baru,Lain,buah,2.000,*,0,ya,111222333444555,CV Baru,ya") << "zona";
        QTest::newRow("product disagrees")
            << QByteArray("NEW-001,Nama Lain,Lain,buah,2.000,PESISIR,0,ya,111222333444555,CV Baru,ya")
            << "nama";
        QTest::newRow("vendor disagrees")
            << QByteArray("B-1,Barang,Lain,buah,1.000,*,0,ya,111.222.333.444.555,CV Lain,ya")
            << "nama_penyedia";
    }
    void eachColumnRule()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        expectRefused(row, column);
    }

    void unterminatedQuoteIsAnInvalidRow()
    {
        expectRefused("B-1,\"Barang,Lain,buah,1.000,*,0,ya,111222333444555,CV Baru,ya", QString());
    }

    void unreadableInputIsAnError()
    {
        auto r = CsvImport(*m_admin).run(kCsvHeader + "B-1,\xff\xfe,Lain\n", false);
        QVERIFY(!r);
        r = CsvImport(*m_admin).run(QByteArray(), false);
        QVERIFY(!r);
    }

    void validQuotingAndSeparators()
    {
        const ImportReport r = import(
            kCsvHeader + "Q-1,\"Map \"\"Snelhecter\"\", isi 10\",\"ATK > Map\",pak,\"1.500\",*,\"0,5\",YA,"
                         "\"11.122.233.344.455-5\",\"CV \"\"Kutip\"\"\",Tidak\r\n");
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.toText()));
        const Product p = *CatalogueBrowser(m_device->db()).product(productId(QStringLiteral("Q-1")), {});
        QCOMPARE(p.name, QStringLiteral("Map \"Snelhecter\", isi 10"));
        QCOMPARE(p.vendorName, QStringLiteral("CV \"Kutip\""));
        QCOMPARE(p.tkdnBp, 50);
        QVERIFY(!p.vendorUmk);
        QCOMPARE(p.price, 1'500);
    }

    void searchFoldsAndStems()
    {
        CatalogueBrowser browser(m_device->db());
        const auto codes = [&](const QString& query, const QString& zone = {}) {
            ProductFilter f;
            f.query = query;
            f.zone = zone;
            QStringList out;
            auto found = browser.find(f);
            if (!found)
                qFatal("%s", qPrintable(found.errorMessage()));
            for (const Product& p : *found)
                out.append(p.code);
            out.sort();
            return out;
        };
        // "pembersih" and its stem "bersih": the cleaner, and the sapu of vendor "UD Bersih Sejahtera".
        QCOMPARE(codes(QStringLiteral("pembersih")),
                 (QStringList{QStringLiteral("KBR-001"), QStringLiteral("KBR-002")}));
        QCOMPARE(codes(QStringLiteral("pembersih lantai")), QStringList{QStringLiteral("KBR-001")});
        QCOMPARE(codes(QStringLiteral("MEMBERSIHKAN lantai")), QStringList{QStringLiteral("KBR-001")});
        QCOMPARE(codes(QStringLiteral("sereh")), QStringList{QStringLiteral("KBR-001")});
        QCOMPARE(codes(QStringLiteral("kert")), QStringList{QStringLiteral("ATK-001")}); // a typed prefix
        QCOMPARE(codes(QStringLiteral("kertas a4")), QStringList{QStringLiteral("ATK-001")});
        QCOMPARE(codes(QStringLiteral("kertas printer")), QStringList()); // every word must match
        QCOMPARE(codes(QStringLiteral("sinar tanjung")),
                 (QStringList{QStringLiteral("ATK-001"), QStringLiteral("ATK-002")}));
        QCOMPARE(codes(QStringLiteral("atk-002")), QStringList{QStringLiteral("ATK-002")});
        QCOMPARE(codes(QStringLiteral("kebersihan")),
                 (QStringList{QStringLiteral("KBR-001"), QStringLiteral("KBR-002")}));
        // FTS5 syntax in the input is only text: no error, no injection.
        QCOMPARE(codes(QStringLiteral("\"kertas\" OR NEAR(printer) *")), QStringList());
        QCOMPARE(codes(QStringLiteral("\"")), QStringList());
        QCOMPARE(codes(QStringLiteral("body:printer")), QStringList());
        QCOMPARE(codes(QStringLiteral("printer laser")), QStringList{QStringLiteral("ELK-001")});
    }

    void filtersAndBrowse()
    {
        CatalogueBrowser browser(m_device->db());
        const auto codes = [&](const ProductFilter& f) {
            QStringList out;
            for (const Product& p : *browser.find(f))
                out.append(p.code);
            out.sort();
            return out;
        };
        ProductFilter f;
        QCOMPARE(codes(f).size(), 6);
        f.categoryId = categoryId(QStringLiteral("ATK")); // the subtree
        QCOMPARE(codes(f),
                 (QStringList{QStringLiteral("ATK-001"), QStringLiteral("ATK-002"), QStringLiteral("Q-1")}));
        f = {};
        f.minPrice = 20'000;
        f.maxPrice = 100'000;
        QCOMPARE(codes(f), (QStringList{QStringLiteral("ATK-001"),
                                        QStringLiteral("ATK-002")})); // sapu has no "*" price
        f.zone = QStringLiteral("PEDALAMAN");
        QCOMPARE(codes(f), (QStringList{QStringLiteral("ATK-001"), QStringLiteral("ATK-002"),
                                        QStringLiteral("KBR-002")}));
        f = {};
        f.minTkdnBp = 4500;
        QCOMPARE(codes(f), (QStringList{QStringLiteral("ATK-001"), QStringLiteral("KBR-001"),
                                        QStringLiteral("KBR-002")}));
        f = {};
        f.onlyPdn = true;
        f.onlyUmk = true;
        QCOMPARE(codes(f), (QStringList{QStringLiteral("ATK-001"), QStringLiteral("KBR-001"),
                                        QStringLiteral("KBR-002")}));
        f.query = QStringLiteral("printer");
        QCOMPARE(codes(f), QStringList()); // the printer's vendor is not UMK
        QCOMPARE(browser.categories()->size(), 7);
        QCOMPARE(browser.vendors()->size(), 4);
        QCOMPARE(browser.zones()->size(), 3);
    }

    void deactivateInsteadOfDelete()
    {
        CatalogueAdmin admin(*m_admin);
        LONTAR_VERIFY_OK(admin.setProductActive(QStringLiteral("ELK-001"), false));
        CatalogueBrowser browser(m_device->db());
        ProductFilter f;
        f.query = QStringLiteral("printer");
        QCOMPARE(browser.find(f)->size(), 0);
        f.includeInactive = true;
        QCOMPARE(browser.find(f)->size(), 1);
        // Importing it again lists it again.
        const ImportReport r = import(sampleCsv());
        QVERIFY(r.applied);
        f.includeInactive = false;
        QCOMPARE(browser.find(f)->size(), 1);
    }

    void compareUpToFour()
    {
        CatalogueBrowser browser(m_device->db());
        const QStringList four{productId(QStringLiteral("ATK-001")), productId(QStringLiteral("ATK-002")),
                               productId(QStringLiteral("KBR-001")), productId(QStringLiteral("ELK-001"))};
        auto c = browser.compare(four, QStringLiteral("PESISIR"));
        QVERIFY(c.ok());
        QCOMPARE(c->size(), 4);
        QCOMPARE(c->at(0).price, 55'000); // the sample file was imported again above
        QCOMPARE(c->at(3).code, QStringLiteral("ELK-001"));
        QVERIFY(!browser.compare(four + QStringList{productId(QStringLiteral("KBR-002"))}, {}).ok());
    }

    void priceAdminEditsAddHistory()
    {
        CatalogueAdmin admin(*m_admin);
        LONTAR_VERIFY_OK(admin.setPrice(QStringLiteral("KBR-002"), QStringLiteral("PEDALAMAN"), 27'000));
        QVERIFY(!admin.setPrice(QStringLiteral("KBR-002"), QStringLiteral("MARS"), 27'000));
        QVERIFY(!admin.setPrice(QStringLiteral("TIDAK-ADA"), kAnyZone, 27'000));
        QVERIFY(!admin.setPrice(QStringLiteral("KBR-002"), kAnyZone, 0));
        auto h = CatalogueBrowser(m_device->db())
                     .priceHistory(productId(QStringLiteral("KBR-002")), QStringLiteral("PEDALAMAN"));
        QCOMPARE(h->size(), 2);
        QCOMPARE(h->at(1).price, 25'000);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueImport)
#include "tst_catalogueimport.moc"
