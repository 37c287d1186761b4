// "Did we foresee it?" in a postmortem: the contingency items of operability reviews that the incident was
// (and whether their mitigation held) and the departures of architecture reviews it involved, linked from
// a searchable list of candidates (the postmortem's own system first); or that nothing foresaw it.
#pragma once

#include "domain/incidentlink.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Inflection {

class PostmortemDocument;

class ForesightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForesightPanel(PostmortemDocument *document, QWidget *parent = nullptr);

    QTableView *linksView() const { return m_linksView; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidatesView() const { return m_candidates; }
    QComboBox *verdictBox() const { return m_verdict; }
    QPushButton *linkButton() const { return m_linkButton; }
    QAction *linkAction() const { return m_link; }
    QAction *removeAction() const { return m_remove; }
    QAction *openAction() const { return m_open; }
    QCheckBox *notForeseenBox() const { return m_notForeseen; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *candidatesNote() const { return m_candidatesNote; }

    void setReadOnly(bool readOnly);
    // The candidates read again (the search, the kind, or the workspace changed).
    void refreshCandidates();

Q_SIGNALS:
    // A linked item's review, to open.
    void openRequested(const QString &reviewUuid);
    // The item a link names, in its review.
    void openItemRequested(const QString &reviewUuid, const QString &itemUuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Links the current candidate with the chosen verdict; one undo step, which also takes back "not
    // foreseen" when the item says it was foreseen.
    void linkCurrent();
    void removeSelected();
    void openCurrent();
    void updateState();

    PostmortemDocument *m_document;
    QTableView *m_linksView;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QComboBox *m_verdict;
    QPushButton *m_linkButton;
    QAction *m_link;
    QAction *m_remove;
    QAction *m_open;
    QCheckBox *m_notForeseen;
    QLabel *m_note;
    QLabel *m_candidatesNote = nullptr; // why the list of items to link is empty, while it is
    QList<LinkTarget> m_shown; // the candidates listed, in their order
    bool m_readOnly = false;
};

} // namespace Inflection
