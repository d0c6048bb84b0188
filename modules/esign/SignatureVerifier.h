#pragma once

#include "core/Result.h"
#include "esign/Revocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lontar::esign {

struct VerifyOptions
{
    // PEM files (*.pem, *.crt) of trusted roots and intermediates. Empty (or a folder without
    // certificates): no anchor, so no signature can be trusted.
    QString trustDirectory;
    // Further folders of anchors, e.g. the profile's trust store (esign/TrustStore.h) next to --trust.
    QStringList moreTrustDirectories = {};
    // Times in the reports' text are shown in this zone (WIB/WITA/WIT); JSON stays UTC.
    QString timeZone = QStringLiteral("Asia/Jakarta");
    // Ask the certificates' OCSP responders and CRL distribution points over the network for what the
    // file's DSS does not settle (lontar-cli verify --online). Off: revocation comes from the DSS only,
    // so verifying a B-LT/B-LTA file needs no network.
    bool allowOnlineRevocation = false;
    int revocationTimeoutMs = 15000;
};

struct SignatureReport
{
    enum class Chain
    {
        NotChecked, // no signer certificate to judge
        NoTrustAnchors,
        Trusted,
        Untrusted,
        Expired,
        NotYetValid,
        KeyUsageNotAllowed, // chains, but the certificate is not meant for signing documents
        Invalid
    };

    // What the revisions after this signature changed (esign/ModificationAnalysis.h): each later
    // revision is compared with the one before it and every change must be one that is allowed (new
    // signatures, DSS, document timestamps, what DocMDP permits), signed by a later signature or not.
    enum class Changes
    {
        None,             // nothing after the signed range
        AllowedChanges,   // later revisions, every change in them allowed
        DisallowedChanges // a change that is not allowed (named in `modifications`), or unsigned bytes
    };

    // Revocation of the signer's chain at the validation time (esign/Revocation.h).
    using Revocation = RevocationState;

    QString fieldName; // empty when no field in /Fields points at this signature
    bool listedInFields = false;
    int objectNumber = 0;     // the signature dictionary's object
    qint64 objectOffset = -1; // and where it starts in the file
    QString subFilter;
    // A /DocTimeStamp (PAdES B-LTA): an RFC 3161 token over the byte range instead of a signer's CMS; the
    // "signer" is the TSA.
    bool documentTimestamp = false;
    QList<qint64> byteRange;
    bool byteRangeValid =
        false; // starts at 0, the gap is exactly this dictionary's /Contents, inside the file
    // No duplicate keys, everything but /Contents inside the signed bytes, /Type, /Filter and /SubFilter
    // known. Only then are /M, /Reason and /Location read.
    bool dictionaryValid = false;
    bool digestMatches = false;  // the CMS messageDigest equals the hash of the signed bytes
    bool signatureValid = false; // the signer's key verifies the CMS signature
    bool coversWholeDocument = false;
    qint64 bytesAfter = 0;  // appended after the signed range
    int revisionsAfter = 0; // incremental updates after this signature
    Chain chain = Chain::NotChecked;
    QString chainMessage;
    // When the certificate was judged: a verified timestamp's time, else the time of verification. The
    // claimed /M never decides.
    QDateTime validationTime;
    // "timestamp", "document-timestamp" (a later verified B-LTA document timestamp proves the signature
    // existed then) or "now"
    QString validationTimeSource;
    Revocation revocation = Revocation::NotChecked;
    QString revocationSource;  // "DSS", "daring" or "DSS, daring"
    QString revocationDetails; // per certificate, plain Indonesian
    bool timestampVerified = false;
    Changes changes = Changes::DisallowedChanges;
    QStringList modifications;           // every change after this signature, judged, plain Indonesian
    QStringList disallowedModifications; // the ones that are not allowed
    int certificationLevel = 0;          // DocMDP /P when this signature certifies the document, else 0
    QString signerName;                  // certificate CN
    QString signerSubject;               // full subject
    QString signerSerialNumber;          // subject serialNumber (often the NIK/NIP)
    QDateTime certificateNotBefore;
    QDateTime certificateNotAfter;
    QDateTime signingTime;
    QString signingTimeSource; // "claimed" (the signer's /M) or "timestamp"
    bool hasTimestamp = false;
    QString reason;
    QString location;
    QStringList problems;                              // readable explanations of anything that failed
    QString timeZone = QStringLiteral("Asia/Jakarta"); // for the times in the texts

    // The three verdicts, reported separately.
    bool intact() const { return byteRangeValid && dictionaryValid && digestMatches && signatureValid; }
    // A certificate revoked before the validation time makes the signature untrusted.
    bool trusted() const { return chain == Chain::Trusted && revocation != Revocation::Revoked; }
    bool unchanged() const { return changes != Changes::DisallowedChanges; } // no disallowed change after it
    bool valid() const { return intact() && trusted() && unchanged(); }
    QString trustText() const;         // plain Indonesian, for reports and the panel
    QString changesText() const;       // likewise
    QString certificationText() const; // "sertifikasi, tingkat P=n (...)", empty for an approval signature
    QString revocationText() const;    // likewise
    QString kindText() const;          // "tanda tangan" or "stempel waktu dokumen"
    QJsonObject toJson() const;
};

struct VerificationReport
{
    enum class Verdict
    {
        NoSignature,
        Valid,      // every signature intact, trusted and unchanged
        NotTrusted, // every signature intact and unchanged, but some signer cannot be trusted
        Invalid     // some signature broken, or changes nobody signed
    };

    QString file;
    qint64 size = 0;
    bool hasDss = false; // the catalog has a /DSS (validation data for long-term validation)

    // Sorted by where their signed range ends: the last one is the one that may cover the whole file.
    QList<SignatureReport> signatures;

    Verdict verdict() const;
    QString verdictText() const; // one line, plain Indonesian, saying which of the three failed
    // Verdict::Valid: at least one signature, each intact, trusted and unchanged.
    bool allValid() const { return verdict() == Verdict::Valid; }
    QJsonObject toJson() const;
    QString toText() const;
};

class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    // An unreadable, encrypted or malformed file is an error; a readable file with bad signatures is a
    // report whose signatures say what is wrong.
    static Result<VerificationReport> verify(const QString& path, const VerifyOptions& options = {});
};

} // namespace lontar::esign
