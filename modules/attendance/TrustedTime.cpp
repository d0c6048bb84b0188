#include "attendance/TrustedTime.h"
