#include "esign/PdfReader.h"

#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace lontar::esign {

namespace {
constexpr int kMaxDepth = 64;             // nesting of arrays/dicts, reference chains
constexpr qint64 kMaxDecoded = 256 << 20; // a decoded stream larger than this is refused

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return std::strchr("()<>[]{}/%", c) != nullptr && c != '\0';
}

bool isRegular(char c)
{
    return !isWhite(c) && !isDelimiter(c);
}

Result<QByteArray> inflate(const QByteArray& in)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return Error(QStringLiteral("zlib init failed"), Error::Code::InvalidInput);
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buffer[65536];
    int rc = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        rc = ::inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            inflateEnd(&zs);
            return Error(QStringLiteral("corrupt compressed stream"), Error::Code::InvalidInput);
        }
        out.append(buffer, int(sizeof buffer - zs.avail_out));
        if (out.size() > kMaxDecoded) {
            inflateEnd(&zs);
            return Error(QStringLiteral("compressed stream too large"), Error::Code::InvalidInput);
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    } while (rc != Z_STREAM_END);
    inflateEnd(&zs);
    return out;
}

// PNG predictors (ISO 32000-1 §7.4.4.4), as used by almost every xref stream.
Result<QByteArray> unpredict(const QByteArray& in, int predictor, int columns, int colors, int bpc)
{
    if (predictor < 10)
        return in;
    const int bpp = std::max(1, colors * bpc / 8);
    const int rowLength = (columns * colors * bpc + 7) / 8;
    if (rowLength <= 0 || rowLength > (1 << 20))
        return Error(QStringLiteral("bad predictor parameters"), Error::Code::InvalidInput);
    QByteArray out;
    QByteArray previous(rowLength, '\0');
    for (qint64 pos = 0; pos + rowLength + 1 <= in.size(); pos += rowLength + 1) {
        const int type = static_cast<unsigned char>(in.at(pos));
        QByteArray row = in.mid(pos + 1, rowLength);
        for (int i = 0; i < rowLength; ++i) {
            const int left = i >= bpp ? static_cast<unsigned char>(row.at(i - bpp)) : 0;
            const int up = static_cast<unsigned char>(previous.at(i));
            const int upLeft = i >= bpp ? static_cast<unsigned char>(previous.at(i - bpp)) : 0;
            int x = static_cast<unsigned char>(row.at(i));
            switch (type) {
            case 0:
                break;
            case 1:
                x += left;
                break;
            case 2:
                x += up;
                break;
            case 3:
                x += (left + up) / 2;
                break;
            case 4: {
                const int p = left + up - upLeft;
                const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - upLeft);
                x += (pa <= pb && pa <= pc) ? left : (pb <= pc ? up : upLeft);
                break;
            }
            default:
                return Error(QStringLiteral("unknown PNG predictor"), Error::Code::InvalidInput);
            }
            row[i] = char(x & 0xff);
        }
        out += row;
        previous = row;
    }
    return out;
}
} // namespace

// ---- PdfParser -------------------------------------------------------------------------------

void PdfParser::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (isWhite(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_size && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else {
            break;
        }
    }
}

QByteArray PdfParser::peekToken()
{
    skipWhitespace();
    qint64 p = m_pos;
    while (p < m_size && isRegular(m_data[p]))
        ++p;
    return QByteArray(m_data + m_pos, int(p - m_pos));
}

bool PdfParser::expectKeyword(const char* keyword)
{
    const QByteArray token = peekToken();
    if (token != keyword)
        return false;
    m_pos += token.size();
    return true;
}

bool PdfParser::readInt(qint64* value)
{
    skipWhitespace();
    qint64 p = m_pos;
    bool negative = false;
    if (p < m_size && (m_data[p] == '-' || m_data[p] == '+'))
        negative = m_data[p++] == '-';
    const qint64 start = p;
    qint64 v = 0;
    while (p < m_size && m_data[p] >= '0' && m_data[p] <= '9' && p - start < 18)
        v = v * 10 + (m_data[p++] - '0');
    if (p == start || (p < m_size && m_data[p] == '.'))
        return false;
    m_pos = p;
    *value = negative ? -v : v;
    return true;
}

