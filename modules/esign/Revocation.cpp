#include "esign/Revocation.h"

#include "core/OfficeTime.h"

#include "esign/OpenSslUtil.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lontar::esign {

namespace {

constexpr qint64 kClockSkewSecs = 300;      // tolerated between our clock, the TSA's and the responder's
constexpr qint64 kMaxDownload = 32LL << 20; // a CRL larger than this is refused

struct Free
{
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_CRL* p) const { X509_CRL_free(p); }
    void operator()(OCSP_RESPONSE* p) const { OCSP_RESPONSE_free(p); }
    void operator()(OCSP_BASICRESP* p) const { OCSP_BASICRESP_free(p); }
    void operator()(OCSP_CERTID* p) const { OCSP_CERTID_free(p); }
    void operator()(OCSP_REQUEST* p) const { OCSP_REQUEST_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(BIO* p) const { BIO_free(p); }
};
template <class T> using Owned = std::unique_ptr<T, Free>;

QString when(const QDateTime& t)
{
    return formatOfficeTimeNumeric(t, {});
}

QString certificateName(X509* cert)
{
    X509_NAME* name = X509_get_subject_name(cert);
    const int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (i >= 0) {
        unsigned char* utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
        if (len >= 0) {
            const QString s = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
            OPENSSL_free(utf8);
            return s;
        }
    }
    char buffer[256] = {};
    X509_NAME_oneline(name, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

bool selfSigned(X509* cert)
{
    return X509_check_issued(cert, cert) == X509_V_OK;
}

bool issuedBy(X509* cert, X509* issuer)
{
    return X509_check_issued(issuer, cert) == X509_V_OK && X509_verify(cert, X509_get0_pubkey(issuer)) == 1;
}

// What one piece of evidence says about one certificate.
struct Evidence
{
    enum Kind
    {
        NotApplicable, // about another certificate
        Invalid,       // broken, badly signed, not ours
        Stale,         // says good, but not for the time judged
        UnknownAnswer, // the responder does not know the certificate
        Good,
        Revoked
    } kind = NotApplicable;
    QDateTime revokedAt; // set for a revocation, also one after the time judged (then kind is Good)
    QString text;
};

// Current at `when`: issued at or after it (so it speaks about that moment), or valid over it.
bool covers(const QDateTime& thisUpdate, const QDateTime& nextUpdate, const QDateTime& at)
{
    if (thisUpdate.secsTo(at) <= kClockSkewSecs)
        return true;
    return nextUpdate.isValid() && at <= nextUpdate;
}

Evidence revocationEvidence(const QDateTime& revokedAt, const QDateTime& at, const QString& by)
{
    Evidence e;
    e.revokedAt = revokedAt;
    if (revokedAt.isValid() && revokedAt > at) {
        e.kind = Evidence::Good;
        e.text = Revocation::tr("belum dicabut pada %1 (%2; dicabut kemudian pada %3)")
                     .arg(when(at), by, when(revokedAt));
    } else {
        e.kind = Evidence::Revoked;
        e.text = Revocation::tr("DICABUT sejak %1 (%2)").arg(when(revokedAt), by);
    }
    return e;
}

Evidence invalid(const QString& text)
{
    return {Evidence::Invalid, {}, text};
}

Evidence judgeOcsp(const QByteArray& der, X509* cert, X509* issuer, const QDateTime& at,
                   STACK_OF(X509) * extra, OCSP_REQUEST* request, QList<QByteArray>* responderCerts)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    Owned<OCSP_RESPONSE> response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    ERR_clear_error();
    if (!response)
        return invalid(Revocation::tr("respons OCSP tidak dapat dibaca"));
    const int status = OCSP_response_status(response.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return invalid(Revocation::tr("server OCSP menolak menjawab (status %1)")
                           .arg(QString::fromLatin1(OCSP_response_status_str(status))));
    Owned<OCSP_BASICRESP> basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return invalid(Revocation::tr("respons OCSP tidak berisi jawaban dasar"));

    OCSP_SINGLERESP* single = nullptr;
    for (int i = 0; i < OCSP_resp_count(basic.get()) && !single; ++i) {
        OCSP_SINGLERESP* candidate = OCSP_resp_get0(basic.get(), i);
        const OCSP_CERTID* id = OCSP_SINGLERESP_get0_id(candidate);
        ASN1_OBJECT* digestOid = nullptr;
        OCSP_id_get0_info(nullptr, &digestOid, nullptr, nullptr, const_cast<OCSP_CERTID*>(id));
        const EVP_MD* digest = digestOid ? EVP_get_digestbyobj(digestOid) : nullptr;
        if (!digest)
            continue;
        Owned<OCSP_CERTID> mine(OCSP_cert_to_id(digest, cert, issuer));
        if (mine && OCSP_id_cmp(mine.get(), id) == 0)
            single = candidate;
    }
    if (!single)
        return {};

    // Who signed it: the issuer itself, or a responder the issuer certified for OCSP signing.
    X509* responder = nullptr;
    if (OCSP_resp_get0_signer(basic.get(), &responder, extra) != 1 || !responder)
        return invalid(Revocation::tr("penanda tangan respons OCSP tidak ditemukan"));
    const bool delegated = X509_cmp(responder, issuer) != 0;
    if (delegated &&
        (!issuedBy(responder, issuer) || !(X509_get_extension_flags(responder) & EXFLAG_XKUSAGE) ||
         !(X509_get_extended_key_usage(responder) & XKU_OCSP_SIGN)))
        return invalid(Revocation::tr("respons OCSP tidak ditandatangani oleh penerbit sertifikat atau oleh "
                                      "responder yang ditunjuk penerbit itu"));
    // The signature itself (OCSP_NOVERIFY: the responder's authority was judged above, by its issuer).
    if (OCSP_basic_verify(basic.get(), extra, nullptr, OCSP_NOVERIFY) != 1) {
        ERR_clear_error();
        return invalid(Revocation::tr("tanda tangan respons OCSP tidak sah"));
    }
    const QDateTime producedAt = asn1ToUtc(OCSP_resp_get0_produced_at(basic.get()));
    if (delegated && (producedAt < asn1ToUtc(X509_get0_notBefore(responder)) ||
                      producedAt > asn1ToUtc(X509_get0_notAfter(responder))))
        return invalid(Revocation::tr("sertifikat responder OCSP tidak berlaku saat respons dibuat"));
    if (request && OCSP_check_nonce(request, basic.get()) == 0)
        return invalid(Revocation::tr("nonce respons OCSP tidak cocok dengan permintaan"));
    if (responderCerts && delegated)
        responderCerts->append(x509ToDer(responder));

    int reason = 0;
    ASN1_GENERALIZEDTIME* revokedAt = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    const int certStatus = OCSP_single_get0_status(single, &reason, &revokedAt, &thisUpdate, &nextUpdate);
    const QDateTime issued = asn1ToUtc(thisUpdate);
    if (!issued.isValid() || issued > QDateTime::currentDateTimeUtc().addSecs(kClockSkewSecs))
        return invalid(Revocation::tr("waktu respons OCSP tidak masuk akal (%1)").arg(when(issued)));
    const QString by = Revocation::tr("OCSP %1").arg(when(issued));
    if (certStatus == V_OCSP_CERTSTATUS_REVOKED)
        return revocationEvidence(asn1ToUtc(revokedAt), at, by);
    if (certStatus != V_OCSP_CERTSTATUS_GOOD)
        return {Evidence::UnknownAnswer, {}, Revocation::tr("server OCSP tidak mengenal sertifikat ini")};
    if (!covers(issued, asn1ToUtc(nextUpdate), at))
        return {
            Evidence::Stale,
            {},
            Revocation::tr("respons OCSP bertanggal %1 tidak berlaku untuk %2").arg(when(issued), when(at))};
    return {Evidence::Good, {}, Revocation::tr("tidak dicabut (%1)").arg(by)};
}

Evidence judgeCrl(const QByteArray& data, X509* cert, X509* issuer, const QDateTime& at)
{
    Owned<X509_CRL> crl;
    if (data.startsWith("-----BEGIN")) {
        Owned<BIO> bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(data.constData());
        crl.reset(d2i_X509_CRL(nullptr, &p, long(data.size())));
    }
    ERR_clear_error();
    if (!crl)
        return invalid(Revocation::tr("CRL tidak dapat dibaca"));
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0)
        return {};
    // A delta CRL lists only changes: on its own it cannot say a certificate is good.
    if (X509_CRL_get_ext_by_NID(crl.get(), NID_delta_crl, -1) >= 0)
        return {};
    if (X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1) {
        ERR_clear_error();
        return invalid(Revocation::tr("tanda tangan CRL tidak sah"));
    }
    if ((X509_get_extension_flags(issuer) & EXFLAG_KUSAGE) && !(X509_get_key_usage(issuer) & KU_CRL_SIGN))
        return invalid(Revocation::tr("penerbit CRL tidak berwenang menandatangani CRL (keyUsage)"));
    const QDateTime issued = asn1ToUtc(X509_CRL_get0_lastUpdate(crl.get()));
    if (!issued.isValid() || issued > QDateTime::currentDateTimeUtc().addSecs(kClockSkewSecs))
        return invalid(Revocation::tr("waktu CRL tidak masuk akal (%1)").arg(when(issued)));
    const QString by = Revocation::tr("CRL %1").arg(when(issued));
    X509_REVOKED* entry = nullptr;
    if (X509_CRL_get0_by_serial(crl.get(), &entry, X509_get0_serialNumber(cert)) == 1 && entry)
        return revocationEvidence(asn1ToUtc(X509_REVOKED_get0_revocationDate(entry)), at, by);
    if (!covers(issued, asn1ToUtc(X509_CRL_get0_nextUpdate(crl.get())), at))
        return {Evidence::Stale,
                {},
                Revocation::tr("CRL bertanggal %1 tidak berlaku untuk %2").arg(when(issued), when(at))};
    return {Evidence::Good, {}, Revocation::tr("tidak dicabut (%1)").arg(by)};
}

QStringList ocspUrls(X509* cert)
{
    QStringList urls;
    STACK_OF(OPENSSL_STRING)* list = X509_get1_ocsp(cert);
    for (int i = 0; list && i < sk_OPENSSL_STRING_num(list); ++i)
        urls.append(QString::fromUtf8(sk_OPENSSL_STRING_value(list, i)));
    X509_email_free(list);
    return urls;
}

QStringList crlUrls(X509* cert)
{
    QStringList urls;
    auto* points = static_cast<STACK_OF(DIST_POINT)*>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; points && i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type != GEN_URI)
                continue;
            const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
            const QString url = QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                                                    ASN1_STRING_length(uri));
            if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")))
                urls.append(url);
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return urls;
}

