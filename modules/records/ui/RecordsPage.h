#pragma once

#include "shell/UiModule.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QTabWidget;

namespace lontar::records {

class LettersTab;
class RecordsSession;

// The records screen: one session shared by its tabs — the inbox (dispositions and queues), incoming
// letters, outgoing letters, and files with the retention dashboard. Each part builds its own tab
// (RecordsScreens.h).
class RecordsPage final : public QWidget
{
    Q_OBJECT

public:
    // Receives a PDF to sign on the e-signature page (set by the executable, which links both).
    using SignHandler = std::function<void(const QString& pdfPath)>;

    RecordsPage(ShellContext& context, SignHandler signHandler = {}, QWidget* parent = nullptr);
    ~RecordsPage() override;

    RecordsSession& session() { return *m_session; }
    LettersTab* lettersTab() const { return m_letters; }
    QTabWidget* tabs() const { return m_tabs; }

    // Hands `pdfPath` to the e-signature page from any widget inside a records page; false when the
    // widget is not inside one or the executable set no handler (the caller then tells the user where
    // the file is).
    static bool signPdf(QWidget* from, const QString& pdfPath);

private:
    std::unique_ptr<RecordsSession> m_session;
    SignHandler m_signHandler;
    QTabWidget* m_tabs = nullptr;
    LettersTab* m_letters = nullptr;
    QDateTime m_lastSync;
    QDateTime m_reserveSyncAt; // the last extra pass asked for to send number claims
};

} // namespace lontar::records
