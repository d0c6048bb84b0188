#include "attendance/ui/AttendanceDialogs.h"

#include <QFileDialog>

#include <optional>

namespace lontar::attendance::dialogs {

namespace {
std::optional<QString>& nextFileName()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

void setNextFileName(const QString& name)
{
    nextFileName() = name;
}

QString askSaveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggested)
{
    if (auto next = std::exchange(nextFileName(), std::nullopt))
        return *next;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace lontar::attendance::dialogs
