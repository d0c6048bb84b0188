#pragma once

#include "shell/UiModule.h"

#include <QList>

#include <functional>

namespace lontar {

// "Beranda": greeting, the user's profile, the modules at hand and the state of the local data.
class HomeModule final : public UiModule
{
public:
    // `modules` lists what the home page offers as shortcuts; `navigate` switches the shell to one.
    HomeModule(QList<UiModule*> modules, std::function<void(const QString&)> navigate);

    QString id() const override { return QStringLiteral("home"); }
    QString displayName() const override;
    QIcon icon() const override;
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;

private:
    QList<UiModule*> m_modules;
    std::function<void(const QString&)> m_navigate;
};

// "Pengguna & Unit": the org chart and its users, for admin OPD.
class AdministrationModule final : public UiModule
{
public:
    QString id() const override { return QStringLiteral("administration"); }
    QString displayName() const override;
    QIcon icon() const override;
    bool isAvailableFor(const User& user) const override { return user.hasRole(Role::AdminOpd); }
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;
};

// "Log Audit": the hash-chained audit trail and its integrity check, for admin OPD.
class AuditModule final : public UiModule
{
public:
    QString id() const override { return QStringLiteral("audit"); }
    QString displayName() const override;
    QIcon icon() const override;
    bool isAvailableFor(const User& user) const override { return user.hasRole(Role::AdminOpd); }
    QWidget* createMainWidget(ShellContext& context, QWidget* parent) override;
};

} // namespace lontar
