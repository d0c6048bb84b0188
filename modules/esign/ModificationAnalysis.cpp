#include "esign/ModificationAnalysis.h"

#include "esign/PdfReader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace lontar::esign {

namespace {

constexpr int kMaxWalk = 100000; // objects one reachability walk may visit
constexpr int kMaxDepth = 64;

bool isNumber(const PdfObject& o)
{
    return o.isInt() || std::holds_alternative<double>(o.value);
}

// Deep equality of two parsed objects; references compare by number, not by what they point at (what
// they point at is compared as an object of its own).
bool sameObject(const PdfObject& a, const PdfObject& b, int depth = 0)
{
    if (depth > kMaxDepth)
        return false;
    if (isNumber(a) && isNumber(b))
        return a.isInt() && b.isInt() ? a.integer() == b.integer() : a.number() == b.number();
    if (a.value.index() != b.value.index())
        return false;
    if (a.isNull())
        return true;
    if (std::holds_alternative<bool>(a.value))
        return std::get<bool>(a.value) == std::get<bool>(b.value);
    if (a.isName())
        return a.name() == b.name();
    if (a.isString())
        return a.string() == b.string();
    if (a.isRef())
        return a.ref() == b.ref();
    if (a.isArray()) {
        const PdfArray& x = a.array();
        const PdfArray& y = b.array();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameObject(x.at(i), y.at(i), depth + 1))
                return false;
        }
        return true;
    }
    if (a.isDict()) {
        const PdfDict& x = a.dict();
        const PdfDict& y = b.dict();
        if (x.size() != y.size())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.cend() || !sameObject(it.value(), other.value(), depth + 1))
                return false;
        }
        return true;
    }
    return false;
}

QList<QByteArray> differingKeys(const PdfDict& before, const PdfDict& after)
{
    QList<QByteArray> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!sameObject(it.value(), after.value(it.key())))
            keys.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

QString keyList(const QList<QByteArray>& keys)
{
    QStringList names;
    for (const QByteArray& k : keys)
        names.append(QLatin1Char('/') + QString::fromLatin1(k));
    return names.join(QStringLiteral(", "));
}

// A PDF text string: UTF-16BE with its BOM, otherwise (close enough to) PDFDocEncoding.
QString textOf(const PdfObject& o)
{
    const QByteArray s = o.string();
    if (s.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype i = 2; i + 1 < s.size(); i += 2)
            out.append(QChar(ushort((uchar(s.at(i)) << 8) | uchar(s.at(i + 1)))));
        return out;
    }
    return QString::fromLatin1(s);
}

struct Location
{
    int type = 0; // 0: free or absent, 1: at `offset`, 2: entry `index` of object stream `stream`
    qint64 offset = 0;
    int stream = 0;
    int index = 0;
};

struct Version
{
    PdfObject value;
    bool isStream = false;
    QByteArray stream; // raw, still encoded: an identical re-save keeps it byte for byte
};

struct Section
{
    qint64 offset = 0;
    PdfDict trailer;
    QHash<int, Location> entries; // free entries too (type 0)
};

// Every revision of the file as its own object state: state i is what a reader sees with the newest i
// sections removed (section 0 is the newest). Objects are read per state, so an older version of an
// object (or one inside an older object stream) is read from where that revision put it.
class Revisions
{
public:
    explicit Revisions(PdfReader& pdf)
        : m_pdf(pdf)
    {
        for (const PdfReader::XrefSection& s : pdf.xrefSections()) {
            Section section;
            section.offset = s.offset;
            section.trailer = s.trailer;
            for (int n : s.freed)
                section.entries.insert(n, Location{});
            for (const PdfReader::ObjectLocation& u : s.used) // a hybrid file's stream entry wins
                section.entries.insert(u.number, Location{u.type, u.offset, u.streamNumber, u.index});
            m_sections.append(section);
        }
    }

    int count() const { return int(m_sections.size()); }
    const Section& section(int i) const { return m_sections.at(i); }
    int indexOfOffset(qint64 offset) const
    {
        for (int i = 0; i < m_sections.size(); ++i) {
            if (m_sections.at(i).offset == offset)
                return i;
        }
        return -1;
    }

    Location locate(int state, int number) const
    {
        for (int i = state; i < m_sections.size(); ++i) {
            const auto it = m_sections.at(i).entries.constFind(number);
            if (it != m_sections.at(i).entries.cend())
                return *it;
        }
        return {};
    }

    // Object `number` as revision `state` shows it; nothing when it is free or absent. When it should be
    // there but cannot be read, `*unreadable` is set.
    std::optional<Version> version(int state, int number, bool* unreadable = nullptr)
    {
        if (unreadable)
            *unreadable = false;
        const Location loc = locate(state, number);
        if (loc.type == 0)
            return std::nullopt;
        QPair<qint64, qint64> key{loc.offset, -qint64(number) - 1};
        if (loc.type == 2) {
            const Location streamAt = locate(state, loc.stream);
            key = {streamAt.type == 1 ? streamAt.offset : -1, loc.index};
        }
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        std::optional<Version> v;
        // A /Length that refers to an object whose /Length refers back must end, not recurse.
        if (key.first > 0 && !m_unreadable.contains(key) && m_loading < kMaxDepth) {
            ++m_loading;
            v = loc.type == 1 ? load(state, number, loc.offset)
                              : loadFromStream(number, loc.stream, key.first, loc.index);
            --m_loading;
        }
        if (!v) {
            m_unreadable.insert(key);
            if (unreadable)
                *unreadable = true;
            return std::nullopt;
        }
        m_cache.insert(key, *v);
        return v;
    }

    PdfObject get(int state, int number)
    {
        auto v = version(state, number);
        return v ? v->value : PdfObject{};
    }

    PdfObject resolve(int state, const PdfObject& o)
    {
        PdfObject current = o;
        for (int i = 0; current.isRef() && i < 32; ++i)
            current = get(state, current.ref().number);
        return current.isRef() ? PdfObject{} : current;
    }

