#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace lontar::server {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint() const; // SHA-256 of the certificate, hex: what clients pin
};

// Loads cert.pem/key.pem from `dir`, creating a self-signed P-256 certificate for localhost and
// 127.0.0.1 on first start (the embedded default). Real deployments pass their own files.
Result<TlsIdentity> loadOrCreateTlsIdentity(const QString& dir);
Result<TlsIdentity> loadTlsIdentity(const QString& certPath, const QString& keyPath);

} // namespace lontar::server