bool PdfParser::parseNumber(PdfObject* out)
{
    qint64 p = m_pos;
    const qint64 start = p;
    while (p < m_size && (std::strchr("+-.0123456789", m_data[p]) && m_data[p] != '\0'))
        ++p;
    const QByteArray text(m_data + start, int(p - start));
    if (text.isEmpty() || text.size() > 40)
        return false;
    m_pos = p;
    bool ok = false;
    if (!text.contains('.')) {
        const qint64 v = text.toLongLong(&ok);
        if (ok) {
            *out = PdfObject{v};
            return true;
        }
    }
    const double d = text.toDouble(&ok);
    *out = PdfObject{ok ? d : 0.0};
    return true;
}

bool PdfParser::parseName(QByteArray* out)
{
    ++m_pos; // '/'
    while (m_pos < m_size && isRegular(m_data[m_pos])) {
        if (m_data[m_pos] == '#' && m_pos + 2 < m_size) {
            bool ok = false;
            const int v = QByteArray(m_data + m_pos + 1, 2).toInt(&ok, 16);
            if (ok) {
                out->append(char(v));
                m_pos += 3;
                continue;
            }
        }
        out->append(m_data[m_pos++]);
    }
    return true;
}

bool PdfParser::parseLiteralString(QByteArray* out)
{
    ++m_pos; // '('
    int depth = 1;
    while (m_pos < m_size) {
        const char c = m_data[m_pos++];
        if (c == '\\') {
            if (m_pos >= m_size)
                return false;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'b':
                out->append('\b');
                break;
            case 'f':
                out->append('\f');
                break;
            case '\r':
                if (m_pos < m_size && m_data[m_pos] == '\n')
                    ++m_pos;
                break;
            case '\n':
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int i = 0; i < 2 && m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '7';
                         ++i)
                        v = v * 8 + (m_data[m_pos++] - '0');
                    out->append(char(v & 0xff));
                } else {
                    out->append(e);
                }
            }
        } else if (c == '(') {
            ++depth;
            out->append(c);
        } else if (c == ')') {
            if (--depth == 0)
                return true;
            out->append(c);
        } else {
            out->append(c);
        }
    }
    return false;
}

bool PdfParser::parseHexString(QByteArray* out)
{
    ++m_pos; // '<'
    QByteArray hex;
    while (m_pos < m_size && m_data[m_pos] != '>') {
        const char c = m_data[m_pos++];
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex.append(c);
        else if (!isWhite(c))
            return false;
    }
    if (m_pos >= m_size)
        return false;
    ++m_pos;
    if (hex.size() % 2)
        hex.append('0');
    *out = QByteArray::fromHex(hex);
    return true;
}

bool PdfParser::parseObject(PdfObject* out, int depth)
{
    if (depth > kMaxDepth)
        return false;
    skipWhitespace();
    if (m_pos >= m_size)
        return false;
    const char c = m_data[m_pos];
    if (c == '/') {
        QByteArray name;
        parseName(&name);
        *out = PdfObject::fromName(name);
        return true;
    }
    if (c == '(') {
        QByteArray s;
        if (!parseLiteralString(&s))
            return false;
        *out = PdfObject::fromString(s);
        return true;
    }
    if (c == '<' && m_pos + 1 < m_size && m_data[m_pos + 1] == '<') {
        m_pos += 2;
        PdfDict dict;
        for (;;) {
            skipWhitespace();
            if (m_pos + 1 < m_size && m_data[m_pos] == '>' && m_data[m_pos + 1] == '>') {
                m_pos += 2;
                break;
            }
            if (m_pos >= m_size || m_data[m_pos] != '/')
                return false;
            QByteArray key;
            parseName(&key);
            PdfObject value;
            if (!parseObject(&value, depth + 1))
                return false;
            dict.insert(key, value);
        }
        *out = PdfObject{dict};
        return true;
    }
    if (c == '<') {
        QByteArray s;
        if (!parseHexString(&s))
            return false;
        *out = PdfObject::fromString(s, true);
        return true;
    }
    if (c == '[') {
        ++m_pos;
        PdfArray array;
        for (;;) {
            skipWhitespace();
            if (m_pos < m_size && m_data[m_pos] == ']') {
                ++m_pos;
                break;
            }
            PdfObject item;
            if (!parseObject(&item, depth + 1))
                return false;
            array.append(item);
        }
        *out = PdfObject{array};
        return true;
    }
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        // "12 0 R" is a reference; anything else a number.
        const qint64 save = m_pos;
        qint64 number = 0;
        qint64 generation = 0;
        if (readInt(&number)) {
            const qint64 afterFirst = m_pos;
            if (readInt(&generation) && expectKeyword("R") && number >= 0 && number < (1 << 24) &&
                generation >= 0 && generation < 65536) {
                *out = PdfObject::fromRef({int(number), int(generation)});
                return true;
            }
            m_pos = afterFirst;
            *out = PdfObject{number};
            return true;
        }
        m_pos = save;
        return parseNumber(out);
    }
    const QByteArray token = peekToken();
    if (token == "true" || token == "false") {
        m_pos += token.size();
        *out = PdfObject{token == "true"};
        return true;
    }
    if (token == "null") {
        m_pos += token.size();
        *out = PdfObject{};
        return true;
    }
    return false;
}

