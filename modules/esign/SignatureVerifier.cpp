#include "esign/SignatureVerifier.h"

#include "esign/OpenSslUtil.h"
#include "esign/PdfReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace lontar::esign {

namespace {

QString nameEntry(X509_NAME* name, int nid)
{
    const int i = X509_NAME_get_index_by_NID(name, nid, -1);
    if (i < 0)
        return {};
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    const QString s = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return s;
}

QString oneLine(X509_NAME* name)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
}

QDateTime asn1Time(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// "D:20261122093000+07'00'" or "...Z" → UTC.
QDateTime parsePdfDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^D:(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?([Zz+-])?(\\d{2})?'?(\\d{2})?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    auto part = [&](int i, int fallback) {
        return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt();
    };
    QDateTime t(QDate(part(1, 1), part(2, 1), part(3, 1)), QTime(part(4, 0), part(5, 0), part(6, 0)),
                Qt::UTC);
    const QString sign = m.captured(7);
    const int offset = (part(8, 0) * 60 + part(9, 0)) * 60;
    if (sign == QLatin1String("+"))
        t = t.addSecs(-offset);
    else if (sign == QLatin1String("-"))
        t = t.addSecs(offset);
    return t;
}

X509_STORE* loadTrustStore(const QString& dir, QString* error)
{
    X509_STORE* store = X509_STORE_new();
    int loaded = 0;
    for (const QFileInfo& f :
         QDir(dir).entryInfoList({QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files)) {
        QFile file(f.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray pem = file.readAll();
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                      BIO_free);
        while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, cert);
            X509_free(cert);
            ++loaded;
        }
        ERR_clear_error();
    }
    if (loaded == 0)
        *error = QStringLiteral("no certificates in trust folder %1").arg(dir);
    return store;
}

QString chainName(SignatureReport::Chain c)
{
    switch (c) {
    case SignatureReport::Chain::NotChecked:
        return QStringLiteral("not-checked");
    case SignatureReport::Chain::Trusted:
        return QStringLiteral("trusted");
    case SignatureReport::Chain::Untrusted:
        return QStringLiteral("untrusted");
    case SignatureReport::Chain::Expired:
        return QStringLiteral("expired");
    case SignatureReport::Chain::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case SignatureReport::Chain::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

// One entry of a dictionary as it stands in the file: where its value starts and ends.
struct RawEntry
{
    QByteArray key;
    qint64 valueStart = 0;
    qint64 valueEnd = 0; // one past the value's last byte
    PdfObject value;
};

struct RawDict
{
    qint64 start = 0; // the first '<' of "<<"
    qint64 end = 0;   // one past the final '>'
    QList<RawEntry> entries;
    QByteArrayList duplicates;

    const RawEntry* find(const QByteArray& key) const
    {
        for (const RawEntry& e : entries) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }
    PdfObject value(const QByteArray& key) const
    {
        const RawEntry* e = find(key);
        return e ? e->value : PdfObject{};
    }
};

// Parses "n g obj << ... >>" from the file bytes, keeping every key with its position. PdfDict (a map)
// keeps only the last of duplicate keys, which is exactly what a wrapping attack relies on.
bool parseRawDict(const char* data, qint64 size, qint64 offset, RawDict* out)
{
    PdfParser p(data, size, offset);
    qint64 number = 0;
    qint64 generation = 0;
    if (!p.readInt(&number) || !p.readInt(&generation) || !p.expectKeyword("obj"))
        return false;
    p.skipWhitespace();
    if (p.pos() + 1 >= size || data[p.pos()] != '<' || data[p.pos() + 1] != '<')
        return false;
    out->start = p.pos();
    p.setPos(p.pos() + 2);
    for (int n = 0; n < 4096; ++n) {
        p.skipWhitespace();
        if (p.atEnd())
            return false;
        if (data[p.pos()] == '>') {
            if (p.pos() + 1 >= size || data[p.pos() + 1] != '>')
                return false;
            out->end = p.pos() + 2;
            return true;
        }
        PdfObject key;
        if (data[p.pos()] != '/' || !p.parseObject(&key) || !key.isName())
            return false;
        p.skipWhitespace();
        RawEntry e;
        e.key = key.name();
        e.valueStart = p.pos();
        if (!p.parseObject(&e.value))
            return false;
        e.valueEnd = p.pos();
        if (out->find(e.key) && !out->duplicates.contains(e.key))
            out->duplicates.append(e.key);
        out->entries.append(e);
    }
    return false;
}

} // namespace

QJsonObject SignatureReport::toJson() const
{
    QJsonArray range;
    for (qint64 v : byteRange)
        range.append(v);
    return QJsonObject{
        {QStringLiteral("field"), fieldName},
        {QStringLiteral("listedInFields"), listedInFields},
        {QStringLiteral("object"), objectNumber},
        {QStringLiteral("objectOffset"), objectOffset},
        {QStringLiteral("subFilter"), subFilter},
        {QStringLiteral("byteRange"), range},
        {QStringLiteral("valid"), valid()},
        {QStringLiteral("intact"), intact()},
        {QStringLiteral("byteRangeValid"), byteRangeValid},
        {QStringLiteral("dictionaryValid"), dictionaryValid},
        {QStringLiteral("digestMatches"), digestMatches},
        {QStringLiteral("signatureValid"), signatureValid},
        {QStringLiteral("coversWholeDocument"), coversWholeDocument},
        {QStringLiteral("bytesAfter"), bytesAfter},
        {QStringLiteral("revisionsAfter"), revisionsAfter},
        {QStringLiteral("chain"), chainName(chain)},
        {QStringLiteral("chainMessage"), chainMessage},
        {QStringLiteral("signer"), signerName},
        {QStringLiteral("subject"), signerSubject},
        {QStringLiteral("serialNumber"), signerSerialNumber},
        {QStringLiteral("signingTime"), signingTime.toString(Qt::ISODate)},
        {QStringLiteral("signingTimeSource"), signingTimeSource},
        {QStringLiteral("timestamp"), hasTimestamp},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("location"), location},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
}

bool VerificationReport::allValid() const
{
    if (signatures.isEmpty())
        return false;
    const SignatureReport* covering = nullptr;
    for (const SignatureReport& s : signatures) {
        if (!s.valid())
            return false;
        if (!covering || s.byteRange[2] + s.byteRange[3] > covering->byteRange[2] + covering->byteRange[3])
            covering = &s;
    }
    // Decided by the ranges, not by the order of /Fields: prepared fields may be signed in any order.
    return covering->coversWholeDocument;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray sigs;
    for (const SignatureReport& s : signatures)
        sigs.append(s.toJson());
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("valid"), allValid()},
                       {QStringLiteral("signatures"), sigs}};
}

