// History rows from change_log, newest first; values shown as stored, long texts as their summary.
#include "workspace/historymodel.h"

#include "domain/datetimeformat.h"
#include "domain/timestamp.h"
#include "store/changelogrepository.h"

#include <QLocale>

namespace Inflection {

HistoryModel::HistoryModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

void HistoryModel::setReview(qint64 reviewId)
{
    if (reviewId == m_reviewId)
        return;
    m_reviewId = reviewId;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (Result<> loaded = reload(); !loaded)
        Q_EMIT errorOccurred(loaded.message());
}

Result<> HistoryModel::reload()
{
    QList<RecordWriter::ChangeLogEntry> entries;
    if (m_reviewId != 0) {
        Result<QList<RecordWriter::ChangeLogEntry>> read
            = ChangeLogRepository(m_workspace).forReview(m_reviewId, limit);
        if (!read)
            return Result<>::errorOf(read);
        entries = std::move(read).value();
    }
    // New entries arrive at the top: insert them there, so a selection further down stays put.
    const auto same = [](const RecordWriter::ChangeLogEntry &a, const RecordWriter::ChangeLogEntry &b) {
        return a.at == b.at && a.by == b.by && a.what == b.what && a.field == b.field
            && a.oldValue == b.oldValue && a.newValue == b.newValue;
    };
    const qsizetype added = entries.size() - m_entries.size();
    bool prepend = added > 0 && !m_entries.isEmpty();
    for (qsizetype i = 0; prepend && i < m_entries.size(); ++i)
        prepend = same(entries.at(added + i), m_entries.at(i));
    if (prepend) {
        beginInsertRows({}, 0, int(added) - 1);
        m_entries = entries;
        endInsertRows();
        return {};
    }
    if (entries.size() == m_entries.size()
        && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), same))
        return {};
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return {};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordWriter::ChangeLogEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return DateTimeFormat::dateTime(timestampFromText(entry.at).toLocalTime());
        case WhoColumn:
            return entry.by;
        case ChangeColumn: {
            const QString action = ChangeLogRepository::actionDisplayName(entry.what);
            return entry.field.isEmpty()
                ? action
                : tr("%1 %2").arg(action, ChangeLogRepository::fieldDisplayName(entry.field));
        }
        case BeforeColumn:
        case AfterColumn: {
            const QString value
                = (index.column() == BeforeColumn ? entry.oldValue : entry.newValue).toString();
            // One line in the table; the whole value in the tooltip.
            if (role == Qt::DisplayRole)
                return QString(value).replace(u'\n', u' ');
            return value;
        }
        default:
            break;
        }
    }
    if (role == Qt::UserRole && index.column() == WhenColumn)
        return entry.at;
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace Inflection