    // Object numbers reachable from `root` in a state. /P and /Parent (back links to pages and parent
    // fields) are not followed, so a widget's walk stays inside the widget.
    QSet<int> reach(int state, const PdfObject& root)
    {
        QSet<int> seen;
        QList<PdfObject> stack{root};
        while (!stack.isEmpty() && seen.size() < kMaxWalk) {
            const PdfObject o = stack.takeLast();
            if (o.isRef()) {
                if (seen.contains(o.ref().number))
                    continue;
                seen.insert(o.ref().number);
                stack.append(get(state, o.ref().number));
            } else if (o.isArray()) {
                stack.append(o.array());
            } else if (o.isDict()) {
                for (auto it = o.dict().cbegin(); it != o.dict().cend(); ++it) {
                    if (it.key() != "P" && it.key() != "Parent")
                        stack.append(it.value());
                }
            }
        }
        return seen;
    }

    // Every object number referenced by any object of a state (without following the references).
    QSet<int> referencedIn(int state)
    {
        QSet<int> numbers;
        for (int i = state; i < m_sections.size(); ++i) {
            for (auto it = m_sections.at(i).entries.cbegin(); it != m_sections.at(i).entries.cend(); ++it)
                numbers.insert(it.key());
        }
        QSet<int> referenced;
        int visited = 0;
        for (int n : numbers) {
            if (++visited > kMaxWalk)
                break;
            QList<PdfObject> stack{get(state, n)};
            while (!stack.isEmpty()) {
                const PdfObject o = stack.takeLast();
                if (o.isRef())
                    referenced.insert(o.ref().number);
                else if (o.isArray())
                    stack.append(o.array());
                else if (o.isDict())
                    stack.append(o.dict().values());
            }
        }
        return referenced;
    }

private:
    std::optional<Version> load(int state, int number, qint64 offset)
    {
        qint64 dataOffset = -1;
        auto obj = m_pdf.objectAtOffset(offset, number, &dataOffset);
        if (!obj)
            return std::nullopt;
        Version v;
        v.value = *obj;
        if (dataOffset >= 0) {
            v.isStream = true;
            const qint64 length = resolve(state, obj->dict().value("Length")).integer();
            if (length < 0 || dataOffset + length > m_pdf.size())
                return std::nullopt;
            v.stream = QByteArray(m_pdf.data() + dataOffset, int(length));
        }
        return v;
    }

    std::optional<Version> loadFromStream(int number, int streamNumber, qint64 streamOffset, int index)
    {
        auto it = m_objectStreams.find(streamOffset);
        if (it == m_objectStreams.end()) {
            qint64 dataOffset = -1;
            auto obj = m_pdf.objectAtOffset(streamOffset, streamNumber, &dataOffset);
            if (!obj || dataOffset < 0 || obj->dict().value("Type").name() != "ObjStm")
                return std::nullopt;
            auto data = m_pdf.streamData(obj->dict(), dataOffset);
            if (!data)
                return std::nullopt;
            it = m_objectStreams.insert(streamOffset, {*data, obj->dict().value("First").integer(),
                                                       obj->dict().value("N").integer()});
        }
        const ObjectStream& os = *it;
        if (index < 0 || index >= os.count || os.first <= 0 || os.first > os.data.size())
            return std::nullopt;
        PdfParser header(os.data.constData(), os.data.size(), 0);
        qint64 objNumber = 0;
        qint64 objOffset = 0;
        for (int i = 0; i <= index; ++i) {
            if (!header.readInt(&objNumber) || !header.readInt(&objOffset))
                return std::nullopt;
        }
        if (objNumber != number || objOffset < 0 || os.first + objOffset >= os.data.size())
            return std::nullopt;
        PdfParser p(os.data.constData(), os.data.size(), os.first + objOffset);
        Version v;
        if (!p.parseObject(&v.value))
            return std::nullopt;
        return v;
    }

    struct ObjectStream
    {
        QByteArray data;
        qint64 first = 0;
        qint64 count = 0;
    };

    PdfReader& m_pdf;
    QList<Section> m_sections;
    QHash<QPair<qint64, qint64>, Version> m_cache;
    QSet<QPair<qint64, qint64>> m_unreadable;
    QHash<qint64, ObjectStream> m_objectStreams;
    int m_loading = 0;
};

struct PageTree
{
    QList<int> pages;
    QSet<int> nodes; // intermediate /Pages nodes and indirect /Kids arrays
};

PageTree pageTree(Revisions& r, int state, const PdfDict& catalog)
{
    PageTree tree;
    QList<QPair<PdfObject, int>> stack{{catalog.value("Pages"), 0}};
    QSet<int> seen;
    while (!stack.isEmpty() && seen.size() < kMaxWalk) {
        const auto [node, depth] = stack.takeLast();
        if (!node.isRef() || depth > kMaxDepth || seen.contains(node.ref().number))
            continue;
        const int n = node.ref().number;
        seen.insert(n);
        const PdfDict d = r.get(state, n).dict();
        if (d.value("Type").name() == "Page" || !d.contains("Kids")) {
            tree.pages.append(n);
            continue;
        }
        tree.nodes.insert(n);
        if (d.value("Kids").isRef())
            tree.nodes.insert(d.value("Kids").ref().number);
        const PdfArray kids = r.resolve(state, d.value("Kids")).array();
        for (auto k = kids.crbegin(); k != kids.crend(); ++k)
            stack.append({*k, depth + 1});
    }
    return tree;
}

struct FieldNode
{
    QString name; // fully qualified
    bool signature = false;
    bool widget = false;
};

QHash<int, FieldNode> fieldTree(Revisions& r, int state, const PdfDict& catalog)
{
    QHash<int, FieldNode> nodes;
    const PdfDict form = r.resolve(state, catalog.value("AcroForm")).dict();
    struct Item
    {
        PdfObject ref;
        QString parentName;
        bool parentSignature = false;
        int depth = 0;
    };
    QList<Item> queue;
    for (const PdfObject& f : r.resolve(state, form.value("Fields")).array())
        queue.append({f, {}, false, 0});
    while (!queue.isEmpty() && nodes.size() < kMaxWalk) {
        const Item item = queue.takeFirst();
        if (!item.ref.isRef() || item.depth > kMaxDepth || nodes.contains(item.ref.ref().number))
            continue;
        const int n = item.ref.ref().number;
        const PdfDict d = r.get(state, n).dict();
        const QString partial = textOf(d.value("T"));
        FieldNode node;
        node.name = item.parentName.isEmpty() ? partial
                    : partial.isEmpty()       ? item.parentName
                                              : item.parentName + QLatin1Char('.') + partial;
        node.signature = d.contains("FT") ? d.value("FT").name() == "Sig" : item.parentSignature;
        node.widget = d.value("Subtype").name() == "Widget";
        nodes.insert(n, node);
        for (const PdfObject& kid : r.resolve(state, d.value("Kids")).array())
            queue.append({kid, node.name, node.signature, item.depth + 1});
    }
    return nodes;
}

