#pragma once

#include "core/Profile.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lontar::esign {

// Certificates for the demo regency, so a new user can try signing at once: a "Lontar Demo CA" (added
// to the profile's trust store) and one .p12 per demo user (the user's name as CN, the NIP as subject
// serialNumber, digitalSignature + nonRepudiation), protected with the demo password. They live in
// <profile>/demo-sertifikat; they are demo material, never an instance's real keys.
class DemoKeys
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::DemoKeys)

public:
    static QString directoryForProfile(const QString& profileDirectory);
    // The user's demo key file, or an empty string when there is none.
    static QString keyFileFor(const QString& profileDirectory, const QString& username);
    // Creates the CA and a key for every user of the profile that has none yet; does nothing when the
    // folder already exists.
    static Status create(Profile& profile, const QString& password);
};

} // namespace lontar::esign
