#pragma once

#include "core/PublicEndpoint.h"

#include <QCoreApplication>
#include <QString>

namespace lontar::esign {

// The public page behind the stamp's QR code, on the central server: anyone with the link sees the
// registered signing (document name, signer, NIP, unit, outcome, when the server received it, the
// original's and the signed file's SHA-256) and whether the hash in the link matches the register,
// and may upload the PDF they hold to have its signatures verified and its hash compared with the
// registered signed file. Plain HTML and CSS in Indonesian, for a phone, no JavaScript, nothing loaded
// from elsewhere.
//
//   GET  /v/<recordId>?h=<sha256>   the record; an unknown or malformed id is "Dokumen tidak terdaftar" (404)
//   POST /v/<recordId>[?h=...]      the same, with the verdict on the uploaded PDF
//                                   (multipart/form-data field "berkas", or a raw application/pdf body)
//
// An upload is written to a private temporary file only for the verification and removed at once.
class VerificationPage final : public PublicEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(lontar::esign::VerificationPage)

public:
    // The request body cap: the PDF and its form framing.
    static constexpr qint64 kDefaultMaxUploadBytes = 25LL * 1024 * 1024;

    // `trustDirectory`: PEM roots (lontar-server --trust); empty: no signature can come out trusted.
    explicit VerificationPage(QString trustDirectory, qint64 maxUploadBytes = kDefaultMaxUploadBytes);

    QString pathPrefix() const override;
    qint64 maxBodyBytes() const override { return m_maxUploadBytes; }
    PublicResponse handle(const PublicRequest& request, const SyncedRowReader& rows) const override;

private:
    QString m_trustDirectory;
    qint64 m_maxUploadBytes;
};

} // namespace lontar::esign
