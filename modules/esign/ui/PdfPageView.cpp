#include "esign/ui/PdfPageView.h"

#include "shell/Theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace lontar::esign {

PdfPageView::PdfPageView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stampOverlay"));
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
}

QSize PdfPageView::sizeHint() const
{
    return m_image.isNull() ? QSize(420, 594) : m_image.size();
}

void PdfPageView::setPage(const QImage& image, QSizeF pageSizePoints)
{
    m_image = image;
    m_pageSize = pageSizePoints;
    setFixedSize(image.size());
    update();
}

QRectF PdfPageView::stampRectPoints() const
{
    if (m_stamp.isEmpty() || m_image.isNull())
        return {};
    const double s = double(m_image.width()) / m_pageSize.width();
    return QRectF(m_stamp.left() / s, m_pageSize.height() - (m_stamp.bottom() + 1) / s, m_stamp.width() / s,
                  m_stamp.height() / s);
}

void PdfPageView::setStampRectPoints(const QRectF& r)
{
    if (m_image.isNull())
        return;
    const double s = double(m_image.width()) / m_pageSize.width();
    m_stamp = QRect(int(r.left() * s), int((m_pageSize.height() - r.top() - r.height()) * s),
                    int(r.width() * s), int(r.height() * s));
    update();
}

void PdfPageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xdd, 0xe5, 0xe3));
    p.drawImage(0, 0, m_image);
    if (!m_stamp.isEmpty()) {
        p.fillRect(m_stamp, QColor(15, 94, 86, 40));
        p.setPen(QPen(QColor(QLatin1String(Theme::kPrimary)), 2, Qt::DashLine));
        p.drawRect(m_stamp.adjusted(0, 0, -1, -1));
        p.setPen(QColor(QLatin1String(Theme::kPrimaryDark)));
        QFont f = font();
        f.setPointSizeF(8);
        p.setFont(f);
        p.drawText(m_stamp.adjusted(6, 4, -4, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("QR  Ditandatangani secara elektronik"));
    }
}

void PdfPageView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_stamp.contains(pos)) {
        m_moving = true;
        m_grabOffset = pos - m_stamp.topLeft();
    } else {
        m_drawing = true;
        m_dragStart = pos;
        m_stamp = QRect(pos, QSize(1, 1));
    }
}

void PdfPageView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_moving) {
        QRect moved = m_stamp;
        moved.moveTopLeft(pos - m_grabOffset);
        // Keep the stamp on the page.
        moved.moveLeft(std::clamp(moved.left(), 0, std::max(0, width() - moved.width())));
        moved.moveTop(std::clamp(moved.top(), 0, std::max(0, height() - moved.height())));
        m_stamp = moved;
    } else if (m_drawing) {
        m_stamp = QRect(m_dragStart, pos).normalized().intersected(rect());
    }
    update();
}

void PdfPageView::mouseReleaseEvent(QMouseEvent* event)
{
    mouseMoveEvent(event);
    m_moving = m_drawing = false;
}

} // namespace lontar::esign
