#include "esign/LongTermValidation.h"

#include "esign/Cades.h"
#include "esign/OpenSslUtil.h"
#include "esign/PdfReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>

#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>

#include <algorithm>
#include <memory>

namespace lontar::esign {

namespace {

void appendUnique(QList<QByteArray>& list, const QByteArray& item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

// A stream object's decoded data, from the newest revision that defines it. Streams never live in
// object streams (ISO 32000-1 §7.5.7), so the object is found at a byte offset.
Result<QByteArray> streamAt(PdfReader& pdf, const PdfRef& ref)
{
    for (const PdfReader::ObjectLocation& loc : pdf.allObjectLocations()) {
        if (loc.number != ref.number)
            continue;
        if (loc.type != 1)
            break;
        PdfParser p(pdf.data(), pdf.size(), loc.offset);
        qint64 number = 0;
        qint64 generation = 0;
        PdfObject dict;
        if (!p.readInt(&number) || !p.readInt(&generation) || number != ref.number ||
            !p.expectKeyword("obj") || !p.parseObject(&dict) || !dict.isDict() || !p.expectKeyword("stream"))
            break;
        qint64 pos = p.pos();
        if (pos < pdf.size() && pdf.data()[pos] == '\r')
            ++pos;
        if (pos < pdf.size() && pdf.data()[pos] == '\n')
            ++pos;
        return pdf.streamData(dict.dict(), pos);
    }
    return Error(LongTermSigner::tr("objek %1 bukan stream").arg(ref.number), Error::Code::InvalidInput);
}

// The signature's timestamp token (PAdES B-T): its time and certificates.
struct SignatureTimestamp
{
    QDateTime time;
    QByteArray tsaCertificate;
    QList<QByteArray> certificates; // in the token
};

Result<SignatureTimestamp> timestampOf(const QByteArray& cmsDer)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())), CMS_ContentInfo_free);
    STACK_OF(CMS_SignerInfo)* infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1)
        return Error(LongTermSigner::tr("Tanda tangan yang baru dibuat tidak dapat dibaca"),
                     Error::Code::Crypto);
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    const int index = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    ASN1_TYPE* value = index >= 0 ? X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, index), 0) : nullptr;
    if (!value || value->type != V_ASN1_SEQUENCE)
        return Error(LongTermSigner::tr("Tanda tangan yang baru dibuat tidak memiliki stempel waktu"),
                     Error::Code::Crypto);
    const unsigned char* tp = value->value.sequence->data;
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> token(
        d2i_PKCS7(nullptr, &tp, value->value.sequence->length), PKCS7_free);
    std::unique_ptr<TS_TST_INFO, decltype(&TS_TST_INFO_free)> info(
        token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr, TS_TST_INFO_free);
    if (!info || !PKCS7_type_is_signed(token.get()))
        return Error(LongTermSigner::tr("Stempel waktu tanda tangan tidak dapat dibaca"),
                     Error::Code::Crypto);
    SignatureTimestamp ts;
    ts.time = asn1ToUtc(TS_TST_INFO_get_time(info.get()));
    STACK_OF(X509)* certs = token->d.sign->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        appendUnique(ts.certificates, x509ToDer(sk_X509_value(certs, i)));
    STACK_OF(X509)* signers = PKCS7_get0_signers(token.get(), nullptr, 0);
    if (signers && sk_X509_num(signers) == 1)
        ts.tsaCertificate = x509ToDer(sk_X509_value(signers, 0));
    sk_X509_free(signers);
    ERR_clear_error();
    if (ts.tsaCertificate.isEmpty())
        return Error(LongTermSigner::tr("Sertifikat server stempel waktu tidak ada di dalam stempel waktu; "
                                        "validasi jangka panjang memerlukannya"),
                     Error::Code::Crypto);
    return ts;
}

