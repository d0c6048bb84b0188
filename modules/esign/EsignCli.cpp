#include "esign/EsignCli.h"

#include "core/Profile.h"
#include "esign/BatchSigner.h"
#include "esign/LongTermValidation.h"
#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"
#include "esign/TrustStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace lontar::esign {

namespace {
QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

// `sign --in-dir DIR --out-dir DIR`: every *.pdf of DIR, stamp placed by anchor (visible implied),
// key unlocked once. Exit 0 when every document was signed (or skipped on request), 1 when any failed,
// 2 on bad usage, an unusable key or output folder.
int signBatch(const QCommandLineParser& p)
{
    auto isSet = [&p](const char* name) { return p.isSet(QString::fromLatin1(name)); };
    auto value = [&p](const char* name) { return p.value(QString::fromLatin1(name)); };
    if (isSet("in") || isSet("out") || isSet("page") || isSet("rect") || !isSet("in-dir") ||
        !isSet("out-dir") || (!isSet("key") && !isSet("pkcs11")) ||
        (isSet("overwrite") && isSet("skip-existing"))) {
        err() << BatchSigner::tr(
                     "penggunaan: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so "
                     "--token LABEL --pin-env VAR) --in-dir FOLDER --out-dir FOLDER [--anchor TEKS] "
                     "[--overwrite | --skip-existing] [--name --nip --position] [--reason TEKS] "
                     "[--location TEKS] [--tsa URL]\n--in-dir tidak dapat digabung dengan --in, --out, "
                     "--page atau --rect: stempel diletakkan menurut penanda.")
              << Qt::endl;
        return 2;
    }
    if (isSet("pkcs11") && !isSet("token")) {
        err() << "sign: --pkcs11 needs --token LABEL and --pin-env VAR" << Qt::endl;
        return 2;
    }
    // Batch signing makes B-B, or B-T with --tsa; the long-term levels are for single files for now.
    if (isSet("level") && !(value("level").toUpper() == QLatin1String(isSet("tsa") ? "B-T" : "B-B"))) {
        err() << BatchSigner::tr(
                     "sign: --in-dir membuat tanda tangan B-B, atau B-T dengan --tsa; tingkat lain "
                     "belum didukung untuk banyak dokumen")
              << Qt::endl;
        return 2;
    }
    auto inputs = BatchSigner::pdfsInFolder(value("in-dir"));
    if (!inputs) {
        err() << "sign: " << inputs.errorMessage() << Qt::endl;
        return 2;
    }
    // Unlocked once for the whole folder; secrets come from the environment only.
    auto signingKey =
        isSet("pkcs11")
            ? openPkcs11(value("pkcs11"), value("token"), qEnvironmentVariable(qPrintable(value("pin-env"))))
            : openPkcs12(value("key"),
                         isSet("pass-env") ? qEnvironmentVariable(qPrintable(value("pass-env"))) : QString());
    if (!signingKey) {
        err() << "sign: " << signingKey.errorMessage() << Qt::endl;
        return 2;
    }
    BatchOptions options(isSet("overwrite")       ? OverwritePolicy::Overwrite
                         : isSet("skip-existing") ? OverwritePolicy::Skip
                                                  : OverwritePolicy::Refuse);
    options.sign.visible = true;
    options.sign.tsaUrl = value("tsa");
    options.sign.reason = value("reason");
    options.sign.location = value("location");
    options.sign.stamp.signerName = value("name");
    options.sign.stamp.nip = value("nip");
    options.sign.stamp.position = value("position");
    if (isSet("anchor"))
        options.placement.anchorText = value("anchor");
    options.placement.signerName = value("name");
    StampPlacer::silencePopplerMessages(); // damaged files are reported once, in the summary
    auto report = BatchSigner::run(*inputs, value("out-dir"), **signingKey, options);
    if (!report) {
        err() << "sign: " << report.errorMessage() << Qt::endl;
        return 2;
    }
    out() << report->summary() << Qt::endl;
    return report->complete() ? 0 : 1;
}

int signCommand(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PKCS#12 file"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption passEnv(QStringLiteral("pass-env"),
                                     QStringLiteral("Environment variable holding the password"),
                                     QStringLiteral("VAR"));
    const QCommandLineOption pkcs11(QStringLiteral("pkcs11"), QStringLiteral("PKCS#11 module"),
                                    QStringLiteral("MODULE"));
    const QCommandLineOption in(QStringLiteral("in"), QStringLiteral("Input PDF"), QStringLiteral("FILE"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output PDF"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption visible(QStringLiteral("visible"), QStringLiteral("Visible stamp"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page (1-based)"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rect(QStringLiteral("rect"), QStringLiteral("x,y,w,h in points"),
                                  QStringLiteral("RECT"), QStringLiteral("340,60,220,90"));
    const QCommandLineOption tsa(QStringLiteral("tsa"), QStringLiteral("RFC 3161 TSA URL"),
                                 QStringLiteral("URL"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Reason"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption location(QStringLiteral("location"), QStringLiteral("Location"),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Signer name on the stamp"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption nip(QStringLiteral("nip"), QStringLiteral("NIP on the stamp"),
                                 QStringLiteral("TEXT"));
    const QCommandLineOption position(QStringLiteral("position"), QStringLiteral("Position on the stamp"),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("PKCS#11 token label"),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption pinEnv(QStringLiteral("pin-env"),
                                    QStringLiteral("Environment variable holding the token PIN"),
                                    QStringLiteral("VAR"));
    p.addOptions({key, passEnv, pkcs11, token, pinEnv, in, outFile, visible, page, rect, tsa, reason,
                  location, name, nip, position});
    const QCommandLineOption level(
        QStringLiteral("level"),
        QStringLiteral("PAdES level: B-B, B-T, B-LT or B-LTA (default B-B, B-T with --tsa)"),
        QStringLiteral("LEVEL"));
    p.addOption(level);
    p.addOptions(
        {QCommandLineOption(QStringLiteral("in-dir"), QStringLiteral("Folder of PDFs to sign"),
                            QStringLiteral("DIR")),
         QCommandLineOption(QStringLiteral("out-dir"), QStringLiteral("Folder for <name>-ttd.pdf"),
                            QStringLiteral("DIR")),
         QCommandLineOption(QStringLiteral("anchor"), QStringLiteral("Stamp placeholder text"),
                            QStringLiteral("TEXT")),
         QCommandLineOption(QStringLiteral("overwrite"), QStringLiteral("Replace existing outputs")),
         QCommandLineOption(QStringLiteral("skip-existing"), QStringLiteral("Skip existing outputs"))});
    if (!p.parse(QStringList{QStringLiteral("sign")} + args)) {
        err() << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("in-dir")) || p.isSet(QStringLiteral("out-dir")))
        return signBatch(p);
    if (!p.isSet(in) || !p.isSet(outFile) || (!p.isSet(key) && !p.isSet(pkcs11))) {
        err() << "usage: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL "
                 "--pin-env VAR)"
                 " --in IN.pdf --out OUT.pdf [--visible --page N --rect x,y,w,h] [--reason TEXT] [--location "
                 "TEXT]"
                 " [--name --nip --position] [--tsa URL] [--level B-B|B-T|B-LT|B-LTA]"
              << Qt::endl;
        return 2;
    }
    if (p.isSet(pkcs11) && !p.isSet(token)) {
        err() << "sign: --pkcs11 needs --token LABEL and --pin-env VAR" << Qt::endl;
        return 2;
    }
    // B-B unless a TSA is given (then B-T); B-T and above cannot be made without a TSA.
    const std::optional<SignatureLevel> signingLevel =
        p.isSet(level)
            ? parseSignatureLevel(p.value(level))
            : std::optional<SignatureLevel>(p.isSet(tsa) ? SignatureLevel::BT : SignatureLevel::BB);
    if (!signingLevel) {
        err() << LongTermSigner::tr("sign: --level harus B-B, B-T, B-LT atau B-LTA") << Qt::endl;
        return 2;
    }
    if (*signingLevel != SignatureLevel::BB && !p.isSet(tsa)) {
        err() << LongTermSigner::tr("sign: tingkat %1 memerlukan server stempel waktu: berikan --tsa URL")
                     .arg(signatureLevelName(*signingLevel))
              << Qt::endl;
        return 2;
    }
    // Secrets come from the environment only, never from the command line (visible in ps) or the output.
    auto signingKey =
        p.isSet(pkcs11)
            ? openPkcs11(p.value(pkcs11), p.value(token), qEnvironmentVariable(qPrintable(p.value(pinEnv))))
            : openPkcs12(p.value(key),
                         p.isSet(passEnv) ? qEnvironmentVariable(qPrintable(p.value(passEnv))) : QString());
    if (!signingKey) {
        err() << "sign: " << signingKey.errorMessage() << Qt::endl;
        return 2;
    }
    SignOptions options;
    options.visible = p.isSet(visible);
    options.page = p.value(page).toInt();
    const QStringList r = p.value(rect).split(QLatin1Char(','));
    if (r.size() != 4) {
        err() << "sign: --rect takes x,y,w,h" << Qt::endl;
        return 2;
    }
    options.rect = QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
    options.tsaUrl = p.value(tsa);
    options.reason = p.value(reason);
    options.location = p.value(location);
    options.stamp.signerName = p.value(name);
    options.stamp.nip = p.value(nip);
    options.stamp.position = p.value(position);
    auto result =
        LongTermSigner::signWithLevel(p.value(in), p.value(outFile), **signingKey, options, *signingLevel);
    if (!result) {
        err() << "sign: " << result.errorMessage() << Qt::endl;
        return result.error().code == Error::Code::InvalidInput || result.error().code == Error::Code::Io ? 2
                                                                                                          : 1;
    }
    out() << "signed " << p.value(outFile) << " (" << result->outputSize << " bytes, document sha256 "
          << result->documentSha256 << ")" << Qt::endl;
    return 0;
}

int verifyCommand(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption trust(
        QStringLiteral("trust"), QStringLiteral("Folder of trusted PEM certificates"), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable report"));
    p.addOptions({trust, json});
    const QCommandLineOption online(
        QStringLiteral("online"),
        QStringLiteral("Ask OCSP/CRL servers for revocation the file's DSS does not settle"));
    p.addOption(online);
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Profile whose trusted roots are used (default: the user's)"), QStringLiteral("DIR"));
    p.addOption(profile);
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PDF to verify"));
    if (!p.parse(QStringList{QStringLiteral("verify")} + args) || p.positionalArguments().size() != 1) {
        err() << "usage: lontar-cli verify FILE.pdf [--trust DIR] [--profile DIR] [--json] [--online]"
              << Qt::endl;
        return 2;
    }
    VerifyOptions options;
    options.trustDirectory = p.value(trust);
    // The roots trusted in the profile (imported in the desktop's settings) count too; --trust adds to them.
    options.moreTrustDirectories = {
        TrustStore::directoryForProfile(p.isSet(profile) ? p.value(profile) : Profile::defaultDirectory())};
    options.allowOnlineRevocation = p.isSet(online);
    auto report = SignatureVerifier::verify(p.positionalArguments().first(), options);
    if (!report) {
        err() << "verify: " << report.errorMessage() << Qt::endl;
        return 2;
    }
    if (p.isSet(json))
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report->toText();
    out().flush();
    const auto verdict = report->verdict();
    // Without anchors nothing can be trusted; say how to give some rather than leave the reader guessing.
    if (verdict == VerificationReport::Verdict::NotTrusted && options.trustDirectory.isEmpty() &&
        !p.isSet(json))
        err() << SignatureVerifier::tr("verify: tidak ada sertifikat akar yang dipercaya; berikan folder "
                                       "sertifikat akar dengan --trust DIR")
              << Qt::endl;
    // Scripts may rely on 0 meaning "intact, trusted and unchanged", and on nothing else.
    return verdict == VerificationReport::Verdict::Valid ? 0 : 1;
}
} // namespace

QList<CliCommand> esignCliCommands()
{
    return {
        {QStringLiteral("sign"), QStringLiteral("Sign a PDF (PAdES, incremental update)"), signCommand},
        {QStringLiteral("verify"), QStringLiteral("Verify every signature of a PDF"), verifyCommand},
    };
}

} // namespace lontar::esign
