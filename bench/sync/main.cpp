// lontar-bench-sync: sync throughput figures printed next to their references.
//   lontar-bench-sync                 full run (first sync of 100,000 rows; 20,000 pushed events)
//   lontar-bench-sync --smoke         tiny N, proves the benchmark works (runs in ctest)
//   lontar-bench-sync --rows N --events N --batch B --backend sqlite|postgres|both
// Never asserts on time: it prints a table. Exit code 1 only when a measurement itself failed.
#include "BenchTable.h"
#include "PgCluster.h"
#include "RawInsert.h"
#include "SyncBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lontar;
using namespace lontar::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lontar-bench-sync"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lontar sync benchmarks (figures, not assertions)"));
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Tiny sizes, for the test suite"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows in the first sync"),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"), QStringLiteral("Events pushed"),
                                       QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      QStringLiteral("Rows per transaction (raw; = client push batch)"),
                                      QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption backendOpt(QStringLiteral("backend"), QStringLiteral("sqlite, postgres or both"),
                                        QStringLiteral("name"), QStringLiteral("both"));
    parser.addOptions({smoke, rowsOpt, eventsOpt, batchOpt, backendOpt});
    parser.process(app);

    BenchConfig config;
    config.firstSyncRows = parser.value(rowsOpt).toLongLong();
    config.pushEvents = parser.value(eventsOpt).toLongLong();
    config.batch = parser.value(batchOpt).toInt();
    if (parser.isSet(smoke)) {
        config.firstSyncRows = parser.isSet(rowsOpt) ? config.firstSyncRows : 500;
        config.pushEvents = parser.isSet(eventsOpt) ? config.pushEvents : 200;
    }
    const QString backend = parser.value(backendOpt);
    QTextStream err(stderr);
    if (config.firstSyncRows <= 0 || config.pushEvents <= 0 || config.batch <= 0 ||
        !QStringList{QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("both")}.contains(
            backend)) {
        err << "bad arguments; see --help\n";
        return 2;
    }

    BenchTable table;
    QTemporaryDir work;
    config.workDir = work.path();

    // One backend: first sync and push through the real server, then the raw insert baseline of
    // the same rows into the same kind of database, in the same run.
    auto measure = [&](const QString& name, const QString& serverDb, const QString& rawDb) {
        config.backendName = name;
        config.serverDatabase = serverDb;
        const SyncResults sync = runSyncBenchmarks(config);
        const Rate raw = rawInsertRate(rawDb, config.pushEvents, config.batch);
        if (!sync.skipped.isEmpty()) {
            table.addNote(QStringLiteral("%1 sync figures skipped: %2").arg(name, sync.skipped));
        } else {
            table.addRate(QStringLiteral("first sync %1 rows, %2 server").arg(config.firstSyncRows).arg(name),
                          sync.firstSync, QStringLiteral("PowerSync desktop"), kPowerSyncRowsPerSecond);
            table.addRate(QStringLiteral("push %1 events, %2 server").arg(config.pushEvents).arg(name),
                          sync.push, QStringLiteral("raw insert"), raw.perSecond());
        }
        table.addRate(QStringLiteral("raw insert, %1 (batch %2)").arg(name).arg(config.batch), raw);
        return raw;
    };

    if (backend != QLatin1String("postgres"))
        measure(QStringLiteral("SQLite"), work.filePath(QStringLiteral("server.sqlite")),
                work.filePath(QStringLiteral("raw.sqlite")));

    test::PgCluster cluster;
    if (backend != QLatin1String("sqlite")) {
        QString why = test::PgCluster::unavailableReason();
        if (!why.isEmpty() || !cluster.start(&why)) {
            table.addNote(QStringLiteral("PostgreSQL skipped: ") + why);
            if (backend == QLatin1String("postgres"))
                table.markFailed();
        } else {
            const QString serverUrl = cluster.createDatabase(QStringLiteral("bench_server"), &why);
            const QString rawUrl = cluster.createDatabase(QStringLiteral("bench_raw"), &why);
            const Rate raw = measure(QStringLiteral("PostgreSQL"), serverUrl, rawUrl);
            const Rate pgbench = pgbenchInsertRate(rawUrl, config.pushEvents, config.batch);
            if (pgbench.rows > 0 || !pgbench.error.isEmpty())
                table.addRate(QStringLiteral("pgbench insert, PostgreSQL (batch %1)").arg(config.batch),
                              pgbench, QStringLiteral("raw insert"), raw.perSecond());
        }
    }
    table.addNote(
        QStringLiteral("PowerSync anchor: initial sync up to 27,600 rows/s on a desktop "
                       "(PowerSync blog, Flutter benchmark); target for push: >= 50% of raw insert"));
    table.print();
    return table.failed() ? 1 : 0;
}
