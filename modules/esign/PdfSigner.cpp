#include "esign/PdfSigner.h"

#include "core/OfficeTime.h"

#include "esign/Cades.h"
#include "esign/OpenSslUtil.h"
#include "esign/PdfReader.h"
#include "esign/SignerIdentity.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

#include <qrencode.h>

#include <algorithm>
#include <map>
#include <memory>

namespace lontar::esign {

namespace {

QByteArray winAnsi(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        const ushort u = c.unicode();
        const char ch = u < 256 ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}

// Breaks text into lines of at most `chars` characters at spaces.
QStringList wrap(const QString& text, int chars)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > chars) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QByteArray num(double v)
{
    return PdfObject{v}.serialize();
}

// A paraf: the initials large, the time small beneath, in a thin box. Verifiers put it next to the
// signature line before the official signs; it carries no QR and no issuer statement.
QByteArray parafContent(double w, double h, const StampAppearance& stamp, const QDateTime& when)
{
    QByteArray c;
    c += "q 1 1 1 rg 0 0 " + num(w) + ' ' + num(h) + " re f Q\n";
    c += "q 0.06 0.37 0.34 RG 0.6 w 0.3 0.3 " + num(w - 0.6) + ' ' + num(h - 0.6) + " re S Q\n";
    const QString initials = stamp.initials.isEmpty() ? QStringLiteral("?") : stamp.initials;
    const double big =
        std::clamp(std::min(h * 0.5, w / (0.62 * std::max<qsizetype>(2, initials.size()))), 5.0, 28.0);
    const double small = std::clamp(h * 0.14, 3.5, 7.0);
    c += "BT 0.06 0.2 0.5 rg /HeBo " + num(big) + " Tf 1 0 0 1 " + num(3) + ' ' + num(h - 3 - big * 0.85) +
         " Tm (" + winAnsi(initials) + ") Tj ET\n";
    c += "BT 0.25 g /Helv " + num(small) + " Tf 1 0 0 1 " + num(3) + ' ' + num(3) + " Tm (" +
         winAnsi(QStringLiteral("Paraf ") + formatOfficeTimeNumeric(when, stamp.timeZone)) + ") Tj ET\n";
    return c;
}

// The visible stamp: QR code on the left, signer details on the right, the BSrE statement below.
// Every line is placed with an absolute text matrix: simple to reason about and to check.
QByteArray stampContent(double w, double h, const StampAppearance& stamp, const QDateTime& when,
                        const QString& qrText)
{
    QByteArray c;
    const double pad = 4;
    if (stamp.paraf)
        return parafContent(w, h, stamp, when);
    const double footerHeight = std::min(h * 0.28, 20.0);
    const double qrSide = std::max(0.0, std::min(h - footerHeight - 2 * pad, w * 0.4));
    c += "q 1 1 1 rg 0 0 " + num(w) + ' ' + num(h) + " re f Q\n";
    c += "q 0.06 0.37 0.34 RG 0.8 w 0.4 0.4 " + num(w - 0.8) + ' ' + num(h - 0.8) + " re S Q\n";
    if (QRcode* qr = QRcode_encodeString(qrText.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
        const double module = qrSide / qr->width;
        const double y0 = h - pad - qrSide;
        c += "q 0 g\n";
        for (int row = 0; row < qr->width; ++row) {
            for (int col = 0; col < qr->width; ++col) {
                if (qr->data[row * qr->width + col] & 1)
                    c += num(pad + col * module) + ' ' + num(y0 + (qr->width - 1 - row) * module) + ' ' +
                         num(module) + ' ' + num(module) + " re\n";
            }
        }
        c += "f Q\n";
        QRcode_free(qr);
    }
    const double textX = pad * 2 + qrSide;
    const double textWidth = w - textX - pad;
    const double size = std::clamp(std::min(h / 9.0, textWidth / 24.0), 4.0, 9.0);
    const int chars = std::max(8, int(textWidth / (size * 0.5)));
    auto line = [&](const QByteArray& font, double fontSize, double x, double atY, const QString& text,
                    const char* gray) {
        c += QByteArray("BT ") + gray + " g " + font + ' ' + num(fontSize) + " Tf 1 0 0 1 " + num(x) + ' ' +
             num(atY) + " Tm (" + winAnsi(text) + ") Tj ET\n";
    };
    double y = h - pad - size;
    line("/Helv", size * 0.85, textX, y, QStringLiteral("Ditandatangani secara elektronik oleh:"), "0.3");
    const QStringList details{stamp.signerName,
                              stamp.nip.isEmpty() ? QString() : QStringLiteral("NIP. ") + stamp.nip,
                              stamp.position, formatOfficeTimeNumeric(when, stamp.timeZone)};
    bool first = true;
    for (const QString& d : details) {
        if (d.isEmpty())
            continue;
        for (const QString& l : wrap(d, chars)) {
            y -= size * 1.2;
            if (y < footerHeight + pad)
                break;
            line(first ? "/HeBo" : "/Helv", size, textX, y, l, "0");
        }
        first = false;
    }
    const double footerSize = std::clamp(footerHeight / 3.2, 3.5, 6.0);
    double fy = footerHeight - footerSize;
    for (const QString& l : wrap(stamp.footer, std::max(10, int((w - 2 * pad) / (footerSize * 0.48))))) {
        if (fy < 1)
            break;
        line("/Helv", footerSize, pad, fy, l, "0.25");
        fy -= footerSize * 1.15;
    }
    return c;
}

SignOptions withCertificateStamp(SignOptions options, const SigningKey& key)
{
    auto identity = CertificateIdentity::fromDer(key.certificateDer());
    if (!identity)
        return options;
    StampAppearance& stamp = options.stamp;
    if (stamp.signerName.isEmpty())
        stamp.signerName = identity->name;
    if (stamp.nip.isEmpty())
        stamp.nip = identity->nip;
    if (stamp.footer.isEmpty())
        stamp.footer = stampFooterFor(*identity);
    if (stamp.initials.isEmpty())
        stamp.initials = initialsOf(stamp.signerName);
    return options;
}

QByteArray pdfDate(const QDateTime& t)
{
    return "D:" + t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z";
}

} // namespace

Status PdfSigner::checkCertificateValidNow(const SigningKey& key)
{
    std::unique_ptr<X509, decltype(&X509_free)> cert(x509FromDer(key.certificateDer()), X509_free);
    if (!cert)
        return Error(tr("Sertifikat penanda tangan tidak dapat dibaca"), Error::Code::Crypto);
    const auto format = [](const ASN1_TIME* t) { return formatOfficeTimeNumeric(asn1ToUtc(t), {}); };
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0)
        return Error(tr("Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak "
                        "ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.")
                         .arg(format(X509_get0_notAfter(cert.get()))),
                     Error::Code::Forbidden);
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) >= 0)
        return Error(tr("Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.")
                         .arg(format(X509_get0_notBefore(cert.get()))),
                     Error::Code::Forbidden);
    return {};
}

