// A remediation item of a postmortem (with its ticket), and an idea parked during the timeline.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
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

QString remediationFieldKey(RemediationField field); // the column name
QString remediationFieldDisplayName(RemediationField field);
QStringList remediationTypeKeys(); // "prevent", "troubleshoot", "other"
QString remediationTypeDisplayName(const QString &key);
QStringList remediationStatusKeys(); // "open", "in-progress", "done"
QString remediationStatusDisplayName(const QString &key);
// The ticket's link: template with {key} replaced (percent-encoded); empty when either is empty.
QUrl ticketUrl(const QString &urlTemplate, const QString &ticket);

struct RemediationItem
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString text;
    QString type = QStringLiteral("prevent");
    QString owner;
    QString ticket;
    QDate due; // invalid when none
    QString status = QStringLiteral("open");
    QString position;

    // Past its due date and not done: "tasks should not linger".
    bool isOverdue(const QDate &today) const { return due.isValid() && due < today && status != u"done"; }
    QVariant field(RemediationField field) const;
    bool setField(RemediationField field, const QVariant &value);
    bool operator==(const RemediationItem &other) const;
    bool operator!=(const RemediationItem &other) const { return !(*this == other); }
};

// A remediation idea raised too early in the meeting ("hold that thought").
struct ParkedIdea
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString text;
    QString position;

    bool operator==(const ParkedIdea &other) const
    {
        return id == other.id && uuid == other.uuid && revision == other.revision && text == other.text
            && position == other.position && updatedBy == other.updatedBy && updatedAt == other.updatedAt;
    }
    bool operator!=(const ParkedIdea &other) const { return !(*this == other); }
};

} // namespace Inflection
