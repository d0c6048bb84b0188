#pragma once

#include <QDir>
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
