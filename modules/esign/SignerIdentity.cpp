#include "esign/SignerIdentity.h"

#include "esign/OpenSslUtil.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/objects.h>
#include <openssl/x509.h>

#include <memory>

namespace lontar::esign {

namespace {
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};

// A run of exactly `digits` digits, not part of a longer number; punctuation inside is not allowed,
// so "NIP 197205151998031004" and "NIP:197205151998031004" both work.
QString digitRun(const QString& text, int digits)
{
    static const QRegularExpression nip(QStringLiteral("(?<!\\d)(\\d{18})(?!\\d)"));
    static const QRegularExpression nik(QStringLiteral("(?<!\\d)(\\d{16})(?!\\d)"));
    const auto match = (digits == 18 ? nip : nik).match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

Result<CertificateIdentity> CertificateIdentity::fromDer(const QByteArray& der)
{
    std::unique_ptr<X509, X509Free> cert(x509FromDer(der));
    if (!cert)
        return Error(SigningPermission::tr("Sertifikat kunci tidak dapat dibaca."),
                     Error::Code::InvalidInput);
    X509_NAME* subject = X509_get_subject_name(cert.get());
    X509_NAME* issuer = X509_get_issuer_name(cert.get());
    CertificateIdentity id;
    id.name = x509NameEntry(subject, NID_commonName);
    id.organization = x509NameEntry(subject, NID_organizationName);
    const QString serial = x509NameEntry(subject, NID_serialNumber);
    for (const QString& candidate : {serial, x509NameEntry(subject, NID_userId), id.name,
                                     x509NameEntry(subject, NID_organizationalUnitName)}) {
        if (id.nip.isEmpty())
            id.nip = digitRun(candidate, 18);
    }
    id.nik = digitRun(serial, 16);
    id.issuerOrganization = x509NameEntry(issuer, NID_organizationName);
    id.issuerName = x509NameEntry(issuer, NID_commonName);
    if (id.issuerName.isEmpty())
        id.issuerName = id.issuerOrganization;
    id.selfSigned = X509_NAME_cmp(subject, issuer) == 0;
    // BSrE's CAs are named "OSD BSrE" / "Balai Besar Sertifikasi Elektronik" under O=Badan Siber dan
    // Sandi Negara. A self-signed certificate claiming that name is still self-signed, and whether the
    // chain really leads to BSrE is the verifier's job; this only decides which footer is honest.
    const QString issuerText = id.issuerName + QLatin1Char(' ') + id.issuerOrganization;
    id.issuedByBsre =
        !id.selfSigned &&
        (issuerText.contains(QLatin1String("BSrE"), Qt::CaseInsensitive) ||
         issuerText.contains(QLatin1String("Balai Besar Sertifikasi Elektronik"), Qt::CaseInsensitive));
    id.notBefore = asn1ToUtc(X509_get0_notBefore(cert.get()));
    id.notAfter = asn1ToUtc(X509_get0_notAfter(cert.get()));
    id.sha256Fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    return id;
}

QString stampFooterFor(const CertificateIdentity& certificate, const QString& configured)
{
    if (certificate.selfSigned)
        return SigningPermission::tr("Dokumen ini ditandatangani secara elektronik dengan sertifikat "
                                     "swa-tanda yang tidak diterbitkan oleh penyelenggara sertifikasi "
                                     "elektronik.");
    if (certificate.issuedByBsre)
        return SigningPermission::tr("Dokumen ini telah ditandatangani secara elektronik menggunakan "
                                     "sertifikat elektronik yang diterbitkan oleh BSrE.");
    if (!configured.trimmed().isEmpty())
        return configured.contains(QLatin1String("%1")) ? configured.arg(certificate.issuerName) : configured;
    return SigningPermission::tr("Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang "
                                 "diterbitkan oleh %1.")
        .arg(certificate.issuerName.isEmpty() ? SigningPermission::tr("penerbit yang tidak dikenal")
                                              : certificate.issuerName);
}

Status SigningPermission::check(const CertificateIdentity& certificate, const User& user, SignatureKind kind,
                                const QStringList& registeredFingerprints)
{
    const bool registered =
        registeredFingerprints.contains(certificate.sha256Fingerprint, Qt::CaseInsensitive);
    if (!registered) {
        if (certificate.nip.isEmpty())
            return Error(tr("Sertifikat atas nama %1 tidak memuat NIP dan belum didaftarkan untuk akun Anda, "
                            "jadi tidak dapat dipakai untuk menandatangani atas nama %2.")
                             .arg(certificate.name, user.fullName),
                         Error::Code::Forbidden);
        if (certificate.nip != user.nip)
            return Error(tr("Sertifikat ini milik %1 (NIP %2), bukan milik Anda (NIP %3). Gunakan sertifikat "
                            "Anda sendiri.")
                             .arg(certificate.name, certificate.nip, user.nip),
                         Error::Code::Forbidden);
    }
    if (kind == SignatureKind::Final && !user.hasRole(Role::Penandatangan))
        return Error(tr("Tanda tangan final hanya dapat dibuat oleh pejabat penandatangan. Anda dapat "
                        "membubuhkan paraf."),
                     Error::Code::Forbidden);
    return {};
}

QString initialsOf(const QString& fullName)
{
    // Degrees follow the first comma; titles such as "Dr." or "Ir." end with a dot.
    const QString name = fullName.section(QLatin1Char(','), 0, 0);
    QString initials;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.endsWith(QLatin1Char('.')) || !word.at(0).isLetter())
            continue;
        initials += word.at(0).toUpper();
    }
    return initials.left(4);
}

} // namespace lontar::esign
