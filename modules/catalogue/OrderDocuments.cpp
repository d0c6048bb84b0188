#include "catalogue/OrderDocuments.h"

#include "catalogue/Catalogue.h"
#include "core/Identity.h"
#include "core/Settings.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace lontar::catalogue {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString date(qint64 ms)
{
    static const char* const kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                          "Mei",       "Juni",     "Juli",     "Agustus",
                                          "September", "Oktober",  "November", "Desember"};
    if (ms <= 0)
        return QStringLiteral("……………");
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
    return QStringLiteral("%1 %2 %3").arg(d.day()).arg(QLatin1String(kMonths[d.month() - 1])).arg(d.year());
}

// Whole rupiah in words, as Indonesian documents state amounts ("dua juta tiga ratus ribu rupiah").
QString words(qint64 n)
{
    static const char* const kOnes[] = {"",     "satu",  "dua",     "tiga",     "empat",   "lima",
                                        "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
    if (n < 12)
        return QLatin1String(kOnes[n]);
    if (n < 20)
        return words(n - 10) + QStringLiteral(" belas");
    if (n < 100)
        return (words(n / 10) + QStringLiteral(" puluh ") + words(n % 10)).trimmed();
    if (n < 200)
        return (QStringLiteral("seratus ") + words(n - 100)).trimmed();
    if (n < 1000)
        return (words(n / 100) + QStringLiteral(" ratus ") + words(n % 100)).trimmed();
    if (n < 2000)
        return (QStringLiteral("seribu ") + words(n - 1000)).trimmed();
    const struct
    {
        qint64 unit;
        const char* name;
    } scales[] = {
        {1'000'000'000'000, "triliun"}, {1'000'000'000, "miliar"}, {1'000'000, "juta"}, {1000, "ribu"}};
    for (const auto& s : scales) {
        if (n >= s.unit)
            return (words(n / s.unit) + QLatin1Char(' ') + QLatin1String(s.name) + QLatin1Char(' ') +
                    words(n % s.unit))
                .trimmed();
    }
    return {};
}

struct Parties
{
    QString regency;
    QString unit;
    Vendor vendor;
    QString ppkName;
    QString ppkNip;
};

Result<Parties> partiesOf(Database& db, const Order& order)
{
    Parties p;
    p.regency = Settings(db).value(Settings::regencyNameKey());
    if (auto unit = IdentityStore(db).unitById(order.unitId))
        p.unit = unit->name;
    auto vendors = CatalogueBrowser(db).vendors();
    if (!vendors)
        return vendors.error();
    for (const Vendor& v : *vendors) {
        if (v.id == order.vendorId)
            p.vendor = v;
    }
    // The PPK who signed the contract, from the order's history.
    for (const QJsonValue& v : order.data.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        if (h.value(QStringLiteral("to")).toString() == QLatin1String("contract") &&
            h.value(QStringLiteral("role")).toString() == roleKey(Role::Ppk)) {
            p.ppkName = h.value(QStringLiteral("byName")).toString();
            if (auto user = IdentityStore(db).userById(h.value(QStringLiteral("by")).toString()))
                p.ppkNip = user->nip;
        }
    }
    return p;
}

QString itemsTable(const Order& order)
{
    QString html = QStringLiteral(
        "<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"
        "<tr style='background:#e8f3f1'><th>No</th><th>Kode</th><th>Uraian barang</th><th>Banyaknya</th>"
        "<th>Satuan</th><th>Harga satuan</th><th>Jumlah harga</th></tr>");
    int n = 0;
    for (const OrderItem& i : order.items) {
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td>"
                               "<td>%5</td><td align='right' style='white-space:nowrap'>%6</td>"
                               "<td align='right' style='white-space:nowrap'>%7</td></tr>")
                    .arg(++n)
                    .arg(esc(i.code), esc(i.name))
                    .arg(i.qty)
                    .arg(esc(i.unit), formatRupiah(i.unitPrice), formatRupiah(i.qty * i.unitPrice));
    }
    html += QStringLiteral("<tr><td colspan='6' align='right'><b>Total harga</b></td><td align='right' "
                           "style='white-space:nowrap'><b>%1</b></td></tr>"
                           "</table><p><i>Terbilang: %2 rupiah</i></p>")
                .arg(formatRupiah(order.total), esc(words(order.total)));
    return html;
}

QString header(const Parties& p)
{
    return QStringLiteral("<p align='center'><b>%1</b><br>%2</p><hr>")
        .arg(esc(p.regency.toUpper()), esc(p.unit.toUpper()));
}

// `left` and `right` are markup written here (captions with a line break); names are escaped.
QString signatureBlock(const QString& left, const QString& leftName, const QString& right, const Parties& p)
{
    // "${ttd}" marks where the PPK's TTE stamp goes.
    return QStringLiteral(
               "<br><table width='100%'><tr><td width='50%' align='center'>%1<br><br><br><br><br>"
               "<b>%2</b></td><td width='50%' align='center'>%3<br><br>%4<br><br><b>%5</b><br>NIP. %6"
               "</td></tr></table>")
        .arg(left, esc(leftName), right, OrderDocuments::signatureAnchor(),
             esc(p.ppkName.isEmpty() ? QStringLiteral("……………………") : p.ppkName),
             esc(p.ppkNip.isEmpty() ? QStringLiteral("……………………") : p.ppkNip));
}

Result<QByteArray> render(const QString& html, const QString& title)
{
    QByteArray out;
    QBuffer buffer(&out);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error(OrderDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lontar e-katalog"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
        // Laid out in the writer's own units (300 dpi) on the page's printable area, then painted page by
        // page: QTextDocument::print would add margins of its own and shrink the text column.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(
            QStringLiteral("body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"));
        doc.setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        doc.setPageSize(page);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(OrderDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
        }
        painter.end();
    }
    buffer.close();
    if (out.isEmpty())
        return Error(OrderDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
    return out;
}

} // namespace

Result<QByteArray> OrderDocuments::purchaseOrder(Database& db, const Order& order)
{
    if (order.contractNumber.isEmpty())
        return Error(tr("Surat pesanan dibuat setelah kontrak ditandatangani (nomor SP belum ada)"),
                     Error::Code::InvalidInput);
    auto parties = partiesOf(db, order);
    if (!parties)
        return parties.error();
    const Parties& p = *parties;
    QString html = header(p);
    html += QStringLiteral("<h3 align='center'>SURAT PESANAN<br><small>Nomor: %1</small></h3>")
                .arg(esc(order.contractNumber));
    html +=
        QStringLiteral("<p>Paket: <b>%1</b><br>Kode RUP: %2 · Kode rekening: %3 · Pagu: %4</p>")
            .arg(esc(order.title), esc(order.rupCode), esc(order.accountCode), formatRupiah(order.budget));
    html += QStringLiteral("<p>Kepada Yth.<br><b>%1</b><br>NPWP %2<br>%3</p>")
                .arg(esc(p.vendor.name), esc(p.vendor.npwp), esc(p.vendor.address));
    html += QStringLiteral("<p>Dengan ini kami memesan barang berikut melalui katalog elektronik lokal:</p>");
    html += itemsTable(order);
    html +=
        QStringLiteral("<p>Barang diserahkan sesuai spesifikasi katalog dan dibuktikan dengan Berita Acara "
                       "Serah Terima.</p>");
    html +=
        signatureBlock(QStringLiteral("Penyedia,"), p.vendor.name,
                       QStringLiteral("Pejabat Pembuat Komitmen,<br>%1")
                           .arg(date(qint64(order.data.value(QStringLiteral("contractDate")).toDouble()))),
                       p);
    return render(html, QStringLiteral("Surat Pesanan %1").arg(order.contractNumber));
}

Result<QByteArray> OrderDocuments::bast(Database& db, const Order& order)
{
    if (order.bastNumber.isEmpty())
        return Error(tr("BAST dibuat setelah barang diterima (nomor BAST belum ada)"),
                     Error::Code::InvalidInput);
    auto parties = partiesOf(db, order);
    if (!parties)
        return parties.error();
    const Parties& p = *parties;
    const qint64 bastDate = qint64(order.data.value(QStringLiteral("bastDate")).toDouble());
    QString html = header(p);
    html +=
        QStringLiteral("<h3 align='center'>BERITA ACARA SERAH TERIMA BARANG<br><small>Nomor: %1</small></h3>")
            .arg(esc(order.bastNumber));
    html += QStringLiteral("<p>Pada tanggal %1, yang bertanda tangan di bawah ini:</p>"
                           "<p>1. <b>%2</b>, penyedia (NPWP %3), sebagai PIHAK PERTAMA;<br>"
                           "2. <b>%4</b>, Pejabat Pembuat Komitmen %5, sebagai PIHAK KEDUA.</p>")
                .arg(date(bastDate), esc(p.vendor.name), esc(p.vendor.npwp),
                     esc(p.ppkName.isEmpty() ? QStringLiteral("……………") : p.ppkName), esc(p.unit));
    html +=
        QStringLiteral("<p>PIHAK PERTAMA menyerahkan dan PIHAK KEDUA menerima barang sesuai Surat Pesanan "
                       "Nomor %1 (paket <b>%2</b>) sebagai berikut:</p>")
            .arg(esc(order.contractNumber), esc(order.title));
    html += itemsTable(order);
    html += QStringLiteral("<p>Barang telah diperiksa dan diterima dalam keadaan baik dan lengkap.</p>");
    html +=
        signatureBlock(QStringLiteral("PIHAK PERTAMA,"), p.vendor.name, QStringLiteral("PIHAK KEDUA,"), p);
    return render(html, QStringLiteral("BAST %1").arg(order.bastNumber));
}

Status OrderDocuments::save(const QByteArray& pdf, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit())
        return Error(tr("Tidak dapat menyimpan %1: %2").arg(path, f.errorString()), Error::Code::Io);
    return {};
}

} // namespace lontar::catalogue
