#include "TestSupport.h"

#include "core/IndonesianText.h"

using lontar::IndonesianText;

// Folding and the conservative stemmer that the catalogue (and records) search index with.
class TestIndonesianText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsCaseDiacriticsAndPunctuation()
    {
        QCOMPARE(IndonesianText::fold(QStringLiteral("  Kertas HVS A4, 80gsm — (Rim)  ")),
                 QStringLiteral("kertas hvs a4 80gsm rim"));
        QCOMPARE(IndonesianText::fold(QStringLiteral("Café Crème/ÉLITE")),
                 QStringLiteral("cafe creme elite"));
        QCOMPARE(IndonesianText::fold(QStringLiteral("...")), QString());
        QCOMPARE(IndonesianText::words(QStringLiteral("Meja-kursi  rapat")),
                 (QStringList{QStringLiteral("meja"), QStringLiteral("kursi"), QStringLiteral("rapat")}));
    }

    void stripsAffixes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        // prefixes me-/mem-/men-/meng-/meny-
        QTest::newRow("me-") << "melihat"
                             << "lihat";
        QTest::newRow("mem-b") << "membeli"
                               << "beli";
        QTest::newRow("mem-vowel") << "memukul"
                                   << "pukul";
        QTest::newRow("men-d") << "mendengar"
                               << "dengar";
        QTest::newRow("men-vowel") << "menulis"
                                   << "tulis";
        QTest::newRow("meng-") << "mengambil"
                               << "ambil";
        QTest::newRow("meng-g") << "menggambar"
                                << "gambar";
        QTest::newRow("meny-") << "menyapu"
                               << "sapu";
        // di-, ber-, ter-
        QTest::newRow("di-") << "dibeli"
                             << "beli";
        QTest::newRow("ber-") << "bermotor"
                              << "motor";
        QTest::newRow("ter-") << "terbaik"
                              << "baik";
        // pe-/pem-/pen-/peng-/peny-/per-
        QTest::newRow("pe-") << "pelapis"
                             << "lapis";
        QTest::newRow("pem-") << "pembersih"
                              << "bersih";
        QTest::newRow("pen-") << "pendingin"
                              << "dingin";
        QTest::newRow("peng-") << "penghapus"
                               << "hapus";
        QTest::newRow("peng-g") << "penggaris"
                                << "garis";
        QTest::newRow("peny-") << "penyapu"
                               << "sapu";
        QTest::newRow("per-an") << "perlengkapan"
                                << "lengkap";
        QTest::newRow("pe-an") << "pelayanan"
                               << "layan";
        // suffixes -kan, -an, -i (after a prefix), -nya
        QTest::newRow("-kan") << "bersihkan"
                              << "bersih";
        QTest::newRow("-an") << "makanan"
                             << "makan";
        QTest::newRow("-an ukur") << "ukuran"
                                  << "ukur";
        QTest::newRow("me-i") << "melengkapi"
                              << "lengkap";
        QTest::newRow("-nya") << "harganya"
                              << "harga";
        // conservative: short roots and words that only look affixed stay
        QTest::newRow("jalan") << "jalan"
                               << "jalan";
        QTest::newRow("taman") << "taman"
                               << "taman";
        QTest::newRow("kursi") << "kursi"
                               << "kursi";
        QTest::newRow("lemari") << "lemari"
                                << "lemari";
        QTest::newRow("medan") << "medan"
                               << "medan";
        QTest::newRow("mesin") << "mesin"
                               << "mesin";
        QTest::newRow("pensil") << "pensil"
                                << "pensil";
        QTest::newRow("meja") << "meja"
                              << "meja";
        QTest::newRow("kertas") << "kertas"
                                << "kertas";
        QTest::newRow("digits") << "80gsm"
                                << "80gsm";
        QTest::newRow("code") << "atk001"
                              << "atk001";
    }
    void stripsAffixes()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(IndonesianText::stem(word), stem);
    }

    void indexesWordAndStem()
    {
        QCOMPARE(IndonesianText::indexText(QStringLiteral("Pembersih Lantai, Pewangi")),
                 QStringLiteral("pembersih bersih lantai pewangi wangi"));
        // The same stem from different affixes: a query for one finds the other.
        QCOMPARE(IndonesianText::stem(QStringLiteral("pembersih")),
                 IndonesianText::stem(QStringLiteral("membersihkan")));
    }
};

QTEST_APPLESS_MAIN(TestIndonesianText)
#include "tst_indonesiantext.moc"
