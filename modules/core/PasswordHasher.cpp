#include "core/PasswordHasher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <vector>

namespace lontar {

namespace {
constexpr quint32 kSaltBytes = 16;
constexpr quint32 kHashBytes = 32;

QString trText(const char* text)
{
    return QCoreApplication::translate("lontar::PasswordHasher", text);
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password, const Parameters& params)
{
    QByteArray utf8 = password.toUtf8();
    unsigned char salt[kSaltBytes];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return Error(trText("Pembangkit bilangan acak tidak tersedia"), Error::Code::Crypto);
    const size_t encodedLength = argon2_encodedlen(params.iterations, params.memoryKiB, params.parallelism,
                                                   kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(encodedLength);
    const int rc = argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism,
                                         utf8.constData(), size_t(utf8.size()), salt, kSaltBytes, kHashBytes,
                                         encoded.data(), encoded.size());
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (rc != ARGON2_OK)
        return Error(
            trText("Gagal membuat hash kata sandi: %1").arg(QString::fromLatin1(argon2_error_message(rc))),
            Error::Code::Crypto);
    return QString::fromLatin1(encoded.data());
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    const int rc = argon2id_verify(stored.constData(), utf8.constData(), size_t(utf8.size()));
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return rc == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString& encoded, const Parameters& params)
{
    static const QRegularExpression re(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const auto match = re.match(encoded);
    if (!match.hasMatch())
        return true;
    return match.captured(1).toUInt() < params.memoryKiB || match.captured(2).toUInt() < params.iterations;
}

} // namespace lontar
