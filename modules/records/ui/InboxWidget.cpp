#include "records/ui/InboxWidget.h"

#include "core/Identity.h"
#include "records/DispositionPolicy.h"
#include "records/RecordsPolicies.h"
#include "records/ui/DeliveriesWidget.h"
#include "records/ui/LettersFormat.h"
#include "records/ui/LettersPdfPreview.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString instructionList(const QStringList& keys)
{
    QStringList names;
    for (const QString& k : keys)
        names.append(dispositionInstructionName(k));
    return names.join(QStringLiteral(", "));
}

QLabel* emptyHint(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    return label;
}

QTreeWidget* makeList(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    // The subject gets a fixed share the user can widen; the rest fit their contents.
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->header()->resizeSection(0, 240);
    return list;
}

} // namespace

InboxWidget::InboxWidget(RecordsSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("recordsInbox"));
    if (auto unit = IdentityStore(session.db()).unitById(session.user().unitId))
        m_zone = unit->timeZone;

    auto* cards = new QHBoxLayout;
    cards->addWidget(countCard(QStringLiteral("inboxCountUnread"), tr("Disposisi belum dibaca"), &m_unread));
    cards->addWidget(
        countCard(QStringLiteral("inboxCountPending"), tr("Disposisi belum selesai"), &m_pending));
    cards->addWidget(
        countCard(QStringLiteral("inboxCountToDispose"), tr("Naskah menunggu disposisi"), &m_toDispose));
    cards->addWidget(countCard(QStringLiteral("inboxCountParaf"), tr("Menunggu paraf saya"), &m_paraf));
    cards->addWidget(
        countCard(QStringLiteral("inboxCountSignature"), tr("Menunggu tanda tangan saya"), &m_signature));
    m_deliveryCard = countCard(QStringLiteral("inboxCountDeliveries"), tr("Kiriman naskah menunggu dicatat"),
                               &m_deliveryCount);
    cards->addWidget(m_deliveryCard);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inboxTabs"));
    m_received = makeList(
        m_tabs, QStringLiteral("inboxReceived"),
        {tr("Perihal"), tr("Dari"), tr("Petunjuk"), tr("Batas waktu"), tr("Diterima"), tr("Status")});
    m_sent = makeList(m_tabs, QStringLiteral("inboxSent"),
                      {tr("Perihal"), tr("Kepada"), tr("Petunjuk"), tr("Dikirim"), tr("Status")});
    m_receivedStack = new QStackedWidget(m_tabs);
    m_receivedStack->addWidget(m_received);
    m_receivedStack->addWidget(
        emptyHint(tr("Belum ada disposisi untuk Anda.\nDisposisi dari atasan muncul di sini "
                     "setelah sinkronisasi dengan server."),
                  m_receivedStack, QStringLiteral("inboxReceivedEmpty")));
    m_sentStack = new QStackedWidget(m_tabs);
    m_sentStack->addWidget(m_sent);
    m_sentStack->addWidget(
        emptyHint(session.actor().isAtasan()
                      ? tr("Anda belum mengirim disposisi.\nBuka naskah masuk, lalu pilih \"Disposisikan…\".")
                      : tr("Hanya atasan yang mengirim disposisi."),
                  m_sentStack, QStringLiteral("inboxSentEmpty")));
    m_tabs->addTab(m_receivedStack, tr("Disposisi masuk"));
    m_tabs->addTab(m_sentStack, tr("Disposisi keluar"));
    m_deliveries = new DeliveriesWidget(session, m_tabs);
    m_tabs->addTab(m_deliveries, tr("Kiriman naskah"));
    connect(m_deliveries, &DeliveriesWidget::countChanged, this, &InboxWidget::showDeliveryCount);
    connect(m_deliveries, &DeliveriesWidget::received, this, [this] { Q_EMIT changed(); });
    showDeliveryCount(m_deliveries->count());
    // Deliveries arrive by sync: the list is read again whenever the user turns to it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The deliveries bring their own details and preview: the disposition details make room.
        const bool deliveries = m_tabs->widget(index) == m_deliveries;
        if (m_detailsBox)
            m_detailsBox->setVisible(!deliveries);
        if (deliveries)
            m_deliveries->reload();
    });

    // The details of the selected disposition, with what the user may do with it.
    auto* detailsBox = new QWidget(this);
    m_detailsBox = detailsBox;
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("inboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setText(tr("Pilih disposisi untuk melihat rinciannya."));
    auto* scroll = new QScrollArea(detailsBox);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_message = new QLabel(detailsBox);
    m_message->setObjectName(QStringLiteral("inboxMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_file = new QPushButton(tr("Lihat berkas naskah"), detailsBox);
    m_file->setObjectName(QStringLiteral("inboxViewFile"));
    m_followUp = new QPushButton(tr("Catat tindak lanjut…"), detailsBox);
    m_followUp->setObjectName(QStringLiteral("inboxFollowUp"));
    m_done = new QPushButton(tr("Tandai selesai"), detailsBox);
    m_done->setObjectName(QStringLiteral("inboxDone"));
    m_pass = new QPushButton(tr("Teruskan ke bawahan…"), detailsBox);
    m_pass->setObjectName(QStringLiteral("inboxPassOn"));
    m_cancel = new QPushButton(tr("Batalkan disposisi"), detailsBox);
    m_cancel->setObjectName(QStringLiteral("inboxCancel"));
    auto* actions = new QGridLayout;
    actions->addWidget(m_file, 0, 0);
    actions->addWidget(m_followUp, 0, 1);
    actions->addWidget(m_done, 1, 0);
    actions->addWidget(m_pass, 1, 1);
    actions->addWidget(m_cancel, 2, 0);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(scroll, 1);
    detailsLayout->addWidget(m_message);
    detailsLayout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 480});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(splitter, 1);

    const auto openCurrent = [this](QTreeWidgetItem* item) {
        if (item)
            open(item->data(0, kIdRole).toString());
    };
    connect(m_received, &QTreeWidget::currentItemChanged, this, openCurrent);
    connect(m_sent, &QTreeWidget::currentItemChanged, this, openCurrent);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        act(DispositionDesk(m_session.db(), m_session.audit(), m_session.actor()).cancel(m_current.id));
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        act(DispositionDesk(m_session.db(), m_session.audit(), m_session.actor()).markDone(m_current.id));
    });
    connect(m_followUp, &QPushButton::clicked, this, &InboxWidget::addFollowUp);
    connect(m_file, &QPushButton::clicked, this, &InboxWidget::viewFile);
    connect(m_pass, &QPushButton::clicked, this, [this] {
        if (openDispositionDialog(m_session, m_current.letterId, this))
            act(Status());
    });
    reload();
}

