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
    QString trustDirectory; // PEM files (*.pem, *.crt) of trusted roots and intermediates; empty: chain not
                            // judged
};

struct SignatureReport
{
    enum class Chain
    {
        NotChecked,
        Trusted,
        Untrusted,
        Expired,
        NotYetValid,
        Invalid
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
    QString signerName;         // certificate CN
    QString signerSubject;      // full subject
    QString signerSerialNumber; // subject serialNumber (often the NIK/NIP)
    QDateTime certificateNotBefore;
    QDateTime certificateNotAfter;
    QDateTime signingTime;
    QString signingTimeSource; // "claimed" (the signer's /M) or "timestamp"
    bool hasTimestamp = false;
    QString reason;
    QString location;
    QStringList problems; // readable explanations of anything that failed

    bool intact() const { return byteRangeValid && dictionaryValid && digestMatches && signatureValid; }
    // Intact and, when a trust store was given, chained to it.
    bool valid() const { return intact() && (chain == Chain::NotChecked || chain == Chain::Trusted); }
    QJsonObject toJson() const;
};

struct VerificationReport
{
    QString file;
    qint64 size = 0;

    // Sorted by where their signed range ends: the last one is the one that may cover the whole file.
    QList<SignatureReport> signatures;

    // The scripting verdict: at least one signature, all valid, and the one whose range ends last covers
    // the whole file.
    bool allValid() const;
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
