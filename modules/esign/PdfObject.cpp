#include "esign/PdfObject.h"

#include <QString>

#include <cstring>

namespace lontar::esign {

const PdfDict& PdfObject::emptyDict()
{
    static const PdfDict empty;
    return empty;
}

const PdfArray& PdfObject::emptyArray()
{
    static const PdfArray empty;
    return empty;
}

double PdfObject::number() const
{
    if (std::holds_alternative<qint64>(value))
        return double(std::get<qint64>(value));
    if (std::holds_alternative<double>(value))
        return std::get<double>(value);
    return 0;
}

namespace {
QByteArray escapeName(const QByteArray& name)
{
    QByteArray out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e || std::strchr("#()<>[]{}/%", c))
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

QByteArray escapeLiteral(const QByteArray& s)
{
    QByteArray out;
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        if (c == '\r') {
            out += "\\r";
            continue;
        }
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}
} // namespace

QByteArray PdfObject::serialize() const
{
    struct Visitor
    {
        QByteArray operator()(const PdfNull&) const { return "null"; }
        QByteArray operator()(bool b) const { return b ? "true" : "false"; }
        QByteArray operator()(qint64 v) const { return QByteArray::number(v); }
        QByteArray operator()(double v) const
        {
            QByteArray s = QByteArray::number(v, 'f', 4);
            while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
                s.chop(1);
            return s.isEmpty() || s == "-" ? QByteArray("0") : s;
        }
        QByteArray operator()(const PdfName& n) const { return '/' + escapeName(n.name); }
        QByteArray operator()(const PdfString& s) const
        {
            return s.hex ? '<' + s.bytes.toHex() + '>' : '(' + escapeLiteral(s.bytes) + ')';
        }
        QByteArray operator()(const PdfArray& a) const
        {
            QByteArray out = "[";
            for (int i = 0; i < a.size(); ++i) {
                if (i)
                    out += ' ';
                out += a.at(i).serialize();
            }
            return out + ']';
        }
        QByteArray operator()(const PdfDict& d) const
        {
            QByteArray out = "<<";
            for (auto it = d.cbegin(); it != d.cend(); ++it)
                out += '/' + escapeName(it.key()) + ' ' + it.value().serialize();
            return out + ">>";
        }
        QByteArray operator()(const PdfRef& r) const
        {
            return QByteArray::number(r.number) + ' ' + QByteArray::number(r.generation) + " R";
        }
    };
    return std::visit(Visitor{}, value);
}

PdfObject pdfText(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return PdfObject::fromString(text.toLatin1());
    QByteArray utf16("\xfe\xff", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return PdfObject::fromString(utf16, true);
}

} // namespace lontar::esign
