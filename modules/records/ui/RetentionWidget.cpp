#include "records/ui/RetentionWidget.h"

#include "records/Disposal.h"
#include "records/DisposalDocuments.h"
#include "records/Filing.h"
#include "records/FilingPolicies.h"
#include "records/ui/RecordsSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

enum Column
{
    ColCode,
    ColTitle,
    ColUnit,
    ColPeriod,
    ColActive,
    ColInactive,
    ColJra,
    ColStatus,
    ColDue,
    ColHold,
    ColumnCount
};

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QString period(const FileRetentionRow& r)
{
    if (!r.closedOn.isValid())
        return RetentionWidget::tr("sejak %1").arg(r.openedOn.year());
    return r.openedOn.year() == r.closedOn.year()
               ? QString::number(r.openedOn.year())
               : QStringLiteral("%1–%2").arg(r.openedOn.year()).arg(r.closedOn.year());
}

QString jraText(const FileRetentionRow& r)
{
    if (!r.dates.rule)
        return RetentionWidget::tr("Tanpa JRA (disimpan)");
    const RetentionRule& rule = *r.dates.rule;
    return RetentionWidget::tr("%1+%2 th, %3")
        .arg(rule.activeYears)
        .arg(rule.inactiveYears)
        .arg(dispositionDisplayName(rule.disposition).toLower());
}

QString untilText(const FileRetentionRow& r, const QDate& date)
{
    if (r.dates.running())
        return formatTanggal(date);
    if (r.dates.waitingEvent)
        return RetentionWidget::tr("menunggu peristiwa");
    if (r.dates.open)
        return RetentionWidget::tr("belum ditutup");
    return QStringLiteral("–");
}

QString dateOf(qint64 ms)
{
    return ms > 0 ? formatTanggal(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date())
                  : RetentionWidget::tr("menunggu sinkronisasi");
}

} // namespace

RetentionWidget::RetentionWidget(RecordsSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionDashboard"));
    buildUi();
    reload();
}