QString firstCommonName(const QByteArray& der)
{
    std::unique_ptr<X509, decltype(&X509_free)> cert(x509FromDer(der), X509_free);
    return cert ? x509NameEntry(X509_get_subject_name(cert.get()), NID_commonName) : QString();
}

// Every certificate of `path` settled, none revoked: otherwise an error that says which and why.
// `whose` names the chain in messages ("penanda tangan", "server stempel waktu").
Result<ChainRevocation> requireSettled(const QList<QByteArray>& path, const QDateTime& at,
                                       const RevocationData& known, const LongTermOptions& longTerm,
                                       const QString& whose)
{
    RevocationOptions online;
    online.online = true;
    online.timeoutMs = longTerm.networkTimeoutMs;
    const ChainRevocation chain = Revocation::check(path, at, known, online);
    for (const CertificateRevocation& c : chain.certificates) {
        if (c.state == RevocationState::Revoked)
            return Error(LongTermSigner::tr("Sertifikat %1 \"%2\" telah dicabut (%3). Dokumen tidak "
                                            "ditandatangani dan tidak ada berkas yang ditulis.")
                             .arg(whose, c.name, c.text),
                         Error::Code::Forbidden);
    }
    for (const CertificateRevocation& c : chain.certificates) {
        if (c.state != RevocationState::Good)
            return Error(
                LongTermSigner::tr("Status pencabutan sertifikat %1 \"%2\" tidak dapat dipastikan: %3. "
                                   "Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.")
                    .arg(whose, c.name,
                         c.text.isEmpty() ? LongTermSigner::tr("tidak ada keterangan") : c.text),
                Error::Code::Network);
    }
    return chain;
}

RevocationData evidenceOf(const ChainRevocation& chain)
{
    RevocationData data;
    for (const CertificateRevocation& c : chain.certificates) {
        appendUnique(data.ocspResponses, c.ocspResponse);
        appendUnique(data.crls, c.crl);
        for (const QByteArray& r : c.responderCertificates)
            appendUnique(data.certificates, r);
    }
    return data;
}

QByteArray streamObject(const QByteArray& data)
{
    return "<</Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
}

// Copies `pdf` and appends `update` into `outputPath` atomically.
Status writeAppended(const PdfReader& pdf, const QByteArray& update, const QString& outputPath)
{
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error(LongTermSigner::tr("Berkas hasil %1 tidak dapat ditulisi").arg(outputPath),
                     Error::Code::Io);
    bool failed = false;
    if (!pdf.readRange(0, pdf.size(),
                       [&](const char* data, qint64 n) { failed = failed || out.write(data, n) != n; }))
        return Error(LongTermSigner::tr("Berkas sementara tidak dapat dibaca"), Error::Code::Io);
    if (failed || out.write(update) != update.size() || !out.commit())
        return Error(LongTermSigner::tr("Disk penuh: berkas hasil tidak ditulis"), Error::Code::Io);
    return {};
}

