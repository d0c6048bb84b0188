#include "esign/ui/VerifyTab.h"

#include "core/OfficeTime.h"
#include "esign/EsignSettings.h"
#include "esign/TrustStore.h"
#include "esign/ui/EsignDialogs.h"
#include "shell/Theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lontar::esign {

namespace {
enum Level
{
    Good,
    Amber,
    Bad
};

Level levelOf(const SignatureReport& s)
{
    // Green only when intact, trusted and unchanged; amber when intact and unchanged but nobody vouches
    // for the signer (e.g. no trusted root); red when broken or changed afterwards.
    return s.valid() ? Good : s.intact() && s.unchanged() ? Amber : Bad;
}

const char* colourOf(Level level)
{
    return level == Good ? Theme::kOk : level == Amber ? Theme::kWarn : Theme::kError;
}
} // namespace

VerifyTab::VerifyTab(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_timeZone(EsignSettings(context.profile).officeTimeZone(context.user))
{
    auto* open = new QPushButton(tr("Periksa PDF…"), this);
    open->setObjectName(QStringLiteral("verifyOpenButton"));
    open->setProperty("primary", true);
    m_export = new QPushButton(tr("Simpan laporan…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setEnabled(false);
    m_detailToggle = new QPushButton(tr("Detail"), this);
    m_detailToggle->setObjectName(QStringLiteral("detailToggleButton"));
    m_detailToggle->setCheckable(true);
    m_detailToggle->setToolTip(tr("Tampilkan rincian teknis: sertifikat, algoritme, dan rentang byte"));
    m_verdict = new QLabel(tr("Pilih dokumen PDF untuk memeriksa tanda tangan elektroniknya."), this);
    m_verdict->setObjectName(QStringLiteral("verificationVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_trustHint = new QLabel(this);
    m_trustHint->setObjectName(QStringLiteral("trustHintLabel"));
    m_trustHint->setWordWrap(true);
    m_trustHint->setProperty("muted", true);
    m_trustHint->setVisible(false);
    m_signatures = new QTreeWidget(this);
    m_signatures->setObjectName(QStringLiteral("signatureTree"));
    m_signatures->setHeaderLabels(
        {tr("Tanda tangan"), tr("Status"), tr("Penanda tangan"), tr("Waktu"), tr("Sesudah ditandatangani")});
    m_signatures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signatures->header()->setStretchLastSection(true);
    m_signatures->setRootIsDecorated(false);
    m_signatures->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("verificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details = new QTextEdit(this);
    m_details->setObjectName(QStringLiteral("verificationDetails"));
    m_details->setReadOnly(true);
    m_details->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_detailToggle);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_trustHint);
    layout->addWidget(m_signatures, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addStretch();

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::askOpenFile(this, tr("Periksa PDF"), tr("Dokumen PDF (*.pdf)"));
        if (!path.isEmpty())
            verifyFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, &VerifyTab::exportReport);
    connect(m_detailToggle, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_signatures, &QTreeWidget::currentItemChanged, this, &VerifyTab::explainSelected);
}

void VerifyTab::verifyFile(const QString& path)
{
    VerifyOptions options;
    options.moreTrustDirectories = {EsignSettings(m_context.profile).trustDirectory()};
    options.timeZone = m_timeZone;
    auto report = SignatureVerifier::verify(path, options);
    if (!report) {
        m_signatures->clear();
        m_signatures->setVisible(false);
        m_summary->clear();
        m_details->clear();
        m_export->setEnabled(false);
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_verdict->setText(
            tr("%1 tidak dapat diperiksa: %2").arg(QFileInfo(path).fileName(), report.errorMessage()));
        return;
    }
    showReport(*report);
}

void VerifyTab::showReport(const VerificationReport& report)
{
    m_lastReport = report;
    m_signatures->clear();
    for (int i = 0; i < report.signatures.size(); ++i) {
        const SignatureReport& s = report.signatures.at(i);
        const Level level = levelOf(s);
        const QString status = level == Good    ? tr("Sah")
                               : level == Amber ? tr("Belum tepercaya")
                                                : tr("Tidak sah");
        const QString when =
            s.signingTime.isValid()
                ? formatOfficeTime(s.signingTime, m_timeZone, TimeStyle::Short) +
                      (s.signingTimeSource == QLatin1String("timestamp") ? QString()
                                                                         : tr(" (menurut penanda tangan)"))
                : QString();
        auto* item =
            new QTreeWidgetItem(m_signatures, {tr("Tanda tangan %1").arg(i + 1), status, s.signerName, when,
                                               s.unchanged() ? tr("Tidak diubah") : tr("Diubah")});
        item->setForeground(1, QColor(QLatin1String(colourOf(level))));
        item->setForeground(4, QColor(QLatin1String(s.unchanged() ? Theme::kOk : Theme::kError)));
        item->setToolTip(1, s.trustText());
        item->setData(0, Qt::UserRole, i);
    }
    m_signatures->setVisible(!report.signatures.isEmpty());
    using Verdict = VerificationReport::Verdict;
    const Verdict verdict = report.verdict();
    const char* colour = verdict == Verdict::Valid        ? Theme::kOk
                         : verdict == Verdict::NotTrusted ? Theme::kWarn
                         : verdict == Verdict::Invalid    ? Theme::kError
                                                          : "#6b6b6b"; // no signature: neutral, not a failure
    m_verdict->setText(QFileInfo(report.file).fileName() + QStringLiteral(": ") + report.verdictText());
    m_verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: %2;")
                                 .arg(QLatin1String(colour), verdict == Verdict::NoSignature
                                                                 ? QStringLiteral("normal")
                                                                 : QStringLiteral("bold")));
    m_verdict->setProperty("verdict", int(verdict));
    bool noAnchors = false;
    for (const SignatureReport& s : report.signatures)
        noAnchors = noAnchors || s.chain == SignatureReport::Chain::NoTrustAnchors;
    m_trustHint->setText(
        tr("Belum ada sertifikat akar tepercaya di komputer ini, sehingga identitas penanda "
           "tangan belum dapat dipastikan. Tambahkan sertifikat akar (mis. Root CA Indonesia "
           "dan BSrE) di Pengaturan → Tanda Tangan Elektronik."));
    m_trustHint->setVisible(noAnchors);
    m_details->setPlainText(report.toText());
    m_export->setEnabled(true);
    if (m_signatures->topLevelItemCount() > 0)
        m_signatures->setCurrentItem(m_signatures->topLevelItem(m_signatures->topLevelItemCount() - 1));
    else
        m_summary->clear();
}

void VerifyTab::explainSelected()
{
    const QTreeWidgetItem* item = m_signatures->currentItem();
    if (!item) {
        m_summary->clear();
        return;
    }
    const SignatureReport& s = m_lastReport.signatures.at(item->data(0, Qt::UserRole).toInt());
    QStringList lines;
    const QString who = s.signerName.isEmpty() ? tr("penanda tangan yang tidak dikenal") : s.signerName;
    lines << tr("Ditandatangani oleh <b>%1</b>.").arg(who.toHtmlEscaped());
    lines << (s.intact() ? tr("Keutuhan: isi yang ditandatangani tidak berubah.")
                         : tr("Keutuhan: <b>gagal</b> — tanda tangan rusak atau tidak cocok dengan isinya."));
    lines << tr("Kepercayaan: %1.").arg(s.trustText().toHtmlEscaped());
    lines << tr("Sesudah ditandatangani: %1.").arg(s.changesText().toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void VerifyTab::exportReport()
{
    if (m_lastReport.file.isEmpty())
        return;
    const QString path =
        dialogs::askSaveFile(this, tr("Simpan laporan verifikasi"), tr("Laporan (*.txt *.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray data = path.endsWith(QLatin1String(".json"))
                                ? QJsonDocument(m_lastReport.toJson()).toJson()
                                : m_lastReport.toText().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        m_verdict->setText(tr("Laporan tidak dapat disimpan ke %1").arg(path));
}

} // namespace lontar::esign