QString VerificationReport::toText() const
{
    QString t = SignatureVerifier::tr("Berkas: %1 (%2 byte)\n").arg(file).arg(size);
    if (signatures.isEmpty())
        t += SignatureVerifier::tr("Tidak ada tanda tangan.\n");
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureReport& s = signatures.at(i);
        t += SignatureVerifier::tr("\nTanda tangan %1 (%2): %3\n")
                 .arg(i + 1)
                 .arg(s.fieldName,
                      s.valid() ? SignatureVerifier::tr("SAH") : SignatureVerifier::tr("TIDAK SAH"));
        if (!s.listedInFields)
            t += SignatureVerifier::tr(
                     "  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir\n")
                     .arg(s.objectNumber);
        t += SignatureVerifier::tr("  Penanda tangan: %1\n").arg(s.signerSubject);
        t += SignatureVerifier::tr("  Waktu: %1 (%2)\n")
                 .arg(s.signingTime.toString(Qt::ISODate),
                      s.signingTimeSource == QLatin1String("timestamp")
                          ? SignatureVerifier::tr("stempel waktu")
                          : SignatureVerifier::tr("diakui penanda tangan"));
        t += SignatureVerifier::tr("  Keutuhan: %1\n")
                 .arg(s.intact() ? SignatureVerifier::tr("dokumen tidak berubah sejak ditandatangani")
                                 : SignatureVerifier::tr("RUSAK"));
        t += SignatureVerifier::tr("  Cakupan: %1\n")
                 .arg(s.coversWholeDocument
                          ? SignatureVerifier::tr("seluruh dokumen")
                          : SignatureVerifier::tr("%1 byte ditambahkan sesudahnya (%2 revisi)")
                                .arg(s.bytesAfter)
                                .arg(s.revisionsAfter));
        const QString chain =
            s.chain == SignatureReport::Chain::NotChecked
                ? SignatureVerifier::tr("tidak diperiksa (tanpa daftar sertifikat tepercaya)")
            : s.chain == SignatureReport::Chain::Trusted   ? SignatureVerifier::tr("tepercaya")
            : s.chain == SignatureReport::Chain::Untrusted ? SignatureVerifier::tr("tidak tepercaya")
            : s.chain == SignatureReport::Chain::Expired
                ? SignatureVerifier::tr("kedaluwarsa saat penandatanganan")
            : s.chain == SignatureReport::Chain::NotYetValid
                ? SignatureVerifier::tr("belum berlaku saat penandatanganan")
                : SignatureVerifier::tr("tidak valid");
        t += SignatureVerifier::tr("  Rantai sertifikat: %1 %2\n").arg(chain, s.chainMessage);
        for (const QString& p : s.problems)
            t += QStringLiteral("  ! ") + p + QLatin1Char('\n');
    }
    t += SignatureVerifier::tr("\nHasil: %1\n")
             .arg(allValid() ? SignatureVerifier::tr("SEMUA TANDA TANGAN SAH")
                             : SignatureVerifier::tr("TIDAK SAH"));
    return t;
}