Status PdfSigner::addSignatureField(PdfReader& pdf, PdfRef pageRef, PdfDict page, PdfRef rootRef,
                                    PdfDict& catalog, PdfRef fieldRef, std::map<int, QByteArray>& objects)
{
    // The page lists the widget among its annotations (an indirect /Annots array is updated in place).
    const PdfObject annots = page.value("Annots");
    if (annots.isRef()) {
        auto arr = pdf.resolve(annots);
        if (!arr)
            return arr.error();
        PdfArray list = arr->isArray() ? arr->array() : PdfArray{};
        list.append(PdfObject::fromRef(fieldRef));
        objects[annots.ref().number] = PdfObject{list}.serialize();
    } else {
        PdfArray list = annots.isArray() ? annots.array() : PdfArray{};
        list.append(PdfObject::fromRef(fieldRef));
        page.insert("Annots", PdfObject{list});
        objects[pageRef.number] = PdfObject{page}.serialize();
    }

    // The form lists the field and says the document holds signatures (/SigFlags 3).
    const PdfObject formObj = catalog.value("AcroForm");
    PdfDict form;
    if (formObj.isRef()) {
        auto f = pdf.resolve(formObj);
        if (!f)
            return f.error();
        form = f->isDict() ? f->dict() : PdfDict{};
    } else if (formObj.isDict()) {
        form = formObj.dict();
    }
    PdfArray formFields;
    if (form.value("Fields").isRef()) {
        auto f = pdf.resolve(form.value("Fields"));
        if (f && f->isArray())
            formFields = f->array();
    } else if (form.value("Fields").isArray()) {
        formFields = form.value("Fields").array();
    }
    formFields.append(PdfObject::fromRef(fieldRef));
    form.insert("Fields", PdfObject{formFields});
    form.insert("SigFlags", PdfObject::fromInt(3));
    if (formObj.isRef()) {
        objects[formObj.ref().number] = PdfObject{form}.serialize();
    } else {
        catalog.insert("AcroForm", PdfObject{form});
        objects[rootRef.number] = PdfObject{catalog}.serialize();
    }
    return {};
}

