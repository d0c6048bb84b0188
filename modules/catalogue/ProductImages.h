#pragma once

#include <QString>

namespace lontar::catalogue {

// Where a product's images are on this device. An image is a content-addressed blob: the device that
// added it has the file, every other device downloads it on demand (the desktop asks its server
// connection, which fetches into the same folder). Reads files only; never touches the sync store.
class ProductImages
{
public:
    explicit ProductImages(QString blobDir);
    // The profile's blob folder, where the sync engine keeps uploads and downloads.
    static QString blobDirectory(const QString& profileDirectory);

    QString blobDir() const { return m_blobDir; }
    // The image's file when it is on this device; empty when not (yet), or when the reference is not a
    // SHA-256 (a reference never becomes a path outside the blob folder).
    QString localFile(const QString& sha256) const;

private:
    QString m_blobDir;
};

} // namespace lontar::catalogue