// Appends a revision whose catalog carries a /DSS with `data` and, for the signature whose /Contents is
// `signatureContents`, a /VRI entry. An existing DSS is kept and extended.
Status appendDss(const QString& inputPath, const QString& outputPath, const RevocationData& data,
                 const QByteArray& signatureContents)
{
    auto opened = PdfReader::open(inputPath);
    if (!opened)
        return opened.error();
    PdfReader& pdf = **opened;
    auto catalog = pdf.catalog();
    if (!catalog)
        return catalog.error();
    const PdfRef rootRef = pdf.trailer().value("Root").ref();
    PdfDict dss; // an existing DSS is kept and extended
    const PdfObject dssObject = catalog->value("DSS");
    if (auto resolved = pdf.resolve(dssObject); resolved && resolved->isDict())
        dss = resolved->dict();
    int next = std::max(pdf.objectCount(), 1);
    std::map<int, QByteArray> objects;
    // Adds each item not already in the DSS as a stream, to the top-level array and to the VRI's.
    // Adds each item to the top-level array (as a new stream unless the DSS already holds it) and to the
    // new signature's VRI entry (the existing stream when there is one).
    auto addAll = [&](const QList<QByteArray>& items, const QByteArray& key, PdfArray* vri) {
        auto current = pdf.resolve(dss.value(key));
        PdfArray list = current && current->isArray() ? current->array() : PdfArray{};
        QHash<QByteArray, PdfRef> stored;
        for (const PdfObject& item : std::as_const(list)) {
            if (!item.isRef())
                continue;
            if (auto bytes = streamAt(pdf, item.ref()))
                stored.insert(*bytes, item.ref());
        }
        for (const QByteArray& item : items) {
            if (stored.contains(item)) {
                vri->append(PdfObject::fromRef(stored.value(item)));
                continue;
            }
            const PdfRef ref{next++, 0};
            objects[ref.number] = streamObject(item);
            stored.insert(item, ref);
            list.append(PdfObject::fromRef(ref));
            vri->append(PdfObject::fromRef(ref));
        }
        if (!list.isEmpty())
            dss.insert(key, PdfObject{list});
    };
    PdfArray vriCerts;
    PdfArray vriOcsps;
    PdfArray vriCrls;
    addAll(data.certificates, "Certs", &vriCerts);
    addAll(data.ocspResponses, "OCSPs", &vriOcsps);
    addAll(data.crls, "CRLs", &vriCrls);

    // /VRI: keyed by the upper-case hex SHA-1 of the signature's /Contents (ETSI EN 319 142-1 §5.4.2.2).
    auto currentVri = pdf.resolve(dss.value("VRI"));
    PdfDict vri = currentVri && currentVri->isDict() ? currentVri->dict() : PdfDict{};
    PdfDict entry;
    if (!vriCerts.isEmpty())
        entry.insert("Cert", PdfObject{vriCerts});
    if (!vriOcsps.isEmpty())
        entry.insert("OCSP", PdfObject{vriOcsps});
    if (!vriCrls.isEmpty())
        entry.insert("CRL", PdfObject{vriCrls});
    entry.insert(
        "TU",
        PdfObject::fromString(
            "D:" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
            "Z"));
    vri.insert(QCryptographicHash::hash(signatureContents, QCryptographicHash::Sha1).toHex().toUpper(),
               PdfObject{entry});
    dss.insert("VRI", PdfObject{vri});
    dss.insert("Type", PdfObject::fromName("DSS"));

    if (dssObject.isRef()) {
        objects[dssObject.ref().number] = PdfObject{dss}.serialize();
    } else {
        const PdfRef dssRef{next++, 0};
        objects[dssRef.number] = PdfObject{dss}.serialize();
        PdfDict cat = *catalog;
        cat.insert("DSS", PdfObject::fromRef(dssRef));
        objects[rootRef.number] = PdfObject{cat}.serialize();
    }
    auto update = PdfSigner::incrementalUpdate(pdf, objects, next);
    if (!update)
        return update.error();
    return writeAppended(pdf, *update, outputPath);
}

