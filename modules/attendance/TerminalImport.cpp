#include "attendance/TerminalImport.h"
