#include "attendance/AttendanceDemo.h"
