// A technology the organisation already knows, as a tech radar lists it: its ring (Adopt, Trial, Assess
// or Hold), the radar's quadrant, whether it is new on this edition of the radar, a description, and the
// other names people write it under ("Postgres" for "PostgreSQL").
#pragma once

#include "keytable.h"

#include <QString>
#include <QStringList>

namespace Inflection {

// In the radar's order, from the centre out.
enum class RadarRing {
    Adopt,
    Trial,
    Assess,
    Hold,
};

// Keys: "adopt", "trial", "assess", "hold" (as stored); names: the radar's words, translated.
const KeyTable<RadarRing> &radarRings();

struct KnownTechnology
{
    QString name;
    QString kind = QStringLiteral("tool"); // a departure kind's key
    RadarRing ring = RadarRing::Adopt;
    QString quadrant; // free text, as the radar names its quadrants
    bool isNew = false; // new on this edition of the radar
    QString description;
    QStringList aliases;

    // The ring from a radar's word for it, case and surrounding spaces aside ("ADOPT", " hold").
    static std::optional<RadarRing> ringFromText(const QString &text);
    // The ring as a radar file writes it: "Adopt", "Trial", "Assess", "Hold" (never translated).
    static QString ringText(RadarRing ring);

    bool operator==(const KnownTechnology &other) const;
    bool operator!=(const KnownTechnology &other) const { return !(*this == other); }
};

} // namespace Inflection
