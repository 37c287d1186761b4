// Reads and writes the attendees of a review.
#pragma once

#include "../domain/attendee.h"
#include "saveresult.h"

#include <QList>
#include <optional>

namespace Inflection {

class Workspace;
using AttendeeSaveResult = SaveResult<Attendee>;

class AttendeeRepository
{
public:
    explicit AttendeeRepository(Workspace *workspace);

    QList<Attendee> forReview(qint64 reviewId, QString *error = nullptr) const; // in order of position
    std::optional<Attendee> find(const QString &uuid, QString *error = nullptr) const;
    // Keeps attendee.uuid when set (undo, import); makes a new one otherwise.
    std::optional<Attendee> insert(const Attendee &attendee, QString *error);
    AttendeeSaveResult updateField(const Attendee &base, AttendeeField field, const QVariant &value);
    AttendeeSaveResult remove(const Attendee &base);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
