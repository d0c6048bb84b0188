#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace lontar::esign {

// Internal helpers (not part of the module's interface).
inline QByteArray x509ToDer(const X509* cert)
{
    unsigned char* out = nullptr;
    const int len = i2d_X509(cert, &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    return der;
}

inline X509* x509FromDer(const QByteArray& der)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

// SHA-256 through OpenSSL's EVP (uses the CPU's SHA extensions where present: several times faster
// than a portable implementation on large PDFs).
class Sha256
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new())
    {
        EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(const char* data, qint64 length) { EVP_DigestUpdate(m_ctx, data, size_t(length)); }
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray result()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(m_ctx, out, &len);
        return QByteArray(reinterpret_cast<const char*>(out), int(len));
    }

private:
    EVP_MD_CTX* m_ctx;
};

inline QString openSslError()
{
    char buffer[256] = {};
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QStringLiteral("unknown error");
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace lontar::esign
