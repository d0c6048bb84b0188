#include "esign/ui/EsignPage.h"

#include "esign/EsignModule.h"
#include "esign/PdfSigner.h"
#include "shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <poppler-qt6.h>

namespace lontar::esign {

namespace {
QString g_nextFileName;
QString g_nextPassword;
bool g_hasNextPassword = false;
bool g_nextPasswordCancelled = false;
constexpr double kDpi = 72.0; // a whole A4 page fits a laptop screen

QString fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

// ---- PdfPageView ----

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

// ---- EsignPage ----

void EsignPage::setNextFileName(const QString& name)
{
    g_nextFileName = name;
}

void EsignPage::setNextPassword(const QString& password)
{
    g_nextPassword = password;
    g_hasNextPassword = true;
}

QString EsignPage::askFile(const QString& title, const QString& filter, bool save, bool directory)
{
    if (!g_nextFileName.isNull())
        return std::exchange(g_nextFileName, QString());
    if (directory)
        return QFileDialog::getExistingDirectory(this, title);
    return save ? QFileDialog::getSaveFileName(this, title, {}, filter)
                : QFileDialog::getOpenFileName(this, title, {}, filter);
}

void EsignPage::setNextPasswordCancelled()
{
    g_hasNextPassword = true;
    g_nextPasswordCancelled = true;
}

std::optional<QString> EsignPage::askPassword()
{
    if (g_hasNextPassword) {
        g_hasNextPassword = false;
        if (std::exchange(g_nextPasswordCancelled, false))
            return std::nullopt;
        return std::exchange(g_nextPassword, QString());
    }
    bool ok = false;
    const QString pw = QInputDialog::getText(
        this, tr("Kata sandi kunci"), tr("Kata sandi berkas kunci (PKCS#12):"), QLineEdit::Password, {}, &ok);
    // Closing the prompt is a cancel, not an empty (wrong) password.
    if (!ok)
        return std::nullopt;
    return pw;
}

EsignPage::~EsignPage()
{
    if (m_batchCancelFlag)
        m_batchCancelFlag->store(true);
}

EsignPage::EsignPage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("esignTabs"));