QList<int> refNumbers(const PdfArray& array, PdfArray* inlineItems = nullptr)
{
    QList<int> out;
    for (const PdfObject& o : array) {
        if (o.isRef())
            out.append(o.ref().number);
        else if (inlineItems)
            inlineItems->append(o);
    }
    return out;
}

struct Permissions
{
    bool signatures = true;
    bool formFill = false;
    bool annotations = false;
    int certification = 0; // the DocMDP P in force, 0 without a certification
};

// The role an object of the earlier state plays, to name a change in words a reader understands.
struct Role
{
    enum class Kind
    {
        Other,
        Content,
        Resource
    };
    Kind kind = Kind::Other;
    int page = 0;
    QString noun; // "isi halaman 1", "katalog dokumen", ...
};

// Judges one revision (state `state`) against the one before it (state + 1).
class RevisionJudge
{
    Q_DECLARE_TR_FUNCTIONS(ModificationAnalysis)

public:
    RevisionJudge(Revisions& revisions, int state, int revisionNumber, bool signedRevision,
                  const Permissions& permissions)
        : m_r(revisions)
        , m_new(state)
        , m_old(state + 1)
        , m_revision(revisionNumber)
        , m_signed(signedRevision)
        , m_perm(permissions)
    {}

    QList<Modification> run()
    {
        collectChanges();
        const PdfDict& newTrailer = m_r.section(m_new).trailer;
        const PdfDict& oldTrailer = m_r.section(m_old).trailer;
        const PdfObject newRoot = newTrailer.value("Root");
        const PdfObject oldRoot = oldTrailer.value("Root");
        if (!sameObject(newRoot, oldRoot))
            refuse(tr("katalog dokumen diganti dengan objek lain (objek %1)").arg(newRoot.ref().number),
                   newRoot.ref().number);
        for (const char* key : {"Info", "Encrypt"}) {
            if (!sameObject(newTrailer.value(key), oldTrailer.value(key)))
                refuse(tr("trailer diubah: /%1").arg(QLatin1String(key)), 0);
        }
        m_root = newRoot.ref().number;
        const PdfDict oldCatalog = m_r.get(m_old, oldRoot.ref().number).dict();
        const PdfDict newCatalog = m_r.get(m_new, m_root).dict();
        m_oldCatalog = oldCatalog;

        judgeCatalog(oldCatalog, newCatalog);
        m_oldPages = pageTree(m_r, m_old, oldCatalog);
        const PageTree newPages = pageTree(m_r, m_new, newCatalog);
        if (m_oldPages.pages != newPages.pages)
            refuse(tr("susunan halaman diubah (%1 halaman menjadi %2 halaman, atau urutannya berganti)")
                       .arg(m_oldPages.pages.size())
                       .arg(newPages.pages.size()),
                   0);
        for (int n : std::as_const(m_oldPages.nodes)) {
            if (m_modified.contains(n)) {
                m_explained.insert(n);
                refuse(tr("pohon halaman (page tree) diubah (objek %1)").arg(n), n);
            }
        }
        m_oldFields = fieldTree(m_r, m_old, oldCatalog);
        judgeDss(oldCatalog, newCatalog);
        judgeForm(oldCatalog, newCatalog);
        for (int n : sorted(m_modified)) {
            if (m_oldFields.contains(n))
                judgeChangedField(n);
        }
        judgePages();
        judgeAppearancesChangedInPlace();

        for (int n : sorted(m_deleted)) {
            const Role role = roleOf(n);
            refuse(role.noun.isEmpty() ? tr("objek %1 dihapus").arg(n)
                                       : tr("objek %1 dihapus (%2)").arg(QString::number(n), role.noun),
                   n);
        }
        for (int n : sorted(m_modified)) {
            if (m_explained.contains(n))
                continue;
            const Role role = roleOf(n);
            switch (role.kind) {
            case Role::Kind::Content:
                refuse(tr("halaman %1: isi halaman diubah (objek %2)").arg(role.page).arg(n), n);
                break;
            case Role::Kind::Resource:
                refuse(tr("halaman %1: font, gambar atau sumber daya lain yang dipakai halaman diubah (objek "
                          "%2)")
                           .arg(role.page)
                           .arg(n),
                       n);
                break;
            case Role::Kind::Other:
                refuse(role.noun.isEmpty() ? tr("objek %1 diubah").arg(n)
                                           : tr("%1 diubah (objek %2)").arg(role.noun, QString::number(n)),
                       n);
                break;
            }
        }
        judgeFilledDanglingReferences();
        if (m_identical > 0)
            allow(tr("%n objek disimpan ulang tanpa perubahan", nullptr, m_identical), 0);
        return m_out;
    }

private:
    static QList<int> sorted(const QSet<int>& s)
    {
        QList<int> out(s.cbegin(), s.cend());
        std::sort(out.begin(), out.end());
        return out;
    }

    void allow(const QString& text, int object) { m_out.append({m_revision, m_signed, true, object, text}); }
    void refuse(const QString& text, int object)
    {
        m_out.append({m_revision, m_signed, false, object, text});
    }
    bool touched(int n) const { return m_added.contains(n) || m_modified.contains(n); }
    void explainAdded(const QSet<int>& numbers)
    {
        for (int n : numbers) {
            if (m_added.contains(n))
                m_explained.insert(n);
        }
    }
    // An appearance (or a field value) replaced: its new objects, and objects of the old appearance
    // rewritten in place, belong to the change that was just judged.
    void explainAppearance(const PdfObject& before, const PdfObject& after)
    {
        const QSet<int> old = m_r.reach(m_old, before);
        for (int n : m_r.reach(m_new, after)) {
            if (m_added.contains(n) || (m_modified.contains(n) && old.contains(n)))
                m_explained.insert(n);
        }
    }

