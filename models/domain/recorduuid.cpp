// Version 7 uuids.
#include "recorduuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace Inflection {

QString newRecordUuid()
{
    // The time in milliseconds first, then random bits.
    std::array<quint32, 4> words;
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    auto *bytes = reinterpret_cast<uchar *>(words.data());
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(ms >> (8 * (5 - i)));
    bytes[6] = uchar((bytes[6] & 0x0F) | 0x70);
    bytes[8] = uchar((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace Inflection
