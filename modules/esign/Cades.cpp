#include "esign/Cades.h"

#include "esign/OpenSslUtil.h"

#include <QCryptographicHash>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <algorithm>
#include <memory>

namespace lontar::esign {

namespace {
QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray bytes;
    while (n > 0) {
        bytes.prepend(char(n & 0xff));
        n >>= 8;
    }
    return char(0x80 | bytes.size()) + bytes;
}

QByteArray derTag(unsigned char tag, const QByteArray& content)
{
    return char(tag) + derLength(content.size()) + content;
}
} // namespace

Result<QByteArray> buildCadesDetached(const QByteArray& contentSha256, SigningKey& key)
{
    if (contentSha256.size() != 32)
        return Error(QStringLiteral("digest must be SHA-256"), Error::Code::InvalidInput);
    std::unique_ptr<X509, decltype(&X509_free)> cert(x509FromDer(key.certificateDer()), X509_free);
    if (!cert)
        return Error(QStringLiteral("signer certificate unreadable"), Error::Code::Crypto);
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL),
        CMS_ContentInfo_free);
    if (!cms)
        return Error(openSslError(), Error::Code::Crypto);
    // The certificate's own public key stands in for the private key: OpenSSL only checks that the two
    // match, and with CMS_PARTIAL it signs nothing itself. The signature is computed below by `key`.
    EVP_PKEY* publicKey = X509_get0_pubkey(cert.get());
    CMS_SignerInfo* si = CMS_add1_signer(cms.get(), cert.get(), publicKey, EVP_sha256(),
                                         CMS_PARTIAL | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES);
    if (!si)
        return Error(QStringLiteral("CMS signer: %1").arg(openSslError()), Error::Code::Crypto);
    for (const QByteArray& der : key.chainDer()) {
        std::unique_ptr<X509, decltype(&X509_free)> extra(x509FromDer(der), X509_free);
        if (extra)
            CMS_add1_cert(cms.get(), extra.get());
    }
    ASN1_OBJECT* data = OBJ_nid2obj(NID_pkcs7_data);
    if (CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, data, -1) != 1 ||
        CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                    contentSha256.constData(), int(contentSha256.size())) != 1)
        return Error(QStringLiteral("CMS attributes: %1").arg(openSslError()), Error::Code::Crypto);

    // DER of the signed attributes as a SET OF, sorted by encoding (X.690 §11.6): what gets signed.
    QList<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char* out = nullptr;
        const int len = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &out);
        if (len <= 0)
            return Error(QStringLiteral("CMS attribute encoding failed"), Error::Code::Crypto);
        encoded.append(QByteArray(reinterpret_cast<const char*>(out), len));
        OPENSSL_free(out);
    }
    std::sort(encoded.begin(), encoded.end());
    const QByteArray signedAttributes = derTag(0x31, encoded.join());
    auto signature = key.signSha256(signedAttributes);
    if (!signature)
        return signature.error();
    ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
    if (!value || ASN1_STRING_set(value, signature->constData(), int(signature->size())) != 1)
        return Error(QStringLiteral("CMS signature value"), Error::Code::Crypto);

    unsigned char* out = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &out);
    if (len <= 0)
        return Error(QStringLiteral("CMS encoding: %1").arg(openSslError()), Error::Code::Crypto);
    QByteArray der(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    return der;
}

} // namespace lontar::esign
