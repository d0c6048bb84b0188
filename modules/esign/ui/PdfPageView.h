#pragma once

#include <QImage>
#include <QWidget>

namespace lontar::esign {

// A rendered PDF page on which the user drags the stamp's rectangle.
class PdfPageView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPageView(QWidget* parent = nullptr);
    void setPage(const QImage& image, QSizeF pageSizePoints);
    // The stamp in PDF user space (points, origin bottom-left), or empty when none was placed.
    QRectF stampRectPoints() const;
    void setStampRectPoints(const QRectF& rect);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QImage m_image;
    QSizeF m_pageSize;
    QRect m_stamp; // in image pixels
    QPoint m_dragStart;
    QPoint m_grabOffset;
    bool m_moving = false;
    bool m_drawing = false;
};

} // namespace lontar::esign
