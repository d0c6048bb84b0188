#include "records/ui/FilingDialog.h"
#include "records/ui/RecordsScreens.h"
#include "records/ui/RetentionWidget.h"

namespace lontar::records {

QWidget* createFilingTab(RecordsSession& session, QWidget* parent)
{
    return new RetentionWidget(session, parent);
}

bool openFilingDialog(RecordsSession& session, const QString& letterId, QWidget* parent)
{
    FilingDialog dialog(session, letterId, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace lontar::records
