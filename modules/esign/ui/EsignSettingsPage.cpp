#include "esign/ui/EsignSettingsPage.h"

#include "core/OfficeTime.h"
#include "esign/EsignSettings.h"
#include "esign/TrustStore.h"
#include "esign/ui/EsignDialogs.h"
#include "shell/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lontar::esign {

EsignSettingsPage::EsignSettingsPage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_timeZone(EsignSettings(context.profile).officeTimeZone(context.user))
{
    setObjectName(QStringLiteral("esignSettingsPage"));
    auto* intro =
        new QLabel(tr("Tanda tangan hanya dinyatakan sah bila sertifikatnya berantai ke sertifikat akar "
                      "yang dipercaya. Tambahkan sertifikat akar resmi, misalnya Root CA Indonesia dan "
                      "sertifikat CA BSrE, dari berkas .cer, .crt atau .pem."),
                   this);
    intro->setWordWrap(true);
    m_anchors = new QTableWidget(this);
    m_anchors->setObjectName(QStringLiteral("trustAnchorTable"));
    m_anchors->setColumnCount(3);
    m_anchors->setHorizontalHeaderLabels(
        {tr("Sertifikat akar"), tr("Diterbitkan oleh"), tr("Berlaku sampai")});
    m_anchors->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_anchors->horizontalHeader()->setStretchLastSection(true);
    m_anchors->verticalHeader()->hide();
    m_anchors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_anchors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_anchors->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* add = new QPushButton(tr("Tambah sertifikat akar…"), this);
    add->setObjectName(QStringLiteral("importTrustAnchorButton"));
    m_remove = new QPushButton(tr("Hapus"), this);
    m_remove->setObjectName(QStringLiteral("removeTrustAnchorButton"));
    m_remove->setEnabled(false);
    m_footer = new QLineEdit(EsignSettings(context.profile).otherIssuerFooter(), this);
    m_footer->setObjectName(QStringLiteral("otherIssuerFooterLineEdit"));
    m_footer->setPlaceholderText(
        tr("Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang "
           "diterbitkan oleh %1."));
    m_footer->setToolTip(tr("Untuk sertifikat yang bukan dari BSrE; %1 diganti nama penerbit."));
    m_verificationUrl = new QLineEdit(EsignSettings(context.profile).verificationBaseUrl(), this);
    m_verificationUrl->setObjectName(QStringLiteral("verificationUrlLineEdit"));
    m_verificationUrl->setPlaceholderText(QStringLiteral("https://ttd.example.go.id"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("esignSettingsMessage"));
    m_message->setWordWrap(true);

    auto* anchorButtons = new QHBoxLayout;
    anchorButtons->addWidget(add);
    anchorButtons->addWidget(m_remove);
    anchorButtons->addStretch();
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Keterangan di bawah stempel (penerbit selain BSrE)"), m_footer);
    form->addRow(tr("Alamat halaman verifikasi untuk kode QR"), m_verificationUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_anchors, 1);
    layout->addLayout(anchorButtons);
    layout->addLayout(form);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &EsignSettingsPage::importAnchor);
    connect(m_remove, &QPushButton::clicked, this, &EsignSettingsPage::removeAnchor);
    connect(m_anchors, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_anchors->selectedItems().isEmpty()); });
    connect(m_footer, &QLineEdit::editingFinished, this, &EsignSettingsPage::saveTexts);
    connect(m_verificationUrl, &QLineEdit::editingFinished, this, &EsignSettingsPage::saveTexts);
    reloadAnchors();
}

void EsignSettingsPage::reloadAnchors()
{
    m_anchors->setRowCount(0);
    auto anchors = TrustStore(EsignSettings(m_context.profile).trustDirectory()).anchors();
    if (!anchors) {
        m_message->setText(anchors.errorMessage());
        return;
    }
    for (const TrustStore::Anchor& a : *anchors) {
        const int row = m_anchors->rowCount();
        m_anchors->insertRow(row);
        auto* name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.sha256);
        name->setToolTip(tr("Sidik jari SHA-256: %1").arg(a.sha256));
        m_anchors->setItem(row, 0, name);
        m_anchors->setItem(
            row, 1, new QTableWidgetItem(a.selfSigned ? tr("(akar, menerbitkan sendiri)") : a.issuerName));
        auto* until = new QTableWidgetItem(formatOfficeTime(a.notAfter, m_timeZone, TimeStyle::Short));
        if (a.notAfter < QDateTime::currentDateTimeUtc())
            until->setForeground(QColor(QLatin1String(Theme::kError)));
        m_anchors->setItem(row, 2, until);
    }
    if (anchors->isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kWarn)));
        m_message->setText(
            tr("Belum ada sertifikat akar: tanda tangan akan ditampilkan \"belum tepercaya\"."));
    }
}

void EsignSettingsPage::importAnchor()
{
    const QString path = dialogs::askOpenFile(this, tr("Pilih sertifikat akar"),
                                              tr("Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)"));
    if (path.isEmpty())
        return;
    auto imported = TrustStore(EsignSettings(m_context.profile).trustDirectory()).importFile(path);
    reloadAnchors();
    if (!imported) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_message->setText(imported.errorMessage());
        return;
    }
    QStringList names;
    for (const TrustStore::Anchor& a : *imported)
        names << a.name;
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kOk)));
    m_message->setText(tr("Dipercaya: %1").arg(names.join(QStringLiteral(", "))));
    Status audited = m_context.profile.audit().append(
        m_context.user.username, QStringLiteral("esign.trust_anchor_added"), QStringLiteral("trust_anchor"),
        imported->first().sha256, QJsonObject{{QStringLiteral("name"), names.join(QStringLiteral(", "))}});
    if (!audited)
        m_message->setText(audited.errorMessage());
}

void EsignSettingsPage::removeAnchor()
{
    const QList<QTableWidgetItem*> selected = m_anchors->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem* name = m_anchors->item(selected.first()->row(), 0);
    if (!dialogs::confirm(
            this, tr("Hapus sertifikat akar"),
            tr("Berhenti memercayai %1? Tanda tangan yang berantai ke sertifikat ini tidak lagi "
               "dinyatakan sah.")
                .arg(name->text())))
        return;
    const QString sha = name->data(Qt::UserRole).toString();
    if (Status s = TrustStore(EsignSettings(m_context.profile).trustDirectory()).remove(sha); !s) {
        m_message->setText(s.errorMessage());
        return;
    }
    Status audited = m_context.profile.audit().append(
        m_context.user.username, QStringLiteral("esign.trust_anchor_removed"), QStringLiteral("trust_anchor"),
        sha, QJsonObject{{QStringLiteral("name"), name->text()}});
    reloadAnchors();
    if (!audited)
        m_message->setText(audited.errorMessage());
}

void EsignSettingsPage::saveTexts()
{
    EsignSettings settings(m_context.profile);
    if (Status s = settings.setOtherIssuerFooter(m_footer->text()); !s) {
        m_message->setText(s.errorMessage());
        return;
    }
    if (Status s = settings.setVerificationBaseUrl(m_verificationUrl->text()); !s) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError)));
        m_message->setText(s.errorMessage());
        return;
    }
    m_message->clear();
}

} // namespace lontar::esign
