#pragma once

#include "core/Result.h"
#include "esign/PdfSigner.h"
#include "esign/Revocation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lontar::esign {

class PdfReader;

// PAdES baseline levels (ETSI EN 319 142-1 §6): B-B a CAdES signature; B-T plus a signature
// timestamp; B-LT plus a DSS with the certificates and revocation data needed to validate it later
// without a network; B-LTA plus a document timestamp over all of it.
enum class SignatureLevel
{
    BB,
    BT,
    BLT,
    BLTA
};

QString signatureLevelName(SignatureLevel level);                       // "B-B", "B-T", "B-LT", "B-LTA"
std::optional<SignatureLevel> parseSignatureLevel(const QString& text); // those names, any case

struct LongTermOptions
{
    // PEM certificates (*.pem, *.crt) used to complete the signer's and the TSA's chains when the key
    // or the timestamp token does not carry every issuer. Optional.
    QString trustDirectory;
    int networkTimeoutMs = 15000; // per OCSP/CRL request
    // B-B and B-T do not need revocation data; with this set they ask the OCSP/CRL servers first and
    // refuse a revoked certificate (an unreachable server does not stop them).
    bool checkRevocationForBasicLevels = false;
    int documentTimestampReservedBytes = 16 * 1024; // room for the B-LTA document timestamp token
};

class LongTermSigner
{
    Q_DECLARE_TR_FUNCTIONS(LongTermSigner)

public:
    // Signs `input` into `output` at `level`. B-T and above need `options.tsaUrl`. B-LT signs B-T into
    // a private temporary file, fetches OCSP responses or CRLs for the signer's and the TSA's chains,
    // and appends an incremental update with a /DSS (and its /VRI entry); B-LTA then appends a
    // document timestamp. The output is written atomically; on any failure nothing is written. A
    // revoked certificate is refused (Error::Code::Forbidden).
    static Result<SignResult> signWithLevel(const QString& input, const QString& output, SigningKey& key,
                                            const SignOptions& options, SignatureLevel level,
                                            const LongTermOptions& longTerm = {});

    // Asks the OCSP responders / CRL distribution points of the signer's chain now. Ok when every
    // certificate is known not revoked; Error::Code::Forbidden when one is revoked; another error
    // (Network, InvalidInput) with the reason when the status cannot be determined.
    static Status checkNotRevoked(const SigningKey& key, const LongTermOptions& longTerm = {});

    // The validation material of a PDF's DSS (catalog /DSS: /Certs, /OCSPs, /CRLs and those under
    // /VRI). `present` tells whether the file has a DSS at all.
    static RevocationData readDss(PdfReader& pdf, bool* present = nullptr);
};

} // namespace lontar::esign
