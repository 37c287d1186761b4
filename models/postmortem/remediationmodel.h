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
        UuidRole = Qt::UserRole,
        OverdueRole, // bool
        TicketUrlRole, // QUrl, from the workspace's ticket URL template
    };

    static constexpr int commandIdBase = 0x8000;
    static QString addText();
    static QString removeText();
    static QString moveText();
    static QString mimeType();
    QString describe(const RemediationItem &item) const;

    RemediationModel(RemediationRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // e.g. "https://tracker.example/browse/{key}"
    void setTicketUrlTemplate(const QString &urlTemplate);
    // What "today" is, for overdue items (tests set it).
    void setToday(const QDate &today);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool setField(QString uuid, RemediationField field, const QVariant &value);
    bool removeItems(const QStringList &uuids);
    int overdueCount() const;

    QString shownValue(RemediationField field, const QVariant &value) const;
    static QString fieldDisplayName(RemediationField field) { return remediationFields().displayName(field); }
    // The columns are the fields, in their order.
    static std::optional<RemediationField> fieldOfColumn(int column);

private:
    QString m_ticketUrlTemplate;
    QDate m_today = QDate::currentDate();
};

} // namespace Inflection
