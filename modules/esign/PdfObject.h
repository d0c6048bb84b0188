#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <memory>
#include <variant>

namespace lontar::esign {

// A parsed PDF object (ISO 32000-1 §7.3). Small and value-typed: the signer reads a handful of
// dictionaries (trailer, catalog, page, AcroForm) and writes a few new ones.
struct PdfRef
{
    int number = 0;
    int generation = 0;
    bool operator==(const PdfRef&) const = default;
};

struct PdfName
{
    QByteArray name; // without the slash, #xx escapes decoded
};

struct PdfObject;
using PdfArray = QList<PdfObject>;
using PdfDict = QMap<QByteArray, PdfObject>; // keys without the slash

struct PdfString
{
    QByteArray bytes;
    bool hex = false;
};

struct PdfNull
{
};

struct PdfObject
{
    std::variant<PdfNull, bool, qint64, double, PdfName, PdfString, PdfArray, PdfDict, PdfRef> value;

    bool isNull() const { return std::holds_alternative<PdfNull>(value); }
    bool isDict() const { return std::holds_alternative<PdfDict>(value); }
    bool isArray() const { return std::holds_alternative<PdfArray>(value); }
    bool isRef() const { return std::holds_alternative<PdfRef>(value); }
    bool isInt() const { return std::holds_alternative<qint64>(value); }
    bool isName() const { return std::holds_alternative<PdfName>(value); }
    bool isString() const { return std::holds_alternative<PdfString>(value); }

    // Lenient accessors: the wrong type reads as empty (untrusted input must never throw), and on a
    // temporary they return a copy, so `for (x : d.value("K").array())` never dangles (found by fuzzing).
    const PdfDict& dict() const& { return isDict() ? std::get<PdfDict>(value) : emptyDict(); }
    PdfDict dict() && { return isDict() ? std::get<PdfDict>(std::move(value)) : PdfDict{}; }
    PdfDict& dict() &
    {
        if (!isDict())
            value = PdfDict{}; // writing through a non-dictionary starts an empty one
        return std::get<PdfDict>(value);
    }
    const PdfArray& array() const& { return isArray() ? std::get<PdfArray>(value) : emptyArray(); }
    PdfArray array() && { return isArray() ? std::get<PdfArray>(std::move(value)) : PdfArray{}; }
    PdfArray& array() &
    {
        if (!isArray())
            value = PdfArray{};
        return std::get<PdfArray>(value);
    }
    PdfRef ref() const { return isRef() ? std::get<PdfRef>(value) : PdfRef{}; }
    qint64 integer() const { return isInt() ? std::get<qint64>(value) : 0; }
    double number() const;
    QByteArray name() const { return isName() ? std::get<PdfName>(value).name : QByteArray(); }
    QByteArray string() const { return isString() ? std::get<PdfString>(value).bytes : QByteArray(); }

    static PdfObject fromRef(PdfRef r) { return PdfObject{r}; }
    static PdfObject fromName(const QByteArray& n) { return PdfObject{PdfName{n}}; }
    static PdfObject fromInt(qint64 v) { return PdfObject{v}; }
    static PdfObject fromString(const QByteArray& s, bool hex = false)
    {
        return PdfObject{PdfString{s, hex}};
    }

    static const PdfDict& emptyDict();
    static const PdfArray& emptyArray();

    // Serialises back to PDF syntax.
    QByteArray serialize() const;
};

// A literal string for PDF text: PDFDocEncoding-safe ASCII stays as is, anything else becomes UTF-16BE with
// BOM.
PdfObject pdfText(const QString& text);

} // namespace lontar::esign
