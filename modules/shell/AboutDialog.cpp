#include "shell/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSqlDatabase>
#include <QVBoxLayout>

#include <openssl/opensslv.h>

namespace lontar {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("Tentang Lontar"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/lontar/icons/lontar.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(QStringLiteral("<h2 style='margin:0'>Lontar</h2>"), this);
    auto* version = new QLabel(tr("Versi %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersionLabel"));
    version->setProperty("muted", true);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setText(
        tr("Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan "
           "elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi "
           "dan menyinkronkan data ke server pusat saat terhubung."));
    auto* libraries = new QLabel(this);
    libraries->setProperty("muted", true);
    libraries->setWordWrap(true);
    libraries->setText(
        tr("Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(OPENSSL_VERSION_STR)));
    auto* copyright = new QLabel(tr("© 2026 Tim Lontar. Perangkat lunak bebas."), this);
    copyright->setProperty("muted", true);

    auto* right = new QVBoxLayout;
    right->addWidget(title);
    right->addWidget(version);
    right->addSpacing(8);
    right->addWidget(text);
    right->addWidget(libraries);
    right->addStretch();
    right->addWidget(copyright);
    auto* row = new QHBoxLayout;
    row->addWidget(logo);
    row->addSpacing(16);
    row->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace lontar
