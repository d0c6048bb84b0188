#include "records/ui/RecordsScreens.h"

#include <QLabel>

namespace lontar::records {

QWidget* createFilingTab(RecordsSession&, QWidget* parent)
{
    return new QLabel(parent);
}

bool openFilingDialog(RecordsSession&, const QString&, QWidget*)
{
    return false;
}

} // namespace lontar::records
