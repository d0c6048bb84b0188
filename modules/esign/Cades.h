#pragma once

#include "core/Result.h"
#include "esign/SigningKey.h"

namespace lontar::esign {

// A detached CMS SignedData for PAdES (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached): signed
// attributes content-type, message-digest and signing-certificate-v2, and no signing-time (PAdES puts
// the claimed time in the signature dictionary's /M). DER-encoded. The signature value comes from
// `key`, so local, token and remote keys produce the same structure.
// With a `tsaUrl`, the signature value is timestamped by that RFC 3161 TSA and the token is added as the
// unsigned attribute signature-time-stamp (PAdES B-T).
Result<QByteArray> buildCadesDetached(const QByteArray& contentSha256, SigningKey& key,
                                      const QString& tsaUrl = {});

// Asks an RFC 3161 TSA (HTTP POST application/timestamp-query) for a token over SHA-256(data) and
// checks the answer: status granted, and the imprint and nonce it carries are ours. Returns the token (DER).
Result<QByteArray> requestTimestampToken(const QString& tsaUrl, const QByteArray& data,
                                         int timeoutMs = 30000);

} // namespace lontar::esign
