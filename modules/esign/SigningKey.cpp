#include "esign/SigningKey.h"

#include "esign/OpenSslUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <libp11.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <openssl/pem.h>

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

    Result<QByteArray> signSha256(const QByteArray& data) override;

private:
    EVP_PKEY* m_key;
    X509* m_cert;
    QList<QByteArray> m_chain;
};
Result<QByteArray> digestSign(EVP_PKEY* key, const QByteArray& data)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray out;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
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

class Pkcs11Key final : public SigningKey
{
public:
    ~Pkcs11Key() override
    {
        EVP_PKEY_free(m_key);
        if (m_ctx) {
            if (m_slots)
                PKCS11_release_all_slots(m_ctx, m_slots, m_slotCount);
            PKCS11_CTX_unload(m_ctx);
            PKCS11_CTX_free(m_ctx);
        }
    }
    QByteArray certificateDer() const override { return m_certificate; }
    QList<QByteArray> chainDer() const override { return {}; }
    Result<QByteArray> signSha256(const QByteArray& data) override { return digestSign(m_key, data); }

    PKCS11_CTX* m_ctx = nullptr;
    PKCS11_SLOT* m_slots = nullptr;
    unsigned int m_slotCount = 0;
    EVP_PKEY* m_key = nullptr;
    QByteArray m_certificate;
};

class RemoteHashKey final : public SigningKey
{
public:
    QByteArray certificateDer() const override { return m_certificate; }
    QList<QByteArray> chainDer() const override { return m_chain; }

    Result<QByteArray> signSha256(const QByteArray& data) override
    {
        const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        QNetworkAccessManager manager;
        QNetworkRequest request{QUrl(m_url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(hash.toBase64())},
                                      {QStringLiteral("nik"), m_nik},
                                      {QStringLiteral("passphrase"), m_passphrase}})
                .toJson(QJsonDocument::Compact);
        QNetworkReply* reply = manager.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        std::unique_ptr<QNetworkReply> guard(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 401 || status == 403)
            return Error(QCoreApplication::translate("lontar::SigningKey",
                                                     "Layanan tanda tangan menolak NIK atau passphrase"),
                         Error::Code::Unauthorized);
        if (status != 200)
            return Error(QCoreApplication::translate("lontar::SigningKey",
                                                     "Layanan tanda tangan tidak dapat dihubungi: %1")
                             .arg(status ? QString::number(status) : reply->errorString()),
                         Error::Code::Network);
        const QByteArray signature =
            QByteArray::fromBase64(answer.value(QStringLiteral("signature")).toString().toLatin1());
        // Check the answer before it goes into a document: it must verify against our certificate.
        std::unique_ptr<X509, decltype(&X509_free)> cert(x509FromDer(m_certificate), X509_free);
        EVP_PKEY* pub = cert ? X509_get0_pubkey(cert.get()) : nullptr;
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        const bool valid =
            pub && ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, pub) == 1 &&
            EVP_DigestVerify(
                ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1;
        EVP_MD_CTX_free(ctx);
        ERR_clear_error();
        if (!valid)
            return Error(QCoreApplication::translate(
                             "lontar::SigningKey", "Tanda tangan dari layanan tidak cocok dengan sertifikat"),
                         Error::Code::Crypto);
        return signature;
    }

    QString m_url;
    QString m_nik;
    QString m_passphrase;
    int m_timeoutMs = 30000;
    QByteArray m_certificate;
    QList<QByteArray> m_chain;
};

} // namespace

Result<QByteArray> Pkcs12Key::signSha256(const QByteArray& data)
{
    return digestSign(m_key, data);
}

Result<std::unique_ptr<SigningKey>> openRemoteHashSigner(const QString& url, const QString& nik,
                                                         const QString& passphrase,
                                                         const QByteArray& certificatePem, int timeoutMs)
{
    auto key = std::make_unique<RemoteHashKey>();
    key->m_url = url;
    key->m_nik = nik;
    key->m_passphrase = passphrase;
    key->m_timeoutMs = timeoutMs;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), BIO_free);
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        if (key->m_certificate.isEmpty())
            key->m_certificate = x509ToDer(cert);
        else
            key->m_chain.append(x509ToDer(cert));
        X509_free(cert);
    }
    ERR_clear_error();
    if (key->m_certificate.isEmpty())
        return Error(
            QCoreApplication::translate("lontar::SigningKey", "Sertifikat penanda tangan tidak valid"),
            Error::Code::InvalidInput);
    return std::unique_ptr<SigningKey>(std::move(key));
}

Result<std::unique_ptr<SigningKey>> openPkcs11(const QString& modulePath, const QString& tokenLabel,
                                               const QString& pin)
{
    auto key = std::make_unique<Pkcs11Key>();
    key->m_ctx = PKCS11_CTX_new();
    if (!key->m_ctx || PKCS11_CTX_load(key->m_ctx, QFile::encodeName(modulePath).constData()) != 0)
        return Error(QCoreApplication::translate("lontar::SigningKey", "Modul PKCS#11 %1 tidak dapat dimuat")
                         .arg(QFileInfo(modulePath).fileName()),
                     Error::Code::Io);
    if (PKCS11_enumerate_slots(key->m_ctx, &key->m_slots, &key->m_slotCount) != 0)
        return Error(QCoreApplication::translate("lontar::SigningKey", "Token tidak dapat dibaca"),
                     Error::Code::Io);
    PKCS11_SLOT* slot = nullptr;
    for (unsigned int i = 0; i < key->m_slotCount; ++i) {
        PKCS11_SLOT* s = key->m_slots + i;
        if (s->token && QString::fromUtf8(s->token->label).trimmed() == tokenLabel)
            slot = s;
    }
    if (!slot)
        return Error(
            QCoreApplication::translate("lontar::SigningKey", "Token \"%1\" tidak ditemukan").arg(tokenLabel),
            Error::Code::NotFound);
    if (PKCS11_open_session(slot, 0) != 0 || PKCS11_login(slot, 0, pin.toUtf8().constData()) != 0) {
        ERR_clear_error();
        return Error(QCoreApplication::translate("lontar::SigningKey", "PIN token salah atau token terkunci"),
                     Error::Code::Unauthorized);
    }
    PKCS11_CERT* certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) != 0 || certCount == 0)
        return Error(QCoreApplication::translate("lontar::SigningKey", "Token tidak berisi sertifikat"),
                     Error::Code::NotFound);
    for (unsigned int i = 0; i < certCount && !key->m_key; ++i) {
        PKCS11_KEY* k = PKCS11_find_key(certs + i);
        if (!k)
            continue;
        key->m_key = PKCS11_get_private_key(k);
        if (key->m_key)
            key->m_certificate = x509ToDer(certs[i].x509);
    }
    if (!key->m_key)
        return Error(QCoreApplication::translate("lontar::SigningKey",
                                                 "Token tidak berisi kunci privat untuk sertifikatnya"),
                     Error::Code::NotFound);
    return std::unique_ptr<SigningKey>(std::move(key));
}

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
