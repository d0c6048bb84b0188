#pragma once

#include "core/Module.h"

#include <QCoreApplication>

namespace lontar::records {

// Synced entities (docs/records.md). The instruments (classification codes, JRA rows) are regency-wide
// data written only by an arsiparis; a letter belongs to the unit that registered it, carries its
// security class, and is read within the unit tree and by arsiparis (reader role), within clearance.
inline const QString kClassificationEntity = QStringLiteral("records_classification");
inline const QString kRetentionEntity = QStringLiteral("records_retention");
inline const QString kLetterEntity = QStringLiteral("records_letter");

// How much of a letter's extracted text travels in its synced row: enough for another device to find
// it by its words without downloading the PDF, small enough for every device's first sync.
inline constexpr int kSyncedTextChars = 20000;

// Row ids of instruments follow from the code, so two imports of one scheme address the same rows and
// a second row for one code cannot exist.
QString classificationId(const QString& code);
QString retentionId(const QString& code);

// Whether `code` looks like a classification code: three digits, then up to five dotted numbers
// ("000", "000.1", "800.1.11.1").
bool isClassificationCode(const QString& code);
// "800.1.11" → "800.1"; "800" → "".
QString parentCode(const QString& code);

// The records module's domain half: entities, policies, the device projection and its full-text index.
class RecordsModule final : public Module
{
public:
    QString id() const override { return QStringLiteral("records"); }
    QList<Migration> migrations() const override;
    QList<EntitySpec> syncedEntities() const override;
};

} // namespace lontar::records
