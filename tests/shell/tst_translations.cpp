#include "TestSupport.h"

#include "shell/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace lontar;

// Every user-visible string must reach an English speaker translated, with the same placeholders;
// a string added without running scripts/update-translations.sh fails here.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one per plural form, or one
        bool unfinished = false;
    };

    static QList<Message> readTs(const QString& path)
    {
        QList<Message> out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name"))
                    context = xml.readElementText();
                else if (name == QLatin1String("message"))
                    current = Message{context, {}, {}, false};
                else if (name == QLatin1String("source"))
                    current.source = xml.readElementText();
                else if (name == QLatin1String("translation")) {
                    current.unfinished =
                        xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    // Either plain text or <numerusform> children.
                    QString text;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                           !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            current.translations.append(xml.readElementText());
                    }
                    if (current.translations.isEmpty())
                        current.translations.append(text);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out.append(current);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return out;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        found.removeDuplicates();
        return found;
    }

    static QString tsPath(const QString& code)
    {
        return qEnvironmentVariable("LONTAR_SOURCE_DIR") + QStringLiteral("/translations/lontar_") + code +
               QStringLiteral(".ts");
    }

private Q_SLOTS:
    void englishIsComplete()
    {
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")));
        QVERIFY(messages.size() > 50);
        QStringList problems;
        for (const Message& m : messages) {
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                problems.append(QStringLiteral("untranslated [%1] %2").arg(m.context, m.source));
                continue;
            }
            for (const QString& t : m.translations) {
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(t);
                // A singular English form may spell out "one" instead of %n.
                if (m.translations.size() > 1) {
                    expected.removeAll(QStringLiteral("%n"));
                    actual.removeAll(QStringLiteral("%n"));
                }
                if (expected != actual)
                    problems.append(
                        QStringLiteral("placeholders differ [%1] %2 -> %3").arg(m.context, m.source, t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void indonesianCatalogueListsTheSameStrings()
    {
        const QList<Message> en = readTs(tsPath(QStringLiteral("en")));
        const QList<Message> id = readTs(tsPath(QStringLiteral("id")));
        QCOMPARE(id.size(), en.size());
    }

    void compiledEnglishIsLoaded()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("lontar::SyncStatusWidget", "Sinkronisasi belum dikonfigurasi"),
                 QStringLiteral("Sync not configured"));
        QCOMPARE(QCoreApplication::translate("lontar::SyncStatusWidget", "Luring — %n perubahan menunggu",
                                             nullptr, 2),
                 QStringLiteral("Offline — 2 changes pending"));
        QVERIFY(Language::apply(QStringLiteral("id")));
        QCOMPARE(QCoreApplication::translate("lontar::SyncStatusWidget", "Sinkronisasi belum dikonfigurasi"),
                 QStringLiteral("Sinkronisasi belum dikonfigurasi"));
        QVERIFY(!Language::apply(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
