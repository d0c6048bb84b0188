#pragma once

#include "shell/UiModule.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lontar::esign {

class SignTab;

// Signing a whole folder with the key, kind and stamp chosen on the signing tab: the stamp goes where
// each letter has its placeholder (e.g. ${ttd}) or, failing that, at a fixed rule; existing results are
// never overwritten without asking; the summary counts what really happened.
class BatchTab : public QWidget
{
    Q_OBJECT

public:
    BatchTab(ShellContext& context, SignTab& signTab, QWidget* parent = nullptr);
    ~BatchTab() override;

private:
    void start();
    void pickFolder(QLineEdit* target, const QString& title);

    ShellContext& m_context;
    SignTab& m_signTab;
    QLineEdit* m_input = nullptr;
    QLineEdit* m_output = nullptr;
    QLineEdit* m_anchor = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_results = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace lontar::esign
