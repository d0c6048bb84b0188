#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace lontar::esign {

// The one interface every kind of key sits behind: a PKCS#12 file, a PKCS#11 token, or a remote
// hash-signing service (BSrE style). The signer only ever asks for the certificate chain and for a
// SHA-256 signature over the bytes it hands over, so the private key never has to leave its home.
class SigningKey
{
public:
    virtual ~SigningKey() = default;
    virtual QByteArray certificateDer() const = 0;
    virtual QList<QByteArray> chainDer() const = 0; // intermediates, without the signer's own certificate
    // Signs `data` with SHA-256 (RSA PKCS#1 v1.5 or ECDSA, as the key's type dictates).
    virtual Result<QByteArray> signSha256(const QByteArray& data) = 0;
};

// Opens a PKCS#12 (.p12/.pfx) file. A wrong password is Error::Code::Unauthorized.
Result<std::unique_ptr<SigningKey>> openPkcs12(const QString& path, const QString& password);

// Opens a key on a PKCS#11 token (smart card, HSM; tested with SoftHSM2) through libp11: the token
// is found by label, the PIN logs in, and the first certificate with a matching private key signs.
// A wrong PIN is Error::Code::Unauthorized; the key never leaves the token.
Result<std::unique_ptr<SigningKey>> openPkcs11(const QString& modulePath, const QString& tokenLabel,
                                               const QString& pin);

// A remote hash-signing service in the style of BSrE's "sign/hash" API: POST
// {"hash": base64(SHA-256), "nik": ..., "passphrase": ...} as JSON to `url`, answered with
// {"signature": base64(PKCS#1 v1.5 RSA signature of that hash)}. The PDF and the CMS are built
// locally; only a 32-byte hash leaves the machine. `certificatePem` is the signer's certificate
// (and optionally its chain), as issued with the account.
Result<std::unique_ptr<SigningKey>> openRemoteHashSigner(const QString& url, const QString& nik,
                                                         const QString& passphrase,
                                                         const QByteArray& certificatePem,
                                                         int timeoutMs = 30000);

} // namespace lontar::esign
