#include "server/HttpParser.h"

#include <QUrl>
#include <QUrlQuery>

namespace lontar::server {

namespace {
// RFC 9110 tchar: the characters of methods and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

bool hasToken(const QByteArray& commaList, QByteArrayView token)
{
    for (const QByteArray& part : commaList.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

void HttpHeadParser::reset()
{
    *this = HttpHeadParser(m_limits);
}

HttpHeadParser::State HttpHeadParser::fail(int status, const char* code, const QString& message)
{
    m_error = HttpError{status, QByteArray(code), message};
    m_state = State::Failed;
    return m_state;
}

HttpHeadParser::State HttpHeadParser::feed(const QByteArray& input)
{
    while (m_state == State::NeedMore) {
        const qsizetype newline = input.indexOf('\n', m_pos);
        const qsizetype lineEnd = newline < 0 ? input.size() : newline;
        // Checked before the line is complete, so an endless line is refused after the limit, not at
        // its end.
        if (!m_haveRequestLine && lineEnd - m_pos > m_limits.maxRequestLineBytes)
            return fail(414, "uri_too_long", QStringLiteral("request line too long"));
        if (lineEnd > m_limits.maxHeaderBytes)
            return fail(431, "headers_too_large", QStringLiteral("request header block too large"));
        if (newline < 0)
            return m_state;

        QByteArrayView line(input.constData() + m_pos, newline - m_pos);
        if (line.endsWith('\r'))
            line.chop(1);
        m_pos = newline + 1;
        if (!m_haveRequestLine) {
            // Some clients send a stray CRLF after a body (RFC 9112 2.2): tolerated, but not forever.
            if (line.isEmpty()) {
                if (++m_emptyLines > 4)
                    return fail(400, "bad_request", QStringLiteral("empty request line"));
                continue;
            }
            parseRequestLine(line);
            m_haveRequestLine = true;
        } else if (line.isEmpty()) {
            finish();
        } else {
            parseHeaderLine(line);
        }
    }
    return m_state;
}

HttpHeadParser::State HttpHeadParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces, nothing else.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "bad_request", QStringLiteral("malformed request line"));
    const QByteArrayView method = line.first(sp1);
    QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty())
        return fail(400, "bad_request", QStringLiteral("malformed request line"));
    for (char c : target) {
        if (isControl(c))
            return fail(400, "bad_request", QStringLiteral("malformed request target"));
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
        !isDigit(version.at(5)) || !isDigit(version.at(7)))
        return fail(400, "bad_request", QStringLiteral("malformed HTTP version"));
    if (version != QByteArrayView("HTTP/1.1") && version != QByteArrayView("HTTP/1.0"))
        return fail(505, "version_not_supported", QStringLiteral("only HTTP/1.0 and HTTP/1.1"));

    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 3.2.2): servers must accept it; only its path and query matter here.
        const qsizetype scheme = target.indexOf("://");
        const QByteArray name = target.first(qMax<qsizetype>(scheme, 0)).toByteArray().toLower();
        if (scheme <= 0 || (name != "http" && name != "https"))
            return fail(400, "bad_request", QStringLiteral("unsupported request target"));
        const QByteArrayView rest = target.sliced(scheme + 3);
        qsizetype start = 0;
        while (start < rest.size() && rest.at(start) != '/' && rest.at(start) != '?')
            ++start;
        m_head.target = (start < rest.size() && rest.at(start) == '/') ? QByteArray() : QByteArray("/");
        m_head.target.append(rest.sliced(start));
    } else {
        m_head.target = target.toByteArray();
    }
    m_head.method = method.toByteArray();
    m_head.minorVersion = version.at(7) - '0';
    return m_state;
}