// ---- PdfReader -------------------------------------------------------------------------------

PdfReader::~PdfReader()
{
    if (m_file.isOpen() && m_data && m_buffer.isEmpty())
        m_file.unmap(reinterpret_cast<uchar*>(const_cast<char*>(m_data)));
}

Result<std::unique_ptr<PdfReader>> PdfReader::open(const QString& path)
{
    std::unique_ptr<PdfReader> reader(new PdfReader);
    reader->m_file.setFileName(path);
    reader->m_path = path;
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Error(tr("Berkas %1 tidak dapat dibuka").arg(QFileInfo(path).fileName()), Error::Code::Io);
    reader->m_size = reader->m_file.size();
    if (reader->m_size == 0)
        return Error(tr("Berkas %1 kosong").arg(QFileInfo(path).fileName()), Error::Code::InvalidInput);
    uchar* mapped = reader->m_file.map(0, reader->m_size);
    if (!mapped) {
        reader->m_buffer = reader->m_file.readAll();
        reader->m_data = reader->m_buffer.constData();
    } else {
        reader->m_data = reinterpret_cast<const char*>(mapped);
    }
    if (Status s = reader->parse(); !s)
        return Error(tr("%1 bukan PDF yang valid: %2").arg(QFileInfo(path).fileName(), s.errorMessage()),
                     Error::Code::InvalidInput);
    return reader;
}

Result<std::unique_ptr<PdfReader>> PdfReader::fromBuffer(const QByteArray& data)
{
    std::unique_ptr<PdfReader> reader(new PdfReader);
    reader->m_buffer = data;
    reader->m_data = reader->m_buffer.constData();
    reader->m_size = reader->m_buffer.size();
    if (Status s = reader->parse(); !s)
        return Error(tr("Bukan PDF yang valid: %1").arg(s.errorMessage()), Error::Code::InvalidInput);
    return reader;
}

bool PdfReader::readRange(qint64 offset, qint64 length,
                          const std::function<void(const char*, qint64)>& sink) const
{
    if (offset < 0 || length < 0 || offset + length > m_size)
        return false;
    if (m_path.isEmpty()) {
        sink(m_data + offset, length);
        return true;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset))
        return false;
    constexpr qint64 chunk = 1 << 20;
    QByteArray buffer(int(chunk), Qt::Uninitialized);
    while (length > 0) {
        const qint64 n = file.read(buffer.data(), std::min(chunk, length));
        if (n <= 0)
            return false;
        sink(buffer.constData(), n);
        length -= n;
    }
    return true;
}

int PdfReader::objectCount() const
{
    return int(m_trailer.value("Size").integer());
}

