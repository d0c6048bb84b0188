#include "attendance/RecapExport.h"

#include "core/OfficeTime.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace lontar::attendance {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lontar::attendance::RecapExport", text);
}

QString percent(double v)
{
    return QString::number(v, 'f', 2); // QString::number ignores the locale: always a dot
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString recapCsvHeader()
{
    return QStringLiteral("nip,name,unit,work_days,present,tl1,tl2,tl3,tl4,psw1,psw2,psw3,psw4,absent,leave,"
                          "deduction_percent,unit_code,provisional_days");
}

QByteArray recapCsv(const QList<RecapRow>& rows)
{
    QString out = recapCsvHeader() + QStringLiteral("\r\n");
    for (const RecapRow& r : rows) {
        QStringList f{csvField(r.nip), csvField(r.name), csvField(r.unitName), QString::number(r.workDays),
                      QString::number(r.present)};
        for (int i = 0; i < 4; ++i)
            f.append(QString::number(r.tl[i]));
        for (int i = 0; i < 4; ++i)
            f.append(QString::number(r.psw[i]));
        f << QString::number(r.absent) << QString::number(r.leave) << percent(r.deductionPercent)
          << csvField(r.unitCode) << QString::number(r.provisionalDays);
        out += f.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray recapJson(const QList<RecapRow>& rows)
{
    QJsonArray a;
    for (const RecapRow& r : rows) {
        QJsonObject o{{QStringLiteral("nip"), r.nip},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("unit"), r.unitName},
                      {QStringLiteral("unit_code"), r.unitCode},
                      {QStringLiteral("user_id"), r.userId},
                      {QStringLiteral("work_days"), r.workDays},
                      {QStringLiteral("present"), r.present},
                      {QStringLiteral("absent"), r.absent},
                      {QStringLiteral("leave"), r.leave},
                      {QStringLiteral("provisional_days"), r.provisionalDays},
                      {QStringLiteral("deduction_percent"), r.deductionPercent}};
        for (int i = 0; i < 4; ++i) {
            o.insert(QStringLiteral("tl%1").arg(i + 1), r.tl[i]);
            o.insert(QStringLiteral("psw%1").arg(i + 1), r.psw[i]);
        }
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

Status writeRecapPdf(const QList<RecapRow>& rows, const RecapPdfInfo& info, const QString& path)
{
    QString html = QStringLiteral("<p align='center'><b>%1</b><br>%2</p>")
                       .arg(esc(info.regency.toUpper()), esc(info.unitName.toUpper()));
    html += QStringLiteral("<h3 align='center'>%1<br><small>%2</small></h3>")
                .arg(esc(tr("REKAPITULASI KEHADIRAN PEGAWAI")), esc(tr("Periode %1").arg(info.period)));
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                           "style='border-collapse:collapse'><tr style='background:#e8f3f1'>");
    const QStringList heads{tr("No"),   tr("NIP"),  tr("Nama"), tr("Unit"), tr("HK"),          tr("Hadir"),
                            tr("TL1"),  tr("TL2"),  tr("TL3"),  tr("TL4"),  tr("PSW1"),        tr("PSW2"),
                            tr("PSW3"), tr("PSW4"), tr("TK"),   tr("Cuti"), tr("Potongan (%)")};
    for (const QString& h : heads)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    RecapRow total;
    int provisional = 0;
    int n = 0;
    auto cell = [](const QString& v, bool right = true) {
        return right ? QStringLiteral("<td align='right'>%1</td>").arg(v)
                     : QStringLiteral("<td>%1</td>").arg(v);
    };
    for (const RecapRow& r : rows) {
        html += QStringLiteral("<tr>") + cell(QString::number(++n)) + cell(esc(r.nip), false) +
                cell(esc(r.name) + (r.provisionalDays ? QStringLiteral(" *") : QString()), false) +
                cell(esc(r.unitCode), false) + cell(QString::number(r.workDays)) +
                cell(QString::number(r.present));
        for (int i = 0; i < 4; ++i)
            html += cell(QString::number(r.tl[i]));
        for (int i = 0; i < 4; ++i)
            html += cell(QString::number(r.psw[i]));
        html += cell(QString::number(r.absent)) + cell(QString::number(r.leave)) +
                cell(percent(r.deductionPercent).replace(QLatin1Char('.'), QLatin1Char(','))) +
                QStringLiteral("</tr>");
        total.workDays += r.workDays;
        total.present += r.present;
        for (int i = 0; i < 4; ++i) {
            total.tl[i] += r.tl[i];
            total.psw[i] += r.psw[i];
        }
        total.absent += r.absent;
        total.leave += r.leave;
        provisional += r.provisionalDays ? 1 : 0;
    }
    html += QStringLiteral("<tr style='background:#f2f2f2'><td colspan='4' align='right'><b>%1</b></td>")
                .arg(esc(tr("Jumlah (%1 pegawai)").arg(rows.size())));
    html += cell(QString::number(total.workDays)) + cell(QString::number(total.present));
    for (int i = 0; i < 4; ++i)
        html += cell(QString::number(total.tl[i]));
    for (int i = 0; i < 4; ++i)
        html += cell(QString::number(total.psw[i]));
    html += cell(QString::number(total.absent)) + cell(QString::number(total.leave)) + cell(QString()) +
            QStringLiteral("</tr></table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr(
                    "HK = hari kerja, TL = terlambat, PSW = pulang sebelum waktunya, TK = tanpa keterangan. "
                    "Potongan TPP dalam persen, paling banyak sesuai batas bulanan.")));
    if (provisional)
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(
                        tr("* Data %1 pegawai masih sementara: ada perangkat yang belum sinkron setelah hari "
                           "itu berakhir.")
                            .arg(provisional)));
    // Month names in Indonesian whatever the machine's locale: this is an official report.
    const QString zone = info.timeZone.isEmpty() ? QStringLiteral("Asia/Jakarta") : info.timeZone;
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(info.generatedAtMs, Qt::UTC);
    const QDateTime local = moment.toTimeZone(QTimeZone(zone.toUtf8()));
    const QString generatedAt =
        QStringLiteral("%1 %2 %3 %4")
            .arg(local.date().day())
            .arg(periodName(local.date().year(), local.date().month()),
                 local.time().toString(QStringLiteral("HH.mm")), zoneAbbreviation(zone, moment));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Dibuat oleh %1 pada %2").arg(info.generatedBy, generatedAt)));
    // The signature block: room for the TTE stamp placed on the anchor.
    html += QStringLiteral("<table width='100%'><tr><td width='60%'></td><td width='40%' align='center'>"
                           "%1<br><br>%2<br><br><br><b>%3</b><br>%4</td></tr></table>")
                .arg(esc(tr("Mengetahui, %1").arg(info.signerTitle)), recapSignatureAnchor(),
                     esc(info.signerName.isEmpty() ? QStringLiteral("……………………") : info.signerName),
                     esc(tr("NIP. %1").arg(info.signerNip.isEmpty() ? QStringLiteral("……………………")
                                                                    : info.signerNip)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Tidak dapat menyimpan %1: %2").arg(path, file.errorString()), Error::Code::Io);
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Rekapitulasi kehadiran %1").arg(info.period));
        writer.setCreator(QStringLiteral("Lontar absensi"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        // Laid out in the writer's own units on the printable area and painted page by page (as the
        // catalogue's documents): QTextDocument::print would add margins of its own.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(
            QStringLiteral("body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; }"));
        doc.setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        doc.setPageSize(page);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(tr("Tidak dapat membuat PDF"), Error::Code::Io);
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
    if (!file.commit())
        return Error(tr("Tidak dapat menyimpan %1: %2").arg(path, file.errorString()), Error::Code::Io);
    return {};
}

} // namespace lontar::attendance
