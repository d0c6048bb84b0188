#pragma once

#include "server/HttpLimits.h"
#include "server/HttpParser.h"
#include "server/SyncServer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace lontar::server {

// One client connection: TLS handshake, then HTTP/1.1 requests one at a time (keep-alive), each
// parsed incrementally, its body limit decided from the head before a body byte is read, and every
// phase bounded in time. Bytes are pulled from the socket only as far as the current phase needs;
// the socket's own read buffer is capped, so a client that sends too much is held back by TCP.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<qint64(const ApiRequest&)> bodyLimit; // called with the head only (empty body)
        std::function<ApiResponse(const ApiRequest&)> handle;
    };

    // Takes ownership of `socket` (already connected, TLS configured). `bodyBudget` is shared by all
    // connections of a listener: the bytes of request bodies being held right now.
    HttpConnection(QSslSocket* socket, const HttpLimits& limits, const Hooks* hooks, qint64* bodyBudget,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    void start();
    QHostAddress peerAddress() const { return m_peer; }

Q_SIGNALS:
    // Emitted once, when the connection is over; the owner deletes it later.
    void closed(lontar::server::HttpConnection* connection);

private:
    enum class Phase
    {
        Handshake,
        Idle, // keep-alive, waiting for the next request
        Head,
        Body,
        Sending,
        Draining, // refused: the error response is out, later input is discarded until we close
        Closing,
        Closed
    };

    void onEncrypted();
    void onReadyRead() { processInput(); }
    void onWritten();
    void onTimeout();
    void onDisconnected();

    void processInput();
    bool readHead();
    void beginBody();
    bool readBody();
    void dispatch();
    void respond(const ApiResponse& response, bool close);
    void discardInput();
    void reject(const HttpError& error);
    void closeGracefully();
    void abortNow();
    void finish();
    void arm(int ms);
    void releaseBody();

    QSslSocket* m_socket;
    HttpLimits m_limits;
    const Hooks* m_hooks;
    qint64* m_bodyBudget;
    QHostAddress m_peer;
    QTimer m_timer; // the deadline of the current phase
    Phase m_phase = Phase::Handshake;
    HttpHeadParser m_parser;
    QByteArray m_in; // the head being parsed; after it, at most one head's worth of the next bytes
    ApiRequest m_request;
    qint64 m_bodyExpected = 0;
    qint64 m_bodyReserved = 0; // this request's share of *m_bodyBudget
    int m_minorVersion = 1;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_closeAfterSend = false;
    bool m_processing = false;
};

} // namespace lontar::server
