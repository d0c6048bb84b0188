#pragma once

#include "attendance/TrustedTime.h"
#include "core/EntityPolicy.h"

#include <memory>

namespace lontar::attendance {

// `attendance_event`: strict fields, the id of the chain position, the hash the device computed, who
// may record for whom (own events; a kiosk for its unit tree; terminal logs by admin OPD/kepegawaian),
// the unit and zone from the directory; on the server the receipt time, trusted time and flags, with
// the chain checked against the device's previous event.
std::shared_ptr<const EntityPolicy> makeEventPolicy(TrustConfig config = {});
// `attendance_mark`: one row per device (id from the device id), written only by that device.
std::shared_ptr<const EntityPolicy> makeMarkPolicy();

QString markId(const QString& deviceId); // nameBasedUuid("attendance/mark/<deviceId>")

} // namespace lontar::attendance

namespace lontar::attendance {

// The directory's facts about the user an attendance row is about, as a policy reads them.
struct Subject
{
    QString unitId;
    QString nip;
    QString timeZone; // empty when the directory's unit row is not available here
};
// From the synced directory (server: the stored rows; device: its local copy). A device that has not
// pulled the directory yet knows only its own user; the server always checks with the directory.
Result<Subject> subjectOf(const WriteContext& context, const QString& userId);

} // namespace lontar::attendance
