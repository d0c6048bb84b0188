#pragma once

#include <QString>

namespace lontar {

// The machine's monotonic clock since boot, including time spent suspended, and an id of the current
// boot. Together with a server time learnt at the last contact they give a time the user cannot move
// by setting the wall clock (attendance's anchor): elapsed = now - then, valid only within one boot.
namespace BootClock {
qint64 nowMs();   // CLOCK_BOOTTIME on Linux; a steady clock elsewhere
QString bootId(); // /proc/sys/kernel/random/boot_id; elsewhere derived from the boot instant
} // namespace BootClock

} // namespace lontar
