#pragma once

#include <QString>
#include <QStringList>

namespace lontar {

// Indonesian text for full-text search (catalogue products, records): folding and a conservative
// stemmer, shared so that every module indexes and queries the same way.
//
// The stemmer strips the common inflectional and derivational affixes (particle -nya; suffixes -kan,
// -an, -i; prefixes me-/mem-/men-/meng-/meny-, di-, ber-, ter-, pe-/pem-/pen-/peng-/peny-/per-) only
// while at least four letters remain, and -i only after a prefix, so short roots ("jalan", "kursi",
// "medan") survive. It is not a dictionary stemmer (Nazief-Adriani needs a lexicon): a word and its
// stem are both indexed, so a query matches either form and a typed prefix still matches.
class IndonesianText
{
public:
    // Lower case, diacritics removed (é → e), every character that is not a letter or digit becomes a
    // space, runs of spaces collapsed, trimmed.
    static QString fold(const QString& text);
    // The folded words of `text`.
    static QStringList words(const QString& text);
    // The stem of one folded word; words with digits and words of four letters or fewer are unchanged.
    static QString stem(const QString& word);
    // What to store in a full-text index: every folded word followed by its stem when it differs.
    static QString indexText(const QString& text);
};

} // namespace lontar