void RetentionWidget::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Jadwal retensi arsip</b>"), this);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(new QLabel(tr("Per tanggal"), this));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("retentionAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_asOf->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    top->addWidget(m_asOf);
    top->addWidget(new QLabel(tr("Tampilkan"), this));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("retentionFilter"));
    m_filter->addItem(tr("Semua berkas"), -1);
    for (DueCategory c :
         {DueCategory::Musnah, DueCategory::Permanen, DueCategory::DinilaiKembali, DueCategory::ToInactive})
        m_filter->addItem(dueCategoryDisplayName(c), int(c));
    m_filter->addItem(tr("Ditahan"), 100);
    top->addWidget(m_filter);
    layout->addLayout(top);

    // The counts SRIKANDI users look for first: what is due today.
    auto* cards = new QGridLayout;
    const char* const names[] = {"countMusnah", "countPermanen", "countReview", "countInactive",
                                 "countHeld",   "countNoJra",    "countWaiting"};
    for (int i = 0; i < 7; ++i) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(names[i]));
        l->setFrameShape(QFrame::StyledPanel);
        l->setMargin(6);
        l->setTextFormat(Qt::RichText);
        cards->addWidget(l, 0, i);
        m_counts.append(l);
    }
    layout->addLayout(cards);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* filesBox = new QWidget(splitter);
    auto* filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, filesBox);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setHorizontalHeaderLabels({tr("Kode"), tr("Uraian berkas"), tr("Unit"), tr("Kurun waktu"),
                                        tr("Aktif s.d."), tr("Inaktif s.d."), tr("JRA"), tr("Status"),
                                        tr("Jatuh tempo"), tr("Penahanan")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // The title takes the room and is cut with the full text in its tooltip; the unit is shown only when
    // berkas of several units are listed (reload()), elided at a width that leaves the dates whole.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    header->setSectionResizeMode(ColUnit, QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    // Rows of two lines: a title or a unit name too long for its column wraps once before it is cut,
    // without measuring every row (a dinas can hold thousands of berkas).
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 10);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    filesLayout->addWidget(m_table);
    m_empty = new QLabel(tr("Belum ada berkas di perangkat ini. Berkas dibuat saat memberkaskan naskah: buka "
                            "naskah di tab Naskah Masuk, lalu pilih \"Berkaskan\"."),
                         filesBox);
    m_empty->setObjectName(QStringLiteral("retentionEmpty"));
    m_empty->setWordWrap(true);
    filesLayout->addWidget(m_empty);
    auto* fileActions = new QHBoxLayout;
    const auto button = [&](QPushButton*& b, const QString& text, const char* name, QLayout* into) {
        b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        into->addWidget(b);
    };
    button(m_close, tr("Tutup berkas"), "closeFile", fileActions);
    button(m_event, tr("Tanggal peristiwa…"), "setEventDate", fileActions);
    button(m_hold, tr("Tahan…"), "holdFile", fileActions);
    button(m_release, tr("Cabut penahanan…"), "releaseFile", fileActions);
    button(m_advance, tr("Tindak lanjuti JRA"), "advanceFile", fileActions);
    button(m_propose, tr("Usulkan musnah"), "proposeDisposal", fileActions);
    fileActions->addStretch();
    filesLayout->addLayout(fileActions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retentionMessage"));
    m_message->setWordWrap(true);
    filesLayout->addWidget(m_message);

    auto* proposalsBox = new QGroupBox(tr("Daftar usul musnah"), splitter);
    auto* proposalsLayout = new QVBoxLayout(proposalsBox);
    m_proposals = new QTableWidget(0, 5, proposalsBox);
    m_proposals->setObjectName(QStringLiteral("disposalTable"));
    m_proposals->setHorizontalHeaderLabels(
        {tr("Diusulkan"), tr("Pengusul"), tr("Jumlah berkas"), tr("Status"), tr("Keputusan")});
    m_proposals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposals->verticalHeader()->hide();
    m_proposals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    proposalsLayout->addWidget(m_proposals);
    auto* proposalActions = new QHBoxLayout;
    button(m_approve, tr("Setujui"), "approveDisposal", proposalActions);
    button(m_reject, tr("Tolak…"), "rejectDisposal", proposalActions);
    button(m_execute, tr("Laksanakan pemusnahan…"), "executeDisposal", proposalActions);
    button(m_saveList, tr("Simpan daftar usul musnah (PDF)…"), "saveDisposalList", proposalActions);
    button(m_saveBa, tr("Simpan berita acara (PDF)…"), "saveBeritaAcara", proposalActions);
    proposalActions->addStretch();
    proposalsLayout->addLayout(proposalActions);
    const std::pair<QPushButton*, QString> help[] = {
        {m_close, tr("Menutup berkas per hari ini; masa retensi dihitung sejak akhir tahun penutupan")},
        {m_event,
         tr("Mencatat tanggal peristiwa yang menjadi pangkal retensi (JRA dengan pangkal peristiwa)")},
        {m_hold,
         tr("Menahan berkas karena perkara atau pemeriksaan; berkas yang ditahan tidak dapat dimusnahkan")},
        {m_release, tr("Mencabut penahanan berkas dengan alasannya")},
        {m_advance,
         tr("Memindahkan berkas yang jatuh tempo ke inaktif, permanen, atau dinilai kembali sesuai JRA")},
        {m_propose, tr("Membuat daftar usul musnah dari berkas terpilih yang jatuh tempo musnah")},
        {m_approve, tr("Menyetujui usul musnah unit Anda")},
        {m_reject, tr("Menolak usul musnah dengan alasannya")},
        {m_execute, tr("Mencatat pelaksanaan pemusnahan; rujukan berkas dan teks naskah dihapus")},
        {m_saveList, tr("Menyimpan daftar usul musnah sebagai PDF")},
        {m_saveBa, tr("Menyimpan berita acara pemusnahan sebagai PDF untuk ditandatangani")}};
    for (const auto& [b, text] : help)
        b->setProperty("help", text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // Actions belong to roles: the arsiparis runs retention, an atasan decides proposals.
    const bool arsiparis = m_session.user().hasRole(Role::Arsiparis);
    const bool atasan = m_session.user().hasRole(Role::Atasan);
    for (QPushButton* b : {m_event, m_hold, m_release, m_advance, m_propose, m_execute})
        b->setVisible(arsiparis);
    m_close->setVisible(arsiparis || m_session.user().hasRole(Role::Pencatat));
    m_approve->setVisible(atasan);
    m_reject->setVisible(atasan);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RetentionWidget::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RetentionWidget::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RetentionWidget::updateActions);
    connect(m_proposals, &QTableWidget::itemSelectionChanged, this, &RetentionWidget::updateActions);
    connect(m_close, &QPushButton::clicked, this, &RetentionWidget::closeSelected);
    connect(m_event, &QPushButton::clicked, this, &RetentionWidget::setEventDate);
    connect(m_hold, &QPushButton::clicked, this, &RetentionWidget::holdSelected);
    connect(m_release, &QPushButton::clicked, this, &RetentionWidget::releaseSelected);
    connect(m_advance, &QPushButton::clicked, this, &RetentionWidget::advanceSelected);
    connect(m_propose, &QPushButton::clicked, this, &RetentionWidget::proposeSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_execute, &QPushButton::clicked, this, &RetentionWidget::executeSelected);
    connect(m_saveList, &QPushButton::clicked, this, [this] { saveProposalPdf(); });
    connect(m_saveBa, &QPushButton::clicked, this, [this] { saveBeritaAcaraPdf(); });
}

void RetentionWidget::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
    reload();
}

