#include "esign/VerificationPage.h"

#include "core/Directory.h"
#include "core/EntityPolicy.h"
#include "esign/EsignModule.h"
#include "esign/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QTemporaryFile>
#include <QTimeZone>

#include <optional>

namespace lontar::esign {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// "23 November 2026 14.05 WIB": the server's time as an office in Jakarta reads it, with Indonesian
// month names whatever the server's own locale is.
QString formatWib(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QStringLiteral("—");
    QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    if (!jakarta.isValid())
        jakarta = QTimeZone(7 * 3600); // Jakarta has kept UTC+7 without daylight saving since 1964
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, jakarta);
    return QLocale(QLocale::Indonesian, QLocale::Indonesia)
               .toString(at, QStringLiteral("d MMMM yyyy HH.mm")) +
           QStringLiteral(" WIB");
}

// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    bool hasFilename = false;
    QByteArray data;
};

QByteArray headerParameter(const QByteArray& header, const QByteArray& parameter)
{
    const QList<QByteArray> fields = header.split(';');
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QByteArray field = fields.at(i).trimmed();
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0 || field.left(eq).trimmed().toLower() != parameter)
            continue;
        QByteArray value = field.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool hasParameter(const QByteArray& header, const QByteArray& parameter)
{
    for (const QByteArray& field : header.split(';')) {
        const QByteArray name = field.left(field.indexOf('=')).trimmed().toLower();
        if (name == parameter)
            return true;
    }
    return false;
}

// The parts of a multipart body (RFC 7578), std::nullopt when its framing is broken.
std::optional<QList<FormPart>> parseMultipart(const QByteArray& body, const QByteArray& boundary)
{
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return std::nullopt;
    if (pos > 0)
        pos += 2; // the preamble's line break belongs to the delimiter
    QList<FormPart> parts;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the close delimiter
        // Transport padding (spaces, tabs) may follow a delimiter before its line break.
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, pos);
        if (next < 0)
            return std::nullopt;
        FormPart part;
        const bool noHeaders = body.mid(pos, 2) == "\r\n";
        if (!noHeaders && (headersEnd < 0 || headersEnd > next))
            return std::nullopt;
        const qsizetype dataStart = noHeaders ? pos + 2 : headersEnd + 4;
        if (!noHeaders) {
            for (const QByteArray& line : body.mid(pos, headersEnd - pos).split('\n')) {
                const QByteArray trimmed = line.trimmed();
                const qsizetype colon = trimmed.indexOf(':');
                if (colon <= 0 || trimmed.left(colon).trimmed().toLower() != "content-disposition")
                    continue;
                const QByteArray value = trimmed.mid(colon + 1);
                part.name = headerParameter(value, "name");
                part.hasFilename = hasParameter(value, "filename");
            }
        }
        part.data = body.mid(dataStart, qMax<qsizetype>(0, next - dataStart));
        parts.append(part);
        pos = next + 2;
    }
}

const char kStyle[] =
    "*{box-sizing:border-box}"
    "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;"
    "font-size:16px;line-height:1.5;color:#1c2421;background:#f2f5f4}"
    "header{background:#0f5e57;color:#fff;padding:14px 16px}"
    "header h1{font-size:1.2rem;margin:0;line-height:1.3}"
    "header p{margin:2px 0 0;font-size:.85rem;opacity:.9}"
    "main{max-width:40rem;margin:0 auto;padding:16px}"
    "h2{font-size:1.05rem;margin:0 0 8px}"
    ".card{background:#fff;border:1px solid #d3dcd9;border-radius:10px;padding:14px 16px;margin:0 0 16px}"
    ".status{border-radius:10px;padding:12px 14px;margin:0 0 16px;font-weight:600}"
    ".status p{margin:4px 0 0;font-weight:400}"
    ".ok{background:#e2f3e8;border-left:6px solid #1f7a44;color:#123f25}"
    ".warn{background:#fff3d3;border-left:6px solid #b7791f;color:#4f350a}"
    ".bad{background:#fde6e4;border-left:6px solid #b42318;color:#5f130c}"
    "dl{margin:0}"
    "dt{font-size:.8rem;color:#56625e;margin-top:10px}"
    "dt:first-child{margin-top:0}"
    "dd{margin:0;font-weight:500;overflow-wrap:anywhere}"
    ".hash{font-family:'DejaVu Sans Mono',monospace;font-size:.8rem;font-weight:400;word-break:break-all}"
    "ul{margin:6px 0 0;padding-left:20px}"
    "li{margin:2px 0}"
    "label{display:block;font-weight:500}"
    "input[type=file]{display:block;width:100%;margin:10px 0;font-size:.95rem}"
    "button{width:100%;padding:12px;font-size:1rem;font-weight:600;color:#fff;background:#0f5e57;"
    "border:0;border-radius:8px}"
    ".small{font-size:.8rem;color:#56625e;margin:0 4px 16px}";

} // namespace

