#include "attendance/ClockEvents.h"
