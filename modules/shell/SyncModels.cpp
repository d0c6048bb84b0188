#include "shell/SyncModels.h"

#include "core/Identity.h"
#include "shell/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace lontar {

namespace {

// Long values (a rejected oversize note, a hash) would stretch a cell across the screen.
QString elided(const QString& text, int max = 160)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.size() > max ? flat.left(max) + QStringLiteral("…") : flat;
}

bool isTimestampKey(const QString& key)
{
    return key.endsWith(QLatin1String("At")) || key == QLatin1String("timestamp");
}

} // namespace

QString SyncText::entityName(const QString& entity)
{
    static const struct
    {
        const char* id;
        const char* name;
    } kNames[] = {
        {"esign_history", QT_TR_NOOP("Riwayat tanda tangan")},
        {"directory_user", QT_TR_NOOP("Data pegawai")},
        {"org_unit", QT_TR_NOOP("Unit kerja")},
        {"letter", QT_TR_NOOP("Surat")},
        {"attendance_event", QT_TR_NOOP("Kehadiran")},
        {"catalogue_product", QT_TR_NOOP("Produk e-katalog")},
    };
    for (const auto& n : kNames) {
        if (entity == QLatin1String(n.id))
            return tr(n.name);
    }
    return entity;
}

QString SyncText::fieldName(const QString& key)
{
    static const struct
    {
        const char* key;
        const char* name;
    } kFields[] = {
        {"subject", QT_TR_NOOP("Perihal")},
        {"title", QT_TR_NOOP("Judul")},
        {"number", QT_TR_NOOP("Nomor")},
        {"status", QT_TR_NOOP("Status")},
        {"note", QT_TR_NOOP("Catatan")},
        {"notes", QT_TR_NOOP("Catatan")},
        {"date", QT_TR_NOOP("Tanggal")},
        {"recipient", QT_TR_NOOP("Penerima")},
        {"sender", QT_TR_NOOP("Pengirim")},
        {"name", QT_TR_NOOP("Nama")},
        {"code", QT_TR_NOOP("Kode")},
        {"kind", QT_TR_NOOP("Jenis")},
        {"parentId", QT_TR_NOOP("Unit induk")},
        {"timeZone", QT_TR_NOOP("Zona waktu")},
        {"username", QT_TR_NOOP("Nama pengguna")},
        {"nip", QT_TR_NOOP("NIP")},
        {"fullName", QT_TR_NOOP("Nama lengkap")},
        {"position", QT_TR_NOOP("Jabatan")},
        {"unitId", QT_TR_NOOP("Unit kerja")},
        {"roles", QT_TR_NOOP("Peran")},
        {"active", QT_TR_NOOP("Aktif")},
        {"clearance", QT_TR_NOOP("Izin akses")},
        {"credentialVersion", QT_TR_NOOP("Versi kata sandi")},
        {"documentName", QT_TR_NOOP("Nama dokumen")},
        {"documentSha256", QT_TR_NOOP("Sidik dokumen asli")},
        {"signedSha256", QT_TR_NOOP("Sidik dokumen bertanda tangan")},
        {"outcome", QT_TR_NOOP("Hasil")},
        {"level", QT_TR_NOOP("Tingkat tanda tangan")},
        {"error", QT_TR_NOOP("Keterangan kesalahan")},
        {"signedAt", QT_TR_NOOP("Waktu tanda tangan")},
        {"receivedAt", QT_TR_NOOP("Diterima server")},
        {"createdAt", QT_TR_NOOP("Dibuat")},
        {"updatedAt", QT_TR_NOOP("Diubah")},
        {"signerId", QT_TR_NOOP("Penanda tangan")},
        {"signerName", QT_TR_NOOP("Nama penanda tangan")},
        {"signerNip", QT_TR_NOOP("NIP penanda tangan")},
        {"ownerId", QT_TR_NOOP("Pemilik")},
        {"userId", QT_TR_NOOP("Pegawai")},
        {"securityClass", QT_TR_NOOP("Klasifikasi keamanan")},
    };
    for (const auto& f : kFields) {
        if (key == QLatin1String(f.key))
            return tr(f.name);
    }
    return key;
}

