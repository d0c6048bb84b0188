#include "records/ui/OutgoingTab.h"

#include "core/OfficeTime.h"
#include "esign/ui/KeyChooser.h"
#include "records/RecordsParts.h"
#include "records/RecordsPolicies.h"
#include "records/ui/LetterheadDialog.h"
#include "records/ui/OutgoingEditor.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <poppler-qt6.h>

#include <functional>

namespace lontar::records {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Calls `fit` when the watched widget changes size, so the preview follows the width of its pane.
class ResizeWatcher final : public QObject
{
public:
    ResizeWatcher(QWidget* watched, std::function<void()> fit)
        : QObject(watched)
        , m_fit(std::move(fit))
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            m_fit();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fit;
};

// The page rendered once, shown as wide as the pane allows (never wider than rendered).
void fitPreview(QLabel* preview)
{
    const QImage page = preview->property("page").value<QImage>();
    QWidget* pane = preview->parentWidget();
    if (page.isNull() || !pane)
        return;
    const int width = qBound(120, pane->width() - 16, page.width());
    preview->setPixmap(QPixmap::fromImage(page.scaledToWidth(width, Qt::SmoothTransformation)));
}

} // namespace

OutgoingTab::OutgoingTab(RecordsSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_desk(std::make_unique<OutgoingDesk>(session.db(), session.audit(), session.actor(),
                                            session.context().profile.directory() + QStringLiteral("/blobs")))
{
    setObjectName(QStringLiteral("outgoingTab"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("outgoingListKind"));
    m_kind->addItem(tr("Konsep saya"), int(OutgoingList::MyDrafts));
    m_kind->addItem(tr("Menunggu paraf saya"), int(OutgoingList::WaitingMyParaf));
    m_kind->addItem(tr("Menunggu tanda tangan saya"), int(OutgoingList::WaitingMySignature));
    m_kind->addItem(tr("Register naskah keluar"), int(OutgoingList::Register));
    m_new = new QPushButton(tr("Konsep baru"));
    m_new->setObjectName(QStringLiteral("outgoingNew"));
    // The kop printed on the unit's letters; a kiosk account drafts nothing, so it has no kop to set.
    auto* kop = new QPushButton(tr("Kop surat…"));
    kop->setObjectName(QStringLiteral("outgoingLetterhead"));
    kop->setToolTip(tr("Alamat, telepon, pos-el dan laman pada kop naskah unit Anda"));
    kop->setVisible(!session.user().hasRole(Role::Kiosk));
    auto* top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    top->addWidget(m_new);
    top->addWidget(kop);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("outgoingTable"));
    m_table->setHorizontalHeaderLabels({tr("Hal"), tr("Nomor"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("outgoingEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("outgoingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("outgoingChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("outgoingPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    new ResizeWatcher(scroll->viewport(), [this] { fitPreview(m_preview); });
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("outgoingMessage"));
    m_message->setWordWrap(true);

    m_edit = new QPushButton(tr("Ubah konsep"));
    m_edit->setObjectName(QStringLiteral("outgoingEdit"));
    m_submit = new QPushButton(tr("Ajukan paraf"));
    m_submit->setObjectName(QStringLiteral("outgoingSubmit"));
    m_approve = new QPushButton(tr("Setujui (paraf)"));
    m_approve->setObjectName(QStringLiteral("outgoingApprove"));
    m_return = new QPushButton(tr("Kembalikan"));
    m_return->setObjectName(QStringLiteral("outgoingReturn"));
    m_sign = new QPushButton(tr("Tanda tangani"));
    m_sign->setObjectName(QStringLiteral("outgoingSign"));
    m_send = new QPushButton(tr("Kirim"));
    m_send->setObjectName(QStringLiteral("outgoingSend"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_edit, m_submit, m_approve, m_return, m_sign, m_send})
        actions->addWidget(b);
    actions->addStretch();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    auto* middle = new QHBoxLayout;
    auto* chainBox = new QVBoxLayout;
    auto* chainHead = new QLabel(tr("<b>Rantai paraf</b>"));
    chainBox->addWidget(chainHead);
    chainBox->addWidget(m_chain, 1);
    middle->addLayout(chainBox, 2);
    middle->addWidget(scroll, 3);
    rightLayout->addLayout(middle, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({460, 820});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OutgoingTab::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutgoingTab::showSelected);
    connect(m_new, &QPushButton::clicked, this, &OutgoingTab::newDraft);
    connect(m_edit, &QPushButton::clicked, this, &OutgoingTab::editDraft);
    connect(m_submit, &QPushButton::clicked, this, &OutgoingTab::submit);
    connect(m_approve, &QPushButton::clicked, this, &OutgoingTab::approve);
    connect(m_return, &QPushButton::clicked, this, &OutgoingTab::giveBack);
    connect(m_sign, &QPushButton::clicked, this, &OutgoingTab::signLetter);
    connect(m_send, &QPushButton::clicked, this, &OutgoingTab::dispatchLetter);
    connect(kop, &QPushButton::clicked, this, [this] {
        LetterheadDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            report(Status(), tr("Kop surat disimpan; pratinjau naskah memakai kop baru."));
    });

    // Open on what waits for this user, if anything.
    auto queues = outgoingQueuesFor(session.db(), session.user().id);
    if (queues && queues->waitingSignature > 0)
        m_kind->setCurrentIndex(2);
    else if (queues && queues->waitingParaf > 0)
        m_kind->setCurrentIndex(1);
    reload();
}

QString OutgoingTab::officeZone() const
{
    auto units = m_session.context().profile.identity().units();
    if (units) {
        for (const OrgUnit& u : *units) {
            if (u.id == m_session.user().unitId && !u.timeZone.isEmpty())
                return u.timeZone;
        }
    }
    return QStringLiteral("Asia/Jakarta");
}

void OutgoingTab::reload()
{
    const QString keep = selectedId();
    const auto which = OutgoingList(m_kind->currentData().toInt());
    auto list = m_desk->list(which, which == OutgoingList::Register ? QDate::currentDate().year() : 0);
    m_letters = list ? *list : QList<OutgoingLetter>();
    m_table->setRowCount(0);
    for (const OutgoingLetter& l : m_letters) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* hal = new QTableWidgetItem(l.hal);
        hal->setData(Qt::UserRole, l.id);
        m_table->setItem(row, 0, hal);
        m_table->setItem(row, 1, new QTableWidgetItem(l.nomor.isEmpty() ? tr("belum ada") : l.nomor));
        m_table->setItem(row, 2, new QTableWidgetItem(outgoingStatusName(l.status)));
        hal->setToolTip(tr("%1\nPenandatangan: %2").arg(l.hal, l.signerName));
    }
    static const char* const kHints[] = {
        QT_TR_NOOP("Belum ada konsep. Tekan \"Konsep baru\" untuk menyusun naskah dari templat."),
        QT_TR_NOOP("Tidak ada konsep yang menunggu paraf Anda."),
        QT_TR_NOOP("Tidak ada naskah yang menunggu tanda tangan Anda."),
        QT_TR_NOOP("Belum ada naskah keluar yang ditandatangani tahun ini."),
    };
    m_empty->setText(tr(kHints[qBound(0, m_kind->currentIndex(), 3)]));
    m_empty->setVisible(m_letters.isEmpty());
    if (!list)
        m_message->setText(list.errorMessage());
    if (!keep.isEmpty())
        selectLetter(keep);
    if (selectedId().isEmpty() && !m_letters.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

void OutgoingTab::selectLetter(const QString& id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(r);
            return;
        }
    }
}

QString OutgoingTab::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void OutgoingTab::showSelected()
{
    const QString id = selectedId();
    auto l = id.isEmpty() ? Result<OutgoingLetter>(Error(QString())) : m_desk->letter(id);
    const QString me = m_session.user().id;
    const bool has = l.ok();
    const bool drafter = has && l->drafterId == me;
    const bool draftState = has && (l->status == outgoing::kKonsep || l->status == outgoing::kDikembalikan);
    const int step = has ? l->currentStep() : -1;
    const bool myParaf = step >= 0 && l->paraf[step].userId == me;
    const bool mySignature = has && l->status == outgoing::kSiapTte && l->signerId == me;
    m_edit->setEnabled(drafter && draftState);
    m_submit->setEnabled(drafter && draftState);
    m_approve->setEnabled(myParaf);
    m_return->setEnabled(myParaf || mySignature);
    m_sign->setEnabled(mySignature);
    m_send->setEnabled(has && l->status == outgoing::kDitandatangani && (drafter || l->signerId == me));
    // A disabled button says why, so nobody waits for a button that cannot work.
    const QString pick = tr("Pilih naskah di daftar terlebih dahulu");
    const auto why = [&](QPushButton* b, const QString& reason) {
        b->setToolTip(b->isEnabled() ? QString() : reason);
    };
    why(m_edit, !has       ? pick
                : !drafter ? tr("Hanya penyusun naskah yang dapat mengubah konsep")
                           : tr("Naskah sudah diajukan; minta pemeriksa mengembalikannya bila perlu diubah"));
    why(m_submit, !has       ? pick
                  : !drafter ? tr("Hanya penyusun naskah yang dapat mengajukannya")
                             : tr("Naskah ini sudah diajukan"));
    why(m_approve, has ? tr("Naskah ini tidak sedang menunggu paraf Anda") : pick);
    why(m_return,
        has ? tr("Hanya pemeriksa yang sedang mendapat giliran paraf, atau penandatangan, yang dapat "
                 "mengembalikan naskah")
            : pick);
    why(m_sign, !has                ? pick
                : l->signerId != me ? tr("Hanya penandatangan yang ditunjuk yang dapat menandatangani")
                : l->status == outgoing::kParaf ? tr("Menunggu paraf semua pemeriksa")
                                                : tr("Naskah ini tidak sedang menunggu tanda tangan"));
    why(m_send, !has                               ? pick
                : l->status == outgoing::kTerkirim ? tr("Naskah ini sudah dikirim")
                : l->status != outgoing::kDitandatangani
                    ? tr("Naskah dapat dikirim setelah ditandatangani")
                    : tr("Hanya penyusun atau penandatangan yang dapat mengirim naskah"));
    if (!has) {
        m_title->setText(m_letters.isEmpty() ? QString() : tr("Pilih naskah di daftar."));
        m_chain->clear();
        m_preview->clear();
        m_preview->setProperty("page", QVariant());
        return;
    }
    QString title =
        QStringLiteral("<b>%1</b><br>%2 · %3")
            .arg(esc(l->hal), esc(outgoingTemplateName(l->templateKey)), esc(outgoingStatusName(l->status)));
    if (!l->nomor.isEmpty())
        title += QStringLiteral(" · %1").arg(esc(l->nomor));
    if (l->status == outgoing::kDikembalikan && !l->returnNote.isEmpty())
        title += QStringLiteral("<br><span style='color:#b45309'>%1</span>")
                     .arg(esc(tr("Dikembalikan oleh %1: %2").arg(l->returnedBy, l->returnNote)));
    m_title->setText(title);

    // The chain as numbered steps; the signer is the last step.
    const QString zone = officeZone();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    auto stepRow = [&](int n, const QString& name, const QString& position, const QString& state,
                       const QString& note, qint64 at, const QString& colour) {
        QString when =
            at > 0 ? formatOfficeTime(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), zone, TimeStyle::Short)
                   : QString();
        html += QStringLiteral("<tr><td valign='top'><b>%1.</b></td><td><b>%2</b><br><small>%3</small><br>"
                               "<span style='color:%4'>%5</span> <small>%6</small>%7</td></tr>")
                    .arg(n)
                    .arg(esc(name), esc(position), colour, esc(state), esc(when),
                         note.isEmpty() ? QString() : QStringLiteral("<br><i>“%1”</i>").arg(esc(note)));
    };
    for (int i = 0; i < l->paraf.size(); ++i) {
        const ParafStep& s = l->paraf[i];
        QString state = tr("Menunggu");
        QString colour = QStringLiteral("#6b7280");
        if (s.state == outgoing::kDisetujui) {
            state = tr("Paraf diberikan");
            colour = QStringLiteral("#15803d");
        } else if (s.state == outgoing::kDikembalikan) {
            state = tr("Dikembalikan");
            colour = QStringLiteral("#b45309");
        } else if (i == step) {
            state = tr("Giliran memberi paraf");
            colour = QStringLiteral("#1d4ed8");
        }
        stepRow(i + 1, s.name.isEmpty() ? tr("(menunggu data direktori)") : s.name, s.position, state, s.note,
                s.at, colour);
    }
    QString signState = tr("Menunggu paraf selesai");
    QString signColour = QStringLiteral("#6b7280");
    if (l->status == outgoing::kSiapTte) {
        signState = tr("Giliran menandatangani");
        signColour = QStringLiteral("#1d4ed8");
    } else if (l->status == outgoing::kDitandatangani || l->status == outgoing::kTerkirim) {
        signState =
            l->status == outgoing::kTerkirim ? tr("Ditandatangani dan dikirim") : tr("Ditandatangani (TTE)");
        signColour = QStringLiteral("#15803d");
    }
    stepRow(int(l->paraf.size()) + 1, l->signerName, l->signerPosition + tr(" (penandatangan)"), signState,
            QString(), l->signedAt, signColour);
    html += QStringLiteral("</table>");
    m_chain->setText(html);

    // The preview: the signed file when this device holds it, else the letter as rendered now.
    QByteArray pdf;
    if (auto path = m_desk->signedFilePath(*l); path) {
        QFile f(*path);
        if (f.open(QIODevice::ReadOnly))
            pdf = f.readAll();
    }
    if (pdf.isEmpty()) {
        if (auto r = m_desk->render(*l); r)
            pdf = r->pdf;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (doc) {
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        if (std::unique_ptr<Poppler::Page> page = doc->page(0)) {
            m_preview->setProperty("page", page->renderToImage(96, 96));
            fitPreview(m_preview);
        }
    } else {
        m_preview->setProperty("page", QVariant());
        m_preview->setText(tr("Pratinjau tidak dapat dibuat"));
    }
}

void OutgoingTab::report(const Status& status, const QString& done)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b91c1c;"));
    m_message->setText(status ? done : status.errorMessage());
    reload();
}

QList<User> OutgoingTab::peopleAbove(const QString& unitId) const
{
    Profile& profile = m_session.context().profile;
    QStringList chain;
    auto units = profile.identity().units();
    QString at = unitId;
    while (units && !at.isEmpty() && !chain.contains(at)) {
        chain.append(at);
        QString parent;
        for (const OrgUnit& u : *units) {
            if (u.id == at)
                parent = u.parentId;
        }
        at = parent;
    }
    QList<User> out;
    auto users = profile.identity().users();
    if (users) {
        for (const User& u : *users) {
            if (u.active && chain.contains(u.unitId) && u.id != m_session.user().id &&
                !u.hasRole(Role::Kiosk))
                out.append(u);
        }
    }
    return out;
}

void OutgoingTab::newDraft()
{
    OutgoingDraft d;
    d.place = m_desk->letterheadSettings(m_session.user().unitId).place;
    OutgoingEditor editor(peopleAbove(m_session.user().unitId), d, this);
    QString created;
    editor.setSaver([&](const OutgoingDraft& draft) -> Status {
        auto l = m_desk->createDraft(draft);
        if (!l)
            return l.error();
        created = l->id;
        return {};
    });
    if (editor.exec() != QDialog::Accepted)
        return;
    {
        const QSignalBlocker quiet(m_kind);
        m_kind->setCurrentIndex(0);
    }
    reload();
    selectLetter(created);
    report(Status(), tr("Konsep disimpan."));
}

void OutgoingTab::editDraft()
{
    auto l = m_desk->letter(selectedId());
    if (!l)
        return report(l.error(), {});
    OutgoingDraft d;
    d.templateKey = l->templateKey;
    d.classification = l->classification;
    d.sifat = l->sifat;
    d.securityClass = l->securityClass;
    d.lampiran = l->lampiran;
    d.hal = l->hal;
    d.tujuan = l->tujuan;
    d.tembusan = l->tembusan;
    d.body = l->body;
    d.place = l->place;
    d.signerId = l->signerId;
    for (const ParafStep& s : l->paraf)
        d.verifierIds.append(s.userId);
    OutgoingEditor editor(peopleAbove(l->unitId), d, this);
    const QString id = l->id;
    editor.setSaver([&](const OutgoingDraft& draft) -> Status {
        auto r = m_desk->updateDraft(id, draft);
        return r ? Status() : Status(r.error());
    });
    if (editor.exec() != QDialog::Accepted)
        return;
    report(Status(), tr("Konsep disimpan."));
}

void OutgoingTab::submit()
{
    auto r = m_desk->submit(selectedId());
    report(r ? Status() : Status(r.error()), r && r->status == outgoing::kSiapTte
                                                 ? tr("Diajukan untuk tanda tangan.")
                                                 : tr("Diajukan untuk paraf."));
}

void OutgoingTab::approve()
{
    auto r = m_desk->approve(selectedId());
    report(r ? Status() : Status(r.error()), tr("Paraf diberikan."));
}

void OutgoingTab::giveBack()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Kembalikan ke penyusun"),
                                                        tr("Apa yang perlu diperbaiki?"), {}, &ok);
    if (!ok)
        return;
    auto r = m_desk->returnToDrafter(selectedId(), note);
    report(r ? Status() : Status(r.error()), tr("Dikembalikan ke penyusun."));
}

void OutgoingTab::signLetter()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tanda tangani naskah"));
    auto* chooser = new esign::KeyChooser(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tanda tangani"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Naskah diberi nomor dari blok nomor unit, lalu ditandatangani secara elektronik "
                      "dengan tanda tangan tampak pada tempat tanda tangan.")));
    layout->addWidget(chooser);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto key = chooser->openKey();
    if (!key) {
        if (key.error().code != Error::Code::Cancelled)
            report(key.error(), {});
        return;
    }
    auto r = m_desk->sign(selectedId(), **key);
    report(r ? Status() : Status(r.error()),
           r ? tr("Ditandatangani dengan nomor %1.").arg(r->nomor) : QString());
}

void OutgoingTab::dispatchLetter()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Kirim ke unit penerima"));
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("outgoingRecipients"));
    if (auto units = m_session.context().profile.identity().units()) {
        for (const OrgUnit& u : *units) {
            if (!m_session.actor().unitSubtree.contains(u.id))
                continue;
            auto* item = new QListWidgetItem(u.name, list);
            item->setData(Qt::UserRole, u.id);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Kirim"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Pencatat unit penerima mencatatnya sebagai naskah masuk.")));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList units;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            units.append(list->item(i)->data(Qt::UserRole).toString());
    }
    auto r = m_desk->dispatch(selectedId(), units);
    report(r ? Status() : Status(r.error()), tr("Naskah dikirim."));
}

QWidget* createOutgoingTab(RecordsSession& session, QWidget* parent)
{
    return new OutgoingTab(session, parent);
}

} // namespace lontar::records
