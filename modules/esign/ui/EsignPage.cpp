#include "esign/ui/EsignPage.h"

#include "esign/ui/BatchTab.h"
#include "esign/ui/EsignDialogs.h"
#include "esign/ui/HistoryTab.h"
#include "esign/ui/SignTab.h"
#include "esign/ui/VerifyTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lontar::esign {

void EsignPage::setNextFileName(const QString& name)
{
    dialogs::setNextFileName(name);
}

void EsignPage::setNextPassword(const QString& password)
{
    dialogs::setNextPassword(password);
}

void EsignPage::setNextPasswordCancelled()
{
    dialogs::setNextPasswordCancelled();
}

void EsignPage::setNextChoice(int index)
{
    dialogs::setNextChoice(index);
}

void EsignPage::setNextConfirmation(bool yes)
{
    dialogs::setNextConfirmation(yes);
}

EsignPage::EsignPage(ShellContext& context, QWidget* parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("esignTabs"));
    m_sign = new SignTab(context, m_tabs);
    m_verify = new VerifyTab(context, m_tabs);
    m_batch = new BatchTab(context, *m_sign, m_tabs);
    m_history = new HistoryTab(context, m_tabs);
    m_tabs->addTab(m_sign, tr("Tandatangani"));
    m_tabs->addTab(m_verify, tr("Verifikasi"));
    m_tabs->addTab(m_batch, tr("Tanda tangan massal"));
    m_tabs->addTab(m_history, tr("Riwayat"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_tabs);
    // After signing, the result is checked with the same engine anyone else would use.
    connect(m_sign, &SignTab::documentSigned, m_verify, &VerifyTab::verifyFile);
}

void EsignPage::openForSigning(const QString& path)
{
    m_tabs->setCurrentWidget(m_sign);
    m_sign->openDocument(path);
}

void EsignPage::openForVerification(const QString& path)
{
    m_tabs->setCurrentWidget(m_verify);
    m_verify->verifyFile(path);
}

} // namespace lontar::esign
