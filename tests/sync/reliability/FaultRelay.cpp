#include "FaultRelay.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator64>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace lontar::test {

namespace {

struct Chunk
{
    QByteArray data;
    qint64 dueMs = 0;
};

// One direction of a relayed connection: bytes read from `from`, queued, written to `to`.
struct Pipe
{
    QTcpSocket* from = nullptr;
    QTcpSocket* to = nullptr;
    std::deque<Chunk> queue;
    qint64 forwarded = 0;
    qint64 cutAt = -1;
    bool sourceClosed = false;
    bool targetClosed = false;
};

// Seeds from all 64 bits (the one-argument constructor would keep only 32).
QRandomGenerator64 seeded(quint64 seed)
{
    const quint32 words[2] = {quint32(seed & 0xffffffffU), quint32(seed >> 32)};
    return QRandomGenerator64(words);
}

} // namespace

class RelayConnection : public QObject
{
public:
    RelayConnection(FaultRelay* relay, QTcpSocket* client, const FaultRelay::Decision& decision,
                    quint64 jitterSeed, QObject* parent)
        : QObject(parent)
        , m_relay(relay)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
        , m_jitter(seeded(jitterSeed))
    {
        m_clock.start();
        m_client->setParent(this);
        m_up.from = m_client;
        m_up.to = m_upstream;
        m_up.cutAt = decision.cutUp;
        m_down.from = m_upstream;
        m_down.to = m_client;
        m_down.cutAt = decision.cutDown;
        m_timer.setSingleShot(true);
        m_timer.setParent(this);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });

        QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] { readFrom(m_up); });
        QObject::connect(m_upstream, &QTcpSocket::readyRead, this, [this] { readFrom(m_down); });
        QObject::connect(m_client, &QTcpSocket::disconnected, this, [this] { sourceGone(m_up, m_down); });
        QObject::connect(m_upstream, &QTcpSocket::disconnected, this, [this] { sourceGone(m_down, m_up); });
        QObject::connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstreamReady = true;
            pump();
        });
        QObject::connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!m_upstreamReady) // refused: the client sees a reset, as it would without the relay
                closeAll(false);
        });
        m_upstream->connectToHost(m_relay->m_targetHost, m_relay->m_targetPort.load());
        readFrom(m_up); // the client may have written before we connected our slots
    }

    void pump()
    {
        if (m_dead)
            return;
        bool stalled = false;
        {
            QMutexLocker lock(&m_relay->m_mutex);
            stalled = m_relay->m_faults.stall;
        }
        if (stalled)
            return; // resumed by FaultRelay::setStalled(false) -> pumpAll()
        if (m_upstreamReady)
            pumpPipe(m_up);
        if (m_dead)
            return;
        pumpPipe(m_down);
        if (m_dead)
            return;
        scheduleNext();
        finishIfDone();
    }

    void abortNow()
    {
        if (m_dead)
            return;
        {
            QMutexLocker lock(&m_relay->m_mutex);
            ++m_relay->m_stats.aborted;
        }
        closeAll(false);
    }

private:
    void readFrom(Pipe& pipe)
    {
        if (m_dead || !pipe.from || pipe.from->bytesAvailable() <= 0)
            return;
        const QByteArray data = pipe.from->readAll();
        int delay = 0;
        int jitter = 0;
        {
            QMutexLocker lock(&m_relay->m_mutex);
            delay = m_relay->m_faults.delayMs;
            jitter = m_relay->m_faults.jitterMs;
        }
        qint64 due = m_clock.elapsed() + delay + (jitter > 0 ? qint64(m_jitter.bounded(jitter + 1)) : 0);
        if (!pipe.queue.empty())
            due = std::max(due, pipe.queue.back().dueMs); // jitter never reorders bytes
        pipe.queue.push_back(Chunk{data, due});
        pump();
    }

    void pumpPipe(Pipe& pipe)
    {
        const qint64 now = m_clock.elapsed();
        while (!m_dead && !pipe.queue.empty() && pipe.queue.front().dueMs <= now && !pipe.targetClosed) {
            QByteArray data = std::move(pipe.queue.front().data);
            pipe.queue.pop_front();
            if (pipe.cutAt >= 0 && pipe.forwarded + data.size() >= pipe.cutAt) {
                const qint64 part = pipe.cutAt - pipe.forwarded;
                write(pipe, data.left(part));
                cut(pipe);
                return;
            }
            write(pipe, data);
        }
    }

    void write(Pipe& pipe, const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        pipe.to->write(data);
        pipe.forwarded += data.size();
        QMutexLocker lock(&m_relay->m_mutex);
        (&pipe == &m_up ? m_relay->m_stats.bytesUp : m_relay->m_stats.bytesDown) += data.size();
    }

    // The receiving side gets exactly the bytes forwarded so far and then an orderly close; the
    // sending side gets a reset, as when a middlebox drops the flow.
    void cut(Pipe& pipe)
    {
        {
            QMutexLocker lock(&m_relay->m_mutex);
            ++m_relay->m_stats.cut;
        }
        pipe.to->flush();
        pipe.to->waitForBytesWritten(200);
        pipe.to->disconnectFromHost();
        pipe.from->abort();
        closeAll(true);
    }

    void sourceGone(Pipe& pipe, Pipe& reverse)
    {
        if (m_dead)
            return;
        readFrom(pipe); // bytes that arrived together with the FIN
        pipe.sourceClosed = true;
        reverse.targetClosed = true;
        reverse.queue.clear(); // nobody left to deliver them to
        pump();
    }

    void finishIfDone()
    {
        // A direction whose source closed is half-closed towards its target once drained.
        for (Pipe* pipe : {&m_up, &m_down}) {
            if (pipe->sourceClosed && pipe->queue.empty() && !pipe->targetClosed) {
                if (pipe == &m_up && !m_upstreamReady)
                    continue;
                pipe->targetClosed = true;
                pipe->to->flush();
                pipe->to->disconnectFromHost();
            }
        }
        if (m_up.sourceClosed && m_down.sourceClosed)
            closeAll(true);
        else if (m_up.targetClosed && m_down.targetClosed)
            closeAll(true);
    }

    void scheduleNext()
    {
        qint64 next = -1;
        for (const Pipe* pipe : {&m_up, &m_down}) {
            if (pipe->queue.empty() || (pipe == &m_up && !m_upstreamReady))
                continue;
            const qint64 due = pipe->queue.front().dueMs;
            next = next < 0 ? due : std::min(next, due);
        }
        if (next >= 0)
            m_timer.start(int(std::max<qint64>(0, next - m_clock.elapsed())));
    }

    void closeAll(bool graceful)
    {
        if (m_dead)
            return;
        m_dead = true;
        m_timer.stop();
        for (QTcpSocket* socket : {m_client, m_upstream}) {
            socket->disconnect(this);
            if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
                socket->flush();
                socket->waitForBytesWritten(200);
                socket->disconnectFromHost();
            } else if (socket->state() != QAbstractSocket::UnconnectedState &&
                       socket->state() != QAbstractSocket::ClosingState) {
                socket->abort();
            }
        }
        deleteLater();
    }

    FaultRelay* m_relay;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    QRandomGenerator64 m_jitter;
    QElapsedTimer m_clock;
    QTimer m_timer;
    Pipe m_up;
    Pipe m_down;
    bool m_upstreamReady = false;
    bool m_dead = false;
};

