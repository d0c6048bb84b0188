#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lontar::esign {

enum class RevocationState
{
    NotChecked, // nothing known about it
    Good,       // not revoked at the time judged
    Revoked,    // revoked at or before the time judged
    Unknown     // evidence was found but settles nothing (stale, broken, "unknown" answer, unreachable)
};

QString revocationStateName(RevocationState state); // "not-checked", "good", "revoked", "unknown"

// Validation material as a DSS carries it (ETSI EN 319 142-1 §5.4) or as it was fetched: DER
// certificates, OCSP responses (OCSPResponse, RFC 6960) and CRLs.
struct RevocationData
{
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;
    bool isEmpty() const { return certificates.isEmpty() && ocspResponses.isEmpty() && crls.isEmpty(); }
};

struct CertificateRevocation
{
    QByteArray certificate; // DER
    QString name;           // common name (or subject) for messages
    RevocationState state = RevocationState::NotChecked;
    QString source;          // "DSS" or "daring"
    QDateTime revokedAt;     // when the evidence lists a revocation (also one after the time judged)
    QString text;            // plain Indonesian: what decided, or why nothing did
    QByteArray ocspResponse; // the evidence that decided (DER), one of the two
    QByteArray crl;
    QList<QByteArray> responderCertificates; // OCSP responder certificates carried by the response
};

struct ChainRevocation
{
    RevocationState state = RevocationState::NotChecked;
    QList<CertificateRevocation> certificates; // every certificate judged, leaf first (anchor excluded)
    QString sourceText() const;                // "DSS", "daring" or "DSS, daring"
    QString text() const;                      // one line, plain Indonesian
};

struct RevocationOptions
{
    // Fetch from the certificates' AIA OCSP addresses and CRL distribution points (HTTP) whatever the
    // stored data does not settle.
    bool online = false;
    int timeoutMs = 15000;
};

// Revocation of a certification path at a given time, from stored material and, when allowed, online.
// An OCSP response counts only when its status is successful, it answers for this very certificate
// (certID over the issuer's name and key), it is signed by the issuer or by a responder the issuer
// delegated (id-kp-OCSPSigning), and it is current at the time judged; a CRL only when the issuer
// signed it and it is current. A revocation dated at or before the time judged is final whatever the
// age of the evidence; one dated later means the certificate was still good then.
class Revocation
{
    Q_DECLARE_TR_FUNCTIONS(Revocation)

public:
    // The path from `leaf` through `pool` (issuer by name and signature), leaf first, ending at a
    // self-signed certificate or where no issuer is found.
    static QList<QByteArray> buildPath(const QByteArray& leaf, const QList<QByteArray>& pool);

    // Judges every certificate of `path` (leaf first, each issued by the next) except a final
    // self-signed one, at `when`. `stored` is reported as source "DSS", fetched data as "daring".
    static ChainRevocation check(const QList<QByteArray>& path, const QDateTime& when,
                                 const RevocationData& stored, const RevocationOptions& options);

    // HTTP GET (empty `postBody`) or POST with a timeout and a size limit; for OCSP, CRLs and tests.
    static Result<QByteArray> httpFetch(const QString& url, const QByteArray& postBody,
                                        const QByteArray& contentType, int timeoutMs);
};

} // namespace lontar::esign
