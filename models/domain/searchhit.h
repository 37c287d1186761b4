// One review a search found, with the place in it where the words were and a snippet of the text there.
#pragma once

#include "reviewkind.h"

#include <QString>

namespace Inflection {

struct SearchHit
{
    // The snippet marks each matched word with these characters (they never occur in stored text).
    static constexpr char16_t matchStart = 0x02;
    static constexpr char16_t matchEnd = 0x03;

    QString uuid;
    ReviewKind kind = ReviewKind::Architecture;
    QString title;
    QString place; // the index column: "title", "proposal", "timeline", "parking_lot"…
    QString snippet; // the text around the match, matched words between matchStart and matchEnd

    // Where it matched, in the user's language ("Timeline", "Readiness"…).
    QString placeName() const;
    // The snippet on one line, without marks.
    QString snippetText() const;
    // The snippet as rich text: escaped, matched words in <b>.
    QString snippetHtml() const;

    // The name of a place of a review of this kind.
    static QString placeName(const QString &place, ReviewKind kind);
};

} // namespace Inflection
