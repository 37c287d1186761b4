// Values from a file shown as one line: control characters made visible, bidirectional controls
// isolated, length bounded.
#include "displaytext.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection::DisplayText {

namespace {

constexpr char16_t firstStrongIsolate = 0x2068; // FSI
constexpr char16_t popDirectionalIsolate = 0x2069; // PDI
constexpr char16_t ellipsis = 0x2026;

bool isBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

} // namespace

bool needsCare(const QString &value, int maxChars)
{
    if (value.size() > maxChars)
        return true;
    for (const QChar c : value) {
        if (isControl(c.unicode()) || isBidiControl(c.unicode()))
            return true;
    }
    return false;
}

QString line(const QString &value, int maxChars)
{
    if (!needsCare(value, maxChars))
        return value;
    QString shown;
    const qsizetype length = qMin<qsizetype>(value.size(), qMax(1, maxChars));
    shown.reserve(length + 3);
    bool bidi = false;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c < 0x20)
            shown.append(QChar(char16_t(0x2400 + c))); // ␀ … ␟
        else if (c == 0x7F)
            shown.append(QChar(char16_t(0x2421))); // ␡
        else if (c >= 0x80 && c < 0xA0)
            shown.append(QChar(char16_t(0xFFFD)));
        else {
            bidi = bidi || isBidiControl(c);
            shown.append(QChar(c));
        }
    }
    // A surrogate pair cut in two would show as a broken character.
    if (!shown.isEmpty() && shown.back().isHighSurrogate())
        shown.chop(1);
    if (value.size() > length)
        shown.append(QChar(ellipsis));
    if (bidi)
        shown = QChar(firstStrongIsolate) + shown + QChar(popDirectionalIsolate);
    return shown;
}

QString breakable(const QString &text, int maxRun)
{
    QString out;
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.unicode() == 0x200B) {
            run = 0;
        } else if (++run > maxRun && !c.isLowSurrogate()) {
            if (out.isNull())
                out = text.left(i);
            out.append(QChar(char16_t(0x200B)));
            run = 1;
        }
        if (!out.isNull())
            out.append(c);
    }
    return out.isNull() ? text : out;
}

} // namespace Inflection::DisplayText
