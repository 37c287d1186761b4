// A review's attendees with their roles (the roles of its kind): add, remove, edit in place.
#pragma once

#include "domain/reviewkind.h"

#include <QWidget>

class QAction;
class QTableView;

namespace Inflection {

class AttendeeModel;

class AttendeesPanel : public QWidget
{
    Q_OBJECT
public:
    AttendeesPanel(AttendeeModel *model, ReviewKind kind, const QString &intro, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    void setReadOnly(bool readOnly);

private:
    AttendeeModel *m_model;
    ReviewKind m_kind;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace Inflection
