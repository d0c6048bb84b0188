#include "core/Uuid.h"

#include <QDateTime>
#include <QUuid>

#include <openssl/rand.h>

#include <array>

namespace lontar {

QString newUuid()
{
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1) {
        // RAND_bytes only fails without an entropy source; fall back to Qt's generator.
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = static_cast<unsigned char>((ms >> (40 - 8 * i)) & 0xff);
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC variant
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString nameBasedUuid(const QString& name)
{
    static const QUuid lontarNamespace(QStringLiteral("6f1c2a52-7a43-4c59-9d0e-4c6f6e746172"));
    return QUuid::createUuidV5(lontarNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace lontar