void RetentionWidget::reload()
{
    auto d = RetentionQuery(m_session.db()).dashboard(m_asOf->date());
    if (!d) {
        m_message->setText(d.errorMessage());
        return;
    }
    m_dashboard = *d;
    const RetentionCounts& c = m_dashboard.counts;
    const std::pair<QString, int> cards[] = {{tr("Usul musnah"), c.musnah},
                                             {tr("Serah permanen"), c.permanen},
                                             {tr("Dinilai kembali"), c.dinilaiKembali},
                                             {tr("Pindah ke inaktif"), c.toInactive},
                                             {tr("Ditahan"), c.held},
                                             {tr("Tanpa JRA"), c.noJra},
                                             {tr("Menunggu peristiwa"), c.waitingEvent}};
    for (int i = 0; i < 7; ++i)
        m_counts[i]->setText(QStringLiteral("%1<br><span style='font-size: 16pt'><b>%2</b></span>")
                                 .arg(cards[i].first.toHtmlEscaped())
                                 .arg(cards[i].second));
    const int due = c.musnah + c.permanen + c.dinilaiKembali + c.toInactive;
    m_summary->setText(
        c.total == 0 ? QString()
        : due == 0   ? tr("Per %1 tidak ada berkas yang jatuh tempo (%n berkas tercatat).", nullptr, c.total)
                         .arg(formatTanggal(m_dashboard.asOf))
                   : tr("Per %1: %2 dari %n berkas jatuh tempo untuk ditindaklanjuti.", nullptr, c.total)
                         .arg(formatTanggal(m_dashboard.asOf))
                         .arg(due));
    const int filter = m_filter->currentData().toInt();
    m_table->setRowCount(0);
    QSet<QString> units;
    for (const FileRetentionRow& r : std::as_const(m_dashboard.rows))
        units.insert(r.unitName);
    bool anyHeld = false;
    for (const FileRetentionRow& r : std::as_const(m_dashboard.rows)) {
        if ((filter == 100 && !r.held()) || (filter >= 0 && filter < 100 && int(r.due) != filter))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* code = item(r.code);
        code->setData(Qt::UserRole, r.id);
        m_table->setItem(row, ColCode, code);
        m_table->setItem(row, ColTitle,
                         item(r.title, r.title + QStringLiteral("\n") +
                                           tr("%n naskah dalam berkas", nullptr, r.letterCount)));
        m_table->setItem(row, ColUnit, item(r.unitName, r.unitName));
        m_table->setItem(row, ColPeriod, item(period(r)));
        m_table->setItem(row, ColActive, item(untilText(r, r.dates.activeUntil)));
        m_table->setItem(row, ColInactive,
                         item(untilText(r, r.dates.inactiveUntil),
                              r.dates.rule && r.dates.waitingEvent ? r.dates.rule->cutoffEvent : QString()));
        m_table->setItem(row, ColJra, item(jraText(r)));
        m_table->setItem(row, ColStatus, item(fileStatusDisplayName(r.status)));
        m_table->setItem(row, ColDue, item(dueCategoryDisplayName(r.due)));
        // The reason can be long (a case number, a letter of the inspectorate): the cell says "Ditahan"
        // and the tooltip and the title's tooltip carry the reason.
        m_table->setItem(row, ColHold,
                         item(r.held() ? tr("Ditahan") : QString(),
                              r.held() ? tr("Alasan penahanan: %1").arg(r.holdReason) : QString()));
        if (r.held())
            m_table->item(row, ColTitle)
                ->setToolTip(m_table->item(row, ColTitle)->toolTip() + QStringLiteral("\n") +
                             tr("Ditahan: %1").arg(r.holdReason));
        anyHeld = anyHeld || r.held();
        if (r.due != DueCategory::None || r.held()) {
            const QColor tint = r.held()                       ? QColor(255, 236, 204)
                                : r.due == DueCategory::Musnah ? QColor(253, 226, 226)
                                                               : QColor(255, 248, 214);
            for (int col = 0; col < ColumnCount; ++col)
                m_table->item(row, col)->setBackground(tint);
        }
    }
    // One unit's berkas need no unit column (the summary names it); several get it, elided when long.
    const bool oneUnit = units.size() <= 1;
    m_table->setColumnHidden(ColUnit, oneUnit);
    m_table->setColumnHidden(ColHold, !anyHeld);
    if (!oneUnit) {
        m_table->resizeColumnToContents(ColUnit);
        m_table->horizontalHeader()->resizeSection(
            ColUnit, qMin(m_table->horizontalHeader()->sectionSize(ColUnit), 170));
    }
    if (oneUnit && !units.isEmpty() && !m_summary->text().isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("Unit: %1.").arg(*units.cbegin()));
    m_table->setVisible(c.total > 0);
    m_empty->setVisible(c.total == 0);

    auto proposals = DisposalRegister(m_session.db(), m_session.audit(), m_session.actor()).proposals();
    m_proposals->setRowCount(0);
    if (proposals) {
        for (const DisposalProposal& p : std::as_const(*proposals)) {
            const int row = m_proposals->rowCount();
            m_proposals->insertRow(row);
            auto* when = item(dateOf(p.proposedAt));
            when->setData(Qt::UserRole, p.id);
            when->setData(Qt::UserRole + 1, p.status);
            m_proposals->setItem(row, 0, when);
            m_proposals->setItem(row, 1, item(p.proposedByName));
            m_proposals->setItem(row, 2, item(QString::number(p.fileIds.size())));
            m_proposals->setItem(row, 3, item(disposalStatusDisplayName(p.status)));
            QString decision = p.decidedByName.isEmpty()
                                   ? tr("menunggu pimpinan unit")
                                   : tr("%1, %2").arg(p.decidedByName, dateOf(p.decidedAt));
            if (!p.decisionNote.isEmpty())
                decision += QStringLiteral(" — ") + p.decisionNote;
            if (!p.executedByName.isEmpty())
                decision += tr("; dimusnahkan di %1").arg(p.place);
            m_proposals->setItem(row, 4, item(decision, decision));
        }
    }
    updateActions();
}