QWidget* InboxWidget::countCard(const QString& objectName, const QString& caption, QLabel** value)
{
    auto* card = new QFrame(this);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    auto* number = new QLabel(QStringLiteral("0"), card);
    number->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    auto* text = new QLabel(caption, card);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(card);
    layout->addWidget(number);
    layout->addWidget(text);
    *value = number;
    return card;
}

// Lists show the date only, so every column fits; the details show the time as well.
static QString day(qint64 ms)
{
    return ms <= 0 ? InboxWidget::tr("menunggu sinkronisasi")
                   : LettersFormat::longDate(QDateTime::fromMSecsSinceEpoch(ms).date());
}

QString InboxWidget::when(qint64 ms) const
{
    return LettersFormat::dateTime(ms, tr("menunggu sinkronisasi"), m_zone);
}

void InboxWidget::reload()
{
    DispositionDesk desk(m_session.db(), m_session.audit(), m_session.actor());
    auto box = desk.inbox(m_session.user().id);
    if (!box) {
        m_message->setText(box.errorMessage());
        m_message->show();
        return;
    }
    m_unread->setText(QString::number(box->counts.unreadDispositions));
    m_pending->setText(QString::number(box->counts.pendingDispositions));
    m_toDispose->setText(QString::number(box->counts.lettersToDispose));
    m_paraf->setText(QString::number(box->counts.waitingParaf));
    m_signature->setText(QString::number(box->counts.waitingSignature));
    fillReceived(box->received);
    fillSent(box->sent);
    if (!m_current.id.isEmpty()) {
        if (auto d = desk.disposition(m_current.id))
            showDetails(*d);
    } else {
        showDetails(Disposition{});
    }
}