Status PdfReader::parse()
{
    if (m_size < 16 || std::memcmp(m_data, "%PDF-", 5) != 0)
        return Error(QStringLiteral("no %PDF header"), Error::Code::InvalidInput);
    // startxref sits in the last kilobyte or so.
    const qint64 tail = std::max<qint64>(0, m_size - 2048);
    const QByteArray end(m_data + tail, int(m_size - tail));
    const int at = end.lastIndexOf("startxref");
    if (at < 0)
        return Error(QStringLiteral("no startxref"), Error::Code::InvalidInput);
    PdfParser p(m_data, m_size, tail + at + 9);
    qint64 offset = 0;
    if (!p.readInt(&offset) || offset <= 0 || offset >= m_size)
        return Error(QStringLiteral("bad startxref offset"), Error::Code::InvalidInput);
    m_lastXref = offset;
    if (Status s = readXrefAt(offset, true, 0); !s)
        return s;
    if (m_trailer.contains("Encrypt"))
        return Error(tr("PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu"),
                     Error::Code::InvalidInput);
    if (!m_trailer.value("Root").isRef())
        return Error(QStringLiteral("trailer has no /Root"), Error::Code::InvalidInput);
    return {};
}

Status PdfReader::readXrefAt(qint64 offset, bool first, int depth)
{
    if (depth > 256 || offset <= 0 || offset >= m_size)
        return Error(QStringLiteral("bad xref chain"), Error::Code::InvalidInput);
    PdfParser p(m_data, m_size, offset);
    PdfDict trailer;
    const bool joinsSection = m_nextJoinsSection;
    m_nextJoinsSection = false;
    if (!joinsSection)
        m_sections.append(XrefSection{offset, {}, {}, {}});
    const qsizetype section = m_sections.size() - 1;
    if (p.expectKeyword("xref")) {
        if (first)
            m_lastXrefIsStream = false;
        for (;;) {
            qint64 start = 0;
            qint64 count = 0;
            const qint64 save = p.pos();
            if (!p.readInt(&start) || !p.readInt(&count)) {
                p.setPos(save);
                break;
            }
            if (start < 0 || count < 0 || count > 10'000'000)
                return Error(QStringLiteral("bad xref subsection"), Error::Code::InvalidInput);
            for (qint64 i = 0; i < count; ++i) {
                qint64 off = 0;
                qint64 gen = 0;
                if (!p.readInt(&off) || !p.readInt(&gen))
                    return Error(QStringLiteral("bad xref entry"), Error::Code::InvalidInput);
                p.skipWhitespace();
                if (p.atEnd())
                    return Error(QStringLiteral("truncated xref"), Error::Code::InvalidInput);
                const char kind = m_data[p.pos()];
                p.setPos(p.pos() + 1);
                const int number = int(start + i);
                if (kind == 'n') {
                    m_locations.append({number, 1, off, 0, 0});
                    m_sections[section].used.append({number, 1, off, 0, 0});
                } else if (number > 0) {
                    m_sections[section].freed.append(number);
                }
                if (!m_entries.contains(number)) {
                    Entry e;
                    e.type = kind == 'n' ? 1 : 0;
                    e.offset = off;
                    m_entries.insert(number, e);
                }
            }
        }
        if (!p.expectKeyword("trailer"))
            return Error(QStringLiteral("no trailer"), Error::Code::InvalidInput);
        PdfObject t;
        if (!p.parseObject(&t) || !t.isDict())
            return Error(QStringLiteral("bad trailer"), Error::Code::InvalidInput);
        trailer = t.dict();
        // Hybrid files: a classic table plus an xref stream for the compressed objects.
        if (trailer.value("XRefStm").isInt()) {
            m_sections[section].trailer = trailer;
            m_nextJoinsSection = true;
            if (Status s = readXrefAt(trailer.value("XRefStm").integer(), false, depth + 1); !s)
                return s;
        }
    } else {
        if (first)
            m_lastXrefIsStream = true;
        PdfDict dict;
        qint64 dataOffset = 0;
        auto obj = objectAt(offset, -1, &dict, &dataOffset);
        if (!obj)
            return obj.error();
        if (dict.value("Type").name() != "XRef")
            return Error(QStringLiteral("startxref does not point at a cross-reference"),
                         Error::Code::InvalidInput);
        auto data = streamData(dict, dataOffset);
        if (!data)
            return data.error();
        const PdfArray w = dict.value("W").array();
        if (w.size() != 3)
            return Error(QStringLiteral("bad /W"), Error::Code::InvalidInput);
        const int w0 = int(w.at(0).integer()), w1 = int(w.at(1).integer()), w2 = int(w.at(2).integer());
        if (w0 < 0 || w1 < 0 || w2 < 0 || w0 > 8 || w1 > 8 || w2 > 8 || w0 + w1 + w2 == 0)
            return Error(QStringLiteral("bad /W"), Error::Code::InvalidInput);
        PdfArray index = dict.value("Index").isArray() ? dict.value("Index").array()
                                                       : PdfArray{PdfObject::fromInt(0), dict.value("Size")};
        const int rowSize = w0 + w1 + w2;
        qint64 pos = 0;
        auto field = [&](int width, qint64 fallback) {
            if (width == 0)
                return fallback;
            qint64 v = 0;
            for (int i = 0; i < width; ++i)
                v = (v << 8) | static_cast<unsigned char>(data->at(pos++));
            return v;
        };
        for (int s = 0; s + 1 < index.size(); s += 2) {
            const qint64 start = index.at(s).integer();
            const qint64 count = index.at(s + 1).integer();
            for (qint64 i = 0; i < count; ++i) {
                if (pos + rowSize > data->size())
                    return Error(QStringLiteral("truncated xref stream"), Error::Code::InvalidInput);
                const qint64 type = field(w0, 1);
                const qint64 a = field(w1, 0);
                const qint64 b = field(w2, 0);
                const int number = int(start + i);
                if (type == 1)
                    m_locations.append({number, 1, a, 0, 0});
                else if (type == 2)
                    m_locations.append({number, 2, 0, int(a), int(b)});
                if (type == 1 || type == 2)
                    m_sections[section].used.append(m_locations.last());
                else if (type == 0 && number > 0)
                    m_sections[section].freed.append(number);
                if (m_entries.contains(number))
                    continue;
                Entry e;
                e.type = int(type);
                if (type == 1)
                    e.offset = a;
                else if (type == 2) {
                    e.streamNumber = int(a);
                    e.index = int(b);
                }
                m_entries.insert(number, e);
            }
        }
        trailer = dict;
    }
    if (first)
        m_trailer = trailer;
    if (!joinsSection)
        m_sections[section].trailer = trailer;
    if (trailer.value("Prev").isInt())
        return readXrefAt(trailer.value("Prev").integer(), false, depth + 1);
    return {};
}

