#include "attendance/Kiosk.h"
