#pragma once

#include "core/Identity.h"
#include "core/Profile.h"
#include "core/Result.h"

#include <QString>

namespace lontar::esign {

// The signing module's settings in a profile: its trust store, the footer for certificates of issuers
// other than BSrE, and the address of the regency's public verification page for the QR code.
class EsignSettings
{
public:
    explicit EsignSettings(Profile& profile);

    QString trustDirectory() const; // TrustStore::directoryForProfile of this profile
    QString otherIssuerFooter() const;
    Status setOtherIssuerFooter(const QString& text);
    // e.g. https://lontar.example.go.id; empty: the QR carries the document hash only.
    QString verificationBaseUrl() const;
    Status setVerificationBaseUrl(const QString& url);
    // The office's time zone of the user's unit (Asia/Jakarta when unknown).
    QString officeTimeZone(const User& user) const;

private:
    Profile& m_profile;
};

} // namespace lontar::esign