    // What the section adds, changes and frees, compared with the state before it.
    void collectChanges()
    {
        const Section& section = m_r.section(m_new);
        const qint64 previousSection = m_r.section(m_old).offset;
        QList<int> numbers = section.entries.keys();
        std::sort(numbers.begin(), numbers.end());
        for (int n : numbers) {
            const Location now = section.entries.value(n);
            const Location before = m_r.locate(m_old, n);
            if (now.type == 0) {
                if (before.type != 0)
                    m_deleted.insert(n);
                continue;
            }
            bool unreadable = false;
            const auto after = m_r.version(m_new, n, &unreadable);
            if (!after) {
                refuse(tr("objek %1 di revisi ini tidak dapat dibaca").arg(n), n);
                continue;
            }
            const auto earlier = before.type == 0 ? std::nullopt : m_r.version(m_old, n);
            if (!earlier && before.type == 0) {
                // The xref stream itself and new object streams only carry other objects.
                const QByteArray type = after->value.dict().value("Type").name();
                if (after->isStream && (type == "XRef" || type == "ObjStm"))
                    continue;
                m_added.insert(n);
                continue;
            }
            if (earlier && earlier->isStream == after->isStream && earlier->stream == after->stream &&
                sameObject(earlier->value, after->value)) {
                ++m_identical;
                continue;
            }
            m_modified.insert(n);
            // The shadow "hide" variant: a new xref points an object at bytes an earlier revision already
            // held, typically a hidden body the signer never saw.
            if (now.type == 1 && now.offset < previousSection)
                refuse(tr("xref revisi ini mengarahkan objek %1 ke isi lama di byte %2, di dalam revisi "
                          "sebelumnya")
                           .arg(n)
                           .arg(now.offset),
                       n);
        }
    }

    void judgeCatalog(const PdfDict& before, const PdfDict& after)
    {
        if (!touched(m_root))
            return;
        m_explained.insert(m_root);
        for (const QByteArray& key : differingKeys(before, after)) {
            if (key == "AcroForm" || key == "DSS")
                continue; // judged by their own rules
            if (key == "Pages")
                refuse(tr("pohon halaman diganti di katalog dokumen (objek %1)").arg(m_root), m_root);
            else
                refuse(tr("katalog dokumen diubah: /%1 (objek %2)")
                           .arg(QString::fromLatin1(key), QString::number(m_root)),
                       m_root);
        }
    }

    // /DSS: its dictionary and streams may be added or extended (PAdES B-LT/B-LTA); an object reached
    // from the new DSS may only be changed if it already belonged to the old one.
    void judgeDss(const PdfDict& before, const PdfDict& after)
    {
        const PdfObject oldDss = before.value("DSS");
        const PdfObject newDss = after.value("DSS");
        if (newDss.isNull()) {
            if (!oldDss.isNull())
                refuse(tr("data validasi jangka panjang (DSS) dihapus dari katalog (objek %1)").arg(m_root),
                       m_root);
            return;
        }
        const QSet<int> old = m_r.reach(m_old, oldDss);
        bool changed = !sameObject(oldDss, newDss);
        for (int n : m_r.reach(m_new, newDss)) {
            if (m_added.contains(n) || (m_modified.contains(n) && old.contains(n))) {
                m_explained.insert(n);
                changed = true;
            }
        }
        if (changed)
            allow(oldDss.isNull() ? tr("data validasi jangka panjang (DSS) ditambahkan")
                                  : tr("data validasi jangka panjang (DSS) diperbarui"),
                  newDss.isRef() ? newDss.ref().number : m_root);
    }

    // Only new entries, at any depth (fonts added to /DR); existing entries unchanged.
    bool additionsOnly(const PdfObject& before, const PdfObject& after, int depth = 0)
    {
        if (depth > 8)
            return false;
        if (before.isNull()) {
            const QSet<int> reached = m_r.reach(m_new, after);
            for (int n : reached) {
                if (m_modified.contains(n))
                    return false;
            }
            explainAdded(reached);
            return true;
        }
        if (before.isRef() && after.isRef() && before.ref().number != after.ref().number)
            return false;
        if (after.isRef()) {
            const int n = after.ref().number;
            if (!touched(n))
                return sameObject(before, after);
            auto v = m_r.version(m_new, n);
            if (!v || v->isStream)
                return false; // a stream cannot grow entries: any change to it is a change
            m_explained.insert(n);
        }
        const PdfObject old = m_r.resolve(m_old, before);
        const PdfObject now = m_r.resolve(m_new, after);
        if (old.isDict() && now.isDict()) {
            for (auto it = old.dict().cbegin(); it != old.dict().cend(); ++it) {
                if (!now.dict().contains(it.key()) ||
                    !additionsOnly(it.value(), now.dict().value(it.key()), depth + 1))
                    return false;
            }
            for (auto it = now.dict().cbegin(); it != now.dict().cend(); ++it) {
                if (!old.dict().contains(it.key()) && !additionsOnly(PdfObject{}, it.value(), depth + 1))
                    return false;
            }
            return true;
        }
        return sameObject(old, now);
    }

    void judgeForm(const PdfDict& oldCatalog, const PdfDict& newCatalog)
    {
        const PdfObject oldValue = oldCatalog.value("AcroForm");
        const PdfObject newValue = newCatalog.value("AcroForm");
        if (newValue.isNull()) {
            if (!oldValue.isNull())
                refuse(tr("formulir (AcroForm) dihapus dari katalog (objek %1)").arg(m_root), m_root);
            return;
        }
        const int formObject = newValue.isRef() ? newValue.ref().number : m_root;
        if (newValue.isRef() && touched(formObject))
            m_explained.insert(formObject);
        const PdfDict before = m_r.resolve(m_old, oldValue).dict();
        const PdfDict after = m_r.resolve(m_new, newValue).dict();
        for (const QByteArray& key : differingKeys(before, after)) {
            if (key == "Fields" || key == "SigFlags")
                continue;
            if (key == "DR") {
                if (m_perm.signatures && additionsOnly(before.value("DR"), after.value("DR")))
                    allow(tr("sumber daya formulir (/DR) ditambah"), formObject);
                else
                    refuse(tr("sumber daya formulir (/DR) diubah (objek %1)").arg(formObject), formObject);
            } else if (key == "NeedAppearances" && m_perm.formFill) {
                allow(tr("formulir meminta tampilan field dibuat ulang (/NeedAppearances)"), formObject);
            } else {
                refuse(tr("formulir (AcroForm) diubah: /%1 (objek %2)")
                           .arg(QString::fromLatin1(key), QString::number(formObject)),
                       formObject);
            }
        }
        // /DR rewritten in place while the form dictionary kept its reference.
        if (sameObject(before.value("DR"), after.value("DR")) && after.value("DR").isRef() &&
            touched(after.value("DR").ref().number)) {
            m_explained.insert(after.value("DR").ref().number);
            if (m_perm.signatures && additionsOnly(before.value("DR"), after.value("DR")))
                allow(tr("sumber daya formulir (/DR) ditambah"), formObject);
            else
                refuse(tr("sumber daya formulir (/DR) diubah (objek %1)").arg(after.value("DR").ref().number),
                       after.value("DR").ref().number);
        }
        const PdfObject fieldsValue = after.value("Fields");
        if (fieldsValue.isRef() && touched(fieldsValue.ref().number))
            m_explained.insert(fieldsValue.ref().number);
        const QList<int> oldFields = refNumbers(m_r.resolve(m_old, before.value("Fields")).array());
        const QList<int> newFields = refNumbers(m_r.resolve(m_new, fieldsValue).array());
        for (int n : oldFields) {
            if (!newFields.contains(n))
                refuse(tr("field formulir dihapus dari daftar /Fields (objek %1)").arg(n), n);
        }
        for (int n : newFields) {
            if (!oldFields.contains(n))
                judgeNewField(n);
        }
    }

