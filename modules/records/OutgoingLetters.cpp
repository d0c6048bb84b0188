#include "records/OutgoingLetters.h"

#include "core/Uuid.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lontar::records {

namespace {

struct KeyName
{
    const char* key;
    const char* name;
};

const KeyName kTemplates[] = {
    {"surat_dinas", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Surat dinas")},
    {"nota_dinas", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Nota dinas")},
    {"surat_undangan", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Surat undangan")},
};

const KeyName kStatuses[] = {
    {"konsep", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Konsep")},
    {"paraf", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Menunggu paraf")},
    {"siap_tte", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Menunggu tanda tangan")},
    {"ditandatangani", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Ditandatangani")},
    {"terkirim", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Terkirim")},
    {"dikembalikan", QT_TRANSLATE_NOOP("lontar::records::Outgoing", "Dikembalikan")},
};

template <size_t N> QStringList keysOf(const KeyName (&table)[N])
{
    QStringList out;
    for (const KeyName& k : table)
        out.append(QString::fromLatin1(k.key));
    return out;
}

template <size_t N> QString nameOf(const KeyName (&table)[N], const QString& key)
{
    for (const KeyName& k : table) {
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("lontar::records::Outgoing", k.name);
    }
    return key;
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

QStringList outgoingTemplateKeys()
{
    return keysOf(kTemplates);
}

QString outgoingTemplateName(const QString& key)
{
    return nameOf(kTemplates, key);
}

QStringList outgoingStatusKeys()
{
    return keysOf(kStatuses);
}

QString outgoingStatusName(const QString& key)
{
    return nameOf(kStatuses, key);
}

QStringList OutgoingLetter::paragraphs() const
{
    QStringList out;
    const QStringList parts = QString(body)
                                  .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                  .split(QRegularExpression(QStringLiteral("\n\\s*\n")));
    for (const QString& p : parts) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

int OutgoingLetter::currentStep() const
{
    if (status != outgoing::kParaf)
        return -1;
    for (int i = 0; i < paraf.size(); ++i) {
        if (paraf[i].state == outgoing::kMenunggu)
            return i;
    }
    return -1;
}

QJsonObject OutgoingLetter::toJson() const
{
    QJsonArray chain;
    for (const ParafStep& s : paraf)
        chain.append(QJsonObject{{QStringLiteral("userId"), s.userId},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("position"), s.position},
                                 {QStringLiteral("state"), s.state},
                                 {QStringLiteral("note"), s.note},
                                 {QStringLiteral("at"), double(s.at)}});
    QJsonObject o{{QStringLiteral("template"), templateKey},
                  {QStringLiteral("unitId"), unitId},
                  {QStringLiteral("drafterId"), drafterId},
                  {QStringLiteral("drafterName"), drafterName},
                  {QStringLiteral("classification"), classification},
                  {QStringLiteral("sifat"), sifat},
                  {QStringLiteral("securityClass"), securityClassKey(securityClass)},
                  {QStringLiteral("lampiran"), lampiran},
                  {QStringLiteral("hal"), hal},
                  {QStringLiteral("tujuan"), QJsonArray::fromStringList(tujuan)},
                  {QStringLiteral("tembusan"), QJsonArray::fromStringList(tembusan)},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("place"), place},
                  {QStringLiteral("letterDate"), letterDate},
                  {QStringLiteral("signerId"), signerId},
                  {QStringLiteral("signerName"), signerName},
                  {QStringLiteral("signerPosition"), signerPosition},
                  {QStringLiteral("signerNip"), signerNip},
                  {QStringLiteral("paraf"), chain},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("returnNote"), returnNote},
                  {QStringLiteral("returnedBy"), returnedBy},
                  {QStringLiteral("nomor"), nomor},
                  {QStringLiteral("numberSeq"), numberSeq},
                  {QStringLiteral("numberBlockId"), numberBlockId},
                  {QStringLiteral("submittedAt"), double(submittedAt)},
                  {QStringLiteral("signedAt"), double(signedAt)},
                  {QStringLiteral("dispatchedAt"), double(dispatchedAt)},
                  {QStringLiteral("recipientUnits"), QJsonArray::fromStringList(recipientUnits)}};
    // Hashes are absent rather than empty: the schema checks their form when present.
    if (!renderedSha.isEmpty())
        o.insert(QStringLiteral("renderedSha"), renderedSha);
    if (!finalSha.isEmpty())
        o.insert(QStringLiteral("finalSha"), finalSha);
    return o;
}

OutgoingLetter OutgoingLetter::fromJson(const QString& id, const QJsonObject& d)
{
    OutgoingLetter l;
    l.id = id;
    l.templateKey = str(d, "template");
    l.unitId = str(d, "unitId");
    l.drafterId = str(d, "drafterId");
    l.drafterName = str(d, "drafterName");
    l.classification = str(d, "classification");
    l.sifat = str(d, "sifat");
    l.securityClass = securityClassFromKey(str(d, "securityClass")).value_or(SecurityClass::Biasa);
    l.lampiran = str(d, "lampiran");
    l.hal = str(d, "hal");
    l.tujuan = toList(d.value(QStringLiteral("tujuan")));
    l.tembusan = toList(d.value(QStringLiteral("tembusan")));
    l.body = str(d, "body");
    l.place = str(d, "place");
    l.letterDate = str(d, "letterDate");
    l.signerId = str(d, "signerId");
    l.signerName = str(d, "signerName");
    l.signerPosition = str(d, "signerPosition");
    l.signerNip = str(d, "signerNip");
    for (const QJsonValue& v : d.value(QStringLiteral("paraf")).toArray()) {
        const QJsonObject s = v.toObject();
        l.paraf.append(ParafStep{str(s, "userId"), str(s, "name"), str(s, "position"), str(s, "state"),
                                 str(s, "note"), num(s, "at")});
    }
    l.status = str(d, "status");
    l.returnNote = str(d, "returnNote");
    l.returnedBy = str(d, "returnedBy");
    l.nomor = str(d, "nomor");
    l.numberSeq = int(num(d, "numberSeq"));
    l.numberBlockId = str(d, "numberBlockId");
    l.renderedSha = str(d, "renderedSha");
    l.finalSha = str(d, "finalSha");
    l.submittedAt = num(d, "submittedAt");
    l.signedAt = num(d, "signedAt");
    l.dispatchedAt = num(d, "dispatchedAt");
    l.recipientUnits = toList(d.value(QStringLiteral("recipientUnits")));
    return l;
}

Delivery Delivery::fromJson(const QString& id, const QJsonObject& d)
{
    Delivery x;
    x.id = id;
    x.outgoingId = str(d, "outgoingId");
    x.unitId = str(d, "unitId");
    x.fromUnitId = str(d, "fromUnitId");
    x.fromUnitName = str(d, "fromUnitName");
    x.nomor = str(d, "nomor");
    x.hal = str(d, "hal");
    x.sifat = str(d, "sifat");
    x.securityClass = securityClassFromKey(str(d, "securityClass")).value_or(SecurityClass::Biasa);
    x.classification = str(d, "classification");
    x.letterDate = str(d, "letterDate");
    x.signerName = str(d, "signerName");
    x.signerPosition = str(d, "signerPosition");
    x.fileSha256 = str(d, "fileSha256");
    x.fileName = str(d, "fileName");
    x.status = str(d, "status");
    x.letterId = str(d, "letterId");
    x.sentAt = num(d, "sentAt");
    return x;
}

QString deliveryId(const QString& outgoingId, const QString& unitId)
{
    return nameBasedUuid(QStringLiteral("records_delivery:") + outgoingId + QLatin1Char(':') + unitId);
}

} // namespace lontar::records
