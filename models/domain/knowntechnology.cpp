// The rings of a tech radar.
#include "knowntechnology.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<RadarRing> &radarRings()
{
    static const KeyTable<RadarRing> table("Inflection::KnownTechnology",
        {
            {RadarRing::Adopt, "adopt", QT_TRANSLATE_NOOP("Inflection::KnownTechnology", "Adopt")},
            {RadarRing::Trial, "trial", QT_TRANSLATE_NOOP("Inflection::KnownTechnology", "Trial")},
            {RadarRing::Assess, "assess", QT_TRANSLATE_NOOP("Inflection::KnownTechnology", "Assess")},
            {RadarRing::Hold, "hold", QT_TRANSLATE_NOOP("Inflection::KnownTechnology", "Hold")},
        });
    return table;
}

std::optional<RadarRing> KnownTechnology::ringFromText(const QString &text)
{
    return radarRings().fromKey(text.trimmed().toLower());
}

QString KnownTechnology::ringText(RadarRing ring)
{
    const QString key = radarRings().key(ring);
    return key.left(1).toUpper() + key.mid(1);
}

bool KnownTechnology::operator==(const KnownTechnology &o) const
{
    return name == o.name && kind == o.kind && ring == o.ring && quadrant == o.quadrant && isNew == o.isNew
        && description == o.description && aliases == o.aliases;
}

} // namespace Inflection