// Folds the evidence for one certificate: a revocation wins, then a current "good", then whatever
// explains why nothing was settled.
void settle(CertificateRevocation& result, const QList<Evidence>& evidence, const QList<QByteArray>& ocsp,
            const QList<QByteArray>& crls, const QString& source)
{
    QStringList notes;
    int decided = -1;
    for (int i = 0; i < evidence.size(); ++i) {
        const Evidence& e = evidence.at(i);
        if (e.kind == Evidence::Revoked) {
            decided = i;
            break;
        }
        if (e.kind == Evidence::Good && decided < 0)
            decided = i;
        if (e.kind != Evidence::NotApplicable && e.kind != Evidence::Good)
            notes.append(e.text);
    }
    if (decided >= 0) {
        const Evidence& e = evidence.at(decided);
        result.state = e.kind == Evidence::Revoked ? RevocationState::Revoked : RevocationState::Good;
        result.revokedAt = e.revokedAt;
        result.text = e.text;
        result.source = source;
        result.ocspResponse = decided < ocsp.size() ? ocsp.at(decided) : QByteArray();
        result.crl = decided >= ocsp.size() ? crls.at(decided - ocsp.size()) : QByteArray();
        return;
    }
    if (!notes.isEmpty()) {
        result.state = RevocationState::Unknown;
        result.source = source;
        result.text = notes.join(QStringLiteral("; "));
    }
}