    void judgeNewField(int n)
    {
        const PdfDict field = m_r.get(m_new, n).dict();
        const QString name = textOf(field.value("T"));
        if (!m_added.contains(n)) {
            refuse(tr("objek %1 yang sudah ada dijadikan field formulir baru").arg(n), n);
            return;
        }
        m_explained.insert(n);
        QList<int> widgets;
        if (field.value("Subtype").name() == "Widget")
            widgets.append(n);
        if (field.value("Kids").isRef() && m_added.contains(field.value("Kids").ref().number))
            m_explained.insert(field.value("Kids").ref().number);
        for (int kid : refNumbers(m_r.resolve(m_new, field.value("Kids")).array())) {
            if (!m_added.contains(kid)) {
                refuse(tr("field baru '%1' memakai objek yang sudah ada sebagai widget (objek %2)")
                           .arg(name, QString::number(kid)),
                       kid);
                continue;
            }
            widgets.append(kid);
        }
        for (int w : widgets)
            m_newFieldWidgets.insert(w);

        if (field.value("FT").name() != "Sig") {
            refuse(tr("field formulir baru '%1' yang bukan field tanda tangan (objek %2)")
                       .arg(name, QString::number(n)),
                   n);
            return;
        }
        if (field.value("V").isNull()) {
            if (m_perm.signatures && !m_signed && !m_perm.annotations && drawsOnPage(widgets))
                refuse(
                    tr("field tanda tangan kosong baru '%1' (objek %2) menggambar tampilan di halaman tanpa "
                       "tanda tangan yang menjaminnya")
                        .arg(name, QString::number(n)),
                    n);
            else if (m_perm.signatures)
                allow(tr("field tanda tangan kosong baru '%1' (objek %2)").arg(name, QString::number(n)), n);
            else
                refuse(tr("field tanda tangan kosong baru '%1' (objek %2), padahal sertifikasi tingkat P=1 "
                          "tidak mengizinkan perubahan apa pun")
                           .arg(name, QString::number(n)),
                       n);
        } else if (!judgeSignatureValue(name, field.value("V"), n, false)) {
            return;
        }
        for (int w : widgets) {
            m_explained.insert(w);
            explainAdded(m_r.reach(m_new, PdfObject::fromRef({w, 0})));
        }
    }

    // Whether a widget shows anything: a non-empty appearance stream in a rectangle with an area, not
    // hidden. An empty signature field that draws is an overlay, whatever its field type says.
    bool drawsOnPage(const QList<int>& widgets)
    {
        for (int w : widgets) {
            const PdfDict widget = m_r.get(m_new, w).dict();
            const PdfArray rect = m_r.resolve(m_new, widget.value("Rect")).array();
            if (rect.size() != 4 || (widget.value("F").integer() & 2) != 0)
                continue;
            if (std::abs((rect.at(2).number() - rect.at(0).number()) *
                         (rect.at(3).number() - rect.at(1).number())) < 1.0)
                continue;
            const PdfObject normal = m_r.resolve(m_new, widget.value("AP")).dict().value("N");
            QList<PdfObject> appearances{normal};
            if (!normal.isRef())
                appearances = m_r.resolve(m_new, normal).dict().values(); // appearance states
            for (const PdfObject& a : std::as_const(appearances)) {
                const auto v = a.isRef() ? m_r.version(m_new, a.ref().number) : std::nullopt;
                if (v && v->isStream && !v->stream.trimmed().isEmpty())
                    return true;
            }
        }
        return false;
    }

    // The /V of a signature field: it must be a new signature or document timestamp dictionary.
    bool judgeSignatureValue(const QString& name, const PdfObject& value, int field, bool prepared)
    {
        const int v = value.isRef() ? value.ref().number : 0;
        const PdfDict sig = m_r.resolve(m_new, value).dict();
        const QByteArray type = sig.value("Type").name();
        const bool timestamp = type == "DocTimeStamp";
        const bool isSignature = (type.isEmpty() || type == "Sig" || timestamp) &&
                                 sig.contains("ByteRange") && sig.contains("Contents");
        if (!v || !m_added.contains(v) || !isSignature) {
            refuse(tr("field tanda tangan '%1' menunjuk nilai yang bukan kamus tanda tangan baru (objek %2)")
                       .arg(name, QString::number(v ? v : field)),
                   v ? v : field);
            return false;
        }
        m_explained.insert(v);
        explainAdded(m_r.reach(m_new, value));
        if (timestamp)
            allow(tr("stempel waktu dokumen baru (objek %1)").arg(v), v);
        else if (!m_perm.signatures)
            refuse(tr("tanda tangan baru '%1' (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan "
                      "perubahan apa pun")
                       .arg(name, QString::number(v)),
                   v);
        else if (prepared)
            allow(tr("field tanda tangan '%1' yang sudah disiapkan ditandatangani (objek %2)")
                      .arg(name, QString::number(v)),
                  v);
        else
            allow(tr("tanda tangan baru '%1' (objek %2)").arg(name, QString::number(v)), v);
        return true;
    }