QStringList RetentionWidget::selectedFileIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows(ColCode))
        ids.append(i.data(Qt::UserRole).toString());
    return ids;
}

QString RetentionWidget::selectedProposalId() const
{
    const auto rows = m_proposals->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void RetentionWidget::updateActions()
{
    // A disabled button says why in its tooltip.
    const bool files = !selectedFileIds().isEmpty();
    for (QPushButton* b : {m_close, m_event, m_hold, m_release, m_advance, m_propose}) {
        b->setEnabled(files);
        b->setToolTip(files ? b->property("help").toString() : tr("Pilih satu berkas atau lebih di tabel"));
    }
    const auto rows = m_proposals->selectionModel()->selectedRows(0);
    const QString status = rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole + 1).toString();
    const auto set = [&](QPushButton* b, bool on, const QString& whyNot) {
        b->setEnabled(on);
        b->setToolTip(on ? b->property("help").toString() : whyNot);
    };
    const QString pick = tr("Pilih usul musnah di daftar");
    const bool proposed = status == QLatin1String("diusulkan");
    const bool approved = status == QLatin1String("disetujui");
    const bool executed = status == QLatin1String("dilaksanakan");
    set(m_approve, proposed, status.isEmpty() ? pick : tr("Usul musnah ini sudah diputuskan"));
    set(m_reject, proposed, status.isEmpty() ? pick : tr("Usul musnah ini sudah diputuskan"));
    set(m_execute, approved,
        status.isEmpty() ? pick
        : executed       ? tr("Pemusnahan ini sudah dilaksanakan")
                         : tr("Pemusnahan dilaksanakan setelah usul disetujui pimpinan unit"));
    set(m_saveList, !status.isEmpty(), pick);
    set(m_saveBa, approved || executed,
        status.isEmpty() ? pick : tr("Berita acara dibuat setelah usul musnah disetujui pimpinan unit"));
}

