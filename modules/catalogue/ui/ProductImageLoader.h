#pragma once

#include "catalogue/ProductImages.h"
#include "shell/UiModule.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>

namespace lontar::catalogue {

// Product images for the screens: the file when this device has it, otherwise one request to the
// server connection (the sync engine downloads it into the blob folder) and a placeholder until it
// arrives. A refused or failed download is remembered with its reason and not asked for again.
class ProductImageLoader final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Ready,   // on this device
        Missing, // not downloaded yet (asked for; arrives when the server is reachable)
        Failed   // cannot be shown: message() says why
    };

    explicit ProductImageLoader(ShellContext& context, QObject* parent = nullptr);

    QString blobDir() const { return m_images.blobDir(); }
    // Asks for the image when it is not here and has not been asked for yet.
    State state(const QString& sha256);
    QString message(const QString& sha256) const;
    // The image scaled to fit `box` (never enlarged); null when it is not ready.
    QImage image(const QString& sha256, QSize box);

Q_SIGNALS:
    // The image arrived, or its download failed for good: views showing it redraw.
    void imageChanged(const QString& sha256);

private:
    void onFetched(const QString& sha256, bool ok, bool willRetry, const QString& message);

    ShellContext& m_context;
    ProductImages m_images;
    QHash<QString, QString> m_waiting; // asked for, not here yet → what to tell the user
    QHash<QString, QString> m_failed;  // will not come → why
    QHash<QString, QImage> m_cache;    // "sha/WxH" → decoded image
};

} // namespace lontar::catalogue
