#include "core/BootClock.h"

#include <QDateTime>
#include <QFile>

#include <chrono>
#include <ctime>

namespace lontar::BootClock {

qint64 nowMs()
{
#ifdef CLOCK_BOOTTIME
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#endif
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(file.readAll()).trimmed();
        if (!id.isEmpty())
            return id;
    }
    // The boot instant to the minute: stable within a boot unless the wall clock is moved by minutes,
    // which then reads as a reboot (flagged, never trusted).
    const qint64 bootAt = QDateTime::currentMSecsSinceEpoch() - nowMs();
    return QStringLiteral("boot-") + QString::number(bootAt / 60000);
}

} // namespace lontar::BootClock
