#include "catalogue/CsvImport.h"

#include "catalogue/CataloguePolicies.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace lontar::catalogue {

namespace {

struct Record
{
    int line = 0;
    QStringList fields;
    QString error; // malformed quoting
};

// RFC 4180 with the usual leniency: CRLF or LF, quoted fields may hold commas, quotes ("") and line
// breaks. A quote inside an unquoted field, or a field that does not end at its closing quote, makes
// the record invalid (reported with its line) rather than silently shifting columns.
QList<Record> parseCsv(const QString& text)
{
    QList<Record> out;
    Record rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool quoted = false; // inside quotes
    bool wasQuoted = false;
    bool fieldStart = true;
    const auto endField = [&]() {
        rec.fields.append(field);
        field.clear();
        fieldStart = true;
        wasQuoted = false;
    };
    const auto endRecord = [&]() {
        endField();
        // A blank line is not a record.
        if (!(rec.fields.size() == 1 && rec.fields.first().isEmpty() && rec.error.isEmpty()))
            out.append(rec);
        rec = Record();
        rec.line = line;
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c == u'"') {
            if (fieldStart) {
                quoted = true;
                wasQuoted = true;
                fieldStart = false;
            } else if (rec.error.isEmpty()) {
                rec.error =
                    CsvImport::tr("tanda kutip di tengah kolom; apit seluruh kolom dengan tanda kutip");
            }
        } else {
            if (wasQuoted && rec.error.isEmpty())
                rec.error = CsvImport::tr("ada teks setelah tanda kutip penutup");
            field.append(c);
            fieldStart = false;
        }
    }
    if (quoted && rec.error.isEmpty())
        rec.error = CsvImport::tr("tanda kutip tidak ditutup sampai akhir berkas");
    if (!field.isEmpty() || !rec.fields.isEmpty() || !rec.error.isEmpty())
        endRecord();
    return out;
}

bool same(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

// Whether writing `wanted` over `current` would change anything the import sets.
bool differs(const QJsonObject& current, const QJsonObject& wanted)
{
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (!same(current.value(it.key()), it.value()))
            return true;
    }
    return false;
}

struct Row
{
    int line = 0;
    QString code;
    QString name;
    QString categoryPath; // canonical: "A > B"
    QString unit;
    qint64 price = 0;
    QString zone;
    int tkdnBp = 0;
    bool pdn = false;
    QString npwp;
    QString vendorName;
    bool umk = false;
};

QString canonicalPath(const QString& text, bool* ok)
{
    QStringList parts = text.split(QLatin1Char('>'));
    for (QString& p : parts) {
        p = p.simplified();
        if (p.isEmpty() || p.size() > 100)
            *ok = false;
    }
    if (parts.size() > 5)
        *ok = false;
    return parts.join(QStringLiteral(" > "));
}

} // namespace

QString ImportReport::toText() const
{
    QString out;
    if (!issues.isEmpty()) {
        out += CsvImport::tr("Tidak ada yang diimpor: %n baris tidak valid.", nullptr, int(issues.size())) +
               QLatin1Char('\n');
        for (const ImportIssue& i : issues)
            out += CsvImport::tr("baris %1, kolom %2: %3").arg(i.line).arg(i.column, i.reason) +
                   QLatin1Char('\n');
        return out;
    }
    out += (applied ? CsvImport::tr("Diimpor") : CsvImport::tr("Uji coba (tidak ada yang diubah)")) +
           QStringLiteral(": ") +
           CsvImport::tr("%1 baris: %2 ditambah, %3 diperbarui, %4 tidak berubah")
               .arg(rows)
               .arg(added)
               .arg(updated)
               .arg(unchanged) +
           QLatin1Char('\n');
    return out;
}

