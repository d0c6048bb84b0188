#include "CatalogueTestSupport.h"

#include "catalogue/CataloguePolicies.h"
#include "catalogue/CsvImport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>

using namespace lontar;
using namespace lontar::catalogue;
using namespace lontar::test;

// Product images as content-addressed blobs: the admin's checked upload, and the product policy's rules
// on the `images` list.
class TestCatalogueImages : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogueDevice> m_device;
    std::unique_ptr<DeviceCatalogueRows> m_admin;
    QString m_blobDir;

    QString file(const QString& name) const { return m_device->dir.filePath(name); }
    QString png(const QString& name, int w, int h, Qt::GlobalColor color = Qt::red) const
    {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(color);
        const QString path = file(name);
        if (!image.save(path, "PNG"))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString raw(const QString& name, const QByteArray& bytes) const
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }
    QJsonArray images()
    {
        return sync::ClientStore(m_device->db())
            .get(kProductEntity, productId(QStringLiteral("ATK-001")))
            ->data.value(QStringLiteral("images"))
            .toArray();
    }
    qint64 blobs() { return m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_blobs")); }
    qint64 outbox() { return m_device->count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")); }

    // Writes the product row with `list` as its images, as `username`.
    Status writeImages(const QString& username, const QJsonArray& list)
    {
        auto row =
            sync::ClientStore(m_device->db()).get(kProductEntity, productId(QStringLiteral("ATK-001")));
        QJsonObject data = row->data;
        data.insert(QStringLiteral("images"), list);
        auto r = sync::ClientStore(m_device->db(), m_device->actor(username))
                     .put(kProductEntity, productId(QStringLiteral("ATK-001")), data);
        if (!r)
            return r.error();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_device = std::make_unique<CatalogueDevice>();
        m_admin = m_device->rows(QStringLiteral("admin"));
        m_blobDir = file(QStringLiteral("blobs"));
        CatalogueAdmin admin(*m_admin);
        LONTAR_VERIFY_OK(admin.saveZone(QStringLiteral("PESISIR"), QStringLiteral("Kecamatan pesisir")));
        LONTAR_VERIFY_OK(admin.saveZone(QStringLiteral("PEDALAMAN"), QStringLiteral("Kecamatan pedalaman")));
        auto r = CsvImport(*m_admin).run(sampleCsv(), false);
        QVERIFY(r.ok());
        QVERIFY(r->applied);
    }

    void adminSetsAnImage()
    {
        const qint64 before = blobs();
        const QString path = png(QStringLiteral("a.png"), 64, 48);
        LONTAR_VERIFY_OK(
            CatalogueAdmin(*m_admin).setProductImage(QStringLiteral("ATK-001"), path, m_blobDir));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(images(), QJsonArray{sha});
        QVERIFY(QFile::exists(m_blobDir + QLatin1Char('/') + sha));
        QCOMPARE(blobs(), before + 1);
        QCOMPARE(m_device->count(QStringLiteral("SELECT uploaded FROM sync_blobs WHERE sha256 = ?"), {sha}),
                 0);
        auto p = CatalogueBrowser(m_device->db()).product(productId(QStringLiteral("ATK-001")), {});
        QVERIFY(p.ok());
        QCOMPARE(p->images, QStringList{sha});

        // A second image replaces the first.
        const QString other = png(QStringLiteral("b.png"), 32, 32, Qt::blue);
        LONTAR_VERIFY_OK(
            CatalogueAdmin(*m_admin).setProductImage(QStringLiteral("ATK-001"), other, m_blobDir));
        QCOMPARE(images().size(), 1);
        QVERIFY(images().first().toString() != sha);
    }

    void nonAdminIsRefused()
    {
        const QJsonArray was = images();
        const qint64 queued = outbox();
        auto pengadaan = m_device->rows(QStringLiteral("pengadaan"));
        const Status s =
            CatalogueAdmin(*pengadaan)
                .setProductImage(QStringLiteral("ATK-001"), png(QStringLiteral("c.png"), 8, 8), m_blobDir);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        QCOMPARE(images(), was);
        QCOMPARE(outbox(), queued);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QStringLiteral("x.txt") << QByteArray("bukan gambar\n");
        QImage gif(4, 4, QImage::Format_RGB32);
        QByteArray bmp;
        {
            QBuffer buf(&bmp);
            buf.open(QIODevice::WriteOnly);
            gif.fill(Qt::green);
            gif.save(&buf, "BMP");
        }
        QTest::newRow("bmp") << QStringLiteral("x.bmp") << bmp;
        QByteArray broken;
        {
            QBuffer buf(&broken);
            buf.open(QIODevice::WriteOnly);
            gif.save(&buf, "PNG");
        }
        broken.truncate(broken.size() / 2);
        QTest::newRow("corrupt") << QStringLiteral("broken.png") << broken;
        QTest::newRow("too-large") << QStringLiteral("big.png")
                                   << QByteArray(int(CatalogueAdmin::kMaxImageBytes) + 1, 'x');
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QJsonArray was = images();
        const qint64 queued = outbox();
        const qint64 before = blobs();
        const Status s =
            CatalogueAdmin(*m_admin).setProductImage(QStringLiteral("ATK-001"), raw(name, bytes), m_blobDir);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(!s.errorMessage().isEmpty());
        QCOMPARE(images(), was);
        QCOMPARE(outbox(), queued);
        QCOMPARE(blobs(), before);
    }

    void tooManyPixelsIsRefused()
    {
        const QJsonArray was = images();
        const Status s = CatalogueAdmin(*m_admin).setProductImage(
            QStringLiteral("ATK-001"), png(QStringLiteral("wide.png"), 4001, 1), m_blobDir);
        QVERIFY(!s);
        QCOMPARE(images(), was);
    }

    void policyRules()
    {
        const QString a(64, QLatin1Char('a'));
        const QString b(64, QLatin1Char('b'));
        const QString c(64, QLatin1Char('c'));
        const QString d(64, QLatin1Char('d'));
        const QString e(64, QLatin1Char('e'));
        QVERIFY(!writeImages(QStringLiteral("admin"), QJsonArray{a, b, c, d, e}));
        QVERIFY(!writeImages(QStringLiteral("admin"), QJsonArray{QStringLiteral("bukan-sha")}));
        QVERIFY(!writeImages(QStringLiteral("admin"), QJsonArray{a.toUpper()}));
        QVERIFY(!writeImages(QStringLiteral("admin"), QJsonArray{a, a}));
        const Status refused = writeImages(QStringLiteral("pengadaan"), QJsonArray{a});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        LONTAR_VERIFY_OK(writeImages(QStringLiteral("admin"), QJsonArray{a, b, c, d}));

        // The row declares its images as blobs, so its readers may download them.
        auto policy = makeProductPolicy();
        const Actor admin = m_device->actor(QStringLiteral("admin"));
        QJsonObject data =
            sync::ClientStore(m_device->db()).get(kProductEntity, productId(QStringLiteral("ATK-001")))->data;
        WriteContext context{admin, false, 0, productId(QStringLiteral("ATK-001")), false, data, {}, {}};
        auto access = policy->authorizeWrite(context, data);
        QVERIFY(access.ok());
        QCOMPARE(access->blobs, (QStringList{a, b, c, d}));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueImages)
#include "tst_catalogueimages.moc"
