#include "shell/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace lontar {

namespace {
std::unique_ptr<QTranslator> g_appTranslator;
std::unique_ptr<QTranslator> g_qtTranslator;
QString g_current = Language::defaultCode();
} // namespace

QList<LanguageInfo> Language::available()
{
    return {{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
            {QStringLiteral("en"), QStringLiteral("English")}};
}

QString Language::current()
{
    return g_current;
}

bool Language::apply(const QString& code)
{
    bool known = false;
    for (const LanguageInfo& info : available())
        known = known || info.code == code;
    if (!known)
        return false;

    if (g_appTranslator) {
        QCoreApplication::removeTranslator(g_appTranslator.get());
        g_appTranslator.reset();
    }
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator.get());
        g_qtTranslator.reset();
    }
    if (code != defaultCode()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/lontar_") + code + QStringLiteral(".qm")))
            return false;
        QCoreApplication::installTranslator(translator.get());
        g_appTranslator = std::move(translator);
    }
    // Standard buttons (OK, Cancel) and dialogs in the same language, when Qt's translations are installed.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qtbase_") + code,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        g_qtTranslator = std::move(qtTranslator);
    }
    // Dates and numbers follow the interface language ("Senin, 23 November 2026").
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    g_current = code;
    return true;
}

} // namespace lontar
