#include "server/ServerStore.h"
#include "server/SyncServer.h"

#include "core/AuditLog.h"
#include "core/PasswordHasher.h"
#include "server/ServerUtil.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

namespace lontar::server {

using namespace lontar::sync;
using namespace lontar::server::detail;

Migration authMigration(const QString& module, int version)
{
    return Migration::fromSql(
        module, version, QStringLiteral("refresh replay detection, device revocation"),
        {
            // The answer to the last refresh, encrypted with a key derived from the token that was
            // presented: only that token can fetch it again (a lost answer), and only until the new
            // pair is used (pair_used); afterwards that token revokes the device.
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN replay_answer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN pair_used INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN revoked_at BIGINT NOT NULL DEFAULT 0"),
            // Which access token belongs to the current pair: its first use settles the pair.
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN pair_access_hash TEXT NOT NULL DEFAULT ''"),
            // Every refresh token since the last password login starts with the same random family tag
            // (stored hashed), so any older token of the chain is recognised as reuse without keeping a
            // history of retired tokens.
            QStringLiteral("ALTER TABLE srv_devices ADD COLUMN refresh_family TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX idx_srv_tokens_device ON srv_tokens(device_id)"),
            QStringLiteral("CREATE INDEX idx_srv_tokens_user ON srv_tokens(user_id)"),
            QStringLiteral("CREATE INDEX idx_srv_devices_user ON srv_devices(user_id)"),
        });
}

namespace {

bool isControl(QChar c)
{
    const QChar::Category cat = c.category();
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line ||
           cat == QChar::Separator_Paragraph;
}

bool hasControl(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), isControl);
}

// Device ids appear in logs, the console and URLs: a plain, bounded alphabet.
bool isValidDeviceId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{8,64}$"));
    return re.match(id).hasMatch();
}

// A device name is free text from the device: control and format characters (tabs, new lines, escape
// sequences, direction overrides) are dropped so it cannot forge lines or columns where it is shown.
QString cleanDeviceName(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (!isControl(c))
            out.append(c);
    }
    out = out.simplified();
    if (out.size() > 100) {
        out.truncate(100);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

// One office behind one NAT is one address; an IPv6 client usually owns a whole /64, so that is the
// unit counted (otherwise every guess could come from a fresh address).
QString addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR v6 = address.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            v6[i] = 0;
        return QHostAddress(v6).toString() + QStringLiteral("/64");
    }
    return address.toString();
}

// Refresh tokens are "<family>.<random>": the family tag is fixed from a password login on.
QString familyOf(const QString& token)
{
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    return dot > 0 ? token.left(dot) : QString();
}

QByteArray replayKey(const QString& presentedToken)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("lontar/refresh-replay/v1"));
    h.addData(QByteArrayView("\0", 1));
    h.addData(presentedToken.toUtf8());
    return h.result();
}

struct CipherCtx
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtx>;

constexpr int kIvSize = 12;
constexpr int kTagSize = 16;

// AES-256-GCM under a key only the presented token gives; the device id is bound as associated data.
Result<QString> sealAnswer(const QString& presentedToken, const QString& deviceId, const QByteArray& plain)
{
    const QByteArray key = replayKey(presentedToken);
    const QByteArray aad = deviceId.toUtf8();
    QByteArray iv(kIvSize, Qt::Uninitialized);
    const Error failed(QStringLiteral("replay answer encryption failed"), Error::Code::Crypto);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(iv.data()), kIvSize) != 1)
        return failed;
    CipherPtr ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    QByteArray tag(kTagSize, Qt::Uninitialized);
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(iv.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                          reinterpret_cast<const unsigned char*>(plain.constData()), int(plain.size())) != 1)
        return failed;
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + total, &len) != 1)
        return failed;
    total += len;
    out.truncate(total);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        return failed;
    return QString::fromLatin1((iv + out + tag).toBase64());
}

Result<QByteArray> openAnswer(const QString& presentedToken, const QString& deviceId, const QString& sealed)
{
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    const Error failed(QStringLiteral("replay answer cannot be opened"), Error::Code::Crypto);
    if (raw.size() < kIvSize + kTagSize)
        return failed;
    const QByteArray key = replayKey(presentedToken);
    const QByteArray aad = deviceId.toUtf8();
    const QByteArray iv = raw.left(kIvSize);
    QByteArray tag = raw.right(kTagSize);
    const QByteArray cipher = raw.mid(kIvSize, raw.size() - kIvSize - kTagSize);
    CipherPtr ctx(EVP_CIPHER_CTX_new());
    QByteArray out(cipher.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(iv.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                          reinterpret_cast<const unsigned char*>(cipher.constData()),
                          int(cipher.size())) != 1)
        return failed;
    total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + total, &len) != 1)
        return failed;
    total += len;
    out.truncate(total);
    return out;
}

