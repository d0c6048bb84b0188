#pragma once

#include "core/Result.h"
#include "esign/SigningKey.h"

namespace lontar::esign {

// A detached CMS SignedData for PAdES (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached): signed
// attributes content-type, message-digest and signing-certificate-v2, and no signing-time (PAdES puts
// the claimed time in the signature dictionary's /M). DER-encoded. The signature value comes from
// `key`, so local, token and remote keys produce the same structure.
Result<QByteArray> buildCadesDetached(const QByteArray& contentSha256, SigningKey& key);

} // namespace lontar::esign
