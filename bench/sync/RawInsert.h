#pragma once

#include <QString>

namespace lontar::bench {

struct Rate
{
    qint64 rows = 0;
    double seconds = 0.0;
    QString error; // non-empty: the measurement failed and the figures mean nothing
    double perSecond() const { return seconds > 0 ? double(rows) / seconds : 0.0; }
};

// The baseline a sync push is compared with: the same small event rows inserted directly into
// the server's database, `batch` rows per transaction (the push batch size), with prepared
// statements. `url` is a SQLite file path or a postgresql:// URL.
Rate rawInsertRate(const QString& url, qint64 rows, int batch);

// The same through pgbench (the reference tool), one client, `batch` inserts per transaction.
// Empty error and zero rows when pgbench is not installed.
Rate pgbenchInsertRate(const QString& postgresUrl, qint64 rows, int batch);

// A payload like a small attendance event (~120 bytes of JSON), deterministic for row i.
QString eventPayload(qint64 i);

} // namespace lontar::bench
