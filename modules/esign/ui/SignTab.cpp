#include "esign/ui/SignTab.h"

#include "core/Uuid.h"
#include "esign/DemoKeys.h"
#include "esign/EsignModule.h"
#include "esign/EsignSettings.h"
#include "esign/LongTermValidation.h"
#include "esign/ui/EsignDialogs.h"
#include "esign/ui/HistoryTab.h"
#include "esign/ui/KeyChooser.h"
#include "esign/ui/PdfPageView.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <poppler-qt6.h>

namespace lontar::esign {

namespace {
constexpr double kDpi = 72.0; // a whole A4 page fits a laptop screen
const QSizeF kStampSize(230, 90);
const QSizeF kParafSize(70, 40);

struct SignOutcome
{
    Result<SignResult> result;
    QString documentSha256;
};
} // namespace

SignTab::SignTab(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_timeZone(EsignSettings(context.profile).officeTimeZone(context.user))
{
    // -- the left side: a guided empty state until a document is open, then the page
    m_pageStack = new QStackedWidget(this);
    auto* empty = new QWidget(m_pageStack);
    empty->setObjectName(QStringLiteral("signEmptyState"));
    auto* emptyTitle = new QLabel(tr("Menandatangani dokumen"), empty);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    const QStringList stepTexts{
        tr("Buka dokumen PDF yang akan ditandatangani."),
        tr("Seret di halaman untuk menempatkan stempel, atau pilih paraf."),
        tr("Pilih berkas sertifikat Anda atau token."),
        tr("Tekan Tandatangani dan tentukan tempat menyimpan hasilnya. Dokumen asli tidak diubah.")};
    auto* steps = new QWidget(empty);
    steps->setFixedWidth(440);
    auto* stepsLayout = new QVBoxLayout(steps);
    for (int i = 0; i < stepTexts.size(); ++i) {
        auto* step = new QLabel(QStringLiteral("%1.  %2").arg(i + 1).arg(stepTexts.at(i)), steps);
        step->setWordWrap(true);
        stepsLayout->addWidget(step);
    }
    auto* emptyOpen = new QPushButton(tr("Buka PDF…"), empty);
    emptyOpen->setObjectName(QStringLiteral("emptyOpenPdfButton"));
    emptyOpen->setProperty("primary", true);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(steps, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyOpen, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_view = new PdfPageView(m_pageStack);
    auto* scroll = new QScrollArea(m_pageStack);
    scroll->setWidget(m_view);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    m_pageStack->addWidget(empty);
    m_pageStack->addWidget(scroll);

    // -- the right side: what and how to sign
    auto* open = new QPushButton(tr("Buka PDF…"), this);
    open->setObjectName(QStringLiteral("openPdfButton"));
    m_documentLabel = new QLabel(tr("Belum ada dokumen."), this);
    m_documentLabel->setObjectName(QStringLiteral("documentLabel"));
    m_documentLabel->setWordWrap(true);
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pageSpinBox"));
    m_pageSpin->setRange(1, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("signatureKindComboBox"));
    m_kind->addItem(tr("Tanda tangan dengan stempel"), int(SignatureKind::Final));
    m_kind->addItem(tr("Paraf"), int(SignatureKind::Paraf));
    m_kind->addItem(tr("Tanda tangan tanpa stempel"), int(SignatureKind::Invisible));
    // Who may sign finally is the signing officials; everyone else starts on the paraf.
    m_kind->setCurrentIndex(context.user.hasRole(Role::Penandatangan) ? 0 : 1);
    m_keyChooser = new KeyChooser(this);
    // A demo profile has a certificate for every demo user: offer the user's own.
    m_keyChooser->setKeyFile(DemoKeys::keyFileFor(context.profile.directory(), context.user.username));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("mis. Disetujui"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("signatureLevelComboBox"));
    m_level->addItem(tr("Dasar"), int(SignatureLevel::BB));
    m_level->addItem(tr("Dengan stempel waktu"), int(SignatureLevel::BT));
    m_level->addItem(tr("Jangka panjang (dapat diperiksa tanpa internet)"), int(SignatureLevel::BLT));
    m_level->addItem(tr("Arsip jangka panjang"), int(SignatureLevel::BLTA));
    m_level->setToolTip(
        tr("Tingkat PAdES: B-B, B-T, B-LT, B-LTA. Mulai dari \"dengan stempel waktu\" diperlukan "
           "server stempel waktu; tingkat jangka panjang menyimpan status sertifikat di dalam "
           "dokumen."));
    m_certify = new QComboBox(this);
    m_certify->setObjectName(QStringLiteral("certifyComboBox"));
    m_certify->addItem(tr("Tidak (tanda tangan persetujuan)"), 0);
    m_certify->addItem(tr("Ya, sesudahnya tidak boleh ada perubahan"), 1);
    m_certify->addItem(tr("Ya, sesudahnya hanya isian formulir dan tanda tangan"), 2);
    m_certify->addItem(tr("Ya, sesudahnya juga catatan (anotasi)"), 3);
    m_certify->setToolTip(
        tr("Sertifikasi (DocMDP) oleh penanda tangan pertama: pemeriksa akan menyatakan tidak sah "
           "setiap perubahan di luar yang diizinkan."));
    m_certify->setEnabled(kind() != SignatureKind::Paraf);
    m_tsaUrl = new QLineEdit(this);
    m_tsaUrl->setObjectName(QStringLiteral("tsaUrlLineEdit"));
    m_tsaUrl->setPlaceholderText(tr("opsional, mis. dari BSrE"));
    m_tsaUrl->setToolTip(tr("Server stempel waktu menjamin waktu penandatanganan (PAdES B-T)."));
    m_signButton = new QPushButton(tr("Tandatangani"), this);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setProperty("primary", true);
    m_signButton->setEnabled(false);
    m_signStatus = new QLabel(this);
    m_signStatus->setObjectName(QStringLiteral("signStatusLabel"));
    m_signStatus->setWordWrap(true);
    m_openFile = new QPushButton(tr("Buka berkas"), this);
    m_openFile->setObjectName(QStringLiteral("openSignedFileButton"));
    m_openFolder = new QPushButton(tr("Buka folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openSignedFolderButton"));
    m_openFile->setVisible(false);
    m_openFolder->setVisible(false);
    auto* hint = new QLabel(
        tr("Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya."), this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    auto* who = new QLabel(
        tr("%1<br>NIP. %2<br><span style='color:#6b6b6b'>Nama dan NIP pada stempel diambil "
           "dari sertifikat; sertifikat harus milik Anda.</span>")
            .arg(QStringLiteral("<b>") + context.user.fullName.toHtmlEscaped() + QStringLiteral("</b>"),
                 context.user.nip),
        this);
    who->setObjectName(QStringLiteral("signerLabel"));
    who->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Penanda tangan"), who);
    form->addRow(tr("Jenis"), m_kind);
    form->addRow(tr("Halaman"), m_pageSpin);
    form->addRow(tr("Sertifikat"), m_keyChooser);
    form->addRow(tr("Alasan"), m_reason);
    form->addRow(tr("Lokasi"), m_location);
    form->addRow(tr("Tingkat tanda tangan"), m_level);
    form->addRow(tr("Server stempel waktu"), m_tsaUrl);
    form->addRow(tr("Sertifikasi dokumen"), m_certify);
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_openFile);
    resultButtons->addWidget(m_openFolder);
    resultButtons->addStretch();
    // The options scroll on a small screen; the button and what signing said stay in view below them.
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("signOptionsScrollArea"));
    sideScroll->setWidgetResizable(true);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFrameShape(QFrame::NoFrame);
    // Long choices must not widen the column past the scroll area.
    for (QComboBox* combo : {m_kind, m_level, m_certify}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    auto* options = new QWidget(sideScroll);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 12, 0); // room for the scroll bar
    optionsLayout->addWidget(open);
    optionsLayout->addWidget(m_documentLabel);
    optionsLayout->addWidget(hint);
    optionsLayout->addLayout(form);
    optionsLayout->addStretch();
    sideScroll->setWidget(options);
    auto* side = new QWidget(this);
    side->setFixedWidth(400);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(sideScroll, 1);
    sideLayout->addWidget(m_signButton);
    sideLayout->addWidget(m_signStatus);
    sideLayout->addLayout(resultButtons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_pageStack, 1);
    layout->addWidget(side);

    auto askAndOpen = [this] {
        const QString path = dialogs::askOpenFile(this, tr("Buka PDF"), tr("Dokumen PDF (*.pdf)"));
        if (!path.isEmpty())
            openDocument(path);
    };
    connect(open, &QPushButton::clicked, this, askAndOpen);
    connect(emptyOpen, &QPushButton::clicked, this, askAndOpen);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, &SignTab::showPage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SignTab::kindChanged);
    connect(m_signButton, &QPushButton::clicked, this, &SignTab::sign);
    connect(m_openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastOutput)); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastOutput).absolutePath()));
    });
}

