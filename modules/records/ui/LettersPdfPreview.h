#pragma once

#include <QImage>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;
class QVBoxLayout;

namespace lontar {
class ServerConnection;
}

namespace lontar::records {

// The pages of a letter's PDF, rendered with Poppler off the UI thread into a scrollable column. When
// this device does not hold the file yet, "Unduh berkas" asks the server connection for it and shows
// what happens: downloading, waiting for a connection, or the server's refusal.
class LettersPdfPreview final : public QWidget
{
    Q_OBJECT

public:
    LettersPdfPreview(QString blobDir, ServerConnection* server, QWidget* parent = nullptr);
    ~LettersPdfPreview() override;

    // Shows the file with this content hash (empty: the letter has no file).
    void showFile(const QString& sha256, int expectedPages);
    int renderedPages() const { return m_rendered; }
    QString localPath() const;

public Q_SLOTS:
    void download();

Q_SIGNALS:
    void pageRendered(int page); // 1-based
    void failed(const QString& message);
    // The file arrived from the server (it was not on this device before).
    void downloaded(const QString& sha256, const QString& path);

private:
    void render();
    void stopRendering();
    void setStatus(const QString& text, bool error);
    void onPage(int page, int pageCount, const QImage& image);
    void onFetched(const QString& sha256, bool ok, bool willRetry, const QString& message);

    QString m_blobDir;
    ServerConnection* m_server;
    QString m_sha;
    int m_expectedPages = 0;
    int m_rendered = 0;
    bool m_asked = false;
    QLabel* m_pageCount = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_download = nullptr;
    QProgressBar* m_downloading = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pages = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QThread* m_renderer = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace lontar::records