struct TokenPair
{
    QString access;
    QString refresh;
    qint64 expiresAt = 0;

    QJsonObject answer(qint64 nowMs) const
    {
        return QJsonObject{{QStringLiteral("accessToken"), access},
                           {QStringLiteral("refreshToken"), refresh},
                           {QStringLiteral("expiresIn"), int(qMax<qint64>(0, (expiresAt - nowMs) / 1000))}};
    }
};

// A fresh pair of the family; the device keeps one live access token, so older ones are dropped.
Result<TokenPair> newPair(Database& db, const QString& userId, const QString& deviceId, const QString& family,
                          qint64 nowMs, qint64 expiresAt)
{
    TokenPair pair;
    pair.access = randomToken();
    const QString random = randomToken();
    if (pair.access.isEmpty() || random.isEmpty() || family.isEmpty())
        return Error(QStringLiteral("no randomness available"), Error::Code::Crypto);
    pair.refresh = family + QLatin1Char('.') + random;
    pair.expiresAt = expiresAt;
    if (auto r = db.exec(QStringLiteral("DELETE FROM srv_tokens WHERE device_id = ? OR expires_at < ?"),
                         {deviceId, nowMs});
        !r)
        return r.error();
    // Only hashes are stored: a copy of the database does not give away live sessions.
    if (auto r = db.exec(QStringLiteral("INSERT INTO srv_tokens (token_hash, user_id, device_id, expires_at) "
                                        "VALUES (?, ?, ?, ?)"),
                         {sha256Hex(pair.access.toLatin1()), userId, deviceId, expiresAt});
        !r)
        return r.error();
    return pair;
}

QString newFamily()
{
    return randomToken().left(22); // 132 random bits
}

// Database and crypto failures are logged; the client gets a plain message without SQL in it.
ApiResponse internalError(const QString& detail)
{
    qWarning("auth: %s", qPrintable(detail));
    return ApiResponse::error(500, QStringLiteral("internal"),
                              SyncServer::tr("Terjadi kesalahan pada server; coba lagi nanti."));
}

} // namespace

bool SyncServer::throttled(const QString& key)
{
    // Only failures are counted (recordLoginFailure): a whole office behind one address logs in all day.
    auto row = m_db.exec(
        QStringLiteral("SELECT window_start, attempts FROM srv_login_attempts WHERE throttle_key = ?"),
        {key});
    if (!row)
        return true; // fail closed
    const qint64 windowMs = qint64(m_options.loginWindowSeconds) * 1000;
    return row->next() && now() - row->value(0).toLongLong() < windowMs &&
           row->value(1).toInt() >= m_options.loginAttemptsPerWindow;
}

void SyncServer::recordLoginFailure(const QString& key)
{
    const qint64 t = now();
    const qint64 windowMs = qint64(m_options.loginWindowSeconds) * 1000;
    // One statement, so parallel guesses cannot overwrite each other's count. A window that started at
    // or before `expired` is over: the count starts again from this failure.
    const qint64 expired = t - windowMs;
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO srv_login_attempts (throttle_key, window_start, attempts) "
                                 "VALUES (?, ?, 1) ON CONFLICT (throttle_key) DO UPDATE SET "
                                 "attempts = CASE WHEN srv_login_attempts.window_start <= CAST(? AS BIGINT) "
                                 "THEN 1 ELSE srv_login_attempts.attempts + 1 END, "
                                 "window_start = CASE WHEN srv_login_attempts.window_start <= "
                                 "CAST(? AS BIGINT) THEN excluded.window_start "
                                 "ELSE srv_login_attempts.window_start END"),
                  {key, t, expired, expired});
    if (!r)
        qWarning("login throttle: %s", qPrintable(r.errorMessage()));
    // Keys of finished windows are worthless; dropping them keeps made-up user names from piling up.
    (void)m_db.exec(QStringLiteral("DELETE FROM srv_login_attempts WHERE window_start < ?"),
                    {t - 2 * windowMs});
}