Result<PdfObject> PdfReader::objectAt(qint64 offset, int expectedNumber, PdfDict* streamDict,
                                      qint64* dataOffset)
{
    if (offset <= 0 || offset >= m_size)
        return Error(QStringLiteral("object offset out of range"), Error::Code::InvalidInput);
    PdfParser p(m_data, m_size, offset);
    qint64 number = 0;
    qint64 generation = 0;
    if (!p.readInt(&number) || !p.readInt(&generation) || !p.expectKeyword("obj"))
        return Error(QStringLiteral("no object at offset %1").arg(offset), Error::Code::InvalidInput);
    if (expectedNumber >= 0 && number != expectedNumber)
        return Error(QStringLiteral("xref points at object %1, expected %2").arg(number).arg(expectedNumber),
                     Error::Code::InvalidInput);
    PdfObject obj;
    if (!p.parseObject(&obj))
        return Error(QStringLiteral("syntax error in object %1").arg(number), Error::Code::InvalidInput);
    if (obj.isDict() && p.expectKeyword("stream")) {
        qint64 pos = p.pos();
        if (pos < m_size && m_data[pos] == '\r')
            ++pos;
        if (pos < m_size && m_data[pos] == '\n')
            ++pos;
        if (streamDict)
            *streamDict = obj.dict();
        if (dataOffset)
            *dataOffset = pos;
    }
    return obj;
}