    void judgeChangedField(int n)
    {
        const FieldNode node = m_oldFields.value(n);
        const PdfDict before = m_r.get(m_old, n).dict();
        const PdfDict after = m_r.get(m_new, n).dict();
        m_explained.insert(n);
        const QList<QByteArray> keys = differingKeys(before, after);
        const auto only = [&keys](std::initializer_list<const char*> allowedKeys) {
            return std::all_of(keys.cbegin(), keys.cend(), [&](const QByteArray& k) {
                return std::any_of(allowedKeys.begin(), allowedKeys.end(),
                                   [&k](const char* a) { return k == a; });
            });
        };
        const QString number = QString::number(n);
        if (node.signature) {
            const bool signsPrepared = keys.contains("V") && before.value("V").isNull();
            if (only({"V", "AP", "AS"}) && (!keys.contains("V") || signsPrepared)) {
                if (keys.contains("V"))
                    judgeSignatureValue(node.name, after.value("V"), n, true);
                else if (m_perm.signatures)
                    allow(tr("tampilan field tanda tangan '%1' diperbarui (objek %2)").arg(node.name, number),
                          n);
                else
                    refuse(tr("tampilan field tanda tangan '%1' diubah (objek %2)").arg(node.name, number),
                           n);
                explainAppearance(before.value("AP"), after.value("AP"));
                return;
            }
            if (keys.contains("V"))
                refuse(
                    tr("tanda tangan pada field '%1' diganti atau dihapus (objek %2)").arg(node.name, number),
                    n);
            else
                refuse(
                    tr("field tanda tangan '%1' diubah: %2 (objek %3)").arg(node.name, keyList(keys), number),
                    n);
            return;
        }
        if (only({"V", "AS", "AP"})) {
            if (m_perm.formFill) {
                allow(tr("isian field formulir '%1' diubah (objek %2)").arg(node.name, number), n);
                explainAppearance(before.value("AP"), after.value("AP"));
                explainAppearance(before.value("V"), after.value("V"));
            } else {
                refuse(tr("isian field formulir '%1' diubah (objek %2)").arg(node.name, number), n);
            }
            return;
        }
        refuse(tr("field formulir '%1' diubah: %2 (objek %3)").arg(node.name, keyList(keys), number), n);
    }

    void annotationChange(const QString& text, int object)
    {
        if (m_perm.annotations)
            allow(text, object);
        else
            refuse(text, object);
    }

    bool isOldWidget(int n) const
    {
        const auto it = m_oldFields.constFind(n);
        return it != m_oldFields.cend() && it->widget;
    }

    void judgePages()
    {
        for (int i = 0; i < m_oldPages.pages.size(); ++i) {
            const int p = m_oldPages.pages.at(i);
            const int page = i + 1;
            const PdfDict before = m_r.get(m_old, p).dict();
            const PdfDict after = m_r.get(m_new, p).dict();
            if (m_modified.contains(p)) {
                m_explained.insert(p);
                for (const QByteArray& key : differingKeys(before, after)) {
                    if (key == "Annots")
                        continue;
                    if (key == "Contents")
                        refuse(tr("halaman %1: isi halaman diubah (objek %2)").arg(page).arg(p), p);
                    else if (key == "Resources")
                        refuse(tr("halaman %1: sumber daya halaman (font, gambar) diubah (objek %2)")
                                   .arg(page)
                                   .arg(p),
                               p);
                    else
                        refuse(tr("halaman %1: /%2 diubah (objek %3)")
                                   .arg(QString::number(page), QString::fromLatin1(key), QString::number(p)),
                               p);
                }
            }
            const PdfObject newAnnotsValue = after.value("Annots");
            if (newAnnotsValue.isRef() && touched(newAnnotsValue.ref().number))
                m_explained.insert(newAnnotsValue.ref().number);
            PdfArray oldInline;
            PdfArray newInline;
            const QList<int> oldAnnots =
                refNumbers(m_r.resolve(m_old, before.value("Annots")).array(), &oldInline);
            const QList<int> newAnnots = refNumbers(m_r.resolve(m_new, newAnnotsValue).array(), &newInline);
            if (!sameObject(PdfObject{oldInline}, PdfObject{newInline}))
                annotationChange(tr("anotasi langsung di halaman %1 diubah (objek %2)").arg(page).arg(p), p);
            for (int a : newAnnots) {
                if (oldAnnots.contains(a) || m_newFieldWidgets.contains(a))
                    continue;
                if (isOldWidget(a)) {
                    refuse(tr("halaman %1: widget field formulir dipindahkan ke halaman ini (objek %2)")
                               .arg(page)
                               .arg(a),
                           a);
                    continue;
                }
                const QString kind = QString::fromLatin1(m_r.get(m_new, a).dict().value("Subtype").name());
                if (touched(a))
                    m_explained.insert(a);
                explainAdded(m_r.reach(m_new, PdfObject::fromRef({a, 0})));
                annotationChange(tr("anotasi baru (%1) di halaman %2 (objek %3)")
                                     .arg(kind, QString::number(page), QString::number(a)),
                                 a);
            }
            for (int a : oldAnnots) {
                if (newAnnots.contains(a))
                    continue;
                if (isOldWidget(a))
                    refuse(tr("halaman %1: widget field formulir dihapus dari halaman (objek %2)")
                               .arg(page)
                               .arg(a),
                           a);
                else
                    annotationChange(tr("anotasi dihapus dari halaman %1 (objek %2)").arg(page).arg(a), a);
            }
            for (int a : oldAnnots) {
                if (!newAnnots.contains(a) || !m_modified.contains(a) || m_oldFields.contains(a))
                    continue;
                m_explained.insert(a);
                const PdfDict oldAnnot = m_r.get(m_old, a).dict();
                const PdfDict newAnnot = m_r.get(m_new, a).dict();
                annotationChange(tr("anotasi diubah di halaman %1 (objek %2)").arg(page).arg(a), a);
                if (m_perm.annotations)
                    explainAppearance(PdfObject{oldAnnot}, PdfObject{newAnnot});
            }
        }
    }

