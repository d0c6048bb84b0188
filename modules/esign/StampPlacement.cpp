#include "esign/StampPlacement.h"

#include "esign/PdfReader.h"

#include <QFile>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lontar::esign {

namespace {

// The part of a page that is shown: /CropBox clipped to /MediaBox (as Poppler and every viewer do),
// and the page's /Rotate, both inherited through the page tree.
struct PageGeometry
{
    double x1 = 0, y1 = 0, x2 = 612, y2 = 792; // user space
    int rotation = 0;                          // 0, 90, 180, 270 (clockwise on screen)

    double displayWidth() const { return rotation % 180 == 0 ? x2 - x1 : y2 - y1; }
    double displayHeight() const { return rotation % 180 == 0 ? y2 - y1 : x2 - x1; }

    // A point of the displayed page (points, origin top-left, y down) in user space.
    QPointF toUser(double dx, double dy) const
    {
        switch (rotation) {
        case 90:
            return {x1 + dy, y1 + dx};
        case 180:
            return {x2 - dx, y1 + dy};
        case 270:
            return {x2 - dy, y2 - dx};
        default:
            return {x1 + dx, y2 - dy};
        }
    }
    QRectF toUser(const QRectF& display) const
    {
        const QPointF a = toUser(display.left(), display.top());
        const QPointF b = toUser(display.right(), display.bottom());
        return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                      QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
    }
    // The stamp's user-space size as it appears on screen.
    QSizeF displaySize(const QSizeF& user) const
    {
        return rotation % 180 == 0 ? user : QSizeF(user.height(), user.width());
    }
};

std::optional<QRectF> boxOf(const PdfObject& value)
{
    const PdfArray& a = value.array();
    if (a.size() != 4)
        return std::nullopt;
    const double x1 = a.at(0).number(), y1 = a.at(1).number(), x2 = a.at(2).number(), y2 = a.at(3).number();
    const QRectF r(QPointF(std::min(x1, x2), std::min(y1, y2)), QPointF(std::max(x1, x2), std::max(y1, y2)));
    if (r.width() <= 0 || r.height() <= 0)
        return std::nullopt;
    return r;
}

Result<PageGeometry> geometryOf(PdfReader& pdf, const PdfRef& pageRef)
{
    std::optional<QRectF> media, crop;
    std::optional<qint64> rotate;
    PdfObject node = PdfObject::fromRef(pageRef);
    // /MediaBox, /CropBox and /Rotate are inheritable (ISO 32000-1 §7.7.3.4): the nearest one wins.
    for (int depth = 0; depth < 64 && node.isRef(); ++depth) {
        auto obj = pdf.resolve(node);
        if (!obj)
            return obj.error();
        const PdfDict& d = obj->dict();
        if (!media && d.contains("MediaBox"))
            if (auto r = pdf.resolve(d.value("MediaBox")); r)
                media = boxOf(*r);
        if (!crop && d.contains("CropBox"))
            if (auto r = pdf.resolve(d.value("CropBox")); r)
                crop = boxOf(*r);
        if (!rotate && d.contains("Rotate"))
            if (auto r = pdf.resolve(d.value("Rotate")); r)
                rotate = qint64(r->number());
        node = d.value("Parent");
    }
    PageGeometry g;
    QRectF visible = media.value_or(QRectF(0, 0, 612, 792)); // US Letter: the spec's default
    if (crop) {
        const QRectF clipped = crop->intersected(visible);
        if (clipped.width() > 0 && clipped.height() > 0)
            visible = clipped;
    }
    g.x1 = visible.left();
    g.y1 = visible.top(); // QRectF "top" is the smaller y: here the bottom edge in PDF terms
    g.x2 = visible.right();
    g.y2 = visible.bottom();
    g.rotation = int(((rotate.value_or(0) % 360) + 360) % 360) / 90 * 90;
    return g;
}

// The page's text as a run of non-space characters, each with its box, in Poppler's reading order.
struct PageText
{
    QString folded; // case-folded, whitespace removed
    std::vector<QRectF> boxes;
    double lowestBottom = -1; // display space: bottom of the lowest text; -1 without text
};

PageText extractText(const Poppler::Page& page)
{
    PageText t;
    for (const auto& word : page.textList()) {
        const QString text = word->text();
        const QRectF wordBox = word->boundingBox();
        bool any = false;
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace())
                continue;
            // Poppler gives one box per character of the word; past the end (a ligature expanded to two
            // characters) it gives an empty box, and the word's box stands in.
            const QRectF box = word->charBoundingBox(i);
            t.folded += text.at(i).toCaseFolded();
            t.boxes.push_back(box.isNull() ? wordBox : box);
            any = true;
        }
        if (any)
            t.lowestBottom = std::max(t.lowestBottom, wordBox.bottom());
    }
    return t;
}