Result<QByteArray> PdfReader::streamData(const PdfDict& dict, qint64 dataOffset)
{
    auto lengthObj = resolve(dict.value("Length"));
    if (!lengthObj)
        return lengthObj.error();
    const qint64 length = lengthObj->integer();
    if (length < 0 || dataOffset <= 0 || dataOffset + length > m_size)
        return Error(QStringLiteral("stream length out of range"), Error::Code::InvalidInput);
    QByteArray raw(m_data + dataOffset, int(length));
    PdfObject filter = dict.value("Filter");
    if (filter.isArray() && filter.array().size() == 1) {
        const PdfObject only =
            filter.array().first(); // copy first: assigning an element to its own container frees it
        filter = only;
    }
    if (filter.isNull())
        return raw;
    if (filter.name() != "FlateDecode")
        return Error(QStringLiteral("unsupported stream filter"), Error::Code::InvalidInput);
    auto inflated = inflate(raw);
    if (!inflated)
        return inflated;
    PdfObject parms = dict.value("DecodeParms");
    if (parms.isArray() && !parms.array().isEmpty()) {
        const PdfObject first = parms.array().first();
        parms = first;
    }
    if (!parms.isDict())
        return inflated;
    const PdfDict& d = parms.dict();
    return unpredict(*inflated, int(d.value("Predictor").integer()),
                     d.contains("Columns") ? int(d.value("Columns").integer()) : 1,
                     d.contains("Colors") ? int(d.value("Colors").integer()) : 1,
                     d.contains("BitsPerComponent") ? int(d.value("BitsPerComponent").integer()) : 8);
}

Result<PdfObject> PdfReader::objectInStream(int streamNumber, int index, int number)
{
    if (!m_objectStreams.contains(streamNumber)) {
        const Entry e = m_entries.value(streamNumber);
        if (e.type != 1)
            return Error(QStringLiteral("object stream %1 missing").arg(streamNumber),
                         Error::Code::InvalidInput);
        PdfDict dict;
        qint64 dataOffset = 0;
        auto obj = objectAt(e.offset, streamNumber, &dict, &dataOffset);
        if (!obj)
            return obj.error();
        auto data = streamData(dict, dataOffset);
        if (!data)
            return data.error();
        m_objectStreams.insert(streamNumber, *data);
        m_cache.insert(-streamNumber - 1, *obj); // keep its dictionary for /First and /N
    }
    const QByteArray& data = m_objectStreams[streamNumber];
    const PdfDict& dict = m_cache[-streamNumber - 1].dict();
    const qint64 first = dict.value("First").integer();
    const qint64 n = dict.value("N").integer();
    if (index < 0 || index >= n || first <= 0 || first > data.size())
        return Error(QStringLiteral("bad object stream index"), Error::Code::InvalidInput);
    PdfParser header(data.constData(), data.size(), 0);
    qint64 objNumber = 0;
    qint64 objOffset = 0;
    for (int i = 0; i <= index; ++i) {
        if (!header.readInt(&objNumber) || !header.readInt(&objOffset))
            return Error(QStringLiteral("bad object stream header"), Error::Code::InvalidInput);
    }
    if (objNumber != number || first + objOffset >= data.size())
        return Error(QStringLiteral("object stream does not hold object %1").arg(number),
                     Error::Code::InvalidInput);
    PdfParser p(data.constData(), data.size(), first + objOffset);
    PdfObject obj;
    if (!p.parseObject(&obj))
        return Error(QStringLiteral("syntax error in object %1").arg(number), Error::Code::InvalidInput);
    return obj;
}

Result<PdfObject> PdfReader::objectAtOffset(qint64 offset, int expectedNumber, qint64* streamDataOffset)
{
    if (streamDataOffset)
        *streamDataOffset = -1;
    return objectAt(offset, expectedNumber, nullptr, streamDataOffset);
}

Result<PdfObject> PdfReader::objectInObjectStream(int streamNumber, int index, int number)
{
    return objectInStream(streamNumber, index, number);
}

Result<PdfObject> PdfReader::object(int number)
{
    if (auto it = m_cache.constFind(number); it != m_cache.cend())
        return *it;
    const auto it = m_entries.constFind(number);
    if (it == m_entries.cend() || it->type == 0)
        return PdfObject{}; // free or missing objects are null (§7.3.10)
    Result<PdfObject> obj =
        it->type == 1 ? objectAt(it->offset, number) : objectInStream(it->streamNumber, it->index, number);
    if (obj)
        m_cache.insert(number, *obj);
    return obj;
}

