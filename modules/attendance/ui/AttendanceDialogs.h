#pragma once

#include <QString>

class QWidget;

namespace lontar::attendance::dialogs {

// The file questions the attendance screens ask, in one place so tests can answer them (as esign's
// dialogs do): a queued answer replaces the next dialog; an empty string answers "cancelled".
void setNextFileName(const QString& name);
QString askSaveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggested);

} // namespace lontar::attendance::dialogs
