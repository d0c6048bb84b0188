#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace lontar::test {

// A free TCP port on 127.0.0.1 (bound and released; good enough on a test machine).
quint16 freeLoopbackPort();

// True once something accepts TCP connections on 127.0.0.1:port, within timeoutMs.
bool waitForPort(quint16 port, int timeoutMs);

// Outcome of one child run, as the trials judge it.
struct RunOutcome
{
    bool started = false;
    bool crashed = false; // killed by a signal (our SIGKILL or a crash point's abort)
    int exitCode = -1;
    bool timedOut = false;
    QByteArray output; // stdout + stderr, for failure messages
    QString describe() const;
};

// Runs a program to completion (or until timeoutMs, then SIGKILL). killAfterMs >= 0 sends
// SIGKILL at that time, the random-time crash of the trials.
RunOutcome runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                      int timeoutMs, int killAfterMs = -1);

// A long-lived child such as lontar-server: started, waited for on its port, SIGKILLed or stopped.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    bool start(const QString& program, const QStringList& args, const QProcessEnvironment& env, quint16 port,
               QString* error, int readyTimeoutMs = 20000);
    void killHard(); // SIGKILL, like a power cut of the server machine
    void stop();     // SIGTERM, then SIGKILL after a grace period
    bool running() const;
    // True if the process died on its own (e.g. at a crash point) since start().
    bool exitedOnItsOwn() const;
    // Everything the process printed so far (stdout + stderr).
    QByteArray output();
    bool waitForOutput(const QByteArray& needle, int timeoutMs);

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

} // namespace lontar::test
