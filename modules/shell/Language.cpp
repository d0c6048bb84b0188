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
std::unique_ptr<QTranslator> g_qtLontarTranslator;
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
    if (g_qtLontarTranslator) {
        QCoreApplication::removeTranslator(g_qtLontarTranslator.get());
        g_qtLontarTranslator.reset();
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
    // Qt has no Indonesian of its own: our qtbase_lontar_id.qm covers standard buttons, file, message and
    // input dialogs. Installed last, so it wins over a qtbase_<code>.qm should Qt ever ship one.
    auto qtLontarTranslator = std::make_unique<QTranslator>();
    if (qtLontarTranslator->load(QStringLiteral(":/i18n/qtbase_lontar_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(qtLontarTranslator.get());
        g_qtLontarTranslator = std::move(qtLontarTranslator);
    }
    // Dates and numbers follow the interface language ("Senin, 23 November 2026").
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    g_current = code;
    return true;
}

} // namespace lontar
