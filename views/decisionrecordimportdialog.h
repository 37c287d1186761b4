// File ▸ Import ▸ Decision Records…: choose a folder of architecture decision records (or one file),
// see which reviews it would add or update (or finds unchanged), in which format each file was
// recognised, and which files cannot be read and why, then import. Nothing is imported that the preview
// did not show.
#pragma once

#include "io/decisionrecordimporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Inflection {

class WorkspaceSession;

class DecisionRecordImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionRecordImportDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads path (a folder or a file) and shows what would be imported.
    void setPath(const QString &path);
    QString path() const;
    const DecisionRecordImporter::Plan &plan() const { return m_plan; }

    QLineEdit *pathEdit() const { return m_path; }
    QTreeWidget *previewTree() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

    // Return in the path field shows the preview; it never imports what was not shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void previewReady();

private:
    void preview();
    QString shownFor() const; // the path and format a preview is for

    QString m_shown; // shownFor() of the preview on show
    WorkspaceSession *m_session;
    QLineEdit *m_path;
    QComboBox *m_format;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    DecisionRecordImporter::Plan m_plan;
};

} // namespace Inflection
