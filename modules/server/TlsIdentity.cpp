#include "server/TlsIdentity.h"

#include "core/FilePermissions.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lontar::server {

namespace {
template <typename T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

Status writeAtomically(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    // Restricted before the first byte is written: the key never sits in a readable temporary file.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(data) != data.size())
        return Error(QStringLiteral("cannot write %1").arg(path), Error::Code::Io);
    if (!file.commit())
        return Error(QStringLiteral("cannot write %1").arg(path), Error::Code::Io);
    return {};
}

Result<std::pair<QByteArray, QByteArray>> makeSelfSigned()
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return Error(QStringLiteral("key generation failed"), Error::Code::Crypto);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return Error(QStringLiteral("no randomness"), Error::Code::Crypto);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Lontar"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                                     std::pair{NID_basic_constraints, "critical,CA:FALSE"},
                                     std::pair{NID_ext_key_usage, "serverAuth"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        if (!ext)
            return Error(QStringLiteral("certificate extension failed"), Error::Code::Crypto);
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return Error(QStringLiteral("certificate signing failed"), Error::Code::Crypto);
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return Error(QStringLiteral("PEM encoding failed"), Error::Code::Crypto);
    return std::pair{bioBytes(certBio.get()), bioBytes(keyBio.get())};
}
} // namespace

QString TlsIdentity::fingerprint() const
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

Result<TlsIdentity> loadTlsIdentity(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read TLS certificate or key (%1, %2)").arg(certPath, keyPath),
                     Error::Code::Io);
    TlsIdentity id;
    id.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    id.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (id.key.isNull())
        id.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (id.certificate.isNull() || id.key.isNull())
        return Error(QStringLiteral("TLS certificate or key is not valid PEM"), Error::Code::InvalidInput);
    return id;
}

Result<TlsIdentity> loadOrCreateTlsIdentity(const QString& dir)
{
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    // The data folder is the server's alone (0700), also when it was created earlier with looser modes.
    if (Status s = FilePermissions::ownerOnlyDirectory(dir); !s)
        return s.error();
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        auto pems = makeSelfSigned();
        if (!pems)
            return pems.error();
        // Key first, the certificate last, so a half-written pair is never used. Both owner-only: the
        // certificate is public, but nobody else has a reason to read or replace it here.
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (Status s = writeAtomically(keyPath, pems->second, ownerOnly); !s)
            return s.error();
        if (Status s = writeAtomically(certPath, pems->first, ownerOnly); !s)
            return s.error();
    }
    // A pair written by an older version (certificate 0644) is tightened on every start.
    for (const QString& path : {keyPath, certPath}) {
        if (Status s = FilePermissions::ownerOnlyFile(path); !s)
            return s.error();
    }
    return loadTlsIdentity(certPath, keyPath);
}

} // namespace lontar::server
