// The Insights figures as tables.
#include "insighttablemodel.h"

#include "domain/contingencyitem.h"
#include "domain/datetimeformat.h"

#include <QLocale>

#include <QSet>
#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
QVariant durationValue(const std::optional<qint64> &seconds)
{
    return seconds ? QVariant(*seconds) : QVariant();
}

QString durationText(const std::optional<qint64> &seconds)
{
    return seconds ? formatDuration(*seconds) : u"—"_s;
}
} // namespace

InsightTableModel::InsightTableModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
    setFigures({}, {});
}

void InsightTableModel::setFigures(const InsightFigures &figures, const QList<SeverityLevel> &levels)
{
    beginResetModel();
    m_rows.clear();
    m_severityKeys.clear();
    m_textColumns
        = m_table == Table::ForesightMatrix || m_table == Table::NewTechnology ? 3 : firstValueColumn;
    const QLocale locale;
    const auto count = [&locale](int n) {
        return locale.toString(n);
    };
    switch (m_table) {
    case Table::Months: {
        m_headers = {tr("Month"), tr("Incidents")};
        // The workspace's levels in their order, then what the incidents name that is not (a level
        // removed since), then incidents with no severity.
        QStringList used;
        for (const MonthFigures &month : figures.byMonth) {
            for (auto it = month.bySeverity.cbegin(); it != month.bySeverity.cend(); ++it) {
                if (it.value() > 0 && !used.contains(it.key()))
                    used.append(it.key());
            }
        }
        for (const SeverityLevel &level : levels) {
            m_severityKeys.append(level.key);
            m_headers.append(level.name);
        }
        for (const QString &key : std::as_const(used)) {
            if (key.isEmpty() || m_severityKeys.contains(key))
                continue;
            m_severityKeys.append(key);
            m_headers.append(key);
        }
        if (used.contains(QString())) {
            m_severityKeys.append(QString());
            m_headers.append(tr("No severity"));
        }
        for (const MonthFigures &month : figures.byMonth) {
            Row row;
            row.month = month.month;
            row.text = {locale.toString(month.month, u"MMM yyyy"_s), count(month.total)};
            row.values = {month.month, month.total};
            for (const QString &key : std::as_const(m_severityKeys)) {
                const int n = month.bySeverity.value(key);
                row.text.append(count(n));
                row.values.append(n);
            }
            m_rows.append(row);
        }
        break;
    }
    case Table::Durations: {
        m_headers = {tr("Measure"), tr("Incidents"), tr("Median"), tr("90th percentile")};
        const struct
        {
            QString name;
            const DurationFigures &figures;
        } measures[] = {
            {tr("Time to detect"), figures.toDetect},
            {tr("Time to mitigate"), figures.toMitigate},
            {tr("Time to resolve"), figures.toResolve},
        };
        for (const auto &m : measures) {
            m_rows.append({{m.name, count(m.figures.count), durationText(m.figures.median),
                               durationText(m.figures.p90)},
                {m.name, m.figures.count, durationValue(m.figures.median), durationValue(m.figures.p90)}, {},
                {}});
        }
        break;
    }
    case Table::Categories:
        m_headers = {tr("Category"), tr("Factors"), tr("Postmortems")};
        for (const CategoryFigures &category : figures.categories) {
            const int reviews = int(category.reviews.size());
            m_rows.append({{category.name, count(category.count), count(reviews)},
                {category.name, category.count, reviews}, category.reviews, {}});
        }
        break;
    case Table::FollowThrough: {
        m_headers = {tr("Remediation items"), tr("Items"), tr("Share")};
        const FollowThroughFigures &f = figures.followThrough;
        const auto share = [&locale, &f](int n) {
            return f.items > 0 ? tr("%1 %").arg(locale.toString(100.0 * n / f.items, 'f', 0)) : u"—"_s;
        };
        // Done (within 30 and 60 days of the incident, and at all) and open (and overdue): each with the
        // postmortems behind it.
        const std::tuple<QString, int, QStringList> rows[] = {
            {tr("Done within 30 days"), f.doneWithin30, f.within30Reviews},
            {tr("Done within 60 days"), f.doneWithin60, f.within60Reviews},
            {tr("Done"), f.done, f.doneReviews},
            {tr("Open"), f.open, f.openReviews},
            {tr("Overdue"), f.overdue, f.overdueReviews},
            {tr("All items"), f.items, f.doneReviews + f.openReviews},
        };
        for (const auto &[name, n, reviews] : rows) {
            // Each once (a postmortem can have items both done and open), with a set: thousands of them.
            QStringList behind;
            QSet<QString> seen;
            for (const QString &uuid : reviews) {
                if (!seen.contains(uuid)) {
                    seen.insert(uuid);
                    behind.append(uuid);
                }
            }
            m_rows.append({{name, count(n), share(n)},
                {name, n, f.items > 0 ? QVariant(double(n) / f.items) : QVariant()}, behind, {}});
        }
        break;
    }
    case Table::Owners:
        m_headers = {tr("Owner"), tr("Open"), tr("Overdue"), tr("Oldest open, days")};
        for (const OwnerFigures &owner : figures.followThrough.byOwner) {
            const QString name = owner.owner.isEmpty() ? tr("Nobody") : owner.owner;
            m_rows.append({{name, count(owner.open), count(owner.overdue),
                               owner.open > 0 ? count(owner.oldestOpenDays) : u"—"_s},
                {name, owner.open, owner.overdue,
                    owner.open > 0 ? QVariant(owner.oldestOpenDays) : QVariant()},
                owner.reviews, {}});
        }
        break;
    case Table::Foresight: {
        m_headers = {tr("Foresight"), tr("Incidents"), tr("Share")};
        const ForesightFigures &f = figures.foresight;
        const int all = f.foreseen() + f.relatedOnly + f.notForeseen + f.unknown;
        const std::tuple<QString, int, QStringList> rows[] = {
            {tr("Foreseen, the mitigation worked"), f.worked, f.workedReviews},
            {tr("Foreseen, the mitigation did not hold"), f.didNotHold, f.didNotHoldReviews},
            {tr("Related items only"), f.relatedOnly, f.relatedOnlyReviews},
            {tr("Not foreseen"), f.notForeseen, f.notForeseenReviews},
            {tr("Not marked"), f.unknown, f.unknownReviews},
        };
        for (const auto &[name, n, reviews] : rows) {
            const QString share = all > 0 ? tr("%1 %").arg(locale.toString(100.0 * n / all, 'f', 0)) : u"—"_s;
            m_rows.append({{name, count(n), share},
                {name, n, all > 0 ? QVariant(double(n) / all) : QVariant()}, reviews, {}});
        }
        break;
    }
    case Table::ForesightMatrix:
        m_headers = {tr("Likelihood"), tr("Impact"), tr("Risk"), tr("Incidents"), tr("Items")};
        for (const ForesightCell &cell : figures.foresight.cells) {
            Row row;
            const QString likelihood
                = tr("%1 (%2)").arg(cell.likelihood).arg(likelihoodLabel(cell.likelihood));
            const QString impact = tr("%1 (%2)").arg(cell.impact).arg(impactLabel(cell.impact));
            const QString risk = riskLevelDisplayName(m_matrix.level(cell.likelihood, cell.impact));
            const int incidents = int(cell.reviews.size());
            row.text = {likelihood, impact, risk, count(incidents), count(cell.items)};
            row.values = {cell.likelihood, cell.impact, risk, incidents, cell.items};
            row.reviews = cell.reviews;
            row.likelihood = cell.likelihood;
            row.impact = cell.impact;
            row.labels = cell.issues;
            m_rows.append(row);
        }
        break;
    case Table::RecurringRemediation:
        m_headers = {tr("Remediation idea"), tr("Postmortems"), tr("Items"), tr("Done")};
        for (const RecurringRemediation &r : figures.recurringRemediation) {
            Row row;
            row.text = {r.text, count(r.postmortems), count(r.items), count(r.done)};
            row.values = {r.text, r.postmortems, r.items, r.done};
            row.reviews = r.reviews;
            row.labels = r.wordings;
            m_rows.append(row);
        }
        break;
    case Table::NewTechnology:
        m_headers = {tr("New technology"), tr("System"), tr("Reviewed"), tr("Incidents since"),
            tr("On its system"), tr("Linked")};
        for (const NewTechnologyFigures &t : figures.newTechnology) {
            Row row;
            const QString reviewed = t.since.isValid() ? DateTimeFormat::date(t.since.date()) : u"—"_s;
            const int incidents = int(t.reviews.size());
            row.text = {t.name, t.system, reviewed, count(incidents), count(int(t.onSystem.size())),
                count(int(t.linked.size()))};
            row.values = {t.name, t.system, t.since, incidents, int(t.onSystem.size()), int(t.linked.size())};
            row.reviews = t.reviews;
            row.labels = {t.reviewTitle};
            m_rows.append(row);
        }
        break;
    }
    endResetModel();
}

int InsightTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InsightTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant InsightTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text.value(index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= m_textColumns ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        return row.values.value(index.column());
    case ReviewsRole:
        return row.reviews;
    case MonthRole:
        return row.month;
    case LikelihoodRole:
        return row.likelihood;
    case ImpactRole:
        return row.impact;
    case CellCountRole:
        return int(row.reviews.size());
    case LabelsRole:
        return row.labels;
    case Qt::ToolTipRole:
        return row.labels.isEmpty() ? QVariant() : QVariant(row.labels.join(u'\n'));
    default:
        return {};
    }
}

QVariant InsightTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section >= m_textColumns ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QColor InsightTableModel::severityColour(int index)
{
    static const QColor colours[]
        = {QColor(0x9c, 0x1c, 0x1c), QColor(0xe0, 0x6c, 0x1a), QColor(0xf2, 0xbf, 0x3a),
            QColor(0x4a, 0x86, 0xc8), QColor(0x9a, 0xb8, 0x8a), QColor(0x8e, 0x6c, 0xb0)};
    return colours[std::max(0, index) % int(std::size(colours))];
}

} // namespace Inflection
