#pragma once

#include "core/Result.h"

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

    // What happened to the file after this signature. Only whether later bytes are signed is judged
    // today; what a later revision changes (DocMDP, form fill, annotations) is the future analysis.
    enum class Changes
    {
        None,                 // the signed range ends at the end of the file
        LaterRevisionsSigned, // later revisions, all covered by a later intact signature: not analysed
        UnsignedChanges       // bytes after the last signature that no signature covers
    };

    QString fieldName; // empty when no field in /Fields points at this signature
    bool listedInFields = false;
    int objectNumber = 0;     // the signature dictionary's object
    qint64 objectOffset = -1; // and where it starts in the file
    QString subFilter;
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
    QString validationTimeSource; // "timestamp" or "now"
    bool timestampVerified = false;
    Changes changes = Changes::UnsignedChanges;
    QString modificationAnalysis = QStringLiteral("belum dianalisis"); // placeholder for the diff analysis
    QString signerName;                                                // certificate CN
    QString signerSubject;                                             // full subject
    QString signerSerialNumber; // subject serialNumber (often the NIK/NIP)
    QDateTime certificateNotBefore;
    QDateTime certificateNotAfter;
    QDateTime signingTime;
    QString signingTimeSource; // "claimed" (the signer's /M) or "timestamp"
    bool hasTimestamp = false;
    QString reason;
    QString location;
    QStringList problems; // readable explanations of anything that failed

    // The three verdicts, reported separately.
    bool intact() const { return byteRangeValid && dictionaryValid && digestMatches && signatureValid; }
    bool trusted() const { return chain == Chain::Trusted; }
    bool unchanged() const { return changes != Changes::UnsignedChanges; }
    bool valid() const { return intact() && trusted() && unchanged(); }
    QString trustText() const;   // plain Indonesian, for reports and the panel
    QString changesText() const; // likewise
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
