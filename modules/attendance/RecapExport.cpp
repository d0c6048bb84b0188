#include "attendance/RecapExport.h"
