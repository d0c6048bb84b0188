// lontar-bench-catalogue: figures, not a timed test (issue 11, item 7). Generates N products (default
// 100,000) from a few hundred local vendors, imports them on a central server's data through the CSV
// import, lets a fresh device pull the whole catalogue (first sync), then times searches on the
// device. Prints time and peak memory; the search target is p95 under 50 ms.
//
//   lontar-bench-catalogue [N] [SEARCHES]
#include "catalogue/CatalogueCli.h"
#include "catalogue/CsvImport.h"
#include "core/Profile.h"
#include "server/EmbeddedServer.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace lontar;
using namespace lontar::catalogue;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// Peak resident memory of this process so far, in MiB (0 where the platform does not say).
double peakMiB()
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // KiB on Linux
#else
    return 0;
#endif
}

const char* const kGoods[] = {"Kertas",  "Pulpen",    "Map",       "Tinta",   "Sapu",   "Cairan Pembersih",
                              "Kursi",   "Meja",      "Lemari",    "Printer", "Laptop", "Kabel",
                              "Beras",   "Gula",      "Minyak",    "Teh",     "Kopi",   "Semen",
                              "Cat",     "Paku",      "Seragam",   "Sepatu",  "Helm",   "Lampu",
                              "Baterai", "Pengharum", "Penghapus", "Stapler"};
const char* const kKinds[] = {"Premium", "Ekonomis", "Lokal", "Kayu Jati", "Rotan", "Anyaman",   "Organik",
                              "Hitam",   "Putih",    "Biru",  "Besar",     "Kecil", "Isi Ulang", "Tahan Air"};
const char* const kCategories[] = {"ATK > Kertas", "ATK > Alat Tulis", "Kebersihan", "Furnitur",
                                   "Elektronik",   "Pangan",           "Bangunan",   "Pakaian Dinas"};
const char* const kUnits[] = {"buah", "rim", "pak", "unit", "kg", "liter", "set", "lusin"};

