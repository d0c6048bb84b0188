#pragma once

#include <optional>

#include "esign/SignatureVerifier.h"
#include "esign/SigningKey.h"
#include "shell/UiModule.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextEdit;
class QTreeWidget;

namespace Poppler {
class Document;
}

namespace lontar::esign {

// A rendered PDF page on which the user drags the stamp's rectangle.
class PdfPageView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPageView(QWidget* parent = nullptr);
    void setPage(const QImage& image, QSizeF pageSizePoints);
    // The stamp in PDF user space (points, origin bottom-left), or empty when none was placed.
    QRectF stampRectPoints() const;
    void setStampRectPoints(const QRectF& rect);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QImage m_image;
    QSizeF m_pageSize;
    QRect m_stamp; // in image pixels
    QPoint m_dragStart;
    QPoint m_grabOffset;
    bool m_moving = false;
    bool m_drawing = false;
};

class EsignPage : public QWidget
{
    Q_OBJECT

public:
    EsignPage(ShellContext& context, QWidget* parent = nullptr);
    ~EsignPage() override;

    // Test seams, as KeePassXC does for its dialogs: answers the next file/password questions.
    static void setNextFileName(const QString& name);
    static void setNextPassword(const QString& password);
    static void setNextPasswordCancelled(); // the next password prompt is closed with Batal/Esc

    void openForSigning(const QString& path);
    void openForVerification(const QString& path);

private:
    void browseKey();
    void sign();
    void showVerification(const VerificationReport& report);
    void startBatch();
    void reloadHistory();
    void exportReport();
    QString askFile(const QString& title, const QString& filter, bool save, bool directory = false);
    std::optional<QString> askPassword(); // nullopt: the user cancelled
    // The key chosen on the sign tab (file + password, or token + PIN); asks for the secret.
    Result<std::unique_ptr<SigningKey>> openChosenKey();
    void recordHistory(const QString& input, const QString& output, const QString& status,
                       const QString& error);

    ShellContext& m_context;
    std::unique_ptr<Poppler::Document> m_document;
    QString m_documentPath;
    PdfPageView* m_view = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QComboBox* m_keySource = nullptr; // PKCS#12 file or PKCS#11 token
    QLineEdit* m_tokenModule = nullptr;
    QLineEdit* m_tokenLabel = nullptr;
    QLineEdit* m_tsaUrl = nullptr;
    QCheckBox* m_visible = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_location = nullptr;
    QPushButton* m_signButton = nullptr;
    QLabel* m_signStatus = nullptr;
    QTreeWidget* m_signatures = nullptr;
    QTextEdit* m_details = nullptr;
    QLabel* m_verdict = nullptr; // the overall verdict, coloured by VerificationReport::Verdict
    VerificationReport m_lastReport;
    QLineEdit* m_batchInput = nullptr;
    QLineEdit* m_batchOutput = nullptr;
    QPushButton* m_batchStart = nullptr;
    QPushButton* m_batchCancel = nullptr;
    QProgressBar* m_batchProgress = nullptr;
    QListWidget* m_batchResults = nullptr;
    std::shared_ptr<std::atomic<bool>> m_batchCancelFlag;
    QTableWidget* m_history = nullptr;
};

} // namespace lontar::esign
