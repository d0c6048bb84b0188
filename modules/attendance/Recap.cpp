#include "attendance/Recap.h"
