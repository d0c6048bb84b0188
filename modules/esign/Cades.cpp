#include "esign/Cades.h"

#include "esign/OpenSslUtil.h"

#include <QCryptographicHash>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ts.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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

Result<QByteArray> buildCadesDetached(const QByteArray& contentSha256, SigningKey& key, const QString& tsaUrl)
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

    if (!tsaUrl.isEmpty()) {
        auto token = requestTimestampToken(tsaUrl, *signature);
        if (!token)
            return token.error();
        ASN1_STRING* seq = ASN1_STRING_type_new(V_ASN1_SEQUENCE);
        ASN1_STRING_set(seq, token->constData(), int(token->size()));
        const int added =
            CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, seq, -1);
        ASN1_STRING_free(seq);
        if (added != 1)
            return Error(QStringLiteral("timestamp attribute: %1").arg(openSslError()), Error::Code::Crypto);
    }

    unsigned char* out = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &out);
    if (len <= 0)
        return Error(QStringLiteral("CMS encoding: %1").arg(openSslError()), Error::Code::Crypto);
    QByteArray der(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    return der;
}

Result<QByteArray> requestTimestampToken(const QString& tsaUrl, const QByteArray& data, int timeoutMs)
{
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    std::unique_ptr<TS_REQ, decltype(&TS_REQ_free)> req(TS_REQ_new(), TS_REQ_free);
    std::unique_ptr<TS_MSG_IMPRINT, decltype(&TS_MSG_IMPRINT_free)> imprint(TS_MSG_IMPRINT_new(),
                                                                            TS_MSG_IMPRINT_free);
    std::unique_ptr<X509_ALGOR, decltype(&X509_ALGOR_free)> alg(X509_ALGOR_new(), X509_ALGOR_free);
    X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint.get(), alg.get());
    TS_MSG_IMPRINT_set_msg(imprint.get(),
                           reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_version(req.get(), 1);
    TS_REQ_set_msg_imprint(req.get(), imprint.get());
    TS_REQ_set_cert_req(req.get(), 1);
    std::unique_ptr<ASN1_INTEGER, decltype(&ASN1_INTEGER_free)> nonce(ASN1_INTEGER_new(), ASN1_INTEGER_free);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_new(), BN_free);
    BN_rand(bn.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(bn.get(), nonce.get());
    TS_REQ_set_nonce(req.get(), nonce.get());
    unsigned char* der = nullptr;
    const int derLen = i2d_TS_REQ(req.get(), &der);
    const QByteArray query(reinterpret_cast<const char*>(der), derLen);
    OPENSSL_free(der);

    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(tsaUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = manager.post(request, query);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<QNetworkReply> guard(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200)
        return Error(
            QCoreApplication::translate("lontar::Cades", "Server stempel waktu tidak dapat dihubungi: %1")
                .arg(status ? QString::number(status) : reply->errorString()),
            Error::Code::Network);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(answer.constData());
    std::unique_ptr<TS_RESP, decltype(&TS_RESP_free)> resp(d2i_TS_RESP(nullptr, &p, long(answer.size())),
                                                           TS_RESP_free);
    if (!resp)
        return Error(QCoreApplication::translate("lontar::Cades", "Jawaban server stempel waktu tidak valid"),
                     Error::Code::Network);
    // The answer must be for this request: granted, same imprint, same nonce.
    std::unique_ptr<TS_VERIFY_CTX, decltype(&TS_VERIFY_CTX_free)> vctx(
        TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr), TS_VERIFY_CTX_free);
    TS_VERIFY_CTX_set_flags(vctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (TS_RESP_verify_response(vctx.get(), resp.get()) != 1)
        return Error(
            QCoreApplication::translate("lontar::Cades", "Stempel waktu ditolak: %1").arg(openSslError()),
            Error::Code::Crypto);
    PKCS7* token = TS_RESP_get_token(resp.get());
    unsigned char* tokenDer = nullptr;
    const int tokenLen = i2d_PKCS7(token, &tokenDer);
    if (tokenLen <= 0)
        return Error(QStringLiteral("timestamp token encoding"), Error::Code::Crypto);
    QByteArray out(reinterpret_cast<const char*>(tokenDer), tokenLen);
    OPENSSL_free(tokenDer);
    return out;
}

} // namespace lontar::esign
