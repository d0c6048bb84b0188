#include "esign/ui/KeyChooser.h"

#include "esign/ui/EsignDialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lontar::esign {

KeyChooser::KeyChooser(QWidget* parent)
    : QWidget(parent)
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("keySourceComboBox"));
    m_source->addItem(tr("Berkas sertifikat (.p12 / .pfx)"));
    m_source->addItem(tr("Token atau kartu pintar"));
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_keyFile->setPlaceholderText(tr("berkas sertifikat dari BSrE atau CA instansi"));
    auto* browse = new QPushButton(tr("Pilih…"), this);
    browse->setObjectName(QStringLiteral("browseKeyButton"));
    m_tokenModule = new QLineEdit(QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"), this);
    m_tokenModule->setObjectName(QStringLiteral("tokenModuleLineEdit"));
    m_tokenModule->setToolTip(tr("Pustaka driver token (PKCS#11) dari pemasok token"));
    m_tokenLabel = new QLineEdit(this);
    m_tokenLabel->setObjectName(QStringLiteral("tokenLabelLineEdit"));
    m_tokenLabel->setPlaceholderText(tr("nama token"));

    auto* fileBox = new QWidget(this);
    auto* fileRow = new QHBoxLayout(fileBox);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_keyFile, 1);
    fileRow->addWidget(browse);
    auto* tokenBox = new QWidget(this);
    auto* tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokenModule);
    tokenLayout->addWidget(m_tokenLabel);
    tokenBox->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(fileBox);
    layout->addWidget(tokenBox);
    connect(m_source, &QComboBox::currentIndexChanged, this, [tokenBox, fileBox](int index) {
        tokenBox->setVisible(index == 1);
        fileBox->setVisible(index == 0);
    });
    connect(browse, &QPushButton::clicked, this, &KeyChooser::browse);
}

void KeyChooser::setKeyFile(const QString& path)
{
    m_keyFile->setText(path);
}

void KeyChooser::browse()
{
    const QString path =
        dialogs::askOpenFile(this, tr("Pilih berkas sertifikat"), tr("Berkas sertifikat (*.p12 *.pfx)"));
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

Result<std::unique_ptr<SigningKey>> KeyChooser::openKey()
{
    const Error cancelled(tr("Penandatanganan dibatalkan; tidak ada berkas yang ditulis."),
                          Error::Code::Cancelled);
    if (m_source->currentIndex() == 1) {
        if (m_tokenLabel->text().trimmed().isEmpty())
            return Error(tr("Isi nama token terlebih dahulu."), Error::Code::InvalidInput);
        const auto pin =
            dialogs::askSecret(this, tr("PIN token"), tr("PIN token %1:").arg(m_tokenLabel->text()));
        if (!pin)
            return cancelled;
        return openPkcs11(m_tokenModule->text(), m_tokenLabel->text().trimmed(), *pin);
    }
    if (m_keyFile->text().isEmpty())
        return Error(tr("Pilih berkas sertifikat terlebih dahulu."), Error::Code::InvalidInput);
    const auto password =
        dialogs::askSecret(this, tr("Kata sandi sertifikat"), tr("Kata sandi berkas sertifikat Anda:"));
    if (!password)
        return cancelled;
    return openPkcs12(m_keyFile->text(), *password);
}

} // namespace lontar::esign
