#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace lontar::esign {

// Where the visible stamp goes on a document that nobody has looked at: found from the text layer.
struct PlacementOptions
{
    // A placeholder typed into the letter; the stamp covers it (top-left corner at the placeholder's
    // top-left corner). Searched first, case-insensitively, ignoring whitespace. Empty: not searched.
    QString anchorText = QStringLiteral("${ttd}");
    // Searched when no page carries anchorText: the stamp sits just above the name line, centred on it.
    // Empty: not searched.
    QString signerName;
    // The stamp's size in the page's user space (points). On a page shown rotated by 90 or 270 degrees
    // its footprint on screen is therefore height x width.
    QSizeF stampSize{220, 90};
    double margin = 56.7; // 2 cm: the right and bottom margins of the fallback position
    double gap = 4;       // between the stamp and the text it stands next to
};

struct StampPlacement
{
    enum class Method
    {
        AnchorText,    // covers the placeholder
        SignerName,    // just above the signer's name
        BelowLastText, // fallback: last page, right margin, just below the lowest text line
        BottomRight    // fallback: last page, bottom right margin area (no room below the text)
    };
    Method method = Method::BottomRight;
    int page = 1; // 1-based
    int pageCount = 0;
    QRectF rect; // PDF user space (points, origin bottom-left), inside the page's visible box
    bool usedFallback() const { return method == Method::BelowLastText || method == Method::BottomRight; }
    QString describe() const; // plain Indonesian, e.g. "penanda ${ttd} di halaman 2"
};

// Why a document cannot be read for placement (and so cannot be signed).
enum class DocumentProblem
{
    None,
    Unreadable, // cannot be opened at all (permissions, vanished)
    NotPdf,     // no %PDF- header
    Encrypted,  // password-protected or encrypted: signing it would need the password
    Corrupt     // PDF header, but the structure cannot be read
};

// Poppler builds its global parameters (font tables, ~0.7 ms) whenever the first document opens and
// drops them when the last one closes, so opening documents one after another pays that every time.
// Holding a session across a batch keeps them. Cheap to create; any thread.
class PopplerSession
{
public:
    PopplerSession();
    ~PopplerSession();
    PopplerSession(const PopplerSession&) = delete;
    PopplerSession& operator=(const PopplerSession&) = delete;

private:
    struct Holder;
    std::unique_ptr<Holder> m_holder;
};

// Finds the stamp position with Poppler's text layer. Pages are searched from the last one back: the
// first occurrence (reading order) on the last page that has the anchor wins. One text extraction per
// page searched, so a one-page letter costs one Poppler load and one text pass.
//
// Coordinates: Poppler reports text in the displayed page (origin top-left of the crop box, page
// /Rotate applied); the result is mapped back to PDF user space with the page's inherited /CropBox,
// /MediaBox and /Rotate, so rotated pages and boxes with a non-zero origin place the stamp correctly.
class StampPlacer
{
    Q_DECLARE_TR_FUNCTIONS(StampPlacer)

public:
    // `problem` (optional) says which kind of failure an error is.
    static Result<StampPlacement> place(const QString& pdfPath, const PlacementOptions& options,
                                        DocumentProblem* problem = nullptr);
    // Only opens the document with Poppler and classifies it (for invisible signing, where no
    // placement is needed but the reasons must be the same).
    static Status check(const QString& pdfPath, DocumentProblem* problem = nullptr);
    // Poppler prints syntax errors of damaged files to stderr; a command-line batch reports them as
    // one readable line per file instead. Process-wide; call once from a command-line tool.
    static void silencePopplerMessages();
};

} // namespace lontar::esign