QStringList CsvImport::header()
{
    return {QStringLiteral("kode_produk"),   QStringLiteral("nama"),  QStringLiteral("kategori"),
            QStringLiteral("satuan"),        QStringLiteral("harga"), QStringLiteral("zona"),
            QStringLiteral("tkdn"),          QStringLiteral("pdn"),   QStringLiteral("npwp_penyedia"),
            QStringLiteral("nama_penyedia"), QStringLiteral("umk")};
}

CsvImport::CsvImport(CatalogueRows& rows)
    : m_rows(rows)
{}

Result<ImportReport> CsvImport::run(const QByteArray& csvIn, bool dryRun)
{
    if (!m_rows.actor().user.hasRole(Role::AdminKatalog))
        return Error(tr("Hanya admin katalog yang dapat mengimpor katalog"), Error::Code::Forbidden);
    if (csvIn.size() > kMaxBytes)
        return Error(tr("Berkas CSV terlalu besar (paling besar %1 MiB)").arg(kMaxBytes / (1024 * 1024)),
                     Error::Code::InvalidInput);
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(csvIn);
    if (decode.hasError() || text.contains(QChar(0)))
        return Error(tr("Berkas bukan CSV UTF-8 yang dapat dibaca"), Error::Code::InvalidInput);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte-order mark from spreadsheet programs

    ImportReport report;
    const auto issue = [&](int line, const QString& column, const QString& reason) {
        if (report.issues.size() < kMaxIssues)
            report.issues.append({line, column, reason});
    };
    const QList<Record> records = parseCsv(text);
    if (records.isEmpty())
        return Error(tr("Berkas CSV kosong"), Error::Code::InvalidInput);
    if (records.size() - 1 > kMaxRows)
        return Error(tr("Berkas CSV terlalu banyak baris (paling banyak %1)").arg(kMaxRows),
                     Error::Code::InvalidInput);

    const QStringList cols = header();
    {
        const Record& h = records.first();
        QStringList got;
        for (const QString& f : h.fields)
            got.append(f.trimmed().toLower());
        if (got != cols) {
            for (int i = 0; i < cols.size(); ++i) {
                if (i >= got.size() || got.at(i) != cols.at(i)) {
                    issue(h.line, i < got.size() ? got.at(i).left(40) : cols.at(i),
                          tr("kepala kolom harus persis: %1").arg(cols.join(QLatin1Char(','))));
                    break;
                }
            }
            if (report.issues.isEmpty())
                issue(h.line, got.value(cols.size()).left(40), tr("kolom berlebih pada kepala"));
            return report;
        }
    }

    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
    static const QRegularExpression priceRe(QStringLiteral("^(\\d{1,3}(\\.\\d{3})+|\\d+)$"));
    static const QRegularExpression npwpPunct(QStringLiteral("[\\s.\\-/]"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));

    // Zones the catalogue has configured (active ones only).
    QHash<QString, bool> zoneKnown;
    const auto zoneOk = [&](const QString& code) -> Result<bool> {
        if (code == kAnyZone)
            return true;
        if (auto it = zoneKnown.constFind(code); it != zoneKnown.constEnd())
            return *it;
        auto z = m_rows.current(kZoneEntity, zoneId(code));
        if (!z)
            return z.error();
        const bool ok = z->has_value() && (*z)->data.value(QStringLiteral("active")).toBool();
        zoneKnown.insert(code, ok);
        return ok;
    };
    const auto yesNo = [](const QString& v, bool* out) {
        const QString s = v.trimmed().toLower();
        if (s == QLatin1String("ya"))
            *out = true;
        else if (s == QLatin1String("tidak"))
            *out = false;
        else
            return false;
        return true;
    };

    QList<Row> rows;
    for (int r = 1; r < records.size(); ++r) {
        const Record& rec = records.at(r);
        ++report.rows;
        if (!rec.error.isEmpty()) {
            issue(rec.line, QString(), rec.error);
            continue;
        }
        if (rec.fields.size() != cols.size()) {
            issue(rec.line, QString(),
                  tr("ada %1 kolom, seharusnya %2").arg(rec.fields.size()).arg(cols.size()));
            continue;
        }
        const int before = int(report.issues.size());
        Row row;
        row.line = rec.line;
        const auto f = [&](int i) { return rec.fields.at(i).trimmed(); };
        row.code = f(0);
        if (!codeRe.match(row.code).hasMatch())
            issue(rec.line, cols[0],
                  row.code.isEmpty() ? tr("wajib diisi")
                                     : tr("hanya huruf, angka, . _ / - (paling banyak 40)"));
        row.name = f(1).simplified();
        if (row.name.isEmpty() || row.name.size() > 200)
            issue(rec.line, cols[1], tr("wajib diisi, paling banyak 200 karakter"));
        bool pathOk = true;
        row.categoryPath = canonicalPath(f(2), &pathOk);
        if (!pathOk)
            issue(rec.line, cols[2], tr("wajib diisi; tingkat dipisah \">\", paling banyak 5 tingkat"));
        row.unit = f(3).simplified();
        if (row.unit.isEmpty() || row.unit.size() > 40)
            issue(rec.line, cols[3], tr("wajib diisi, paling banyak 40 karakter"));
        const QString price = f(4);
        if (!priceRe.match(price).hasMatch()) {
            issue(rec.line, cols[4],
                  tr("rupiah utuh berupa angka (titik pemisah ribuan boleh), mis. 1.250.000"));
        } else {
            QString d = price;
            d.remove(QLatin1Char('.'));
            bool ok = false;
            row.price = d.size() <= 16 ? d.toLongLong(&ok) : 0;
            if (!ok || row.price <= 0 || row.price > kMaxRupiah)
                issue(rec.line, cols[4], tr("harus lebih dari 0 dan masuk akal"));
        }
        row.zone = f(5);
        if (row.zone.isEmpty()) {
            issue(rec.line, cols[5], tr("wajib diisi: kode zona harga atau *"));
        } else {
            auto known = zoneOk(row.zone);
            if (!known)
                return known.error();
            if (!*known)
                issue(rec.line, cols[5], tr("zona harga %1 belum ditetapkan").arg(row.zone.left(20)));
        }
        const auto tkdn = parseTkdn(f(6));
        if (!tkdn)
            issue(rec.line, cols[6], tr("persentase 0–100, desimal dengan titik atau koma (mis. 45,5)"));
        else
            row.tkdnBp = *tkdn;
        if (!yesNo(f(7), &row.pdn))
            issue(rec.line, cols[7], tr("isi ya atau tidak"));
        QString npwp = f(8);
        npwp.remove(npwpPunct);
        if (!digits.match(npwp).hasMatch() || (npwp.size() != 15 && npwp.size() != 16))
            issue(rec.line, cols[8], tr("NPWP harus 15 atau 16 angka"));
        row.npwp = npwp;
        row.vendorName = f(9).simplified();
        if (row.vendorName.isEmpty() || row.vendorName.size() > 200)
            issue(rec.line, cols[9], tr("wajib diisi, paling banyak 200 karakter"));
        if (!yesNo(f(10), &row.umk))
            issue(rec.line, cols[10], tr("isi ya atau tidak"));
        if (report.issues.size() == before)
            rows.append(row);
    }

    // Rows that must agree with each other: one price per product and zone; one name, category, unit,
    // TKDN, PDN and vendor per product; one name and UMK flag per vendor.
    QHash<QString, const Row*> priceSeen, productSeen, vendorSeen;
    for (const Row& row : std::as_const(rows)) {
        const QString code = row.code.toUpper();
        const QString key = code + QLatin1Char('/') + row.zone;
        if (const Row* other = priceSeen.value(key)) {
            issue(row.line, cols[5], tr("kode_produk dan zona sama dengan baris %1").arg(other->line));
            continue;
        }
        priceSeen.insert(key, &row);
        if (const Row* p = productSeen.value(code)) {
            const struct
            {
                bool same;
                int col;
            } checks[] = {
                {p->name == row.name, 1}, {categoryId(p->categoryPath) == categoryId(row.categoryPath), 2},
                {p->unit == row.unit, 3}, {p->tkdnBp == row.tkdnBp, 6},
                {p->pdn == row.pdn, 7},   {p->npwp == row.npwp, 8}};
            for (const auto& c : checks) {
                if (!c.same)
                    issue(row.line, cols[c.col],
                          tr("berbeda dengan baris %1 untuk produk yang sama").arg(p->line));
            }
        } else {
            productSeen.insert(code, &row);
        }
        if (const Row* v = vendorSeen.value(row.npwp)) {
            if (v->vendorName != row.vendorName)
                issue(row.line, cols[9], tr("berbeda dengan baris %1 untuk NPWP yang sama").arg(v->line));
            if (v->umk != row.umk)
                issue(row.line, cols[10], tr("berbeda dengan baris %1 untuk NPWP yang sama").arg(v->line));
        } else {
            vendorSeen.insert(row.npwp, &row);
        }
    }
    if (!report.issues.isEmpty()) {
        std::stable_sort(report.issues.begin(), report.issues.end(),
                         [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
        return report;
    }

    // The plan: every row that would change, compared with what the catalogue holds now.
    struct Write
    {
        QString entity;
        QString id;
        QJsonObject data;
    };
    QList<Write> writes;
    QHash<QString, bool> productChanged, vendorChanged;
    QMap<int, QStringList> categoriesByDepth; // parents before children
    QHash<QString, QString> categoryPaths;    // id → canonical path
    for (const Row& row : std::as_const(rows)) {
        const QStringList parts = row.categoryPath.split(QStringLiteral(" > "));
        for (int depth = 1; depth <= parts.size(); ++depth) {
            const QString path = parts.mid(0, depth).join(QStringLiteral(" > "));
            const QString id = categoryId(path);
            if (!categoryPaths.contains(id)) {
                categoryPaths.insert(id, path);
                categoriesByDepth[depth].append(id);
            }
        }
    }
    for (auto it = categoriesByDepth.cbegin(); it != categoriesByDepth.cend(); ++it) {
        for (const QString& id : it.value()) {
            auto cur = m_rows.current(kCategoryEntity, id);
            if (!cur)
                return cur.error();
            if (cur->has_value())
                continue; // the path is the key: an existing category is the same one
            const QString path = categoryPaths.value(id);
            const QStringList parts = path.split(QStringLiteral(" > "));
            QJsonObject data{{QStringLiteral("name"), parts.last()}, {QStringLiteral("path"), path}};
            if (parts.size() > 1)
                data.insert(QStringLiteral("parentId"),
                            categoryId(parts.mid(0, parts.size() - 1).join(QStringLiteral(" > "))));
            writes.append({kCategoryEntity, id, data});
        }
    }
    for (auto it = vendorSeen.cbegin(); it != vendorSeen.cend(); ++it) {
        const Row& row = *it.value();
        const QString id = vendorId(row.npwp);
        auto cur = m_rows.current(kVendorEntity, id);
        if (!cur)
            return cur.error();
        QJsonObject data = cur->has_value()
                               ? (*cur)->data
                               : QJsonObject{{QStringLiteral("npwp"), row.npwp},
                                             {QStringLiteral("address"), QString()},
                                             {QStringLiteral("verification"), QStringLiteral("belum")},
                                             {QStringLiteral("active"), true}};
        const QJsonObject wanted{{QStringLiteral("name"), row.vendorName}, {QStringLiteral("umk"), row.umk}};
        if (cur->has_value() && !differs(data, wanted))
            continue;
        for (auto w = wanted.begin(); w != wanted.end(); ++w)
            data.insert(w.key(), w.value());
        vendorChanged.insert(row.npwp, true);
        writes.append({kVendorEntity, id, data});
    }
    QHash<QString, QString> canonicalCode; // upper-case code → the code as the catalogue spells it
    for (auto it = productSeen.cbegin(); it != productSeen.cend(); ++it) {
        const Row& row = *it.value();
        const QString id = productId(row.code);
        auto cur = m_rows.current(kProductEntity, id);
        if (!cur)
            return cur.error();
        QJsonObject data = cur->has_value() ? (*cur)->data
                                            : QJsonObject{{QStringLiteral("code"), row.code},
                                                          {QStringLiteral("spec"), QString()},
                                                          {QStringLiteral("sni"), QString()},
                                                          {QStringLiteral("images"), QJsonArray()}};
        canonicalCode.insert(it.key(), data.value(QStringLiteral("code")).toString());
        // Importing a product lists it again: a deactivated product comes back.
        const QJsonObject wanted{{QStringLiteral("name"), row.name},
                                 {QStringLiteral("unit"), row.unit},
                                 {QStringLiteral("categoryId"), categoryId(row.categoryPath)},
                                 {QStringLiteral("vendorId"), vendorId(row.npwp)},
                                 {QStringLiteral("tkdnBp"), double(row.tkdnBp)},
                                 {QStringLiteral("pdn"), row.pdn},
                                 {QStringLiteral("active"), true}};
        if (cur->has_value() && !differs(data, wanted))
            continue;
        for (auto w = wanted.begin(); w != wanted.end(); ++w)
            data.insert(w.key(), w.value());
        productChanged.insert(it.key(), true);
        writes.append({kProductEntity, id, data});
    }
    QSet<QString> productCounted, vendorCounted;
    for (const Row& row : std::as_const(rows)) {
        const QString upper = row.code.toUpper();
        const QString code = canonicalCode.value(upper, row.code);
        const QString id = priceId(code, row.zone);
        auto cur = m_rows.current(kPriceEntity, id);
        if (!cur)
            return cur.error();
        const bool firstOfProduct = !productCounted.contains(upper);
        const bool firstOfVendor = !vendorCounted.contains(row.npwp);
        productCounted.insert(upper);
        vendorCounted.insert(row.npwp);
        const bool priceChanged =
            cur->has_value() && qint64((*cur)->data.value(QStringLiteral("price")).toDouble()) != row.price;
        if (!cur->has_value())
            ++report.added;
        else if (priceChanged || (firstOfProduct && productChanged.value(upper)) ||
                 (firstOfVendor && vendorChanged.value(row.npwp)))
            ++report.updated;
        else
            ++report.unchanged;
        if (cur->has_value() && !priceChanged)
            continue;
        QJsonObject data = cur->has_value() ? (*cur)->data : QJsonObject();
        data.insert(QStringLiteral("productId"), productId(code));
        data.insert(QStringLiteral("productCode"), code);
        data.insert(QStringLiteral("zone"), row.zone);
        data.insert(QStringLiteral("price"), double(row.price));
        writes.append({kPriceEntity, id, data});
    }
    if (dryRun)
        return report;
    report.applied = true;
    if (writes.isEmpty())
        return report; // the same file again: nothing to change, nothing to log

    // All or nothing: every write joins one transaction, and the first refusal rolls everything back.
    Transaction tx(m_rows.database());
    if (!tx.status())
        return tx.status().error();
    for (const Write& w : std::as_const(writes)) {
        if (Status s = m_rows.write(w.entity, w.id, w.data); !s)
            return Error(tr("Impor dibatalkan, tidak ada yang berubah: %1").arg(s.errorMessage()),
                         s.error().code);
    }
    if (Status s = m_rows.audit(QStringLiteral("catalogue.import"), QString(), QString(),
                                QJsonObject{{QStringLiteral("rows"), report.rows},
                                            {QStringLiteral("added"), report.added},
                                            {QStringLiteral("updated"), report.updated},
                                            {QStringLiteral("unchanged"), report.unchanged}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace lontar::catalogue
