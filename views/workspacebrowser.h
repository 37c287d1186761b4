// The list of a workspace's reviews, with kind and status filters and full-text search.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Inflection {

class GridColumns;
class ReviewFilterProxyModel;
class ReviewListModel;
class WorkspaceSession;

class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceBrowser(QWidget *parent = nullptr);

    // Shows the session's reviews; null shows none.
    void setSession(WorkspaceSession *session);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *statusFilter() const { return m_status; }
    ReviewFilterProxyModel *proxy() const { return m_proxy; }
    // What shows when no review is listed, and its button that clears the search and the filters.
    QLabel *placeholder() const { return m_placeholder; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }

    // Runs the current search again (after the workspace changed).
    void refreshSearch();
    // Empties the search field and sets the filters back to every kind and status.
    void clearFilters();
    QString currentUuid() const;

Q_SIGNALS:
    void openRequested(const QString &uuid);
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFilters();
    void updatePlaceholder();

    WorkspaceSession *m_session = nullptr;
    ReviewListModel *m_model = nullptr;
    ReviewFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTableView *m_view;
    QWidget *m_emptyState;
    GridColumns *m_columns = nullptr;
    QLabel *m_placeholder;
    QPushButton *m_clearFilters;
    QTimer *m_searchDelay;
};

} // namespace Inflection
