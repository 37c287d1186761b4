// Base-62 fractional keys: digits 0-9A-Za-z (ASCII order), no trailing '0'.
#include "fractionalkey.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Inflection::FractionalKey {

namespace {

constexpr int base = 62;

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return 10 + (u - u'A');
    if (u >= u'a' && u <= u'z')
        return 36 + (u - u'a');
    return -1;
}

QChar digit(int value)
{
    static const QString digits = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
    return digits.at(value);
}

// Both are fractional digit strings (value 0.a and 0.b); b empty means 1.0. Requires a < b.
QString midpoint(const QString &a, const QString &b)
{
    if (!b.isEmpty()) {
        // Skip the common prefix (a is padded with zeros).
        qsizetype n = 0;
        while (n < b.size() && (n < a.size() ? a.at(n) : u'0') == b.at(n))
            ++n;
        if (n > 0)
            return b.left(n) + midpoint(a.mid(n), b.mid(n));
    }
    const int digitA = a.isEmpty() ? 0 : digitValue(a.at(0));
    const int digitB = b.isEmpty() ? base : digitValue(b.at(0));
    if (digitB - digitA > 1)
        return QString(digit((digitA + digitB + 1) / 2));
    // Consecutive first digits.
    if (b.size() > 1)
        return b.left(1);
    return digit(digitA) + midpoint(a.mid(1), QString());
}

} // namespace

bool isValid(const QString &key)
{
    if (key.isEmpty() || key.endsWith(u'0'))
        return false;
    for (const QChar c : key) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

QString between(const QString &before, const QString &after)
{
    if ((!before.isEmpty() && !isValid(before)) || (!after.isEmpty() && !isValid(after)))
        return {};
    if (!before.isEmpty() && !after.isEmpty() && before >= after)
        return {};
    return midpoint(before, after);
}

QStringList sequence(int count, const QString &after)
{
    QStringList keys;
    keys.reserve(count);
    QString previous = after;
    // Evenly spread keys of the shortest length that fits, rather than halving each time.
    int width = 1;
    for (qint64 capacity = base - 1; capacity < count; capacity *= base)
        ++width;
    if (previous.isEmpty()) {
        for (int i = 1; i <= count; ++i) {
            // i-th of count, spread over the range (0, 1) with `width` digits.
            QString key;
            qint64 value = i;
            qint64 scale = 1;
            for (int w = 0; w < width; ++w)
                scale *= base;
            value = value * scale / (count + 1);
            for (int w = width - 1; w >= 0; --w) {
                key.prepend(digit(int(value % base)));
                value /= base;
            }
            while (key.endsWith(u'0'))
                key.chop(1);
            keys.append(key);
        }
        return keys;
    }
    for (int i = 0; i < count; ++i) {
        previous = between(previous, QString());
        keys.append(previous);
    }
    return keys;
}

namespace {

void spreadInto(QStringList *keys, int count, const QString &before, const QString &after)
{
    if (count <= 0)
        return;
    const QString middle = between(before, after);
    const int left = (count - 1) / 2;
    spreadInto(keys, left, before, middle);
    keys->append(middle);
    spreadInto(keys, count - 1 - left, middle, after);
}

} // namespace

QStringList spread(int count, const QString &before, const QString &after)
{
    if (before.isEmpty() && after.isEmpty())
        return sequence(count);
    if (between(before, after).isEmpty())
        return {};
    QStringList keys;
    keys.reserve(count);
    spreadInto(&keys, count, before, after);
    return keys;
}

} // namespace Inflection::FractionalKey