Status SyncServer::revokeDeviceTokens(const QString& deviceId)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM srv_tokens WHERE device_id = ?"), {deviceId}); !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET refresh_hash = '', prev_refresh_hash = '', "
                                          "replay_answer = '', pair_used = 1, pair_access_hash = '', "
                                          "refresh_family = '', revoked_at = ? WHERE device_id = ?"),
                           {now(), deviceId});
        !r)
        return r.error();
    return {};
}

Status SyncServer::revokeUserTokens(const QString& userId)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM srv_tokens WHERE user_id = ?"), {userId}); !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET refresh_hash = '', prev_refresh_hash = '', "
                                          "replay_answer = '', pair_used = 1, pair_access_hash = '', "
                                          "refresh_family = '', revoked_at = ? WHERE user_id = ?"),
                           {now(), userId});
        !r)
        return r.error();
    return {};
}

Result<QJsonObject> SyncServer::issueTokens(const QString& userId, const QString& deviceId)
{
    // A password login starts a new family: tokens of earlier chains are simply unknown from now on.
    const QString family = newFamily();
    auto pair =
        newPair(m_db, userId, deviceId, family, now(), now() + qint64(m_options.accessTokenSeconds) * 1000);
    if (!pair)
        return pair.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET refresh_hash = ?, prev_refresh_hash = '', "
                                          "replay_answer = '', pair_used = 0, pair_access_hash = ?, "
                                          "refresh_family = ? WHERE device_id = ?"),
                           {sha256Hex(pair->refresh.toLatin1()), sha256Hex(pair->access.toLatin1()),
                            sha256Hex(family.toLatin1()), deviceId});
        !r)
        return r.error();
    return pair->answer(now());
}