Result<PdfObject> PdfReader::resolve(const PdfObject& maybeRef)
{
    if (!maybeRef.isRef())
        return maybeRef;
    if (++m_resolveDepth > kMaxDepth) {
        m_resolveDepth = 0;
        return Error(QStringLiteral("reference loop"), Error::Code::InvalidInput);
    }
    auto obj = object(maybeRef.ref().number);
    if (obj && obj->isRef())
        obj = resolve(*obj);
    m_resolveDepth = std::max(0, m_resolveDepth - 1);
    return obj;
}

Result<PdfDict> PdfReader::catalog()
{
    auto root = resolve(m_trailer.value("Root"));
    if (!root)
        return root.error();
    if (!root->isDict())
        return Error(QStringLiteral("catalog is not a dictionary"), Error::Code::InvalidInput);
    return root->dict();
}

Result<QList<PdfRef>> PdfReader::pages()
{
    auto cat = catalog();
    if (!cat)
        return cat.error();
    QList<PdfRef> out;
    QList<QPair<PdfObject, int>> stack{{cat->value("Pages"), 0}};
    int visited = 0;
    while (!stack.isEmpty()) {
        auto [node, depth] = stack.takeLast();
        if (++visited > 1'000'000 || depth > kMaxDepth || !node.isRef())
            return Error(QStringLiteral("bad page tree"), Error::Code::InvalidInput);
        auto obj = resolve(node);
        if (!obj)
            return obj.error();
        if (!obj->isDict())
            return Error(QStringLiteral("bad page tree node"), Error::Code::InvalidInput);
        const PdfDict& d = obj->dict();
        if (d.value("Type").name() == "Page" || !d.contains("Kids")) {
            out.append(node.ref());
            continue;
        }
        auto kids = resolve(d.value("Kids"));
        if (!kids)
            return kids.error();
        const PdfArray arr = kids->isArray() ? kids->array() : PdfArray{};
        for (auto k = arr.crbegin(); k != arr.crend(); ++k)
            stack.append({*k, depth + 1});
    }
    return out;
}

Result<QList<PdfSignatureField>> PdfReader::signatureFields()
{
    QList<PdfSignatureField> out;
    auto cat = catalog();
    if (!cat)
        return cat.error();
    auto form = resolve(cat->value("AcroForm"));
    if (!form)
        return form.error();
    if (!form->isDict())
        return out;
    auto fields = resolve(form->dict().value("Fields"));
    if (!fields)
        return fields.error();
    if (!fields->isArray())
        return out;
    QList<PdfObject> queue = fields->array();
    int visited = 0;
    while (!queue.isEmpty() && ++visited < 100000) {
        const PdfObject fieldRef = queue.takeFirst();
        auto field = resolve(fieldRef);
        if (!field)
            return field.error();
        if (!field->isDict())
            continue;
        const PdfDict& f = field->dict();
        if (f.contains("Kids")) {
            auto kids = resolve(f.value("Kids"));
            if (kids && kids->isArray())
                queue.append(kids->array());
        }
        if (f.value("FT").name() != "Sig" || !f.contains("V"))
            continue;
        auto v = resolve(f.value("V"));
        if (!v)
            return v.error();
        if (!v->isDict())
            continue;
        const PdfDict& sig = v->dict();
        PdfSignatureField s;
        if (fieldRef.isRef())
            s.field = fieldRef.ref();
        if (f.value("V").isRef())
            s.value = f.value("V").ref();
        for (const PdfObject& n : sig.value("ByteRange").array())
            s.byteRange.append(n.integer());
        s.contents = sig.value("Contents").string();
        s.subFilter = sig.value("SubFilter").name();
        s.name = QString::fromLatin1(f.value("T").string());
        s.claimedTime = QString::fromLatin1(sig.value("M").string());
        s.reason = QString::fromUtf8(sig.value("Reason").string());
        s.location = QString::fromUtf8(sig.value("Location").string());
        out.append(s);
    }
    return out;
}

} // namespace lontar::esign
