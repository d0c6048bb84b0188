#include "records/DisposalDocuments.h"

#include "records/Retention.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTextDocument>

namespace lontar::records {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QDate dayOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date() : QDate::currentDate();
}

QString unitName(Database& db, const QString& unitId)
{
    auto name = db.scalar(QStringLiteral("SELECT name FROM org_units WHERE id = ?"), {unitId});
    return name && name->isValid() ? name->toString() : QString();
}

QString table(const QList<DisposalLine>& lines)
{
    QString html =
        QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                       "style='border-collapse: collapse'>"
                       "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
            .arg(DisposalDocuments::tr("No"), DisposalDocuments::tr("Kode"),
                 DisposalDocuments::tr("Uraian berkas"), DisposalDocuments::tr("Kurun waktu"),
                 DisposalDocuments::tr("Jumlah"), DisposalDocuments::tr("Keterangan"));
    for (const DisposalLine& l : lines)
        html +=
            QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td align='center'>%4</td>"
                           "<td align='center'>%5</td><td>%6</td></tr>")
                .arg(l.no)
                .arg(esc(l.code), esc(l.title), esc(l.period),
                     DisposalDocuments::tr("%n naskah", nullptr, l.letters), esc(l.note));
    return html + QStringLiteral("</table>");
}

Result<QByteArray> render(const QString& html, const QString& title)
{
    QByteArray out;
    QBuffer buffer(&out);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error(DisposalDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lontar kearsipan"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
        // Laid out in the writer's units on the printable area and painted page by page (as the
        // catalogue's documents): QTextDocument::print would add margins of its own.
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
            return Error(DisposalDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
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
        return Error(DisposalDocuments::tr("Tidak dapat membuat PDF"), Error::Code::Io);
    return out;
}

QString regencyName(Database& db)
{
    auto name =
        db.scalar(QStringLiteral("SELECT name FROM org_units WHERE parent_id IS NULL ORDER BY code LIMIT 1"));
    return name && name->isValid() ? name->toString().toUpper() : QString();
}

} // namespace

Result<QList<DisposalLine>> DisposalDocuments::lines(Database& db, const DisposalProposal& proposal)
{
    QList<DisposalLine> out;
    Instruments instruments(db);
    for (const QString& id : proposal.fileIds) {
        auto q =
            db.exec(QStringLiteral("SELECT code, title, opened_on, closed_on, event_date, "
                                   "(SELECT COUNT(*) FROM rec_letters l WHERE l.file_id = f.id), "
                                   "(SELECT MIN(received_date) FROM rec_letters l WHERE l.file_id = f.id), "
                                   "(SELECT MAX(received_date) FROM rec_letters l WHERE l.file_id = f.id) "
                                   "FROM rec_files f WHERE id = ?"),
                    {id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(tr("Berkas dalam daftar belum ada di perangkat ini; sinkronkan dahulu"),
                         Error::Code::NotFound);
        DisposalLine l;
        l.no = int(out.size()) + 1;
        l.code = q->value(0).toString();
        l.title = q->value(1).toString();
        const QDate opened = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        const QDate closed = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        const int from = opened.year();
        const int to = closed.isValid() ? closed.year() : from;
        l.period = from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
        l.letters = q->value(5).toInt();
        auto rule = instruments.retentionFor(l.code);
        if (!rule)
            return rule.error();
        const RetentionDates dates =
            computeRetention(*rule, closed, QDate::fromString(q->value(4).toString(), Qt::ISODate));
        l.note = *rule ? tr("JRA %1: %2 th aktif, %3 th inaktif, %4; retensi berakhir %5")
                             .arg((*rule)->code)
                             .arg((*rule)->activeYears)
                             .arg((*rule)->inactiveYears)
                             .arg(dispositionDisplayName((*rule)->disposition).toLower(),
                                  formatTanggal(dates.inactiveUntil))
                       : tr("tanpa JRA");
        out.append(l);
    }
    return out;
}

Result<QByteArray> DisposalDocuments::proposalPdf(Database& db, const DisposalProposal& proposal)
{
    auto rows = lines(db, proposal);
    if (!rows)
        return rows.error();
    const QString unit = unitName(db, proposal.fileUnitId);
    QString html = QStringLiteral("<p align='center'><b>%1</b><br><b>%2</b><br>%3</p>")
                       .arg(esc(regencyName(db)), tr("DAFTAR ARSIP USUL MUSNAH"), esc(unit));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Diusulkan oleh %1 pada %2.")
                     .arg(esc(proposal.proposedByName.isEmpty() ? tr("arsiparis") : proposal.proposedByName),
                          formatTanggal(dayOf(proposal.proposedAt))));
    html += table(*rows);
    if (!proposal.note.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Catatan:"), esc(proposal.note));
    html += QStringLiteral("<p>%1</p>").arg(tr("Jumlah: %n berkas.", nullptr, int(rows->size())));
    return render(html, tr("Daftar arsip usul musnah"));
}

Result<QByteArray> DisposalDocuments::beritaAcaraPdf(Database& db, const DisposalProposal& proposal)
{
    if (proposal.status != QLatin1String("dilaksanakan") && proposal.status != QLatin1String("disetujui"))
        return Error(tr("Berita acara dibuat untuk usul musnah yang sudah disetujui"),
                     Error::Code::InvalidInput);
    auto rows = lines(db, proposal);
    if (!rows)
        return rows.error();
    const QString unit = unitName(db, proposal.fileUnitId);
    const QDate day = dayOf(proposal.executedAt);
    const QString place = proposal.place.isEmpty() ? QStringLiteral("……………………") : proposal.place;
    const QString executor =
        proposal.executedByName.isEmpty() ? QStringLiteral("……………………") : proposal.executedByName;
    const QString approver =
        proposal.decidedByName.isEmpty() ? QStringLiteral("……………………") : proposal.decidedByName;
    QString html = QStringLiteral("<p align='center'><b>%1</b><br><b>%2</b></p>")
                       .arg(esc(regencyName(db)), tr("BERITA ACARA PEMUSNAHAN ARSIP"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Pada hari ini, tanggal %1, bertempat di %2, kami yang bertanda tangan di bawah ini:")
                         .arg(formatTanggal(day), esc(place)));
    html += QStringLiteral("<ol><li>%1</li><li>%2</li></ol>")
                .arg(tr("%1, arsiparis, selaku pelaksana pemusnahan;").arg(esc(executor)),
                     tr("%1, pimpinan %2, selaku pimpinan unit pencipta arsip yang menyetujui usul musnah;")
                         .arg(esc(approver), esc(unit)));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("telah melaksanakan pemusnahan arsip %1 sebanyak %n berkas sesuai Jadwal Retensi Arsip, "
                    "dengan cara pencacahan sehingga fisik dan informasinya tidak dapat dikenali lagi, "
                    "sebagaimana tercantum dalam daftar terlampir.",
                    nullptr, int(rows->size()))
                     .arg(esc(unit)));
    html +=
        QStringLiteral("<table width='100%'><tr><td width='50%' align='center'>%1<br><br><br><b>%2</b></td>"
                       "<td width='50%' align='center'>%3<br><br><br><b>%4</b></td></tr></table>")
            .arg(tr("Pelaksana"), esc(executor), tr("Pimpinan unit pencipta arsip"), esc(approver));
    html += QStringLiteral("<p style='page-break-before: always'><b>%1</b></p>")
                .arg(tr("Lampiran: daftar arsip yang dimusnahkan"));
    html += table(*rows);
    return render(html, tr("Berita acara pemusnahan arsip"));
}

} // namespace lontar::records