HttpHeadParser::State HttpHeadParser::parseHeaderLine(QByteArrayView line)
{
    // obs-fold (a line starting with whitespace) is refused, as RFC 9112 5.2 allows.
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, "bad_request", QStringLiteral("folded header line"));
    const qsizetype colon = line.indexOf(':');
    // No whitespace between name and colon (RFC 9112 5.1): a classic request-smuggling vector.
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, "bad_request", QStringLiteral("malformed header line"));
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (isControl(c) && c != '\t')
            return fail(400, "bad_request", QStringLiteral("control character in header value"));
    }
    if (m_head.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, "headers_too_large", QStringLiteral("too many request headers"));

    const QByteArray name = line.first(colon).toByteArray().toLower();
    if (name == "content-length") {
        // One plain decimal only: duplicates or lists are how two parsers come to disagree on framing.
        if (m_haveContentLength)
            return fail(400, "bad_request", QStringLiteral("duplicate Content-Length"));
        m_haveContentLength = true;
        if (value.isEmpty() || value.size() > 18)
            return fail(400, "bad_request", QStringLiteral("invalid Content-Length"));
        for (char c : value) {
            if (!isDigit(c))
                return fail(400, "bad_request", QStringLiteral("invalid Content-Length"));
        }
        m_head.contentLength = value.toByteArray().toLongLong();
    } else if (name == "transfer-encoding") {
        m_transferEncoding += (m_transferEncoding.isEmpty() ? "" : ",") + value.toByteArray();
    } else if (name == "connection") {
        const QByteArray tokens = value.toByteArray();
        m_connectionClose = m_connectionClose || hasToken(tokens, "close");
        m_connectionKeepAlive = m_connectionKeepAlive || hasToken(tokens, "keep-alive");
    } else if (name == "expect") {
        m_expect = value.toByteArray();
    } else if (name == "host") {
        ++m_hostCount;
    }
    m_head.headers.append({name, value.toByteArray()});
    return m_state;
}

HttpHeadParser::State HttpHeadParser::finish()
{
    if (!m_transferEncoding.isEmpty()) {
        // Bodies are framed by Content-Length only: a streamed body of unknown size could not be held
        // to the endpoint's limit before reading it.
        if (m_haveContentLength)
            return fail(400, "bad_request", QStringLiteral("both Transfer-Encoding and Content-Length"));
        const QByteArray last = m_transferEncoding.split(',').constLast().trimmed().toLower();
        if (last == "chunked")
            return fail(411, "length_required", QStringLiteral("send the body with a Content-Length"));
        return fail(501, "not_implemented", QStringLiteral("unsupported Transfer-Encoding"));
    }
    if (m_head.minorVersion == 1 && m_hostCount != 1)
        return fail(400, "bad_request", QStringLiteral("HTTP/1.1 needs exactly one Host header"));
    if (m_hostCount > 1)
        return fail(400, "bad_request", QStringLiteral("more than one Host header"));
    if (!m_expect.isEmpty() && m_head.minorVersion == 1) {
        if (m_expect.compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, "expectation_failed", QStringLiteral("unsupported Expect"));
        m_head.expectContinue = true;
    }
    m_head.keepAlive = !m_connectionClose && (m_head.minorVersion == 1 || m_connectionKeepAlive);
    m_state = State::Done;
    return m_state;
}

ApiRequest toApiRequest(const HttpHead& head, const QHostAddress& remote)
{
    ApiRequest api;
    if (head.method == "GET" || head.method == "POST" || head.method == "PUT")
        api.method = head.method;
    else
        api.method = "OTHER";
    QByteArray target = head.target;
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    // As Qt HttpServer did: the path set tolerantly from the raw bytes and read back fully decoded.
    QUrl url;
    url.setPath(QString::fromUtf8(question < 0 ? target : target.first(question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(QString::fromUtf8(target.sliced(question + 1)));
    api.path = url.path();
    api.query = QUrlQuery(url.query());
    for (const auto& [name, value] : head.headers)
        api.headers.insert(name, value);
    api.remoteAddress = remote;
    return api;
}

} // namespace lontar::server