// Appends a document timestamp (ETSI EN 319 142-1 §5.5, ISO 32000-2 §12.8.5): an invisible signature
// field whose /V is a /DocTimeStamp dictionary holding an RFC 3161 token over the byte range.
Status appendDocumentTimestamp(const QString& inputPath, const QString& outputPath, const QString& tsaUrl,
                               const LongTermOptions& longTerm)
{
    auto opened = PdfReader::open(inputPath);
    if (!opened)
        return opened.error();
    PdfReader& pdf = **opened;
    auto pages = pdf.pages();
    if (!pages)
        return pages.error();
    if (pages->isEmpty())
        return Error(LongTermSigner::tr("Dokumen tidak memiliki halaman"), Error::Code::InvalidInput);
    auto catalog = pdf.catalog();
    if (!catalog)
        return catalog.error();
    auto fields = pdf.signatureFields();
    if (!fields)
        return fields.error();
    const PdfRef rootRef = pdf.trailer().value("Root").ref();
    const PdfRef pageRef = pages->first();
    auto pageObject = pdf.object(pageRef.number);
    if (!pageObject)
        return pageObject.error();

    int next = std::max(pdf.objectCount(), 1);
    const PdfRef sigRef{next++, 0};
    const PdfRef fieldRef{next++, 0};
    std::map<int, QByteArray> objects;
    const qint64 reserve = std::max(longTerm.documentTimestampReservedBytes, 4096);
    const QByteArray contentsPlaceholder = '<' + QByteArray(int(reserve * 2), '0') + '>';
    const QByteArray byteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    objects[sigRef.number] = "<</Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161/ByteRange " +
                             byteRangePlaceholder + "/Contents " + contentsPlaceholder + ">>";
    PdfDict widget;
    widget.insert("Type", PdfObject::fromName("Annot"));
    widget.insert("Subtype", PdfObject::fromName("Widget"));
    widget.insert("FT", PdfObject::fromName("Sig"));
    widget.insert("T", pdfText(QStringLiteral("DocTimeStamp%1").arg(fields->size() + 1)));
    widget.insert("V", PdfObject::fromRef(sigRef));
    widget.insert("P", PdfObject::fromRef(pageRef));
    widget.insert("F", PdfObject::fromInt(132)); // print + locked
    widget.insert("Rect", PdfObject{PdfArray{PdfObject::fromInt(0), PdfObject::fromInt(0),
                                             PdfObject::fromInt(0), PdfObject::fromInt(0)}});
    objects[fieldRef.number] = PdfObject{widget}.serialize();

    // The page lists the widget, the form lists the field (as the signer does).
    PdfDict cat = *catalog;
    if (Status added =
            PdfSigner::addSignatureField(pdf, pageRef, pageObject->dict(), rootRef, cat, fieldRef, objects);
        !added)
        return added.error();

    auto appended = PdfSigner::incrementalUpdate(pdf, objects, next);
    if (!appended)
        return appended.error();
    QByteArray update = *appended;
    const qint64 base = pdf.size();
    const qint64 contentsAt = update.indexOf("/Contents <") + 10;
    const qint64 contentsStart = base + contentsAt;
    const qint64 contentsEnd = contentsStart + contentsPlaceholder.size();
    const qint64 totalSize = base + update.size();
    const QByteArray ranges = "[0 " + QByteArray::number(contentsStart) + ' ' +
                              QByteArray::number(contentsEnd) + ' ' +
                              QByteArray::number(totalSize - contentsEnd) + ']';
    if (ranges.size() > byteRangePlaceholder.size())
        return Error(LongTermSigner::tr("Dokumen terlalu besar"), Error::Code::InvalidInput);
    const qint64 rangeAt = update.indexOf(byteRangePlaceholder);
    update.replace(rangeAt, byteRangePlaceholder.size(),
                   ranges.leftJustified(byteRangePlaceholder.size(), ' '));

    // The token is over the signed bytes themselves (requestTimestampToken hashes what it is given).
    QByteArray signedBytes;
    signedBytes.reserve(totalSize - contentsPlaceholder.size());
    if (!pdf.readRange(0, base, [&](const char* data, qint64 n) { signedBytes.append(data, n); }))
        return Error(LongTermSigner::tr("Berkas sementara tidak dapat dibaca"), Error::Code::Io);
    signedBytes.append(update.constData(), contentsAt);
    signedBytes.append(update.constData() + contentsAt + contentsPlaceholder.size(),
                       update.size() - contentsAt - contentsPlaceholder.size());
    auto token = requestTimestampToken(tsaUrl, signedBytes);
    if (!token)
        return token.error();
    if (token->size() > reserve)
        return Error(
            LongTermSigner::tr("Stempel waktu dokumen (%1 byte) melebihi ruang yang disediakan (%2 byte)")
                .arg(token->size())
                .arg(reserve),
            Error::Code::Crypto);
    const QByteArray hex = token->toHex().toUpper();
    update.replace(contentsAt + 1, hex.size(), hex);
    return writeAppended(pdf, update, outputPath);
}

