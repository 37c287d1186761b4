// File ▸ Import ▸ Decision Records…: choose a folder of architecture decision records (or one file),
// see which reviews it would add or update and which files cannot be read and why, then import.
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

Q_SIGNALS:
    void previewReady();

private:
    void preview();

    WorkspaceSession *m_session;
    QLineEdit *m_path;
    QComboBox *m_format;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    DecisionRecordImporter::Plan m_plan;
};

} // namespace Inflection