QString SyncText::valueText(const QString& key, const QJsonValue& value, const IdResolver& resolve)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Ya") : tr("Tidak");
    case QJsonValue::Double:
        if (isTimestampKey(key) && value.toDouble() > 1e11)
            return timeText(qint64(value.toDouble()));
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString s = value.toString();
        if (s.isEmpty())
            return QStringLiteral("—");
        if (key == QLatin1String("outcome"))
            return s == QLatin1String("signed")   ? tr("Berhasil ditandatangani")
                   : s == QLatin1String("failed") ? tr("Gagal")
                                                  : s;
        if (resolve && (key.endsWith(QLatin1String("Id")) || key == QLatin1String("unit"))) {
            const QString name = resolve(key, s);
            if (!name.isEmpty())
                return name;
        }
        return elided(s);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            if (key == QLatin1String("roles")) {
                if (const auto role = roleFromKey(v.toString())) {
                    parts.append(roleDisplayName(*role));
                    continue;
                }
            }
            parts.append(valueText(key, v, resolve));
        }
        return elided(parts.join(QStringLiteral(", ")));
    }
    case QJsonValue::Object:
        return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QString SyncText::summary(const QJsonObject& data, const IdResolver& resolve)
{
    for (const char* key : {"subject", "title", "documentName", "fullName", "name", "number", "code"}) {
        const QString k = QLatin1String(key);
        if (data.value(k).isString() && !data.value(k).toString().trimmed().isEmpty())
            return elided(data.value(k).toString(), 90);
    }
    // Otherwise the first field that reads as text.
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            return fieldName(it.key()) + QStringLiteral(": ") + elided(valueText(it.key(), *it, resolve), 80);
    }
    return tr("(tanpa keterangan)");
}

QString SyncText::timeText(qint64 msSinceEpochUtc)
{
    if (msSinceEpochUtc <= 0)
        return QStringLiteral("—");
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpochUtc, Qt::UTC).toLocalTime();
    const QLocale locale;
    // Indonesian writes the time with a dot (14.05), as PUEBI has it.
    const QString format = locale.language() == QLocale::Indonesian ? QStringLiteral("d MMM yyyy, HH.mm")
                                                                    : QStringLiteral("d MMM yyyy, HH:mm");
    return locale.toString(local, format);
}

QString SyncText::reasonText(const QString& serverReason)
{
    const QString reason = serverReason.trimmed();
    if (reason.isEmpty())
        return tr("Server menolak perubahan ini tanpa menyebut alasannya.");
    // The server's own messages are already Indonesian sentences; end them like one.
    if (reason.endsWith(QLatin1Char('.')) || reason.endsWith(QLatin1Char('!')))
        return reason;
    return reason + QLatin1Char('.');
}

// --- PendingChangesModel ---------------------------------------------------------------------------

void PendingChangesModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PendingChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const bool isDelete = r.change.op == QLatin1String("delete");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case EntityColumn:
            return SyncText::entityName(r.change.entity);
        case SummaryColumn:
            return isDelete && r.change.data.isEmpty() ? tr("(data yang dihapus)")
                                                       : SyncText::summary(r.change.data, m_resolve);
        case KindColumn:
            return isDelete ? tr("Hapus") : r.isNew ? tr("Tambah") : tr("Ubah");
        case TimeColumn:
            return SyncText::timeText(r.change.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == EntityColumn)
        return r.change.entity;
    if (role == Qt::ForegroundRole && index.column() == KindColumn && isDelete)
        return QBrush(QColor(QLatin1String(Theme::kError)));
    return {};
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Jenis data");
    case SummaryColumn:
        return tr("Keterangan");
    case KindColumn:
        return tr("Perubahan");
    case TimeColumn:
        return tr("Waktu");
    default:
        return {};
    }
}