    // -- sign
    auto* signTab = new QWidget(tabs);
    m_view = new PdfPageView(signTab);
    auto* scroll = new QScrollArea(signTab);
    scroll->setWidget(m_view);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    auto* open = new QPushButton(tr("Buka PDF…"), signTab);
    open->setObjectName(QStringLiteral("openPdfButton"));
    m_pageSpin = new QSpinBox(signTab);
    m_pageSpin->setObjectName(QStringLiteral("pageSpinBox"));
    m_pageSpin->setRange(1, 1);
    m_keyFile = new QLineEdit(signTab);
    m_keyFile->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_keyFile->setPlaceholderText(tr("berkas .p12 dari BSrE atau CA internal"));
    auto* browse = new QPushButton(tr("Pilih…"), signTab);
    browse->setObjectName(QStringLiteral("browseKeyButton"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    m_visible = new QCheckBox(tr("Stempel terlihat (tanpa centang: paraf)"), signTab);
    m_visible->setObjectName(QStringLiteral("visibleCheckBox"));
    m_visible->setChecked(true);
    m_reason = new QLineEdit(signTab);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_keySource = new QComboBox(signTab);
    m_keySource->setObjectName(QStringLiteral("keySourceComboBox"));
    m_keySource->addItem(tr("Berkas kunci PKCS#12"));
    m_keySource->addItem(tr("Token / kartu pintar (PKCS#11)"));
    m_tokenModule = new QLineEdit(QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"), signTab);
    m_tokenModule->setObjectName(QStringLiteral("tokenModuleLineEdit"));
    m_tokenLabel = new QLineEdit(signTab);
    m_tokenLabel->setObjectName(QStringLiteral("tokenLabelLineEdit"));
    m_tokenLabel->setPlaceholderText(tr("label token"));
    m_tsaUrl = new QLineEdit(signTab);
    m_tsaUrl->setObjectName(QStringLiteral("tsaUrlLineEdit"));
    m_tsaUrl->setPlaceholderText(tr("opsional: alamat server stempel waktu (RFC 3161)"));
    m_location = new QLineEdit(signTab);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_signButton = new QPushButton(tr("Tandatangani"), signTab);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setProperty("primary", true);
    m_signButton->setEnabled(false);
    m_signStatus = new QLabel(signTab);
    m_signStatus->setObjectName(QStringLiteral("signStatusLabel"));
    m_signStatus->setWordWrap(true);
    auto* hint = new QLabel(
        tr("Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya."), signTab);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    auto* who = new QLabel(QStringLiteral("<b>%1</b><br>NIP. %2<br>%3")
                               .arg(context.user.fullName.toHtmlEscaped(), context.user.nip,
                                    context.user.position.toHtmlEscaped()),
                           signTab);
    who->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* tokenBox = new QWidget(signTab);
    auto* tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokenModule);
    tokenLayout->addWidget(m_tokenLabel);
    tokenBox->setVisible(false);
    auto* fileBox = new QWidget(signTab);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, [tokenBox, fileBox](int index) {
        tokenBox->setVisible(index == 1);
        fileBox->setVisible(index == 0);
    });
    form->addRow(tr("Penanda tangan"), who);
    form->addRow(tr("Halaman"), m_pageSpin);
    fileBox->setLayout(keyRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Kunci penandatanganan"), m_keySource);
    form->addRow(fileBox);
    form->addRow(tokenBox);
    form->addRow(m_visible);
    form->addRow(tr("Alasan"), m_reason);
    form->addRow(tr("Lokasi"), m_location);
    form->addRow(tr("Stempel waktu (PAdES B-T)"), m_tsaUrl);
    auto* side = new QWidget(signTab);
    side->setMaximumWidth(340);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(open);
    sideLayout->addWidget(hint);
    sideLayout->addLayout(form);
    sideLayout->addWidget(m_signButton);
    sideLayout->addWidget(m_signStatus);
    sideLayout->addStretch();
    auto* signLayout = new QHBoxLayout(signTab);
    signLayout->addWidget(scroll, 1);
    signLayout->addWidget(side);
    tabs->addTab(signTab, tr("Tandatangani"));

    // -- verify
    auto* verifyTab = new QWidget(tabs);
    auto* verifyOpen = new QPushButton(tr("Periksa PDF…"), verifyTab);
    verifyOpen->setObjectName(QStringLiteral("verifyOpenButton"));
    auto* exportButton = new QPushButton(tr("Simpan laporan…"), verifyTab);
    exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_signatures = new QTreeWidget(verifyTab);
    m_signatures->setObjectName(QStringLiteral("signatureTree"));
    m_signatures->setHeaderLabels(
        {tr("Tanda tangan"), tr("Status"), tr("Penanda tangan"), tr("Waktu"), tr("Cakupan")});
    m_signatures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signatures->setRootIsDecorated(false);
    m_details = new QTextEdit(verifyTab);
    m_details->setObjectName(QStringLiteral("verificationDetails"));
    m_verdict = new QLabel(verifyTab);
    m_verdict->setObjectName(QStringLiteral("verificationVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_details->setReadOnly(true);
    auto* verifyButtons = new QHBoxLayout;
    verifyButtons->addWidget(verifyOpen);
    verifyButtons->addStretch();
    verifyButtons->addWidget(exportButton);
    auto* verifyLayout = new QVBoxLayout(verifyTab);
    verifyLayout->addLayout(verifyButtons);
    verifyLayout->addWidget(m_verdict);
    verifyLayout->addWidget(m_signatures, 1);
    verifyLayout->addWidget(m_details, 1);
    tabs->addTab(verifyTab, tr("Verifikasi"));

    // -- batch
    auto* batchTab = new QWidget(tabs);
    m_batchInput = new QLineEdit(batchTab);
    m_batchInput->setObjectName(QStringLiteral("batchInputLineEdit"));
    m_batchOutput = new QLineEdit(batchTab);
    m_batchOutput->setObjectName(QStringLiteral("batchOutputLineEdit"));
    m_batchStart = new QPushButton(tr("Mulai tanda tangan massal"), batchTab);
    m_batchStart->setObjectName(QStringLiteral("batchStartButton"));
    m_batchStart->setProperty("primary", true);
    m_batchCancel = new QPushButton(tr("Batal"), batchTab);
    m_batchCancel->setObjectName(QStringLiteral("batchCancelButton"));
    m_batchCancel->setEnabled(false);
    m_batchProgress = new QProgressBar(batchTab);
    m_batchProgress->setObjectName(QStringLiteral("batchProgressBar"));
    m_batchResults = new QListWidget(batchTab);
    m_batchResults->setObjectName(QStringLiteral("batchResultList"));
    auto* batchForm = new QFormLayout;
    batchForm->addRow(tr("Folder dokumen asli"), m_batchInput);
    batchForm->addRow(tr("Folder hasil"), m_batchOutput);
    auto* batchNote =
        new QLabel(tr("Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. "
                      "Kunci dan stempel diambil dari tab Tandatangani."),
                   batchTab);
    batchNote->setWordWrap(true);
    batchNote->setProperty("muted", true);
    auto* batchButtons = new QHBoxLayout;
    batchButtons->addWidget(m_batchStart);
    batchButtons->addWidget(m_batchCancel);
    batchButtons->addStretch();
    auto* batchLayout = new QVBoxLayout(batchTab);
    batchLayout->addLayout(batchForm);
    batchLayout->addWidget(batchNote);
    batchLayout->addLayout(batchButtons);
    batchLayout->addWidget(m_batchProgress);
    batchLayout->addWidget(m_batchResults, 1);
    tabs->addTab(batchTab, tr("Tanda tangan massal"));

    // -- history
    auto* historyTab = new QWidget(tabs);
    m_history = new QTableWidget(historyTab);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setColumnCount(4);
    m_history->setHorizontalHeaderLabels({tr("Waktu"), tr("Dokumen"), tr("Penanda tangan"), tr("Status")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_history);
    tabs->addTab(historyTab, tr("Riwayat"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(tabs);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = askFile(tr("Buka PDF"), tr("Dokumen PDF (*.pdf)"), false);
        if (!path.isEmpty())
            openForSigning(path);
    });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (!m_document)
            return;
        std::unique_ptr<Poppler::Page> p(m_document->page(page - 1));
        if (p)
            m_view->setPage(p->renderToImage(kDpi, kDpi), p->pageSizeF());
    });
    connect(browse, &QPushButton::clicked, this, &EsignPage::browseKey);
    connect(m_signButton, &QPushButton::clicked, this, &EsignPage::sign);
    connect(verifyOpen, &QPushButton::clicked, this, [this] {
        const QString path = askFile(tr("Periksa PDF"), tr("Dokumen PDF (*.pdf)"), false);
        if (!path.isEmpty())
            openForVerification(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &EsignPage::exportReport);
    connect(m_batchStart, &QPushButton::clicked, this, &EsignPage::startBatch);
    connect(m_batchCancel, &QPushButton::clicked, this, [this] {
        if (m_batchCancelFlag)
            m_batchCancelFlag->store(true);
        m_batchCancel->setEnabled(false);
    });
    reloadHistory();
}

void EsignPage::openForSigning(const QString& path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked()) {
        m_signStatus->setText(tr("%1 tidak dapat dibuka sebagai PDF.").arg(QFileInfo(path).fileName()));
        m_signButton->setEnabled(false);
        return;
    }
    m_document = std::move(doc);
    m_documentPath = path;
    m_pageSpin->setRange(1, std::max(1, m_document->numPages()));
    m_pageSpin->setValue(m_document->numPages());
    if (std::unique_ptr<Poppler::Page> p{m_document->page(m_pageSpin->value() - 1)}) {
        m_view->setPage(p->renderToImage(kDpi, kDpi), p->pageSizeF());
        // A sensible default: bottom right, where signatures go on Indonesian letters.
        const QSizeF size = p->pageSizeF();
        m_view->setStampRectPoints(QRectF(size.width() - 270, 70, 230, 90));
    }
    m_signButton->setEnabled(true);
    m_signStatus->setText(tr("Dokumen: %1").arg(QFileInfo(path).fileName()));
}

void EsignPage::browseKey()
{
    const QString path = askFile(tr("Pilih berkas kunci"), tr("Kunci PKCS#12 (*.p12 *.pfx)"), false);
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void EsignPage::recordHistory(const QString& input, const QString& output, const QString& status,
                              const QString& error)
{
    // The signing register (synced, append-only) and the audit log, recorded as the logged-in user.
    auto actor = Actor::forUser(m_context.profile.database(), m_context.user);
    if (!actor) {
        qWarning("esign history: %s", qPrintable(actor.errorMessage()));
        return;
    }
    SigningHistory history(m_context.profile.database(), m_context.profile.audit(), *actor);
    SigningRecord record;
    record.documentName = QFileInfo(input).fileName();
    record.documentSha256 = fileSha256(input);
    const bool ok = status == QLatin1String("ok");
    record.outcome = ok ? QStringLiteral("signed") : QStringLiteral("failed");
    record.signedSha256 = ok ? fileSha256(output) : QString();
    record.error = ok ? QString() : (error.isEmpty() ? tr("Gagal menandatangani") : error);
    if (auto r = history.record(record); !r)
        qWarning("esign history: %s", qPrintable(r.errorMessage()));
    reloadHistory();
}

void EsignPage::reloadHistory()
{
    auto actor = Actor::forUser(m_context.profile.database(), m_context.user);
    m_history->setRowCount(0);
    if (!actor)
        return;
    SigningHistory history(m_context.profile.database(), m_context.profile.audit(), *actor);
    auto rows = history.mine();
    if (!rows)
        return;
    for (const SigningRecord& r : *rows) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.signedAtMs);
        m_history->setItem(
            row, 0,
            new QTableWidgetItem(QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))));
        m_history->setItem(row, 1, new QTableWidgetItem(r.documentName));
        m_history->setItem(row, 2, new QTableWidgetItem(r.signerName));
        const bool ok = r.outcome == QLatin1String("signed");
        auto* outcome = new QTableWidgetItem(ok ? tr("Berhasil") : r.error);
        outcome->setForeground(QColor(QLatin1String(ok ? Theme::kOk : Theme::kError)));
        m_history->setItem(row, 3, outcome);
    }
}

Result<std::unique_ptr<SigningKey>> EsignPage::openChosenKey()
{
    if (m_keySource->currentIndex() == 1) {
        if (m_tokenLabel->text().trimmed().isEmpty())
            return Error(tr("Isi label token terlebih dahulu."), Error::Code::InvalidInput);
        const auto pin = askPassword();
        if (!pin)
            return Error(tr("Penandatanganan dibatalkan; tidak ada berkas yang ditulis."),
                         Error::Code::Cancelled);
        return openPkcs11(m_tokenModule->text(), m_tokenLabel->text().trimmed(), *pin);
    }
    if (m_keyFile->text().isEmpty())
        return Error(tr("Pilih berkas kunci terlebih dahulu."), Error::Code::InvalidInput);
    const auto password = askPassword();
    if (!password)
        return Error(tr("Penandatanganan dibatalkan; tidak ada berkas yang ditulis."),
                     Error::Code::Cancelled);
    return openPkcs12(m_keyFile->text(), *password);
}

void EsignPage::sign()
{
    if (m_documentPath.isEmpty())
        return;
    // Where to save first: cancelling there (or at the password prompt) signs nothing and writes nothing.
    const QString output = askFile(tr("Simpan PDF bertanda tangan"), tr("Dokumen PDF (*.pdf)"), true);
    if (output.isEmpty()) {
        m_signStatus->setStyleSheet({});
        m_signStatus->setText(tr("Penandatanganan dibatalkan; tidak ada berkas yang ditulis."));
        return;
    }
    auto key = openChosenKey();
    if (!key) {
        const bool cancelled = key.error().code == Error::Code::Cancelled;
        m_signStatus->setStyleSheet(
            cancelled ? QString() : QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_signStatus->setText(key.errorMessage());
        return;
    }
    SignOptions options;
    options.visible = m_visible->isChecked();
    options.page = m_pageSpin->value();
    options.rect = m_view->stampRectPoints();
    options.reason = m_reason->text();
    options.location = m_location->text();
    options.tsaUrl = m_tsaUrl->text().trimmed();
    options.stamp.signerName = m_context.user.fullName;
    options.stamp.nip = m_context.user.nip;
    options.stamp.position = m_context.user.position;
    if (options.visible && options.rect.isEmpty()) {
        m_signStatus->setText(tr("Seret di halaman untuk menempatkan stempel."));
        return;
    }
    m_signButton->setEnabled(false);
    m_signStatus->setStyleSheet({});
    m_signStatus->setText(tr("Menandatangani…"));
    // Off the UI thread: hashing a large PDF takes a while.
    std::shared_ptr<SigningKey> sharedKey(std::move(*key));
    const QString input = m_documentPath;
    auto* watcher = new QFutureWatcher<Result<SignResult>>(this);
    connect(watcher, &QFutureWatcher<Result<SignResult>>::finished, this, [this, watcher, input, output] {
        const Result<SignResult> result = watcher->result();
        watcher->deleteLater();
        m_signButton->setEnabled(true);
        m_signStatus->setStyleSheet(
            QStringLiteral("color: %1;").arg(QLatin1String(result ? Theme::kOk : Theme::kError)));
        m_signStatus->setText(result ? tr("Ditandatangani: %1").arg(QFileInfo(output).fileName())
                                     : result.errorMessage());
        recordHistory(input, output, result ? QStringLiteral("ok") : QStringLiteral("error"),
                      result.errorMessage());
        if (result)
            openForVerification(output);
    });
    watcher->setFuture(QtConcurrent::run(
        [input, output, sharedKey, options] { return PdfSigner::sign(input, output, *sharedKey, options); }));
}

void EsignPage::openForVerification(const QString& path)
{
    auto report = SignatureVerifier::verify(path, {});
    m_signatures->clear();
    if (!report) {
        m_verdict->clear();
        m_details->setPlainText(report.errorMessage());
        return;
    }
    showVerification(*report);
}

void EsignPage::showVerification(const VerificationReport& report)
{
    m_lastReport = report;
    m_signatures->clear();
    for (int i = 0; i < report.signatures.size(); ++i) {
        const SignatureReport& s = report.signatures.at(i);
        // Green only when intact, trusted and unchanged; amber when intact and unchanged but nobody
        // vouches for the signer (e.g. no trusted root); red when broken or changed afterwards.
        const int level = s.valid() ? 0 : s.intact() && s.unchanged() ? 1 : 2;
        const QString status = level == 0 ? tr("Sah") : level == 1 ? tr("Belum tepercaya") : tr("Tidak sah");
        auto* item = new QTreeWidgetItem(
            m_signatures,
            {QString::number(i + 1) + QStringLiteral(". ") + s.fieldName, status, s.signerName,
             QLocale().toString(s.signingTime.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
             s.changes == SignatureReport::Changes::None                   ? tr("Seluruh dokumen")
             : s.changes == SignatureReport::Changes::LaterRevisionsSigned ? tr("Ada revisi bertanda tangan")
                                                                           : tr("Ada perubahan sesudahnya")});
        item->setForeground(1, QColor(QLatin1String(level == 0   ? Theme::kOk
                                                    : level == 1 ? Theme::kWarn
                                                                 : Theme::kError)));
        item->setToolTip(1, s.trustText());
        item->setData(0, Qt::UserRole, level);
    }
    using Verdict = VerificationReport::Verdict;
    const Verdict verdict = report.verdict();
    const char* colour = verdict == Verdict::Valid        ? Theme::kOk
                         : verdict == Verdict::NotTrusted ? Theme::kWarn
                         : verdict == Verdict::Invalid    ? Theme::kError
                                                          : "#6b6b6b"; // no signature: neutral, not a failure
    m_verdict->setText(report.verdictText());
    m_verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: %2;")
                                 .arg(QLatin1String(colour), verdict == Verdict::NoSignature
                                                                 ? QStringLiteral("normal")
                                                                 : QStringLiteral("bold")));
    m_verdict->setProperty("verdict", int(verdict));
    m_details->setPlainText(report.toText());
}

void EsignPage::exportReport()
{
    if (m_lastReport.file.isEmpty())
        return;
    const QString path = askFile(tr("Simpan laporan verifikasi"), tr("Laporan (*.txt *.json)"), true);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray data = path.endsWith(QLatin1String(".json"))
                                ? QJsonDocument(m_lastReport.toJson()).toJson()
                                : m_lastReport.toText().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        m_details->append(tr("Laporan tidak dapat disimpan ke %1").arg(path));
}

void EsignPage::startBatch()
{
    const QDir inDir(m_batchInput->text());
    const QDir outDir(m_batchOutput->text());
    m_batchResults->clear();
    if (m_batchInput->text().isEmpty() || !inDir.exists() || m_batchOutput->text().isEmpty()) {
        m_batchResults->addItem(tr("Pilih folder dokumen asli dan folder hasil."));
        return;
    }
    if (inDir.canonicalPath() == QDir(outDir).canonicalPath()) {
        m_batchResults->addItem(tr("Folder hasil harus berbeda dari folder dokumen asli."));
        return;
    }
    if (!QDir().mkpath(outDir.path())) {
        m_batchResults->addItem(tr("Folder hasil tidak dapat dibuat."));
        return;
    }
    auto key = openChosenKey();
    if (!key) {
        m_batchResults->addItem(key.errorMessage());
        return;
    }
    const QStringList files =
        inDir.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files, QDir::Name);
    SignOptions options;
    options.visible = m_visible->isChecked() && !m_view->stampRectPoints().isEmpty();
    options.rect = m_view->stampRectPoints();
    options.page = 1;
    options.reason = m_reason->text();
    options.location = m_location->text();
    options.tsaUrl = m_tsaUrl->text().trimmed();
    options.stamp.signerName = m_context.user.fullName;
    options.stamp.nip = m_context.user.nip;
    options.stamp.position = m_context.user.position;

    m_batchProgress->setRange(0, int(files.size()));
    m_batchProgress->setValue(0);
    m_batchStart->setEnabled(false);
    m_batchCancel->setEnabled(true);
    m_batchCancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_batchCancelFlag;
    std::shared_ptr<SigningKey> sharedKey(std::move(*key));
    QPointer<EsignPage> self(this);
    // One worker thread goes through the folder; each file is written atomically, so cancelling
    // between files leaves only complete outputs behind.
    QThread* worker = QThread::create([=] {
        int done = 0;
        for (const QString& name : files) {
            if (cancel->load())
                break;
            const QString in = inDir.filePath(name);
            const QString out = outDir.filePath(name);
            auto r = PdfSigner::sign(in, out, *sharedKey, options);
            ++done;
            QMetaObject::invokeMethod(qApp, [self, in, out, name, done, r] {
                if (!self)
                    return;
                self->m_batchProgress->setValue(done);
                self->m_batchResults->addItem((r ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + name +
                                              (r ? QString() : QStringLiteral(" — ") + r.errorMessage()));
                self->recordHistory(in, out, r ? QStringLiteral("ok") : QStringLiteral("error"),
                                    r.errorMessage());
            });
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, cancel, total = files.size()] {
        worker->deleteLater();
        m_batchStart->setEnabled(true);
        m_batchCancel->setEnabled(false);
        m_batchResults->addItem(
            cancel->load()
                ? tr("Dibatalkan setelah %1 dari %2 dokumen.").arg(m_batchProgress->value()).arg(total)
                : tr("Selesai: %n dokumen.", nullptr, int(total)));
    });
    worker->start();
}

} // namespace lontar::esign