QByteArray generate(int n, int vendors)
{
    QRandomGenerator rng(20260117);
    QByteArray csv = "kode_produk,nama,kategori,satuan,harga,zona,tkdn,pdn,npwp_penyedia,nama_penyedia,umk\n";
    csv.reserve(n * 140);
    for (int i = 0; i < n; ++i) {
        const int v = int(rng.bounded(vendors));
        const QByteArray code = "P-" + QByteArray::number(i + 1).rightJustified(6, '0');
        const QByteArray name = QByteArray(kGoods[rng.bounded(int(std::size(kGoods)))]) + ' ' +
                                kKinds[rng.bounded(int(std::size(kKinds)))] + ' ' +
                                QByteArray::number(rng.bounded(500));
        const QByteArray vendor = "," + QByteArray::number(100000000000000LL + v) + ",CV Mitra Daerah " +
                                  QByteArray::number(v) + (v % 3 == 0 ? ",tidak\n" : ",ya\n");
        const QByteArray common = code + ',' + name + ',' +
                                  kCategories[rng.bounded(int(std::size(kCategories)))] + ',' +
                                  kUnits[rng.bounded(int(std::size(kUnits)))] + ',';
        const QByteArray tkdn = QByteArray::number(rng.bounded(101));
        const QByteArray pdn = rng.bounded(2) ? "ya" : "tidak";
        csv += common + QByteArray::number(1000 + rng.bounded(5'000'000)) + ",*," + tkdn + ',' + pdn + vendor;
        if (i % 3 == 0)
            csv += common + QByteArray::number(1000 + rng.bounded(5'000'000)) + ",PESISIR," + tkdn + ',' +
                   pdn + vendor;
    }
    return csv;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    const int searches = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    CoreModule core;
    CatalogueModule catalogue;
    sync::EntityRegistry::instance().addModules({&core, &catalogue});
    QTemporaryDir dir;

    QElapsedTimer t;
    t.start();
    const QByteArray csv = generate(n, std::max(10, n / 200));
    out() << "products: " << n << ", CSV " << csv.size() / (1024 * 1024) << " MiB generated in "
          << t.elapsed() << " ms" << Qt::endl;

    // The admin's import on the server's data.
    const QString serverDir = dir.filePath(QStringLiteral("server"));
    {
        auto setup = server::prepareServer(serverDir, {}, true);
        if (!setup) {
            out() << setup.errorMessage() << Qt::endl;
            return 2;
        }
        ServerCatalogueRows rows(*setup->db, ServerCatalogueRows::consoleActor());
        Transaction tx(*setup->db);
        if (!CatalogueAdmin(rows).saveZone(QStringLiteral("PESISIR"), QStringLiteral("Pesisir")) ||
            !tx.commit())
            return 2;
        t.restart();
        auto report = CsvImport(rows).run(csv, false);
        if (!report || !report->applied) {
            out() << (report ? report->toText() : report.errorMessage()) << Qt::endl;
            return 2;
        }
        out() << "server import: " << report->rows << " rows in " << t.elapsed() << " ms (" << report->added
              << " added)" << Qt::endl;
    }

    // A fresh device's first sync.
    server::EmbeddedServerConfig config;
    config.dataDir = serverDir;
    config.options.autoApproveDevices = true;
    auto server = server::EmbeddedServer::start(config);
    if (!server) {
        out() << server.errorMessage() << Qt::endl;
        return 2;
    }
    sync::SyncClientModule syncModule;
    auto profile = Profile::open(dir.filePath(QStringLiteral("device")), {&syncModule, &catalogue});
    if (!profile)
        return 2;
    auto transport = sync::makeHttpsTransport((*server)->baseUrl(), (*server)->certificateFingerprint());
    sync::SyncClient client((*profile)->database(), *transport, dir.filePath(QStringLiteral("blobs")));
    if (Status s =
            client.enrol(QStringLiteral("pengadaan"), DemoData::demoPassword(), QStringLiteral("bench"));
        !s) {
        out() << s.errorMessage() << Qt::endl;
        return 2;
    }
    t.restart();
    auto synced = client.syncOnce();
    if (!synced) {
        out() << synced.errorMessage() << Qt::endl;
        return 2;
    }
    out() << "first sync: " << synced->pulled << " rows pulled and projected in " << t.elapsed()
          << " ms; peak memory " << QString::number(peakMiB(), 'f', 0) << " MiB" << Qt::endl;

    // Searches on the device, as a user types them.
    const QStringList queries{QStringLiteral("kertas"),
                              QStringLiteral("pembersih lantai"),
                              QStringLiteral("kursi rotan"),
                              QStringLiteral("membersihkan"),
                              QStringLiteral("printer hitam"),
                              QStringLiteral("mitra daerah 7"),
                              QStringLiteral("ke"),
                              QStringLiteral("p-0012"),
                              QStringLiteral("semen"),
                              QStringLiteral("meja kayu jati 12")};
    CatalogueBrowser browser((*profile)->database());
    QList<double> times;
    qint64 hits = 0;
    for (int i = 0; i < searches; ++i) {
        ProductFilter f;
        f.query = queries.at(i % queries.size());
        f.zone = i % 2 ? QStringLiteral("PESISIR") : kAnyZone;
        f.onlyUmk = i % 5 == 0;
        f.limit = 50;
        QElapsedTimer q;
        q.start();
        auto found = browser.find(f);
        times.append(double(q.nsecsElapsed()) / 1e6);
        if (!found)
            return 2;
        hits += found->size();
    }
    // The slowest query of each kind, so a regression points at its cause.
    QMap<QString, double> worst;
    for (int i = 0; i < times.size(); ++i) {
        const QString key =
            queries.at(i % queries.size()) + (i % 5 == 0 ? QStringLiteral(" [UMK]") : QString());
        worst[key] = std::max(worst.value(key), times.at(i));
    }
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        out() << "  " << it.key().leftJustified(26) << QString::number(it.value(), 'f', 1) << " ms"
              << Qt::endl;
    std::sort(times.begin(), times.end());
    const auto at = [&](double p) {
        return times.at(std::min(qsizetype(times.size() - 1), qsizetype(p * times.size())));
    };
    out() << "search: " << searches << " queries, " << hits << " results, p50 "
          << QString::number(at(0.5), 'f', 1) << " ms, p95 " << QString::number(at(0.95), 'f', 1)
          << " ms, max " << QString::number(times.last(), 'f', 1) << " ms (target p95 < 50 ms)" << Qt::endl;
    out() << "peak memory: " << QString::number(peakMiB(), 'f', 0) << " MiB" << Qt::endl;
    return 0;
}