ApiResponse SyncServer::login(const ApiRequest& request)
{
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("body must be a JSON object"));
    if (auto v = checkSchemaVersion(body.value(QStringLiteral("schemaVersion"))); !v)
        return ApiResponse::error(400, QStringLiteral("schema_version"), v.errorMessage());
    const QString username = body.value(QStringLiteral("username")).toString().trimmed().toLower();
    const QString password = body.value(QStringLiteral("password")).toString();
    const QString deviceId = body.value(QStringLiteral("deviceId")).toString();
    if (username.isEmpty() || password.isEmpty())
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Nama pengguna dan kata sandi wajib diisi."));
    // Both end up in the audit log and the throttle table: bounded and free of control characters.
    if (username.size() > 128 || hasControl(username) || password.size() > 1024)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  tr("Nama pengguna atau kata sandi tidak valid."));
    if (!isValidDeviceId(deviceId))
        return ApiResponse::error(400, QStringLiteral("invalid_device"),
                                  tr("ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis "
                                     "bawah atau tanda hubung."));
    const QString deviceName = cleanDeviceName(body.value(QStringLiteral("deviceName")).toString());

    const QString userKey = QStringLiteral("user:") + username;
    const QString addressKeyText = QStringLiteral("addr:") + addressKey(request.remoteAddress);
    if (throttled(userKey) || throttled(addressKeyText)) {
        ApiResponse r = ApiResponse::error(429, QStringLiteral("rate_limited"),
                                           tr("Terlalu banyak percobaan masuk; coba lagi nanti."));
        r.headers.insert("retry-after", QByteArray::number(m_options.loginWindowSeconds));
        return r;
    }

    AuditLog audit(m_db);
    Authenticator auth(m_db, &audit, LockoutPolicy{},
                       [this] { return QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC); });
    // A locked account is refused before its password is checked; spending the same work keeps the
    // answer's timing from telling it apart from a wrong password.
    auto lockedUntil =
        m_db.scalar(QStringLiteral("SELECT locked_until FROM users WHERE username = ?"), {username});
    const bool lockedNow = lockedUntil && lockedUntil->isValid() && lockedUntil->toLongLong() > now();
    auto user = auth.login(username, password);
    if (lockedNow) {
        static const QString dummy = PasswordHasher::hash(QStringLiteral("lontar-timing-dummy")).value();
        (void)PasswordHasher::verify(password, dummy);
    }
    if (!user) {
        switch (user.error().code) {
        case Error::Code::Unauthorized:
        case Error::Code::NotFound:
        case Error::Code::Locked:
            // Unknown user, wrong password and locked account: one answer, byte for byte, so the
            // answer reveals neither which names exist nor which accounts are locked.
            recordLoginFailure(userKey);
            recordLoginFailure(addressKeyText);
            return ApiResponse::error(401, QStringLiteral("login_failed"),
                                      tr("Nama pengguna atau kata sandi salah."));
        case Error::Code::Forbidden: // the password was right; the account is disabled
            return ApiResponse::error(403, QStringLiteral("account_disabled"),
                                      tr("Akun ini dinonaktifkan. Hubungi admin OPD."));
        default:
            return internalError(user.errorMessage());
        }
    }
    // A user outside the org tree would write rows nobody's scope contains.
    if (user->unitId.isEmpty())
        return ApiResponse::error(403, QStringLiteral("no_unit"),
                                  tr("Akun ini belum ditempatkan di unit kerja; hubungi admin OPD."));

    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    auto device =
        m_db.exec(QStringLiteral("SELECT user_id, status FROM srv_devices WHERE device_id = ?"), {deviceId});
    if (!device)
        return internalError(device.errorMessage());
    QString status;
    if (device->next()) {
        if (device->value(0).toString() != user->id)
            return ApiResponse::error(403, QStringLiteral("device_owner"),
                                      tr("Perangkat ini terdaftar untuk pengguna lain."));
        status = device->value(1).toString();
        if (status == QLatin1String("revoked"))
            return ApiResponse::error(403, QStringLiteral("device_revoked"),
                                      tr("Perangkat ini telah dicabut oleh admin OPD dan tidak dapat "
                                         "dipakai lagi untuk sinkronisasi."));
    } else {
        status = m_options.autoApproveDevices ? QStringLiteral("approved") : QStringLiteral("pending");
        auto r =
            m_db.exec(QStringLiteral("INSERT INTO srv_devices (device_id, user_id, name, status, created_at, "
                                     "approved_by) VALUES (?, ?, ?, ?, ?, ?)"),
                      {deviceId, user->id, deviceName, status, now(),
                       m_options.autoApproveDevices ? QStringLiteral("auto") : QString()});
        if (!r)
            return internalError(r.errorMessage());
        (void)audit.append(user->username, QStringLiteral("device.enrol"), QStringLiteral("device"), deviceId,
                           QJsonObject{{QStringLiteral("status"), status}});
    }
    if (status != QLatin1String("approved")) {
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return ApiResponse::error(403, QStringLiteral("device_pending"),
                                  tr("Perangkat menunggu persetujuan admin OPD."));
    }
    auto tokens = issueTokens(user->id, deviceId);
    if (!tokens)
        return internalError(tokens.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    QJsonObject out = *tokens;
    out.insert(QStringLiteral("userId"), user->id);
    out.insert(QStringLiteral("unitId"), user->unitId);
    return ApiResponse::json(200, out);
}

