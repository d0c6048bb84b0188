#include "attendance/AttendanceCli.h"