Result<SignResult> PdfSigner::sign(const QString& inputPath, const QString& outputPath, SigningKey& key,
                                   const SignOptions& requested)
{
    // The stamp names the certificate's holder: what the caller leaves empty comes from the certificate
    // (name, NIP, an issuer-honest footer), never from whoever is logged in.
    const SignOptions options = withCertificateStamp(requested, key);
    // Refused before anything is read or written: a signature made with a certificate that is not valid
    // now is one no verifier can trust, whatever /M claims. Every key kind (file, token, remote) passes here.
    if (auto usable = checkCertificateValidNow(key); !usable)
        return usable.error();
    if (QFileInfo(inputPath).canonicalFilePath() == QFileInfo(outputPath).canonicalFilePath() &&
        QFileInfo::exists(outputPath))
        return Error(tr("Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah"),
                     Error::Code::InvalidInput);
    auto opened = PdfReader::open(inputPath);
    if (!opened)
        return opened.error();
    PdfReader& pdf = **opened;

    auto pages = pdf.pages();
    if (!pages)
        return pages.error();
    if (options.page < 1 || options.page > pages->size())
        return Error(
            tr("Halaman %1 tidak ada (dokumen berisi %2 halaman)").arg(options.page).arg(pages->size()),
            Error::Code::InvalidInput);
    const PdfRef pageRef = pages->at(options.page - 1);
    auto pageObj = pdf.object(pageRef.number);
    if (!pageObj)
        return pageObj.error();
    PdfDict page = pageObj->dict();
    const PdfRef rootRef = pdf.trailer().value("Root").ref();
    auto catalog = pdf.catalog();
    if (!catalog)
        return catalog.error();
    auto fields = pdf.signatureFields();
    if (!fields)
        return fields.error();
    // A certification must be the first signature (ISO 32000-1 §12.8.2.2): its DocMDP level cannot bind
    // changes that someone already signed. Any signature dictionary in any revision counts.
    if (options.certifyPermissions < 0 || options.certifyPermissions > 3)
        return Error(tr("Tingkat sertifikasi harus 0 (tanpa sertifikasi), 1, 2 atau 3"),
                     Error::Code::InvalidInput);
    if (options.certifyPermissions > 0 &&
        (!fields->isEmpty() || catalog->contains("Perms") ||
         QByteArray::fromRawData(pdf.data(), pdf.size()).contains("/ByteRange")))
        return Error(tr("Dokumen ini sudah memiliki tanda tangan, jadi tidak dapat disertifikasi: tanda "
                        "tangan sertifikasi harus menjadi tanda tangan pertama. Tandatangani tanpa "
                        "sertifikasi."),
                     Error::Code::InvalidInput);

    // Hash of the document as received: what the QR code lets anyone check against.
    // One pass over the original: its hash (for the QR code and the signature) and its copy into the
    // temporary output file. Nothing is renamed into place unless signing succeeds.
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error(tr("Berkas hasil %1 tidak dapat ditulisi").arg(outputPath), Error::Code::Io);
    Sha256 docHash;
    bool writeFailed = false;
    if (!pdf.readRange(0, pdf.size(), [&](const char* data, qint64 n) {
            docHash.add(data, n);
            writeFailed = writeFailed || out.write(data, n) != n;
        }))
        return Error(tr("Berkas %1 tidak dapat dibaca").arg(inputPath), Error::Code::Io);
    if (writeFailed)
        return Error(tr("Disk penuh: berkas hasil tidak ditulis"), Error::Code::Io);
    const QByteArray originalHash = docHash.result();
    SignResult result;
    result.documentSha256 = QString::fromLatin1(originalHash.toHex());

    int next = std::max(pdf.objectCount(), 1);
    const PdfRef sigRef{next++, 0};
    const PdfRef fieldRef{next++, 0};
    const PdfRef apRef{next++, 0};
    std::map<int, QByteArray> objects; // number -> body (without "n 0 obj")

    const qint64 reserve = std::max(options.reservedBytes, 8192);
    const QByteArray contentsPlaceholder = '<' + QByteArray(int(reserve * 2), '0') + '>';
    const QByteArray byteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    QByteArray sig = "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/ByteRange " +
                     byteRangePlaceholder + "/Contents " + contentsPlaceholder + "/M " +
                     PdfObject::fromString(pdfDate(options.signingTime)).serialize();
    if (!options.reason.isEmpty())
        sig += "/Reason " + pdfText(options.reason).serialize();
    if (!options.location.isEmpty())
        sig += "/Location " + pdfText(options.location).serialize();
    if (!options.stamp.signerName.isEmpty())
        sig += "/Name " + pdfText(options.stamp.signerName).serialize();
    if (options.certifyPermissions > 0)
        sig += "/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams<</Type/TransformParams/P " +
               QByteArray::number(options.certifyPermissions) + "/V/1.2>>>>]";
    sig += ">>";
    objects[sigRef.number] = sig;

    QRectF rect = options.visible ? options.rect.normalized() : QRectF();
    if (options.visible && (rect.width() < 20 || rect.height() < 20))
        return Error(tr("Area tanda tangan terlalu kecil (minimal 20×20 pt)"), Error::Code::InvalidInput);
    const QString name = options.fieldName.isEmpty() ? QStringLiteral("Signature%1").arg(fields->size() + 1)
                                                     : options.fieldName;
    PdfDict widget;
    widget.insert("Type", PdfObject::fromName("Annot"));
    widget.insert("Subtype", PdfObject::fromName("Widget"));
    widget.insert("FT", PdfObject::fromName("Sig"));
    widget.insert("T", pdfText(name));
    widget.insert("V", PdfObject::fromRef(sigRef));
    widget.insert("P", PdfObject::fromRef(pageRef));
    widget.insert("F", PdfObject::fromInt(132)); // print + locked
    widget.insert("Rect", PdfObject{PdfArray{PdfObject{rect.left()}, PdfObject{rect.top()},
                                             PdfObject{rect.right()}, PdfObject{rect.bottom()}}});
    widget.insert("AP", PdfObject{PdfDict{{"N", PdfObject::fromRef(apRef)}}});
    objects[fieldRef.number] = PdfObject{widget}.serialize();

    QByteArray ap;
    if (options.visible) {
        // The caller composes the URL (esign::verificationUrl carries the record and the hash); without
        // one the QR still lets a reader compare the original's hash.
        const QString qrText = options.stamp.verificationUrl.isEmpty()
                                   ? QStringLiteral("sha256:") + result.documentSha256
                                   : options.stamp.verificationUrl;
        ap = stampContent(rect.width(), rect.height(), options.stamp, options.signingTime, qrText);
    }
    const QByteArray fonts =
        "<</Helv<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
        "/HeBo<</Type/Font/Subtype/Type1/BaseFont/Helvetica-Bold/Encoding/WinAnsiEncoding>>>>";
    objects[apRef.number] = "<</Type/XObject/Subtype/Form/BBox[0 0 " + num(rect.width()) + ' ' +
                            num(rect.height()) + "]/Resources<</Font" + fonts + ">>/Length " +
                            QByteArray::number(ap.size()) + ">>\nstream\n" + ap + "\nendstream";

    PdfDict cat = *catalog;
    if (Status added = addSignatureField(pdf, pageRef, page, rootRef, cat, fieldRef, objects); !added)
        return added.error();
    // The catalog names the certification signature, so readers apply its DocMDP level.
    if (options.certifyPermissions > 0) {
        cat.insert("Perms", PdfObject{PdfDict{{"DocMDP", PdfObject::fromRef(sigRef)}}});
        objects[rootRef.number] = PdfObject{cat}.serialize();
    }

    // ---- the appended revision ----
    const qint64 base = pdf.size();
    auto appended = incrementalUpdate(pdf, objects, next);
    if (!appended)
        return appended.error();
    QByteArray update = *appended;

    // Fill /ByteRange (fixed width, so nothing moves), hash both ranges, then put the CMS in /Contents.
    const qint64 contentsAt = update.indexOf("/Contents <") + 10; // the '<'
    const qint64 contentsStart = base + contentsAt;
    const qint64 contentsEnd = contentsStart + contentsPlaceholder.size();
    const qint64 totalSize = base + update.size();
    const QByteArray ranges = "[0 " + QByteArray::number(contentsStart) + ' ' +
                              QByteArray::number(contentsEnd) + ' ' +
                              QByteArray::number(totalSize - contentsEnd) + ']';
    if (ranges.size() > byteRangePlaceholder.size())
        return Error(tr("Dokumen terlalu besar"), Error::Code::InvalidInput);
    const qint64 rangeAt = update.indexOf(byteRangePlaceholder);
    update.replace(rangeAt, byteRangePlaceholder.size(),
                   ranges.leftJustified(byteRangePlaceholder.size(), ' '));

    // The signed bytes are the original (hashed again: SHA-256 cannot be resumed from a digest) plus the
    // update around /Contents. The original is read from the page cache, so this pass is cheap.
    Sha256 hash;
    if (!pdf.readRange(0, pdf.size(), [&](const char* data, qint64 n) { hash.add(data, n); }))
        return Error(tr("Berkas %1 tidak dapat dibaca").arg(inputPath), Error::Code::Io);
    hash.add(update.constData(), contentsAt);
    hash.add(update.constData() + contentsAt + contentsPlaceholder.size(),
             update.size() - contentsAt - contentsPlaceholder.size());
    auto cms = buildCadesDetached(hash.result(), key, options.tsaUrl);
    if (!cms)
        return cms.error();
    if (cms->size() > reserve)
        return Error(tr("Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)")
                         .arg(cms->size())
                         .arg(reserve),
                     Error::Code::Crypto);
    const QByteArray hex = cms->toHex().toUpper();
    update.replace(contentsAt + 1, hex.size(), hex);

    if (out.write(update) != update.size() || !out.commit())
        return Error(tr("Disk penuh: berkas hasil tidak ditulis"), Error::Code::Io);
    result.outputSize = totalSize;
    return result;
}

