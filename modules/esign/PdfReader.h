#pragma once

#include "core/Result.h"
#include "esign/PdfObject.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace lontar::esign {

struct PdfSignatureField
{
    PdfRef field;            // the field (or merged field/widget) object
    PdfRef value;            // its /V signature dictionary
    QList<qint64> byteRange; // 4 numbers
    QByteArray contents;     // the CMS blob, hex-decoded, trailing zero padding kept
    QByteArray subFilter;
    QString name;        // /T
    QString claimedTime; // /M as written, e.g. D:20261122090000+07'00'
    QString reason;
    QString location;
};

// Read-only access to a PDF file: cross-reference tables and streams (with PNG predictors), object
// streams, incremental updates (/Prev chains, hybrid files), the page tree and signature fields.
// The file is memory-mapped, so opening a 200 MB file does not read it into the heap.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    ~PdfReader();
    static Result<std::unique_ptr<PdfReader>> open(const QString& path);
    // For tests and fuzzing: parse a buffer held by the caller for the reader's lifetime.
    static Result<std::unique_ptr<PdfReader>> fromBuffer(const QByteArray& data);

    qint64 size() const { return m_size; }
    const char* data() const { return m_data; }
    const PdfDict& trailer() const { return m_trailer; }
    qint64 lastXrefOffset() const { return m_lastXref; }
    bool lastXrefIsStream() const { return m_lastXrefIsStream; }
    int objectCount() const; // the trailer's /Size

    Result<PdfObject> object(int number);
    Result<PdfObject> resolve(const PdfObject& maybeRef);
    Result<PdfDict> catalog();
    Result<QList<PdfRef>> pages();
    Result<QList<PdfSignatureField>> signatureFields();

    // Feeds the bytes [offset, offset+length) to `sink` in chunks read from the file (not the mapping),
    // so hashing or copying a large file keeps memory flat. False on a read error.
    bool readRange(qint64 offset, qint64 length, const std::function<void(const char*, qint64)>& sink) const;

    // Decodes a stream's data (FlateDecode with PNG predictors); used for xref and object streams.
    Result<QByteArray> streamData(const PdfDict& dict, qint64 dataOffset);

    // Every in-use entry of every cross-reference section, newest revision first, older versions of an
    // object included: the verifier looks at all of them, not only what the newest revision shows.
    struct ObjectLocation
    {
        int number = 0;
        int type = 1; // 1: at byte `offset`, 2: object `index` of object stream `streamNumber`
        qint64 offset = 0;
        int streamNumber = 0;
        int index = 0;
    };
    const QList<ObjectLocation>& allObjectLocations() const { return m_locations; }
    // One cross-reference section (one revision) with its trailer, newest first along the /Prev chain; a
    // hybrid file's /XRefStm is part of its table's section. Free entries are kept: a later revision that
    // frees an object deletes it, and the modification analysis must see that.
    struct XrefSection
    {
        qint64 offset = 0; // where "xref" or the xref stream object starts
        PdfDict trailer;
        QList<ObjectLocation> used;
        QList<int> freed;
    };
    const QList<XrefSection>& xrefSections() const { return m_sections; }
    // Parses the object at a byte offset (any revision), uncached. For a stream, `streamDataOffset` (when
    // given) receives where its data starts, else -1.
    Result<PdfObject> objectAtOffset(qint64 offset, int expectedNumber, qint64* streamDataOffset = nullptr);
    // Parses object `number`, entry `index` of object stream `streamNumber`.
    Result<PdfObject> objectInObjectStream(int streamNumber, int index, int number);

private:
    PdfReader() = default;
    Status parse();
    Status readXrefAt(qint64 offset, bool first, int depth);
    Result<PdfObject> objectAt(qint64 offset, int expectedNumber, PdfDict* streamDict = nullptr,
                               qint64* dataOffset = nullptr);
    Result<PdfObject> objectInStream(int streamNumber, int index, int number);

    struct Entry
    {
        int type = 0; // 1: at byte offset, 2: inside an object stream
        qint64 offset = 0;
        int streamNumber = 0;
        int index = 0;
    };

    QFile m_file;
    QString m_path;
    QByteArray m_buffer;
    const char* m_data = nullptr;
    qint64 m_size = 0;
    PdfDict m_trailer;
    qint64 m_lastXref = 0;
    bool m_lastXrefIsStream = false;
    QHash<int, Entry> m_entries;
    QList<ObjectLocation> m_locations;
    QList<XrefSection> m_sections;
    bool m_nextJoinsSection = false; // the /XRefStm of a hybrid table being read
    QHash<int, PdfObject> m_cache;
    QHash<int, QByteArray> m_objectStreams;
    int m_resolveDepth = 0;
};

// Low-level tokenizer/parser, exposed for the writer and for tests.
class PdfParser
{
public:
    PdfParser(const char* data, qint64 size, qint64 pos)
        : m_data(data)
        , m_size(size)
        , m_pos(pos)
    {}
    // Parses one object; `a b R` becomes a reference. Returns false on a syntax error.
    bool parseObject(PdfObject* out, int depth = 0);
    bool expectKeyword(const char* keyword);
    qint64 pos() const { return m_pos; }
    void setPos(qint64 p) { m_pos = p; }
    void skipWhitespace();
    bool readInt(qint64* value);
    bool atEnd() const { return m_pos >= m_size; }

private:
    bool parseName(QByteArray* out);
    bool parseLiteralString(QByteArray* out);
    bool parseHexString(QByteArray* out);
    bool parseNumber(PdfObject* out);
    QByteArray peekToken();

    const char* m_data;
    qint64 m_size;
    qint64 m_pos;
};

} // namespace lontar::esign
