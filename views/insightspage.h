// Insights: what the workspace's postmortems add up to, as charts with their tables — incidents by month
// and severity, time to detect, mitigate and resolve, contributing factors by category, how the
// remediation items were followed through, whether the incidents were foreseen (and how the items that
// happened had been rated, on the risk matrix), the remediation ideas that recur and the incidents since
// each new technology — filtered by period, system, tag and severity. A bar, a cell or a row leads to the
// postmortems behind it.
#pragma once

#include "domain/contributingfactor.h"
#include "domain/incidentfacts.h"
#include "domain/insightfigures.h"
#include "report/report.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;

namespace Inflection {

class HeatmapWidget;
class InsightPanel;
class WorkspaceSession;

class InsightsPage : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsPage(QWidget *parent = nullptr);

    // Shows the session's postmortems; null shows none.
    void setSession(WorkspaceSession *session);
    // Reads the workspace again and recomputes (it is also done whenever the page is shown).
    void refresh();
    // The day periods end on and overdue items are judged by; today unless set (tests).
    void setToday(const QDate &today);

    // ThisQuarter and LastQuarter are calendar quarters (a quarterly review's period).
    enum Period { AllTime, Last90Days, LastYear, Custom, ThisQuarter, LastQuarter };
    QComboBox *periodFilter() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *systemFilter() const { return m_system; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *severityFilter() const { return m_severity; }
    InsightPanel *monthsPanel() const { return m_months; }
    InsightPanel *durationsPanel() const { return m_durations; }
    InsightPanel *categoriesPanel() const { return m_categories; }
    InsightPanel *followThroughPanel() const { return m_followThrough; }
    InsightPanel *ownersPanel() const { return m_owners; }
    InsightPanel *foresightPanel() const { return m_foresight; }
    InsightPanel *foresightMatrixPanel() const { return m_foresightMatrix; }
    HeatmapWidget *foresightMatrix() const { return m_matrix; }
    InsightPanel *recurringPanel() const { return m_recurring; }
    InsightPanel *newTechnologyPanel() const { return m_newTechnology; }
    // The list of postmortems shown when a bar or a row stands for several.
    QMenu *reviewsMenu() const { return m_reviewsMenu; }
    // Print… and Export PDF… and Markdown… of the learning report (the window prints and writes it).
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *exportPdfButton() const { return m_exportPdfButton; }
    QPushButton *exportMarkdownButton() const { return m_exportMarkdownButton; }

    // The learning report of the figures shown, with the filters chosen now.
    Report report() const;
    // A file name for it, without folder or suffix ("Learning report 2026-01-01 – 2026-03-31").
    QString reportFileName() const;

    InsightsFilter filter() const;
    const InsightFigures &figures() const { return m_figures; }
    // The postmortems behind a row of the month table (incidents of that month) or the category table.
    // With a severity level's key, only the incidents of that level (a segment of the month's bar).
    QStringList reviewsOfMonth(int row, const QString &severity = {}) const;
    QStringList reviewsOfCategory(int row) const;
    // The postmortems behind a row of a panel's table (its ReviewsRole).
    QStringList reviewsOfRow(InsightPanel *panel, int row) const;

Q_SIGNALS:
    void openRequested(const QString &uuid);
    // The person asked to print the learning report, or to export it ("pdf", "markdown").
    void printRequested();
    void exportRequested(const QString &format);
    void problem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void updateFilterChoices();
    void updatePeriod();
    void rebuildCharts();
    // Opens the one postmortem, or lists several at where (global) to choose from.
    void openReviews(const QStringList &uuids, const QPoint &where);
    QPoint rowPosition(InsightPanel *panel, int row) const;

    WorkspaceSession *m_session = nullptr;
    QDate m_today;
    InsightsData m_data;
    QList<SeverityLevel> m_levels;
    QList<FactorCategory> m_categoryNames;
    InsightFigures m_figures;

    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodDash = nullptr;
    QComboBox *m_system;
    QComboBox *m_tag;
    QComboBox *m_severity;
    QLabel *m_summary;
    InsightPanel *m_months;
    InsightPanel *m_durations;
    InsightPanel *m_categories;
    InsightPanel *m_followThrough;
    InsightPanel *m_owners;
    InsightPanel *m_foresight;
    HeatmapWidget *m_matrix;
    InsightPanel *m_foresightMatrix;
    InsightPanel *m_recurring;
    InsightPanel *m_newTechnology;
    QMenu *m_reviewsMenu;
    QPushButton *m_printButton;
    QPushButton *m_exportPdfButton;
    QPushButton *m_exportMarkdownButton;
};

} // namespace Inflection
