#include "records/OutgoingRender.h"

#include "records/RecordsPolicies.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace lontar::records {

namespace {

// 720 dpi: ten device pixels per point, so positions convert to PDF points exactly.
constexpr int kDpi = 720;
constexpr double kPx = kDpi / 72.0;

double mm(double v)
{
    return v * 72.0 / 25.4 * kPx;
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Writes lines and blocks top to bottom, starting a new page when one does not fit.
class Flow
{
public:
    Flow(QPainter& painter, QPdfWriter& writer)
        : m_p(painter)
        , m_w(writer)
    {
        m_left = mm(25);
        m_right = writer.width() - mm(20);
        m_top = mm(15);
        m_bottom = writer.height() - mm(20);
        m_y = m_top;
    }

    double left() const { return m_left; }
    double right() const { return m_right; }
    double width() const { return m_right - m_left; }
    double y() const { return m_y; }
    int page() const { return m_page; }
    void skip(double points) { m_y += points * kPx; }

    void ensure(double heightPx)
    {
        if (m_y + heightPx > m_bottom && m_y > m_top) {
            m_w.newPage();
            ++m_page;
            m_y = m_top;
        }
    }

    double measure(const QString& text, const QFont& f, double x0, double x1, int flags)
    {
        m_p.setFont(f);
        return m_p.boundingRect(QRectF(x0, 0, x1 - x0, 1e7), flags | Qt::TextWordWrap, text).height();
    }

    // A block of text between x0 and x1 at the current line; returns its height (px) and advances.
    double text(const QString& text, const QFont& f, double x0, double x1, int flags = Qt::AlignLeft,
                bool advance = true)
    {
        const double h = measure(text, f, x0, x1, flags);
        ensure(h);
        m_p.setFont(f);
        m_p.drawText(QRectF(x0, m_y, x1 - x0, h), flags | Qt::TextWordWrap, text);
        if (advance)
            m_y += h;
        return h;
    }

    // "Label : value" rows with the colon in one column.
    void field(const QString& label, const QString& value, const QFont& f, double labelWidth)
    {
        const double colon = m_left + labelWidth;
        const double h = measure(value, f, colon + 12 * kPx, m_right, Qt::AlignLeft);
        ensure(h);
        text(label, f, m_left, colon, Qt::AlignLeft, false);
        text(QStringLiteral(":"), f, colon, colon + 12 * kPx, Qt::AlignLeft, false);
        text(value, f, colon + 12 * kPx, m_right, Qt::AlignLeft, true);
        Q_UNUSED(h);
    }

    void rule(double widthPoints)
    {
        m_p.setPen(QPen(Qt::black, widthPoints * kPx));
        m_p.drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        m_p.setPen(QPen(Qt::black));
    }

    QPainter& painter() { return m_p; }

private:
    QPainter& m_p;
    QPdfWriter& m_w;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

QString orDots(const QString& s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("…………………") : s;
}

} // namespace

QString indonesianDate(const QDate& date)
{
    static const char* const kMonths[] = {
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Januari"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Februari"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Maret"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "April"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Mei"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Juni"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Juli"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Agustus"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "September"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Oktober"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "November"),
        QT_TRANSLATE_NOOP("lontar::records::OutgoingRenderer", "Desember"),
    };
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QCoreApplication::translate("lontar::records::OutgoingRenderer", kMonths[date.month() - 1]))
        .arg(date.year());
}

