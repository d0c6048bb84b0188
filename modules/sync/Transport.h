#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace lontar::sync {

struct HttpRequest
{
    QByteArray method;
    QString path; // "/api/v1/..."
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// How the engine reaches the server. Synchronous: the engine runs on its own thread. A network
// failure (no answer at all) is an Error with Code::Network; any HTTP answer is a reply.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual Result<HttpReply> send(const HttpRequest& request) = 0;
};

// HTTPS with QNetworkAccessManager. With a pinned SHA-256 fingerprint, exactly that certificate is
// accepted (the embedded server's self-signed one); without, normal CA verification applies.
std::unique_ptr<Transport> makeHttpsTransport(const QString& baseUrl, const QString& pinnedSha256,
                                              int timeoutMs = 30000);

} // namespace lontar::sync
