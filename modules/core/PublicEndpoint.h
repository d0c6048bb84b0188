#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace lontar {

// A request to a module's public page, without the transport: the server maps HTTPS onto it, tests
// can call the endpoint directly.
struct PublicRequest
{
    QByteArray method; // "GET", "POST", "PUT", or "OTHER" for anything else
    QString subPath;   // the decoded path after the endpoint's prefix: "/v/<id>" gives "<id>"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                       // never longer than the endpoint's maxBodyBytes()
};

struct PublicResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // the transport keeps the framing headers for itself
};

// All a public endpoint may read of the server: the current synced rows (the entities' JSON), one at
// a time by entity and id. No tokens, devices, users' secrets, change log or blobs.
class SyncedRowReader
{
public:
    virtual ~SyncedRowReader() = default;
    // The row's data; std::nullopt when there is no such row or it was deleted; an error when the
    // database cannot answer.
    virtual Result<std::optional<QJsonObject>> row(const QString& entity, const QString& entityId) const = 0;
};

// A public, unauthenticated, read-only page a module offers on the central server, under its own path
// prefix outside the sync API (/api/v1). Modules return them from Module::publicEndpoints(); the server
// runs them for the modules it links. Called on the server's thread, one request at a time; an endpoint
// keeps no state between requests.
class PublicEndpoint
{
public:
    virtual ~PublicEndpoint() = default;
    // "/v/": starts and ends with '/', at least one character between, never under "/api/". The server
    // ignores an endpoint whose prefix breaks this or is already taken.
    virtual QString pathPrefix() const = 0;
    // The largest request body the endpoint accepts. The transport answers 413 from the request head,
    // before a byte of a larger body is read.
    virtual qint64 maxBodyBytes() const = 0;
    virtual PublicResponse handle(const PublicRequest& request, const SyncedRowReader& rows) const = 0;
};

} // namespace lontar
