#include "records/PdfText.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <mutex>

namespace lontar::records {

namespace {

Error refused(const QString& message)
{
    return Error(message, Error::Code::InvalidInput);
}

// Poppler reports every syntax problem of a damaged file on stderr; the import states one reason instead.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, {}); });
}

} // namespace

Result<PdfContent> PdfText::read(const QString& filePath, qint64 maxBytes, const std::atomic<bool>* cancel)
{
    quietPoppler();
    QFile file(filePath);
    if (!QFileInfo(filePath).isFile() || !file.open(QIODevice::ReadOnly))
        return Error(tr("Berkas tidak dapat dibaca"), Error::Code::Io);
    PdfContent content;
    content.size = file.size();
    if (content.size == 0)
        return refused(tr("Berkas kosong (0 bita)"));
    if (content.size > maxBytes)
        return refused(tr("Berkas terlalu besar (%1 MB; paling besar %2 MB)")
                           .arg(QString::number(double(content.size) / (1024 * 1024), 'f', 1))
                           .arg(maxBytes / (1024 * 1024)));
    // A PDF starts with "%PDF-" (readers accept up to 1 KiB of junk before it); anything else is another
    // kind of file, whatever its name says.
    const QByteArray head = file.peek(1024);
    if (!head.contains("%PDF-"))
        return refused(tr("Bukan berkas PDF"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error(tr("Berkas tidak dapat dibaca"), Error::Code::Io);
    content.sha256 = QString::fromLatin1(hash.result().toHex());
    file.close();

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(filePath);
    if (!doc)
        return refused(tr("Berkas PDF rusak dan tidak dapat dibuka"));
    if (doc->isLocked())
        return refused(tr("PDF dilindungi kata sandi; buka kuncinya lalu impor lagi"));
    // An archive keeps documents that open without keys years from now: an encrypted file (even one that
    // opens without a password) is refused, as PDF/A does.
    if (doc->isEncrypted())
        return refused(tr("PDF terenkripsi; simpan ulang tanpa enkripsi lalu impor lagi"));
    content.pageCount = doc->numPages();
    if (content.pageCount <= 0)
        return refused(tr("Berkas PDF rusak: tidak ada halaman yang terbaca"));
    content.title = doc->info(QStringLiteral("Title")).trimmed();
    QStringList pages;
    for (int i = 0; i < content.pageCount; ++i) {
        if (cancel && cancel->load())
            return Error(tr("Dibatalkan"), Error::Code::Cancelled);
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return refused(tr("Berkas PDF rusak: halaman %1 tidak terbaca").arg(i + 1));
        pages.append(page->text(QRectF()));
    }
    content.text = pages.join(QLatin1Char('\f'));
    return content;
}

GuessedFields PdfText::guessFields(const QString& text)
{
    GuessedFields g;
    const QString head = text.left(4000);
    static const QRegularExpression nomor(QStringLiteral("(?im)^\\s*nomor\\s*:\\s*(\\S.{0,98}?)\\s*$"));
    static const QRegularExpression hal(
        QStringLiteral("(?im)^\\s*(?:hal|perihal)\\s*:\\s*(\\S.{0,300}?)\\s*$"));
    static const QRegularExpression date(
        QStringLiteral("(?i)\\b(\\d{1,2})\\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|"
                       "oktober|november|desember)\\s+(\\d{4})\\b"));
    if (auto m = nomor.match(head); m.hasMatch())
        g.nomor = m.captured(1);
    if (auto m = hal.match(head); m.hasMatch())
        g.perihal = m.captured(1);
    if (auto m = date.match(head); m.hasMatch()) {
        static const QStringList months = {
            QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maret"),
            QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
            QStringLiteral("juli"),    QStringLiteral("agustus"),  QStringLiteral("september"),
            QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("desember")};
        g.tanggal = QDate(m.captured(3).toInt(), int(months.indexOf(m.captured(2).toLower())) + 1,
                          m.captured(1).toInt());
    }
    return g;
}

} // namespace lontar::records
