// A postmortem's remediation items, in the order the meeting put them; overdue ones flagged, tickets linked.
#pragma once

#include "domain/remediationitem.h"
#include "editing/orderedrecordmodel.h"
#include "store/remediationrepository.h"

#include <QDate>

namespace Inflection {

class RemediationModel : public OrderedRecordModel<RemediationModel, RemediationItem, RemediationRepository>
{
    Q_OBJECT
public:
    enum Column { TextColumn, TypeColumn, OwnerColumn, TicketColumn, DueColumn, StatusColumn, ColumnCount };

    enum Roles {
        OverdueRole = FirstOwnRole, // bool
        TicketUrlRole, // QUrl, from the workspace's ticket URL template
    };

    static constexpr int commandIdBase = 0x8000;
    static constexpr RecordNouns nouns
        = {"remediation", QT_TR_NOOP("Add remediation item"), QT_TR_NOOP("Delete remediation item"),
            QT_TR_NOOP("Move remediation item"), QT_TR_NOOP("the remediation item “%1”")};
    static constexpr Field labelField = RemediationField::Text;
    static constexpr const char *columnTitles[ColumnCount]
        = {QT_TR_NOOP("Remediation item"), QT_TR_NOOP("Type"), QT_TR_NOOP("Owner"), QT_TR_NOOP("Ticket"),
            QT_TR_NOOP("Due"), QT_TR_NOOP("Status")};

    using OrderedRecordModel::OrderedRecordModel;

    // e.g. "https://tracker.example/browse/{key}"
    void setTicketUrlTemplate(const QString &urlTemplate);
    // What "today" is, for overdue items (tests set it).
    void setToday(const QDate &today);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    bool removeItems(const QStringList &uuids);
    int overdueCount() const;

    QString shownValue(RemediationField field, const QVariant &value) const;
    static QString fieldDisplayName(RemediationField field) { return remediationFields().displayName(field); }

private:
    QString m_ticketUrlTemplate;
    QDate m_today = QDate::currentDate();
};

} // namespace Inflection
