#include "esign/DemoKeys.h"

#include "core/FilePermissions.h"
#include "esign/OpenSslUtil.h"
#include "esign/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lontar::esign {

namespace {
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

void addEntry(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()), -1,
                               0);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate valid from yesterday for `days`, signed by `issuerKey` (itself when self-signed).
CertPtr makeCertificate(EVP_PKEY* key, X509_NAME* subject, X509* issuer, EVP_PKEY* issuerKey, long serial,
                        int days, bool ca)
{
    CertPtr cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_set_subject_name(cert.get(), subject);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash") &&
              addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (ca)
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    else
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,nonRepudiation");
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return CertPtr(nullptr, X509_free);
    return cert;
}

Status writePrivate(const QString& path, const QByteArray& data)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return Error(DemoKeys::tr("%1 tidak dapat ditulis: %2").arg(path, out.errorString()),
                     Error::Code::Io);
    return FilePermissions::ownerOnlyFile(path);
}
} // namespace

QString DemoKeys::directoryForProfile(const QString& profileDirectory)
{
    return QDir(profileDirectory).filePath(QStringLiteral("demo-sertifikat"));
}

QString DemoKeys::keyFileFor(const QString& profileDirectory, const QString& username)
{
    const QString path =
        QDir(directoryForProfile(profileDirectory)).filePath(username + QStringLiteral(".p12"));
    return QFile::exists(path) ? path : QString();
}

Status DemoKeys::create(Profile& profile, const QString& password)
{
    const QString dir = directoryForProfile(profile.directory());
    if (QDir(dir).exists())
        return {};
    auto users = profile.identity().users();
    if (!users)
        return users.error();
    // EC P-256: generated in milliseconds, so the first start does not wait.
    KeyPtr caKey(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!caKey)
        return Error(tr("Kunci demo tidak dapat dibuat: %1").arg(openSslError()), Error::Code::Crypto);
    std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> caName(X509_NAME_new(), X509_NAME_free);
    addEntry(caName.get(), "C", QStringLiteral("ID"));
    addEntry(caName.get(), "O", QStringLiteral("Lontar (demo)"));
    addEntry(caName.get(), "CN", QStringLiteral("Lontar Demo CA"));
    CertPtr ca = makeCertificate(caKey.get(), caName.get(), nullptr, caKey.get(), 1, 3650, true);
    if (!ca)
        return Error(tr("Sertifikat demo tidak dapat dibuat: %1").arg(openSslError()), Error::Code::Crypto);
    // Written to a temporary folder and renamed at the end, so a failure leaves no half set behind.
    const QString staging = dir + QStringLiteral(".tmp");
    QDir(staging).removeRecursively();
    if (Status s = FilePermissions::ownerOnlyDirectory(staging); !s)
        return s;
    std::unique_ptr<BIO, decltype(&BIO_free)> pem(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(pem.get(), ca.get());
    char* pemData = nullptr;
    const long pemLength = BIO_get_mem_data(pem.get(), &pemData);
    const QString caPath = QDir(staging).filePath(QStringLiteral("lontar-demo-ca.pem"));
    if (Status s = writePrivate(caPath, QByteArray(pemData, int(pemLength))); !s)
        return s;
    long serial = 2;
    const QByteArray pass = password.toUtf8();
    for (const User& user : *users) {
        KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
        std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(X509_NAME_new(), X509_NAME_free);
        addEntry(name.get(), "C", QStringLiteral("ID"));
        addEntry(name.get(), "O", QStringLiteral("Lontar (demo)"));
        addEntry(name.get(), "CN", user.fullName.section(QLatin1Char(','), 0, 0).trimmed());
        if (!user.nip.isEmpty())
            addEntry(name.get(), "serialNumber", user.nip);
        CertPtr cert =
            key ? makeCertificate(key.get(), name.get(), ca.get(), caKey.get(), serial++, 730, false)
                : CertPtr(nullptr, X509_free);
        if (!cert)
            return Error(tr("Sertifikat demo tidak dapat dibuat: %1").arg(openSslError()),
                         Error::Code::Crypto);
        STACK_OF(X509)* chain = sk_X509_new_null();
        sk_X509_push(chain, ca.get());
        const QByteArray friendly = user.username.toUtf8();
        PKCS12* p12 = PKCS12_create(pass.constData(), friendly.constData(), key.get(), cert.get(), chain, 0,
                                    0, 0, 0, 0);
        sk_X509_free(chain);
        if (!p12)
            return Error(tr("Berkas sertifikat demo tidak dapat dibuat: %1").arg(openSslError()),
                         Error::Code::Crypto);
        unsigned char* der = nullptr;
        const int len = i2d_PKCS12(p12, &der);
        PKCS12_free(p12);
        const QByteArray bytes(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        if (Status s = writePrivate(QDir(staging).filePath(user.username + QStringLiteral(".p12")), bytes);
            !s)
            return s;
    }
    if (!QDir().rename(staging, dir))
        return Error(tr("Folder %1 tidak dapat dibuat.").arg(dir), Error::Code::Io);
    auto trusted = TrustStore(TrustStore::directoryForProfile(profile.directory()))
                       .importFile(QDir(dir).filePath(QStringLiteral("lontar-demo-ca.pem")));
    if (!trusted)
        return trusted.error();
    return {};
}

} // namespace lontar::esign