namespace {

// Cryptographic part: the CMS over the signed bytes, the signer's certificate, a timestamp token, and the
// chain at the time of signing.
void checkCms(SignatureReport& s, PdfReader& pdf, const QByteArray& contents, X509_STORE* store,
              const QString& storeError)
{
    const QList<qint64>& r = s.byteRange;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(contents.constData());
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &p, long(contents.size())), CMS_ContentInfo_free);
    STACK_OF(CMS_SignerInfo)* infos = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!cms || !infos || sk_CMS_SignerInfo_num(infos) != 1) {
        s.problems.append(SignatureVerifier::tr("Isi tanda tangan (CMS) tidak dapat dibaca"));
        ERR_clear_error();
        return;
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    STACK_OF(X509)* certs = CMS_get1_certs(cms.get());
    X509* signer = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0)
            signer = sk_X509_value(certs, i);
    }
    if (!signer) {
        s.problems.append(SignatureVerifier::tr("Sertifikat penanda tangan tidak ada di dalam tanda tangan"));
    } else {
        CMS_SignerInfo_set1_signer_cert(si, signer);
        s.signerName = nameEntry(X509_get_subject_name(signer), NID_commonName);
        s.signerSerialNumber = nameEntry(X509_get_subject_name(signer), NID_serialNumber);
        s.signerSubject = oneLine(X509_get_subject_name(signer));
        s.certificateNotBefore = asn1Time(X509_get0_notBefore(signer));
        s.certificateNotAfter = asn1Time(X509_get0_notAfter(signer));
    }
    if (s.byteRangeValid) {
        Sha256 hash;
        const auto sink = [&hash](const char* data, qint64 n) { hash.add(data, n); };
        if (!pdf.readRange(0, r[1], sink) || !pdf.readRange(r[2], r[3], sink))
            s.problems.append(SignatureVerifier::tr("Berkas tidak dapat dibaca"));
        const ASN1_OCTET_STRING* md = static_cast<const ASN1_OCTET_STRING*>(
            CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        X509_ALGOR* digestAlg = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
        const ASN1_OBJECT* digestOid = nullptr;
        if (digestAlg)
            X509_ALGOR_get0(&digestOid, nullptr, nullptr, digestAlg);
        if (!md) {
            s.problems.append(
                SignatureVerifier::tr("Tanda tangan tanpa atribut message-digest tidak didukung"));
        } else if (!digestOid || OBJ_obj2nid(digestOid) != NID_sha256) {
            s.problems.append(SignatureVerifier::tr("Algoritme hash selain SHA-256 belum didukung"));
        } else {
            const QByteArray expected(reinterpret_cast<const char*>(ASN1_STRING_get0_data(md)),
                                      ASN1_STRING_length(md));
            s.digestMatches = expected == hash.result();
            if (!s.digestMatches)
                s.problems.append(
                    SignatureVerifier::tr("Dokumen telah diubah setelah ditandatangani (hash tidak cocok)"));
        }
    }
    if (signer) {
        s.signatureValid = CMS_SignerInfo_verify(si) == 1;
        if (!s.signatureValid)
            s.problems.append(SignatureVerifier::tr("Nilai tanda tangan tidak cocok dengan sertifikat"));
        ERR_clear_error();
    }
    const int tsIndex = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    s.hasTimestamp = tsIndex >= 0;
    if (s.hasTimestamp) {
        // The token must stamp this signature's value; then its time replaces the claimed /M.
        ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, tsIndex), 0);
        PKCS7* token = nullptr;
        if (value && value->type == V_ASN1_SEQUENCE) {
            const unsigned char* tp = value->value.sequence->data;
            token = d2i_PKCS7(nullptr, &tp, value->value.sequence->length);
        }
        TS_TST_INFO* info = token ? PKCS7_to_TS_TST_INFO(token) : nullptr;
        const ASN1_OCTET_STRING* sigValue = CMS_SignerInfo_get0_signature(si);
        bool imprintOk = false;
        if (info && sigValue) {
            const ASN1_OCTET_STRING* imprint = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
            const QByteArray expected = QCryptographicHash::hash(
                QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sigValue)),
                           ASN1_STRING_length(sigValue)),
                QCryptographicHash::Sha256);
            imprintOk = imprint && QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(imprint)),
                                              ASN1_STRING_length(imprint)) == expected;
        }
        bool tokenSignatureOk = !store; // judged only against a trust store
        if (info && imprintOk && store) {
            std::unique_ptr<TS_VERIFY_CTX, decltype(&TS_VERIFY_CTX_free)> vctx(TS_VERIFY_CTX_new(),
                                                                               TS_VERIFY_CTX_free);
            TS_VERIFY_CTX_set_flags(vctx.get(), TS_VFY_SIGNATURE);
            X509_STORE_up_ref(store);
            TS_VERIFY_CTX_set_store(vctx.get(), store);
            tokenSignatureOk = TS_RESP_verify_token(vctx.get(), token) == 1;
        }
        if (info && imprintOk && tokenSignatureOk) {
            s.signingTime = asn1Time(TS_TST_INFO_get_time(info));
            s.signingTimeSource = QStringLiteral("timestamp");
        } else {
            s.problems.append(
                SignatureVerifier::tr("Stempel waktu tidak cocok dengan tanda tangan atau tidak tepercaya"));
            s.signatureValid = false;
        }
        TS_TST_INFO_free(info);
        PKCS7_free(token);
        ERR_clear_error();
    }

    if (store && signer) {
        std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                            X509_STORE_CTX_free);
        X509_STORE_CTX_init(ctx.get(), store, signer, certs);
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
        // Judge the certificate at the time of signing, not today (a signature outlives its certificate).
        if (s.signingTime.isValid())
            X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                                       time_t(s.signingTime.toSecsSinceEpoch()));
        if (X509_verify_cert(ctx.get()) == 1) {
            s.chain = SignatureReport::Chain::Trusted;
        } else {
            const int e = X509_STORE_CTX_get_error(ctx.get());
            s.chainMessage = QString::fromLatin1(X509_verify_cert_error_string(e));
            s.chain = e == X509_V_ERR_CERT_HAS_EXPIRED     ? SignatureReport::Chain::Expired
                      : e == X509_V_ERR_CERT_NOT_YET_VALID ? SignatureReport::Chain::NotYetValid
                      : e == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
                              e == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                              e == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN ||
                              e == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
                          ? SignatureReport::Chain::Untrusted
                          : SignatureReport::Chain::Invalid;
            s.problems.append(SignatureVerifier::tr("Sertifikat tidak dipercaya: %1").arg(s.chainMessage));
        }
        if (!storeError.isEmpty())
            s.problems.append(storeError);
        ERR_clear_error();
    }
    sk_X509_pop_free(certs, X509_free);
}