Result<RenderedLetter> OutgoingRenderer::render(const OutgoingLetter& l, const Letterhead& head)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RenderedLetter out;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(l.hal);
        writer.setCreator(QStringLiteral("Lontar naskah dinas"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(tr("Tidak dapat membuat PDF naskah"), Error::Code::Io);
        Flow flow(painter, writer);
        const QFont body = font(11);
        const double lineGap = 4;

        // Kop: the regency, the unit, its address, and the double rule under it.
        flow.text(head.regency.toUpper(), font(13, true), flow.left(), flow.right(), Qt::AlignHCenter);
        flow.text(head.unitName.toUpper(), font(15, true), flow.left(), flow.right(), Qt::AlignHCenter);
        if (!head.address.isEmpty())
            flow.text(head.address, font(9), flow.left(), flow.right(), Qt::AlignHCenter);
        flow.skip(4);
        flow.rule(2);
        flow.skip(3);
        flow.rule(0.6);
        flow.skip(14);

        const QDate date = QDate::fromString(l.letterDate, Qt::ISODate);
        const QString dateText = date.isValid() ? indonesianDate(date) : QStringLiteral("……………… ");
        const QString placeDate = QStringLiteral("%1, %2").arg(orDots(l.place), dateText);
        const QString nomor = l.nomor.isEmpty() ? tr("…… (diberikan saat ditandatangani)") : l.nomor;
        const double half = flow.left() + flow.width() * 0.55;

        if (l.templateKey == QLatin1String("nota_dinas")) {
            flow.text(tr("NOTA DINAS"), font(13, true), flow.left(), flow.right(), Qt::AlignHCenter);
            flow.text(tr("NOMOR %1").arg(nomor), body, flow.left(), flow.right(), Qt::AlignHCenter);
            flow.skip(10);
            const double w = 90 * kPx;
            flow.field(tr("Yth."), l.tujuan.join(QStringLiteral("; ")), body, w);
            flow.field(tr("Dari"), l.signerPosition, body, w);
            if (!l.tembusan.isEmpty())
                flow.field(tr("Tembusan"), l.tembusan.join(QStringLiteral("; ")), body, w);
            flow.field(tr("Tanggal"), dateText, body, w);
            flow.field(tr("Sifat"), sifatDisplayName(l.sifat), body, w);
            flow.field(tr("Lampiran"), l.lampiran.isEmpty() ? QStringLiteral("-") : l.lampiran, body, w);
            flow.field(tr("Hal"), l.hal, body, w);
            flow.skip(4);
            flow.rule(0.8);
            flow.skip(10);
        } else {
            flow.text(placeDate, body, half, flow.right(), Qt::AlignLeft);
            flow.skip(8);
            const double w = 60 * kPx;
            flow.field(tr("Nomor"), nomor, body, w);
            flow.field(tr("Sifat"), sifatDisplayName(l.sifat), body, w);
            flow.field(tr("Lampiran"), l.lampiran.isEmpty() ? QStringLiteral("-") : l.lampiran, body, w);
            flow.field(tr("Hal"), l.hal, body, w);
            flow.skip(14);
            flow.text(tr("Yth."), body, flow.left(), flow.right());
            for (int i = 0; i < l.tujuan.size(); ++i) {
                const QString line =
                    l.tujuan.size() > 1 ? QStringLiteral("%1. %2").arg(i + 1).arg(l.tujuan[i]) : l.tujuan[i];
                flow.text(line, body, flow.left() + 12 * kPx, flow.right());
            }
            flow.text(tr("di"), body, flow.left(), flow.right());
            flow.text(tr("Tempat"), body, flow.left() + 24 * kPx, flow.right());
            flow.skip(14);
        }

        for (const QString& paragraph : l.paragraphs()) {
            flow.text(paragraph, body, flow.left(), flow.right(), Qt::AlignJustify);
            flow.skip(lineGap * 2);
        }
        flow.skip(10);

        // The signature block on the right half, kept on one page with its box.
        const QString jabatan = orDots(l.signerPosition) + QLatin1Char(',');
        const QFont bold = font(11, true);
        const double blockHeight = flow.measure(jabatan, body, half, flow.right(), Qt::AlignHCenter) +
                                   (OutgoingRenderer::kStampHeight + 8) * kPx +
                                   2 * flow.measure(QStringLiteral("X"), body, half, flow.right(), 0);
        flow.ensure(blockHeight);
        flow.text(jabatan, body, half, flow.right(), Qt::AlignHCenter);
        flow.skip(4);
        const double boxWidth = OutgoingRenderer::kStampWidth * kPx;
        const double boxX = half + ((flow.right() - half) - boxWidth) / 2;
        const QRectF box(boxX, flow.y(), boxWidth, OutgoingRenderer::kStampHeight * kPx);
        if (l.nomor.isEmpty()) {
            // A draft shows where the stamp will land; the final letter leaves the box empty for it.
            painter.setPen(QPen(QColor(150, 150, 150), 0.8 * kPx, Qt::DashLine));
            painter.drawRect(box);
            painter.setPen(QColor(120, 120, 120));
            painter.setFont(font(8));
            painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, tr("Tempat tanda tangan elektronik"));
            painter.setPen(QPen(Qt::black));
        }
        out.signaturePage = flow.page();
        const double pageHeightPoints = writer.height() / kPx;
        out.signatureBox = QRectF(box.x() / kPx, pageHeightPoints - box.bottom() / kPx, box.width() / kPx,
                                  box.height() / kPx);
        flow.skip(OutgoingRenderer::kStampHeight + 4);
        flow.text(orDots(l.signerName), bold, half, flow.right(), Qt::AlignHCenter);
        if (!l.signerNip.isEmpty())
            flow.text(tr("NIP. %1").arg(l.signerNip), body, half, flow.right(), Qt::AlignHCenter);

        if (!l.tembusan.isEmpty() && l.templateKey != QLatin1String("nota_dinas")) {
            flow.skip(16);
            const QFont small = font(10);
            flow.text(tr("Tembusan:"), small, flow.left(), flow.right());
            for (int i = 0; i < l.tembusan.size(); ++i)
                flow.text(QStringLiteral("%1. %2").arg(i + 1).arg(l.tembusan[i]), small, flow.left(),
                          flow.right());
        }
        out.pageCount = flow.page();
        painter.end();
    }
    out.pdf = buffer.data();
    if (out.pdf.isEmpty())
        return Error(tr("Tidak dapat membuat PDF naskah"), Error::Code::Io);
    return out;
}

} // namespace lontar::records
