#pragma once

#include "core/Identity.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lontar::esign {

// Who a signing certificate says its holder is, read from the certificate itself: the stamp shows
// this, never the name of whoever happens to be logged in.
struct CertificateIdentity
{
    QString name;         // subject CN
    QString nip;          // an 18-digit NIP found in the subject (serialNumber, CN, OU or UID)
    QString nik;          // a 16-digit NIK in the subject's serialNumber (BSrE certificates carry it)
    QString organization; // subject O
    QString issuerName;   // issuer CN (or O when there is no CN)
    QString issuerOrganization;
    bool selfSigned = false;
    bool issuedByBsre = false; // issuer is Balai Besar Sertifikasi Elektronik (BSrE, BSSN)
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // lower-case hex of the DER

    static Result<CertificateIdentity> fromDer(const QByteArray& der);
};

// What a signature is for. Each kind draws its own stamp and needs its own right.
enum class SignatureKind
{
    Final,     // the official signature: stamp with name, NIP, position and QR; role penandatangan
    Paraf,     // initials with the time, for the verifier chain before the final signature
    Invisible, // no stamp on the page; the signature is in the file only
};

// The statement printed under a stamp, which must not claim an issuer the certificate does not have:
// the BSrE text only for BSrE-issued certificates; `configured` (from the settings, may contain %1 for
// the issuer) for other issuers; a self-signed certificate says so.
QString stampFooterFor(const CertificateIdentity& certificate, const QString& configured = {});

// The rules the desktop applies before a key may sign for the logged-in user.
class SigningPermission
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::SigningPermission)

public:
    // The certificate belongs to `user` when its NIP is the user's NIP, or when its SHA-256
    // fingerprint is one registered to the user (`registeredFingerprints`, e.g. a token certificate
    // without a NIP). A final signature also needs the role penandatangan.
    static Status check(const CertificateIdentity& certificate, const User& user, SignatureKind kind,
                        const QStringList& registeredFingerprints = {});
};

// Initials for a paraf: "Dr. Sindi Pratama, S.H., M.H." -> "SP" (titles and degrees dropped).
QString initialsOf(const QString& fullName);

} // namespace lontar::esign