// The structural rules for one signature dictionary at a byte offset (ISO 32000-1 §12.8.1, ETSI EN 319
// 142-1 §5): every reason it fails goes into s.problems. Returns the hex-decoded /Contents.
QByteArray checkDictionary(SignatureReport& s, const PdfReader& pdf, const RawDict& d)
{
    using SV = SignatureVerifier;
    const qint64 size = pdf.size();
    for (const QByteArray& k : d.duplicates)
        s.problems.append(SV::tr("Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda "
                                 "tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani")
                              .arg(QString::fromLatin1(k)));
    bool dictOk = d.duplicates.isEmpty();

    // /ByteRange: [0 a b c], four non-negative integers, one gap, inside the file.
    const PdfObject range = d.value("ByteRange");
    bool rangeOk = range.isArray() && range.array().size() == 4;
    for (const PdfObject& n : range.array()) {
        rangeOk = rangeOk && n.isInt();
        s.byteRange.append(n.isInt() ? n.integer() : -1);
    }
    const QList<qint64>& r = s.byteRange;
    if (!rangeOk) {
        s.problems.append(SV::tr("/ByteRange harus berisi tepat empat bilangan bulat"));
    } else if (r[0] < 0 || r[1] < 0 || r[2] < 0 || r[3] < 0) {
        s.problems.append(SV::tr("/ByteRange berisi angka negatif"));
        rangeOk = false;
    } else if (r[0] != 0) {
        s.problems.append(SV::tr("/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas "
                                 "tidak ikut ditandatangani"));
        rangeOk = false;
    } else if (r[2] < r[1]) {
        s.problems.append(SV::tr("Bagian-bagian /ByteRange tumpang tindih"));
        rangeOk = false;
    } else if (r[2] > size || r[3] > size - r[2]) {
        s.problems.append(SV::tr("/ByteRange melewati akhir berkas"));
        rangeOk = false;
    }

    // The gap must be exactly this dictionary's own /Contents string: '<' at a, '>' at b-1.
    const RawEntry* contents = d.find("Contents");
    if (!contents || !contents->value.isString() || !std::get<PdfString>(contents->value.value).hex) {
        s.problems.append(SV::tr("/Contents bukan string heksadesimal"));
        rangeOk = false;
    } else if (rangeOk && (contents->valueStart != r[1] || contents->valueEnd != r[2])) {
        s.problems.append(
            SV::tr("Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini "
                   "(byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani")
                .arg(r[1])
                .arg(r[2])
                .arg(contents->valueStart)
                .arg(contents->valueEnd));
        rangeOk = false;
    }
    // Everything of the dictionary except /Contents must be signed (so /M, /Reason, /ByteRange are).
    if (rangeOk && (d.start >= r[1] || d.end <= r[2] || d.end > r[2] + r[3])) {
        s.problems.append(SV::tr("Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani"));
        dictOk = false;
    }
    s.byteRangeValid = rangeOk;

    // What kind of signature this is.
    const PdfObject type = d.value("Type");
    const QByteArray subFilter = d.value("SubFilter").name();
    s.subFilter = QString::fromLatin1(subFilter);
    const bool docTimeStamp = type.name() == "DocTimeStamp";
    if (!type.isNull() && type.name() != "Sig" && !docTimeStamp) {
        s.problems.append(SV::tr("/Type kamus tanda tangan harus /Sig atau /DocTimeStamp"));
        dictOk = false;
    }
    if (d.value("Filter").name() != "Adobe.PPKLite") {
        s.problems.append(SV::tr("/Filter harus /Adobe.PPKLite"));
        dictOk = false;
    }
    if (docTimeStamp ? subFilter != "ETSI.RFC3161"
                     : subFilter != "ETSI.CAdES.detached" && subFilter != "adbe.pkcs7.detached") {
        s.problems.append(
            docTimeStamp
                ? SV::tr("/SubFilter stempel waktu dokumen harus /ETSI.RFC3161")
                : SV::tr(
                      "/SubFilter \"%1\" tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)")
                      .arg(s.subFilter));
        dictOk = false;
    } else if (docTimeStamp) {
        // Structurally fine, but a document timestamp is a bare RFC 3161 token, not a signer's CMS.
        s.problems.append(SV::tr("Stempel waktu dokumen (DocTimeStamp) belum dapat diperiksa"));
    }
    s.dictionaryValid = dictOk && !docTimeStamp;

    // Claimed metadata only from a dictionary that is entirely signed.
    if (s.byteRangeValid && dictOk) {
        s.signingTime = parsePdfDate(QString::fromLatin1(d.value("M").string()));
        s.reason = QString::fromUtf8(d.value("Reason").string());
        s.location = QString::fromUtf8(d.value("Location").string());
    } else {
        s.problems.append(SV::tr("Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda "
                                 "tangan tidak utuh ditandatangani"));
    }
    s.signingTimeSource = QStringLiteral("claimed");
    return contents ? contents->value.string() : QByteArray();
}

