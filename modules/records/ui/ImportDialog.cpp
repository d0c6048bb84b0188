#include "records/ui/ImportDialog.h"

#include "records/ui/RecordsSession.h"
#include "shell/Theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace lontar::records {

ImportDialog::ImportDialog(RecordsSession& session, QStringList files, LetterDraft defaults, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_files(std::move(files))
    , m_defaults(std::move(defaults))
{
    setObjectName(QStringLiteral("recordsImportDialog"));
    setWindowTitle(tr("Impor naskah masuk"));
    resize(720, 420);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordsImportStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recordsImportProgress"));
    m_progress->setRange(0, int(m_files.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v dari %m berkas"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recordsImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_refused = new QTableWidget(0, 2, this);
    m_refused->setObjectName(QStringLiteral("recordsImportRefused"));
    m_refused->setHorizontalHeaderLabels({tr("Berkas yang ditolak"), tr("Alasan")});
    m_refused->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_refused->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_refused->verticalHeader()->hide();
    m_refused->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refused->setWordWrap(true);
    m_refused->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refused->setFocusPolicy(Qt::NoFocus); // no cell looks picked; the reasons stay selectable to copy
    m_refused->hide();

    m_cancelButton = new QPushButton(tr("Batalkan impor"), this);
    m_cancelButton->setObjectName(QStringLiteral("recordsImportCancel"));
    m_closeButton = new QPushButton(tr("Tutup"), this);
    m_closeButton->setObjectName(QStringLiteral("recordsImportClose"));
    m_closeButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_refused, 1);
    layout->addStretch();
    layout->addLayout(buttons);
}

ImportDialog::~ImportDialog()
{
    // The worker posts to this dialog: it must be done before the dialog goes.
    m_cancel->store(true);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ImportDialog::start()
{
    if (m_running || m_worker)
        return;
    m_running = true;
    m_status->setText(tr("Menyiapkan %n berkas…", nullptr, int(m_files.size())));
    const QString databasePath = m_session.db().location();
    const QString blobDir = m_session.context().profile.directory() + QStringLiteral("/blobs");
    const Actor actor = m_session.actor();
    m_worker = QThread::create(
        [this, files = m_files, defaults = m_defaults, databasePath, blobDir, actor, cancel = m_cancel] {
            auto db = Database::openSqlite(databasePath);
            if (!db) {
                const QString error = db.errorMessage();
                QMetaObject::invokeMethod(
                    this, [this, error] { onFinished({}, error); }, Qt::QueuedConnection);
                return;
            }
            QList<ImportOutcome> outcomes;
            {
                // The worker's own audit log on its own connection: entries chain on in the same log.
                AuditLog audit(**db);
                LetterRegister letters(**db, audit, actor);
                LetterImporter importer(letters, blobDir);
                outcomes = importer.importAll(
                    files, defaults,
                    [this](int done, int total, const ImportOutcome& outcome) {
                        QMetaObject::invokeMethod(
                            this, [this, done, total, outcome] { onProgress(done, total, outcome); },
                            Qt::QueuedConnection);
                    },
                    cancel.get());
            }
            db->reset(); // closed on the thread that opened it
            QMetaObject::invokeMethod(
                this, [this, outcomes] { onFinished(outcomes, QString()); }, Qt::QueuedConnection);
        });
    m_worker->start();
}

void ImportDialog::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Membatalkan… berkas yang sedang dibaca tidak disimpan."));
}

void ImportDialog::reject()
{
    // Escape or the window's close button while importing means cancel, not leaving it running unseen.
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(int done, int total, const ImportOutcome& outcome)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    if (!m_cancel->load())
        m_status->setText(
            tr("Berkas %1 dari %2: %3 — %4")
                .arg(done)
                .arg(total)
                .arg(QFileInfo(outcome.path).fileName(),
                     outcome.imported ? tr("tercatat %1").arg(outcome.letter.agenda) : tr("ditolak")));
}

void ImportDialog::onFinished(const QList<ImportOutcome>& outcomes, const QString& error)
{
    m_running = false;
    m_outcomes = outcomes;
    int imported = 0;
    m_refused->setRowCount(0);
    for (const ImportOutcome& o : outcomes) {
        if (o.imported) {
            ++imported;
            continue;
        }
        const int row = m_refused->rowCount();
        m_refused->insertRow(row);
        auto* name = new QTableWidgetItem(QFileInfo(o.path).fileName());
        name->setToolTip(o.path);
        m_refused->setItem(row, 0, name);
        auto* reason = new QTableWidgetItem(o.reason);
        reason->setToolTip(o.reason);
        m_refused->setItem(row, 1, reason);
    }
    m_refused->resizeRowsToContents();
    const int refused = int(outcomes.size()) - imported;
    const int notReached = int(m_files.size()) - int(outcomes.size());
    const bool cancelled = m_cancel->load() && notReached > 0;

    QStringList lines;
    if (!error.isEmpty())
        lines << tr("Impor tidak dapat dijalankan: %1").arg(error);
    lines << tr("%n naskah tercatat.", nullptr, imported);
    if (refused > 0)
        lines << tr("%n berkas ditolak; alasannya di bawah. Perbaiki berkasnya lalu impor lagi.", nullptr,
                    refused);
    if (cancelled)
        lines << tr("Impor dibatalkan: %n berkas belum diproses dan tidak disimpan.", nullptr, notReached);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;")
            .arg(QLatin1String(refused > 0 || cancelled || !error.isEmpty() ? Theme::kWarn : Theme::kOk)));
    m_summary->show();
    m_refused->setVisible(refused > 0);
    m_status->setText(cancelled ? tr("Dibatalkan.") : tr("Selesai."));
    m_progress->setValue(int(outcomes.size()));
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    Q_EMIT importFinished(imported, refused, cancelled);
}

} // namespace lontar::records
