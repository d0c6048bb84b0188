#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace lontar {

// Argon2id via libargon2, stored in the PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash)
// so parameters can be raised later and old hashes still verify.
struct Argon2Parameters
{
    quint32 memoryKiB = 19456; // OWASP 2023 minimum for Argon2id: m=19 MiB, t=2, p=1
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

class PasswordHasher
{
public:
    using Parameters = Argon2Parameters;

    static Result<QString> hash(const QString& password, const Parameters& params = Parameters{});
    static bool verify(const QString& password, const QString& encoded);
    // True when the stored hash was made with weaker parameters than `params`.
    static bool needsRehash(const QString& encoded, const Parameters& params = Parameters{});
};

} // namespace lontar
