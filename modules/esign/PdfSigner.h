#pragma once

#include "core/Result.h"
#include "esign/PdfObject.h"
#include "esign/SigningKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <map>

namespace lontar::esign {

class PdfReader;

struct StampAppearance
{
    QString signerName; // from the signing certificate (esign/SignerIdentity.h), not the login
    QString nip;
    QString position; // jabatan
    // The statement under the stamp; it must fit the issuer (stampFooterFor in SignerIdentity.h).
    QString footer;
    // The QR code carries this as given (see esign::verificationUrl), or "sha256:<hash>" when empty.
    QString verificationUrl;
    // A paraf: a small box with the initials and the time, no QR, no footer.
    bool paraf = false;
    QString initials;
    // The time on the stamp is shown in the office's zone (WIB/WITA/WIT).
    QString timeZone = QStringLiteral("Asia/Jakarta");
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
    // 0: an approval signature. 1..3: a certification signature with DocMDP /P: 1 no changes at all,
    // 2 filling in forms and signing, 3 also annotations. Only the first signature may certify.
    int certifyPermissions = 0;
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
    // The bytes to append to `pdf` for one incremental update: `objects` (number -> body without
    // "n 0 obj"), then a cross-reference section in the same form as the file's last one (table or
    // stream) and a trailer with /Prev and /Size `nextObjectNumber` (one more for an xref stream).
    // Shared by signing, the DSS and document timestamps.
    // Registers a new signature field/widget `fieldRef`: the page's /Annots (an indirect array updated in
    // place) and the form's /Fields with /SigFlags 3 (an inline /AcroForm changes `catalog`). The changed
    // objects go into `objects`. Shared by signing and document timestamps.
    static Status addSignatureField(PdfReader& pdf, PdfRef pageRef, PdfDict page, PdfRef rootRef,
                                    PdfDict& catalog, PdfRef fieldRef, std::map<int, QByteArray>& objects);
    static Result<QByteArray>
    incrementalUpdate(const PdfReader& pdf, const std::map<int, QByteArray>& objects, int nextObjectNumber);
};

} // namespace lontar::esign
