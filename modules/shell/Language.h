#pragma once

#include <QList>
#include <QString>

namespace lontar {

struct LanguageInfo
{
    QString code;       // "id", "en"
    QString nativeName; // shown in its own language, never translated
};

// Indonesian is the source language of every string of ours (Qt's own buttons and dialogs get
// qtbase_lontar_id.qm); other languages load
// lontar_<code>.qm compiled into the program, plus Qt's own translations for standard dialogs.
class Language
{
public:
    static QList<LanguageInfo> available();
    static QString defaultCode() { return QStringLiteral("id"); }
    // Replaces the translators installed by an earlier call. Returns false for an unknown code.
    static bool apply(const QString& code);
    static QString current();
};

} // namespace lontar
