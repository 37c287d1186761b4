// Workspace browser: filter bar over a sortable review table.
#include "workspacebrowser.h"

#include "domain/datetimeformat.h"
#include "domain/reviewkind.h"
#include "domain/reviewstatus.h"
#include "gridcolumns.h"
#include "searchresultdelegate.h"
#include "workspace/reviewfilterproxymodel.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ReviewFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_emptyState(new QWidget(this))
    , m_placeholder(new QLabel(m_emptyState))
    , m_clearFilters(new QPushButton(tr("&Clear Search and Filters"), m_emptyState))
    , m_searchDelay(new QTimer(this))
{
    m_kind->addItem(tr("All kinds"));
    for (const ReviewKind kind : reviewKinds().values())
        m_kind->addItem(reviewKinds().displayName(kind), static_cast<int>(kind));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_status->addItem(tr("Any status"));
    for (const ReviewStatus status : reviewStatuses().values())
        m_status->addItem(reviewStatuses().displayName(status), static_cast<int>(status));
    m_status->setAccessibleName(tr("Filter by status"));

    m_search->setPlaceholderText(tr("Search titles, systems, tags and text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search reviews"));
    m_search->installEventFilter(this); // Escape empties it; Down and Enter go to the results
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Rows are one line each: a fixed height spares measuring every row of a large workspace.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Reviews"));
    // While searching, the title's cell shows where each review matched and the text there.
    m_view->setItemDelegateForColumn(ReviewListModel::TitleColumn, new SearchResultDelegate(m_view));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(ReviewListModel::UuidRole).toString());
    });

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_clearFilters->setAutoDefault(false);
    connect(m_clearFilters, &QPushButton::clicked, this, &WorkspaceBrowser::clearFilters);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_placeholder);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &WorkspaceBrowser::refreshSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkspaceBrowser::updateFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &WorkspaceBrowser::updateFilters);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &WorkspaceBrowser::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WorkspaceBrowser::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WorkspaceBrowser::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WorkspaceBrowser::updatePlaceholder);

    auto *filters = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyState);
    setFocusProxy(m_view);
    updatePlaceholder();
}

void WorkspaceBrowser::setSession(WorkspaceSession *session)
{
    m_session = session;
    ReviewListModel *model = session ? session->reviews() : nullptr;
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        // Kinds, statuses and dates come from small known sets: size the columns from those rather
        // than measuring every row of a large workspace.
        QStringList kinds;
        for (const ReviewKind kind : reviewKinds().values())
            kinds << reviewKinds().displayName(kind);
        QStringList statuses;
        for (const ReviewStatus status : reviewStatuses().values())
            statuses << reviewStatuses().displayName(status);
        const QString date = DateTimeFormat::dateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59)));
        const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
        if (!m_columns) {
            m_columns = new GridColumns(m_view, u"workspace/reviews"_s);
            m_columns->setTextColumn(ReviewListModel::TitleColumn, 3, 64); // a title is read whole
            m_columns->setTextColumn(ReviewListModel::SystemColumn, 1);
            m_columns->setTextColumn(ReviewListModel::OwnerColumn, 1);
            m_columns->setTextColumn(ReviewListModel::LastChangeColumn, 1); // after the title
        }
        m_columns->setSamples(ReviewListModel::KindColumn, kinds, icon);
        m_columns->setSamples(ReviewListModel::StatusColumn, statuses);
        m_columns->setSamples(ReviewListModel::UpdatedColumn, {date});
        m_columns->fit();
    }
    refreshSearch();
    updatePlaceholder();
}

void WorkspaceBrowser::refreshSearch()
{
    m_searchDelay->stop();
    if (!m_session) {
        m_proxy->setSearchMatches(std::nullopt);
        return;
    }
    const Result<std::optional<QList<SearchHit>>> hits = m_session->search(m_search->text());
    if (!hits)
        Q_EMIT problem(hits.message());
    m_proxy->setSearchHits(hits.valueOr(std::nullopt));
    // Rows found by a search have a second line: where the review matched, and the text there.
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(
        m_proxy->isSearching() ? SearchResultDelegate::rowHeight(metrics) : metrics.height() + 8);
    updatePlaceholder();
}

bool WorkspaceBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in a search field that holds text empties it (and shows every review again); in an empty
    // one it is left to the window.
    if (watched == m_search
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Down goes to the results, Enter opens the one chosen there, or the first.
        if (event->type() == QEvent::KeyPress && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_searchDelay->isActive())
                refreshSearch();
            if (m_proxy->rowCount() == 0)
                return true;
            QModelIndex chosen = m_view->currentIndex();
            if (!chosen.isValid())
                chosen = m_proxy->index(0, ReviewListModel::TitleColumn);
            if (key->key() == Qt::Key_Down) {
                m_view->setCurrentIndex(chosen);
                m_view->setFocus(Qt::TabFocusReason);
            } else {
                Q_EMIT openRequested(chosen.data(ReviewListModel::UuidRole).toString());
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_search->text().isEmpty()) {
            key->accept();
            if (event->type() == QEvent::KeyPress) {
                m_search->clear();
                refreshSearch();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkspaceBrowser::clearFilters()
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockStatus(m_status);
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->clear();
    updateFilters();
    refreshSearch();
    m_view->setFocus(Qt::OtherFocusReason);
}

QString WorkspaceBrowser::currentUuid() const
{
    return m_view->currentIndex().data(ReviewListModel::UuidRole).toString();
}

void WorkspaceBrowser::updateFilters()
{
    const QVariant kind = m_kind->currentData();
    m_proxy->setKindFilter(
        kind.isValid() ? std::optional(static_cast<ReviewKind>(kind.toInt())) : std::nullopt);
    const QVariant status = m_status->currentData();
    m_proxy->setStatusFilter(
        status.isValid() ? std::optional(static_cast<ReviewStatus>(status.toInt())) : std::nullopt);
    updatePlaceholder();
}

void WorkspaceBrowser::updatePlaceholder()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_emptyState->setVisible(empty);
    // The message stands where the list was, right under the search field, not at the window's foot.
    m_view->setVisible(!empty);
    if (!empty)
        return;
    const bool noReviews = !m_model || m_model->rowCount() == 0;
    m_clearFilters->setVisible(!noReviews);
    if (!m_session) {
        // Nothing is open (a server that asked for a password, say): not an empty workspace.
        m_placeholder->setText(tr("No workspace is open. Open one from the File menu, or connect to a "
                                  "team server (File ▸ Connect to Team Server…)."));
        return;
    }
    const QString searched = m_search->text().simplified();
    const bool filtered = m_kind->currentIndex() > 0 || m_status->currentIndex() > 0;
    if (noReviews)
        m_placeholder->setText(
            tr("No reviews yet. Start one from the File menu: an architecture review before "
               "you build, an operability review before you launch, a postmortem after a "
               "failure."));
    else if (!searched.isEmpty() && m_proxy->isSearching() && filtered)
        m_placeholder->setText(tr("No review of the kind and status chosen matches “%1”.").arg(searched));
    else if (!searched.isEmpty() && m_proxy->isSearching())
        m_placeholder->setText(tr("No review matches “%1”.").arg(searched));
    else
        m_placeholder->setText(tr("No review matches the filters."));
}

} // namespace Inflection
