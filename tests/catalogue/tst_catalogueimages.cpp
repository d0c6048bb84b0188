#include "CatalogueTestSupport.h"

#include "catalogue/CataloguePolicies.h"
#include "catalogue/CsvImport.h"
#include "catalogue/ProductImages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

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
    static QString shaOf(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    QString blobFile(const QString& sha) const { return m_blobDir + QLatin1Char('/') + sha; }
    QJsonArray imagesOf(const QString& code)
    {
        return sync::ClientStore(m_device->db())
            .get(kProductEntity, productId(code))
            ->data.value(QStringLiteral("images"))
            .toArray();
    }
    // Rewrites the stored copy of a product as a pull would (no policy runs on pulled rows).
    void setStored(const QString& code, const QString& key, const QJsonValue& value)
    {
        QJsonObject data = sync::ClientStore(m_device->db()).get(kProductEntity, productId(code))->data;
        data.insert(key, value);
        auto r = m_device->db().exec(
            QStringLiteral("UPDATE sync_rows SET data = ? WHERE entity = ? AND entity_id = ?"),
            {QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), kProductEntity,
             productId(code)});
        QVERIFY(r.ok());
    }
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

    // The product's policy refuses the change after the file was copied in: the copy goes again, unless
    // something else on the device names the same content.
    void refusedImageLeavesNoFileBehind()
    {
        // KBR-001 as pulled from a server whose rules were looser: the policy here refuses any change.
        setStored(QStringLiteral("KBR-001"), QStringLiteral("tkdnBp"), 20000);
        const qint64 queued = outbox();
        const qint64 before = blobs();
        const QString fresh = png(QStringLiteral("refused.png"), 20, 10, Qt::darkGreen);
        const Status s =
            CatalogueAdmin(*m_admin).addProductImage(QStringLiteral("KBR-001"), fresh, m_blobDir);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QStringLiteral("TKDN")), qPrintable(s.errorMessage()));
        QVERIFY(!QFile::exists(blobFile(shaOf(fresh))));
        QVERIFY(!QFile::exists(m_blobDir + QStringLiteral("/incoming.tmp")));
        QCOMPARE(blobs(), before);
        QCOMPARE(outbox(), queued);
        QCOMPARE(imagesOf(QStringLiteral("KBR-001")), QJsonArray());
        // setProductImage cleans up the same way.
        QVERIFY(!CatalogueAdmin(*m_admin).setProductImage(QStringLiteral("KBR-001"), fresh, m_blobDir));
        QVERIFY(!QFile::exists(blobFile(shaOf(fresh))));

        // The same content as ATK-001's image (queued for upload, named by a row): it stays.
        const QString shared = m_blobDir + QLatin1Char('/') + images().first().toString();
        QVERIFY(QFile::exists(shared));
        const QString copy = file(QStringLiteral("copy.png"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(shared, copy));
        QVERIFY(!CatalogueAdmin(*m_admin).addProductImage(QStringLiteral("KBR-001"), copy, m_blobDir));
        QVERIFY(QFile::exists(shared));

        // A downloaded image (no upload queued) that a pulled row names: it stays too.
        const QString downloaded = png(QStringLiteral("downloaded.png"), 12, 12, Qt::magenta);
        const QString sha = shaOf(downloaded);
        QDir().mkpath(m_blobDir);
        QVERIFY(QFile::copy(downloaded, blobFile(sha)));
        setStored(QStringLiteral("KBR-002"), QStringLiteral("images"), QJsonArray{sha});
        QVERIFY(!CatalogueAdmin(*m_admin).addProductImage(QStringLiteral("KBR-001"), downloaded, m_blobDir));
        QVERIFY(QFile::exists(blobFile(sha)));
        QCOMPARE(blobs(), before);

        // Inside the caller's transaction the caller decides: the file is not touched.
        {
            Transaction tx(m_device->db());
            QVERIFY(!CatalogueAdmin(*m_admin).addProductImage(QStringLiteral("KBR-001"), fresh, m_blobDir));
            QVERIFY(QFile::exists(blobFile(shaOf(fresh))));
        }
        auto gone = sync::ClientStore(m_device->db()).discardBlobIfUnreferenced(shaOf(fresh), m_blobDir);
        QVERIFY(gone.ok() && *gone);
        QVERIFY(!QFile::exists(blobFile(shaOf(fresh))));
        // A reference that is not a SHA-256 never becomes a path.
        QVERIFY(
            !sync::ClientStore(m_device->db()).discardBlobIfUnreferenced(QStringLiteral("../p"), m_blobDir));
        setStored(QStringLiteral("KBR-001"), QStringLiteral("tkdnBp"), 6025);
    }

    void addAndRemoveImages()
    {
        CatalogueAdmin admin(*m_admin);
        const QString code = QStringLiteral("ELK-001");
        QStringList added;
        for (int i = 0; i < kMaxProductImages; ++i) {
            const QString path = png(QStringLiteral("elk%1.png").arg(i), 10 + i, 10);
            LONTAR_VERIFY_OK(admin.addProductImage(code, path, m_blobDir));
            added.append(shaOf(path));
        }
        QJsonArray expected;
        for (const QString& sha : std::as_const(added))
            expected.append(sha);
        QCOMPARE(imagesOf(code), expected); // in the order added: the first stays first
        const qint64 before = blobs();
        const QString fifth = png(QStringLiteral("elk-fifth.png"), 30, 30);
        const Status full = admin.addProductImage(code, fifth, m_blobDir);
        QVERIFY(!full);
        QVERIFY2(full.errorMessage().contains(QStringLiteral("hapus")), qPrintable(full.errorMessage()));
        QVERIFY(!QFile::exists(blobFile(shaOf(fifth))));
        QCOMPARE(blobs(), before);

        // Taken off the product; the file stays (the upload and other devices may still need it).
        LONTAR_VERIFY_OK(admin.removeProductImage(code, added.at(1)));
        expected.removeAt(1);
        QCOMPARE(imagesOf(code), expected);
        QVERIFY(QFile::exists(blobFile(added.at(1))));
        const Status twice = admin.removeProductImage(code, added.at(1));
        QCOMPARE(twice.error().code, Error::Code::NotFound);
        // The same picture twice on one product is refused, and nothing else changes.
        const Status duplicate = admin.addProductImage(code, file(QStringLiteral("elk0.png")), m_blobDir);
        QVERIFY(!duplicate);
        QCOMPARE(imagesOf(code), expected);
        // Only the catalogue admin removes images.
        auto pengadaan = m_device->rows(QStringLiteral("pengadaan"));
        QCOMPARE(CatalogueAdmin(*pengadaan).removeProductImage(code, added.at(0)).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(imagesOf(code), expected);
    }

    void localFiles()
    {
        const ProductImages local(m_blobDir);
        const QString sha = images().first().toString();
        QCOMPARE(local.localFile(sha), blobFile(sha));
        QVERIFY(local.localFile(QString(64, QLatin1Char('f'))).isEmpty()); // not downloaded
        QVERIFY(local.localFile(QStringLiteral("../p/lontar.sqlite")).isEmpty());
        QVERIFY(local.localFile(sha.toUpper()).isEmpty());
        QCOMPARE(ProductImages::blobDirectory(QStringLiteral("/x/profil")),
                 QStringLiteral("/x/profil/blobs"));
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
