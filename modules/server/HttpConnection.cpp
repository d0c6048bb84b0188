#include "server/HttpConnection.h"

#include <QSslSocket>

namespace lontar::server {

namespace {
// What a socket may hold unread: a few TLS records. Anything beyond waits in the kernel and then in
// the client's TCP window, so a flood costs the server no memory.
constexpr qint64 kSocketReadBuffer = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    struct Reason
    {
        int status;
        const char* text;
    };
    static constexpr Reason kReasons[] = {
        {100, "Continue"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {206, "Partial Content"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {416, "Range Not Satisfiable"},
        {417, "Expectation Failed"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {503, "Service Unavailable"},
        {505, "HTTP Version Not Supported"},
    };
    for (const Reason& r : kReasons) {
        if (r.status == status)
            return r.text;
    }
    return "Status"; // clients go by the number; the phrase is informative only
}

// The response owns the message framing; a handler's header cannot change it.
bool isFramingHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection";
}
} // namespace

HttpConnection::HttpConnection(QSslSocket* socket, const HttpLimits& limits, const Hooks* hooks,
                               qint64* bodyBudget, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_hooks(hooks)
    , m_bodyBudget(bodyBudget)
    , m_peer(socket->peerAddress())
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every request.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);
    // A failed handshake, a reset, a TLS error: nothing more can be said on this connection.
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::abortNow);
}

HttpConnection::~HttpConnection()
{
    // The socket (a child) aborts when deleted; its signals must not reach this half-destroyed object.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
}

