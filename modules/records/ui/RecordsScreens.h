#pragma once

#include <QString>

class QWidget;

// The screens each part of the records module contributes. RecordsPage (the module's page) builds its tabs
// from these and the letter view opens the dialogs; each part implements its own in its own files.
namespace lontar::records {

class RecordsSession;

// Dispositions part (InboxTab.cpp, DispositionDialog.cpp): the user's inbox with its queues and counts,
// and the dialog that disposes a letter down the org tree. The dialog returns whether one was sent.
QWidget* createInboxTab(RecordsSession& session, QWidget* parent);
bool openDispositionDialog(RecordsSession& session, const QString& letterId, QWidget* parent);
// The dispositions of a letter with their read state, notes and actions (for the letter view).
QWidget* createLetterDispositionsPanel(RecordsSession& session, const QString& letterId, QWidget* parent);

// Outgoing part (OutgoingTab.cpp): drafts, the paraf chain, signing and the register of sent letters.
QWidget* createOutgoingTab(RecordsSession& session, QWidget* parent);

// Filing part (RetentionTab.cpp, FilingDialog.cpp): files (berkas), the retention dashboard, disposal
// proposals and holds; and the dialog that files a letter into a berkas.
QWidget* createFilingTab(RecordsSession& session, QWidget* parent);
bool openFilingDialog(RecordsSession& session, const QString& letterId, QWidget* parent);

} // namespace lontar::records
