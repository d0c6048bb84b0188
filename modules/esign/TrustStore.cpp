#include "esign/TrustStore.h"

#include "core/FilePermissions.h"
#include "esign/OpenSslUtil.h"
#include "esign/SignerIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace lontar::esign {

namespace {
constexpr qint64 kMaxCertificateFile = 1024 * 1024;

struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

std::vector<X509Ptr> readCertificates(const QByteArray& data)
{
    std::vector<X509Ptr> certs;
    if (data.contains("-----BEGIN")) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(data.constData(), int(data.size())),
                                                      BIO_free);
        while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            certs.emplace_back(cert);
        ERR_clear_error();
    } else if (X509* cert = x509FromDer(data)) {
        certs.emplace_back(cert);
    }
    ERR_clear_error();
    return certs;
}

QByteArray toPem(X509* cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

TrustStore::Anchor describe(const QByteArray& der)
{
    TrustStore::Anchor a;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    if (auto id = CertificateIdentity::fromDer(der)) {
        a.name = id->name.isEmpty() ? id->organization : id->name;
        a.organization = id->organization;
        a.issuerName = id->issuerName;
        a.notBefore = id->notBefore;
        a.notAfter = id->notAfter;
        a.selfSigned = id->selfSigned;
    }
    return a;
}
} // namespace

TrustStore::TrustStore(QString directory)
    : m_directory(std::move(directory))
{}

QString TrustStore::directoryForProfile(const QString& profileDirectory)
{
    return QDir(profileDirectory).filePath(QStringLiteral("esign/trust"));
}

Result<QList<TrustStore::Anchor>> TrustStore::anchors() const
{
    QList<Anchor> result;
    for (const QFileInfo& f :
         QDir(m_directory).entryInfoList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
        QFile file(f.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("Sertifikat %1 tidak dapat dibaca.").arg(f.fileName()), Error::Code::Io);
        for (const X509Ptr& cert : readCertificates(file.read(kMaxCertificateFile)))
            result.append(describe(x509ToDer(cert.get())));
    }
    std::sort(result.begin(), result.end(), [](const Anchor& a, const Anchor& b) { return a.name < b.name; });
    return result;
}

Result<QList<TrustStore::Anchor>> TrustStore::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Berkas %1 tidak dapat dibuka.").arg(QFileInfo(path).fileName()), Error::Code::Io);
    if (file.size() > kMaxCertificateFile)
        return Error(tr("Berkas %1 terlalu besar untuk sebuah sertifikat.").arg(QFileInfo(path).fileName()),
                     Error::Code::InvalidInput);
    const std::vector<X509Ptr> certs = readCertificates(file.readAll());
    if (certs.empty())
        return Error(tr("%1 bukan berkas sertifikat (PEM atau DER).").arg(QFileInfo(path).fileName()),
                     Error::Code::InvalidInput);
    // Only certification authorities become anchors: trusting a person's certificate directly would
    // make every document that person signs "trusted" without any issuer vouching for it.
    for (const X509Ptr& cert : certs) {
        if (X509_check_ca(cert.get()) < 1)
            return Error(
                tr("%1 bukan sertifikat otoritas sertifikat (CA); yang dapat dipercaya hanya sertifikat "
                   "akar atau CA penerbit.")
                    .arg(describe(x509ToDer(cert.get())).name),
                Error::Code::InvalidInput);
    }
    // The folder above (the module's part of the profile) is private too.
    if (auto parent = FilePermissions::ownerOnlyDirectory(QFileInfo(m_directory).absolutePath()); !parent)
        return parent.error();
    if (auto dir = FilePermissions::ownerOnlyDirectory(m_directory); !dir)
        return dir.error();
    QList<Anchor> imported;
    for (const X509Ptr& cert : certs) {
        const Anchor anchor = describe(x509ToDer(cert.get()));
        const QString target = QDir(m_directory).filePath(anchor.sha256 + QStringLiteral(".pem"));
        if (!QFile::exists(target)) {
            QSaveFile out(target);
            const QByteArray pem = toPem(cert.get());
            if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size() || !out.commit())
                return Error(tr("Sertifikat tidak dapat disimpan: %1").arg(out.errorString()),
                             Error::Code::Io);
            if (Status mode = FilePermissions::ownerOnlyFile(target); !mode)
                return mode.error();
        }
        imported.append(anchor);
    }
    return imported;
}

Status TrustStore::remove(const QString& sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return Error(tr("Sidik jari sertifikat tidak sah."), Error::Code::InvalidInput);
    const QString target = QDir(m_directory).filePath(sha256 + QStringLiteral(".pem"));
    if (!QFile::exists(target))
        return Error(tr("Sertifikat itu tidak ada di daftar tepercaya."), Error::Code::NotFound);
    if (!QFile::remove(target))
        return Error(tr("Sertifikat tidak dapat dihapus."), Error::Code::Io);
    return {};
}

} // namespace lontar::esign