Result<QByteArray> PdfSigner::incrementalUpdate(const PdfReader& pdf,
                                                const std::map<int, QByteArray>& objects, int next)
{
    const qint64 base = pdf.size();
    QByteArray update;
    const char last = pdf.data()[base - 1];
    if (last != '\n' && last != '\r')
        update += '\n';
    std::map<int, qint64> offsets;
    for (const auto& [number, body] : objects) {
        offsets[number] = base + update.size();
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xrefOffset = base + update.size();
    PdfDict trailer;
    trailer.insert("Size", PdfObject::fromInt(next));
    trailer.insert("Root", pdf.trailer().value("Root"));
    trailer.insert("Prev", PdfObject::fromInt(pdf.lastXrefOffset()));
    for (const char* k : {"Info", "ID"}) {
        if (pdf.trailer().contains(k))
            trailer.insert(k, pdf.trailer().value(k));
    }
    if (pdf.lastXrefIsStream()) {
        // Mirror the input: an xref stream answers an xref stream (§7.5.8).
        const int xrefNumber = next++;
        offsets[xrefNumber] = xrefOffset;
        trailer.insert("Size", PdfObject::fromInt(next));
        QByteArray rows;
        PdfArray index;
        for (const auto& [number, offset] : offsets) {
            index.append(PdfObject::fromInt(number));
            index.append(PdfObject::fromInt(1));
            rows += char(1);
            for (int shift = 24; shift >= 0; shift -= 8)
                rows += char((offset >> shift) & 0xff);
            rows += QByteArray(2, '\0');
        }
        trailer.insert("Type", PdfObject::fromName("XRef"));
        trailer.insert(
            "W", PdfObject{PdfArray{PdfObject::fromInt(1), PdfObject::fromInt(4), PdfObject::fromInt(2)}});
        trailer.insert("Index", PdfObject{index});
        trailer.insert("Length", PdfObject::fromInt(rows.size()));
        if (xrefOffset > 0xffffffffLL)
            return Error(tr("Dokumen terlalu besar"), Error::Code::InvalidInput);
        update += QByteArray::number(xrefNumber) + " 0 obj\n" + PdfObject{trailer}.serialize() +
                  "\nstream\n" + rows + "\nendstream\nendobj\n";
    } else {
        update += "xref\n";
        for (auto it = offsets.cbegin(); it != offsets.cend();) {
            auto end = it;
            int count = 0;
            while (end != offsets.cend() && end->first == it->first + count) {
                ++end;
                ++count;
            }
            update += QByteArray::number(it->first) + ' ' + QByteArray::number(count) + '\n';
            for (auto e = it; e != end; ++e)
                update += QByteArray::number(e->second).rightJustified(10, '0') + " 00000 n\r\n";
            it = end;
        }
        update += "trailer\n" + PdfObject{trailer}.serialize() + '\n';
    }
    update += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return update;
}

} // namespace lontar::esign
