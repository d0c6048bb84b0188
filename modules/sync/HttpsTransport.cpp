#include "sync/Transport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace lontar::sync {

namespace {
class HttpsTransport final : public Transport
{
public:
    HttpsTransport(QString baseUrl, QString pin, int timeoutMs)
        : m_baseUrl(std::move(baseUrl))
        , m_pin(std::move(pin))
        , m_timeoutMs(timeoutMs)
    {}

    Result<HttpReply> send(const HttpRequest& request) override
    {
        // Created lazily so the manager lives in the thread that uses it.
        if (!m_manager)
            m_manager = std::make_unique<QNetworkAccessManager>();
        QUrl url(m_baseUrl + request.path);
        url.setQuery(request.query);
        QNetworkRequest req(url);
        req.setTransferTimeout(m_timeoutMs);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            req.setRawHeader(it.key(), it.value());
        if (!request.body.isEmpty() && !request.headers.contains("content-type"))
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_manager->sendCustomRequest(req, request.method, request.body);
        if (!m_pin.isEmpty()) {
            QObject::connect(
                reply, &QNetworkReply::sslErrors, reply, [reply, this](const QList<QSslError>& errors) {
                    // Self-signed is expected; only the pinned certificate is acceptable.
                    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                    if (QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == m_pin)
                        reply->ignoreSslErrors(errors);
                });
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        std::unique_ptr<QNetworkReply> guard(reply); // finished: safe to delete here
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid())
            return Error(reply->errorString(), Error::Code::Network);
        HttpReply out;
        out.status = status.toInt();
        out.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        return out;
    }

private:
    QString m_baseUrl;
    QString m_pin;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};
} // namespace

std::unique_ptr<Transport> makeHttpsTransport(const QString& baseUrl, const QString& pinnedSha256,
                                              int timeoutMs)
{
    return std::make_unique<HttpsTransport>(baseUrl, pinnedSha256.toLower(), timeoutMs);
}

} // namespace lontar::sync
