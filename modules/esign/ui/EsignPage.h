#pragma once

#include "shell/UiModule.h"

#include <QWidget>

class QTabWidget;

namespace lontar::esign {

class BatchTab;
class HistoryTab;
class SignTab;
class VerifyTab;

// The TTE screen: sign one document, verify, sign a folder, and the signing history.
class EsignPage : public QWidget
{
    Q_OBJECT

public:
    EsignPage(ShellContext& context, QWidget* parent = nullptr);

    // Test seams, as KeePassXC does for its dialogs: answer the next question (see EsignDialogs.h).
    static void setNextFileName(const QString& name);
    static void setNextPassword(const QString& password);
    static void setNextPasswordCancelled(); // the next password prompt is closed with Batal/Esc
    static void setNextChoice(int index);
    static void setNextConfirmation(bool yes);

    void openForSigning(const QString& path);
    void openForVerification(const QString& path);

private:
    QTabWidget* m_tabs = nullptr;
    SignTab* m_sign = nullptr;
    VerifyTab* m_verify = nullptr;
    BatchTab* m_batch = nullptr;
    HistoryTab* m_history = nullptr;
};

} // namespace lontar::esign
