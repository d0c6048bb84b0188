#include "records/ui/InboxWidget.h"
#include "records/ui/RecordsScreens.h"

namespace lontar::records {

QWidget* createInboxTab(RecordsSession& session, QWidget* parent)
{
    return new InboxWidget(session, parent);
}

} // namespace lontar::records