// --- ConflictsModel --------------------------------------------------------------------------------

ConflictsModel::ConflictsModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void ConflictsModel::setConflicts(const QList<sync::SyncConflict>& all)
{
    beginResetModel();
    m_rows.clear();
    for (const sync::SyncConflict& c : all) {
        if (c.rejected == (m_kind == Kind::Rejected))
            m_rows.append(c);
    }
    endResetModel();
}

int ConflictsModel::rowOf(qint64 conflictId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conflictId)
            return i;
    }
    return -1;
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Rejected ? 4 : 3;
}

int ConflictsModel::columnAt(int section) const
{
    if (m_kind == Kind::Conflicts && section >= ReasonColumn)
        return section + 1;
    return section;
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const sync::SyncConflict& c = m_rows.at(index.row());
    const int column = columnAt(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case EntityColumn:
            return SyncText::entityName(c.entity);
        case SummaryColumn:
            return SyncText::summary(c.mine.isEmpty() ? c.theirs : c.mine, m_resolve);
        case ReasonColumn:
            return SyncText::reasonText(c.reason);
        case TimeColumn:
            return SyncText::timeText(c.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == EntityColumn)
            return c.entity;
        if (column == ReasonColumn)
            return SyncText::reasonText(c.reason);
    }
    if (role == Qt::ForegroundRole && column == ReasonColumn)
        return QBrush(QColor(QLatin1String(Theme::kError)));
    return {};
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (columnAt(section)) {
    case EntityColumn:
        return tr("Jenis data");
    case SummaryColumn:
        return tr("Keterangan");
    case ReasonColumn:
        return tr("Alasan penolakan");
    case TimeColumn:
        return m_kind == Kind::Rejected ? tr("Ditolak pada") : tr("Diketahui pada");
    default:
        return {};
    }
}

// --- FieldComparisonModel --------------------------------------------------------------------------

void FieldComparisonModel::setConflict(const sync::SyncConflict* conflict)
{
    beginResetModel();
    m_fields.clear();
    m_theirsDeleted = conflict && conflict->theirsDeleted;
    if (conflict) {
        QStringList keys = conflict->mine.keys();
        for (const QString& key : conflict->theirs.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        // What names the row first (JSON objects come sorted by key, which reads as random).
        static const QStringList kFirst{QStringLiteral("subject"),      QStringLiteral("title"),
                                        QStringLiteral("documentName"), QStringLiteral("fullName"),
                                        QStringLiteral("name"),         QStringLiteral("number"),
                                        QStringLiteral("status")};
        const auto rank = [](const QString& key) {
            const qsizetype i = kFirst.indexOf(key);
            return i < 0 ? kFirst.size() : i;
        };
        std::stable_sort(keys.begin(), keys.end(),
                         [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
        for (const QString& key : std::as_const(keys)) {
            const QJsonValue mine =
                conflict->mine.contains(key) ? conflict->mine.value(key) : QJsonValue(QJsonValue::Undefined);
            m_fields.append({key, mine, conflict->theirs.value(key)});
        }
    }
    endResetModel();
}

int FieldComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const Field& f = m_fields.at(index.row());
    const bool different = m_theirsDeleted || f.mine != f.theirs;
    if (role == DifferentRole)
        return different;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FieldColumn:
            return SyncText::fieldName(f.key);
        case MineColumn:
            return SyncText::valueText(f.key, f.mine, m_resolve);
        case TheirsColumn:
            return m_theirsDeleted ? tr("(dihapus di server)")
                                   : SyncText::valueText(f.key, f.theirs, m_resolve);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && different && index.column() != FieldColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && different)
        return QBrush(QColor(0xfd, 0xf3, 0xdc)); // the accent, faint: "look here"
    return {};
}

QVariant FieldComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Isian");
    case MineColumn:
        return tr("Versi saya (perangkat ini)");
    case TheirsColumn:
        return tr("Versi server");
    default:
        return {};
    }
}

} // namespace lontar
