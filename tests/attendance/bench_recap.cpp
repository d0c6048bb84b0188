// lontar-bench-attendance [PERSONS=5000]: a regency's month (PERSONS in 40 units, about 40 events per
// person) in a temporary SQLite profile; prints the time and peak memory of AttendanceRecap::month for the
// whole regency next to a plain aggregate query over the same events. Figures, not a timed test.
#include "RecapTestSupport.h"

#include "attendance/Recap.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

#include <sys/resource.h>

using namespace lontar;
using namespace lontar::attendance;

namespace {

qint64 statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak is the recap's, not the generator's.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// CPU time of this process (user + system), so a loaded machine's waiting does not count.
qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int persons = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 5000;
    constexpr int kUnits = 40;
    QTemporaryDir dir;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return fail(opened.errorMessage());
    Database& db = **opened;
    if (Status s = test::recapSchema(db); !s)
        return fail(s.errorMessage());

    QElapsedTimer t;
    t.start();
    qint64 events = 0;
    {
        Transaction tx(db);
        const QString root = nameBasedUuid(QStringLiteral("bench/pemkab"));
        if (Status s = test::addUnit(db, root, {}, QStringLiteral("PEMKAB")); !s)
            return fail(s.errorMessage());
        QStringList units;
        const QStringList zones{QStringLiteral("Asia/Jakarta"), QStringLiteral("Asia/Makassar"),
                                QStringLiteral("Asia/Jayapura")};
        for (int u = 0; u < kUnits; ++u) {
            units.append(nameBasedUuid(QStringLiteral("bench/unit/%1").arg(u)));
            if (Status s = test::addUnit(db, units.last(), root,
                                         QStringLiteral("OPD%1").arg(u, 2, 10, QLatin1Char('0')),
                                         zones[u % 3 == 2 ? (u / 3) % 3 : 0]);
                !s)
                return fail(s.errorMessage());
        }
        auto ins = db.prepare(QStringLiteral("INSERT INTO att_events (id, user_id, unit_id, device_id, kind, "
                                             "source, at_ms, claimed_ms, time_zone, "
                                             "work_date, flags, received_at, seq) VALUES (?, ?, ?, ?, ?, "
                                             "'device', ?, ?, 'Asia/Jakarta', ?, ?, ?, ?)"));
        if (!ins)
            return fail(ins.errorMessage());
        QRandomGenerator rng(42);
        for (int i = 0; i < persons; ++i) {
            const QString user = nameBasedUuid(QStringLiteral("bench/user/%1").arg(i));
            const QString unit = units[i % kUnits];
            if (Status s =
                    test::addUser(db, user, QStringLiteral("19800101%1").arg(i, 10, 10, QLatin1Char('0')),
                                  QStringLiteral("Pegawai %1").arg(i), unit);
                !s)
                return fail(s.errorMessage());
            const QString device = QStringLiteral("dev-%1").arg(i % (persons / 4 + 1)); // kiosks shared by 4
            qint64 seq = 0;
            for (QDate d(2026, 11, 1); d.month() == 11; d = d.addDays(1)) {
                if (d.dayOfWeek() > 5 || rng.bounded(40) == 0)
                    continue;
                const qint64 in = test::localMs(d, QStringLiteral("07:00:00")) + rng.bounded(90) * 60000;
                const qint64 out = test::localMs(d, QStringLiteral("15:30:00")) + rng.bounded(90) * 60000;
                for (const auto& [kind, at] :
                     {std::pair{QStringLiteral("in"), in}, std::pair{QStringLiteral("out"), out}}) {
                    const QString flags = rng.bounded(100) == 0 ? QStringLiteral("clock_off") : QString();
                    if (auto r = Database::run(*ins, {newUuid(), user, unit, device, kind, at, at,
                                                      d.toString(Qt::ISODate), flags, at + 60000, ++seq});
                        !r)
                        return fail(r.errorMessage());
                    ++events;
                }
            }
        }
        ins->finish();
        if (Status s = tx.commit(); !s)
            return fail(s.errorMessage());
    }
    std::printf("generated: %d persons, %lld events in %lld ms\n", persons, events, t.elapsed());

    // Reference: one aggregate over the same month's events, timed the same way.
    const qint64 fromMs = QDateTime(QDate(2026, 10, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    t.restart();
    qint64 cpu = cpuMs();
    auto ref = db.exec(QStringLiteral("SELECT user_id, COUNT(*), MIN(at_ms), MAX(at_ms) FROM att_events "
                                      "WHERE at_ms >= ? AND at_ms < ? GROUP BY user_id"),
                       {fromMs, toMs});
    if (!ref)
        return fail(ref.errorMessage());
    int refRows = 0;
    while (ref->next())
        ++refRows;
    ref->finish();
    const qint64 refMs = t.elapsed();
    const qint64 refCpuMs = cpuMs() - cpu;

    const bool reset = resetPeak();
    const qint64 before = statusKb("VmRSS:");
    AttendanceRecap recap(db);
    recap.setNow(QDateTime(QDate(2026, 12, 5), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch());
    t.restart();
    cpu = cpuMs();
    auto rows = recap.month(2026, 11);
    const qint64 recapMs = t.elapsed();
    const qint64 recapCpuMs = cpuMs() - cpu;
    if (!rows)
        return fail(rows.errorMessage());
    const qint64 peak = statusKb("VmHWM:");
    int present = 0;
    for (const RecapRow& r : *rows)
        present += r.present;
    std::printf("reference aggregate: %d users in %lld ms (CPU %lld ms)\n", refRows, refMs, refCpuMs);
    std::printf(
        "recap: %d persons, %lld events, %d present days in %lld ms (CPU %lld ms; target < 2000 ms)\n",
        int(rows->size()), events, present, recapMs, recapCpuMs);
    std::printf("memory: RSS before %lld MB, peak %lld MB%s (target < 200 MB)\n", before / 1024, peak / 1024,
                reset ? "" : " (peak includes data generation: clear_refs unavailable)");
    return rows->size() == persons ? 0 : 1;
}
