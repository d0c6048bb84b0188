#include "shell/SyncStatusWidget.h"

#include "shell/SyncModels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

namespace lontar {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    refresh();
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusWidget::setStatus(const SyncStatusView& status)
{
    m_status = status;
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::refresh()
{
    QString icon = QStringLiteral("sync-off");
    QString text;
    const QString last = m_status.lastSync.isValid()
                             ? SyncText::timeText(m_status.lastSync.toMSecsSinceEpoch())
                             : tr("belum pernah");
    switch (m_status.state) {
    case SyncStatusView::State::NotConfigured:
        text = tr("Sinkronisasi belum dikonfigurasi");
        break;
    case SyncStatusView::State::Offline:
        text = m_status.pendingChanges > 0
                   ? tr("Luring — %n perubahan menunggu", nullptr, m_status.pendingChanges)
                   : tr("Luring — semua perubahan terkirim");
        break;
    case SyncStatusView::State::Online:
        icon = QStringLiteral("sync-ok");
        text = m_status.pendingChanges > 0
                   ? tr("Daring — %n perubahan menunggu", nullptr, m_status.pendingChanges)
                   : tr("Daring — tersinkron %1").arg(last);
        break;
    case SyncStatusView::State::Syncing:
        icon = QStringLiteral("sync-ok");
        text = m_status.pendingChanges > 0
                   ? tr("Menyinkronkan… (%n perubahan menunggu)", nullptr, m_status.pendingChanges)
                   : tr("Menyinkronkan…");
        break;
    case SyncStatusView::State::Error:
        icon = QStringLiteral("sync-error");
        text = tr("Sinkronisasi gagal: %1").arg(m_status.lastError);
        break;
    }
    m_icon->setPixmap(
        QIcon(QStringLiteral(":/lontar/icons/") + icon + QStringLiteral(".svg")).pixmap(16, 16));
    m_label->setText(text);
    // The status bar sizes permanent widgets from their hint: without this a longer text is cut off.
    m_label->updateGeometry();
    updateGeometry();
    setToolTip(tr("Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.").arg(last));
}

} // namespace lontar