void RetentionWidget::report(const Status& status, const QString& done)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setText(status ? done : status.errorMessage());
    if (status)
        reload();
}

void RetentionWidget::closeSelected()
{
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    for (const QString& id : selectedFileIds()) {
        if (Status s = filing.closeFile(id, QDate::currentDate()); !s)
            return report(s, {});
    }
    report({}, tr("Berkas ditutup per %1.").arg(formatTanggal(QDate::currentDate())));
}

void RetentionWidget::setEventDate()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Tanggal peristiwa"), tr("Tanggal peristiwa terjadi (HH-BB-TTTT):"), QLineEdit::Normal,
        QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")), &ok);
    if (!ok)
        return;
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("dd-MM-yyyy"));
    if (!date.isValid())
        return report(
            Error(tr("Tanggal tidak dikenali; tulis seperti 03-03-2026"), Error::Code::InvalidInput), {});
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    for (const QString& id : selectedFileIds()) {
        if (Status s = filing.setEventDate(id, date); !s)
            return report(s, {});
    }
    report({}, tr("Tanggal peristiwa dicatat: %1.").arg(formatTanggal(date)));
}

void RetentionWidget::holdSelected()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Tahan berkas"), tr("Alasan penahanan (perkara, pemeriksaan, permintaan APH):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    for (const QString& id : selectedFileIds()) {
        if (Status s = filing.hold(id, reason); !s)
            return report(s, {});
    }
    report({}, tr("Berkas ditahan; tidak dapat diusulkan musnah sampai penahanan dicabut."));
}

void RetentionWidget::releaseSelected()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cabut penahanan"), tr("Alasan pencabutan:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    for (const QString& id : selectedFileIds()) {
        if (Status s = filing.release(id, reason); !s)
            return report(s, {});
    }
    report({}, tr("Penahanan dicabut."));
}

