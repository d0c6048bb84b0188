#pragma once

// The demo records on a central server's database. Header-only on purpose: the domain library
// (lontar_records) links no server code; whoever calls this links lontar::records_cli (the server's
// MutationWriter through ServerRecordsRows), as lontar, lontar-server and lontar-cli do.

#include "records/RecordsCli.h"
#include "records/RecordsDemo.h"
#include "records/RecordsModule.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>

namespace lontar::records {

// A finished upload of `unitId`: content stored once (srv_blobs, srv_blob_chunks) and the unit recorded
// as holding it, the way the server's blob finalize leaves it.
inline Status storeDemoServerBlob(Database& serverDb, const QByteArray& bytes, const QString& sha256,
                                  const QString& unitId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto blob = serverDb.exec(
        QStringLiteral("INSERT INTO srv_blobs (sha256, size, received, complete, unit_id, updated_at) "
                       "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
        {sha256, qint64(bytes.size()), qint64(bytes.size()), unitId, now});
    if (!blob)
        return blob.error();
    if (blob->numRowsAffected() > 0) {
        for (qint64 at = 0; at < bytes.size(); at += sync::kMaxBlobChunk) {
            auto chunk = serverDb.exec(
                QStringLiteral("INSERT INTO srv_blob_chunks (sha256, chunk_offset, data) VALUES (?, ?, ?)"),
                {sha256, at, bytes.mid(at, sync::kMaxBlobChunk)});
            if (!chunk)
                return chunk.error();
        }
    }
    auto unit = serverDb.exec(QStringLiteral("INSERT INTO srv_blob_units (sha256, unit_id, completed_at) "
                                             "VALUES (?, ?, ?) ON CONFLICT (sha256, unit_id) DO NOTHING"),
                              {sha256, unitId, now});
    return unit ? Status() : Status(unit.error());
}

// The demo records (RecordsDemo.h) on the server, each row written as its demo user through the server's
// MutationWriter, so devices pull them like pushed changes. Seeds the demo instruments first (their codes
// are used). Does nothing when the server holds incoming letters already.
inline Status seedDemoRecords(Database& serverDb, const QDate& today = QDate::currentDate())
{
    if (Status s = seedDemoInstruments(serverDb); !s)
        return s;
    DemoRecordsTarget target;
    target.rowsFor = [&serverDb](const Actor& actor) -> std::unique_ptr<RecordsRows> {
        return std::make_unique<ServerRecordsRows>(serverDb, actor);
    };
    target.storeBlob = [&serverDb](const QByteArray& bytes, const QString& sha, const QString& unitId) {
        return storeDemoServerBlob(serverDb, bytes, sha, unitId);
    };
    target.hasLetters = [&serverDb]() -> Result<bool> {
        auto n = serverDb.scalar(QStringLiteral("SELECT COUNT(*) FROM srv_rows WHERE entity = ?"),
                                 {kLetterEntity});
        if (!n)
            return n.error();
        return n->toLongLong() > 0;
    };
    return seedDemoRecords(serverDb, target, today);
}

} // namespace lontar::records
