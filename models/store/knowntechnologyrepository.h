// The workspace's known technologies: the well-known tools a departure is measured against.
#pragma once

#include <QString>
#include <QStringList>

namespace Inflection {

class Workspace;

class KnownTechnologyRepository
{
public:
    explicit KnownTechnologyRepository(Workspace *workspace);

    QStringList names(QString *error = nullptr) const; // as stored, sorted
    bool add(const QString &kind, const QString &name, QString *error);
    bool remove(const QString &name, QString *error);
    // Whether name (case aside) is known.
    static bool contains(const QStringList &names, const QString &name);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
