#include "records/ui/RecordsScreens.h"

#include <QLabel>

namespace lontar::records {

QWidget* createOutgoingTab(RecordsSession&, QWidget* parent)
{
    return new QLabel(parent);
}

} // namespace lontar::records
