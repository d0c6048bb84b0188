#include "core/FtsRank.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lontar {

namespace {

// Per query: the inverse document frequency of each phrase, computed on the first row ranked.
struct PhraseWeights
{
    std::vector<double> idf;
};

struct SampleCount
{
    int rows = 0;
    sqlite3_int64 first = 0;
    sqlite3_int64 last = 0;
};

int countSample(const Fts5ExtensionApi* api, Fts5Context* fts, void* data)
{
    auto* sample = static_cast<SampleCount*>(data);
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (sample->rows == 0)
        sample->first = rowid;
    sample->last = rowid;
    return ++sample->rows >= kFtsRankSample ? SQLITE_DONE : SQLITE_OK;
}

void freeWeights(void* p)
{
    delete static_cast<PhraseWeights*>(p);
}

// Rows holding a phrase: counted when fewer than the sample, else the sample's share of the rowid span
// it covered, scaled to the table (rowids of an index that is mostly appended are dense enough).
double estimatedRows(const SampleCount& s, sqlite3_int64 rowCount)
{
    if (s.rows < kFtsRankSample)
        return s.rows;
    const double span = double(std::llabs(s.last - s.first)) + 1.0;
    return std::min(double(rowCount), double(s.rows) * double(rowCount) / std::max(span, double(s.rows)));
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
          sqlite3_value** argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rowCount = 0;
    sqlite3_int64 tokenCount = 0;
    if (api->xRowCount(fts, &rowCount) != SQLITE_OK ||
        api->xColumnTotalSize(fts, -1, &tokenCount) != SQLITE_OK) {
        sqlite3_result_error(context, "lontar_rank: index totals unreadable", -1);
        return;
    }
    auto* weights = static_cast<PhraseWeights*>(api->xGetAuxdata(fts, 0));
    if (!weights) {
        auto fresh = std::make_unique<PhraseWeights>();
        for (int p = 0; p < phrases; ++p) {
            SampleCount sample;
            if (api->xQueryPhrase(fts, p, &sample, countSample) != SQLITE_OK) {
                sqlite3_result_error(context, "lontar_rank: phrase unreadable", -1);
                return;
            }
            const double n = estimatedRows(sample, rowCount);
            // As FTS5's bm25: a phrase in more than half the rows still weighs a little.
            fresh->idf.push_back(std::max(1e-6, std::log((double(rowCount) - n + 0.5) / (n + 0.5))));
        }
        weights = fresh.get();
        if (api->xSetAuxdata(fts, fresh.release(), freeWeights) != SQLITE_OK) {
            sqlite3_result_error(context, "lontar_rank: out of memory", -1);
            return;
        }
    }
    std::vector<double> frequency(size_t(phrases), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "lontar_rank: positions unreadable", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            continue;
        const double weight = column < argc && column < columns ? sqlite3_value_double(argv[column]) : 1.0;
        frequency[size_t(phrase)] += weight;
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double average = rowCount > 0 ? double(tokenCount) / double(rowCount) : 1.0;
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = frequency[size_t(p)];
        score += weights->idf[size_t(p)] * (f * (k1 + 1.0)) /
                 (f + k1 * (1.0 - b + b * double(length) / std::max(average, 1.0)));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Status registerFtsRank(QSqlDatabase& connection)
{
    const auto fail = [] {
        return Error(
            QCoreApplication::translate("lontar::FtsRank", "Fungsi peringkat pencarian tidak dapat dipasang"),
            Error::Code::Database);
    };
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail();
    auto* db = *static_cast<sqlite3* const*>(handle.data());
    if (!db)
        return fail();
    // The documented way to reach FTS5's API: SELECT fts5(?) with a pointer bound to the parameter.
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail();
    if (api->xCreateFunction(api, "lontar_rank", nullptr, rank, nullptr) != SQLITE_OK)
        return fail();
    return {};
}

} // namespace lontar
