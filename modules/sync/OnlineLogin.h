#pragma once

#include "core/Identity.h"
#include "core/Result.h"

#include <QString>

namespace lontar::sync {

struct ServerEndpoint
{
    QString baseUrl;      // https://host:port
    QString pinnedSha256; // the certificate to accept (self-signed server); empty: CA verification
};

// A login the device cannot check itself: the user's first login here, or the first after their
// password changed on the server. The server checks the password and enrols the device, the directory
// is pulled, and an Argon2id verifier of this password is kept for this user only, so the next logins
// work offline. Blocking (network): run it off the UI thread; it opens its own connection to the
// profile's database.
Result<User> loginOnline(const QString& databasePath, const QString& blobDir, const ServerEndpoint& server,
                         const QString& username, const QString& password);

} // namespace lontar::sync
