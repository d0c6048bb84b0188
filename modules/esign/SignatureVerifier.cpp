#include "esign/SignatureVerifier.h"

#include "core/OfficeTime.h"

#include "esign/LongTermValidation.h"
#include "esign/ModificationAnalysis.h"
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
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace lontar::esign {

namespace {

QString oneLine(X509_NAME* name)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
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

X509_STORE* loadTrustStore(const QStringList& dirs, int* count)
{
    X509_STORE* store = X509_STORE_new();
    const QList<QByteArray> certs = certificatesInFolders(dirs);
    for (const QByteArray& der : certs) {
        if (X509* cert = x509FromDer(der)) {
            X509_STORE_add_cert(store, cert);
            X509_free(cert);
        }
    }
    *count = int(certs.size());
    return store;
}

QString chainName(SignatureReport::Chain c)
{
    switch (c) {
    case SignatureReport::Chain::NotChecked:
        return QStringLiteral("not-checked");
    case SignatureReport::Chain::NoTrustAnchors:
        return QStringLiteral("no-trust-anchors");
    case SignatureReport::Chain::KeyUsageNotAllowed:
        return QStringLiteral("key-usage-not-allowed");
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

QString changesName(SignatureReport::Changes c)
{
    switch (c) {
    case SignatureReport::Changes::None:
        return QStringLiteral("none");
    case SignatureReport::Changes::AllowedChanges:
        return QStringLiteral("allowed-changes");
    case SignatureReport::Changes::DisallowedChanges:
        return QStringLiteral("disallowed-changes");
    }
    return {};
}

QString verdictName(VerificationReport::Verdict v)
{
    switch (v) {
    case VerificationReport::Verdict::NoSignature:
        return QStringLiteral("no-signature");
    case VerificationReport::Verdict::Valid:
        return QStringLiteral("valid");
    case VerificationReport::Verdict::NotTrusted:
        return QStringLiteral("not-trusted");
    case VerificationReport::Verdict::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

// The signer certificate must be meant for signing documents: keyUsage (when present) with
// digitalSignature or nonRepudiation, extendedKeyUsage (when present) allowing document signing. A TLS
// server certificate from the same CA must not sign a letter.
QString keyUsageProblem(X509* cert)
{
    const uint32_t flags = X509_get_extension_flags(cert);
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(cert) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return SignatureVerifier::tr(
            "penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation");
    if (!(flags & EXFLAG_XKUSAGE))
        return {};
    int critical = 0;
    auto* ekus =
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, &critical, nullptr));
    if (!ekus)
        return SignatureVerifier::tr("extendedKeyUsage sertifikat tidak dapat dibaca");
    bool allowed = false;
    for (int i = 0; i < sk_ASN1_OBJECT_num(ekus) && !allowed; ++i) {
        const ASN1_OBJECT* oid = sk_ASN1_OBJECT_value(ekus, i);
        char text[80] = {};
        OBJ_obj2txt(text, sizeof text, oid, 1);
        const QByteArray dotted(text);
        allowed = OBJ_obj2nid(oid) == NID_anyExtendedKeyUsage || OBJ_obj2nid(oid) == NID_email_protect ||
                  dotted == "1.3.6.1.5.5.7.3.36"       // id-kp-documentSigning (RFC 9336)
                  || dotted == "1.2.840.113583.1.1.5"; // Adobe authenticDocumentsTrust
    }
    sk_ASN1_OBJECT_pop_free(ekus, ASN1_OBJECT_free);
    return allowed ? QString()
                   : SignatureVerifier::tr("extendedKeyUsage sertifikat tidak mengizinkan penandatanganan "
                                           "dokumen (misalnya hanya untuk server TLS)");
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

QString SignatureReport::trustText() const
{
    const QString when =
        formatOfficeTime(validationTime, timeZone) +
        (validationTimeSource == QLatin1String("timestamp")
             ? SignatureVerifier::tr(", waktu stempel waktu tepercaya")
         : validationTimeSource == QLatin1String("document-timestamp")
             ? SignatureVerifier::tr(", waktu stempel waktu dokumen tepercaya yang menutupinya")
             : SignatureVerifier::tr(", waktu pemeriksaan, karena tidak ada stempel waktu tepercaya"));
    if (chain == Chain::Trusted && revocation == Revocation::Revoked)
        return SignatureVerifier::tr("tidak tepercaya: sertifikat sudah dicabut pada %1 (%2)")
            .arg(when, revocationDetails);
    switch (chain) {
    case Chain::Trusted:
        return SignatureVerifier::tr(
                   "tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)")
            .arg(when);
    case Chain::NoTrustAnchors:
        return SignatureVerifier::tr("tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya");
    case Chain::Untrusted:
        return SignatureVerifier::tr(
            "tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya");
    case Chain::Expired:
        return SignatureVerifier::tr("tidak tepercaya: sertifikat sudah kedaluwarsa pada %1").arg(when);
    case Chain::NotYetValid:
        return SignatureVerifier::tr("tidak tepercaya: sertifikat belum berlaku pada %1").arg(when);
    case Chain::KeyUsageNotAllowed:
        return SignatureVerifier::tr("tidak tepercaya: %1").arg(chainMessage);
    case Chain::Invalid:
        return SignatureVerifier::tr("tidak tepercaya: rantai sertifikat tidak valid (%1)").arg(chainMessage);
    case Chain::NotChecked:
        break;
    }
    return SignatureVerifier::tr("tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa");
}

QString SignatureReport::kindText() const
{
    return documentTimestamp ? SignatureVerifier::tr("stempel waktu dokumen")
                             : SignatureVerifier::tr("tanda tangan");
}

QString SignatureReport::revocationText() const
{
    const QString source =
        revocationSource.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(revocationSource);
    switch (revocation) {
    case Revocation::Good:
        return SignatureVerifier::tr("tidak dicabut%1: %2").arg(source, revocationDetails);
    case Revocation::Revoked:
        return SignatureVerifier::tr("DICABUT%1: %2").arg(source, revocationDetails);
    case Revocation::Unknown:
        return SignatureVerifier::tr("tidak dapat dipastikan%1: %2").arg(source, revocationDetails);
    case Revocation::NotChecked:
        break;
    }
    return SignatureVerifier::tr("status pencabutan sertifikat tidak diperiksa (tidak ada data pencabutan di "
                                 "dokumen; gunakan pemeriksaan daring untuk menanyakannya)");
}

QString SignatureReport::changesText() const
{
    switch (changes) {
    case Changes::None:
        return SignatureVerifier::tr("tidak ada perubahan sesudah ditandatangani");
    case Changes::AllowedChanges:
        return SignatureVerifier::tr("ada %1 revisi sesudahnya; semua perubahannya diizinkan")
            .arg(revisionsAfter);
    case Changes::DisallowedChanges:
        break;
    }
    return SignatureVerifier::tr("ada perubahan sesudah ditandatangani yang tidak diizinkan: %1")
        .arg(disallowedModifications.join(QStringLiteral("; ")));
}

QString SignatureReport::certificationText() const
{
    switch (certificationLevel) {
    case 1:
        return SignatureVerifier::tr("sertifikasi, tingkat P=1 (dokumen tidak boleh diubah sama sekali)");
    case 2:
        return SignatureVerifier::tr(
            "sertifikasi, tingkat P=2 (hanya boleh mengisi formulir dan menandatangani)");
    case 3:
        return SignatureVerifier::tr(
            "sertifikasi, tingkat P=3 (boleh mengisi formulir, menandatangani, dan menambah anotasi)");
    default:
        return {};
    }
}

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
        {QStringLiteral("trusted"), trusted()},
        {QStringLiteral("unchanged"), unchanged()},
        {QStringLiteral("trust"), trustText()},
        {QStringLiteral("changes"), changesName(changes)},
        {QStringLiteral("changesText"), changesText()},
        {QStringLiteral("modifications"), QJsonArray::fromStringList(modifications)},
        {QStringLiteral("disallowedModifications"), QJsonArray::fromStringList(disallowedModifications)},
        {QStringLiteral("certificationLevel"), certificationLevel},
        {QStringLiteral("certification"), certificationText()},
        {QStringLiteral("validationTime"), validationTime.toString(Qt::ISODate)},
        {QStringLiteral("validationTimeSource"), validationTimeSource},
        {QStringLiteral("timestampVerified"), timestampVerified},
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
        {QStringLiteral("kind"),
         documentTimestamp ? QStringLiteral("document-timestamp") : QStringLiteral("signature")},
        {QStringLiteral("kindText"), kindText()},
        {QStringLiteral("revocation"), revocationStateName(revocation)},
        {QStringLiteral("revocationSource"), revocationSource},
        {QStringLiteral("revocationText"), revocationText()},
    };
}

VerificationReport::Verdict VerificationReport::verdict() const
{
    if (signatures.isEmpty())
        return Verdict::NoSignature;
    bool trusted = true;
    for (const SignatureReport& s : signatures) {
        if (!s.intact() || !s.unchanged())
            return Verdict::Invalid;
        trusted = trusted && s.trusted();
    }
    return trusted ? Verdict::Valid : Verdict::NotTrusted;
}

QString VerificationReport::verdictText() const
{
    switch (verdict()) {
    case Verdict::NoSignature:
        return SignatureVerifier::tr("Dokumen ini tidak memiliki tanda tangan elektronik");
    case Verdict::Valid:
        return SignatureVerifier::tr("SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya");
    case Verdict::NotTrusted:
        return SignatureVerifier::tr(
            "BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak "
            "dapat dipastikan");
    case Verdict::Invalid:
        break;
    }
    bool broken = false;
    bool changed = false;
    for (const SignatureReport& s : signatures) {
        broken = broken || !s.intact();
        changed = changed || !s.unchanged();
    }
    return broken && changed ? SignatureVerifier::tr(
                                   "TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani")
           : broken
               ? SignatureVerifier::tr("TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)")
               : SignatureVerifier::tr("TIDAK SAH: dokumen diubah sesudah ditandatangani dengan perubahan "
                                       "yang tidak diizinkan");
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray sigs;
    for (const SignatureReport& s : signatures)
        sigs.append(s.toJson());
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("verdict"), verdictName(verdict())},
                       {QStringLiteral("verdictText"), verdictText()},
                       {QStringLiteral("valid"), allValid()},
                       {QStringLiteral("dss"), hasDss},
                       {QStringLiteral("signatures"), sigs}};
}

QString VerificationReport::toText() const
{
    QString t = SignatureVerifier::tr("Berkas: %1 (%2 byte)\n").arg(file).arg(size);
    for (int i = 0; i < signatures.size(); ++i) {
        const SignatureReport& s = signatures.at(i);
        // "SAH" only when all three hold; an intact signature nobody can vouch for is not "SAH".
        const QString headline = s.valid()                     ? SignatureVerifier::tr("SAH")
                                 : s.intact() && s.unchanged() ? SignatureVerifier::tr("BELUM TEPERCAYA")
                                                               : SignatureVerifier::tr("TIDAK SAH");
        if (s.documentTimestamp)
            t += SignatureVerifier::tr("\nStempel waktu dokumen %1 (%2): %3\n")
                     .arg(i + 1)
                     .arg(s.fieldName, headline);
        else
            t += SignatureVerifier::tr("\nTanda tangan %1 (%2): %3\n").arg(i + 1).arg(s.fieldName, headline);
        if (!s.listedInFields)
            t += SignatureVerifier::tr(
                     "  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir\n")
                     .arg(s.objectNumber);
        t += SignatureVerifier::tr("  Penanda tangan: %1\n").arg(s.signerSubject);
        t += SignatureVerifier::tr("  Waktu: %1 (%2)\n")
                 .arg(formatOfficeTime(s.signingTime, s.timeZone),
                      s.signingTimeSource == QLatin1String("timestamp")
                          ? (s.timestampVerified
                                 ? SignatureVerifier::tr("stempel waktu tepercaya")
                                 : SignatureVerifier::tr("stempel waktu yang belum dapat dipercaya"))
                          : SignatureVerifier::tr(
                                "diakui penanda tangan, tidak dipakai untuk menilai sertifikat"));
        t += SignatureVerifier::tr("  Keutuhan: %1\n")
                 .arg(s.intact() ? SignatureVerifier::tr("utuh, isi yang ditandatangani tidak berubah")
                                 : SignatureVerifier::tr("RUSAK"));
        t += SignatureVerifier::tr("  Kepercayaan: %1\n").arg(s.trustText());
        t += SignatureVerifier::tr("  Pencabutan: %1\n").arg(s.revocationText());
        if (s.certificationLevel > 0)
            t += SignatureVerifier::tr("  Jenis: %1\n").arg(s.certificationText());
        t += SignatureVerifier::tr("  Perubahan sesudahnya: %1\n").arg(s.changesText());
        for (const QString& m : s.modifications)
            t += QStringLiteral("    - ") + m + QLatin1Char('\n');
        for (const QString& p : s.problems)
            t += QStringLiteral("  ! ") + p + QLatin1Char('\n');
    }
    if (hasDss)
        t += SignatureVerifier::tr("\nDokumen memuat data validasi jangka panjang (DSS)\n");
    t += SignatureVerifier::tr("\nHasil: %1\n").arg(verdictText());
    return t;
}

namespace {

// What every signature of one file is judged with besides the trust store: the validation data of the
// file's DSS, and whether revocation may be asked online.
struct LongTermContext
{
    RevocationData dss;
    RevocationOptions online;
};

// The chain from `leaf` to an anchor at s.validationTime for `purpose` (for a document signer also its key
// usage), then the revocation of every certificate of that chain at the same time.
void judgeChain(SignatureReport& s, X509* leaf, STACK_OF(X509) * untrusted, X509_STORE* store,
                const LongTermContext& longTerm, int purpose, bool documentSigner)
{
    if (!store) {
        // No anchor, no trust: a self-signed impostor must never come out green.
        s.chain = SignatureReport::Chain::NoTrustAnchors;
        s.problems.append(SignatureVerifier::tr(
            "Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya"));
        return;
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store, leaf, untrusted);
    X509_STORE_CTX_set_purpose(ctx.get(), purpose); // a document signer's key usage is judged below
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                               time_t(s.validationTime.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1) {
        const QString usage = documentSigner ? keyUsageProblem(leaf) : QString();
        if (usage.isEmpty()) {
            s.chain = SignatureReport::Chain::Trusted;
        } else {
            s.chain = SignatureReport::Chain::KeyUsageNotAllowed;
            s.chainMessage = usage;
            s.problems.append(SignatureVerifier::tr("Sertifikat tidak dipercaya: %1").arg(usage));
        }
        // Revocation of the chain just built (anchor excluded), at the validation time: from the DSS,
        // and online only when allowed.
        QList<QByteArray> path;
        STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
        for (int i = 0; built && i < sk_X509_num(built); ++i)
            path.append(x509ToDer(sk_X509_value(built, i)));
        const ChainRevocation revocation =
            Revocation::check(path, s.validationTime, longTerm.dss, longTerm.online);
        s.revocation = revocation.state;
        s.revocationSource = revocation.sourceText();
        s.revocationDetails = revocation.text();
        if (revocation.state == RevocationState::Revoked)
            s.problems.append(SignatureVerifier::tr("Sertifikat sudah dicabut sebelum waktu validasi: %1")
                                  .arg(s.revocationDetails));
        else if (revocation.state == RevocationState::Unknown)
            s.problems.append(SignatureVerifier::tr("Status pencabutan sertifikat tidak dapat dipastikan: %1")
                                  .arg(s.revocationDetails));
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
    ERR_clear_error();
}

// DSS certificates join the untrusted pool a chain may be built from (they are never anchors).
STACK_OF(X509) * withDssCertificates(STACK_OF(X509) * certs, const LongTermContext& longTerm)
{
    if (!certs)
        certs = sk_X509_new_null();
    for (const QByteArray& der : longTerm.dss.certificates) {
        if (X509* c = x509FromDer(der))
            sk_X509_push(certs, c);
    }
    return certs;
}

// Cryptographic part: the CMS over the signed bytes, the signer's certificate, a timestamp token, and the
// chain at the time of signing. `proofTime`: the time of a verified document timestamp covering this
// signature, or invalid.
void checkCms(SignatureReport& s, PdfReader& pdf, const QByteArray& contents, X509_STORE* store,
              const LongTermContext& longTerm, const QDateTime& proofTime)
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
        s.signerName = x509NameEntry(X509_get_subject_name(signer), NID_commonName);
        s.signerSerialNumber = x509NameEntry(X509_get_subject_name(signer), NID_serialNumber);
        s.signerSubject = oneLine(X509_get_subject_name(signer));
        s.certificateNotBefore = asn1ToUtc(X509_get0_notBefore(signer));
        s.certificateNotAfter = asn1ToUtc(X509_get0_notAfter(signer));
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
        // The token's own signature can only be judged against a trust store; without one its time is
        // shown but never used to judge the certificate.
        bool tokenSignatureOk = false;
        if (info && imprintOk && store) {
            std::unique_ptr<TS_VERIFY_CTX, decltype(&TS_VERIFY_CTX_free)> vctx(TS_VERIFY_CTX_new(),
                                                                               TS_VERIFY_CTX_free);
            TS_VERIFY_CTX_set_flags(vctx.get(), TS_VFY_SIGNATURE);
            X509_STORE_up_ref(store);
            TS_VERIFY_CTX_set_store(vctx.get(), store);
            // A later verified document timestamp proves this token existed at its time, so the TSA's
            // certificate only had to be valid then, not today (ETSI EN 319 102-1, past validation).
            X509_VERIFY_PARAM* param = X509_STORE_get0_param(store);
            if (proofTime.isValid())
                X509_VERIFY_PARAM_set_time(param, time_t(proofTime.toSecsSinceEpoch()));
            tokenSignatureOk = TS_RESP_verify_token(vctx.get(), token) == 1;
            X509_VERIFY_PARAM_clear_flags(param, X509_V_FLAG_USE_CHECK_TIME);
        }
        if (info && imprintOk) {
            s.signingTime = asn1ToUtc(TS_TST_INFO_get_time(info));
            s.signingTimeSource = QStringLiteral("timestamp");
            s.timestampVerified = tokenSignatureOk;
            if (store && !tokenSignatureOk)
                s.problems.append(SignatureVerifier::tr(
                    "Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan"));
        } else {
            // A token that does not stamp this signature is a broken signature, not a trust question.
            s.problems.append(SignatureVerifier::tr("Stempel waktu tidak cocok dengan tanda tangan"));
            s.signatureValid = false;
        }
        TS_TST_INFO_free(info);
        PKCS7_free(token);
        ERR_clear_error();
    }

    // The certificate is judged at a time nobody but a trusted TSA chose: the verified timestamp, else
    // the time of a verified document timestamp covering the signature (it proves the signature existed
    // then: PAdES B-LTA), else now. /M is the signer's own claim and an attacker can write any time there.
    const bool atTimestamp = s.timestampVerified && s.signingTime.isValid();
    s.validationTime = atTimestamp           ? s.signingTime
                       : proofTime.isValid() ? proofTime
                                             : QDateTime::currentDateTimeUtc();
    s.validationTimeSource = atTimestamp           ? QStringLiteral("timestamp")
                             : proofTime.isValid() ? QStringLiteral("document-timestamp")
                                                   : QStringLiteral("now");
    if (signer) {
        certs = withDssCertificates(certs, longTerm);
        judgeChain(s, signer, certs, store, longTerm, X509_PURPOSE_ANY, true);
    }
    sk_X509_pop_free(certs, X509_free);
}

// A document timestamp (/DocTimeStamp, ETSI.RFC3161): the token's imprint over the byte range, the TSA's
// signature on the token, and the TSA's chain to an anchor (judged now, with revocation like a signer's).
void checkDocumentTimestamp(SignatureReport& s, PdfReader& pdf, const QByteArray& contents, X509_STORE* store,
                            const LongTermContext& longTerm)
{
    s.hasTimestamp = true;
    s.signingTimeSource = QStringLiteral("timestamp");
    const unsigned char* p = reinterpret_cast<const unsigned char*>(contents.constData());
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> token(d2i_PKCS7(nullptr, &p, long(contents.size())),
                                                        PKCS7_free);
    std::unique_ptr<TS_TST_INFO, decltype(&TS_TST_INFO_free)> info(
        token && PKCS7_type_is_signed(token.get()) ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr,
        TS_TST_INFO_free);
    if (!info) {
        s.problems.append(
            SignatureVerifier::tr("Isi stempel waktu dokumen (token RFC 3161) tidak dapat dibaca"));
        ERR_clear_error();
        return;
    }
    STACK_OF(X509)* signers = PKCS7_get0_signers(token.get(), nullptr, 0);
    X509* tsa = signers && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    ERR_clear_error();
    if (!tsa) {
        s.problems.append(SignatureVerifier::tr(
            "Sertifikat server stempel waktu tidak ada di dalam stempel waktu dokumen"));
    } else {
        s.signerName = x509NameEntry(X509_get_subject_name(tsa), NID_commonName);
        s.signerSerialNumber = x509NameEntry(X509_get_subject_name(tsa), NID_serialNumber);
        s.signerSubject = oneLine(X509_get_subject_name(tsa));
        s.certificateNotBefore = asn1ToUtc(X509_get0_notBefore(tsa));
        s.certificateNotAfter = asn1ToUtc(X509_get0_notAfter(tsa));
    }
    s.signingTime = asn1ToUtc(TS_TST_INFO_get_time(info.get()));

    // The imprint: the hash (of the algorithm the token names) over the two signed ranges.
    if (s.byteRangeValid) {
        const TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
        const ASN1_OBJECT* oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr,
                        TS_MSG_IMPRINT_get_algo(const_cast<TS_MSG_IMPRINT*>(imprint)));
        const EVP_MD* digest = oid ? EVP_get_digestbyobj(oid) : nullptr;
        const int nid = oid ? OBJ_obj2nid(oid) : NID_undef;
        if (!digest || (nid != NID_sha256 && nid != NID_sha384 && nid != NID_sha512)) {
            s.problems.append(SignatureVerifier::tr("Algoritme hash stempel waktu dokumen tidak didukung"));
        } else {
            std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
            EVP_DigestInit_ex(md.get(), digest, nullptr);
            const auto sink = [&md](const char* data, qint64 n) {
                EVP_DigestUpdate(md.get(), data, size_t(n));
            };
            const QList<qint64>& r = s.byteRange;
            if (!pdf.readRange(0, r[1], sink) || !pdf.readRange(r[2], r[3], sink))
                s.problems.append(SignatureVerifier::tr("Berkas tidak dapat dibaca"));
            unsigned char out[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            EVP_DigestFinal_ex(md.get(), out, &len);
            const ASN1_OCTET_STRING* expected = TS_MSG_IMPRINT_get_msg(const_cast<TS_MSG_IMPRINT*>(imprint));
            s.digestMatches = expected && ASN1_STRING_length(expected) == int(len) &&
                              memcmp(ASN1_STRING_get0_data(expected), out, len) == 0;
            if (!s.digestMatches)
                s.problems.append(SignatureVerifier::tr(
                    "Dokumen telah diubah setelah diberi stempel waktu dokumen (hash tidak cocok)"));
        }
    }
    // The TSA's signature over the token, with the certificate the token carries (trust comes below).
    if (tsa) {
        s.signatureValid = PKCS7_verify(token.get(), nullptr, nullptr, nullptr, nullptr, PKCS7_NOVERIFY) == 1;
        if (!s.signatureValid)
            s.problems.append(SignatureVerifier::tr(
                "Tanda tangan server stempel waktu pada stempel waktu dokumen tidak sah"));
        ERR_clear_error();
    }

    // Judged now: nothing later vouches for this timestamp (a further document timestamp would, but is
    // not chained here).
    s.validationTime = QDateTime::currentDateTimeUtc();
    s.validationTimeSource = QStringLiteral("now");
    if (tsa) {
        STACK_OF(X509)* certs = sk_X509_new_null();
        STACK_OF(X509)* carried = token->d.sign->cert;
        for (int i = 0; carried && i < sk_X509_num(carried); ++i) {
            X509_up_ref(sk_X509_value(carried, i));
            sk_X509_push(certs, sk_X509_value(carried, i));
        }
        certs = withDssCertificates(certs, longTerm);
        judgeChain(s, tsa, certs, store, longTerm, X509_PURPOSE_TIMESTAMP_SIGN, false);
        sk_X509_pop_free(certs, X509_free);
    }
    s.timestampVerified =
        s.intact() && s.chain == SignatureReport::Chain::Trusted && s.revocation != RevocationState::Revoked;
}

// The structural rules for one signature dictionary at a byte offset (ISO 32000-1 §12.8.1, ETSI EN 319
// 142-1 §5): every reason it fails goes into s.problems. Returns the hex-decoded /Contents.
QByteArray checkDictionary(SignatureReport& s, const PdfReader& pdf, const RawDict& d)
{
    const qint64 size = pdf.size();
    for (const QByteArray& k : d.duplicates)
        s.problems.append(
            SignatureVerifier::tr("Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda "
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
        s.problems.append(SignatureVerifier::tr("/ByteRange harus berisi tepat empat bilangan bulat"));
    } else if (r[0] < 0 || r[1] < 0 || r[2] < 0 || r[3] < 0) {
        s.problems.append(SignatureVerifier::tr("/ByteRange berisi angka negatif"));
        rangeOk = false;
    } else if (r[0] != 0) {
        s.problems.append(
            SignatureVerifier::tr("/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas "
                                  "tidak ikut ditandatangani"));
        rangeOk = false;
    } else if (r[2] < r[1]) {
        s.problems.append(SignatureVerifier::tr("Bagian-bagian /ByteRange tumpang tindih"));
        rangeOk = false;
    } else if (r[2] > size || r[3] > size - r[2]) {
        s.problems.append(SignatureVerifier::tr("/ByteRange melewati akhir berkas"));
        rangeOk = false;
    }

    // The gap must be exactly this dictionary's own /Contents string: '<' at a, '>' at b-1.
    const RawEntry* contents = d.find("Contents");
    if (!contents || !contents->value.isString() || !std::get<PdfString>(contents->value.value).hex) {
        s.problems.append(SignatureVerifier::tr("/Contents bukan string heksadesimal"));
        rangeOk = false;
    } else if (rangeOk && (contents->valueStart != r[1] || contents->valueEnd != r[2])) {
        s.problems.append(
            SignatureVerifier::tr(
                "Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini "
                "(byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani")
                .arg(r[1])
                .arg(r[2])
                .arg(contents->valueStart)
                .arg(contents->valueEnd));
        rangeOk = false;
    }
    // Everything of the dictionary except /Contents must be signed (so /M, /Reason, /ByteRange are).
    if (rangeOk && (d.start >= r[1] || d.end <= r[2] || d.end > r[2] + r[3])) {
        s.problems.append(SignatureVerifier::tr(
            "Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani"));
        dictOk = false;
    }
    s.byteRangeValid = rangeOk;

    // What kind of signature this is.
    const PdfObject type = d.value("Type");
    const QByteArray subFilter = d.value("SubFilter").name();
    s.subFilter = QString::fromLatin1(subFilter);
    const bool docTimeStamp = type.name() == "DocTimeStamp";
    if (!type.isNull() && type.name() != "Sig" && !docTimeStamp) {
        s.problems.append(SignatureVerifier::tr("/Type kamus tanda tangan harus /Sig atau /DocTimeStamp"));
        dictOk = false;
    }
    if (d.value("Filter").name() != "Adobe.PPKLite") {
        s.problems.append(SignatureVerifier::tr("/Filter harus /Adobe.PPKLite"));
        dictOk = false;
    }
    if (docTimeStamp ? subFilter != "ETSI.RFC3161"
                     : subFilter != "ETSI.CAdES.detached" && subFilter != "adbe.pkcs7.detached") {
        s.problems.append(
            docTimeStamp
                ? SignatureVerifier::tr("/SubFilter stempel waktu dokumen harus /ETSI.RFC3161")
                : SignatureVerifier::tr(
                      "/SubFilter \"%1\" tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)")
                      .arg(s.subFilter));
        dictOk = false;
    }
    // A document timestamp is a bare RFC 3161 token, not a signer's CMS: checkDocumentTimestamp judges it.
    s.documentTimestamp = docTimeStamp;
    s.dictionaryValid = dictOk;

    // Claimed metadata only from a dictionary that is entirely signed.
    if (s.byteRangeValid && dictOk) {
        s.signingTime = parsePdfDate(QString::fromLatin1(d.value("M").string()));
        s.reason = QString::fromUtf8(d.value("Reason").string());
        s.location = QString::fromUtf8(d.value("Location").string());
    } else {
        s.problems.append(
            SignatureVerifier::tr("Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda "
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
    if (!options.trustDirectory.isEmpty() || !options.moreTrustDirectories.isEmpty()) {
        int anchors = 0;
        store.reset(
            loadTrustStore(QStringList{options.trustDirectory} + options.moreTrustDirectories, &anchors));
        if (anchors == 0) // an empty folder is no anchor at all, not "trust anything"
            store.reset();
    }

    VerificationReport report;
    report.file = path;
    report.size = pdf.size();
    // Validation data stored in the file (PAdES B-LT): verification works offline from it.
    LongTermContext longTerm;
    longTerm.dss = LongTermSigner::readDss(pdf, &report.hasDss);
    longTerm.online.online = options.allowOnlineRevocation;
    longTerm.online.timeoutMs = options.revocationTimeoutMs;
    QList<QPair<int, QByteArray>> pending; // report index, /Contents: judged once all are found

    // Every signature dictionary of every revision, whether or not /Fields lists it: one that is not
    // listed still tells the reader something was signed (and an attacker must not be able to hide one).
    QSet<qint64> seenOffsets;
    QSet<QPair<int, int>> seenInStreams;
    for (const PdfReader::ObjectLocation& loc : pdf.allObjectLocations()) {
        SignatureReport s;
        s.timeZone = options.timeZone;
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
        pending.append({int(report.signatures.size()), contents});
        report.signatures.append(s);
    }
    // Document timestamps first: one that verifies vouches for the time of every signature it covers.
    for (const auto& [index, contents] : std::as_const(pending)) {
        if (report.signatures[index].documentTimestamp)
            checkDocumentTimestamp(report.signatures[index], pdf, contents, store.get(), longTerm);
    }
    for (const auto& [index, contents] : std::as_const(pending)) {
        SignatureReport& s = report.signatures[index];
        if (s.documentTimestamp)
            continue;
        QDateTime proofTime;
        for (const SignatureReport& d : std::as_const(report.signatures)) {
            if (d.documentTimestamp && d.timestampVerified && s.byteRangeValid && d.byteRangeValid &&
                rangeEnd(s) <= d.byteRange[1] && (!proofTime.isValid() || d.signingTime < proofTime))
                proofTime = d.signingTime;
        }
        checkCms(s, pdf, contents, store.get(), longTerm, proofTime);
    }
    // A signature dictionary written directly inside its field cannot be located by offset.
    for (const PdfSignatureField& f : *fields) {
        if (f.value.number > 0)
            continue;
        SignatureReport s;
        s.timeZone = options.timeZone;
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

    // Unchanged: every revision after a signature is compared with the one before it, signed or not, and
    // each change must be an allowed one (esign/ModificationAnalysis.h); bytes after the final revision
    // count as a change nobody signed.
    QList<SignaturePosition> positions;
    QList<int> analysed; // the report index of each position
    for (int i = 0; i < report.signatures.size(); ++i) {
        SignatureReport& s = report.signatures[i];
        if (s.byteRangeValid && s.objectOffset >= 0) {
            positions.append({s.objectNumber, s.objectOffset, rangeEnd(s), s.intact()});
            analysed.append(i);
            continue;
        }
        s.changes = SignatureReport::Changes::DisallowedChanges;
        s.modifications = {
            tr("/ByteRange tanda tangan ini tidak sah, jadi perubahan sesudahnya tidak dapat dinilai")};
        s.disallowedModifications = s.modifications;
    }
    const auto analysis = ModificationAnalysis::analyse(pdf, positions);
    for (int k = 0; k < analysed.size(); ++k) {
        SignatureReport& s = report.signatures[analysed.at(k)];
        if (!analysis) {
            s.changes = s.coversWholeDocument ? SignatureReport::Changes::None
                                              : SignatureReport::Changes::DisallowedChanges;
            if (!s.coversWholeDocument)
                s.modifications = {tr("perubahan sesudah tanda tangan ini tidak dapat dianalisis: %1")
                                       .arg(analysis.errorMessage())};
            s.disallowedModifications = s.modifications;
            continue;
        }
        const ChangeAnalysis& a = analysis->at(k);
        s.revisionsAfter = a.revisionsAfter;
        s.certificationLevel = a.certificationLevel;
        if (!a.certificationProblem.isEmpty())
            s.problems.append(a.certificationProblem);
        for (const Modification& m : a.modifications) {
            s.modifications.append(m.describe());
            if (!m.allowed)
                s.disallowedModifications.append(m.describe());
        }
        if (a.hasDisallowed())
            s.changes = SignatureReport::Changes::DisallowedChanges;
        else if (a.revisionsAfter == 0 && a.modifications.isEmpty())
            s.changes = SignatureReport::Changes::None;
        else
            s.changes = SignatureReport::Changes::AllowedChanges;
    }
    return report;
}

} // namespace lontar::esign