QString foldedNeedle(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out += c.toCaseFolded();
    return out;
}

// The display-space box of the first occurrence of `needle` on the page, if any.
std::optional<QRectF> findOnPage(const PageText& text, const QString& needle)
{
    if (needle.isEmpty())
        return std::nullopt;
    const qsizetype at = text.folded.indexOf(needle);
    if (at < 0)
        return std::nullopt;
    QRectF box = text.boxes.at(size_t(at));
    for (qsizetype i = at + 1; i < at + needle.size(); ++i)
        box = box.united(text.boxes.at(size_t(i)));
    return box;
}

QRectF clampInto(QRectF r, double width, double height)
{
    // A stamp larger than the page keeps its size and starts at the top-left corner.
    r.moveLeft(std::clamp(r.left(), 0.0, std::max(0.0, width - r.width())));
    r.moveTop(std::clamp(r.top(), 0.0, std::max(0.0, height - r.height())));
    return r;
}

struct OpenedDocument
{
    std::unique_ptr<Poppler::Document> poppler;
};

Result<OpenedDocument> openDocument(const QString& path, DocumentProblem* problem)
{
    auto fail = [&](DocumentProblem kind, const QString& message, Error::Code code) {
        if (problem)
            *problem = kind;
        return Error(message, code);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DocumentProblem::Unreadable, StampPlacer::tr("berkas tidak dapat dibuka"),
                    Error::Code::Io);
    // Poppler accepts junk before the header; the signer does not, so both agree on "not a PDF" here.
    if (!file.read(1024).contains("%PDF-"))
        return fail(DocumentProblem::NotPdf, StampPlacer::tr("bukan berkas PDF"), Error::Code::InvalidInput);
    file.close();
    OpenedDocument d;
    d.poppler = Poppler::Document::load(path);
    // Encryption first: Poppler must not be asked for pages of a locked document (it crashes).
    if (d.poppler && (d.poppler->isLocked() || d.poppler->isEncrypted()))
        return fail(DocumentProblem::Encrypted,
                    StampPlacer::tr("PDF terenkripsi (dilindungi kata sandi); buka kuncinya terlebih dahulu"),
                    Error::Code::InvalidInput);
    if (!d.poppler || d.poppler->numPages() < 1)
        return fail(DocumentProblem::Corrupt, StampPlacer::tr("PDF rusak: strukturnya tidak dapat dibaca"),
                    Error::Code::InvalidInput);
    if (problem)
        *problem = DocumentProblem::None;
    return d;
}

void quietPoppler(const QString&, const QVariant&) {}

} // namespace

// The smallest document Poppler accepts: its only purpose is to hold a reference to the globals.
struct PopplerSession::Holder
{
    std::unique_ptr<Poppler::Document> document;
};

PopplerSession::PopplerSession()
    : m_holder(std::make_unique<Holder>())
{
    static const QByteArray minimal = [] {
        QByteArray pdf = "%PDF-1.4\n";
        const QList<QByteArray> objects{"<</Type/Catalog/Pages 2 0 R>>",
                                        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>"};
        QList<qsizetype> offsets;
        for (int i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 4\n0000000000 65535 f\r\n";
        for (qsizetype o : offsets)
            pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
        pdf += "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    }();
    m_holder->document = Poppler::Document::loadFromData(minimal);
}

PopplerSession::~PopplerSession() = default;

QString StampPlacement::describe() const
{
    switch (method) {
    case Method::AnchorText:
        return StampPlacer::tr("di penanda, halaman %1").arg(page);
    case Method::SignerName:
        return StampPlacer::tr("di atas nama penanda tangan, halaman %1").arg(page);
    case Method::BelowLastText:
        return StampPlacer::tr("tanpa penanda: di kanan bawah halaman terakhir (%1), di bawah teks terakhir")
            .arg(page);
    case Method::BottomRight:
        return StampPlacer::tr("tanpa penanda: di kanan bawah halaman terakhir (%1)").arg(page);
    }
    return {};
}

void StampPlacer::silencePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(quietPoppler, QVariant()); });
}

