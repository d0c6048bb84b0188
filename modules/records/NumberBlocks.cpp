#include "records/NumberBlocks.h"

namespace lontar::records {

QString formatLetterNumber(const QString& classification, int seq, const QString& unitCode, int year)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(classification)
        .arg(seq, 4, 10, QLatin1Char('0'))
        .arg(unitCode)
        .arg(year);
}

NumberBlocks::NumberBlocks(Database& db, AuditLog& audit, Actor actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{}

Result<int> NumberBlocks::available(const QString&, int) const
{
    return 0;
}

Result<bool> NumberBlocks::reserveIfLow(const QString&, int, int)
{
    return false;
}

Result<LetterNumber> NumberBlocks::take(const QString&, int, const QString&)
{
    return Error(tr("Belum ada blok nomor dari server; sinkronkan saat daring"));
}

} // namespace lontar::records
