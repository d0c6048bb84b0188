#include "catalogue/ProductImages.h"

#include "core/EntityPolicy.h"

#include <QFileInfo>

namespace lontar::catalogue {

ProductImages::ProductImages(QString blobDir)
    : m_blobDir(std::move(blobDir))
{}

QString ProductImages::blobDirectory(const QString& profileDirectory)
{
    return profileDirectory + QStringLiteral("/blobs");
}

QString ProductImages::localFile(const QString& sha256) const
{
    if (!isSha256String(sha256))
        return {};
    const QFileInfo file(m_blobDir + QLatin1Char('/') + sha256);
    return file.isFile() ? file.filePath() : QString();
}

} // namespace lontar::catalogue
