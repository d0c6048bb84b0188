#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace lontar::test {

// Folder for files a person may want to look at after the run (screenshots, reports):
// <build>/test-output/<test name>/, set by lontar_add_test through LONTAR_TEST_OUTPUT.
inline QString outputDir()
{
    QString dir = qEnvironmentVariable("LONTAR_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/lontar-test-output");
    QDir().mkpath(dir);
    return dir;
}

// Checked-in fixtures under tests/data.
// How many users the demo regency has (resources/demo/regency.json, compiled into core), so tests do not
// break each time the demo gains a role.
inline int demoUserCount()
{
    QFile file(QStringLiteral(":/lontar/demo/regency.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray().size());
}

inline QString dataPath(const QString& relative)
{
    return qEnvironmentVariable("LONTAR_TEST_DATA") + QLatin1Char('/') + relative;
}

} // namespace lontar::test

// Fails the current test with the result's message when a lontar::Result is an error.
#define LONTAR_VERIFY_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto& lontarResult_ = (expr);                                                                  \
        QVERIFY2(lontarResult_.ok(), qPrintable(lontarResult_.errorMessage()));                              \
    } while (false)
