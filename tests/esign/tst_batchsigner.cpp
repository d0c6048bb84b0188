#include "TestSupport.h"

#include "esign/BatchSigner.h"
#include "esign/PdfReader.h"
#include "esign/SignatureVerifier.h"
#include "esign/StampPlacement.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>

#include <QThread>

#include <algorithm>
#include <thread>

using namespace lontar;
using namespace lontar::esign;

namespace {

// One page of a hand-written PDF: boxes, rotation and content are exactly what the test says, so the
// expected stamp position can be worked out by hand. /F1 is Courier (every glyph 0.6 em wide).
struct TestPage
{
    QByteArray mediaBox = "0 0 595 842";
    QByteArray cropBox;
    int rotate = 0;
    QByteArray content;
};

QByteArray text(double x, double y, const QByteArray& s)
{
    return "BT /F1 12 Tf 1 0 0 1 " + QByteArray::number(x) + ' ' + QByteArray::number(y) + " Tm (" + s +
           ") Tj ET\n";
}

// Text that reads upright on a page with /Rotate 90: turned 90 degrees counter-clockwise in user space.
QByteArray textForRotate90(double x, double y, const QByteArray& s)
{
    return "BT /F1 12 Tf 0 1 -1 0 " + QByteArray::number(x) + ' ' + QByteArray::number(y) + " Tm (" + s +
           ") Tj ET\n";
}

QByteArray makePdf(const QList<TestPage>& pages)
{
    QList<QByteArray> objects;
    objects << "<</Type/Catalog/Pages 2 0 R>>";
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<</Type/Pages/Kids[" + kids + "]/Count " + QByteArray::number(pages.size()) + ">>";
    objects << "<</Type/Font/Subtype/Type1/BaseFont/Courier/Encoding/WinAnsiEncoding>>";
    for (int i = 0; i < pages.size(); ++i) {
        const TestPage& p = pages.at(i);
        QByteArray page = "<</Type/Page/Parent 2 0 R/MediaBox[" + p.mediaBox + "]";
        if (!p.cropBox.isEmpty())
            page += "/CropBox[" + p.cropBox + "]";
        if (p.rotate)
            page += "/Rotate " + QByteArray::number(p.rotate);
        page += "/Resources<</Font<</F1 3 0 R>>>>/Contents " + QByteArray::number(5 + 2 * i) + " 0 R>>";
        objects << page;
        objects << "<</Length " + QByteArray::number(p.content.size()) + ">>stream\n" + p.content +
                       "\nendstream";
    }
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
    out += "trailer\n<</Size " + QByteArray::number(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray letter(double anchorX, double anchorY)
{
    TestPage p;
    p.content = text(72, 770, "PEMERINTAH KABUPATEN TANJUNG LONTAR") + text(72, 700, "Dengan hormat,") +
                text(anchorX, anchorY, "${ttd}") + text(380, 120, "Ir. Siti Aminah, M.T.");
    return makePdf({p});
}

} // namespace

// Batch signing with anchor placement: the stamp's /Rect in each signed file is read back and compared
// with where the hand-written PDF put its text.
class TestBatchSigner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SigningKey> m_key;
    int m_folders = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static void writeFile(const QString& file, const QByteArray& data)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }
    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    static int run(const QString& program, const QStringList& args, QString* output = nullptr,
                   const QString& workDir = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BATCH_PASS"), QStringLiteral("rahasia"));
        env.insert(QStringLiteral("WRONG_PASS"), QStringLiteral("salah"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qFatal("%s timed out", qPrintable(program));
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    void mustRun(const QString& program, const QStringList& args)
    {
        QString out;
        if (run(program, args, &out, m_dir.path()) != 0)
            qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                   qPrintable(out));
    }

    // A fresh input folder and a (not yet existing) output folder.
    QPair<QString, QString> folders()
    {
        const QString base = path(QStringLiteral("case%1").arg(++m_folders));
        QDir().mkpath(base + QStringLiteral("/in"));
        return {base + QStringLiteral("/in"), base + QStringLiteral("/out")};
    }

    static BatchOptions visibleOptions(OverwritePolicy policy = OverwritePolicy::Refuse)
    {
        BatchOptions o(policy);
        o.sign.visible = true;
        o.sign.reason = QStringLiteral("Persetujuan");
        o.sign.stamp.signerName = QStringLiteral("Ir. Siti Aminah, M.T.");
        o.sign.stamp.nip = QStringLiteral("197803202003122002");
        o.placement.stampSize = QSizeF(220, 90);
        return o;
    }

    // The signed file's widget: its /Rect (normalised) and the 1-based page it sits on.
    static QPair<QRectF, int> widgetOf(const QString& signedFile)
    {
        auto pdf = PdfReader::open(signedFile);
        if (!pdf)
            return {};
        auto fields = (*pdf)->signatureFields();
        auto pages = (*pdf)->pages();
        if (!fields || fields->size() != 1 || !pages)
            return {};
        auto widget = (*pdf)->object(fields->first().field.number);
        if (!widget)
            return {};
        const PdfArray r = widget->dict().value("Rect").array();
        if (r.size() != 4)
            return {};
        const QRectF rect(
            QPointF(std::min(r[0].number(), r[2].number()), std::min(r[1].number(), r[3].number())),
            QPointF(std::max(r[0].number(), r[2].number()), std::max(r[1].number(), r[3].number())));
        return {rect, int(pages->indexOf(widget->dict().value("P").ref())) + 1};
    }

    static bool intact(const QString& signedFile)
    {
        auto report = SignatureVerifier::verify(signedFile);
        return report && report->signatures.size() == 1 && report->signatures.first().intact() &&
               report->signatures.first().unchanged();
    }

    static QString sha256Hex(const QString& file)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256).toHex());
    }

    // Signs one generated document visibly and returns the batch item.
    BatchItem signOne(const QByteArray& pdf, const BatchOptions& options)
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/doc.pdf"), pdf);
        auto report = BatchSigner::run({in + QStringLiteral("/doc.pdf")}, out, *m_key, options);
        if (!report || report->items.size() != 1)
            return {};
        return report->items.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("signer.key"), QStringLiteral("-out"), QStringLiteral("signer.pem"),
                 QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-subj"),
                 QStringLiteral("/C=ID/O=Pemkab Tanjung Lontar/CN=Siti Aminah"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation")});
        mustRun(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                 QStringLiteral("signer.key"), QStringLiteral("-in"), QStringLiteral("signer.pem"),
                 QStringLiteral("-passout"), QStringLiteral("pass:rahasia"), QStringLiteral("-out"),
                 QStringLiteral("signer.p12")});
        auto key = openPkcs12(path(QStringLiteral("signer.p12")), QStringLiteral("rahasia"));
        QVERIFY2(key, qPrintable(key.errorMessage()));
        m_key = std::move(*key);
    }

    void outputName()
    {
        QCOMPARE(BatchSigner::outputFileName(QStringLiteral("/a/Surat Dinas.PDF")),
                 QStringLiteral("Surat Dinas-ttd.pdf"));
        QCOMPARE(BatchSigner::outputFileName(QStringLiteral("nota.v2.pdf")),
                 QStringLiteral("nota.v2-ttd.pdf"));
        QCOMPARE(BatchSigner::outputFileName(QStringLiteral("tanpa-akhiran")),
                 QStringLiteral("tanpa-akhiran-ttd.pdf"));
    }

    void placeholderAtKnownPosition_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("middle") << 350.0 << 200.0;
        QTest::newRow("left") << 72.0 << 400.0;
        // Near the right edge: the stamp is clamped inside the page, not hanging off it.
        QTest::newRow("right edge, clamped") << 500.0 << 300.0;
        // Near the bottom: clamped to the page's lower edge.
        QTest::newRow("bottom edge, clamped") << 100.0 << 30.0;
    }
    void placeholderAtKnownPosition()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        const BatchItem item = signOne(letter(x, y), visibleOptions());
        QVERIFY2(item.outcome == BatchItem::Outcome::Signed, qPrintable(item.reason));
        QCOMPARE(item.placement.method, StampPlacement::Method::AnchorText);
        QCOMPARE(item.placement.page, 1);
        const auto [rect, page] = widgetOf(item.outputPath);
        QCOMPARE(page, 1);
        QCOMPARE(rect.size(), QSizeF(220, 90));
        QVERIFY(rect.left() >= 0 && rect.right() <= 595 && rect.top() >= 0 && rect.bottom() <= 842);
        // Starts at the placeholder: left edge at its x (unless clamped), top edge on its top, which is
        // above the baseline by less than the 12 pt font size.
        QCOMPARE(rect.left(), std::min(x, 595.0 - 220));
        if (y - 90 > 0)
            QVERIFY2(rect.bottom() > y && rect.bottom() < y + 12, qPrintable(QString::number(rect.bottom())));
        else
            QCOMPARE(rect.top(), 0.0);
        QVERIFY(intact(item.outputPath));
        QCOMPARE(item.documentSha256, sha256Hex(item.inputPath));
    }

    void lastPageWithAnchorWins()
    {
        TestPage p1, p2, p3;
        p1.content = text(100, 500, "${ttd}");
        p2.content = text(300, 600, "${ttd}") + text(100, 200, "${ttd}"); // first in reading order: upper
        p3.content = text(72, 700, "Lampiran tanpa penanda");
        const BatchItem item = signOne(makePdf({p1, p2, p3}), visibleOptions());
        QVERIFY2(item.outcome == BatchItem::Outcome::Signed, qPrintable(item.reason));
        QCOMPARE(item.placement.page, 2);
        QCOMPARE(item.placement.pageCount, 3);
        const auto [rect, page] = widgetOf(item.outputPath);
        QCOMPARE(page, 2);
        QCOMPARE(rect.left(), 300.0);
        QVERIFY(rect.bottom() > 600 && rect.bottom() < 612);
    }

    void customAnchorCaseAndSpacing()
    {
        TestPage p;
        p.content = text(72, 700, "Kepala Dinas") + text(200, 300, "[TANDA  TANGAN]");
        BatchOptions o = visibleOptions();
        o.placement.anchorText = QStringLiteral("[tanda tangan]");
        const BatchItem item = signOne(makePdf({p}), o);
        QCOMPARE(item.placement.method, StampPlacement::Method::AnchorText);
        QCOMPARE(widgetOf(item.outputPath).first.left(), 200.0);
    }

    void placeholderSplitByKerning()
    {
        // Word processors write the placeholder in pieces; a wide kerning gap makes Poppler see two words.
        TestPage p;
        p.content = "BT /F1 12 Tf 1 0 0 1 250 320 Tm [(${) -400 (ttd})] TJ ET\n";
        const BatchItem item = signOne(makePdf({p}), visibleOptions());
        QCOMPARE(item.placement.method, StampPlacement::Method::AnchorText);
        QCOMPARE(widgetOf(item.outputPath).first.left(), 250.0);
    }

    void signerNameAnchor()
    {
        // No placeholder; the name is in capitals in the letter, as Indonesian letters often have it.
        TestPage p;
        p.content = text(72, 700, "Demikian untuk dilaksanakan.") + text(380, 200, "Kepala Dinas,") +
                    text(380, 100, "IR. SITI AMINAH, M.T.") + text(380, 88, "NIP. 197803202003122002");
        BatchOptions o = visibleOptions();
        o.placement.signerName = QStringLiteral("Ir. Siti Aminah, M.T.");
        const BatchItem item = signOne(makePdf({p}), o);
        QVERIFY2(item.outcome == BatchItem::Outcome::Signed, qPrintable(item.reason));
        QCOMPARE(item.placement.method, StampPlacement::Method::SignerName);
        const QRectF rect = widgetOf(item.outputPath).first;
        // Just above the name line: its bottom above the baseline, within the font size and the gap.
        QVERIFY2(rect.top() > 100 && rect.top() < 100 + 12 + o.placement.gap + 1,
                 qPrintable(QString::number(rect.top())));
        // Centred on the name: 21 Courier characters of 7.2 pt, clamped at the right edge of the page.
        const double nameCentre = 380 + 21 * 7.2 / 2;
        QCOMPARE(rect.center().x(), std::min(nameCentre, 595.0 - 110));
        QVERIFY(rect.right() <= 595);
    }

    void fallbackBelowLastText()
    {
        TestPage p;
        for (int line = 0; line < 8; ++line)
            p.content += text(72, 760 - 20 * line, "Isi surat baris " + QByteArray::number(line));
        const BatchItem item = signOne(makePdf({p}), visibleOptions());
        QVERIFY2(item.outcome == BatchItem::Outcome::Signed, qPrintable(item.reason));
        QCOMPARE(item.placement.method, StampPlacement::Method::BelowLastText);
        QVERIFY(item.placement.usedFallback());
        const QRectF rect = widgetOf(item.outputPath).first;
        // Right-aligned at the 2 cm margin, its top just under the lowest line (baseline 620).
        QCOMPARE(rect.right(), 595 - 56.7);
        QVERIFY2(rect.bottom() < 620 && rect.bottom() > 620 - 12, qPrintable(QString::number(rect.bottom())));
    }

    void fallbackPageFullGoesBottomRight()
    {
        TestPage p;
        for (int line = 0; line < 36; ++line)
            p.content += text(72, 780 - 20 * line, "Isi surat baris " + QByteArray::number(line));
        const BatchItem item = signOne(makePdf({p}), visibleOptions());
        QCOMPARE(item.placement.method, StampPlacement::Method::BottomRight);
        const QRectF rect = widgetOf(item.outputPath).first;
        QCOMPARE(rect.right(), 595 - 56.7);
        QCOMPARE(rect.top(), 56.7);
    }

    void fallbackOnLastPageOfMany()
    {
        TestPage p1, p2;
        p1.content = text(72, 700, "Halaman satu");
        p2.content = text(72, 700, "Halaman dua");
        const BatchItem item = signOne(makePdf({p1, p2}), visibleOptions());
        QCOMPARE(item.placement.method, StampPlacement::Method::BelowLastText);
        QCOMPARE(widgetOf(item.outputPath).second, 2);
    }

    void nonZeroMediaBoxOrigin()
    {
        // Anchor: user-space coordinates are absolute, not relative to the box.
        TestPage p;
        p.mediaBox = "100 200 695 1042";
        p.content = text(400, 500, "${ttd}");
        BatchItem item = signOne(makePdf({p}), visibleOptions());
        QRectF rect = widgetOf(item.outputPath).first;
        QCOMPARE(rect.left(), 400.0);
        QVERIFY(rect.bottom() > 500 && rect.bottom() < 512);

        // Fallback: the margins are measured from the box, wherever it starts; a crop box narrows it.
        TestPage q;
        q.mediaBox = "-50 -60 545 782";
        q.cropBox = "-40 -50 535 772";
        item = signOne(makePdf({q}), visibleOptions());
        QCOMPARE(item.placement.method, StampPlacement::Method::BottomRight);
        rect = widgetOf(item.outputPath).first;
        QCOMPARE(rect.right(), 535 - 56.7);
        QCOMPARE(rect.top(), -50 + 56.7);
        QVERIFY(intact(item.outputPath));
    }

    void rotatedPage()
    {
        // /Rotate 90 with text that reads upright on screen: the stamp must start at the placeholder as
        // seen on screen. Worked out by hand: on screen the anchor's top-left is (y0 - y1, x0 - x1 - ascent),
        // the stamp's footprint is 90 x 220; mapped back, the user-space rectangle starts at the anchor's
        // x minus the ascent and at its y, and is 220 x 90.
        TestPage p;
        p.mediaBox = "10 20 605 862";
        p.rotate = 90;
        p.content = textForRotate90(300, 400, "${ttd}");
        BatchItem item = signOne(makePdf({p}), visibleOptions());
        QVERIFY2(item.outcome == BatchItem::Outcome::Signed, qPrintable(item.reason));
        QCOMPARE(item.placement.method, StampPlacement::Method::AnchorText);
        QRectF rect = widgetOf(item.outputPath).first;
        QCOMPARE(rect.size(), QSizeF(220, 90));
        QVERIFY2(std::abs(rect.top() - 400) < 0.01, qPrintable(QString::number(rect.top())));
        QVERIFY2(rect.left() < 300 && rect.left() > 300 - 12, qPrintable(QString::number(rect.left())));

        // Fallback on a rotated page: bottom right as seen on screen is the top right of user space.
        TestPage q;
        q.mediaBox = "0 0 595 842";
        q.rotate = 90;
        item = signOne(makePdf({q}), visibleOptions());
        QCOMPARE(item.placement.method, StampPlacement::Method::BottomRight);
        rect = widgetOf(item.outputPath).first;
        QCOMPARE(rect, QRectF(595 - 56.7 - 220, 842 - 56.7 - 90, 220, 90));

        // Upside down (180): bottom right on screen is the bottom left of user space.
        q.rotate = 180;
        item = signOne(makePdf({q}), visibleOptions());
        QCOMPARE(widgetOf(item.outputPath).first, QRectF(56.7, 842 - 56.7 - 90, 220, 90));
        // 270: the bottom left of user space... as seen from the other side.
        q.rotate = 270;
        item = signOne(makePdf({q}), visibleOptions());
        QCOMPARE(widgetOf(item.outputPath).first, QRectF(56.7, 56.7, 220, 90));
    }

    void existingOutputRefusedSkippedOrOverwritten()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        writeFile(in + QStringLiteral("/b.pdf"), letter(350, 200));
        QDir().mkpath(out);
        const QByteArray old = "hasil lama, jangan ditimpa";
        writeFile(out + QStringLiteral("/a-ttd.pdf"), old);

        auto refused = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, visibleOptions());
        LONTAR_VERIFY_OK(refused);
        QCOMPARE(refused->items.at(0).outcome, BatchItem::Outcome::Failed);
        QCOMPARE(refused->items.at(0).failure, BatchItem::Failure::OutputExists);
        QVERIFY(refused->items.at(0).reason.contains(QStringLiteral("sudah ada")));
        QCOMPARE(readFile(out + QStringLiteral("/a-ttd.pdf")), old);
        QCOMPARE(refused->items.at(1).outcome, BatchItem::Outcome::Signed);
        QCOMPARE(refused->headline(), QStringLiteral("Ditandatangani 1 dari 2 dokumen; 1 gagal"));
        QVERIFY(!refused->complete());

        const QByteArray bSigned = readFile(out + QStringLiteral("/b-ttd.pdf"));
        auto skipped = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key,
                                        visibleOptions(OverwritePolicy::Skip));
        LONTAR_VERIFY_OK(skipped);
        QCOMPARE(skipped->count(BatchItem::Outcome::Skipped), 2);
        QCOMPARE(readFile(out + QStringLiteral("/a-ttd.pdf")), old);
        QCOMPARE(readFile(out + QStringLiteral("/b-ttd.pdf")), bSigned);
        QVERIFY(skipped->complete()); // skipping on request is not a failure
        QCOMPARE(skipped->headline(),
                 QStringLiteral("Ditandatangani 0 dari 2 dokumen; 2 dilewati karena hasilnya sudah ada"));

        auto replaced = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key,
                                         visibleOptions(OverwritePolicy::Overwrite));
        LONTAR_VERIFY_OK(replaced);
        QCOMPARE(replaced->count(BatchItem::Outcome::Signed), 2);
        QVERIFY(intact(out + QStringLiteral("/a-ttd.pdf")));
        QVERIFY(intact(out + QStringLiteral("/b-ttd.pdf")));
    }

    void writeErrorIsReported()
    {
        // A folder squats on the output name: it cannot be replaced by a file, even with Overwrite (and
        // even as root, where permissions would not stop the write).
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        writeFile(in + QStringLiteral("/b.pdf"), letter(350, 200));
        QVERIFY(QDir().mkpath(out + QStringLiteral("/a-ttd.pdf")));
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key,
                                       visibleOptions(OverwritePolicy::Overwrite));
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->items.at(0).failure, BatchItem::Failure::WriteError);
        QVERIFY2(report->items.at(0).reason.contains(QStringLiteral("tidak dapat ditulis")),
                 qPrintable(report->items.at(0).reason));
        QCOMPARE(report->items.at(1).outcome, BatchItem::Outcome::Signed);
        QCOMPARE(report->headline(), QStringLiteral("Ditandatangani 1 dari 2 dokumen; 1 gagal"));
        QVERIFY(QFileInfo(out + QStringLiteral("/a-ttd.pdf")).isDir());
    }

    void badDocumentsFailOthersSigned()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/01-baik.pdf"), letter(350, 200));
        writeFile(in + QStringLiteral("/02-bukan.pdf"), "Ini surat biasa, bukan PDF.\n");
        writeFile(in + QStringLiteral("/03-rusak.pdf"), "%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pa");
        // Truncated: Poppler might repair it, our reader refuses; either way "rusak", never signed.
        writeFile(in + QStringLiteral("/04-terpotong.pdf"), letter(350, 200).left(400));
        writeFile(path(QStringLiteral("plain.pdf")), letter(350, 200));
        mustRun(QStringLiteral("qpdf"),
                {QStringLiteral("--encrypt"), QStringLiteral("u"), QStringLiteral("o"), QStringLiteral("256"),
                 QStringLiteral("--"), QStringLiteral("plain.pdf"), in + QStringLiteral("/05-sandi.pdf")});
        // Encrypted with an empty user password: it opens without asking, but it is still encrypted.
        mustRun(QStringLiteral("qpdf"),
                {QStringLiteral("--encrypt"), QString(), QStringLiteral("o"), QStringLiteral("256"),
                 QStringLiteral("--"), QStringLiteral("plain.pdf"), in + QStringLiteral("/06-enkripsi.pdf")});
        writeFile(in + QStringLiteral("/07-baik.PDF"), letter(100, 300));
        writeFile(in + QStringLiteral("/catatan.txt"), "bukan bagian dari kumpulan");
        QDir().mkpath(in + QStringLiteral("/sub"));
        writeFile(in + QStringLiteral("/sub/dalam.pdf"), letter(350, 200)); // not recursive

        QHash<QString, QString> before;
        for (const QString& f : QDir(in).entryList(QDir::Files))
            before[f] = sha256Hex(in + QLatin1Char('/') + f);

        auto inputs = BatchSigner::pdfsInFolder(in);
        LONTAR_VERIFY_OK(inputs);
        QCOMPARE(inputs->size(), 7);
        QList<int> progressDone;
        BatchOptions sequential = visibleOptions();
        sequential.parallelDocuments = 1;
        auto report =
            BatchSigner::run(*inputs, out, *m_key, sequential, [&](int done, int total, const QString&) {
                QCOMPARE(total, 7);
                progressDone << done;
            });
        LONTAR_VERIFY_OK(report);
        QCOMPARE(progressDone, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        const auto& items = report->items;
        QCOMPARE(items.at(0).outcome, BatchItem::Outcome::Signed);
        QCOMPARE(items.at(1).failure, BatchItem::Failure::NotPdf);
        QCOMPARE(items.at(2).failure, BatchItem::Failure::Corrupt);
        QCOMPARE(items.at(3).failure, BatchItem::Failure::Corrupt);
        QCOMPARE(items.at(4).failure, BatchItem::Failure::Encrypted);
        QCOMPARE(items.at(5).failure, BatchItem::Failure::Encrypted);
        QCOMPARE(items.at(6).outcome, BatchItem::Outcome::Signed);
        QVERIFY(items.at(1).reason.contains(QStringLiteral("bukan berkas PDF")));
        QVERIFY(items.at(2).reason.contains(QStringLiteral("rusak")));
        QVERIFY(items.at(4).reason.contains(QStringLiteral("terenkripsi")));
        QVERIFY(intact(out + QStringLiteral("/01-baik-ttd.pdf")));
        QVERIFY(intact(out + QStringLiteral("/07-baik-ttd.pdf")));
        // Only the two signed documents have outputs; no temporary or partial file anywhere.
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 (QStringList{QStringLiteral("01-baik-ttd.pdf"), QStringLiteral("07-baik-ttd.pdf")}));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(sha256Hex(in + QLatin1Char('/') + it.key()), it.value());

        const QString summary = report->summary();
        QVERIFY2(summary.startsWith(QStringLiteral("Ditandatangani 2 dari 7 dokumen; 5 gagal\n")),
                 qPrintable(summary));
        QCOMPARE(summary.count(QLatin1Char('\n')), 5); // one line per failure, no fallback line
        QVERIFY(summary.contains(QStringLiteral("- 05-sandi.pdf: PDF terenkripsi")));
        QVERIFY(!report->complete());
    }

    void summaryNamesFallbacks()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        TestPage bare;
        bare.content = text(72, 700, "Tanpa penanda");
        writeFile(in + QStringLiteral("/b.pdf"), makePdf({bare}));
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, visibleOptions());
        LONTAR_VERIFY_OK(report);
        QVERIFY(report->complete());
        QCOMPARE(report->fallbackCount(), 1);
        QCOMPARE(
            report->summary(),
            QStringLiteral("Ditandatangani 2 dari 2 dokumen\n1 dokumen tanpa penanda, stempel di kanan bawah "
                           "halaman terakhir: b.pdf"));
    }

    void duplicateOutputNames()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/surat.pdf"), letter(350, 200));
        writeFile(in + QStringLiteral("/surat.PDF"), letter(100, 200));
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, visibleOptions());
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->count(BatchItem::Outcome::Signed), 1);
        QCOMPARE(report->items.at(1).failure, BatchItem::Failure::DuplicateOutput);
        // The file that was signed is the first one, not overwritten by the second.
        QCOMPARE(widgetOf(out + QStringLiteral("/surat-ttd.pdf")).first.left(),
                 report->items.at(0).inputPath.endsWith(QLatin1String(".PDF")) ? 100.0 : 350.0);
    }

    void cancelAfterTwoOffTheMainThread()
    {
        const auto [in, out] = folders();
        for (int i = 1; i <= 6; ++i)
            writeFile(in + QStringLiteral("/surat-%1.pdf").arg(i), letter(350, 200));
        std::atomic<bool> cancel{false};
        Result<BatchReport> report = Error(QStringLiteral("not run"));
        const auto inputs = *BatchSigner::pdfsInFolder(in);
        BatchOptions sequential = visibleOptions();
        sequential.parallelDocuments = 1;
        std::thread worker([&] {
            report = BatchSigner::run(
                inputs, out, *m_key, sequential,
                [&cancel](int done, int, const QString&) {
                    if (done == 2)
                        cancel = true; // as if the user pressed Batal while the third was about to start
                },
                &cancel);
        });
        worker.join();
        LONTAR_VERIFY_OK(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->count(BatchItem::Outcome::Signed), 2);
        QCOMPARE(report->count(BatchItem::Outcome::Cancelled), 4);
        QCOMPARE(report->headline(),
                 QStringLiteral("Ditandatangani 2 dari 6 dokumen; 4 tidak diproses karena dibatalkan"));
        QVERIFY(!report->complete());
        const QStringList written = QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(written,
                 (QStringList{QStringLiteral("surat-1-ttd.pdf"), QStringLiteral("surat-2-ttd.pdf")}));
        for (const QString& f : written)
            QVERIFY(intact(out + QLatin1Char('/') + f));
    }

    void parallelWorkersMatchSequential()
    {
        // Four documents in flight: the same outcomes as one at a time, progress monotonic on the
        // calling thread, and a cancel stops taking new documents without leaving partial files.
        const auto [in, out] = folders();
        for (int i = 1; i <= 12; ++i)
            writeFile(in + QStringLiteral("/surat-%1.pdf").arg(i, 2, 10, QLatin1Char('0')),
                      i == 5 ? QByteArray("%PDF-1.7 rusak") : letter(50 + 20 * i, 100 + 30 * i));
        BatchOptions parallel = visibleOptions();
        parallel.parallelDocuments = 4;
        QList<int> seen;
        const Qt::HANDLE caller = QThread::currentThreadId();
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, parallel,
                                       [&](int done, int total, const QString&) {
                                           QCOMPARE(total, 12);
                                           QCOMPARE(QThread::currentThreadId(), caller);
                                           seen << done;
                                       });
        LONTAR_VERIFY_OK(report);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), 12);
        QCOMPARE(report->headline(), QStringLiteral("Ditandatangani 11 dari 12 dokumen; 1 gagal"));
        QCOMPARE(report->items.at(4).failure, BatchItem::Failure::Corrupt);
        for (int i = 0; i < 12; ++i) {
            if (i == 4)
                continue;
            const BatchItem& item = report->items.at(i);
            QCOMPARE(item.outcome, BatchItem::Outcome::Signed);
            QCOMPARE(widgetOf(item.outputPath).first.left(), std::min(50.0 + 20 * (i + 1), 595.0 - 220));
            QVERIFY(intact(item.outputPath));
        }

        const QString out2 = out + QStringLiteral("-batal");
        std::atomic<bool> cancel{false};
        auto cancelled = BatchSigner::run(
            *BatchSigner::pdfsInFolder(in), out2, *m_key, parallel,
            [&cancel](int done, int, const QString&) {
                if (done >= 2)
                    cancel = true;
            },
            &cancel);
        LONTAR_VERIFY_OK(cancelled);
        QVERIFY(cancelled->cancelled);
        const int signedCount = cancelled->count(BatchItem::Outcome::Signed);
        QVERIFY2(signedCount >= 2 && signedCount < 12, qPrintable(cancelled->headline()));
        QCOMPARE(signedCount + cancelled->count(BatchItem::Outcome::Cancelled) +
                     cancelled->count(BatchItem::Outcome::Failed),
                 12);
        // Exactly the signed ones exist, each complete.
        const QStringList written = QDir(out2).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(written.size(), signedCount);
        for (const QString& f : written)
            QVERIFY(intact(out2 + QLatin1Char('/') + f));
    }

    void outputFolderMustDiffer()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), in, *m_key, visibleOptions());
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::InvalidInput);
        // Spelled differently (trailing "/.", a symlink): still the same folder.
        QVERIFY(!BatchSigner::run(*BatchSigner::pdfsInFolder(in), in + QStringLiteral("/."), *m_key,
                                  visibleOptions()));
        QVERIFY(QFile::link(in, path(QStringLiteral("link-to-in"))));
        QVERIFY(!BatchSigner::run(*BatchSigner::pdfsInFolder(in), path(QStringLiteral("link-to-in")), *m_key,
                                  visibleOptions()));
        QCOMPARE(QDir(in).entryList(QDir::Files), QStringList{QStringLiteral("a.pdf")});
        // A stamp too small to draw is a batch error, not 1 failure per document.
        BatchOptions tiny = visibleOptions();
        tiny.placement.stampSize = QSizeF(10, 90);
        QVERIFY(!BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, tiny));
        QVERIFY(!QFileInfo::exists(out));
    }

    void invisibleBatch()
    {
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        writeFile(in + QStringLiteral("/b.pdf"), "%PDF-1.7 rusak");
        BatchOptions o(OverwritePolicy::Refuse);
        auto report = BatchSigner::run(*BatchSigner::pdfsInFolder(in), out, *m_key, o);
        LONTAR_VERIFY_OK(report);
        QCOMPARE(report->items.at(0).outcome, BatchItem::Outcome::Signed);
        QVERIFY(!report->items.at(0).visible);
        QCOMPARE(widgetOf(out + QStringLiteral("/a-ttd.pdf")).first.size(), QSizeF(0, 0));
        QCOMPARE(report->items.at(1).failure, BatchItem::Failure::Corrupt);
    }

    void commandLine()
    {
        const QString cli =
            qEnvironmentVariable("LONTAR_BINARY_DIR") + QStringLiteral("/app/lontar-cli/lontar-cli");
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
        const QString p12 = path(QStringLiteral("signer.p12"));
        const QStringList key{QStringLiteral("--key"), p12, QStringLiteral("--pass-env"),
                              QStringLiteral("BATCH_PASS")};
        const auto [in, out] = folders();
        writeFile(in + QStringLiteral("/a.pdf"), letter(350, 200));
        TestPage named;
        named.content = text(380, 100, "Ir. Siti Aminah, M.T.");
        writeFile(in + QStringLiteral("/b.pdf"), makePdf({named}));

        QString output;
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out,
                                     QStringLiteral("--name"), QStringLiteral("Ir. Siti Aminah, M.T.")},
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("Ditandatangani 2 dari 2 dokumen")), qPrintable(output));
        QVERIFY(intact(out + QStringLiteral("/a-ttd.pdf")));
        QVERIFY(widgetOf(out + QStringLiteral("/b-ttd.pdf")).first.top() > 100); // above the name

        // Again: the outputs exist, so without --overwrite/--skip-existing both fail.
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("Ditandatangani 0 dari 2 dokumen; 2 gagal")),
                 qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("- a.pdf: berkas hasil a-ttd.pdf sudah ada")));
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out,
                                     QStringLiteral("--skip-existing")},
                     &output),
                 0);
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out,
                                     QStringLiteral("--overwrite")},
                     &output),
                 0);

        // A corrupt document among good ones: 1, the failure on its own line, the good one signed.
        const QString out2 = out + QStringLiteral("2");
        writeFile(in + QStringLiteral("/c.pdf"), "%PDF-1.4 rusak");
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out2},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("Ditandatangani 2 dari 3 dokumen; 1 gagal")),
                 qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("- c.pdf: PDF rusak")));
        QVERIFY(!output.contains(QStringLiteral("Syntax Error"))); // Poppler's own noise is kept out

        // An empty folder signs nothing, which a script must not take for success.
        const QString empty = path(QStringLiteral("kosong"));
        QDir().mkpath(empty);
        QCOMPARE(run(cli,
                     QStringList{QStringLiteral("sign")} + key +
                         QStringList{QStringLiteral("--in-dir"), empty, QStringLiteral("--out-dir"),
                                     out + QStringLiteral("4")},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("Tidak ada dokumen PDF")), qPrintable(output));

        // Usage errors and an unusable key: 2, nothing written.
        const QString out3 = out + QStringLiteral("3");
        const QList<QStringList> bad{
            key + QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out3,
                              QStringLiteral("--in"), in + QStringLiteral("/a.pdf")},
            key + QStringList{QStringLiteral("--in-dir"), in},
            key + QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out3,
                              QStringLiteral("--overwrite"), QStringLiteral("--skip-existing")},
            key + QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out3,
                              QStringLiteral("--rect"), QStringLiteral("1,2,3,4")},
            key + QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), in},
            key + QStringList{QStringLiteral("--in-dir"), path(QStringLiteral("tidak-ada")),
                              QStringLiteral("--out-dir"), out3},
            key + QStringList{QStringLiteral("--in-dir"), in, QStringLiteral("--out-dir"), out3,
                              QStringLiteral("--level"), QStringLiteral("B-LT")},
            QStringList{QStringLiteral("--key"), p12, QStringLiteral("--pass-env"),
                        QStringLiteral("WRONG_PASS"), QStringLiteral("--in-dir"), in,
                        QStringLiteral("--out-dir"), out3},
        };
        for (const QStringList& args : bad) {
            QCOMPARE(run(cli, QStringList{QStringLiteral("sign")} + args, &output), 2);
            QVERIFY(!QFileInfo::exists(out3));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchSigner)
#include "tst_batchsigner.moc"
