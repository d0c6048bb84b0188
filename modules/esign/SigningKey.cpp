#include "esign/SigningKey.h"

#include "esign/OpenSslUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace lontar::esign {

namespace {

class Pkcs12Key final : public SigningKey
{
public:
    Pkcs12Key(EVP_PKEY* key, X509* cert, STACK_OF(X509) * chain)
        : m_key(key)
        , m_cert(cert)
    {
        for (int i = 0; chain && i < sk_X509_num(chain); ++i)
            m_chain.append(x509ToDer(sk_X509_value(chain, i)));
        if (chain)
            sk_X509_pop_free(chain, X509_free);
    }
    ~Pkcs12Key() override
    {
        EVP_PKEY_free(m_key);
        X509_free(m_cert);
    }

    QByteArray certificateDer() const override { return x509ToDer(m_cert); }
    QList<QByteArray> chainDer() const override { return m_chain; }

    Result<QByteArray> signSha256(const QByteArray& data) override
    {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        size_t length = 0;
        QByteArray out;
        bool ok =
            ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()),
                           size_t(data.size())) == 1;
        if (ok) {
            out.resize(qsizetype(length));
            ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(out.data()), &length,
                                reinterpret_cast<const unsigned char*>(data.constData()),
                                size_t(data.size())) == 1;
            out.resize(qsizetype(length));
        }
        EVP_MD_CTX_free(ctx);
        if (!ok)
            return Error(
                QCoreApplication::translate("lontar::SigningKey", "Penandatanganan dengan kunci gagal: %1")
                    .arg(openSslError()),
                Error::Code::Crypto);
        return out;
    }

private:
    EVP_PKEY* m_key;
    X509* m_cert;
    QList<QByteArray> m_chain;
};
} // namespace

Result<std::unique_ptr<SigningKey>> openPkcs12(const QString& path, const QString& password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("lontar::SigningKey", "Berkas kunci %1 tidak dapat dibuka")
                         .arg(QFileInfo(path).fileName()),
                     Error::Code::Io);
    const QByteArray bytes = file.readAll();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, long(bytes.size()));
    if (!p12)
        return Error(QCoreApplication::translate("lontar::SigningKey", "%1 bukan berkas PKCS#12 yang valid")
                         .arg(QFileInfo(path).fileName()),
                     Error::Code::InvalidInput);
    ERR_clear_error();
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* chain = nullptr;
    const QByteArray pass = password.toUtf8();
    const int ok = PKCS12_parse(p12, pass.constData(), &key, &cert, &chain);
    PKCS12_free(p12);
    if (!ok) {
        const unsigned long err = ERR_peek_last_error();
        ERR_clear_error();
        if (ERR_GET_REASON(err) == PKCS12_R_MAC_VERIFY_FAILURE)
            return Error(QCoreApplication::translate("lontar::SigningKey", "Kata sandi berkas kunci salah"),
                         Error::Code::Unauthorized);
        return Error(QCoreApplication::translate(
                         "lontar::SigningKey",
                         "Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)"),
                     Error::Code::Unauthorized);
    }
    if (!key || !cert) {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(chain, X509_free);
        return Error(QCoreApplication::translate("lontar::SigningKey",
                                                 "Berkas PKCS#12 tidak berisi kunci dan sertifikat"),
                     Error::Code::InvalidInput);
    }
    return std::unique_ptr<SigningKey>(new Pkcs12Key(key, cert, chain));
}

} // namespace lontar::esign