void InboxWidget::showDeliveryCount(int count)
{
    m_deliveryCount->setText(QString::number(count));
    // The pencatat's queue: others see the card only when something is waiting for their unit.
    m_deliveryCard->setVisible(count > 0 || m_session.actor().user.hasRole(Role::Pencatat));
    m_tabs->setTabText(m_tabs->indexOf(m_deliveries),
                       count > 0 ? tr("Kiriman naskah (%1)").arg(count) : tr("Kiriman naskah"));
}

void InboxWidget::fillReceived(const QList<Disposition>& list)
{
    const QSignalBlocker block(m_received);
    m_received->clear();
    const QDate today = QDate::currentDate();
    for (const Disposition& d : list) {
        QString state = d.cancelled     ? tr("Dibatalkan pengirim")
                        : d.done        ? tr("Selesai")
                        : d.readAt == 0 ? tr("Belum dibaca")
                                        : tr("Dibaca");
        if (d.isOverdue(today))
            state = tr("Lewat batas waktu");
        auto* item = new QTreeWidgetItem(m_received,
                                         {d.perihal, d.fromName, instructionList(d.instructions),
                                          d.dueDate.isValid() ? LettersFormat::longDate(d.dueDate) : tr("—"),
                                          when(d.createdAt), state});
        item->setData(0, kIdRole, d.id);
        item->setToolTip(0, d.perihal);
        if (d.isUnread()) {
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < m_received->columnCount(); ++c)
                item->setFont(c, f);
        }
        if (d.cancelled) {
            for (int c = 0; c < m_received->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        } else if (d.isOverdue(today)) {
            item->setForeground(5, QColor(0xb3, 0x26, 0x1e));
        }
        if (d.id == m_current.id)
            m_received->setCurrentItem(item);
    }
    m_receivedStack->setCurrentIndex(list.isEmpty() ? 1 : 0);
}

void InboxWidget::fillSent(const QList<Disposition>& list)
{
    const QSignalBlocker block(m_sent);
    m_sent->clear();
    for (const Disposition& d : list) {
        const QString state = d.cancelled     ? tr("Dibatalkan")
                              : d.done        ? tr("Selesai")
                              : d.readAt == 0 ? tr("Belum dibaca")
                                              : tr("Dibaca %1").arg(day(d.readAt));
        auto* item = new QTreeWidgetItem(
            m_sent, {d.perihal, d.toName, instructionList(d.instructions), day(d.createdAt), state});
        item->setData(0, kIdRole, d.id);
        item->setToolTip(0, d.perihal);
        if (d.id == m_current.id)
            m_sent->setCurrentItem(item);
    }
    m_sentStack->setCurrentIndex(list.isEmpty() ? 1 : 0);
}

void InboxWidget::open(const QString& dispositionId)
{
    DispositionDesk desk(m_session.db(), m_session.audit(), m_session.actor());
    m_message->hide();
    // Opening is reading: the recipient's read time is stamped (once; the server's clock decides).
    if (Status s = desk.markRead(dispositionId); !s) {
        m_message->setText(s.errorMessage());
        m_message->show();
    }
    auto d = desk.disposition(dispositionId);
    if (!d)
        return;
    m_current = *d;
    reload();
    Q_EMIT changed();
}

