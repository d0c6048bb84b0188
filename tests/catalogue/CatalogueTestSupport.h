#pragma once

#include "TestSupport.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueModule.h"
#include "core/Profile.h"
#include "sync/ClientStore.h"
#include "sync/SyncProtocol.h"

#include <QTemporaryDir>

namespace lontar::test {

inline const QByteArray kCsvHeader =
    "kode_produk,nama,kategori,satuan,harga,zona,tkdn,pdn,npwp_penyedia,nama_penyedia,umk\n";

// A small catalogue: office supplies and cleaning goods from three vendors, two zones and "*".
inline QByteArray sampleCsv()
{
    return kCsvHeader +
           "ATK-001,Kertas HVS A4 80 gsm,ATK > Kertas,rim,\"52.000\",*,45,ya,01.234.567.8-901.000,CV Sinar "
           "Tanjung,ya\n"
           "ATK-001,Kertas HVS A4 80 gsm,ATK > Kertas,rim,55.000,PESISIR,45,ya,01.234.567.8-901.000,CV Sinar "
           "Tanjung,ya\n"
           "ATK-002,Pulpen Gel Hitam 0.5 mm,ATK > Alat "
           "Tulis,pak,\"30000\",*,\"12,5\",tidak,012345678901000,CV "
           "Sinar Tanjung,ya\n"
           "KBR-001,\"Cairan Pembersih Lantai, Aroma Sereh\",Kebersihan,liter,18.500,*,60.25,ya,"
           "1234567890123456,UD Bersih Sejahtera,ya\n"
           "KBR-002,Sapu Ijuk Gagang Kayu,Kebersihan,buah,25.000,PEDALAMAN,80,ya,1234567890123456,UD Bersih "
           "Sejahtera,ya\n"
           "ELK-001,Printer Laser Monokrom,Elektronik > Printer,unit,3.250.000,*,0,tidak,987654321098765,PT "
           "Nusantara Digital,tidak\n";
}

// A profile with the demo regency and the catalogue's schema, acting as `username`.
struct CatalogueDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;

    explicit CatalogueDevice()
    {
        CoreModule core;
        catalogue::CatalogueModule catalogue;
        sync::EntityRegistry::instance().addModules({&core, &catalogue});
        sync::SyncClientModule syncModule;
        auto p = Profile::open(dir.filePath(QStringLiteral("p")), {&syncModule, &catalogue});
        if (!p)
            qFatal("%s", qPrintable(p.errorMessage()));
        profile = std::move(*p);
        if (Status s = DemoData::seed(*profile); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
    }
    Database& db() { return profile->database(); }
    Actor actor(const QString& username)
    {
        auto user = profile->identity().userByUsername(username);
        if (!user)
            qFatal("no user %s", qPrintable(username));
        return *Actor::forUser(db(), *user);
    }
    std::unique_ptr<catalogue::DeviceCatalogueRows> rows(const QString& username)
    {
        return std::make_unique<catalogue::DeviceCatalogueRows>(db(), profile->audit(), actor(username));
    }
    qint64 count(const QString& sql, std::initializer_list<QVariant> bindings = {})
    {
        return db().scalar(sql, bindings)->toLongLong();
    }
    qint64 catalogueRows()
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE entity LIKE 'catalogue_%' AND "
                                    "entity <> 'catalogue_zone'"));
    }
};

} // namespace lontar::test
