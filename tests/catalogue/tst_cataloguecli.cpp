#include "CatalogueTestSupport.h"

#include "catalogue/CatalogueCli.h"
#include "server/EmbeddedServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace lontar;
using namespace lontar::test;

// `lontar-cli catalogue import|search|zone` as an admin scripts it: exit codes 0 / 1 / 2, reports, and
// the same file twice changing nothing, on the server's data and on a device profile.
class TestCatalogueCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_server;

    static QString cli()
    {
        return qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
    }

    static int run(const QStringList& args, QString* out = nullptr)
    {
        QProcess p;
        p.start(cli(), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList importArgs(const QString& csv, const QStringList& extra = {})
    {
        return QStringList{QStringLiteral("catalogue"), QStringLiteral("import"),
                           QStringLiteral("--server-data"), m_server} +
               extra + QStringList{csv};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(cli()));
        // This process writes to server data too (the demo seed), as lontar-server does after registering.
        CoreModule core;
        catalogue::CatalogueModule catalogueModule;
        sync::EntityRegistry::instance().addModules({&core, &catalogueModule});
        m_server = m_dir.filePath(QStringLiteral("server"));
        // A central server's data folder with the demo regency, as `lontar-server --demo` leaves it.
        auto setup = server::prepareServer(m_server, {}, true);
        QVERIFY2(setup.ok(), qPrintable(setup.errorMessage()));
        QString out;
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("zone"), QStringLiteral("--server-data"),
                      m_server, QStringLiteral("PESISIR"), QStringLiteral("Kecamatan pesisir")},
                     &out),
                 0);
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("zone"), QStringLiteral("--server-data"),
                      m_server, QStringLiteral("PEDALAMAN"), QStringLiteral("Kecamatan pedalaman")},
                     &out),
                 0);
    }

    void importThenNothingTheSecondTime()
    {
        const QString csv = file(QStringLiteral("katalog.csv"), sampleCsv());
        QString out;
        QCOMPARE(run(importArgs(csv, {QStringLiteral("--dry-run")}), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("6 ditambah")), qPrintable(out));
        QCOMPARE(run(importArgs(csv), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("6 ditambah")), qPrintable(out)); // the dry run changed nothing
        QCOMPARE(run(importArgs(csv), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("0 ditambah, 0 diperbarui, 6 tidak berubah")), qPrintable(out));
        QByteArray changed = sampleCsv();
        changed.replace("18.500", "19.000");
        QCOMPARE(run(importArgs(file(QStringLiteral("naik.csv"), changed)), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("1 diperbarui")), qPrintable(out));
    }

    void invalidRowsExitOneAndChangeNothing()
    {
        QByteArray bad = sampleCsv();
        bad.replace("52.000", "lima puluh ribu");
        bad.replace("PT Nusantara Digital,tidak", "PT Nusantara Digital,mungkin");
        QString out;
        QCOMPARE(run(importArgs(file(QStringLiteral("salah.csv"), bad)), &out), 1);
        QVERIFY2(out.contains(QStringLiteral("baris 2, kolom harga")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("baris 7, kolom umk")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Tidak ada yang diimpor")));
        // The prices are what they were.
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("search"), QStringLiteral("--server-data"),
                      m_server, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("kertas")},
                     &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("price"))
                     .toDouble(),
                 52'000.0);
    }

    void unreadableInputAndBadUsageExitTwo()
    {
        QString out;
        QCOMPARE(run(importArgs(m_dir.filePath(QStringLiteral("tidak-ada.csv"))), &out), 2);
        QCOMPARE(run(importArgs(file(QStringLiteral("biner.csv"), kCsvHeader + "\xff\xfe\x00\x01\n")), &out),
                 2);
        const QString csv = m_dir.filePath(QStringLiteral("katalog.csv"));
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("import"), csv}, &out), 2); // no target
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral("--server-data"),
                      m_server, QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("p")), csv},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral("--server-data"),
                      m_dir.filePath(QStringLiteral("bukan-server")), csv},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("nothing")}, &out), 2);
        // Not a catalogue admin: refused, nothing changed.
        QCOMPARE(run(importArgs(csv, {QStringLiteral("--user"), QStringLiteral("pengadaan")}), &out), 2);
        QVERIFY2(out.contains(QStringLiteral("admin katalog")), qPrintable(out));
    }

    void searchExitCodesAndJson()
    {
        QString out;
        const QStringList base{QStringLiteral("catalogue"), QStringLiteral("search"),
                               QStringLiteral("--server-data"), m_server};
        QCOMPARE(run(base + QStringList{QStringLiteral("pembersih"), QStringLiteral("lantai")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("KBR-001")) && out.contains(QStringLiteral("Rp19.000")),
                 qPrintable(out));
        QCOMPARE(run(base + QStringList{QStringLiteral("--zone"), QStringLiteral("PESISIR"),
                                        QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("kertas")},
                     &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject hit = json.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(hit.value(QStringLiteral("code")).toString(), QStringLiteral("ATK-001"));
        QCOMPARE(hit.value(QStringLiteral("price")).toDouble(), 55'000.0);
        QCOMPARE(hit.value(QStringLiteral("priceZone")).toString(), QStringLiteral("PESISIR"));
        QCOMPARE(hit.value(QStringLiteral("tkdn")).toDouble(), 45.0);
        QCOMPARE(run(base + QStringList{QStringLiteral("zzzqqq")}, &out), 1);
        QCOMPARE(run(base + QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                        QStringLiteral("kertas")},
                     &out),
                 2);
        QCOMPARE(run(base, &out), 2); // no query
    }

    void demoCatalogueSeedsOnce()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo-server"));
        {
            auto setup = server::prepareServer(dir, {}, true);
            QVERIFY(setup.ok());
            LONTAR_VERIFY_OK(catalogue::seedDemoCatalogue(*setup->db));
            const qint64 rows = setup->db
                                    ->scalar(QStringLiteral(
                                        "SELECT COUNT(*) FROM srv_changes WHERE entity LIKE 'catalogue_%'"))
                                    ->toLongLong();
            QVERIFY(rows > 30);
            LONTAR_VERIFY_OK(catalogue::seedDemoCatalogue(*setup->db)); // the second start changes nothing
            QCOMPARE(setup->db
                         ->scalar(QStringLiteral(
                             "SELECT COUNT(*) FROM srv_changes WHERE entity LIKE 'catalogue_%'"))
                         ->toLongLong(),
                     rows);
        }
        QString out;
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("search"), QStringLiteral("--server-data"),
                      dir, QStringLiteral("kursi rotan")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("FUR-001")), qPrintable(out));
    }

    void importOnADeviceProfileQueuesForTheServer()
    {
        const QString profile = m_dir.filePath(QStringLiteral("p"));
        QString out;
        QCOMPARE(run({QStringLiteral("seed-demo"), QStringLiteral("--profile"), profile}, &out), 0);
        const QString csv = m_dir.filePath(QStringLiteral("katalog.csv"));
        const QStringList base{QStringLiteral("catalogue"), QStringLiteral("import"),
                               QStringLiteral("--profile"), profile};
        // Not enrolled with a server: the admin must be named.
        QCOMPARE(run(base + QStringList{csv}, &out), 2);
        // No zones on this profile yet: the rows naming PESISIR/PEDALAMAN are invalid.
        QCOMPARE(run(base + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), csv}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("kolom zona")), qPrintable(out));
        for (const QString& zone : {QStringLiteral("PESISIR"), QStringLiteral("PEDALAMAN")})
            QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("zone"), QStringLiteral("--profile"),
                          profile, QStringLiteral("--user"), QStringLiteral("admin"), zone, zone},
                         &out),
                     0);
        QCOMPARE(run(base + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), csv}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("6 ditambah")), qPrintable(out));
        QCOMPARE(run(base + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), csv}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("6 tidak berubah")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("search"), QStringLiteral("--profile"),
                      profile, QStringLiteral("printer")},
                     &out),
                 0);
        QVERIFY(out.contains(QStringLiteral("ELK-001")));
        // Queued for the next sync: 2 zones, 3 vendors, 6 categories, 5 products, 6 prices.
        auto db = Database::openSqlite(profile + QStringLiteral("/lontar.sqlite"));
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"))->toInt(), 22);
        QVERIFY(
            (*db)
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'catalogue.import'"))
                ->toInt() == 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_cataloguecli.moc"