    // An appearance stream rewritten in place while its widget or annotation stayed the same.
    void judgeAppearancesChangedInPlace()
    {
        bool pending = false;
        for (int n : std::as_const(m_modified))
            pending = pending || !m_explained.contains(n);
        if (!pending)
            return;
        for (int i = 0; i < m_oldPages.pages.size(); ++i) {
            const PdfDict page = m_r.get(m_old, m_oldPages.pages.at(i)).dict();
            for (int a : refNumbers(m_r.resolve(m_old, page.value("Annots")).array())) {
                if (m_modified.contains(a))
                    continue;
                const PdfDict annot = m_r.get(m_old, a).dict();
                QList<int> changed;
                for (int n : m_r.reach(m_old, annot.value("AP"))) {
                    if (m_modified.contains(n) && !m_explained.contains(n))
                        changed.append(n);
                }
                if (changed.isEmpty())
                    continue;
                std::sort(changed.begin(), changed.end());
                for (int n : changed)
                    m_explained.insert(n);
                const auto field = m_oldFields.constFind(a);
                if (field != m_oldFields.cend()) {
                    const bool allowed = field->signature ? m_perm.signatures : m_perm.formFill;
                    const QString text = tr("tampilan field '%1' diubah (objek %2)")
                                             .arg(field->name, QString::number(changed.first()));
                    allowed ? allow(text, changed.first()) : refuse(text, changed.first());
                } else {
                    annotationChange(tr("tampilan anotasi di halaman %1 diubah (objek %2)")
                                         .arg(i + 1)
                                         .arg(changed.first()),
                                     changed.first());
                }
            }
        }
    }

    // An object number the earlier state already referenced but left undefined (so it read as null) that
    // this revision now defines: the signed page would show something new without any changed object.
    void judgeFilledDanglingReferences()
    {
        const qint64 previousSize = m_r.section(m_old).trailer.value("Size").integer();
        QList<int> candidates;
        for (int n : sorted(m_added)) {
            if (!m_explained.contains(n) && n < previousSize)
                candidates.append(n);
        }
        if (candidates.isEmpty())
            return;
        const QSet<int> referenced = m_r.referencedIn(m_old);
        for (int n : candidates) {
            if (referenced.contains(n))
                refuse(tr("objek %1, yang sudah dirujuk di revisi sebelumnya tetapi belum ada, kini diisi")
                           .arg(n),
                       n);
        }
    }

    Role roleOf(int n)
    {
        if (!m_rolesBuilt)
            buildRoles();
        return m_roles.value(n);
    }

    void buildRoles()
    {
        m_rolesBuilt = true;
        const auto set = [this](int n, const Role& role) {
            if (!m_roles.contains(n))
                m_roles.insert(n, role);
        };
        set(m_root, {Role::Kind::Other, 0, tr("katalog dokumen")});
        const PdfObject info = m_r.section(m_old).trailer.value("Info");
        if (info.isRef())
            set(info.ref().number, {Role::Kind::Other, 0, tr("informasi dokumen (/Info)")});
        for (int i = 0; i < m_oldPages.pages.size(); ++i) {
            const int p = m_oldPages.pages.at(i);
            const int page = i + 1;
            set(p, {Role::Kind::Other, page, tr("halaman %1").arg(page)});
            const PdfDict d = m_r.get(m_old, p).dict();
            const PdfObject contents = d.value("Contents");
            if (contents.isRef())
                set(contents.ref().number, {Role::Kind::Content, page, tr("isi halaman %1").arg(page)});
            for (int c : refNumbers(m_r.resolve(m_old, contents).array()))
                set(c, {Role::Kind::Content, page, tr("isi halaman %1").arg(page)});
            for (int r : m_r.reach(m_old, d.value("Resources")))
                set(r, {Role::Kind::Resource, page, tr("sumber daya halaman %1").arg(page)});
            for (int a : refNumbers(m_r.resolve(m_old, d.value("Annots")).array()))
                set(a, {Role::Kind::Other, page, tr("anotasi di halaman %1").arg(page)});
        }
        for (int n : std::as_const(m_oldPages.nodes))
            set(n, {Role::Kind::Other, 0, tr("pohon halaman")});
        for (auto it = m_oldFields.cbegin(); it != m_oldFields.cend(); ++it)
            set(it.key(), {Role::Kind::Other, 0, tr("field formulir '%1'").arg(it->name)});
        for (auto it = m_oldCatalog.cbegin(); it != m_oldCatalog.cend(); ++it) {
            if (it.value().isRef())
                set(it.value().ref().number,
                    {Role::Kind::Other, 0, tr("bagian katalog /%1").arg(QString::fromLatin1(it.key()))});
        }
    }

    Revisions& m_r;
    const int m_new;
    const int m_old;
    const int m_revision;
    const bool m_signed;
    const Permissions m_perm;
    int m_root = 0;
    PdfDict m_oldCatalog;
    QSet<int> m_added;
    QSet<int> m_modified;
    QSet<int> m_deleted;
    QSet<int> m_explained;
    QSet<int> m_newFieldWidgets; // widgets of fields this revision adds: judged with their field
    int m_identical = 0;
    PageTree m_oldPages;
    QHash<int, FieldNode> m_oldFields;
    QHash<int, Role> m_roles;
    bool m_rolesBuilt = false;
    QList<Modification> m_out;
};

// The startxref that ends the signed bytes: the revision the signer saw.
qint64 signedStartXref(const PdfReader& pdf, qint64 signedEnd)
{
    const qint64 end = std::min(signedEnd, pdf.size());
    const qint64 begin = std::max<qint64>(0, end - 4096);
    const QByteArray tail = QByteArray::fromRawData(pdf.data() + begin, int(end - begin));
    const qsizetype at = tail.lastIndexOf("startxref");
    if (at < 0)
        return -1;
    PdfParser p(pdf.data(), end, begin + at + 9);
    qint64 offset = 0;
    return p.readInt(&offset) ? offset : -1;
}

// One past the file's final %%EOF (the one after the startxref a reader uses), or -1.
qint64 finalEof(const PdfReader& pdf)
{
    const qint64 begin = std::max<qint64>(0, pdf.size() - 4096);
    const QByteArray tail = QByteArray::fromRawData(pdf.data() + begin, int(pdf.size() - begin));
    const qsizetype at = tail.lastIndexOf("startxref");
    const qsizetype eof = at < 0 ? -1 : tail.indexOf("%%EOF", at);
    return eof < 0 ? -1 : begin + eof + 5;
}

// Bytes from `from` to the end of the file that are not blank.
qint64 nonBlankBytes(const PdfReader& pdf, qint64 from)
{
    qint64 count = 0;
    for (qint64 i = std::max<qint64>(0, from); i < pdf.size(); ++i) {
        const char c = pdf.data()[i];
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t' && c != '\0' && c != '\f')
            ++count;
    }
    return count;
}

