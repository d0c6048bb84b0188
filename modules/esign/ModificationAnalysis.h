#pragma once

#include "core/Result.h"
#include "esign/PdfObject.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lontar::esign {

class PdfReader;

// One change that a revision after a signature made, judged allowed or not.
struct Modification
{
    int revision = 0;            // 1 = the original file, counted along the /Prev chain; 0: not a revision
    bool signedRevision = false; // covered by a later intact signature
    bool allowed = false;
    int objectNumber = 0; // 0 when the change is not about one object
    QString text;         // plain Indonesian, e.g. "halaman 1: isi halaman diubah (objek 12)"

    // The text with its revision and the judgement, as the reports show it.
    QString describe() const;
};

// A signature as the analysis needs it.
struct SignaturePosition
{
    int objectNumber = 0;     // its signature dictionary
    qint64 objectOffset = -1; // where that dictionary's object starts
    qint64 signedEnd = 0;     // one past the last signed byte
    bool intact = false;      // only intact signatures vouch for the revisions they cover
};

// What happened after one signature.
struct ChangeAnalysis
{
    int revisionsAfter = 0; // later xref sections, plus one for unsigned bytes after the final %%EOF
    QList<Modification> modifications;
    // DocMDP /P when this signature certifies the document (1 no changes, 2 form filling and signing,
    // 3 also annotations); 0 for an approval signature.
    int certificationLevel = 0;
    QString certificationProblem; // e.g. a DocMDP reference on a signature that is not the first

    bool hasDisallowed() const;
};

// Difference analysis between revisions, after pyHanko's model: every later revision is compared
// object by object with the state before it, and each new, changed or freed object must be explained by
// a whitelisting rule (a new signature field and its widget, a signature or document timestamp
// dictionary, DSS, AcroForm /SigFlags and /DR additions, identical re-saves, and what the DocMDP level
// allows: form filling at P=2, annotations at P=3). Anything else — page content, resources, the page
// tree, other catalog keys, deleted objects, objects redefined into older bytes — is disallowed and named.
// Without a certification signature, form filling and annotations are allowed only in revisions that a
// later intact signature covers: in an unsigned revision they are the shadow attack's overlay.
class ModificationAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ModificationAnalysis)

public:
    // One result per signature, in the order given. An error only when the file's structure cannot be
    // read at all; an unreadable object in a later revision is a disallowed change, not an error.
    static Result<QList<ChangeAnalysis>> analyse(PdfReader& pdf, const QList<SignaturePosition>& signatures);
};

} // namespace lontar::esign
