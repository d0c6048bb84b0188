// The fault relay is the instrument of the reliability suite, so it is tested on its own first:
// against a tiny echo server, every fault must do exactly what it says and nothing more.
#include "FaultRelay.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace lontar::test;

namespace {

// Echoes every byte back and counts what it received, on its own thread (the test blocks).
class EchoServer
{
public:
    EchoServer()
    {
        m_server = new QTcpServer;
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray data = s->readAll();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_received += data.size();
                    }
                    s->write(data);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
    }
    ~EchoServer()
    {
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_server->serverPort(); }
    qint64 received() const
    {
        QMutexLocker lock(&m_mutex);
        return m_received;
    }

private:
    QThread m_thread;
    QTcpServer* m_server = nullptr;
    mutable QMutex m_mutex;
    qint64 m_received = 0;
};

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

struct Exchange
{
    QByteArray reply;
    bool closedByPeer = false;
    bool connected = false;
};

// Sends `payload` through the relay and collects what comes back until `expect` bytes arrived,
// the peer closed, or `timeoutMs` passed.
Exchange exchange(quint16 port, const QByteArray& payload, qint64 expect, int timeoutMs = 5000)
{
    Exchange out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    out.connected = socket.waitForConnected(2000);
    if (!out.connected)
        return out;
    socket.write(payload);
    QElapsedTimer clock;
    clock.start();
    while (out.reply.size() < expect && clock.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            out.closedByPeer = true;
            break;
        }
        socket.waitForReadyRead(50);
        out.reply += socket.readAll();
    }
    if (!out.closedByPeer && out.reply.size() >= expect) {
        // Give a pending close a moment to show up, so "then cut" can be checked too.
        socket.waitForReadyRead(150);
        out.reply += socket.readAll();
        out.closedByPeer = socket.state() != QAbstractSocket::ConnectedState;
    }
    return out;
}

} // namespace

class TestFaultRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsBytesUnchangedWithoutFaults()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QString why;
        QVERIFY2(relay.start(&why), qPrintable(why));
        const QByteArray payload = pattern(300 * 1024);
        const Exchange ex = exchange(relay.port(), payload, payload.size());
        QVERIFY(ex.connected);
        QCOMPARE(ex.reply.size(), payload.size());
        QVERIFY(ex.reply == payload);
        QCOMPARE(relay.stats().accepted, 1);
        QCOMPARE(relay.stats().cut, 0);
        QCOMPARE(relay.stats().bytesUp, qint64(payload.size()));
    }

    void dropClosesConnectionBeforeAnyByte()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        FaultRelay::Faults f;
        f.dropProbability = 1.0;
        relay.setFaults(f);
        const Exchange ex = exchange(relay.port(), pattern(1000), 1000, 2000);
        QVERIFY(ex.reply.isEmpty());
        QVERIFY(ex.closedByPeer);
        QCOMPARE(echo.received(), qint64(0));
        QCOMPARE(relay.stats().dropped, 1);

        relay.clearFaults();
        const Exchange again = exchange(relay.port(), pattern(1000), 1000);
        QCOMPARE(again.reply.size(), 1000); // faults are switchable at run time
    }

    void cutUpstreamDeliversExactlyNBytes()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        FaultRelay::Faults f;
        f.cutAfterBytesUp = 1000;
        relay.setFaults(f);
        const Exchange ex = exchange(relay.port(), pattern(5000), 5000, 3000);
        QVERIFY(ex.closedByPeer);
        QVERIFY(ex.reply.size() <= 1000);
        QTRY_COMPARE(echo.received(), qint64(1000));
        QCOMPARE(relay.stats().cut, 1);
    }

    void cutDownstreamDeliversExactlyNBytes()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        FaultRelay::Faults f;
        f.cutAfterBytesDown = 1234;
        relay.setFaults(f);
        const QByteArray payload = pattern(5000);
        const Exchange ex = exchange(relay.port(), payload, payload.size(), 3000);
        QVERIFY(ex.closedByPeer);
        QCOMPARE(ex.reply.size(), 1234);
        QVERIFY(ex.reply == payload.left(1234));
    }

    void delayHoldsBytesInBothDirections()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        FaultRelay::Faults f;
        f.delayMs = 150;
        f.jitterMs = 20;
        relay.setFaults(f);
        QElapsedTimer clock;
        clock.start();
        const QByteArray payload = pattern(2000);
        const Exchange ex = exchange(relay.port(), payload, payload.size());
        QVERIFY(ex.reply == payload); // jitter never reorders bytes
        // A lower bound only: the relay must hold the bytes, however slow the machine is.
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    }

    void stallHoldsBytesUntilReleased()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        relay.setStalled(true);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(pattern(4000));
        QVERIFY(!socket.waitForReadyRead(400));
        QCOMPARE(echo.received(), qint64(0));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // stalled, not closed
        relay.setStalled(false);
        QByteArray reply;
        QElapsedTimer clock;
        clock.start();
        while (reply.size() < 4000 && clock.elapsed() < 5000) {
            socket.waitForReadyRead(50);
            reply += socket.readAll();
        }
        QVERIFY(reply == pattern(4000));
    }

    void abortAllResetsLiveConnections()
    {
        EchoServer echo;
        FaultRelay relay(QHostAddress::LocalHost, echo.port(), 7);
        QVERIFY(relay.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("ping");
        QVERIFY(socket.waitForReadyRead(2000));
        QCOMPARE(socket.readAll(), QByteArray("ping"));
        QTRY_COMPARE(relay.liveConnections(), 1);
        relay.abortAll();
        QTRY_VERIFY(socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(10));
        QTRY_COMPARE(relay.liveConnections(), 0);
        QCOMPARE(relay.stats().aborted, 1);
    }

    void refusedUpstreamClosesClient()
    {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        FaultRelay relay(QHostAddress::LocalHost, deadPort, 7);
        QVERIFY(relay.start());
        const Exchange ex = exchange(relay.port(), pattern(10), 10, 3000);
        QVERIFY(ex.reply.isEmpty());
        QVERIFY(ex.closedByPeer);
    }

    void randomCutsAreReproducibleFromTheSeed()
    {
        EchoServer echo;
        auto run = [&](quint64 seed) {
            FaultRelay relay(QHostAddress::LocalHost, echo.port(), seed);
            relay.start();
            FaultRelay::Faults f;
            f.cutProbability = 0.5;
            f.dropProbability = 0.2;
            f.cutMinBytes = 100;
            f.cutMaxBytes = 3000;
            relay.setFaults(f);
            QList<int> replySizes;
            for (int i = 0; i < 12; ++i)
                replySizes.append(int(exchange(relay.port(), pattern(4000), 4000, 3000).reply.size()));
            return std::make_pair(relay.decisions(), replySizes);
        };
        const auto a = run(42);
        const auto b = run(42);
        const auto c = run(43);
        QCOMPARE(a.first.size(), 12);
        QVERIFY(a.first == b.first);
        QVERIFY(a.first != c.first);
        int cuts = 0;
        for (int i = 0; i < a.first.size(); ++i) {
            const FaultRelay::Decision& d = a.first.at(i);
            if (d.dropped) {
                QCOMPARE(a.second.at(i), 0);
            } else if (d.cutDown >= 0) {
                ++cuts;
                QCOMPARE(a.second.at(i), int(d.cutDown)); // the client got exactly the first N bytes
            } else if (d.cutUp >= 0) {
                ++cuts;
                QVERIFY(a.second.at(i) <= int(d.cutUp));
            } else {
                QCOMPARE(a.second.at(i), 4000);
            }
        }
        QVERIFY(cuts > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultRelay)
#include "tst_faultrelay.moc"
