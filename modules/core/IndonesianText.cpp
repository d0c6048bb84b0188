#include "core/IndonesianText.h"

namespace lontar {

namespace {

constexpr int kMinStem = 4; // never cut a word below four letters: "jalan", "meja", "medan" stay

QChar charAt(const QString& s, int i)
{
    return i < s.size() ? s.at(i) : QChar();
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool startsWithAny(const QString& s, int at, const char* letters)
{
    if (at >= s.size())
        return false;
    for (const char* p = letters; *p; ++p) {
        if (s.at(at) == QLatin1Char(*p))
            return true;
    }
    return false;
}

// The word without its derivational prefix, or the word itself. Nasal prefixes replace the root's
// first consonant (me+pukul → memukul, me+tulis → menulis, me+sapu → menyapu), which is put back.
QString stripPrefix(const QString& w)
{
    const auto rest = [&](int n) { return w.mid(n); };
    if (w.startsWith(u"meng") || w.startsWith(u"peng")) {
        if (isVowel(charAt(w, 4)) || startsWithAny(w, 4, "ghk"))
            return rest(4);
    }
    if ((w.startsWith(u"meny") || w.startsWith(u"peny")) && isVowel(charAt(w, 4)))
        return QLatin1Char('s') + rest(4);
    if (w.startsWith(u"mem") || w.startsWith(u"pem")) {
        if (startsWithAny(w, 3, "bpfv"))
            return rest(3);
        if (isVowel(charAt(w, 3)))
            return QLatin1Char('p') + rest(3);
    }
    if (w.startsWith(u"men") || w.startsWith(u"pen")) {
        if (startsWithAny(w, 3, "cdjtz"))
            return rest(3);
        if (isVowel(charAt(w, 3)))
            return QLatin1Char('t') + rest(3);
    }
    if (w.startsWith(u"me") && startsWithAny(w, 2, "lrwy"))
        return rest(2);
    if (w.startsWith(u"pe") && !w.startsWith(u"per") && startsWithAny(w, 2, "lrwy"))
        return rest(2);
    if (w.startsWith(u"ber") || w.startsWith(u"ter") || w.startsWith(u"per"))
        return rest(3);
    if (w.startsWith(u"di"))
        return rest(2);
    return w;
}

} // namespace

QString IndonesianText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of é, ü
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList IndonesianText::words(const QString& text)
{
    return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString IndonesianText::stem(const QString& word)
{
    if (word.size() <= kMinStem)
        return word;
    for (QChar c : word) {
        if (!c.isLetter() || c.unicode() > 0x7f)
            return word; // codes, sizes ("a4", "80gsm") and non-Latin words are kept as typed
    }
    QString s = word;
    if (s.endsWith(u"nya") && s.size() - 3 >= kMinStem)
        s.chop(3);
    // Suffixes before prefixes, so a root that begins like a prefix survives (bersih-kan, not ber-sihkan).
    // The verbal suffix -i goes with the verbal prefixes me- and di- (melengkapi, dikirimi), never with
    // pe-/ber-/ter- words whose root ends in i (pewangi, berisi), and is tried last (dibeli → beli).
    const bool verbal = (s.startsWith(u"me") || s.startsWith(u"di")) && stripPrefix(s) != s;
    bool suffixed = false;
    if (s.endsWith(u"kan") && s.size() - 3 >= kMinStem) {
        s.chop(3);
        suffixed = true;
    } else if (s.endsWith(u"an") && s.size() - 2 >= kMinStem) {
        s.chop(2);
        suffixed = true;
    }
    const QString unprefixed = stripPrefix(s);
    if (unprefixed != s && unprefixed.size() >= kMinStem)
        s = unprefixed;
    if (!suffixed && verbal && s.endsWith(u'i') && s.size() - 1 >= kMinStem)
        s.chop(1); // "kursi", "besi", "lemari", "pewangi" keep their i
    return s;
}

QString IndonesianText::indexText(const QString& text)
{
    QStringList out;
    for (const QString& w : words(text)) {
        out.append(w);
        const QString s = stem(w);
        if (s != w)
            out.append(s);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace lontar
