// Remediation items and the parking lot.
#include "postmortem/remediationmodel.h"

#include "domain/datetimeformat.h"
#include "editing/conflictvalue.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

void RemediationModel::setTicketUrlTemplate(const QString &urlTemplate)
{
    m_ticketUrlTemplate = urlTemplate;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TicketColumn), index(rowCount() - 1, TicketColumn));
}

void RemediationModel::setToday(const QDate &today)
{
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant RemediationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RemediationItem &item = m_records.at(index.row());
    const bool overdue = item.isOverdue(m_today);
    switch (role) {
    case UuidRole:
        return item.uuid;
    case OverdueRole:
        return overdue;
    case TicketUrlRole:
        return ticketUrl(m_ticketUrlTemplate, item.ticket);
    case Qt::ForegroundRole:
        return overdue ? QVariant(QColor(0xc0, 0x30, 0x30)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return remediationTypes().displayName(item.type);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return remediationStatuses().displayName(item.status);
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return item.due.isValid() ? DateTimeFormat::date(item.due) : QString();
        if (role == Qt::ToolTipRole && overdue)
            return tr("Overdue: tasks should not linger");
        break;
    case TicketColumn:
        if (role == Qt::ToolTipRole)
            return ticketUrl(m_ticketUrlTemplate, item.ticket).toString();
        break;
    default:
        break;
    }
    const auto field = fieldOfColumn(index.column());
    if (field && (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole))
        return item.field(*field);
    return {};
}

bool RemediationModel::removeItems(const QStringList &uuids)
{
    return removeRecords(uuids, tr("Delete %n remediation items", nullptr, int(uuids.size())));
}

int RemediationModel::overdueCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
        [this](const RemediationItem &item) { return item.isOverdue(m_today); }));
}

QString RemediationModel::shownValue(RemediationField field, const QVariant &value) const
{
    if (field == RemediationField::Type)
        return remediationTypes().displayNameOfKey(value.toString());
    if (field == RemediationField::Status)
        return remediationStatuses().displayNameOfKey(value.toString());
    if (field == RemediationField::Due && value.toDate().isValid())
        return DateTimeFormat::date(value.toDate());
    return conflictValueText(value);
}

} // namespace Inflection
