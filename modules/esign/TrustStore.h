#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lontar::esign {

// The certificates a profile trusts as roots for signatures (e.g. Root CA Indonesia and BSrE's CA):
// PEM files in a private folder of the profile, which the verifier reads as its anchors. Importing
// takes a PEM or DER file, keeps only certification authorities, and never duplicates one.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::TrustStore)

public:
    struct Anchor
    {
        QString sha256; // fingerprint of the DER, lower-case hex; also the file's name
        QString name;   // subject CN (or O)
        QString organization;
        QString issuerName;
        QDateTime notBefore;
        QDateTime notAfter;
        bool selfSigned = false;
    };

    explicit TrustStore(QString directory);
    // <profile>/esign/trust
    static QString directoryForProfile(const QString& profileDirectory);

    QString directory() const { return m_directory; }
    Result<QList<Anchor>> anchors() const;
    // Every certificate in the file (PEM may hold several) that is a CA; the first problem stops the
    // import and nothing is written. Already present certificates are reported, not duplicated.
    Result<QList<Anchor>> importFile(const QString& path);
    Status remove(const QString& sha256);

private:
    QString m_directory;
};

} // namespace lontar::esign
