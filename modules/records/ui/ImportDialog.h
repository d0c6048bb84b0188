#pragma once

#include "records/LetterImporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lontar::records {

class RecordsSession;

// Imports PDFs as incoming letters on a worker thread with its own database connection and audit log
// (docs/records.md, "Import"), showing which file it is at, a progress bar and a Cancel button; then a
// summary: how many letters were registered, and every refused file with its reason. Cancelling stops
// before the next file or page; a file cut off mid-way leaves nothing behind.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(RecordsSession& session, QStringList files, LetterDraft defaults, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void start();
    bool isRunning() const { return m_running; }
    const QList<ImportOutcome>& outcomes() const { return m_outcomes; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // After the last file (or the cancel): what was imported. The letters tab refreshes on it.
    void importFinished(int imported, int refused, bool cancelled);

protected:
    void reject() override;

private:
    void onProgress(int done, int total, const ImportOutcome& outcome);
    void onFinished(const QList<ImportOutcome>& outcomes, const QString& error);

    RecordsSession& m_session;
    QStringList m_files;
    LetterDraft m_defaults;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThread* m_worker = nullptr;
    bool m_running = false;
    QList<ImportOutcome> m_outcomes;

    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_refused = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace lontar::records