ApiResponse SyncServer::refresh(const ApiRequest& request)
{
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("body must be a JSON object"));
    const QString deviceId = body.value(QStringLiteral("deviceId")).toString();
    const QString token = body.value(QStringLiteral("refreshToken")).toString();
    if (!isValidDeviceId(deviceId) || token.isEmpty() || token.size() > 256)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("deviceId and refreshToken required"));
    const ApiResponse invalid =
        ApiResponse::error(401, QStringLiteral("unauthorized"),
                           tr("Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi."));

    Transaction tx(m_db);
    if (!tx.status())
        return ApiResponse::error(503, QStringLiteral("unavailable"), tx.status().errorMessage());
    // Several instances on one PostgreSQL: two refreshes of one device must not both rotate.
    const QString lockRow =
        m_db.dialect() == Database::Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    auto row =
        m_db.exec(QStringLiteral("SELECT user_id, status, refresh_hash, prev_refresh_hash, pair_used, "
                                 "replay_answer, refresh_family FROM srv_devices WHERE device_id = ?") +
                      lockRow,
                  {deviceId});
    if (!row)
        return internalError(row.errorMessage());
    if (!row->next())
        return invalid;
    const QString userId = row->value(0).toString();
    const QString deviceStatus = row->value(1).toString();
    const QString current = row->value(2).toString();
    const QString previous = row->value(3).toString();
    const bool pairUsed = row->value(4).toInt() != 0;
    const QString sealedAnswer = row->value(5).toString();
    const QString family = row->value(6).toString();
    row->finish();

    const QString presented = sha256Hex(token.toUtf8());
    const bool isCurrent = !current.isEmpty() && presented == current;
    const bool isPrevious = !previous.isEmpty() && presented == previous;
    const QString presentedFamily = familyOf(token);
    const bool sameFamily =
        !family.isEmpty() && !presentedFamily.isEmpty() && sha256Hex(presentedFamily.toUtf8()) == family;

    // Reuse: the previous token after its successor was used, or any older token of the chain. Either
    // the device or a thief holds a copy; nobody can tell which, so the whole device is logged out.
    if ((isPrevious && pairUsed) || (!isCurrent && !isPrevious && sameFamily)) {
        if (Status s = revokeDeviceTokens(deviceId); !s)
            return internalError(s.errorMessage());
        AuditLog audit(m_db);
        (void)audit.append(QStringLiteral("system"), QStringLiteral("refresh.reuse"),
                           QStringLiteral("device"), deviceId,
                           QJsonObject{{QStringLiteral("userId"), userId},
                                       {QStringLiteral("token"),
                                        isPrevious ? QStringLiteral("previous") : QStringLiteral("older")}});
        if (Status s = tx.commit(); !s)
            return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
        return ApiResponse::error(401, QStringLiteral("token_reused"),
                                  tr("Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi "
                                     "dengan kata sandi."));
    }
    if (!isCurrent && !isPrevious)
        return invalid;
    if (deviceStatus == QLatin1String("revoked"))
        return ApiResponse::error(
            403, QStringLiteral("device_revoked"),
            tr("Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi "
               "untuk sinkronisasi."));
    if (deviceStatus != QLatin1String("approved"))
        return ApiResponse::error(403, QStringLiteral("device_pending"),
                                  tr("Perangkat menunggu persetujuan admin OPD."));
    IdentityStore ids(m_db);
    auto user = ids.userById(userId);
    if (!user)
        return invalid;
    if (!user->active)
        return ApiResponse::error(403, QStringLiteral("account_disabled"),
                                  tr("Akun ini dinonaktifkan. Hubungi admin OPD."));
    if (user->unitId.isEmpty())
        return ApiResponse::error(403, QStringLiteral("no_unit"),
                                  tr("Akun ini belum ditempatkan di unit kerja; hubungi admin OPD."));

    if (isPrevious) {
        // The answer to that refresh was lost and the new pair was never used: the same pair again.
        auto plain = openAnswer(token, deviceId, sealedAnswer);
        if (!plain)
            return invalid;
        const QJsonObject o = QJsonDocument::fromJson(*plain).object();
        TokenPair pair{o.value(QStringLiteral("accessToken")).toString(),
                       o.value(QStringLiteral("refreshToken")).toString(),
                       qint64(o.value(QStringLiteral("expiresAt")).toDouble())};
        if (pair.access.isEmpty() || pair.refresh.isEmpty())
            return invalid;
        return ApiResponse::json(200, pair.answer(now()));
    }

    // Rotation. A device from before token families gets one now.
    const QString chain = family.isEmpty() || presentedFamily.isEmpty() ? newFamily() : presentedFamily;
    auto pair =
        newPair(m_db, userId, deviceId, chain, now(), now() + qint64(m_options.accessTokenSeconds) * 1000);
    if (!pair)
        return internalError(pair.errorMessage());
    const QByteArray plain =
        QJsonDocument(QJsonObject{{QStringLiteral("accessToken"), pair->access},
                                  {QStringLiteral("refreshToken"), pair->refresh},
                                  {QStringLiteral("expiresAt"), double(pair->expiresAt)}})
            .toJson(QJsonDocument::Compact);
    auto sealed = sealAnswer(token, deviceId, plain);
    if (!sealed)
        return internalError(sealed.errorMessage());
    if (auto r = m_db.exec(QStringLiteral("UPDATE srv_devices SET prev_refresh_hash = ?, refresh_hash = ?, "
                                          "replay_answer = ?, pair_used = 0, pair_access_hash = ?, "
                                          "refresh_family = ? WHERE device_id = ?"),
                           {presented, sha256Hex(pair->refresh.toLatin1()), *sealed,
                            sha256Hex(pair->access.toLatin1()), sha256Hex(chain.toLatin1()), deviceId});
        !r)
        return internalError(r.errorMessage());
    if (Status s = tx.commit(); !s)
        return ApiResponse::error(503, QStringLiteral("unavailable"), s.errorMessage());
    return ApiResponse::json(200, pair->answer(now()));
}

} // namespace lontar::server
