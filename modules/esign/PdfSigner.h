#pragma once

#include "core/Result.h"
#include "esign/SigningKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

namespace lontar::esign {

struct StampAppearance
{
    QString signerName;
    QString nip;
    QString position; // jabatan
    // BSrE-style statement under the stamp.
    QString footer =
        QStringLiteral("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat "
                       "elektronik yang diterbitkan oleh BSrE");
    QString verificationUrl; // the QR code carries this + "#sha256=<document hash>", or the hash alone
};

struct SignOptions
{
    bool visible = false;
    int page = 1; // 1-based
    QRectF rect;  // PDF user space (points, origin bottom-left) on that page; ignored when invisible
    QString reason;
    QString location;
    QString fieldName; // default: Signature<n>
    StampAppearance stamp;
    QDateTime signingTime = QDateTime::currentDateTimeUtc(); // the claimed time written to /M
    QString tsaUrl;                                          // RFC 3161 TSA: PAdES B-T when set
    int reservedBytes = 24 * 1024;                           // room for the CMS (chain + timestamp token)
};

struct SignResult
{
    QString documentSha256; // of the input, as carried in the QR code
    qint64 outputSize = 0;
};

// Signs a PDF as PAdES B-B with an incremental update: the input's bytes are copied unchanged and a
// new revision appends the signature field, widget, appearance and signature dictionary, and a
// cross-reference section in the same form as the input's last one (table or stream). The output is
// written to a temporary file and renamed; the input is never touched.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(PdfSigner)

public:
    static Result<SignResult> sign(const QString& inputPath, const QString& outputPath, SigningKey& key,
                                   const SignOptions& options);
    // Refuses a certificate that is expired or not yet valid now (Error::Code::Forbidden). sign() calls
    // it first; the desktop may call it to warn before asking for a document.
    static Status checkCertificateValidNow(const SigningKey& key);
};

} // namespace lontar::esign
