// Reads and writes a proposal's departures from known technology.
#pragma once

#include "../domain/departure.h"
#include "saveresult.h"

#include <QHash>
#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using DepartureSaveResult = SaveResult<Departure>;

class DepartureRepository
{
public:
    explicit DepartureRepository(Workspace *workspace);

    QList<Departure> forReview(qint64 reviewId, QString *error = nullptr) const; // in order
    std::optional<Departure> find(const QString &uuid, QString *error = nullptr) const;
    std::optional<Departure> insert(const Departure &departure, QString *error);
    DepartureSaveResult updateField(const Departure &base, DepartureField field, const QVariant &value);
    DepartureSaveResult move(const Departure &base, const QString &position);
    DepartureSaveResult remove(const Departure &base);
    // For each review bringing new technology: how many of its departures are not known technologies.
    QHash<qint64, int> newTechnologyByReview(QString *error = nullptr) const;

private:
    Workspace *m_workspace;
};

} // namespace Inflection