SignTab::~SignTab() = default;

SignatureKind SignTab::kind() const
{
    return SignatureKind(m_kind->currentData().toInt());
}

void SignTab::showPage(int page)
{
    if (!m_document)
        return;
    std::unique_ptr<Poppler::Page> p(m_document->page(page - 1));
    if (p)
        m_view->setPage(p->renderToImage(kDpi, kDpi), p->pageSizeF());
}

void SignTab::kindChanged()
{
    m_certify->setEnabled(kind() != SignatureKind::Paraf);
    // A paraf is a small box; keep the stamp's top-left corner where the user put it.
    const QRectF current = m_view->stampRectPoints();
    if (current.isEmpty())
        return;
    const QSizeF size = kind() == SignatureKind::Paraf ? kParafSize : kStampSize;
    m_view->setStampRectPoints(
        QRectF(current.left(), current.bottom() - size.height(), size.width(), size.height()));
    m_view->setVisible(true);
}

void SignTab::openDocument(const QString& path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    m_openFile->setVisible(false);
    m_openFolder->setVisible(false);
    if (!doc || doc->isLocked()) {
        showResult(false, doc ? tr("%1 dilindungi kata sandi dan tidak dapat ditandatangani.")
                                    .arg(QFileInfo(path).fileName())
                              : tr("%1 tidak dapat dibuka sebagai PDF.").arg(QFileInfo(path).fileName()));
        m_signButton->setEnabled(false);
        return;
    }
    m_document = std::move(doc);
    m_documentPath = path;
    m_pageStack->setCurrentIndex(1);
    m_pageSpin->setRange(1, std::max(1, m_document->numPages()));
    m_pageSpin->setValue(m_document->numPages());
    if (std::unique_ptr<Poppler::Page> p{m_document->page(m_pageSpin->value() - 1)}) {
        m_view->setPage(p->renderToImage(kDpi, kDpi), p->pageSizeF());
        // A sensible default: bottom right, where signatures go on Indonesian letters.
        const QSizeF page = p->pageSizeF();
        const QSizeF size = kind() == SignatureKind::Paraf ? kParafSize : kStampSize;
        m_view->setStampRectPoints(QRectF(page.width() - 40 - size.width(), 70, size.width(), size.height()));
    }
    m_signButton->setEnabled(true);
    m_documentLabel->setText(tr("Dokumen: <b>%1</b> (%n halaman)", nullptr, m_document->numPages())
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_signStatus->clear();
}

SignOptions SignTab::baseOptions() const
{
    SignOptions options;
    options.visible = kind() != SignatureKind::Invisible;
    options.reason = m_reason->text().trimmed();
    options.location = m_location->text().trimmed();
    options.tsaUrl = m_tsaUrl->text().trimmed();
    options.stamp.paraf = kind() == SignatureKind::Paraf;
    options.stamp.timeZone = m_timeZone;
    // Only the official's own signature may certify a document.
    options.certifyPermissions = kind() == SignatureKind::Paraf ? 0 : m_certify->currentData().toInt();
    return options;
}

Result<CertificateIdentity> SignTab::checkKey(const SigningKey& key, SignatureKind kind) const
{
    auto identity = CertificateIdentity::fromDer(key.certificateDer());
    if (!identity)
        return identity.error();
    if (Status usable = PdfSigner::checkCertificateValidNow(key); !usable)
        return usable.error();
    if (Status allowed = SigningPermission::check(*identity, m_context.user, kind); !allowed)
        return allowed.error();
    return identity;
}

void SignTab::showResult(bool ok, const QString& message, const QString& output)
{
    m_signStatus->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(ok ? Theme::kOk : Theme::kError)));
    m_signStatus->setText(message);
    // A wrapped label under a scroll area gets one line unless told its height for the column's width.
    m_signStatus->setMinimumHeight(m_signStatus->heightForWidth(std::max(m_signStatus->width(), 300)));
    m_lastOutput = output;
    m_openFile->setVisible(ok && !output.isEmpty());
    m_openFolder->setVisible(ok && !output.isEmpty());
}

