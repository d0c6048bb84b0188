// lontar-bench-records [IMPORT=1000] [LETTERS=100000] [SEARCHES=200] [SYNC=LETTERS] [REPLAY=0]: figures, not
// a timed test. Prints the machine's load average first (the figures depend on it).
//  1. imports IMPORT generated PDFs as incoming letters (check, blob, text, row, index) and runs
//     `pdftotext` over the same files for comparison;
//  2. fills a profile with LETTERS letters (metadata and about 900 characters of text each) the way a
//     first sync projects them, and times SEARCHES queries (words, affixed forms, prefixes, filters) with
//     snippets: p50 / p95 / p99;
//  3. first sync: a real server on 127.0.0.1 holding SYNC letters (written by the pencatat `tu` through
//     the letter policy, the way a push applies them) and a fresh device of the arsiparis pulling them:
//     time, rows/s, CPU of the device (main thread) and of the server (its threads), peak memory of the
//     pull; then the device-side projection and FTS indexing of the same rows replayed alone the way the
//     pull applies them, next to a plain INSERT of the same text into an FTS5 table;
//  4. prints the peak resident memory;
//  5. REPLAY generated letters projected on a device the way the pull applies them, next to the way it
//     did before (statements prepared per row, 2 MB cache), without a server.
#include "RecordsTestSupport.h"

#include "core/Identity.h"
#include "core/Uuid.h"
#include "records/LetterIndex.h"
#include "records/NumberingPolicy.h"
#include "records/RecordsCli.h"
#include "records/RecordsPolicies.h"
#include "server/EmbeddedServer.h"
#include "server/MutationWriter.h"
#include "server/ServerUtil.h"
#include "sync/StatementCache.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>
#include <optional>
#include <sys/resource.h>

using namespace lontar;
using namespace lontar::records;
using namespace lontar::test;

namespace {

QString peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

// Words of Indonesian official letters, with affixed forms, drawn with a skewed distribution so some
// words appear in most letters and others in few.
const QStringList& vocabulary()
{
    static const QStringList words =
        QStringLiteral(
            "surat dinas kabupaten kecamatan desa kegiatan laporan rapat undangan permohonan pelaksanaan "
            "pemberdayaan memberdayakan diberdayakan masyarakat pembangunan membangun dibangun anggaran "
            "penganggaran keuangan belanja pendapatan daerah program tahun bulan triwulan realisasi rencana "
            "perencanaan merencanakan koordinasi berkoordinasi pengawasan mengawasi diawasi pemeriksaan "
            "pegawai kepegawaian pensiun mutasi cuti pelatihan dilatih melatih pendidikan sekolah guru "
            "kesehatan puskesmas imunisasi vaksinasi gizi balita irigasi jalan jembatan saluran bendungan "
            "pertanian petani bibit pupuk jagung padi nelayan perikanan pelabuhan pasar perdagangan koperasi "
            "usaha mikro bantuan sosial penyaluran disalurkan menyalurkan bencana banjir longsor kebakaran "
            "penanggulangan keamanan ketertiban pemilihan umum kearsipan arsip pemindahan pemusnahan "
            "penyerahan berita acara keputusan bupati peraturan daerah sekretariat inspektorat badan bidang "
            "seksi kepala camat lurah kades tanggapan disampaikan menyampaikan sehubungan dengan hormat "
            "terima kasih perhatian lampiran tembusan mohon segera tindak lanjut dilaksanakan melaksanakan "
            "ditetapkan menetapkan penetapan evaluasi pemantauan verifikasi data informasi aplikasi jaringan "
            "internet komputer server persandian statistik kominfo bappeda bkad bkpsdm dispusip pupr dinkes")
            .split(QLatin1Char(' '));
    return words;
}

QString randomWord(QRandomGenerator& rng)
{
    const QStringList& v = vocabulary();
    // Skewed: the square of a uniform number favours the start of the list.
    const double u = rng.generateDouble();
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(u * u * double(v.size()))));
}

