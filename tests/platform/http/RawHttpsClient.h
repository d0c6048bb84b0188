#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

#include <optional>

namespace lontar::test {

struct RawReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// A blocking HTTPS client that writes exactly the bytes it is given: the attacker's side of the
// hardening tests. The server runs on its own thread, so blocking here is fine. The server's
// self-signed certificate is accepted only if it has the pinned SHA-256.
class RawHttpsClient
{
public:
    explicit RawHttpsClient(QString pin)
        : m_pin(std::move(pin))
    {
        QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket,
                         [this](const QList<QSslError>& errors) {
                             const QByteArray digest =
                                 m_socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
                             if (QString::fromLatin1(digest) == m_pin)
                                 m_socket.ignoreSslErrors(errors);
                         });
    }

    QSslSocket& socket() { return m_socket; }

    bool connectTo(quint16 port, int ms = 10000)
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(ms);
    }

    // Writes and waits until the bytes have left; false if the connection is gone.
    bool send(const QByteArray& data, int ms = 10000)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        m_socket.write(data);
        return flush(ms);
    }

    bool flush(int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (pending() > 0 && t.elapsed() < ms) {
            if (!m_socket.waitForBytesWritten(int(qMax<qint64>(1, ms - t.elapsed()))))
                break;
        }
        return m_socket.state() == QAbstractSocket::ConnectedState && pending() == 0;
    }

    // Sends `total` bytes of `pattern` repeated (default: filler) in chunks, never holding more than a
    // few chunks in our own buffers (the server is in this process: our memory counts too). Driven by
    // the event loop rather than waitForBytesWritten(), which would read the socket past its read
    // buffer limit: this client stops reading once that limit is reached, as a real one may. Returns
    // the bytes handed over before the connection went away or the time ran out.
    qint64 stream(qint64 total, int ms, const QByteArray& pattern = "x")
    {
        const QByteArray chunk = pattern.repeated(qMax<qsizetype>(1, 256 * 1024 / pattern.size()));
        QElapsedTimer t;
        t.start();
        qint64 sent = 0;
        while (sent < total && t.elapsed() < ms && isOpen()) {
            if (pending() > 1024 * 1024) {
                QTest::qWait(5);
                continue;
            }
            const qint64 n = qMin<qint64>(chunk.size(), total - sent);
            if (m_socket.write(chunk.constData(), n) != n)
                break;
            sent += n;
        }
        while (pending() > 0 && isOpen() && t.elapsed() < ms)
            QTest::qWait(5);
        return sent;
    }

    // The next complete response (Content-Length framed), or nothing if none came in time.
    std::optional<RawReply> reply(int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            if (auto r = takeReply())
                return r;
            if (m_socket.state() == QAbstractSocket::UnconnectedState || t.elapsed() >= ms)
                return std::nullopt;
            m_socket.waitForReadyRead(int(qMax<qint64>(1, ms - t.elapsed())));
        }
    }

    // True once the server has closed the connection (within `ms`); bytes that arrive meanwhile are
    // kept for reply().
    bool waitClosed(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            if (t.elapsed() >= ms)
                return false;
            m_socket.waitForReadyRead(int(qMax<qint64>(1, ms - t.elapsed())));
            m_buffer += m_socket.readAll();
        }
        m_buffer += m_socket.readAll();
        return true;
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    qint64 pending() const { return m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite(); }

    std::optional<RawReply> takeReply()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        RawReply r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            return std::nullopt;
        r.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return std::nullopt;
        r.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return r;
    }

    QString m_pin;
    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace lontar::test
