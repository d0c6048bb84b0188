#pragma once

#include "server/HttpLimits.h"
#include "server/SyncServer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace lontar::server {

// The request line and header block of one HTTP/1.x request.
struct HttpHead
{
    QByteArray method;
    QByteArray target;                            // origin-form: "/path?query"
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names, trimmed values, in order
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
};

// Why a request is refused before it reaches the API; `code` is the JSON error code.
struct HttpError
{
    int status = 400;
    QByteArray code = "bad_request";
    QString message;
};

// Incremental parser of a request head. The connection calls feed() with its input buffer each time
// more bytes arrived; the parser resumes where it stopped, so a head trickling in byte by byte costs
// linear time, and it fails as soon as a limit is crossed instead of waiting for the whole block.
class HttpHeadParser
{
public:
    enum class State
    {
        NeedMore,
        Done,
        Failed
    };

    explicit HttpHeadParser(const HttpLimits& limits)
        : m_limits(limits)
    {}

    // `input` is the same buffer on every call, only ever appended to. On Done, the first consumed()
    // bytes are the head; the rest is the body or the next request.
    State feed(const QByteArray& input);
    void reset();

    const HttpHead& head() const { return m_head; }
    const HttpError& error() const { return m_error; }
    qsizetype consumed() const { return m_pos; }

private:
    State fail(int status, const char* code, const QString& message);
    State parseRequestLine(QByteArrayView line);
    State parseHeaderLine(QByteArrayView line);
    State finish();

    HttpLimits m_limits;
    State m_state = State::NeedMore;
    HttpHead m_head;
    HttpError m_error;
    qsizetype m_pos = 0; // first byte not yet parsed
    int m_emptyLines = 0;
    bool m_haveRequestLine = false;
    bool m_haveContentLength = false;
    int m_hostCount = 0;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    QByteArray m_transferEncoding;
    QByteArray m_expect;
};

// The API's view of a parsed head, mapped as Qt HttpServer did: method GET/POST/PUT or "OTHER", path
// percent-decoded like QUrl::path(), the query, lower-case header names. The body is left empty.
ApiRequest toApiRequest(const HttpHead& head, const QHostAddress& remote);

} // namespace lontar::server
