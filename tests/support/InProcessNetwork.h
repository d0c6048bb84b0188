#pragma once

#include "server/SyncServer.h"
#include "sync/Transport.h"

namespace lontar::test {

// The sync engine talks to a real SyncServer in this process, without sockets: each request is handed
// to SyncServer::handle as the HTTP layer would hand it (the idea of tests/sync's FakeNetwork, kept
// small). For tests of the server's rules; tests of the wire run a real server on 127.0.0.1.
class InProcessNetwork final : public sync::Transport
{
public:
    explicit InProcessNetwork(server::SyncServer& server)
        : m_server(server)
    {}

    Result<sync::HttpReply> send(const sync::HttpRequest& request) override
    {
        server::ApiRequest api;
        api.method = request.method;
        api.path = request.path;
        api.query = request.query;
        api.headers = request.headers;
        api.body = request.body;
        const server::ApiResponse response = m_server.handle(api);
        sync::HttpReply reply;
        reply.status = response.status;
        reply.body = response.body;
        reply.headers = response.headers;
        return reply;
    }

private:
    server::SyncServer& m_server;
};

} // namespace lontar::test