void InboxWidget::showDetails(const Disposition& d)
{
    const bool any = !d.id.isEmpty();
    const bool mine = any && d.toUserId == m_session.user().id;
    const bool sentByMe = any && d.fromUserId == m_session.user().id;
    m_file->setVisible(any && !d.fileSha256.isEmpty());
    m_followUp->setVisible(mine);
    m_done->setVisible(mine);
    m_pass->setVisible(mine && m_session.actor().isAtasan());
    m_cancel->setVisible(sentByMe);
    m_followUp->setEnabled(mine && !d.cancelled);
    m_done->setEnabled(mine && d.isPending());
    m_pass->setEnabled(mine && !d.cancelled);
    m_cancel->setEnabled(sentByMe && !d.cancelled && d.readAt == 0);
    m_cancel->setToolTip(sentByMe && d.readAt != 0 ? tr("Disposisi yang sudah dibaca tidak dapat dibatalkan")
                                                   : QString());
    if (!any) {
        m_details->setText(tr("Pilih disposisi untuk melihat rinciannya."));
        return;
    }
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(d.perihal));
    html += QStringLiteral("<table cellspacing='4'>");
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color: gray; padding-right: 12px;'>%1</td><td>%2</td></tr>")
                    .arg(esc(label), esc(value.isEmpty() ? tr("—") : value));
    };
    row(tr("Nomor agenda"), d.agenda);
    row(tr("Nomor naskah"), d.nomor);
    row(tr("Pengirim naskah"), d.pengirim);
    row(tr("Tanggal naskah"), LettersFormat::longDate(d.tanggal));
    row(tr("Sifat"), sifatDisplayName(d.sifat));
    row(tr("Klasifikasi keamanan"), securityClassDisplayName(d.securityClass));
    row(tr("Disposisi dari"), d.fromName);
    row(tr("Kepada"), d.toName);
    row(tr("Dikirim"), when(d.createdAt));
    row(tr("Petunjuk"), instructionList(d.instructions));
    row(tr("Batas waktu"), d.dueDate.isValid() ? LettersFormat::longDate(d.dueDate) : QString());
    row(tr("Catatan"), d.note);
    row(tr("Dibaca"), d.readAt ? when(d.readAt) : tr("belum dibaca"));
    if (d.cancelled)
        row(tr("Dibatalkan"), when(d.cancelledAt));
    if (d.done)
        row(tr("Selesai"), when(d.doneAt));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Tindak lanjut")));
    if (d.followUps.isEmpty()) {
        html +=
            QStringLiteral("<p style='color: gray;'>%1</p>").arg(esc(tr("Belum ada catatan tindak lanjut.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const DispositionFollowUp& f : d.followUps)
            html += QStringLiteral("<li>%1<br/><span style='color: gray;'>%2, %3</span></li>")
                        .arg(esc(f.text), esc(f.byName), esc(when(f.at)));
        html += QStringLiteral("</ul>");
    }
    m_details->setText(html);
}

void InboxWidget::act(const Status& result)
{
    if (!result) {
        m_message->setText(result.errorMessage());
        m_message->show();
        return;
    }
    m_message->hide();
    reload();
    Q_EMIT changed();
}

void InboxWidget::addFollowUp()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Tindak lanjut disposisi"),
                                                        tr("Apa yang sudah dikerjakan?"), QString(), &ok);
    if (!ok)
        return;
    act(DispositionDesk(m_session.db(), m_session.audit(), m_session.actor())
            .addFollowUp(m_current.id, text));
}

void InboxWidget::viewFile()
{
    QDialog dialog(this);
    dialog.setWindowTitle(m_current.fileName.isEmpty() ? tr("Berkas naskah") : m_current.fileName);
    auto* preview = new LettersPdfPreview(m_session.context().profile.directory() + QStringLiteral("/blobs"),
                                          m_session.server(), &dialog);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    close->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(preview, 1);
    layout->addWidget(close);
    dialog.resize(760, 860);
    preview->showFile(m_current.fileSha256, 0);
    dialog.exec();
}

} // namespace lontar::records
