#pragma once

#include "records/RecordsModule.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace lontar::records {

// What happens to a record when its inactive period ends (JRA "keterangan").
enum class FinalDisposition
{
    Musnah,         // destroyed
    Permanen,       // handed to the regional archive (arsip statis)
    DinilaiKembali, // reviewed again
};
QString dispositionKey(FinalDisposition d); // "musnah", "permanen", "dinilai_kembali"
std::optional<FinalDisposition> dispositionFromKey(const QString& key);
QString dispositionDisplayName(FinalDisposition d);

// When the active period starts counting (JRA cut-off).
enum class Cutoff
{
    EndOfYear, // "akhir_tahun": 31 December of the year the file is closed
    Event,     // "peristiwa": a named event (the employee retires, the contract ends, ...)
};
QString cutoffKey(Cutoff c); // "akhir_tahun", "peristiwa"
std::optional<Cutoff> cutoffFromKey(const QString& key);

// Urgency of a letter (sifat naskah); confidentiality is its security class.
QStringList sifatKeys(); // "biasa", "penting", "segera", "sangat_segera"
QString sifatDisplayName(const QString& key);

// Where a letter is in its handling; dispositions and filing move it on (next steps of issue 10).
QStringList letterStatusKeys(); // "tercatat", "didisposisi", "selesai", "diberkaskan"
QString letterStatusDisplayName(const QString& key);

inline constexpr qint64 kMaxLetterFileBytes = 100LL * 1024 * 1024;
inline constexpr int kMaxAgendaSeq = 999999;

// "0042/2026": the agenda number of the 42nd letter of a unit's 2026 book.
QString formatAgenda(int seq, int year);

std::shared_ptr<const EntityPolicy> makeClassificationPolicy();
std::shared_ptr<const EntityPolicy> makeRetentionPolicy();
std::shared_ptr<const EntityPolicy> makeLetterPolicy();

} // namespace lontar::records
