#include "catalogue/ui/ProductImageStrip.h"

#include "catalogue/CataloguePolicies.h"
#include "catalogue/ui/ProductImageLoader.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lontar::catalogue {

ProductImageStrip::ProductImageStrip(ProductImageLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout);
    for (int i = 0; i < kMaxProductImages; ++i) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("productImageThumb%1").arg(i));
        b->setFixedSize(kThumbnail + 8, kThumbnail + 8);
        b->setIconSize(QSize(kThumbnail, kThumbnail));
        b->setAutoRaise(true);
        b->hide();
        connect(b, &QToolButton::clicked, this, [this, i] {
            if (i < m_images.size() && m_loader.state(m_images.at(i)) == ProductImageLoader::State::Ready)
                Q_EMIT openRequested(m_images.at(i));
        });
        layout->addWidget(b);
        m_thumbnails.append(b);
    }
    m_empty = new QLabel(tr("Belum ada gambar produk"), this);
    m_empty->setObjectName(QStringLiteral("productImageEmptyLabel"));
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    layout->addStretch(1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("productImageNoteLabel"));
    m_note->setWordWrap(true);
    outer->addWidget(m_note);
    connect(&m_loader, &ProductImageLoader::imageChanged, this, [this](const QString& sha) {
        if (m_images.contains(sha))
            redraw();
    });
    redraw();
}

void ProductImageStrip::setImages(const QStringList& sha256s)
{
    m_images = sha256s.mid(0, kMaxProductImages);
    redraw();
}

void ProductImageStrip::showImage(QToolButton* b, ProductImageLoader& loader, const QString& sha, int size)
{
    const auto state = loader.state(sha);
    const QImage image =
        state == ProductImageLoader::State::Ready ? loader.image(sha, QSize(size, size)) : QImage();
    if (!image.isNull()) {
        b->setIcon(QIcon(QPixmap::fromImage(image)));
        b->setText(QString());
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setToolTip(tr("Klik untuk memperbesar"));
        b->setCursor(Qt::PointingHandCursor);
        b->setAutoRaise(true);
        b->setProperty("imageState", QStringLiteral("ready"));
        return;
    }
    const bool failed = loader.state(sha) == ProductImageLoader::State::Failed;
    b->setIcon(QIcon());
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Two short lines fit a thumbnail; the reason is in the tooltip.
    b->setText(failed ? tr("Gambar tidak\ntersedia") : tr("Gambar belum\ndiunduh"));
    b->setToolTip(loader.message(sha));
    b->unsetCursor();
    b->setAutoRaise(false); // a framed tile where the picture will be
    b->setProperty("imageState", failed ? QStringLiteral("failed") : QStringLiteral("missing"));
}

void ProductImageStrip::redraw()
{
    QStringList reasons;
    for (int i = 0; i < m_thumbnails.size(); ++i) {
        QToolButton* b = m_thumbnails.at(i);
        b->setVisible(i < m_images.size());
        if (i >= m_images.size())
            continue;
        showImage(b, m_loader, m_images.at(i), kThumbnail);
        const QString why = m_loader.message(m_images.at(i));
        if (b->property("imageState").toString() != QLatin1String("ready") && !why.isEmpty() &&
            !reasons.contains(why))
            reasons.append(why);
    }
    m_empty->setVisible(m_images.isEmpty());
    m_note->setText(reasons.join(QLatin1Char('\n')));
    m_note->setVisible(!reasons.isEmpty());
}

ProductImageViewer::ProductImageViewer(ProductImageLoader& loader, const QString& sha, const QString& caption,
                                       bool mayRemove, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("productImageViewer"));
    setWindowTitle(tr("Gambar produk"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("productImageLarge"));
    picture->setAlignment(Qt::AlignCenter);
    const QImage image = loader.image(sha, QSize(900, 640));
    if (image.isNull())
        picture->setText(loader.message(sha));
    else
        picture->setPixmap(QPixmap::fromImage(image));
    auto* title = new QLabel(caption, this);
    title->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (mayRemove) {
        auto* remove = buttons->addButton(tr("Hapus gambar dari produk"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("productImageRemoveButton"));
        connect(remove, &QPushButton::clicked, this, [this, sha] {
            Q_EMIT removeRequested(sha);
            accept();
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(picture, 1);
    layout->addWidget(buttons);
}

} // namespace lontar::catalogue