QString randomText(QRandomGenerator& rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(randomWord(rng));
    return out.join(QLatin1Char(' '));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

// Resets the peak resident memory (Linux: "5" to clear_refs), so the next VmHWM is the peak of one step.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double megabytes(const QString& path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
           (1024.0 * 1024.0);
}

// CPU seconds of the calling thread and of the whole process: on a machine shared with others the wall
// clock says little, and in the first sync the device runs on the main thread, the server on its own.
double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
double threadCpu()
{
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
}
double processCpu()
{
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

// CPU seconds of the child processes waited for (pdftotext).
double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

const QStringList& letterCodes()
{
    static const QStringList codes = {QStringLiteral("000.1.2"),    QStringLiteral("100.3.3.2"),
                                      QStringLiteral("400.9"),      QStringLiteral("500.3"),
                                      QStringLiteral("800.1.11.1"), QStringLiteral("900.1.2"),
                                      QStringLiteral("600.1"),      QStringLiteral("300.2")};
    return codes;
}

const QStringList& letterSenders()
{
    static const QStringList senders = {
        QStringLiteral("Bappeda"),     QStringLiteral("Dinas PUPR"), QStringLiteral("Kecamatan Pesisir"),
        QStringLiteral("Inspektorat"), QStringLiteral("BKPSDM"),     QStringLiteral("Desa Sungai Raya")};
    return senders;
}

QString fileSha(int i)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

// Letter i as a device would register it (and a pull delivers it).
QJsonObject generatedLetter(QRandomGenerator& rng, int i, const QString& unitId, bool secrets)
{
    const QDate received = QDate(2022, 1, 1).addDays(i % 1500);
    const int seq = i / 8 + 1;
    const QStringList& codes = letterCodes();
    return QJsonObject{
        {QStringLiteral("nomor"),
         QStringLiteral("%1/%2/X/%3").arg(codes.at(i % codes.size())).arg(i).arg(received.year())},
        {QStringLiteral("tanggal"), received.addDays(-2).toString(Qt::ISODate)},
        {QStringLiteral("pengirim"), letterSenders().at(i % letterSenders().size())},
        {QStringLiteral("perihal"), randomText(rng, 6)},
        {QStringLiteral("sifat"), QStringLiteral("biasa")},
        {QStringLiteral("securityClass"),
         secrets && i % 50 == 0 ? QStringLiteral("rahasia") : QStringLiteral("biasa")},
        {QStringLiteral("classification"), codes.at(i % codes.size())},
        {QStringLiteral("unitId"), unitId},
        {QStringLiteral("agendaSeq"), seq},
        {QStringLiteral("agendaYear"), received.year()},
        {QStringLiteral("agenda"), formatAgenda(seq, received.year())},
        {QStringLiteral("receivedDate"), received.toString(Qt::ISODate)},
        {QStringLiteral("fileName"), QStringLiteral("surat%1.pdf").arg(i)},
        {QStringLiteral("fileSha256"), fileSha(i)},
        {QStringLiteral("fileSize"), 50000},
        {QStringLiteral("pageCount"), 2},
        {QStringLiteral("text"), randomText(rng, 120)},
        {QStringLiteral("textComplete"), true},
        {QStringLiteral("status"), QStringLiteral("tercatat")}};
}

using Rows = QList<QPair<QString, QJsonObject>>; // "entity|id" and the row

// The device's projection of pulled rows, applied the way the pull applies them: pages of 500 rows, one
// transaction each. `shared`: the statements prepared once for the run (sync::StatementCache) and the
// pull's 64 MB page cache; otherwise, as before both, each statement prepared for each row with SQLite's
// default 2 MB cache. Wall and CPU seconds.
Result<std::pair<double, double>> project(Database& db, const Rows& rows, bool shared)
{
    (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(shared ? -65536 : -2000));
    QElapsedTimer wall;
    wall.start();
    const double cpuStart = threadCpu();
    std::optional<sync::StatementCache> statements;
    if (shared)
        statements.emplace(db);
    for (qsizetype page = 0; page < rows.size(); page += 500) {
        Transaction tx(db);
        for (qsizetype i = page; i < std::min(rows.size(), page + 500); ++i) {
            const auto& [key, data] = rows.at(i);
            const EntitySpec* spec =
                sync::EntityRegistry::instance().find(key.section(QLatin1Char('|'), 0, 0));
            if (Status s = spec->project(db, key.section(QLatin1Char('|'), 1), data, false); !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return std::pair<double, double>{double(wall.elapsed()) / 1000.0, threadCpu() - cpuStart};
}

// The same rows projected both ways into fresh profiles under `dir`; prints the former, returns the
// latter (and leaves its database in *kept when given).
Result<std::pair<double, double>> replayProjection(const Rows& rows, const QString& dir,
                                                   Database* kept = nullptr)
{
    records::RecordsModule records;
    sync::SyncClientModule syncModule;
    auto unshared = Profile::open(dir + QStringLiteral("/replay-unshared"), {&syncModule, &records});
    if (!unshared)
        return unshared.error();
    const auto before = project((*unshared)->database(), rows, false);
    if (!before)
        return before.error();
    std::unique_ptr<Profile> own;
    if (!kept) {
        auto opened = Profile::open(dir + QStringLiteral("/replay-shared"), {&syncModule, &records});
        if (!opened)
            return opened.error();
        own = std::move(*opened);
        kept = &own->database();
    }
    const auto after = project(*kept, rows, true);
    if (!after)
        return after.error();
    std::printf("device projection of %lld rows, statements prepared per row and a 2 MB cache (the pull "
                "before): %.1f s, CPU %.1f s (%.0f rows/s)\n",
                qint64(rows.size()), before->first, before->second, double(rows.size()) / before->first);
    std::printf(
        "device projection of %lld rows as the pull applies them now: %.1f s, CPU %.1f s (%.0f rows/s)\n",
        qint64(rows.size()), after->first, after->second, double(rows.size()) / after->first);
    return after;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 2;
}

// 3. First sync of `count` letters from a real server to a fresh device.
int firstSync(int count, QRandomGenerator& rng)
{
    using namespace lontar::server;
    QTemporaryDir dir;
    RecordsModule records;
    EmbeddedServerConfig config;
    config.dataDir = dir.filePath(QStringLiteral("server"));
    config.seedDemo = true;
    config.options.autoApproveDevices = true;
    auto server = EmbeddedServer::start(config);
    if (!server)
        return fail(server.errorMessage());
    const QString serverFile = config.dataDir + QStringLiteral("/server.sqlite");
    auto opened = Database::openSqlite(serverFile);
    if (!opened)
        return fail(opened.errorMessage());
    Database& serverDb = **opened;
    if (Status s = seedDemoInstruments(serverDb); !s)
        return fail(s.errorMessage());
    // The pencatat of DISKOMINFO registers every letter, as their pushes would; their PDFs are uploaded.
    auto user = IdentityStore(serverDb).userByUsername(QStringLiteral("tu"));
    if (!user)
        return fail(user.errorMessage());
    auto actor = Actor::forUser(serverDb, *user, newUuid());
    if (!actor)
        return fail(actor.errorMessage());
    // Agenda numbers come from blocks the server confirmed to the registering device, each number's use
    // recorded (records_number_block and records_number_use, book "agenda"), as a device registers them.
    // The books: kBookCapacity letters per unit and year (a busy TU office), spread over tu's units and
    // back over the years; each block claimed when its first number is used, as a device tops up.
    constexpr int kBookCapacity = 2000;
    const QStringList units = actor->unitSubtree;
    const auto bookOf = [&](int i) {
        const int book = i / kBookCapacity;
        return std::pair<QString, int>{units.at(book % units.size()), 2026 - book / int(units.size())};
    };
    if (2026 - (count - 1) / kBookCapacity / int(units.size()) < kEarliestAgendaYear)
        return fail(QStringLiteral("too many letters for the bench's agenda books"));
    (void)serverDb.exec(QStringLiteral("PRAGMA cache_size = -262144")); // generation only
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(serverDb);
        if (Status s = detail::lockChangeLog(serverDb); !s)
            return fail(s.errorMessage());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MutationWriter writer(serverDb, *actor, now);
        if (Status s = writer.prepare(); !s)
            return fail(s.errorMessage());
        qint64 seq = 0;
        const auto apply = [&](const QString& entity, const QString& id, const QJsonObject& data) -> Status {
            sync::Mutation m;
            m.seq = ++seq;
            m.mutationId = newUuid();
            m.entity = entity;
            m.entityId = id;
            m.data = data;
            auto r = writer.apply(m);
            if (!r)
                return r.error();
            if (r->status != sync::MutationStatus::Applied)
                return Error(QStringLiteral("%1 %2 refused: %3").arg(entity, id, r->error));
            return {};
        };
        for (int i = 0; i < count; ++i) {
            if (auto b = serverDb.exec(QStringLiteral("INSERT INTO srv_blob_units (sha256, unit_id, "
                                                      "completed_at) VALUES (?, ?, ?)"),
                                       {fileSha(i), actor->user.unitId, now});
                !b)
                return fail(b.errorMessage());
            const auto [unit, year] = bookOf(i);
            const int agendaSeq = i % kBookCapacity + 1;
            const int index = (agendaSeq - 1) / kNumberBlockSize;
            const QString blockId = numberBlockId(unit, year, index, kBookAgenda);
            if ((agendaSeq - 1) % kNumberBlockSize == 0) {
                const QJsonObject block{{QStringLiteral("unitId"), unit},
                                        {QStringLiteral("year"), year},
                                        {QStringLiteral("index"), index},
                                        {QStringLiteral("first"), index * kNumberBlockSize + 1},
                                        {QStringLiteral("last"), (index + 1) * kNumberBlockSize},
                                        {QStringLiteral("book"), kBookAgenda}};
                if (Status s = apply(kNumberBlockEntity, blockId, block); !s)
                    return fail(s.errorMessage());
            }
            const QString letterId = newUuid();
            if (Status s = apply(kNumberUseEntity, numberUseId(blockId, agendaSeq, kNumberUsed),
                                 QJsonObject{{QStringLiteral("blockId"), blockId},
                                             {QStringLiteral("unitId"), unit},
                                             {QStringLiteral("year"), year},
                                             {QStringLiteral("seq"), agendaSeq},
                                             {QStringLiteral("kind"), kNumberUsed},
                                             {QStringLiteral("letterId"), letterId}});
                !s)
                return fail(s.errorMessage());
            QJsonObject letter = generatedLetter(rng, i, unit, false);
            const QDate received = QDate(year, 1, 1).addDays(agendaSeq % 360);
            letter.insert(QStringLiteral("agendaSeq"), agendaSeq);
            letter.insert(QStringLiteral("agendaYear"), year);
            letter.insert(QStringLiteral("agenda"), formatAgenda(agendaSeq, year));
            letter.insert(QStringLiteral("agendaBlockId"), blockId);
            letter.insert(QStringLiteral("receivedDate"), received.toString(Qt::ISODate));
            letter.insert(QStringLiteral("tanggal"), received.addDays(-2).toString(Qt::ISODate));
            if (Status s = apply(kLetterEntity, letterId, letter); !s)
                return fail(QStringLiteral("letter %1: %2").arg(i).arg(s.errorMessage()));
        }
        if (Status s = tx.commit(); !s)
            return fail(s.errorMessage());
    }
    (void)serverDb.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    std::printf("server: %d letters written by tu through the letter policy, with their agenda blocks and "
                "number uses, in %.1f s (database %.0f MB)\n",
                count, double(t.elapsed()) / 1000.0, megabytes(serverFile));

    // A fresh device of the arsiparis (reads every letter of the regency): enrol, then the first pull.
    sync::SyncClientModule syncModule;
    auto profile = Profile::open(dir.filePath(QStringLiteral("device")), {&syncModule, &records});
    if (!profile)
        return fail(profile.errorMessage());
    Database& deviceDb = (*profile)->database();
    const QString blobs = (*profile)->directory() + QStringLiteral("/blobs");
    auto transport = sync::makeHttpsTransport((*server)->baseUrl(), (*server)->certificateFingerprint());
    sync::SyncClient client(deviceDb, *transport, blobs);
    if (Status s =
            client.enrol(QStringLiteral("arsiparis"), DemoData::demoPassword(), QStringLiteral("bench"));
        !s)
        return fail(s.errorMessage());
    resetPeakRss();
    t.restart();
    const double deviceCpu0 = threadCpu();
    const double processCpu0 = processCpu();
    auto report = client.syncOnce();
    const double pullSeconds = double(t.elapsed()) / 1000.0;
    const double deviceCpu = threadCpu() - deviceCpu0;
    const double otherCpu = processCpu() - processCpu0 - deviceCpu;
    if (!report)
        return fail(report.errorMessage());
    const QString pullPeak = peakRss();
    const qint64 letters = deviceDb.scalar(QStringLiteral("SELECT COUNT(*) FROM rec_letters"))->toLongLong();
    std::printf("first sync: %d rows pulled (%lld letters) in %.1f s, %.0f rows/s; CPU: device %.1f s "
                "(main thread: TLS, JSON, rows, projection), server %.1f s (its threads); peak memory during "
                "the pull %s (server and device in one process); device database %.0f MB\n",
                report->pulled, letters, pullSeconds, double(report->pulled) / pullSeconds, deviceCpu,
                otherCpu, qPrintable(pullPeak), megabytes(deviceDb.location()));
    if (letters != count)
        return fail(QStringLiteral("the device holds %1 of %2 letters").arg(letters).arg(count));

    // The device-side share: the same rows projected again into a fresh profile (letters table, folded
    // and stemmed FTS entries) in one transaction, next to a plain FTS5 INSERT of the raw text.
    auto replay = Profile::open(dir.filePath(QStringLiteral("replay")), {&syncModule, &records});
    if (!replay)
        return fail(replay.errorMessage());
    Database& replayDb = (*replay)->database();
    Rows rows;
    {
        auto q = deviceDb.exec(QStringLiteral("SELECT entity, entity_id, data FROM sync_rows WHERE entity IN "
                                              "(?, ?) ORDER BY entity = ?, rowid"),
                               {kClassificationEntity, kLetterEntity, kLetterEntity});
        if (!q)
            return fail(q.errorMessage());
        while (q->next())
            rows.append({q->value(0).toString() + QLatin1Char('|') + q->value(1).toString(),
                         QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object()});
    }
    const auto after = replayProjection(rows, dir.path(), &replayDb);
    if (!after)
        return fail(after.errorMessage());
    const auto [projectSeconds, projectCpu] = *after;
    t.restart();
    double cpu0 = threadCpu();
    (void)replayDb.exec(
        QStringLiteral("CREATE VIRTUAL TABLE bench_plain USING fts5(meta, body, tokenize = 'unicode61', "
                       "prefix = '2 3')"));
    {
        Transaction tx(replayDb);
        auto insert = replayDb.prepare(QStringLiteral("INSERT INTO bench_plain (meta, body) VALUES (?, ?)"));
        if (!insert)
            return fail(insert.errorMessage());
        for (const auto& [key, d] : std::as_const(rows)) {
            const QString meta = d.value(QStringLiteral("perihal")).toString() + QLatin1Char(' ') +
                                 d.value(QStringLiteral("pengirim")).toString() + QLatin1Char(' ') +
                                 d.value(QStringLiteral("nomor")).toString();
            if (auto r = Database::run(*insert, {meta, d.value(QStringLiteral("text")).toString()}); !r)
                return fail(r.errorMessage());
        }
        if (Status s = tx.commit(); !s)
            return fail(s.errorMessage());
    }
    const double plainSeconds = double(t.elapsed()) / 1000.0;
    const double plainCpu = threadCpu() - cpu0;
    std::printf("reference: plain FTS5 INSERT of the same text %.1f s, CPU %.1f s (%.0f rows/s)\n",
                plainSeconds, plainCpu, double(rows.size()) / plainSeconds);
    (void)projectSeconds;
    (void)projectCpu;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int importCount = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int letterCount = argc > 2 ? std::max(100, atoi(argv[2])) : 100000;
    const int searches = argc > 3 ? std::max(1, atoi(argv[3])) : 200;
    const int syncCount = argc > 4 ? std::max(0, atoi(argv[4])) : letterCount;
    QRandomGenerator rng(20260310);
    std::printf("load average: %s (2 cores shared)\n", qPrintable(loadAverage()));

    // 1. Import of generated PDFs, next to pdftotext on the same files.
    {
        RecordsDevice device;
        QTemporaryDir folder;
        for (int i = 0; i < importCount; ++i) {
            QList<QStringList> pages;
            for (int p = 0; p < 2; ++p) {
                QStringList lines;
                for (int l = 0; l < 30; ++l)
                    lines.append(randomText(rng, 10));
                pages.append(lines);
            }
            pages.first().prepend(QStringLiteral("Hal : Surat nomor %1").arg(i));
            writeFile(folder.filePath(QStringLiteral("surat%1.pdf").arg(i, 5, 10, QLatin1Char('0'))),
                      makePdf(pages));
        }
        const QStringList files = LetterImporter::collectFiles({folder.path()});
        LetterRegister letters(device.db(), device.profile->audit(), device.actor(QStringLiteral("tu")));
        LetterImporter importer(letters, device.blobDir());
        QElapsedTimer t;
        t.start();
        const double importCpu0 = threadCpu();
        const auto outcomes = importer.importAll(files, {});
        const double ms = double(t.elapsed());
        const double importCpu = threadCpu() - importCpu0;
        const int ok = int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                         [](const ImportOutcome& o) { return o.imported; }));
        std::printf("import: %d of %d PDFs (2 pages) in %.0f ms, %.1f ms per file; CPU %.0f ms\n", ok,
                    int(files.size()), ms, ms / double(files.size()), importCpu * 1000.0);
        t.restart();
        const double childCpu0 = childrenCpu();
        int extracted = 0;
        for (const QString& f : files) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {f, QStringLiteral("-")});
            if (p.waitForFinished(30000) && p.exitCode() == 0)
                ++extracted;
        }
        const double pt = double(t.elapsed());
        std::printf("pdftotext: %d files in %.0f ms, %.1f ms per file (text only, one process per file); "
                    "CPU of the processes %.0f ms\n",
                    extracted, pt, pt / double(files.size()), (childrenCpu() - childCpu0) * 1000.0);
    }

    // 2. Search at LETTERS letters.
    RecordsDevice device;
    const QStringList units = [&] {
        QStringList ids;
        for (const OrgUnit& u : *device.profile->identity().units())
            ids.append(u.id);
        return ids;
    }();
    const QStringList& codes = letterCodes();
    // Generation in one transaction with a large page cache (the default 2 MB spills the FTS merges to
    // disk again and again); the searches then run with the cache a device's connection has.
    const auto cacheNow = device.db().scalar(QStringLiteral("PRAGMA cache_size"));
    const qint64 deviceCache = cacheNow ? cacheNow->toLongLong() : -32768;
    (void)device.db().exec(QStringLiteral("PRAGMA cache_size = -262144"));
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(device.db());
        for (int i = 0; i < letterCount; ++i) {
            const QJsonObject row = generatedLetter(rng, i, units.at(i % units.size()), true);
            if (Status s = projectLetter(
                    device.db(),
                    QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), row,
                    false);
                !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
                return 2;
            }
        }
        if (Status s = tx.commit(); !s)
            return 2;
    }
    (void)device.db().exec(QStringLiteral("INSERT INTO rec_search(rec_search) VALUES ('optimize')"));
    (void)device.db().exec(QStringLiteral("PRAGMA cache_size = %1").arg(deviceCache));
    // LONTAR_BENCH_KEEP=FILE keeps a copy of the filled profile database, to study queries with sqlite3.
    if (const QString keep = qEnvironmentVariable("LONTAR_BENCH_KEEP"); !keep.isEmpty()) {
        (void)device.db().exec(QStringLiteral("VACUUM INTO ?"), {keep});
    }
    std::printf("projection: %d letters indexed in %.1f s (database %.0f MB)\n", letterCount,
                double(t.elapsed()) / 1000.0,
                double(QFileInfo(device.db().location()).size()) / (1024.0 * 1024.0));

    // Queries as users type them: common and rare words, affixed forms, two words, a prefix, filters.
    LetterSearch search(device.db());
    QList<double> all;
    QMap<QString, QList<double>> byKind;
    int found = 0;
    for (int i = 0; i < searches; ++i) {
        LetterQuery q;
        q.limit = 20;
        QString kind;
        switch (i % 6) {
        case 0:
            kind = QStringLiteral("common word");
            q.text = vocabulary().at(rng.bounded(10));
            break;
        case 1:
            kind = QStringLiteral("rare word");
            q.text = vocabulary().at(vocabulary().size() - 1 - rng.bounded(40));
            break;
        case 2:
            kind = QStringLiteral("affixed form");
            q.text = QStringList{QStringLiteral("memberdayakan"), QStringLiteral("disalurkan"),
                                 QStringLiteral("pengawasan"), QStringLiteral("dilatih"),
                                 QStringLiteral("merencanakan")}
                         .at(rng.bounded(5));
            break;
        case 3:
            kind = QStringLiteral("two words");
            q.text = randomWord(rng) + QLatin1Char(' ') + randomWord(rng);
            break;
        case 4:
            kind = QStringLiteral("prefix");
            q.text = vocabulary().at(rng.bounded(int(vocabulary().size()))).left(3);
            break;
        default:
            kind = QStringLiteral("word + filters");
            q.text = randomWord(rng);
            q.from = QDate(2023, 1, 1);
            q.to = QDate(2024, 6, 30);
            q.classification = codes.at(rng.bounded(int(codes.size()))).left(3);
            break;
        }
        q.maxSecurityLevel = 1;
        QElapsedTimer one;
        one.start();
        auto hits = search.find(q);
        const double ms = double(one.nsecsElapsed()) / 1e6;
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.errorMessage()));
            return 2;
        }
        found += int(hits->size());
        all.append(ms);
        byKind[kind].append(ms);
    }
    std::printf(
        "search: %d queries over %d letters (20 hits with snippets each, %d hits in all): p50 %.1f ms, "
        "p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        searches, letterCount, found, percentile(all, 0.5), percentile(all, 0.95), percentile(all, 0.99),
        percentile(all, 1.0));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("  %-15s p50 %.1f ms, p95 %.1f ms\n", qPrintable(it.key()), percentile(it.value(), 0.5),
                    percentile(it.value(), 0.95));
    std::printf("peak memory: %s\n", qPrintable(peakRss()));
    if (syncCount > 0) {
        if (int rc = firstSync(syncCount, rng); rc != 0)
            return rc;
    }
    // 5. REPLAY generated letters projected both ways, without a server (the device side of a first sync
    // at sizes the server side cannot be generated for quickly).
    if (const int replayCount = argc > 5 ? std::max(0, atoi(argv[5])) : 0; replayCount > 0) {
        Rows rows;
        const QString unit = newUuid();
        for (int i = 0; i < replayCount; ++i)
            rows.append({kLetterEntity + QLatin1Char('|') + newUuid(), generatedLetter(rng, i, unit, false)});
        QTemporaryDir replayDir;
        if (auto r = replayProjection(rows, replayDir.path()); !r)
            return fail(r.errorMessage());
    }
    std::printf("load average: %s\n", qPrintable(loadAverage()));
    return 0;
}
