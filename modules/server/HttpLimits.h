#pragma once

#include <QtGlobal>

namespace lontar::server {

// Resource limits of the HTTP/1.1 layer. Every number bounds what one unauthenticated client can make
// the server hold (memory, sockets, time). Body limits come from the API (sync/SyncProtocol.h).
struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024; // longer: 414
    int maxHeaderBytes = 16 * 1024;     // request line + header lines; longer: 431
    int maxHeaderCount = 100;           // more: 431

    int handshakeTimeoutMs = 10000; // TCP accept to finished TLS handshake
    int headerTimeoutMs = 10000;    // first byte of a request (or the handshake) to its complete header block
    int bodyTimeoutMs = 30000;      // longest pause while a body is being received
    int idleTimeoutMs = 60000;      // keep-alive connection waiting for its next request
    int sendTimeoutMs = 30000;      // longest pause while the client is not reading our response
    // After refusing a request (413, 400...) the server reads and discards what the client is still
    // sending for this long before closing: closing on unread bytes makes TCP reset the connection, and
    // a client still uploading would then lose the error response. Nothing of it is kept.
    int lingerMs = 1000;

    int maxConnectionsPerAddress = 32; // per IPv4 address / IPv6 /64; over the cap: closed at once
    int maxConnections = 1024;         // all clients together
    // Request bodies held by all connections together (each is reserved when its head arrives): many
    // clients announcing 4 MiB each get 503 instead of exhausting memory.
    qint64 maxBodyBytesInFlight = 256LL * 1024 * 1024;
};

} // namespace lontar::server
