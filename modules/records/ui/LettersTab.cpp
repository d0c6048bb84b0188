#include "records/ui/LettersTab.h"

#include "core/Identity.h"
#include "records/LetterImporter.h"
#include "records/RecordsPolicies.h"
#include "records/ui/ImportDialog.h"
#include "records/ui/LetterForm.h"
#include "records/ui/LetterView.h"
#include "records/ui/LettersModel.h"
#include "records/ui/LettersSearchWorker.h"
#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lontar::records {

namespace {

constexpr int kPageSize = 100;
constexpr int kTypingDelayMs = 250;

QDateEdit* filterDate(const QString& name, const QDate& date, QWidget* parent)
{
    auto* e = new QDateEdit(date, parent);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    e->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    e->setEnabled(false);
    return e;
}

} // namespace

LettersTab::LettersTab(RecordsSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("recordsLettersTab"));
    m_model = new LettersModel(this);
    m_worker = new LettersSearchWorker(session.db().location(), this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &LettersTab::refresh);
    connect(m_worker, &LettersSearchWorker::finished, this, &LettersTab::onResults);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordsSearchEdit"));
    m_search->setPlaceholderText(tr("Cari perihal, pengirim, nomor, atau isi naskah…"));
    m_search->setClearButtonEnabled(true);
    m_importFiles = new QPushButton(tr("Impor PDF…"), this);
    m_importFiles->setObjectName(QStringLiteral("recordsImportFilesButton"));
    m_importFiles->setToolTip(tr("Catat satu atau beberapa berkas PDF sebagai naskah masuk"));
    m_importFolder = new QPushButton(tr("Impor folder…"), this);
    m_importFolder->setObjectName(QStringLiteral("recordsImportFolderButton"));
    m_importFolder->setToolTip(tr("Catat semua berkas PDF dalam satu folder (termasuk subfolder)"));
    m_importFiles->setVisible(mayImport());
    m_importFolder->setVisible(mayImport());
    connect(m_importFiles, &QPushButton::clicked, this, &LettersTab::importFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &LettersTab::importFolder);
    connect(m_search, &QLineEdit::textChanged, this, [this] { scheduleSearch(kTypingDelayMs); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_importFiles);
    top->addWidget(m_importFolder);

    buildFilters();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordsLettersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LettersDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LettersModel::Subject, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(LettersModel::Agenda, fm.horizontalAdvance(QStringLiteral("0000/0000")) + 24);
    m_table->setColumnWidth(LettersModel::Received,
                            fm.horizontalAdvance(QStringLiteral("30 September 2026")) + 20);
    m_table->setColumnWidth(LettersModel::Sender, fm.horizontalAdvance(QLatin1Char('M')) * 16);
    m_table->setColumnWidth(LettersModel::Classification,
                            fm.horizontalAdvance(QStringLiteral("Klasifikasi")) + 24);
    m_table->setColumnWidth(LettersModel::Sifat, fm.horizontalAdvance(QStringLiteral("Sangat segera")) + 20);
    m_table->setColumnWidth(LettersModel::Security,
                            fm.horizontalAdvance(QStringLiteral("Sangat rahasia")) + 40);
    m_table->setColumnWidth(LettersModel::Status,
                            fm.horizontalAdvance(QStringLiteral("Didisposisikan")) + 20);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const IncomingLetter* l = m_model->letterAt(index.row()))
            openLetter(l->id);
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("recordsLettersEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #4d5857; font-size: 12pt; padding: 40px;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordsLettersCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recordsLettersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_dateFilter->parentWidget());
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    refresh();
}

LettersTab::~LettersTab() = default;