Status StampPlacer::check(const QString& pdfPath, DocumentProblem* problem)
{
    auto opened = openDocument(pdfPath, problem);
    if (!opened)
        return opened.error();
    return {};
}

Result<StampPlacement> StampPlacer::place(const QString& pdfPath, const PlacementOptions& options,
                                          DocumentProblem* problem)
{
    auto opened = openDocument(pdfPath, problem);
    if (!opened)
        return opened.error();
    Poppler::Document& doc = *opened->poppler;
    // The reader's own words are technical ("no startxref"); the user gets what it means.
    auto corrupt = [&] {
        if (problem)
            *problem = DocumentProblem::Corrupt;
        return Error(tr("PDF rusak: strukturnya tidak dapat dibaca"), Error::Code::InvalidInput);
    };
    // The page boxes come from our own reader, which is also what the signer will read: a file it
    // cannot parse fails here with the same words instead of after the placement.
    auto reader = PdfReader::open(pdfPath);
    if (!reader)
        return corrupt();
    auto pageRefs = (*reader)->pages();
    if (!pageRefs)
        return corrupt();
    const int pageCount = doc.numPages();
    if (pageRefs->size() != pageCount)
        return corrupt();

    std::vector<std::optional<PageText>> texts(static_cast<size_t>(pageCount));
    auto textOf = [&](int index) -> const PageText& {
        auto& slot = texts[size_t(index)];
        if (!slot) {
            std::unique_ptr<Poppler::Page> page(doc.page(index));
            slot = page ? extractText(*page) : PageText{};
        }
        return *slot;
    };

    StampPlacement placement;
    placement.pageCount = pageCount;
    auto finish = [&](int index, QRectF display, StampPlacement::Method method) -> Result<StampPlacement> {
        auto geometry = geometryOf(**reader, pageRefs->at(index));
        if (!geometry)
            return corrupt();
        display = clampInto(display, geometry->displayWidth(), geometry->displayHeight());
        placement.page = index + 1;
        placement.method = method;
        placement.rect = geometry->toUser(display);
        return placement;
    };
    // Needs the geometry before the rectangle can be sized on screen, so the search only yields a box.
    auto displaySizeOn = [&](int index) -> QSizeF {
        auto geometry = geometryOf(**reader, pageRefs->at(index));
        return geometry ? geometry->displaySize(options.stampSize) : options.stampSize;
    };

    const QString anchor = foldedNeedle(options.anchorText);
    for (int i = pageCount - 1; !anchor.isEmpty() && i >= 0; --i) {
        if (auto box = findOnPage(textOf(i), anchor)) {
            const QSizeF size = displaySizeOn(i);
            return finish(i, QRectF(box->topLeft(), size), StampPlacement::Method::AnchorText);
        }
    }
    const QString name = foldedNeedle(options.signerName);
    for (int i = pageCount - 1; !name.isEmpty() && i >= 0; --i) {
        if (auto box = findOnPage(textOf(i), name)) {
            const QSizeF size = displaySizeOn(i);
            const QRectF display(box->center().x() - size.width() / 2,
                                 box->top() - options.gap - size.height(), size.width(), size.height());
            return finish(i, display, StampPlacement::Method::SignerName);
        }
    }

    // No anchor anywhere: the last page, right-aligned at the margin, under the text if it fits there.
    const int last = pageCount - 1;
    auto geometry = geometryOf(**reader, pageRefs->at(last));
    if (!geometry)
        return corrupt();
    const QSizeF size = geometry->displaySize(options.stampSize);
    const double width = geometry->displayWidth(), height = geometry->displayHeight();
    const double left = width - options.margin - size.width();
    const double lowest = textOf(last).lowestBottom;
    const double below = lowest + options.gap;
    if (lowest >= 0 && below + size.height() <= height - options.margin)
        return finish(last, QRectF(left, below, size.width(), size.height()),
                      StampPlacement::Method::BelowLastText);
    return finish(last, QRectF(left, height - options.margin - size.height(), size.width(), size.height()),
                  StampPlacement::Method::BottomRight);
}

} // namespace lontar::esign