void RetentionWidget::advanceSelected()
{
    FilingRegister filing(m_session.db(), m_session.audit(), m_session.actor());
    int moved = 0;
    for (const QString& id : selectedFileIds()) {
        for (const FileRetentionRow& r : std::as_const(m_dashboard.rows)) {
            if (r.id != id)
                continue;
            QString to;
            if (r.due == DueCategory::ToInactive)
                to = QStringLiteral("inaktif");
            else if (r.due == DueCategory::Permanen)
                to = QStringLiteral("permanen");
            else if (r.due == DueCategory::DinilaiKembali && r.status != QLatin1String("dinilai_kembali"))
                to = QStringLiteral("dinilai_kembali");
            if (to.isEmpty())
                continue;
            if (Status s = filing.setStatus(id, to); !s)
                return report(s, {});
            ++moved;
        }
    }
    report({}, moved == 0
                   ? tr("Tidak ada berkas terpilih yang jatuh tempo pindah inaktif, permanen atau dinilai "
                        "kembali. Usul musnah lewat tombol \"Usulkan musnah\".")
                   : tr("%n berkas ditindaklanjuti sesuai JRA.", nullptr, moved));
}

void RetentionWidget::proposeSelected()
{
    DisposalRegister disposal(m_session.db(), m_session.audit(), m_session.actor());
    auto p = disposal.propose(selectedFileIds());
    if (!p)
        return report(p.error(), {});
    report({}, tr("Daftar usul musnah dibuat (%n berkas) dan menunggu persetujuan pimpinan unit. Simpan "
                  "daftarnya sebagai PDF dengan tombol di bawah.",
                  nullptr, int(p->fileIds.size())));
    for (int row = 0; row < m_proposals->rowCount(); ++row) {
        if (m_proposals->item(row, 0)->data(Qt::UserRole).toString() == p->id)
            m_proposals->selectRow(row);
    }
}

void RetentionWidget::decide(bool approve)
{
    const QString id = selectedProposalId();
    DisposalRegister disposal(m_session.db(), m_session.audit(), m_session.actor());
    if (approve)
        return report(disposal.approve(id), tr("Usul musnah disetujui."));
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Tolak usul musnah"), tr("Alasan penolakan:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok)
        report(disposal.reject(id, reason), tr("Usul musnah ditolak."));
}

void RetentionWidget::executeSelected()
{
    bool ok = false;
    const QString place = QInputDialog::getText(this, tr("Laksanakan pemusnahan"), tr("Tempat pelaksanaan:"),
                                                QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    DisposalRegister disposal(m_session.db(), m_session.audit(), m_session.actor());
    report(disposal.execute(selectedProposalId(), place),
           tr("Pemusnahan dicatat. Simpan berita acaranya sebagai PDF untuk ditandatangani."));
}

bool RetentionWidget::saveProposalPdf(const QString& path)
{
    return savePdf(false, path);
}

bool RetentionWidget::saveBeritaAcaraPdf(const QString& path)
{
    return savePdf(true, path);
}

bool RetentionWidget::savePdf(bool beritaAcara, QString path)
{
    DisposalRegister disposal(m_session.db(), m_session.audit(), m_session.actor());
    auto p = disposal.proposal(selectedProposalId());
    if (!p) {
        report(p.error(), {});
        return false;
    }
    auto pdf = beritaAcara ? DisposalDocuments::beritaAcaraPdf(m_session.db(), *p)
                           : DisposalDocuments::proposalPdf(m_session.db(), *p);
    if (!pdf) {
        report(pdf.error(), {});
        return false;
    }
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Simpan PDF"),
                                            beritaAcara ? tr("berita-acara-pemusnahan.pdf")
                                                        : tr("daftar-usul-musnah.pdf"),
                                            tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        m_message->setText(tr("Tidak dapat menyimpan %1").arg(path));
        return false;
    }
    m_message->setText(tr("Tersimpan: %1").arg(path));
    return true;
}

} // namespace lontar::records