void HttpConnection::start()
{
    arm(m_limits.handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

void HttpConnection::arm(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::onEncrypted()
{
    if (m_phase != Phase::Handshake)
        return;
    // The first request gets the header timeout from here: a client that completes the handshake and
    // then says nothing does not hold a connection for the whole idle timeout.
    m_phase = Phase::Head;
    arm(m_limits.headerTimeoutMs);
    processInput();
}

void HttpConnection::processInput()
{
    // Re-entered from a signal emitted while a request is being handled: the loop below carries on.
    if (m_processing)
        return;
    m_processing = true;
    bool progress = true;
    while (progress) {
        switch (m_phase) {
        case Phase::Idle:
            progress = !m_in.isEmpty() || m_socket->bytesAvailable() > 0;
            if (progress) {
                m_phase = Phase::Head;
                m_minorVersion = 1;
                m_headRequest = false;
                arm(m_limits.headerTimeoutMs); // from the first byte, not restarted on progress
            }
            break;
        case Phase::Head:
            progress = readHead();
            break;
        case Phase::Body:
            progress = readBody();
            break;
        case Phase::Draining:
            discardInput();
            progress = false;
            break;
        default: // handshaking, sending, closing: later bytes wait in the socket
            progress = false;
            break;
        }
    }
    m_processing = false;
}

bool HttpConnection::readHead()
{
    // Never more than one byte past the header limit: enough for the parser to see it was crossed.
    const qint64 room = qint64(m_limits.maxHeaderBytes) + 1 - m_in.size();
    const qint64 available = m_socket->bytesAvailable();
    const bool grew = room > 0 && available > 0;
    if (grew)
        m_in += m_socket->read(qMin(room, available));
    switch (m_parser.feed(m_in)) {
    case HttpHeadParser::State::NeedMore:
        return grew;
    case HttpHeadParser::State::Failed:
        reject(m_parser.error());
        return true;
    case HttpHeadParser::State::Done:
        m_in.remove(0, m_parser.consumed());
        beginBody();
        return true;
    }
    return false;
}

void HttpConnection::beginBody()
{
    const HttpHead& head = m_parser.head();
    m_request = toApiRequest(head, m_peer);
    m_minorVersion = head.minorVersion;
    m_keepAlive = head.keepAlive;
    m_headRequest = head.method == "HEAD";
    // Decided from the head alone: an oversized body is refused before a byte of it is read.
    const qint64 limit = m_hooks->bodyLimit ? m_hooks->bodyLimit(m_request) : 0;
    if (head.contentLength > limit) {
        reject({413, "too_large", QStringLiteral("request body too large")});
        return;
    }
    if (*m_bodyBudget + head.contentLength > m_limits.maxBodyBytesInFlight) {
        reject({503, "busy", QStringLiteral("server busy, retry later")});
        return;
    }
    m_bodyExpected = head.contentLength;
    m_bodyReserved = m_bodyExpected;
    *m_bodyBudget += m_bodyReserved;
    m_request.body.reserve(m_bodyExpected);
    if (head.expectContinue && m_bodyExpected > 0 && m_in.isEmpty() && m_socket->bytesAvailable() == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_parser.reset();
    m_phase = Phase::Body;
    arm(m_limits.bodyTimeoutMs);
}

bool HttpConnection::readBody()
{
    QByteArray& body = m_request.body;
    if (body.size() < m_bodyExpected && !m_in.isEmpty()) {
        const qsizetype take = qsizetype(qMin(m_bodyExpected - body.size(), qint64(m_in.size())));
        body.append(m_in.constData(), take);
        m_in.remove(0, take);
    }
    const qint64 missing = m_bodyExpected - body.size();
    const qint64 available = m_socket->bytesAvailable();
    if (missing > 0 && available > 0) {
        // Exactly what the body still lacks; later bytes are the next request and stay in the socket.
        const qsizetype old = body.size();
        body.resize(old + qsizetype(qMin(missing, available)));
        const qint64 got = m_socket->read(body.data() + old, body.size() - old);
        body.resize(old + qsizetype(qMax<qint64>(got, 0)));
        if (got > 0)
            arm(m_limits.bodyTimeoutMs);
    }
    if (body.size() < m_bodyExpected)
        return false;
    dispatch();
    return true;
}

void HttpConnection::dispatch()
{
    m_timer.stop();
    m_phase = Phase::Sending;
    const ApiResponse response = m_hooks->handle(m_request);
    releaseBody();
    respond(response, !m_keepAlive);
    // The request was read to its end: nothing the client sends later can be lost to a reset.
    if (!m_keepAlive)
        closeGracefully();
}

void HttpConnection::respond(const ApiResponse& response, bool close)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool cacheControlSet = false;
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it) {
        if (!isFramingHeader(it.key()))
            out += it.key() + ": " + it.value() + "\r\n";
        cacheControlSet = cacheControlSet || it.key().toLower() == "cache-control";
    }
    if (!cacheControlSet) // nothing the API answers may be cached; a handler that says so says it once
        out += "Cache-Control: no-store\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!m_headRequest)
        out += response.body;

    m_phase = Phase::Sending;
    arm(m_limits.sendTimeoutMs);
    m_socket->write(out);
}

void HttpConnection::reject(const HttpError& error)
{
    releaseBody();
    m_in.clear();
    // Framing is lost (or the rest of the request unwanted): the connection ends after this response.
    m_keepAlive = false;
    respond(ApiResponse::error(error.status, QString::fromLatin1(error.code), error.message), true);
    m_phase = Phase::Draining;
    arm(m_limits.lingerMs);
    discardInput();
}

void HttpConnection::discardInput()
{
    char scratch[16 * 1024];
    while (m_socket->bytesAvailable() > 0) {
        if (m_socket->read(scratch, sizeof scratch) <= 0)
            break;
    }
}

void HttpConnection::onWritten()
{
    if (m_phase == Phase::Closing) {
        arm(m_limits.sendTimeoutMs); // the last response is still moving
        return;
    }
    if (m_phase != Phase::Sending)
        return;
    arm(m_limits.sendTimeoutMs);
    if (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0)
        return;
    // One request at a time: the next one is read only once this response has left, so a client
    // pipelining requests without reading the answers cannot pile responses up in our buffers.
    m_phase = Phase::Idle;
    arm(m_limits.idleTimeoutMs);
    processInput();
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        closeGracefully();
        break;
    case Phase::Head:
        if (m_in.isEmpty())
            closeGracefully();
        else
            reject({408, "timeout", QStringLiteral("request header not received in time")});
        break;
    case Phase::Body:
        reject({408, "timeout", QStringLiteral("request body stalled")});
        break;
    case Phase::Draining:
        closeGracefully();
        break;
    case Phase::Handshake:
    case Phase::Sending:
    case Phase::Closing:
        abortNow();
        break;
    case Phase::Closed:
        break;
    }
}

void HttpConnection::closeGracefully()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_in.clear();
    releaseBody();
    arm(m_limits.sendTimeoutMs); // a client that never reads the last bytes cannot keep the socket
    // Sends what is buffered first, then the TLS close_notify and FIN.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void HttpConnection::abortNow()
{
    if (m_phase == Phase::Closed)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::onDisconnected()
{
    finish();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    m_in.clear();
    releaseBody();
    Q_EMIT closed(this);
}

void HttpConnection::releaseBody()
{
    *m_bodyBudget -= m_bodyReserved;
    m_bodyReserved = 0;
    m_bodyExpected = 0;
    m_request = ApiRequest();
}

} // namespace lontar::server
