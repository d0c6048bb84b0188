#include "Processes.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace lontar::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            socket.abort();
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

QString RunOutcome::describe() const
{
    QString what = !started   ? QStringLiteral("did not start")
                   : timedOut ? QStringLiteral("timed out")
                   : crashed  ? QStringLiteral("killed/crashed")
                              : QStringLiteral("exit code %1").arg(exitCode);
    return what + QStringLiteral("; output: ") + QString::fromUtf8(output.right(2000));
}

RunOutcome runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                      int timeoutMs, int killAfterMs)
{
    RunOutcome outcome;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(env);
    process.start(program, args);
    outcome.started = process.waitForStarted(10000);
    if (!outcome.started) {
        outcome.output = process.errorString().toUtf8();
        return outcome;
    }
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL: no destructor, no flush, no rollback
        process.waitForFinished(10000);
    } else if (killAfterMs < 0 && !process.waitForFinished(timeoutMs)) {
        outcome.timedOut = true;
        process.kill();
        process.waitForFinished(10000);
    }
    outcome.output = process.readAll();
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    return outcome;
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                          quint16 port, QString* error, int readyTimeoutMs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_output.clear();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProcessEnvironment(env);
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = m_process->errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < readyTimeoutMs) {
        if (m_process->state() == QProcess::NotRunning) {
            if (error)
                *error = QStringLiteral("server exited: ") + QString::fromUtf8(output());
            return false;
        }
        if (waitForPort(port, 100))
            return true;
    }
    if (error)
        *error = QStringLiteral("server not listening on port %1 after %2 ms: %3")
                     .arg(port)
                     .arg(readyTimeoutMs)
                     .arg(QString::fromUtf8(output()));
    killHard();
    return false;
}

void ServerProcess::killHard()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            killHard();
    }
}

bool ServerProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::exitedOnItsOwn() const
{
    return m_process && m_process->state() == QProcess::NotRunning;
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

bool ServerProcess::waitForOutput(const QByteArray& needle, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!output().contains(needle)) {
        if (!m_process || clock.elapsed() > timeoutMs)
            return false;
        m_process->waitForReadyRead(50);
    }
    return true;
}

} // namespace lontar::test