// Asks the certificate's OCSP responders, then its CRL distribution points, until one settles it.
CertificateRevocation fetchOnline(X509* cert, X509* issuer, const QDateTime& at, STACK_OF(X509) * extra,
                                  int timeoutMs)
{
    CertificateRevocation result;
    result.source = QStringLiteral("daring");
    const QStringList ocsp = ocspUrls(cert);
    const QStringList crl = crlUrls(cert);
    if (ocsp.isEmpty() && crl.isEmpty()) {
        result.state = RevocationState::Unknown;
        result.text = Revocation::tr("sertifikat tidak mencantumkan alamat OCSP maupun CRL");
        return result;
    }
    QStringList notes;
    for (const QString& url : ocsp) {
        Owned<OCSP_REQUEST> request(OCSP_REQUEST_new());
        OCSP_CERTID* id = OCSP_cert_to_id(EVP_sha1(), cert, issuer);
        if (!id || !OCSP_request_add0_id(request.get(), id)) {
            OCSP_CERTID_free(id);
            continue;
        }
        OCSP_request_add1_nonce(request.get(), nullptr, -1);
        unsigned char* der = nullptr;
        const int len = i2d_OCSP_REQUEST(request.get(), &der);
        const QByteArray body(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        auto answer = Revocation::httpFetch(url, body, "application/ocsp-request", timeoutMs);
        if (!answer) {
            notes.append(Revocation::tr("server OCSP %1: %2").arg(url, answer.errorMessage()));
            continue;
        }
        QList<QByteArray> responders;
        const Evidence e = judgeOcsp(*answer, cert, issuer, at, extra, request.get(), &responders);
        if (e.kind == Evidence::Good || e.kind == Evidence::Revoked) {
            result.state = e.kind == Evidence::Good ? RevocationState::Good : RevocationState::Revoked;
            result.revokedAt = e.revokedAt;
            result.text = e.text;
            result.ocspResponse = *answer;
            result.responderCertificates = responders;
            return result;
        }
        notes.append(Revocation::tr("server OCSP %1: %2")
                         .arg(url, e.kind == Evidence::NotApplicable
                                       ? Revocation::tr("jawabannya bukan untuk sertifikat ini")
                                       : e.text));
    }
    for (const QString& url : crl) {
        auto answer = Revocation::httpFetch(url, {}, {}, timeoutMs);
        if (!answer) {
            notes.append(Revocation::tr("CRL %1: %2").arg(url, answer.errorMessage()));
            continue;
        }
        const Evidence e = judgeCrl(*answer, cert, issuer, at);
        if (e.kind == Evidence::Good || e.kind == Evidence::Revoked) {
            result.state = e.kind == Evidence::Good ? RevocationState::Good : RevocationState::Revoked;
            result.revokedAt = e.revokedAt;
            result.text = e.text;
            result.crl = *answer;
            return result;
        }
        notes.append(Revocation::tr("CRL %1: %2")
                         .arg(url, e.kind == Evidence::NotApplicable
                                       ? Revocation::tr("diterbitkan oleh pihak lain")
                                       : e.text));
    }
    result.state = RevocationState::Unknown;
    result.text = notes.join(QStringLiteral("; "));
    return result;
}

} // namespace

