#include "catalogue/ui/ProductImageLoader.h"

#include "shell/ServerConnection.h"

#include <QImageReader>

namespace lontar::catalogue {

ProductImageLoader::ProductImageLoader(ShellContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_images(ProductImages::blobDirectory(context.profile.directory()))
{
    if (m_context.server)
        connect(m_context.server, &ServerConnection::blobFetched, this, &ProductImageLoader::onFetched);
}

ProductImageLoader::State ProductImageLoader::state(const QString& sha)
{
    if (m_failed.contains(sha))
        return State::Failed;
    if (!m_images.localFile(sha).isEmpty()) {
        m_waiting.remove(sha);
        return State::Ready;
    }
    if (m_waiting.contains(sha))
        return State::Missing;
    if (!m_context.server) {
        m_waiting.insert(sha, tr("Gambar belum diunduh; perangkat ini tidak tersambung ke server"));
        return State::Missing;
    }
    m_waiting.insert(sha, tr("Gambar belum diunduh; sedang diminta dari server"));
    m_context.server->fetchBlob(sha);
    return State::Missing;
}

QString ProductImageLoader::message(const QString& sha) const
{
    if (const auto f = m_failed.constFind(sha); f != m_failed.cend())
        return *f;
    return m_waiting.value(sha);
}

QImage ProductImageLoader::image(const QString& sha, QSize box)
{
    const QString key = QStringLiteral("%1/%2x%3").arg(sha).arg(box.width()).arg(box.height());
    if (const auto c = m_cache.constFind(key); c != m_cache.cend())
        return *c;
    const QString file = m_images.localFile(sha);
    if (file.isEmpty())
        return {};
    QImageReader reader(file);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    // Decoded at the size shown (cheap for JPEG); the file was checked when it was added, and a
    // downloaded one matches its hash, but a damaged file still only gives a message.
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    const QImage decoded = reader.read();
    if (decoded.isNull()) {
        m_failed.insert(sha, tr("Gambar rusak atau tidak dapat dibaca"));
        return {};
    }
    m_cache.insert(key, decoded);
    return decoded;
}

void ProductImageLoader::onFetched(const QString& sha, bool ok, bool willRetry, const QString& message)
{
    if (!m_waiting.contains(sha))
        return; // someone else's download
    if (ok) {
        m_waiting.remove(sha);
    } else if (willRetry) {
        m_waiting.insert(sha, tr("Gambar belum diunduh: %1").arg(message));
    } else {
        m_waiting.remove(sha);
        m_failed.insert(sha, tr("Gambar tidak dapat diunduh: %1").arg(message));
    }
    Q_EMIT imageChanged(sha);
}

} // namespace lontar::catalogue
