// A review's one-row model (incident facts, launch plan, the meeting's outcome) in a form: each field is
// saved as it loses the focus. Read-only (a reader, a lost server, a newer schema) makes the editors
// read-only rather than disabled: the focus stays where it is and nothing is saved on its way out, and
// a value typed before stays in its field (FormDelegate) and is saved when the form is editable again.
#pragma once

#include <QDataWidgetMapper>

namespace Inflection {

class FormDelegate;

class FormMapper : public QDataWidgetMapper
{
    Q_OBJECT
public:
    explicit FormMapper(QAbstractItemModel *model, QObject *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

private:
    QList<QWidget *> mappedWidgets() const;

    FormDelegate *m_delegate;
    bool m_readOnly = false;
};

} // namespace Inflection
