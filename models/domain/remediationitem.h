// A remediation item of a postmortem: what to do so that this is prevented or easier to troubleshoot
// next time, with its owner, ticket and due date.
#pragma once

#include "keytable.h"
#include "storedrecord.h"

#include <QDate>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace Inflection {

enum class RemediationField {
    Text,
    Type,
    Owner,
    Ticket,
    Due,
    Status,
};

// Keys: the column names.
const KeyTable<RemediationField> &remediationFields();

// The talk's two remediation questions, and anything else.
enum class RemediationType {
    Prevent,
    Troubleshoot,
    Other,
};

const KeyTable<RemediationType> &remediationTypes();

enum class RemediationStatus {
    Open,
    InProgress,
    Done,
};

const KeyTable<RemediationStatus> &remediationStatuses();

// The ticket's link: template with {key} replaced (percent-encoded); empty when either is empty.
QUrl ticketUrl(const QString &urlTemplate, const QString &ticket);

struct RemediationItem : ReviewPart
{
    using Field = RemediationField;

    QString text;
    RemediationType type = RemediationType::Prevent;
    QString owner;
    QString ticket;
    QDate due; // invalid when none
    RemediationStatus status = RemediationStatus::Open;
    QString position;

    // Past its due date and not done: "tasks should not linger".
    bool isOverdue(const QDate &today) const
    {
        return due.isValid() && due < today && status != RemediationStatus::Done;
    }
    // Type and Status: their keys.
    QVariant field(RemediationField field) const;
    bool setField(RemediationField field, const QVariant &value);
    bool operator==(const RemediationItem &other) const;
    bool operator!=(const RemediationItem &other) const { return !(*this == other); }
};

} // namespace Inflection