void LettersTab::buildFilters()
{
    auto* filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("recordsFilters"));
    // Two rows, so the filters fit next to the shell's navigation on a 1366-pixel laptop screen.
    auto* rows = new QVBoxLayout(filters);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(grid);
    rows->addLayout(second);

    m_dateFilter = new QCheckBox(tr("Diterima"), filters);
    m_dateFilter->setObjectName(QStringLiteral("recordsDateFilter"));
    const QDate today = QDate::currentDate();
    m_from = filterDate(QStringLiteral("recordsDateFrom"), QDate(today.year(), 1, 1), filters);
    m_to = filterDate(QStringLiteral("recordsDateTo"), today, filters);
    m_sender = new QLineEdit(filters);
    m_sender->setObjectName(QStringLiteral("recordsSenderFilter"));
    m_sender->setPlaceholderText(tr("Pengirim"));
    m_sender->setClearButtonEnabled(true);
    m_sender->setMinimumWidth(160);
    m_sender->setMaximumWidth(220);

    m_classification = new QComboBox(filters);
    m_classification->setObjectName(QStringLiteral("recordsClassificationFilter"));
    fillClassificationCombo(m_classification, m_session.db(), tr("Semua klasifikasi"));
    m_classification->setMaximumWidth(380);
    m_classification->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_classification->setMinimumContentsLength(24);

    m_unit = new QComboBox(filters);
    m_unit->setObjectName(QStringLiteral("recordsUnitFilter"));
    m_unit->addItem(tr("Semua unit"), QString());
    if (auto units = IdentityStore(m_session.db()).units()) {
        const Actor& a = m_session.actor();
        const bool all = a.user.hasRole(Role::Arsiparis);
        for (const OrgUnit& u : *units) {
            if (all || a.unitSubtree.contains(u.id))
                m_unit->addItem(u.code, u.id);
        }
        m_unit->setToolTip(tr("Unit pencatat naskah"));
    }

    m_security = new QComboBox(filters);
    m_security->setObjectName(QStringLiteral("recordsSecurityFilter"));
    m_security->addItem(tr("Semua kelas keamanan"), -1);
    for (int level = 0; level <= qBound(0, m_session.actor().clearance, 3); ++level)
        m_security->addItem(securityClassDisplayName(SecurityClass(level)), level);

    m_status = new QComboBox(filters);
    m_status->setObjectName(QStringLiteral("recordsStatusFilter"));
    m_status->addItem(tr("Semua status"), QString());
    for (const QString& key : letterStatusKeys())
        m_status->addItem(letterStatusDisplayName(key), key);

    m_clear = new QPushButton(tr("Hapus filter"), filters);
    m_clear->setObjectName(QStringLiteral("recordsClearFilters"));
    m_clear->setFlat(true);

    grid->addWidget(m_dateFilter);
    grid->addWidget(m_from);
    grid->addWidget(new QLabel(QStringLiteral("–"), filters));
    grid->addWidget(m_to);
    grid->addSpacing(8);
    grid->addWidget(m_sender);
    grid->addWidget(m_classification, 1);
    grid->addStretch();
    second->addWidget(m_unit);
    second->addWidget(m_security);
    second->addWidget(m_status);
    second->addWidget(m_clear);
    second->addStretch();

    const auto changed = [this] { scheduleSearch(0); };
    connect(m_dateFilter, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_sender, &QLineEdit::textChanged, this, [this] { scheduleSearch(kTypingDelayMs); });
    connect(m_classification, &QComboBox::currentIndexChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &LettersTab::clearFilters);
}

bool LettersTab::mayImport() const
{
    const User& u = m_session.actor().user;
    return u.hasRole(Role::Pencatat) || u.hasRole(Role::Arsiparis);
}

bool LettersTab::isSearching() const
{
    return m_debounce->isActive() || m_worker->isBusy();
}

void LettersTab::clearFilters()
{
    const QSignalBlocker b1(m_dateFilter), b2(m_sender), b3(m_classification), b4(m_unit), b5(m_security),
        b6(m_status);
    m_dateFilter->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_sender->clear();
    m_classification->setCurrentIndex(0);
    m_unit->setCurrentIndex(0);
    m_security->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    scheduleSearch(0);
}

