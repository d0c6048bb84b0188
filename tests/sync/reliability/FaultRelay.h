#pragma once

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace lontar::test {

class RelayWorker;

// A TCP relay on 127.0.0.1 that forwards to a real server and injects network faults: refused
// connections, delayed bytes, connections cut after N bytes in either direction, and stalls.
// It runs its own event loop on a private thread, so a test may block (waitForFinished, a
// synchronous client) while the relay keeps forwarding. Every random choice comes from one
// generator seeded at construction; connection k always gets the same decisions for the same
// seed and faults, which makes a failing trial reproducible from its printed seed.
class FaultRelay
{
public:
    struct Faults
    {
        double dropProbability = 0.0;  // an accepted connection is closed at once, before any byte
        int delayMs = 0;               // every chunk is held this long before it is forwarded...
        int jitterMs = 0;              // ...plus a random 0..jitterMs (order is kept)
        qint64 cutAfterBytesUp = -1;   // client->server: forward this many bytes, then cut (-1: off)
        qint64 cutAfterBytesDown = -1; // server->client: likewise
        double cutProbability = 0.0;   // per connection: cut one random direction at a random byte
        qint64 cutMinBytes = 1;        // ...drawn uniformly from [cutMinBytes, cutMaxBytes]
        qint64 cutMaxBytes = 64 * 1024;
        bool stall = false; // forward nothing, keep connections open (a hung middlebox)
    };

    // What the relay decided for one accepted connection, in accept order.
    struct Decision
    {
        bool dropped = false;
        qint64 cutUp = -1;
        qint64 cutDown = -1;
        bool operator==(const Decision&) const = default;
    };

    struct Stats
    {
        int accepted = 0;
        int dropped = 0;
        int cut = 0;     // connections actually cut mid-stream
        int aborted = 0; // connections ended by abortAll()
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
    };

    FaultRelay(QHostAddress targetHost, quint16 targetPort, quint64 seed = 1);
    ~FaultRelay();
    FaultRelay(const FaultRelay&) = delete;
    FaultRelay& operator=(const FaultRelay&) = delete;

    // Listens on 127.0.0.1 (an ephemeral port unless one is given). False with a reason on failure.
    bool start(QString* error = nullptr, quint16 port = 0);
    quint16 port() const { return m_port; }
    quint64 seed() const { return m_seed; }

    // New faults apply to chunks forwarded from now on and to connections accepted from now on
    // (a connection's drop/cut decision is made once, when it is accepted).
    void setFaults(const Faults& faults);
    Faults faults() const;
    void clearFaults() { setFaults(Faults{}); }
    void setStalled(bool stalled);
    // Points the relay at another server port (e.g. a restarted server); live connections keep theirs.
    void setTarget(quint16 targetPort);
    // Resets every live connection at once (like a NAT table flush or a cable pull).
    void abortAll();

    Stats stats() const;
    QList<Decision> decisions() const;
    int liveConnections() const;

private:
    friend class RelayWorker;
    friend class RelayConnection;

    QHostAddress m_targetHost;
    std::atomic<quint16> m_targetPort;
    quint64 m_seed;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // guards m_faults, m_stats, m_decisions
    Faults m_faults;
    Stats m_stats;
    QList<Decision> m_decisions;

    std::unique_ptr<QThread> m_thread;
    RelayWorker* m_worker = nullptr; // lives on m_thread, deleted there
};

} // namespace lontar::test
