// A postmortem's remediation items (overdue ones flagged, tickets linked) and its parking lot.
#pragma once

#include "domain/remediationitem.h"
#include "orderedrecordmodel.h"
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

    using Field = RemediationField;
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

    SaveResult<RemediationItem> saveField(
        const RemediationItem &base, RemediationField field, const QVariant &value);
    QString conflictMessage(
        const RemediationItem &theirs, RemediationField field, const QVariant &mine) const;
    static QString fieldDisplayName(RemediationField field) { return remediationFieldDisplayName(field); }
    static bool fieldOfColumn(int column, RemediationField *field);

private:
    QString m_ticketUrlTemplate;
    QDate m_today = QDate::currentDate();
};

class ParkingLotModel : public OrderedRecordModel<ParkingLotModel, ParkedIdea, ParkingLotRepository>
{
    Q_OBJECT
public:
    enum Roles {
        UuidRole = Qt::UserRole,
    };

    static QString addText();
    static QString removeText();
    static QString moveText();
    static QString mimeType();
    QString describe(const ParkedIdea &idea) const;

    ParkingLotModel(ParkingLotRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "Hold that thought": parks an idea at the end.
    QString park(const QString &text);
    // Moves a parked idea into the remediation items as one undo step.
    bool moveToRemediation(const QString &uuid, RemediationModel *remediation);
};

} // namespace Inflection