QString revocationStateName(RevocationState state)
{
    switch (state) {
    case RevocationState::NotChecked:
        return QStringLiteral("not-checked");
    case RevocationState::Good:
        return QStringLiteral("good");
    case RevocationState::Revoked:
        return QStringLiteral("revoked");
    case RevocationState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString ChainRevocation::sourceText() const
{
    QStringList sources;
    for (const CertificateRevocation& c : certificates) {
        if (!c.source.isEmpty() && !sources.contains(c.source))
            sources.append(c.source);
    }
    return sources.join(QStringLiteral(", "));
}

QString ChainRevocation::text() const
{
    QStringList parts;
    for (const CertificateRevocation& c : certificates) {
        const QString what =
            c.state == RevocationState::NotChecked
                ? Revocation::tr("tidak diperiksa")
                : c.text + (c.source.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.source));
        parts.append(QStringLiteral("%1: %2").arg(c.name, what));
    }
    return parts.join(QStringLiteral("; "));
}

QList<QByteArray> Revocation::buildPath(const QByteArray& leaf, const QList<QByteArray>& pool)
{
    QList<QByteArray> path{leaf};
    std::vector<Owned<X509>> candidates;
    for (const QByteArray& der : pool) {
        if (X509* c = x509FromDer(der))
            candidates.emplace_back(c);
    }
    Owned<X509> current(x509FromDer(leaf));
    while (current && !selfSigned(current.get()) && path.size() < 16) {
        X509* next = nullptr;
        for (const auto& c : candidates) {
            if (issuedBy(current.get(), c.get()) && X509_cmp(current.get(), c.get()) != 0) {
                next = c.get();
                break;
            }
        }
        if (!next)
            break;
        const QByteArray der = x509ToDer(next);
        if (path.contains(der))
            break;
        path.append(der);
        current.reset(x509FromDer(der));
    }
    ERR_clear_error();
    return path;
}

ChainRevocation Revocation::check(const QList<QByteArray>& path, const QDateTime& at,
                                  const RevocationData& stored, const RevocationOptions& options)
{
    ChainRevocation chain;
    std::vector<Owned<X509>> certs;
    for (const QByteArray& der : path)
        certs.emplace_back(x509FromDer(der));
    // Everything that may have signed an OCSP response: the path, the stored certificates.
    Owned<STACK_OF(X509)> extra(sk_X509_new_null());
    for (const QByteArray& der : path + stored.certificates) {
        if (X509* c = x509FromDer(der))
            sk_X509_push(extra.get(), c);
    }
    bool anyGood = false;
    bool allGood = true;
    for (size_t i = 0; i < certs.size(); ++i) {
        X509* cert = certs[i].get();
        if (!cert)
            continue;
        const bool last = i + 1 == certs.size();
        if (last && selfSigned(cert))
            break; // the anchor: trusted as such, nobody above it to revoke it
        CertificateRevocation result;
        result.certificate = path.at(int(i));
        result.name = certificateName(cert);
        X509* issuer = last ? nullptr : certs[i + 1].get();
        if (!issuer) {
            result.state = RevocationState::Unknown;
            result.text = tr("penerbit sertifikat tidak tersedia, status pencabutan tidak dapat diperiksa");
        } else if (X509_get_ext_by_NID(cert, NID_id_pkix_OCSP_noCheck, -1) >= 0) {
            // An OCSP responder certificate that its CA declares need not be checked (RFC 6960 §4.2.2.2.1).
            result.state = RevocationState::Good;
            result.text = tr("tidak perlu diperiksa (responder OCSP dengan ocsp-nocheck)");
        } else {
            QList<Evidence> evidence;
            for (const QByteArray& der : stored.ocspResponses)
                evidence.append(judgeOcsp(der, cert, issuer, at, extra.get(), nullptr, nullptr));
            for (const QByteArray& der : stored.crls)
                evidence.append(judgeCrl(der, cert, issuer, at));
            settle(result, evidence, stored.ocspResponses, stored.crls, QStringLiteral("DSS"));
            if (options.online && result.state != RevocationState::Good &&
                result.state != RevocationState::Revoked) {
                const QString storedText = result.text;
                result = [&] {
                    CertificateRevocation fetched =
                        fetchOnline(cert, issuer, at, extra.get(), options.timeoutMs);
                    fetched.certificate = path.at(int(i));
                    fetched.name = certificateName(cert);
                    if (fetched.state == RevocationState::Unknown && !storedText.isEmpty())
                        fetched.text = storedText + QStringLiteral("; ") + fetched.text;
                    return fetched;
                }();
            }
        }
        if (result.state == RevocationState::Revoked)
            chain.state = RevocationState::Revoked;
        anyGood = anyGood || result.state == RevocationState::Good;
        allGood = allGood && result.state == RevocationState::Good;
        chain.certificates.append(result);
    }
    ERR_clear_error();
    if (chain.state != RevocationState::Revoked && !chain.certificates.isEmpty()) {
        const bool anyKnown = std::any_of(
            chain.certificates.cbegin(), chain.certificates.cend(),
            [](const CertificateRevocation& c) { return c.state != RevocationState::NotChecked; });
        chain.state = allGood               ? RevocationState::Good
                      : anyKnown || anyGood ? RevocationState::Unknown
                                            : RevocationState::NotChecked;
    }
    return chain;
}

Result<QByteArray> Revocation::httpFetch(const QString& url, const QByteArray& postBody,
                                         const QByteArray& contentType, int timeoutMs)
{
    const QUrl target(url);
    if (!target.isValid() ||
        (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return Error(tr("alamat %1 bukan alamat HTTP").arg(url), Error::Code::InvalidInput);
    QNetworkAccessManager manager;
    QNetworkRequest request(target);
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = postBody.isEmpty() ? manager.get(request) : manager.post(request, postBody);
    std::unique_ptr<QNetworkReply> guard(reply);
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > kMaxDownload) {
            tooLarge = true;
            reply->abort();
        }
    });
    if (!reply->isFinished())
        loop.exec();
    if (tooLarge)
        return Error(tr("jawaban terlalu besar"), Error::Code::Network);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error(tr("tidak dapat dihubungi (%1)").arg(reply->errorString()), Error::Code::Network);
    if (status != 200)
        return Error(tr("menjawab HTTP %1").arg(status), Error::Code::Network);
    return reply->readAll();
}

} // namespace lontar::esign