VerificationPage::VerificationPage(QString trustDirectory, qint64 maxUploadBytes)
    : m_trustDirectory(std::move(trustDirectory))
    , m_maxUploadBytes(maxUploadBytes)
{}

QString VerificationPage::pathPrefix() const
{
    return kVerificationPathPrefix;
}

namespace {

// What the page shows of a register row, and nothing more (no user or unit ids).
struct PublicRecord
{
    QString id;
    QString documentName;
    QString documentSha256;
    QString signedSha256;
    bool signedOk = false;
    QString signerName;
    QString signerNip;
    QString unitName;
    qint64 receivedAtMs = 0;
};

// A line with a mark the eye finds without reading: ✔ good, ✘ bad, ! not sure.
QString verdictItem(const QString& label, bool good, const QString& text, bool unsure = false)
{
    const QString mark = good ? QStringLiteral("✔") : unsure ? QStringLiteral("!") : QStringLiteral("✘");
    return QStringLiteral("<li><strong>%1 %2:</strong> %3</li>").arg(mark, esc(label), esc(text));
}

} // namespace

PublicResponse VerificationPage::handle(const PublicRequest& request, const SyncedRowReader& rows) const
{
    const auto page = [](int status, const QString& body) {
        PublicResponse r;
        r.status = status;
        r.contentType = "text/html; charset=utf-8";
        const QString html =
            QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<meta name=\"referrer\" content=\"no-referrer\"><title>%1</title><style>%2</style>"
                "</head><body><header><h1>%3</h1><p>%4</p></header><main>%5</main></body></html>\n")
                .arg(esc(tr("Verifikasi Dokumen")), QString::fromLatin1(kStyle),
                     esc(tr("Verifikasi Tanda Tangan Elektronik")),
                     esc(tr("Lontar — register penandatanganan")), body);
        r.body = html.toUtf8();
        // Nothing here runs or loads anything; the page cannot be framed, cached, or leak its link.
        r.headers.insert("Content-Security-Policy",
                         "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        r.headers.insert("X-Content-Type-Options", "nosniff");
        r.headers.insert("Referrer-Policy", "no-referrer");
        r.headers.insert("Cache-Control", "no-store");
        r.headers.insert("X-Frame-Options", "DENY");
        return r;
    };
    const auto status = [](const char* cls, const QString& headline, const QString& detail = {}) {
        return QStringLiteral("<div class=\"status %1\">%2%3</div>")
            .arg(QLatin1String(cls), esc(headline),
                 detail.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(esc(detail)));
    };
    // Unknown, malformed and unreadable ids all look the same: the page says nothing about what exists.
    const auto notRegistered = [&]() {
        return page(404,
                    status("bad", tr("Dokumen tidak terdaftar"),
                           tr("Tautan atau kode QR ini tidak menunjuk ke catatan penandatanganan di "
                              "server ini. Dokumen dengan kode QR ini tidak dapat dipastikan keasliannya.")));
    };

    if (request.method != "GET" && request.method != "POST") {
        PublicResponse r = page(405, status("bad", tr("Permintaan tidak didukung")));
        r.headers.insert("Allow", "GET, POST");
        return r;
    }
    const QString id = request.subPath;
    if (!isUuidString(id))
        return notRegistered();
    auto row = rows.row(kHistoryEntity, id);
    if (!row) {
        qWarning("verification page: %s", qPrintable(row.errorMessage()));
        return page(503, status("warn", tr("Layanan verifikasi sedang tidak dapat diakses"),
                                tr("Coba lagi beberapa saat lagi.")));
    }
    if (!row->has_value())
        return notRegistered();

    const SigningRecord stored = SigningRecord::fromJson(id, **row);
    PublicRecord rec;
    rec.id = id;
    rec.documentName = stored.documentName;
    rec.documentSha256 = stored.documentSha256;
    rec.signedSha256 = stored.signedSha256;
    rec.signedOk = stored.outcome == QLatin1String("signed") && isSha256String(stored.signedSha256);
    rec.signerName = stored.signerName;
    rec.signerNip = stored.signerNip;
    rec.receivedAtMs = stored.receivedAtMs;
    const QString unitId = (**row).value(QStringLiteral("unitId")).toString();
    if (isUuidString(unitId)) {
        if (auto unit = rows.row(directory::kUnitEntity, unitId); unit && unit->has_value())
            rec.unitName = (**unit).value(QStringLiteral("name")).toString();
    }
    const auto orDash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("—") : s; };

    // The register's record. What the reader came for goes first: the verdict on an upload, then
    // whether the register knows the signing and the link's hash matches, then the details.
    const QString headline =
        rec.signedOk
            ? status("ok", tr("Terdaftar: dokumen ini ditandatangani secara elektronik"),
                     tr("Penandatanganan tercatat di register server. Periksa juga berkas PDF yang Anda "
                        "pegang di bawah."))
            : status("bad", tr("Penandatanganan GAGAL"),
                     tr("Register mencatat bahwa penandatanganan dokumen ini tidak berhasil. Tidak ada "
                        "dokumen bertanda tangan yang sah dari catatan ini."));
    QString card =
        QStringLiteral("<section class=\"card\"><h2>%1</h2><dl>").arg(esc(tr("Catatan penandatanganan")));
    const auto field = [&](const QString& label, const QString& value, bool hash = false) {
        card +=
            QStringLiteral("<dt>%1</dt><dd%2>%3</dd>")
                .arg(esc(label), hash ? QStringLiteral(" class=\"hash\"") : QString(), esc(orDash(value)));
    };
    field(tr("Nama dokumen"), rec.documentName);
    field(tr("Penanda tangan"), rec.signerName);
    field(tr("NIP"), rec.signerNip);
    field(tr("Unit kerja"), rec.unitName);
    field(tr("Status"), rec.signedOk ? tr("Berhasil ditandatangani") : tr("Gagal ditandatangani"));
    field(tr("Diterima server"), formatWib(rec.receivedAtMs));
    field(tr("SHA-256 dokumen asli"), rec.documentSha256, true);
    field(tr("SHA-256 dokumen bertanda tangan"), rec.signedOk ? rec.signedSha256 : QString(), true);
    card += QStringLiteral("</dl></section>");

    // The hash the QR code carried, against the registered original. Only a well-formed hash is echoed:
    // the page never repeats arbitrary text from a link.
    const QString h =
        request.query.queryItemValue(QStringLiteral("h"), QUrl::FullyDecoded).trimmed().toLower();
    const bool hashInLink = isSha256String(h);
    QString linkCheck;
    if (request.query.hasQueryItem(QStringLiteral("h"))) {
        if (hashInLink && h == rec.documentSha256)
            linkCheck = status(
                "ok", tr("Hash kode QR cocok"),
                tr("Hash dokumen pada tautan (kode QR) sama dengan hash dokumen asli yang terdaftar."));
        else
            linkCheck =
                status("bad", tr("Hash kode QR tidak cocok"),
                       tr("Hash pada tautan (kode QR) berbeda dengan dokumen asli yang terdaftar. Kode QR "
                          "ini mungkin disalin dari dokumen lain."));
    }

    QString form;
    if (rec.signedOk) {
        // A relative action: the form posts back to this same record, also behind a path prefix.
        const QString action = id + (hashInLink ? QStringLiteral("?h=") + h : QString());
        form = QStringLiteral(
                   "<section class=\"card\"><h2>%1</h2>"
                   "<form method=\"post\" enctype=\"multipart/form-data\" action=\"%2\">"
                   "<label for=\"berkas\">%3</label>"
                   "<input type=\"file\" id=\"berkas\" name=\"berkas\" accept=\"application/pdf,.pdf\" "
                   "required><button type=\"submit\">%4</button></form></section>")
                   .arg(esc(tr("Periksa berkas PDF Anda")), esc(action),
                        esc(tr("Pilih berkas PDF yang Anda terima (paling besar %1 MB)")
                                .arg(m_maxUploadBytes / (1024 * 1024))),
                        esc(tr("Periksa")));
        form += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(esc(tr("Catatan register saja tidak membuktikan keabsahan dokumen yang Anda pegang; "
                                "keabsahannya dipastikan dengan memeriksa berkas PDF-nya di sini.")));
    }
    const QString recordPart = headline + linkCheck + card + form;
    if (request.method != "POST")
        return page(200, recordPart);

    // The uploaded file.
    {
        const auto uploadProblem = [&](int code, const QString& problem, const QString& detail) {
            return page(code, status("bad", problem, detail) + recordPart);
        };
        if (!rec.signedOk)
            return uploadProblem(
                409, tr("Tidak ada yang dapat dibandingkan"),
                tr("Penandatanganan ini tercatat gagal, jadi tidak ada berkas bertanda tangan "
                   "yang terdaftar."));
        const QByteArray contentType = request.headers.value("content-type");
        const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
        QByteArray pdf;
        if (mediaType == "application/pdf") {
            pdf = request.body;
        } else if (mediaType == "multipart/form-data") {
            const auto parts = parseMultipart(request.body, headerParameter(contentType, "boundary"));
            if (!parts)
                return uploadProblem(400, tr("Unggahan tidak dapat dibaca"),
                                     tr("Kirim ulang berkas PDF melalui formulir di halaman ini."));
            const FormPart* chosen = nullptr;
            for (const FormPart& part : *parts) {
                if (part.name == "berkas" || (!chosen && part.hasFilename))
                    chosen = &part;
            }
            if (chosen)
                pdf = chosen->data;
        } else {
            return uploadProblem(415, tr("Jenis unggahan tidak didukung"),
                                 tr("Kirim berkas PDF melalui formulir di halaman ini."));
        }
        if (pdf.isEmpty())
            return uploadProblem(400, tr("Tidak ada berkas yang diunggah"),
                                 tr("Pilih berkas PDF, lalu tekan Periksa."));

        // The verifier reads files; the upload lives in a private (0600) temporary file only as long
        // as the verification takes.
        Result<VerificationReport> report = Error(QString());
        {
            QTemporaryFile file(QDir::tempPath() + QStringLiteral("/lontar-verify-XXXXXX.pdf"));
            if (!file.open() || file.write(pdf) != pdf.size() || !file.flush()) {
                qWarning("verification page: cannot write a temporary file: %s",
                         qPrintable(file.errorString()));
                return page(503, status("warn", tr("Berkas tidak dapat diperiksa saat ini"),
                                        tr("Coba lagi beberapa saat lagi.")) +
                                     recordPart);
            }
            file.close();
            VerifyOptions options;
            options.trustDirectory = m_trustDirectory;
            report = SignatureVerifier::verify(file.fileName(), options);
            file.remove();
        }
        // The verifier's own message may name the temporary file: the reader gets plain words instead.
        if (!report)
            return uploadProblem(422, tr("Berkas tidak dapat dibaca sebagai PDF"),
                                 tr("Berkas yang diunggah bukan PDF, rusak, atau terenkripsi, sehingga tanda "
                                    "tangannya tidak dapat diperiksa."));

        const VerificationReport::Verdict verdict = report->verdict();
        const char* cls = verdict == VerificationReport::Verdict::Valid        ? "ok"
                          : verdict == VerificationReport::Verdict::NotTrusted ? "warn"
                                                                               : "bad";
        QString check =
            QStringLiteral("<section class=\"card\"><h2>%1</h2>").arg(esc(tr("Hasil pemeriksaan berkas")));
        check += status(cls, report->verdictText());
        const QString uploaded = sha256Hex(pdf);
        QString fileHash;
        if (uploaded == rec.signedSha256)
            fileHash =
                status("ok", tr("Hash berkas cocok"),
                       tr("Berkas yang diunggah sama persis dengan dokumen bertanda tangan yang terdaftar."));
        else if (uploaded == rec.documentSha256)
            fileHash = status("warn", tr("Hash berkas tidak cocok"),
                              tr("Berkas ini adalah dokumen asli sebelum ditandatangani, bukan dokumen "
                                 "bertanda tangan yang terdaftar."));
        else
            fileHash =
                status("bad", tr("Hash berkas tidak cocok"),
                       tr("Berkas yang diunggah berbeda dengan dokumen bertanda tangan yang terdaftar."));
        check += fileHash;
        for (qsizetype i = 0; i < report->signatures.size(); ++i) {
            const SignatureReport& s = report->signatures.at(i);
            const QString signer = s.signerName.isEmpty() ? s.signerSubject : s.signerName;
            check += QStringLiteral("<h2>%1</h2><dl><dt>%2</dt><dd>%3</dd></dl><ul>")
                         .arg(esc(tr("Tanda tangan %1").arg(i + 1)), esc(tr("Penanda tangan (sertifikat)")),
                              esc(orDash(signer)));
            check += verdictItem(tr("Keutuhan"), s.intact(),
                                 s.intact() ? tr("utuh, isi yang ditandatangani tidak berubah")
                                            : tr("RUSAK: isi atau tanda tangan tidak cocok"));
            check += verdictItem(tr("Kepercayaan"), s.trusted(), s.trustText(),
                                 s.intact() && !s.trusted() && s.chain != SignatureReport::Chain::Invalid);
            check += verdictItem(tr("Perubahan sesudahnya"), s.unchanged(), s.changesText());
            check += QStringLiteral("</ul>");
        }
        check += QStringLiteral("<dl><dt>%1</dt><dd class=\"hash\">%2</dd></dl></section>")
                     .arg(esc(tr("SHA-256 berkas yang diunggah")), esc(uploaded));
        return page(200, check + recordPart);
    }
}

} // namespace lontar::esign
