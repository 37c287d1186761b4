// Messages of the shared record update.
#include "recordupdate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace Inflection::RecordUpdate {

QString readOnlyMessage()
{
    return QCoreApplication::translate(
        "Inflection::RecordUpdate", "The workspace is read-only; the change was not saved.");
}

QString goneMessage()
{
    return QCoreApplication::translate(
        "Inflection::RecordUpdate", "Someone else deleted this in the meantime; the change was not saved.");
}

QString newUuid()
{
    // RFC 9562 version 7: the time in milliseconds first, then random bits. Rows made together sit
    // together in every uuid index, so a big import appends to it instead of writing all over it.
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

} // namespace Inflection::RecordUpdate
