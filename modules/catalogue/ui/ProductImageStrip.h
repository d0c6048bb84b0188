#pragma once

#include <QDialog>
#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace lontar::catalogue {

class ProductImageLoader;

// A product's images as thumbnails (a placeholder for one not downloaded yet); a click on one asks
// for the larger view.
class ProductImageStrip final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kThumbnail = 96;

    explicit ProductImageStrip(ProductImageLoader& loader, QWidget* parent = nullptr);
    void setImages(const QStringList& sha256s);
    QStringList images() const { return m_images; }

    // Shows one image on a button: the thumbnail, or why it is not there (text and tooltip).
    static void showImage(QToolButton* button, ProductImageLoader& loader, const QString& sha256, int size);

Q_SIGNALS:
    void openRequested(const QString& sha256);

private:
    void redraw();

    ProductImageLoader& m_loader;
    QStringList m_images;
    QList<QToolButton*> m_thumbnails;
    QLabel* m_empty;
    QLabel* m_note; // why an image is not shown, in words (the tooltip alone is easy to miss)
};

// One image, large, with the product's name; a catalogue admin may take it off the product here.
class ProductImageViewer final : public QDialog
{
    Q_OBJECT

public:
    ProductImageViewer(ProductImageLoader& loader, const QString& sha256, const QString& caption,
                       bool mayRemove, QWidget* parent = nullptr);

Q_SIGNALS:
    void removeRequested(const QString& sha256);
};

} // namespace lontar::catalogue
