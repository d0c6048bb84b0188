#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
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

// An ASN.1 time (certificate validity, OCSP/CRL dates) as a UTC QDateTime; invalid when unreadable.
inline QDateTime asn1ToUtc(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// The first entry of `nid` in a distinguished name (CN, O, serialNumber…) as text; empty when absent.
inline QString x509NameEntry(X509_NAME* name, int nid)
{
    const int i = X509_NAME_get_index_by_NID(name, nid, -1);
    if (i < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    if (len < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return text;
}

// Every certificate (DER) in the *.pem / *.crt files of `folders`, duplicates dropped: the trust
// anchors of the verifier and the chain material of the long-term signer come from the same files.
inline QList<QByteArray> certificatesInFolders(const QStringList& folders)
{
    QList<QByteArray> certs;
    for (const QString& folder : folders) {
        if (folder.isEmpty())
            continue;
        for (const QFileInfo& f :
             QDir(folder).entryInfoList({QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files)) {
            QFile file(f.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray pem = file.readAll();
            BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
            while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
                const QByteArray der = x509ToDer(cert);
                if (!der.isEmpty() && !certs.contains(der))
                    certs.append(der);
                X509_free(cert);
            }
            BIO_free(bio);
            ERR_clear_error();
        }
    }
    return certs;
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
