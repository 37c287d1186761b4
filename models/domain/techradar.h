// The workspace's known technologies as a radar, and the one place that decides what a departure's
// name is against it: new (the radar does not name it), on hold (its ring is Hold) or known.
//
// Names match as people write them: case, spacing and punctuation aside ("Node.js", "nodejs",
// "Node JS"), under the technology's name or any of its aliases ("Postgres" for "PostgreSQL"). Symbols
// that tell languages apart stay: "C", "C++" and "C#" are three technologies.
#pragma once

#include "knowntechnology.h"

#include <QHash>
#include <QList>

namespace Inflection {

enum class TechnologyState {
    New, // the radar does not name it
    OnHold, // the radar names it in the ring Hold
    Known, // the radar names it in another ring (or the name is blank: nothing to mark)
};

class TechRadar
{
public:
    TechRadar() = default;
    explicit TechRadar(const QList<KnownTechnology> &technologies);

    // What two names must share to name the same technology: case folded, compatibility forms, without
    // spaces and punctuation (but with + # * & @, which tell "C++" from "C").
    static QString matchKey(const QString &name);

    // The technology named by name or by one of its aliases; null when none is.
    const KnownTechnology *find(const QString &name) const;
    TechnologyState stateOf(const QString &name) const;
    bool names(const QString &name) const { return find(name) != nullptr; }

    const QList<KnownTechnology> &technologies() const { return m_technologies; }
    QStringList names() const; // each technology's name, in the radar's order
    bool isEmpty() const { return m_technologies.isEmpty(); }

    bool operator==(const TechRadar &other) const { return m_technologies == other.m_technologies; }
    bool operator!=(const TechRadar &other) const { return !(*this == other); }

private:
    QList<KnownTechnology> m_technologies;
    QHash<QString, qsizetype> m_byKey; // every name's and alias's key: the technology's index
};

// A state as a person reads it ("new", "on hold", "known"), translated.
QString technologyStateName(TechnologyState state);

} // namespace Inflection
