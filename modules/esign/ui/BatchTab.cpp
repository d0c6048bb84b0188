#include "esign/ui/BatchTab.h"

#include "esign/BatchSigner.h"
#include "esign/EsignSettings.h"
#include "esign/ui/EsignDialogs.h"
#include "esign/ui/HistoryTab.h"
#include "esign/ui/KeyChooser.h"
#include "esign/ui/SignTab.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace lontar::esign {

BatchTab::BatchTab(ShellContext& context, SignTab& signTab, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_signTab(signTab)
{
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("batchInputLineEdit"));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("batchOutputLineEdit"));
    auto* pickInput = new QPushButton(tr("Pilih folder…"), this);
    pickInput->setObjectName(QStringLiteral("batchInputBrowseButton"));
    auto* pickOutput = new QPushButton(tr("Pilih folder…"), this);
    pickOutput->setObjectName(QStringLiteral("batchOutputBrowseButton"));
    m_anchor = new QLineEdit(QStringLiteral("${ttd}"), this);
    m_anchor->setObjectName(QStringLiteral("batchAnchorLineEdit"));
    m_start = new QPushButton(tr("Mulai tanda tangan massal"), this);
    m_start->setObjectName(QStringLiteral("batchStartButton"));
    m_start->setProperty("primary", true);
    m_cancel = new QPushButton(tr("Batal"), this);
    m_cancel->setObjectName(QStringLiteral("batchCancelButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgressBar"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("batchResultList"));

    auto row = [this](QLineEdit* edit, QPushButton* button) {
        auto* box = new QHBoxLayout;
        box->addWidget(edit, 1);
        box->addWidget(button);
        return box;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Folder dokumen asli"), row(m_input, pickInput));
    form->addRow(tr("Folder hasil"), row(m_output, pickOutput));
    form->addRow(tr("Penanda tempat stempel"), m_anchor);
    auto* note =
        new QLabel(tr("Stempel ditempatkan pada penanda (mis. ${ttd}) atau di atas nama penanda tangan; "
                      "bila tidak ada, di kanan bawah halaman terakhir. Dokumen asli tidak diubah; hasil "
                      "disimpan sebagai <i>nama</i>-ttd.pdf di folder hasil. Sertifikat dan jenis tanda "
                      "tangan diambil dari tab Tandatangani."),
                   this);
    note->setWordWrap(true);
    note->setProperty("muted", true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(pickInput, &QPushButton::clicked, this,
            [this] { pickFolder(m_input, tr("Pilih folder dokumen asli")); });
    connect(pickOutput, &QPushButton::clicked, this,
            [this] { pickFolder(m_output, tr("Pilih folder hasil")); });
    connect(m_start, &QPushButton::clicked, this, &BatchTab::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
    });
}

BatchTab::~BatchTab()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void BatchTab::pickFolder(QLineEdit* target, const QString& title)
{
    const QString folder = dialogs::askDirectory(this, title);
    if (!folder.isEmpty())
        target->setText(folder);
}

void BatchTab::start()
{
    m_results->clear();
    m_summary->clear();
    m_summary->setStyleSheet({});
    const QString inFolder = m_input->text().trimmed();
    const QString outFolder = m_output->text().trimmed();
    if (inFolder.isEmpty() || !QDir(inFolder).exists() || outFolder.isEmpty()) {
        m_summary->setText(tr("Pilih folder dokumen asli dan folder hasil."));
        return;
    }
    if (QDir(inFolder).canonicalPath() == QDir(outFolder).canonicalPath()) {
        m_summary->setText(tr("Folder hasil harus berbeda dari folder dokumen asli."));
        return;
    }
    auto inputs = BatchSigner::pdfsInFolder(inFolder);
    if (!inputs) {
        m_summary->setText(inputs.errorMessage());
        return;
    }
    if (inputs->isEmpty()) {
        m_summary->setText(tr("Folder %1 tidak berisi dokumen PDF.").arg(inFolder));
        return;
    }
    // Results already there: ask, never overwrite silently.
    int existing = 0;
    for (const QString& in : std::as_const(*inputs))
        existing += QFileInfo::exists(QDir(outFolder).filePath(BatchSigner::outputFileName(in))) ? 1 : 0;
    OverwritePolicy policy = OverwritePolicy::Refuse;
    if (existing > 0) {
        const int answer = dialogs::choose(
            this, tr("Berkas hasil sudah ada"),
            tr("%n berkas hasil sudah ada di folder hasil. Timpa berkas itu, atau lewati dokumennya?",
               nullptr, existing),
            {tr("Timpa"), tr("Lewati"), tr("Batal")});
        if (answer != 0 && answer != 1) {
            m_summary->setText(tr("Dibatalkan; tidak ada berkas yang ditulis."));
            return;
        }
        policy = answer == 0 ? OverwritePolicy::Overwrite : OverwritePolicy::Skip;
    }
    auto key = m_signTab.keyChooser()->openKey();
    if (!key) {
        m_summary->setText(key.errorMessage());
        return;
    }
    const SignatureKind kind = m_signTab.kind();
    auto identity = m_signTab.checkKey(**key, kind);
    if (!identity) {
        HistoryTab::record(m_context, inFolder, {}, {}, identity.errorMessage());
        m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_summary->setText(identity.errorMessage());
        return;
    }
    BatchOptions options(policy);
    options.sign = m_signTab.baseOptions();
    options.sign.stamp.signerName = identity->name;
    options.sign.stamp.nip = identity->nip;
    options.sign.stamp.position = kind == SignatureKind::Final ? m_context.user.position : QString();
    options.sign.stamp.initials = initialsOf(identity->name);
    options.sign.stamp.footer =
        stampFooterFor(*identity, EsignSettings(m_context.profile).otherIssuerFooter());
    options.placement.anchorText = m_anchor->text().trimmed();
    options.placement.signerName = identity->name;
    if (kind == SignatureKind::Paraf)
        options.placement.stampSize = QSizeF(70, 40);

    m_progress->setRange(0, int(inputs->size()));
    m_progress->setValue(0);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelFlag;
    std::shared_ptr<SigningKey> sharedKey(std::move(*key));
    auto report = std::make_shared<Result<BatchReport>>(Error(QString()));
    QPointer<BatchTab> self(this);
    const QStringList files = *inputs;
    QThread* worker = QThread::create([=] {
        *report = BatchSigner::run(
            files, outFolder, *sharedKey, options,
            [self](int done, int, const QString&) {
                QMetaObject::invokeMethod(qApp, [self, done] {
                    if (self)
                        self->m_progress->setValue(done);
                });
            },
            cancel.get());
    });
    // A batch signs B-B, or B-T when a timestamp server is given (PdfSigner decides from the TSA URL).
    const QString level = options.sign.tsaUrl.isEmpty() ? QStringLiteral("B-B") : QStringLiteral("B-T");
    connect(worker, &QThread::finished, this, [this, worker, report, level] {
        worker->deleteLater();
        m_start->setEnabled(true);
        m_cancel->setEnabled(false);
        if (!*report) {
            m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
            m_summary->setText(report->errorMessage());
            return;
        }
        const BatchReport& r = **report;
        for (const BatchItem& item : r.items) {
            const QString name = QFileInfo(item.inputPath).fileName();
            switch (item.outcome) {
            case BatchItem::Outcome::Signed:
                m_results->addItem(
                    QStringLiteral("✔ ") + name +
                    (item.visible ? QStringLiteral(" — ") + item.placement.describe() : QString()));
                HistoryTab::record(m_context, item.inputPath, item.outputPath, {}, {}, level,
                                   item.documentSha256);
                break;
            case BatchItem::Outcome::Failed:
                m_results->addItem(QStringLiteral("✖ ") + name + QStringLiteral(" — ") + item.reason);
                HistoryTab::record(m_context, item.inputPath, {}, {}, item.reason, level);
                break;
            case BatchItem::Outcome::Skipped:
                m_results->addItem(QStringLiteral("– ") + name + QStringLiteral(" — ") + item.reason);
                break;
            case BatchItem::Outcome::Cancelled:
                break;
            }
        }
        m_summary->setStyleSheet(
            QStringLiteral("color: %1;").arg(QLatin1String(r.complete() ? Theme::kOk : Theme::kWarn)));
        m_summary->setText(r.headline());
    });
    worker->start();
}

} // namespace lontar::esign
