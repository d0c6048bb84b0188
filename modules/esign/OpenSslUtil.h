#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/err.h>
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