LetterQuery LettersTab::query() const
{
    LetterQuery q;
    q.text = m_search->text().trimmed();
    if (m_dateFilter->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.sender = m_sender->text().trimmed();
    q.classification = m_classification->currentData().toString();
    if (const QString unit = m_unit->currentData().toString(); !unit.isEmpty())
        q.unitIds = {unit};
    if (const int level = m_security->currentData().toInt(); level >= 0)
        q.securityClass = SecurityClass(level);
    q.status = m_status->currentData().toString();
    // A shared device may hold letters of a previous user's scope: never show above this user's clearance.
    q.maxSecurityLevel = qBound(0, m_session.actor().clearance, 3);
    q.limit = kPageSize;
    return q;
}

void LettersTab::scheduleSearch(int delayMs)
{
    m_debounce->start(delayMs);
}

void LettersTab::refresh()
{
    m_debounce->stop();
    m_count->setText(tr("Mencari…"));
    m_worker->search(query());
}

void LettersTab::onResults(const QList<LetterHit>& hits, const QString& error)
{
    if (!error.isEmpty()) {
        m_message->setText(tr("Pencarian gagal: %1").arg(error));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_message->show();
    } else {
        m_message->hide();
    }
    const bool withText = !m_search->text().trimmed().isEmpty();
    QList<LetterHit> shown = hits;
    if (!withText) {
        // Without words there is nothing to highlight: the list shows the perihal alone.
        for (LetterHit& h : shown)
            h.snippet = {};
    }
    m_model->setHits(std::move(shown));
    // Rows with a snippet need room for the perihal and two lines of the letter's text.
    const int line = m_table->fontMetrics().lineSpacing();
    m_table->verticalHeader()->setDefaultSectionSize(withText ? 4 * line + 10 : line + 12);

    const LetterQuery q = query();
    const bool filtered = !q.text.isEmpty() || q.from.isValid() || !q.sender.isEmpty() ||
                          !q.classification.isEmpty() || !q.unitIds.isEmpty() || q.securityClass ||
                          !q.status.isEmpty();
    if (hits.isEmpty()) {
        if (filtered)
            m_empty->setText(tr("Tidak ada naskah yang cocok.\nCoba kata lain, atau hapus sebagian filter."));
        else if (mayImport())
            m_empty->setText(tr("Belum ada naskah masuk.\nImpor PDF surat yang diterima dengan tombol "
                                "“Impor PDF…” atau “Impor folder…”."));
        else
            m_empty->setText(tr("Belum ada naskah masuk yang dapat Anda baca.\nNaskah dari unit Anda muncul "
                                "di sini setelah dicatat oleh pencatat surat dan disinkronkan."));
        m_stack->setCurrentWidget(m_empty);
        m_count->setText(filtered ? tr("Tidak ada yang cocok") : tr("Belum ada naskah"));
    } else {
        m_stack->setCurrentWidget(m_table);
        m_count->setText(
            hits.size() >= kPageSize
                ? tr("%1 naskah teratas ditampilkan; persempit pencarian untuk melihat yang lain")
                      .arg(hits.size())
                : tr("%n naskah", nullptr, int(hits.size())));
    }
    Q_EMIT searched(int(hits.size()));
}

void LettersTab::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Pilih berkas PDF naskah masuk"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Berkas PDF (*.pdf *.PDF)"));
    if (!files.isEmpty())
        importChosen(files);
}

void LettersTab::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Pilih folder berisi PDF naskah masuk"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (dir.isEmpty())
        return;
    const QStringList files = LetterImporter::collectFiles({dir});
    if (files.isEmpty()) {
        m_message->setText(tr("Tidak ada berkas PDF di folder %1.").arg(QDir::toNativeSeparators(dir)));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kWarn)));
        m_message->show();
        return;
    }
    importChosen(files);
}

void LettersTab::importChosen(const QStringList& files)
{
    LetterForm form(m_session, files, this);
    if (form.exec() != QDialog::Accepted)
        return;
    startImport(files, form.draft());
}

ImportDialog* LettersTab::startImport(const QStringList& files, const LetterDraft& defaults)
{
    auto* dialog = new ImportDialog(m_session, files, defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] { refresh(); });
    dialog->open();
    dialog->start();
    return dialog;
}

LetterView* LettersTab::openLetter(const QString& letterId)
{
    if (m_view)
        m_view->close();
    m_view = new LetterView(m_session, letterId, this);
    m_view->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_view, &LetterView::letterChanged, this, [this] { scheduleSearch(0); });
    m_view->show();
    return m_view;
}

} // namespace lontar::records