qint64 rangeEnd(const SignatureReport& s)
{
    return s.byteRangeValid ? s.byteRange[2] + s.byteRange[3] : s.objectOffset;
}

} // namespace

Result<VerificationReport> SignatureVerifier::verify(const QString& path, const VerifyOptions& options)
{
    auto opened = PdfReader::open(path);
    if (!opened)
        return opened.error();
    PdfReader& pdf = **opened;
    auto fields = pdf.signatureFields();
    if (!fields)
        return Error(tr("%1: %2").arg(QFileInfo(path).fileName(), fields.errorMessage()),
                     Error::Code::InvalidInput);
    QHash<int, QString> fieldNames; // signature dictionary object -> field name
    for (const PdfSignatureField& f : *fields) {
        if (f.value.number > 0)
            fieldNames.insert(f.value.number, f.name);
    }

    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(nullptr, X509_STORE_free);
    QString storeError;
    if (!options.trustDirectory.isEmpty())
        store.reset(loadTrustStore(options.trustDirectory, &storeError));

    VerificationReport report;
    report.file = path;
    report.size = pdf.size();

    // Every signature dictionary of every revision, whether or not /Fields lists it: one that is not
    // listed still tells the reader something was signed (and an attacker must not be able to hide one).
    QSet<qint64> seenOffsets;
    QSet<QPair<int, int>> seenInStreams;
    for (const PdfReader::ObjectLocation& loc : pdf.allObjectLocations()) {
        SignatureReport s;
        s.objectNumber = loc.number;
        s.fieldName = fieldNames.value(loc.number);
        s.listedInFields = fieldNames.contains(loc.number);
        if (loc.type == 2) {
            if (seenInStreams.contains({loc.streamNumber, loc.index}))
                continue;
            seenInStreams.insert({loc.streamNumber, loc.index});
            auto obj = pdf.objectInObjectStream(loc.streamNumber, loc.index, loc.number);
            if (!obj || !obj->dict().contains("ByteRange") || !obj->dict().contains("Contents"))
                continue;
            for (const PdfObject& n : obj->dict().value("ByteRange").array())
                s.byteRange.append(n.integer());
            s.subFilter = QString::fromLatin1(obj->dict().value("SubFilter").name());
            s.problems.append(
                tr("Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak "
                   "dapat menunjuk /Contents-nya"));
            report.signatures.append(s);
            continue;
        }
        if (seenOffsets.contains(loc.offset))
            continue;
        seenOffsets.insert(loc.offset);
        // Cheap filter first: only dictionaries mentioning /ByteRange are parsed in full.
        auto obj = pdf.objectAtOffset(loc.offset, loc.number);
        if (!obj || !obj->dict().contains("ByteRange") || !obj->dict().contains("Contents"))
            continue;
        s.objectOffset = loc.offset;
        RawDict raw;
        if (!parseRawDict(pdf.data(), pdf.size(), loc.offset, &raw)) {
            s.problems.append(tr("Kamus tanda tangan tidak dapat diurai"));
            report.signatures.append(s);
            continue;
        }
        const QByteArray contents = checkDictionary(s, pdf, raw);
        if (s.byteRangeValid) {
            const qint64 end = s.byteRange[2] + s.byteRange[3];
            s.coversWholeDocument = end == pdf.size();
            s.bytesAfter = pdf.size() - end;
            const QByteArray tail(pdf.data() + end, int(std::min<qint64>(s.bytesAfter, 64 << 20)));
            s.revisionsAfter = int(tail.count("%%EOF"));
        }
        checkCms(s, pdf, contents, store.get(), storeError);
        report.signatures.append(s);
    }
    // A signature dictionary written directly inside its field cannot be located by offset.
    for (const PdfSignatureField& f : *fields) {
        if (f.value.number > 0)
            continue;
        SignatureReport s;
        s.fieldName = f.name;
        s.listedInFields = true;
        s.byteRange = f.byteRange;
        s.problems.append(tr("Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di "
                             "dalam field"));
        report.signatures.append(s);
    }
    // In signing order: the range that ends last is the one that can cover the whole document.
    std::stable_sort(
        report.signatures.begin(), report.signatures.end(),
        [](const SignatureReport& a, const SignatureReport& b) { return rangeEnd(a) < rangeEnd(b); });
    return report;
}

} // namespace lontar::esign
