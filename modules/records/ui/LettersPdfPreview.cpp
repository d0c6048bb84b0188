#include "records/ui/LettersPdfPreview.h"

#include "shell/ServerConnection.h"
#include "shell/Theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace lontar::records {

namespace {

constexpr int kPageWidth = 620; // pixels: readable in the letter view without zooming

} // namespace

LettersPdfPreview::LettersPdfPreview(QString blobDir, ServerConnection* server, QWidget* parent)
    : QWidget(parent)
    , m_blobDir(std::move(blobDir))
    , m_server(server)
{
    setObjectName(QStringLiteral("recordsPdfPreview"));
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(QStringLiteral("recordsPdfPageCount"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordsPdfStatus"));
    m_status->setWordWrap(true);
    m_download = new QPushButton(tr("Unduh berkas"), this);
    m_download->setObjectName(QStringLiteral("recordsPdfDownload"));
    m_download->hide();
    m_downloading = new QProgressBar(this);
    m_downloading->setObjectName(QStringLiteral("recordsPdfDownloadProgress"));
    m_downloading->setRange(0, 0); // the connection reports no byte counts: busy until it answers
    m_downloading->setMaximumWidth(200);
    m_downloading->hide();
    connect(m_download, &QPushButton::clicked, this, &LettersPdfPreview::download);

    m_pages = new QWidget;
    m_pages->setObjectName(QStringLiteral("recordsPdfPages"));
    m_pagesLayout = new QVBoxLayout(m_pages);
    m_pagesLayout->setSpacing(12);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pages->setStyleSheet(QStringLiteral("background: #d9dedd;"));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("recordsPdfScroll"));
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumWidth(kPageWidth + 40);

    auto* top = new QHBoxLayout;
    top->addWidget(m_pageCount);
    top->addStretch();
    top->addWidget(m_downloading);
    top->addWidget(m_download);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);

    if (m_server)
        connect(m_server, &ServerConnection::blobFetched, this, &LettersPdfPreview::onFetched);
}

LettersPdfPreview::~LettersPdfPreview()
{
    stopRendering();
}

QString LettersPdfPreview::localPath() const
{
    if (m_sha.isEmpty())
        return {};
    const QString path = m_blobDir + QLatin1Char('/') + m_sha;
    return QFileInfo::exists(path) ? path : QString();
}

void LettersPdfPreview::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(QLatin1String(Theme::kError))
                                  : QStringLiteral("color: #4d5857;"));
    m_status->setVisible(!text.isEmpty());
}

void LettersPdfPreview::showFile(const QString& sha256, int expectedPages)
{
    stopRendering();
    m_sha = sha256;
    m_expectedPages = expectedPages;
    m_asked = false;
    m_download->hide();
    m_downloading->hide();
    if (m_sha.isEmpty()) {
        m_pageCount->setText(tr("Tanpa berkas"));
        setStatus(tr("Naskah ini dicatat tanpa berkas PDF."), false);
        return;
    }
    m_pageCount->setText(tr("%n halaman", nullptr, expectedPages));
    if (localPath().isEmpty()) {
        setStatus(tr("Berkas PDF naskah ini belum ada di perangkat ini."), false);
        m_download->show();
        return;
    }
    render();
}

void LettersPdfPreview::download()
{
    if (m_sha.isEmpty() || !localPath().isEmpty())
        return;
    if (!m_server) {
        setStatus(tr("Perangkat ini tidak tersambung ke server, jadi berkas belum dapat diunduh. "
                     "Sambungkan sinkronisasi lalu coba lagi."),
                  true);
        return;
    }
    m_asked = true;
    m_download->setEnabled(false);
    m_downloading->show();
    setStatus(tr("Mengunduh berkas dari server…"), false);
    m_server->fetchBlob(m_sha);
}

void LettersPdfPreview::onFetched(const QString& sha256, bool ok, bool willRetry, const QString& message)
{
    if (sha256 != m_sha || !m_asked)
        return;
    if (ok) {
        m_asked = false;
        m_downloading->hide();
        m_download->hide();
        m_download->setEnabled(true);
        Q_EMIT downloaded(m_sha, localPath());
        render();
    } else if (willRetry) {
        // Still asked for: the sync engine fetches it when the server answers again.
        setStatus(tr("Menunggu koneksi ke server; berkas diunduh begitu tersambung (%1).").arg(message),
                  false);
    } else {
        m_asked = false;
        m_downloading->hide();
        m_download->setEnabled(true);
        setStatus(tr("Berkas tidak dapat diunduh: %1").arg(message), true);
        Q_EMIT failed(message);
    }
}

void LettersPdfPreview::stopRendering()
{
    if (m_stop)
        m_stop->store(true);
    if (m_renderer) {
        m_renderer->wait();
        delete m_renderer;
        m_renderer = nullptr;
    }
    m_stop.reset();
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rendered = 0;
}

void LettersPdfPreview::render()
{
    stopRendering();
    const QString path = localPath();
    if (path.isEmpty())
        return;
    setStatus(tr("Menampilkan halaman…"), false);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    // Poppler renders on the worker; each page comes back as an image as soon as it is ready.
    m_renderer = QThread::create([this, path, stop = m_stop] {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        if (!doc || doc->isLocked()) {
            QMetaObject::invokeMethod(
                this, [this] { onPage(0, 0, QImage()); }, Qt::QueuedConnection);
            return;
        }
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        const int count = doc->numPages();
        for (int i = 0; i < count && !stop->load(); ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            QImage image;
            if (page) {
                const QSizeF points = page->pageSizeF();
                const double dpi = points.width() > 0 ? 72.0 * kPageWidth / points.width() : 96.0;
                image = page->renderToImage(dpi, dpi);
            }
            QMetaObject::invokeMethod(
                this, [this, i, count, image] { onPage(i + 1, count, image); }, Qt::QueuedConnection);
        }
    });
    m_renderer->start();
}

void LettersPdfPreview::onPage(int page, int pageCount, const QImage& image)
{
    if (page == 0) {
        setStatus(tr("Berkas PDF tidak dapat dibuka; mungkin rusak."), true);
        Q_EMIT failed(m_status->text());
        return;
    }
    m_pageCount->setText(tr("%n halaman", nullptr, pageCount));
    auto* label = new QLabel(m_pages);
    label->setObjectName(QStringLiteral("recordsPdfPage%1").arg(page));
    if (image.isNull())
        label->setText(tr("Halaman %1 tidak dapat ditampilkan").arg(page));
    else
        label->setPixmap(QPixmap::fromImage(image));
    label->setStyleSheet(QStringLiteral("background: white; border: 1px solid #b8c2c0;"));
    label->setToolTip(tr("Halaman %1 dari %2").arg(page).arg(pageCount));
    m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    m_rendered = page;
    if (page == pageCount)
        setStatus(QString(), false);
    Q_EMIT pageRendered(page);
}

} // namespace lontar::records
