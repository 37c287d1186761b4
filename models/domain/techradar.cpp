// Matching a departure's name against the known technologies.
#include "techradar.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

TechRadar::TechRadar(const QList<KnownTechnology> &technologies)
    : m_technologies(technologies)
{
    for (qsizetype i = 0; i < m_technologies.size(); ++i) {
        const KnownTechnology &t = m_technologies.at(i);
        // The first to claim a key keeps it: a name wins over a later technology's alias.
        for (const QString &name : QStringList {t.name} + t.aliases) {
            const QString key = matchKey(name);
            if (!key.isEmpty() && !m_byKey.contains(key))
                m_byKey.insert(key, i);
        }
    }
}

QString TechRadar::matchKey(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == u'+' || c == u'#' || c == u'*' || c == u'&' || c == u'@')
            key.append(c);
        else if (c.isMark() && !key.isEmpty())
            key.append(c); // an accent stays with its letter
    }
    return key;
}

const KnownTechnology *TechRadar::find(const QString &name) const
{
    const auto it = m_byKey.constFind(matchKey(name));
    return it == m_byKey.cend() ? nullptr : &m_technologies.at(*it);
}

TechnologyState TechRadar::stateOf(const QString &name) const
{
    const QString key = matchKey(name); // once: find() would work it out again
    if (key.isEmpty())
        return TechnologyState::Known;
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend())
        return TechnologyState::New;
    return m_technologies.at(*it).ring == RadarRing::Hold ? TechnologyState::OnHold : TechnologyState::Known;
}

QStringList TechRadar::names() const
{
    QStringList names;
    names.reserve(m_technologies.size());
    for (const KnownTechnology &t : m_technologies)
        names.append(t.name);
    return names;
}

QString technologyStateName(TechnologyState state)
{
    switch (state) {
    case TechnologyState::New:
        return QCoreApplication::translate("Inflection::TechRadar", "new");
    case TechnologyState::OnHold:
        return QCoreApplication::translate("Inflection::TechRadar", "on hold");
    case TechnologyState::Known:
        return QCoreApplication::translate("Inflection::TechRadar", "known");
    }
    return {};
}

} // namespace Inflection
