#pragma once

#include "esign/SignatureVerifier.h"
#include "shell/UiModule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextEdit;
class QTreeWidget;

namespace lontar::esign {

// Checking a PDF's signatures: one verdict in plain words, a row per signature (who, when in the
// office's zone, what changed since), a plain explanation of the selected signature, and the technical
// report (certificate names, algorithms, byte ranges) only behind "Detail".
class VerifyTab : public QWidget
{
    Q_OBJECT

public:
    VerifyTab(ShellContext& context, QWidget* parent = nullptr);
    void verifyFile(const QString& path);
    void showReport(const VerificationReport& report);

private:
    void explainSelected();
    void exportReport();

    ShellContext& m_context;
    QString m_timeZone;
    QLabel* m_verdict = nullptr;
    QLabel* m_trustHint = nullptr;
    QTreeWidget* m_signatures = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_detailToggle = nullptr;
    QTextEdit* m_details = nullptr;
    QPushButton* m_export = nullptr;
    VerificationReport m_lastReport;
};

} // namespace lontar::esign