// The DocMDP /P a signature dictionary asks for (its /Reference), 0 when it asks for none.
int docMdpLevel(PdfReader& pdf, const SignaturePosition& s)
{
    if (s.objectOffset < 0)
        return 0;
    auto sig = pdf.objectAtOffset(s.objectOffset, s.objectNumber);
    if (!sig)
        return 0;
    auto references = pdf.resolve(sig->dict().value("Reference"));
    if (!references)
        return 0;
    for (const PdfObject& r : references->array()) {
        auto reference = pdf.resolve(r);
        if (!reference || reference->dict().value("TransformMethod").name() != "DocMDP")
            continue;
        auto params = pdf.resolve(reference->dict().value("TransformParams"));
        const PdfObject p = params ? params->dict().value("P") : PdfObject{};
        if (p.isNull())
            return 2; // the default (ISO 32000-1 table 254)
        // A value outside 1..3 is read as the strictest rather than as no restriction at all.
        return p.isInt() && p.integer() >= 1 && p.integer() <= 3 ? int(p.integer()) : 1;
    }
    return 0;
}

} // namespace

bool ChangeAnalysis::hasDisallowed() const
{
    return std::any_of(modifications.cbegin(), modifications.cend(),
                       [](const Modification& m) { return !m.allowed; });
}

QString Modification::describe() const
{
    const QString verdict =
        allowed ? ModificationAnalysis::tr("diizinkan") : ModificationAnalysis::tr("TIDAK DIIZINKAN");
    if (revision <= 0)
        return ModificationAnalysis::tr("%1 — %2").arg(text, verdict);
    return ModificationAnalysis::tr("revisi %1 (%2): %3 — %4")
        .arg(QString::number(revision),
             signedRevision ? ModificationAnalysis::tr("ditandatangani")
                            : ModificationAnalysis::tr("tanpa tanda tangan"),
             text, verdict);
}

Result<QList<ChangeAnalysis>> ModificationAnalysis::analyse(PdfReader& pdf,
                                                            const QList<SignaturePosition>& signatures)
{
    Revisions revisions(pdf);
    const int total = revisions.count();
    if (total == 0)
        return Error(tr("Berkas tidak memiliki tabel referensi silang (xref)"), Error::Code::InvalidInput);
    QList<ChangeAnalysis> out(signatures.size());
    // Each signature's revision: the xref section its signed bytes end with (0 = the newest).
    QList<int> start(signatures.size(), -1);
    int first = -1;
    for (int i = 0; i < signatures.size(); ++i) {
        start[i] = revisions.indexOfOffset(signedStartXref(pdf, signatures.at(i).signedEnd));
        if (first < 0 || signatures.at(i).signedEnd < signatures.at(first).signedEnd)
            first = i;
    }

    // Certification: only the first signature may certify (ISO 32000-1 §12.8.2.2).
    int certification = 0;
    int certificationStart = -1;
    for (int i = 0; i < signatures.size(); ++i) {
        const int level = docMdpLevel(pdf, signatures.at(i));
        if (level == 0)
            continue;
        if (i != first) {
            out[i].certificationProblem = tr(
                "Tanda tangan ini meminta sertifikasi (DocMDP), padahal sertifikasi hanya sah sebagai tanda "
                "tangan pertama dokumen; diperlakukan sebagai tanda tangan persetujuan");
            continue;
        }
        out[i].certificationLevel = level;
        certification = level;
        certificationStart = start[i];
        if (start[i] >= 0) {
            const PdfDict catalog =
                revisions.resolve(start[i], revisions.section(start[i]).trailer.value("Root")).dict();
            const PdfObject perms =
                revisions.resolve(start[i], catalog.value("Perms")).dict().value("DocMDP");
            if (!perms.isRef() || perms.ref().number != signatures.at(i).objectNumber)
                out[i].certificationProblem =
                    tr("Katalog dokumen tidak menunjuk tanda tangan sertifikasi ini di /Perms /DocMDP");
        }
    }

    // A revision is signed when an intact signature's signed revision includes it.
    const auto isSigned = [&](int section) {
        for (int i = 0; i < signatures.size(); ++i) {
            if (signatures.at(i).intact && start[i] >= 0 && start[i] <= section)
                return true;
        }
        return false;
    };
    int deepest = 0;
    for (int s : std::as_const(start))
        deepest = std::max(deepest, s);
    QHash<int, QList<Modification>> judged;
    for (int s = deepest - 1; s >= 0; --s) {
        Permissions permissions;
        const bool signedRevision = isSigned(s);
        if (certification > 0 && s < certificationStart) {
            permissions.certification = certification;
            permissions.signatures = certification >= 2;
            permissions.formFill = certification >= 2;
            permissions.annotations = certification >= 3;
        } else {
            // No certification: form filling and annotations need a later signature that vouches for them.
            permissions.signatures = true;
            permissions.formFill = signedRevision;
            permissions.annotations = signedRevision;
        }
        judged.insert(s, RevisionJudge(revisions, s, total - s, signedRevision, permissions).run());
    }

    const qint64 eof = finalEof(pdf);
    for (int i = 0; i < signatures.size(); ++i) {
        ChangeAnalysis& a = out[i];
        if (start[i] < 0) {
            a.revisionsAfter = 0;
            for (int s = 0; s < total && revisions.section(s).offset > signatures.at(i).signedEnd; ++s)
                ++a.revisionsAfter;
            a.modifications.append({0, false, false, 0,
                                    tr("revisi yang ditandatangani tidak lagi menjadi dasar dokumen: rantai "
                                       "xref sesudahnya tidak melewatinya")});
        } else {
            a.revisionsAfter = start[i];
            for (int s = start[i] - 1; s >= 0; --s)
                a.modifications.append(judged.value(s));
        }
        // Bytes after the final %%EOF belong to no revision; nobody signed them.
        const qint64 from = std::max(eof, signatures.at(i).signedEnd);
        if (eof >= 0 && nonBlankBytes(pdf, from) > 0) {
            ++a.revisionsAfter; // an update attempt that no reader takes, counted so it is not overlooked
            a.modifications.append(
                {0, false, false, 0,
                 tr("%1 byte ditambahkan di akhir berkas sesudah revisi terakhir, tanpa tanda tangan")
                     .arg(pdf.size() - from)});
        }
    }
    return out;
}

} // namespace lontar::esign
