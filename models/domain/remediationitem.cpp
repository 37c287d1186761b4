// Remediation fields, types, statuses and ticket links.
#include "remediationitem.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

const KeyTable<RemediationField> &remediationFields()
{
    static const KeyTable<RemediationField> table("Inflection::RemediationField",
        {
            {RemediationField::Text, "text", QT_TRANSLATE_NOOP("Inflection::RemediationField", "item")},
            {RemediationField::Type, "type", QT_TRANSLATE_NOOP("Inflection::RemediationField", "type")},
            {RemediationField::Owner, "owner", QT_TRANSLATE_NOOP("Inflection::RemediationField", "owner")},
            {RemediationField::Ticket, "ticket", QT_TRANSLATE_NOOP("Inflection::RemediationField", "ticket")},
            {RemediationField::Due, "due", QT_TRANSLATE_NOOP("Inflection::RemediationField", "due date")},
            {RemediationField::Status, "status", QT_TRANSLATE_NOOP("Inflection::RemediationField", "status")},
        });
    return table;
}

const KeyTable<RemediationType> &remediationTypes()
{
    static const KeyTable<RemediationType> table("Inflection::RemediationType",
        {
            {RemediationType::Prevent, "prevent",
                QT_TRANSLATE_NOOP("Inflection::RemediationType", "Prevent this from happening again")},
            {RemediationType::Troubleshoot, "troubleshoot",
                QT_TRANSLATE_NOOP(
                    "Inflection::RemediationType", "Make troubleshooting similar incidents easier")},
            {RemediationType::Other, "other", QT_TRANSLATE_NOOP("Inflection::RemediationType", "Other")},
        });
    return table;
}

const KeyTable<RemediationStatus> &remediationStatuses()
{
    static const KeyTable<RemediationStatus> table("Inflection::RemediationStatus",
        {
            {RemediationStatus::Open, "open", QT_TRANSLATE_NOOP("Inflection::RemediationStatus", "Open")},
            {RemediationStatus::InProgress, "in-progress",
                QT_TRANSLATE_NOOP("Inflection::RemediationStatus", "In progress")},
            {RemediationStatus::Done, "done", QT_TRANSLATE_NOOP("Inflection::RemediationStatus", "Done")},
        });
    return table;
}

QUrl ticketUrl(const QString &urlTemplate, const QString &ticket)
{
    if (urlTemplate.isEmpty() || ticket.trimmed().isEmpty() || !urlTemplate.contains(u"{key}"_s))
        return {};
    QString url = urlTemplate;
    url.replace(u"{key}"_s, QString::fromUtf8(QUrl::toPercentEncoding(ticket.trimmed())));
    return QUrl(url, QUrl::StrictMode);
}

QVariant RemediationItem::field(RemediationField f) const
{
    switch (f) {
    case RemediationField::Text:
        return text;
    case RemediationField::Type:
        return remediationTypes().key(type);
    case RemediationField::Owner:
        return owner;
    case RemediationField::Ticket:
        return ticket;
    case RemediationField::Due:
        return due;
    case RemediationField::Status:
        return remediationStatuses().key(status);
    }
    return {};
}

bool RemediationItem::setField(RemediationField f, const QVariant &value)
{
    switch (f) {
    case RemediationField::Text:
        text = value.toString();
        return true;
    case RemediationField::Type:
        if (const auto t = remediationTypes().fromKey(value.toString())) {
            type = *t;
            return true;
        }
        return false;
    case RemediationField::Owner:
        owner = value.toString();
        return true;
    case RemediationField::Ticket:
        ticket = value.toString();
        return true;
    case RemediationField::Due:
        due = value.toDate();
        return true;
    case RemediationField::Status:
        if (const auto s = remediationStatuses().fromKey(value.toString())) {
            status = *s;
            return true;
        }
        return false;
    }
    return false;
}

bool RemediationItem::operator==(const RemediationItem &o) const
{
    return sameReviewPart(o) && text == o.text && type == o.type && owner == o.owner && ticket == o.ticket
        && due == o.due && status == o.status && position == o.position;
}

} // namespace Inflection
