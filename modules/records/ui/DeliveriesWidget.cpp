#include "records/ui/DeliveriesWidget.h"

#include "core/Identity.h"
#include "records/Letters.h"
#include "records/OutgoingDesk.h"
#include "records/RecordsPolicies.h"
#include "records/ui/LetterView.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/LettersPdfPreview.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

enum Column
{
    Hal,
    Nomor,
    FromUnit,
    Date,
    Sifat,
    Security,
    ColumnCount
};

} // namespace

DeliveriesWidget::DeliveriesWidget(RecordsSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_blobDir(session.context().profile.directory() + QStringLiteral("/blobs"))
{
    setObjectName(QStringLiteral("recordsDeliveries"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deliveriesList"));
    m_list->setHeaderLabels(
        {tr("Hal"), tr("Nomor naskah"), tr("Dari unit"), tr("Tanggal"), tr("Sifat"), tr("Keamanan")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    // The subject gets a fixed share the user can widen; the rest fit their contents.
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Hal, QHeaderView::Interactive);
    m_list->header()->resizeSection(Hal, 200);
    auto* empty = new QLabel(tr("Tidak ada kiriman naskah yang menunggu dicatat.\nNaskah keluar yang sudah "
                                "ditandatangani dan dikirim ke unit Anda muncul di sini setelah "
                                "sinkronisasi; pencatat surat lalu mencatatnya sebagai naskah masuk."),
                             this);
    empty->setObjectName(QStringLiteral("deliveriesEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(empty);

    auto* side = new QWidget(this);
    m_side = side;
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("deliveriesDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receive = new QPushButton(tr("Terima dan catat"), side);
    m_receive->setObjectName(QStringLiteral("deliveriesReceive"));
    m_receive->setToolTip(tr("Mencatat kiriman ini sebagai naskah masuk unit Anda dengan nomor agenda baru"));
    m_message = new QLabel(side);
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_preview = new LettersPdfPreview(m_blobDir, session.server(), side);
    m_preview->setObjectName(QStringLiteral("deliveriesPreview"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(m_receive, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 460});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_message->hide();
        showDelivery(item ? item->data(0, kIndexRole).toInt() : -1);
    });
    connect(m_receive, &QPushButton::clicked, this, [this] { (void)receiveSelected(); });
    reload();
}

bool DeliveriesWidget::mayReceive(const Delivery& d) const
{
    const Actor& a = m_session.actor();
    return a.user.hasRole(Role::Pencatat) && a.unitSubtree.contains(d.unitId);
}

void DeliveriesWidget::reload()
{
    LetterRegister letters(m_session.db(), m_session.audit(), m_session.actor());
    auto waiting = DeliveryDesk(letters, m_blobDir).waiting();
    const QString selected = m_current >= 0 ? m_deliveries.value(m_current).id : QString();
    m_deliveries.clear();
    if (!waiting) {
        showMessage(waiting.errorMessage(), true);
    } else {
        // A shared PC may hold rows of a class above the logged-in user's clearance: never listed.
        for (const Delivery& d : std::as_const(*waiting)) {
            if (int(d.securityClass) <= m_session.actor().clearance)
                m_deliveries.append(d);
        }
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_current = -1;
    QTreeWidgetItem* current = nullptr;
    for (int i = 0; i < m_deliveries.size(); ++i) {
        const Delivery& d = m_deliveries.at(i);
        auto* item = new QTreeWidgetItem(
            m_list, {d.hal, d.nomor, d.fromUnitName, LettersFormat::longDate(d.letterDate),
                     sifatDisplayName(d.sifat), securityClassDisplayName(d.securityClass)});
        item->setData(0, kIndexRole, i);
        item->setToolTip(Hal, d.hal);
        if (LettersFormat::hasBadge(d.securityClass)) {
            item->setBackground(Security, LettersFormat::badgeColor(d.securityClass));
            item->setForeground(Security, Qt::white);
            QFont bold = item->font(Security);
            bold.setBold(true);
            item->setFont(Security, bold);
        }
        if (d.id == selected)
            current = item;
    }
    m_stack->setCurrentIndex(m_deliveries.isEmpty() ? 1 : 0);
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    if (current)
        m_list->setCurrentItem(current);
    showDelivery(current ? current->data(0, kIndexRole).toInt() : -1);
    Q_EMIT countChanged(count());
}

bool DeliveriesWidget::select(const QString& deliveryId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (m_deliveries.value(item->data(0, kIndexRole).toInt()).id == deliveryId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void DeliveriesWidget::showDelivery(int index)
{
    m_current = index >= 0 && index < m_deliveries.size() ? index : -1;
    // Nothing waiting: the hint takes the whole width.
    m_side->setVisible(!m_deliveries.isEmpty());
    m_receive->setVisible(m_current >= 0);
    m_preview->setVisible(m_current >= 0);
    if (m_current < 0) {
        m_details->setText(m_deliveries.isEmpty() ? QString() : tr("Pilih kiriman untuk melihat naskahnya."));
        return;
    }
    const Delivery& d = m_deliveries.at(m_current);
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(esc(d.hal));
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color: gray; padding-right: 12px;'>%1</td><td>%2</td></tr>")
                    .arg(esc(label), esc(value.isEmpty() ? QStringLiteral("—") : value));
    };
    QString zone;
    if (auto unit = IdentityStore(m_session.db()).unitById(d.unitId))
        zone = unit->timeZone;
    row(tr("Nomor naskah"), d.nomor);
    row(tr("Tanggal naskah"), LettersFormat::longDate(d.letterDate));
    row(tr("Dari unit"), d.fromUnitName);
    row(tr("Penandatangan"),
        d.signerPosition.isEmpty() ? d.signerName : tr("%1 (%2)").arg(d.signerName, d.signerPosition));
    row(tr("Sifat"), sifatDisplayName(d.sifat));
    row(tr("Klasifikasi keamanan"), securityClassDisplayName(d.securityClass));
    row(tr("Dikirim"), LettersFormat::dateTime(d.sentAt, tr("menunggu sinkronisasi"), zone));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_receive->setEnabled(true);
    m_preview->showFile(d.fileSha256, 0);
}

void DeliveriesWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(error ? Theme::kError : Theme::kOk)));
    m_message->setVisible(!text.isEmpty());
}

Status DeliveriesWidget::receiveSelected()
{
    if (m_current < 0) {
        Error e(tr("Pilih kiriman naskah yang akan dicatat"), Error::Code::InvalidInput);
        showMessage(e.message, true);
        return e;
    }
    const Delivery d = m_deliveries.at(m_current);
    // Said before anything is tried: the policy would refuse it anyway, with a less helpful message.
    if (!mayReceive(d)) {
        Error e(tr("Hanya pencatat surat unit penerima yang dapat mencatat kiriman ini sebagai naskah masuk. "
                   "Mintalah pencatat surat unit Anda untuk mencatatnya."),
                Error::Code::Forbidden);
        showMessage(e.message, true);
        return e;
    }
    if (d.fileSha256.isEmpty() || !QFile::exists(QDir(m_blobDir).filePath(d.fileSha256))) {
        Error e(tr("Berkas PDF kiriman ini belum ada di perangkat ini. Pilih “Unduh berkas” pada pratinjau, "
                   "tunggu sampai halamannya tampil, lalu coba lagi."),
                Error::Code::NotFound);
        showMessage(e.message, true);
        return e;
    }
    LetterRegister letters(m_session.db(), m_session.audit(), m_session.actor());
    auto letter = DeliveryDesk(letters, m_blobDir).receive(d.id);
    if (!letter) {
        showMessage(tr("Kiriman tidak dicatat: %1").arg(letter.errorMessage()), true);
        return letter.error();
    }
    reload();
    showMessage(tr("Dicatat sebagai naskah masuk dengan nomor agenda %1.").arg(letter->agenda), false);
    Q_EMIT received(letter->id);
    // The new incoming letter opens, ready for its disposition.
    if (m_view)
        m_view->close();
    m_view = new LetterView(m_session, letter->id, this);
    m_view->setAttribute(Qt::WA_DeleteOnClose);
    m_view->show();
    return {};
}

} // namespace lontar::records
