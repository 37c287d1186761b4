// Remediation fields, types, statuses and ticket links.
#include "remediationitem.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QString remediationFieldKey(RemediationField field)
{
    static const QString keys[] = {u"text"_s, u"type"_s, u"owner"_s, u"ticket"_s, u"due"_s, u"status"_s};
    return keys[static_cast<int>(field)];
}

QString remediationFieldDisplayName(RemediationField field)
{
    switch (field) {
    case RemediationField::Text:
        return QCoreApplication::translate("Inflection::RemediationField", "item");
    case RemediationField::Type:
        return QCoreApplication::translate("Inflection::RemediationField", "type");
    case RemediationField::Owner:
        return QCoreApplication::translate("Inflection::RemediationField", "owner");
    case RemediationField::Ticket:
        return QCoreApplication::translate("Inflection::RemediationField", "ticket");
    case RemediationField::Due:
        return QCoreApplication::translate("Inflection::RemediationField", "due date");
    case RemediationField::Status:
        return QCoreApplication::translate("Inflection::RemediationField", "status");
    }
    return {};
}

QStringList remediationTypeKeys()
{
    return {u"prevent"_s, u"troubleshoot"_s, u"other"_s};
}

QString remediationTypeDisplayName(const QString &key)
{
    // The talk's remediation questions.
    if (key == u"prevent"_s)
        return QCoreApplication::translate(
            "Inflection::RemediationType", "Prevent this from happening again");
    if (key == u"troubleshoot"_s)
        return QCoreApplication::translate(
            "Inflection::RemediationType", "Make troubleshooting similar incidents easier");
    if (key == u"other"_s)
        return QCoreApplication::translate("Inflection::RemediationType", "Other");
    return key;
}

QStringList remediationStatusKeys()
{
    return {u"open"_s, u"in-progress"_s, u"done"_s};
}

QString remediationStatusDisplayName(const QString &key)
{
    if (key == u"open"_s)
        return QCoreApplication::translate("Inflection::RemediationStatus", "Open");
    if (key == u"in-progress"_s)
        return QCoreApplication::translate("Inflection::RemediationStatus", "In progress");
    if (key == u"done"_s)
        return QCoreApplication::translate("Inflection::RemediationStatus", "Done");
    return key;
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
        return type;
    case RemediationField::Owner:
        return owner;
    case RemediationField::Ticket:
        return ticket;
    case RemediationField::Due:
        return due;
    case RemediationField::Status:
        return status;
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
        if (!remediationTypeKeys().contains(value.toString()))
            return false;
        type = value.toString();
        return true;
    case RemediationField::Owner:
        owner = value.toString();
        return true;
    case RemediationField::Ticket:
        ticket = value.toString().trimmed();
        return true;
    case RemediationField::Due:
        due = value.toDate();
        return true;
    case RemediationField::Status:
        if (!remediationStatusKeys().contains(value.toString()))
            return false;
        status = value.toString();
        return true;
    }
    return false;
}

bool RemediationItem::operator==(const RemediationItem &o) const
{
    return id == o.id && uuid == o.uuid && revision == o.revision && updatedAt == o.updatedAt
        && updatedBy == o.updatedBy && reviewId == o.reviewId && text == o.text && type == o.type
        && owner == o.owner && ticket == o.ticket && due == o.due && status == o.status
        && position == o.position;
}

} // namespace Inflection
