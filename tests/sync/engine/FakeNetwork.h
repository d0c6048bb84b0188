#pragma once

#include "server/SyncServer.h"
#include "sync/Transport.h"

#include <functional>

// The FakeFolder idea from Nextcloud's client: the engine talks to a real SyncServer in the same
// process, with no sockets, and the test decides which requests fail and how.
class FakeNetwork final : public lontar::sync::Transport
{
public:
    explicit FakeNetwork(lontar::server::SyncServer& server)
        : m_server(server)
    {}

    // The next N requests never reach the server (cable pulled).
    int failBeforeServer = 0;
    // The next N requests reach the server and are processed, but the answer is lost.
    int loseReply = 0;
    // Sees every request before it is handled; may change it (e.g. corrupt a body).
    std::function<void(lontar::sync::HttpRequest&)> inspect;
    int requests = 0;
    qint64 bytesSent = 0;

    lontar::Result<lontar::sync::HttpReply> send(const lontar::sync::HttpRequest& request) override
    {
        ++requests;
        if (failBeforeServer > 0) {
            --failBeforeServer;
            return lontar::Error(QStringLiteral("network unreachable"), lontar::Error::Code::Network);
        }
        lontar::sync::HttpRequest copy = request;
        if (inspect)
            inspect(copy);
        bytesSent += copy.body.size();
        lontar::server::ApiRequest api;
        api.method = copy.method;
        api.path = copy.path;
        api.query = copy.query;
        api.headers = copy.headers;
        api.body = copy.body;
        api.remoteAddress = QHostAddress(QStringLiteral("10.0.0.7"));
        const lontar::server::ApiResponse response = m_server.handle(api);
        if (loseReply > 0) {
            --loseReply;
            return lontar::Error(QStringLiteral("connection reset"), lontar::Error::Code::Network);
        }
        lontar::sync::HttpReply reply;
        reply.status = response.status;
        reply.body = response.body;
        reply.headers = response.headers;
        return reply;
    }

private:
    lontar::server::SyncServer& m_server;
};
