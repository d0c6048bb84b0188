#include "sync/CrashPoints.h"

#include <QByteArray>

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace lontar::sync {

void crashPoint(const char* name)
{
    static const QByteArray target = qgetenv("LONTAR_CRASH_AT");
    if (!target.isEmpty() && std::strcmp(target.constData(), name) == 0) {
#ifdef SIGKILL
        std::raise(SIGKILL);
#endif
        std::_Exit(137);
    }
}

} // namespace lontar::sync
