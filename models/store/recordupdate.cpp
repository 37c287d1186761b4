// Messages of the shared record update.
#include "recordupdate.h"

#include <QCoreApplication>

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

} // namespace Inflection::RecordUpdate
