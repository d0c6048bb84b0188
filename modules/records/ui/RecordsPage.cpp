#include "records/ui/RecordsPage.h"

#include "records/ui/LettersTab.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RecordsSession.h"
#include "shell/ServerConnection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lontar::records {

RecordsPage::RecordsPage(ShellContext& context, SignHandler signHandler, QWidget* parent)
    : QWidget(parent)
    , m_session(std::make_unique<RecordsSession>(context))
    , m_signHandler(std::move(signHandler))
{
    setObjectName(QStringLiteral("recordsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordsTabs"));
    m_letters = new LettersTab(*m_session, m_tabs);

    QWidget* inbox = createInboxTab(*m_session, m_tabs);
    QWidget* outgoing = createOutgoingTab(*m_session, m_tabs);
    QWidget* filing = createFilingTab(*m_session, m_tabs);
    // Names the tests and the other parts find the tabs by, whatever each part calls its widget.
    if (inbox->objectName().isEmpty())
        inbox->setObjectName(QStringLiteral("recordsInboxTab"));
    if (outgoing->objectName().isEmpty())
        outgoing->setObjectName(QStringLiteral("recordsOutgoingTab"));
    if (filing->objectName().isEmpty())
        filing->setObjectName(QStringLiteral("recordsFilingTab"));
    m_tabs->addTab(inbox, tr("Kotak Masuk"));
    m_tabs->addTab(m_letters, tr("Naskah Masuk"));
    m_tabs->addTab(outgoing, tr("Naskah Keluar"));
    m_tabs->addTab(filing, tr("Berkas && Retensi"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Letters pulled (or revoked) by a sync appear (or vanish) after each completed pass.
    if (context.server)
        connect(context.server, &ServerConnection::statusChanged, this, [this](const SyncStatusView& status) {
            if (status.lastSync.isValid() && status.lastSync != m_lastSync) {
                m_lastSync = status.lastSync;
                m_letters->refresh();
                // Online: top up the numbers this device needs offline. A claim queued now is sent
                // with an extra pass, at most one a minute (a claim the server refuses is queued again
                // by the next pass and must not make passes back to back).
                auto queued = m_session->reserveNumbers();
                if (!queued) {
                    qWarning("records: reserving numbers: %s", qPrintable(queued.errorMessage()));
                } else if (*queued > 0 && m_session->server() &&
                           (!m_reserveSyncAt.isValid() ||
                            m_reserveSyncAt.secsTo(QDateTime::currentDateTimeUtc()) > 60)) {
                    m_reserveSyncAt = QDateTime::currentDateTimeUtc();
                    m_session->server()->syncNow();
                }
            }
        });
}

RecordsPage::~RecordsPage()
{
    delete m_tabs; // the tabs use the session: they go first
}

bool RecordsPage::signPdf(QWidget* from, const QString& pdfPath)
{
    for (QWidget* w = from; w; w = w->parentWidget()) {
        if (auto* page = qobject_cast<RecordsPage*>(w)) {
            if (!page->m_signHandler)
                return false;
            page->m_signHandler(pdfPath);
            return true;
        }
    }
    return false;
}

} // namespace lontar::records