QList<QByteArray> signerPool(const SigningKey& key, const LongTermOptions& longTerm)
{
    QList<QByteArray> pool = key.chainDer();
    for (const QByteArray& c : certificatesInFolders({longTerm.trustDirectory}))
        appendUnique(pool, c);
    return pool;
}

} // namespace

QString signatureLevelName(SignatureLevel level)
{
    switch (level) {
    case SignatureLevel::BB:
        return QStringLiteral("B-B");
    case SignatureLevel::BT:
        return QStringLiteral("B-T");
    case SignatureLevel::BLT:
        return QStringLiteral("B-LT");
    case SignatureLevel::BLTA:
        return QStringLiteral("B-LTA");
    }
    return {};
}

std::optional<SignatureLevel> parseSignatureLevel(const QString& text)
{
    for (SignatureLevel level :
         {SignatureLevel::BB, SignatureLevel::BT, SignatureLevel::BLT, SignatureLevel::BLTA}) {
        if (text.trimmed().compare(signatureLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

RevocationData LongTermSigner::readDss(PdfReader& pdf, bool* present)
{
    RevocationData data;
    if (present)
        *present = false;
    auto catalog = pdf.catalog();
    if (!catalog)
        return data;
    auto dss = pdf.resolve(catalog->value("DSS"));
    if (!dss || !dss->isDict())
        return data;
    if (present)
        *present = true;
    auto collect = [&pdf](const PdfObject& arrayObject, QList<QByteArray>* into) {
        auto array = pdf.resolve(arrayObject);
        if (!array || !array->isArray())
            return;
        for (const PdfObject& item : array->array()) {
            if (!item.isRef())
                continue;
            auto stream = streamAt(pdf, item.ref());
            if (stream)
                appendUnique(*into, *stream);
        }
    };
    const PdfDict& d = dss->dict();
    collect(d.value("Certs"), &data.certificates);
    collect(d.value("OCSPs"), &data.ocspResponses);
    collect(d.value("CRLs"), &data.crls);
    if (auto vri = pdf.resolve(d.value("VRI")); vri && vri->isDict()) {
        for (const PdfObject& entryObject : vri->dict()) {
            auto entry = pdf.resolve(entryObject);
            if (!entry || !entry->isDict())
                continue;
            collect(entry->dict().value("Cert"), &data.certificates);
            collect(entry->dict().value("OCSP"), &data.ocspResponses);
            collect(entry->dict().value("CRL"), &data.crls);
        }
    }
    return data;
}

Status LongTermSigner::checkNotRevoked(const SigningKey& key, const LongTermOptions& longTerm)
{
    const QList<QByteArray> path = Revocation::buildPath(key.certificateDer(), signerPool(key, longTerm));
    auto settled = requireSettled(path, QDateTime::currentDateTimeUtc(), {}, longTerm, tr("penanda tangan"));
    if (!settled)
        return settled.error();
    return {};
}

Result<SignResult> LongTermSigner::signWithLevel(const QString& input, const QString& output, SigningKey& key,
                                                 const SignOptions& options, SignatureLevel level,
                                                 const LongTermOptions& longTerm)
{
    SignOptions bt = options;
    if (level == SignatureLevel::BB) {
        bt.tsaUrl.clear(); // B-B asked for: no timestamp even if a TSA is configured
    } else if (options.tsaUrl.isEmpty()) {
        return Error(
            tr("Tingkat %1 memerlukan alamat server stempel waktu (TSA); dokumen tidak ditandatangani")
                .arg(signatureLevelName(level)),
            Error::Code::InvalidInput);
    }
    if (auto usable = PdfSigner::checkCertificateValidNow(key); !usable)
        return usable.error();
    if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath() &&
        QFileInfo::exists(output))
        return Error(tr("Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah"),
                     Error::Code::InvalidInput);

    if (level == SignatureLevel::BB || level == SignatureLevel::BT) {
        if (longTerm.checkRevocationForBasicLevels) {
            // Best effort: a known revocation stops signing, a server that does not answer does not.
            if (auto status = checkNotRevoked(key, longTerm);
                !status && status.error().code == Error::Code::Forbidden)
                return status.error();
        }
        return PdfSigner::sign(input, output, key, bt);
    }

    // B-LT and B-LTA. The signer's chain is asked first: a revoked certificate is refused before
    // anything is signed, timestamped or written.
    const QList<QByteArray> pool = signerPool(key, longTerm);
    const QList<QByteArray> signerPath = Revocation::buildPath(key.certificateDer(), pool);
    auto before =
        requireSettled(signerPath, QDateTime::currentDateTimeUtc(), {}, longTerm, tr("penanda tangan"));
    if (!before)
        return before.error();

    QTemporaryDir work; // private (0700), removed with everything in it whatever happens
    if (!work.isValid())
        return Error(tr("Folder sementara tidak dapat dibuat"), Error::Code::Io);
    const QString btPath = work.filePath(QStringLiteral("b-t.pdf"));
    auto signedBt = PdfSigner::sign(input, btPath, key, bt);
    if (!signedBt)
        return signedBt.error();

    // Our signature is the one that covers the whole temporary file.
    QByteArray contents;
    {
        auto opened = PdfReader::open(btPath);
        if (!opened)
            return opened.error();
        auto fields = (*opened)->signatureFields();
        if (!fields)
            return fields.error();
        for (const PdfSignatureField& f : *fields) {
            if (f.byteRange.size() == 4 && f.byteRange[2] + f.byteRange[3] == (*opened)->size())
                contents = f.contents;
        }
    }
    if (contents.isEmpty())
        return Error(tr("Tanda tangan yang baru dibuat tidak ditemukan"), Error::Code::Crypto);
    auto timestamp = timestampOf(contents);
    if (!timestamp)
        return timestamp.error();

    // Judged at the timestamp's time: the answers already fetched serve when they speak for that time,
    // the rest is fetched again.
    auto signerStatus =
        requireSettled(signerPath, timestamp->time, evidenceOf(*before), longTerm, tr("penanda tangan"));
    if (!signerStatus)
        return signerStatus.error();
    QList<QByteArray> tsaPool = timestamp->certificates;
    for (const QByteArray& c : pool)
        appendUnique(tsaPool, c);
    const QList<QByteArray> tsaPath = Revocation::buildPath(timestamp->tsaCertificate, tsaPool);
    auto tsaStatus =
        requireSettled(tsaPath, timestamp->time, {}, longTerm,
                       tr("server stempel waktu \"%1\"").arg(firstCommonName(timestamp->tsaCertificate)));
    if (!tsaStatus)
        return tsaStatus.error();

    RevocationData dss;
    for (const QByteArray& c : signerPath + tsaPath)
        appendUnique(dss.certificates, c);
    for (const RevocationData& part : {evidenceOf(*signerStatus), evidenceOf(*tsaStatus)}) {
        for (const QByteArray& c : part.certificates)
            appendUnique(dss.certificates, c);
        for (const QByteArray& r : part.ocspResponses)
            appendUnique(dss.ocspResponses, r);
        for (const QByteArray& r : part.crls)
            appendUnique(dss.crls, r);
    }

    const QString ltPath = level == SignatureLevel::BLT ? output : work.filePath(QStringLiteral("b-lt.pdf"));
    if (auto written = appendDss(btPath, ltPath, dss, contents); !written)
        return written.error();
    if (level == SignatureLevel::BLTA) {
        if (auto stamped = appendDocumentTimestamp(ltPath, output, options.tsaUrl, longTerm); !stamped)
            return stamped.error();
    }
    SignResult result = *signedBt;
    result.outputSize = QFileInfo(output).size();
    return result;
}

} // namespace lontar::esign
