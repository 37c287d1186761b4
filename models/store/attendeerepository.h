// Reads and writes the attendees of a review, in the order they were added.
#pragma once

#include "../domain/attendee.h"
#include "recordtable.h"

namespace Inflection {

class AttendeeRepository : public RecordTable<Attendee>
{
public:
    explicit AttendeeRepository(Workspace *workspace);
};

} // namespace Inflection
