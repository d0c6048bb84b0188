#include "esign/EsignCli.h"

#include "esign/PdfSigner.h"
#include "esign/SignatureVerifier.h"

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
    if (!p.parse(QStringList{QStringLiteral("sign")} + args)) {
        err() << p.errorText() << Qt::endl;
        return 2;
    }
    if (!p.isSet(in) || !p.isSet(outFile) || (!p.isSet(key) && !p.isSet(pkcs11))) {
        err() << "usage: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL "
                 "--pin-env VAR)"
                 " --in IN.pdf --out OUT.pdf [--visible --page N --rect x,y,w,h] [--reason TEXT] [--location "
                 "TEXT]"
                 " [--name --nip --position]"
              << Qt::endl;
        return 2;
    }
    if (p.isSet(pkcs11) && !p.isSet(token)) {
        err() << "sign: --pkcs11 needs --token LABEL and --pin-env VAR" << Qt::endl;
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
    auto result = PdfSigner::sign(p.value(in), p.value(outFile), **signingKey, options);
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
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PDF to verify"));
    if (!p.parse(QStringList{QStringLiteral("verify")} + args) || p.positionalArguments().size() != 1) {
        err() << "usage: lontar-cli verify FILE.pdf [--trust DIR] [--json]" << Qt::endl;
        return 2;
    }
    VerifyOptions options;
    options.trustDirectory = p.value(trust);
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
