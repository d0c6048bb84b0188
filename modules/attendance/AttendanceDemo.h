#pragma once

#include "core/Database.h"

#include <QDate>

namespace lontar::attendance {

// Demo attendance for the demo regency (resources/demo/regency.json): the last full month and the
// current month up to `today` for every demo user with an NIP — mostly on time, some late arrivals and
// early leaves, one flagged event (a device clock 10 minutes off), one approved sick leave and one
// cuti tahunan still waiting. Deterministic for a given `today`; every row passes the entity policies.
// Does nothing when attendance events already exist, so later real data is never mixed with demo data.

// On the central server's database: written through the server's MutationWriter as each user (and the
// atasan who decides), so devices pull them like pushed changes.
Status seedAttendanceDemo(Database& serverDb, QDate today = QDate::currentDate());

// On a standalone profile (`lontar-cli seed-demo`): the same rows, checked by the same policies as the
// server would, stored as if pulled from a demo server (nothing queued for upload).
Status seedAttendanceDemoProfile(Database& profileDb, QDate today = QDate::currentDate());

} // namespace lontar::attendance