class RelayWorker : public QObject
{
public:
    explicit RelayWorker(FaultRelay* relay)
        : m_relay(relay)
        , m_random(seeded(relay->m_seed))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
    }

    bool listen(quint16 port, QString* error)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port)) {
            if (error)
                *error = m_server.errorString();
            return false;
        }
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }

    void pumpAll()
    {
        for (const QPointer<RelayConnection>& c : std::as_const(m_connections))
            if (c)
                c->pump();
    }

    void abortAll()
    {
        const auto copy = m_connections;
        for (const QPointer<RelayConnection>& c : copy)
            if (c)
                c->abortNow();
    }

    int live() const
    {
        return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                                 [](const QPointer<RelayConnection>& c) { return !c.isNull(); }));
    }

private:
    void acceptAll()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            FaultRelay::Decision decision;
            quint64 jitterSeed = 0;
            {
                QMutexLocker lock(&m_relay->m_mutex);
                const FaultRelay::Faults& f = m_relay->m_faults;
                // Always draw the same number of values per connection so that the decisions of
                // connection k depend only on the seed and the faults, not on earlier outcomes.
                const double dropRoll = m_random.generateDouble();
                const double cutRoll = m_random.generateDouble();
                const bool cutUp = (m_random.generate() & 1U) == 0;
                const qint64 span = std::max<qint64>(0, f.cutMaxBytes - f.cutMinBytes);
                const qint64 cutAt = f.cutMinBytes + qint64(m_random.bounded(quint64(span) + 1));
                jitterSeed = m_random.generate();
                decision.dropped = dropRoll < f.dropProbability;
                decision.cutUp = f.cutAfterBytesUp;
                decision.cutDown = f.cutAfterBytesDown;
                if (!decision.dropped && cutRoll < f.cutProbability)
                    (cutUp ? decision.cutUp : decision.cutDown) = cutAt;
                ++m_relay->m_stats.accepted;
                if (decision.dropped)
                    ++m_relay->m_stats.dropped;
                m_relay->m_decisions.append(decision);
            }
            if (decision.dropped) {
                client->abort();
                client->deleteLater();
                continue;
            }
            m_connections.removeAll(QPointer<RelayConnection>());
            m_connections.append(new RelayConnection(m_relay, client, decision, jitterSeed, this));
        }
    }

    FaultRelay* m_relay;
    QRandomGenerator64 m_random;
    QTcpServer m_server{this};
    QList<QPointer<RelayConnection>> m_connections;
};

FaultRelay::FaultRelay(QHostAddress targetHost, quint16 targetPort, quint64 seed)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_seed(seed)
{}

FaultRelay::~FaultRelay()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->abortAll(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FaultRelay::start(QString* error, quint16 port)
{
    if (m_thread) {
        if (error)
            *error = QStringLiteral("relay already started");
        return false;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("FaultRelay"));
    m_worker = new RelayWorker(this);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = m_worker->listen(port, &why);
            m_port = m_worker->port();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = why;
    return ok;
}

void FaultRelay::setFaults(const Faults& faults)
{
    {
        QMutexLocker lock(&m_mutex);
        m_faults = faults;
    }
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->pumpAll(); }, Qt::QueuedConnection);
}

FaultRelay::Faults FaultRelay::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void FaultRelay::setStalled(bool stalled)
{
    {
        QMutexLocker lock(&m_mutex);
        m_faults.stall = stalled;
    }
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->pumpAll(); }, Qt::QueuedConnection);
}

void FaultRelay::setTarget(quint16 targetPort)
{
    m_targetPort.store(targetPort);
}

void FaultRelay::abortAll()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->abortAll(); }, Qt::BlockingQueuedConnection);
}

FaultRelay::Stats FaultRelay::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

QList<FaultRelay::Decision> FaultRelay::decisions() const
{
    QMutexLocker lock(&m_mutex);
    return m_decisions;
}

int FaultRelay::liveConnections() const
{
    int n = 0;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [&] { n = m_worker->live(); }, Qt::BlockingQueuedConnection);
    return n;
}

} // namespace lontar::test
