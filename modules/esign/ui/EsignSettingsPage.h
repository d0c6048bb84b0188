#pragma once

#include "shell/UiModule.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lontar::esign {

// Settings of the signing module: the trusted root certificates (import Root CA Indonesia / BSrE style
// certificates, remove), the footer for certificates of other issuers and the public verification
// page's address. Changes apply at once; a wrong value is explained next to the field.
class EsignSettingsPage : public QWidget
{
    Q_OBJECT

public:
    EsignSettingsPage(ShellContext& context, QWidget* parent = nullptr);

private:
    void reloadAnchors();
    void importAnchor();
    void removeAnchor();
    void saveTexts();

    ShellContext& m_context;
    QString m_timeZone;
    QTableWidget* m_anchors = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_footer = nullptr;
    QLineEdit* m_verificationUrl = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lontar::esign
