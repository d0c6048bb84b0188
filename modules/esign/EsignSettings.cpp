#include "esign/EsignSettings.h"

#include "core/Settings.h"
#include "esign/TrustStore.h"

#include <QUrl>

namespace lontar::esign {

namespace {
const QString kFooterKey = QStringLiteral("esign.footer_other_issuer");
const QString kVerificationUrlKey = QStringLiteral("esign.verification_base_url");
} // namespace

EsignSettings::EsignSettings(Profile& profile)
    : m_profile(profile)
{}

QString EsignSettings::trustDirectory() const
{
    return TrustStore::directoryForProfile(m_profile.directory());
}

QString EsignSettings::otherIssuerFooter() const
{
    return m_profile.settings().value(kFooterKey);
}

Status EsignSettings::setOtherIssuerFooter(const QString& text)
{
    return m_profile.settings().setValue(kFooterKey, text.trimmed().left(300));
}

QString EsignSettings::verificationBaseUrl() const
{
    return m_profile.settings().value(kVerificationUrlKey);
}

Status EsignSettings::setVerificationBaseUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!trimmed.isEmpty() &&
        (!parsed.isValid() ||
         (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
         parsed.host().isEmpty()))
        return Error(QCoreApplication::translate("lontar::esign::EsignSettings",
                                                 "Alamat halaman verifikasi harus berupa alamat web "
                                                 "(https://…)."),
                     Error::Code::InvalidInput);
    QString normalized = trimmed;
    while (normalized.endsWith(QLatin1Char('/')))
        normalized.chop(1);
    return m_profile.settings().setValue(kVerificationUrlKey, normalized);
}

QString EsignSettings::officeTimeZone(const User& user) const
{
    auto unit = m_profile.identity().unitById(user.unitId);
    if (unit && !unit->timeZone.isEmpty())
        return unit->timeZone;
    return QStringLiteral("Asia/Jakarta");
}

} // namespace lontar::esign
