#include "records/ui/RecordsScreens.h"

#include <QLabel>

namespace lontar::records {

QWidget* createInboxTab(RecordsSession&, QWidget* parent)
{
    return new QLabel(parent);
}

bool openDispositionDialog(RecordsSession&, const QString&, QWidget*)
{
    return false;
}

QWidget* createLetterDispositionsPanel(RecordsSession&, const QString&, QWidget* parent)
{
    return new QLabel(parent);
}

} // namespace lontar::records
