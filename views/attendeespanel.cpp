// The attendees table with its toolbar.
#include "attendeespanel.h"

#include "choicedelegate.h"
#include "domain/attendee.h"
#include "gridcolumns.h"
#include "recordgrid.h"
#include "review/attendeemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Inflection {

AttendeesPanel::AttendeesPanel(AttendeeModel *model, ReviewKind kind, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_kind(kind)
    , m_view(new QTableView(this))
{
    RecordGrid::configure(m_view);
    RecordGrid::setModel(m_view, model);
    m_view->setAccessibleName(tr("Attendees"));
    ChoiceDelegate::Choices roles;
    for (const QString &key : attendeeRoleKeys(kind))
        roles.append({key, attendeeRoleDisplayName(key)});
    m_view->setItemDelegateForColumn(AttendeeModel::RoleColumn, new ChoiceDelegate(roles, this));
    auto *columns = new GridColumns(m_view, QStringLiteral("attendees"));
    columns->setTextColumn(AttendeeModel::NameColumn);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolbar->addAction(tr("&Add attendee"), this, [this] {
        const QString uuid = m_model->addAttendee(QString(), attendeeRoleKeys(m_kind).first());
        const QModelIndex name = m_model->index(m_model->rowOfUuid(uuid), AttendeeModel::NameColumn);
        RecordGrid::showNewRow(m_view, name);
    });
    m_remove = toolbar->addAction(tr("&Remove"), this, [this] {
        QStringList uuids;
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            uuids += index.data(AttendeeModel::UuidRole).toString();
        if (uuids.isEmpty() && m_view->currentIndex().isValid())
            uuids += m_view->currentIndex().data(AttendeeModel::UuidRole).toString();
        m_model->removeAttendees(uuids);
    });
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);

    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
}

void AttendeesPanel::setReadOnly(bool readOnly)
{
    RecordGrid::setEditable(m_view, !readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

} // namespace Inflection