void SignTab::sign()
{
    if (m_documentPath.isEmpty())
        return;
    SignOptions options = baseOptions();
    options.page = m_pageSpin->value();
    options.rect = m_view->stampRectPoints();
    if (options.visible && options.rect.isEmpty()) {
        showResult(false, tr("Seret di halaman untuk menempatkan stempel."));
        return;
    }
    const auto level = SignatureLevel(m_level->currentData().toInt());
    if (level != SignatureLevel::BB && options.tsaUrl.isEmpty()) {
        showResult(
            false,
            tr("Tingkat ini memerlukan server stempel waktu; isi alamatnya atau pilih tingkat Dasar."));
        return;
    }
    // Where to save first: cancelling there (or at the password prompt) signs nothing and writes nothing.
    const QFileInfo input(m_documentPath);
    const QString output = dialogs::askSaveFile(
        this, tr("Simpan PDF bertanda tangan"), tr("Dokumen PDF (*.pdf)"),
        input.absoluteDir().filePath(input.completeBaseName() + QStringLiteral("-ttd.pdf")));
    if (output.isEmpty()) {
        m_signStatus->setStyleSheet({});
        m_signStatus->setText(tr("Penandatanganan dibatalkan; tidak ada berkas yang ditulis."));
        return;
    }
    auto key = m_keyChooser->openKey();
    if (!key) {
        if (key.error().code == Error::Code::Cancelled) {
            m_signStatus->setStyleSheet({});
            m_signStatus->setText(key.errorMessage());
        } else {
            showResult(false, key.errorMessage());
        }
        return;
    }
    const SignatureKind signatureKind = kind();
    auto identity = checkKey(**key, signatureKind);
    if (!identity) {
        // A refused attempt is recorded too: someone tried to sign with this key.
        HistoryTab::record(m_context, m_documentPath, {}, {}, identity.errorMessage(),
                           signatureLevelName(level));
        showResult(false, identity.errorMessage());
        return;
    }
    options.stamp.signerName = identity->name;
    options.stamp.nip = identity->nip;
    options.stamp.position = signatureKind == SignatureKind::Final ? m_context.user.position : QString();
    options.stamp.initials = initialsOf(identity->name);
    const EsignSettings settings(m_context.profile);
    options.stamp.footer = stampFooterFor(*identity, settings.otherIssuerFooter());
    const QString recordId = newUuid();
    const QString baseUrl = settings.verificationBaseUrl();
    LongTermOptions longTerm;
    longTerm.trustDirectory = settings.trustDirectory();
    // A revoked certificate is refused whenever its status can be learnt; offline, signing goes on.
    longTerm.checkRevocationForBasicLevels = true;

    m_signButton->setEnabled(false);
    m_signStatus->setStyleSheet({});
    m_signStatus->setText(tr("Menandatangani…"));
    // Off the UI thread: hashing a large PDF takes a while.
    std::shared_ptr<SigningKey> sharedKey(std::move(*key));
    const QString inputPath = m_documentPath;
    auto* watcher = new QFutureWatcher<SignOutcome>(this);
    connect(watcher, &QFutureWatcher<SignOutcome>::finished, this,
            [this, watcher, inputPath, output, recordId, level] {
                const SignOutcome outcome = watcher->result();
                watcher->deleteLater();
                m_signButton->setEnabled(true);
                HistoryTab::record(m_context, inputPath, outcome.result ? output : QString(), recordId,
                                   outcome.result.errorMessage(), signatureLevelName(level),
                                   outcome.documentSha256);
                if (!outcome.result) {
                    showResult(false, outcome.result.errorMessage());
                    return;
                }
                showResult(true,
                           tr("Ditandatangani dan disimpan sebagai %1.").arg(QFileInfo(output).fileName()),
                           output);
                Q_EMIT documentSigned(output);
            });
    watcher->setFuture(QtConcurrent::run(
        [inputPath, output, sharedKey, options, recordId, baseUrl, level, longTerm]() mutable {
            SignOutcome outcome{Result<SignResult>(Error(QString())), fileSha256(inputPath)};
            // The QR leads to the regency's public page for this record, with the original's hash.
            options.stamp.verificationUrl = verificationUrl(baseUrl, recordId, outcome.documentSha256);
            outcome.result =
                LongTermSigner::signWithLevel(inputPath, output, *sharedKey, options, level, longTerm);
            return outcome;
        }));
}

} // namespace lontar::esign
