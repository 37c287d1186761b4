// A strip above the page that tells the user something they must not miss (read-only, conflicts).
#pragma once

#include "editing/editconflict.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Inflection {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level {
        Information,
        Warning,
    };

    explicit MessageBanner(bool closable, QWidget *parent = nullptr);

    void showMessage(const QString &text, Level level = Level::Warning);
    // A conflict: its message, and when there is a choice, Keep Mine and Take Theirs.
    void showConflict(const EditConflict &conflict);
    // A button after the message that acts on it ("Open", "Show in Folder"); the buttons go with the
    // next message.
    QPushButton *addButton(const QString &text, const std::function<void()> &action);
    QList<QPushButton *> buttons() const { return m_buttons; }
    QString text() const;
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    QLabel *m_label;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    std::function<void()> m_pendingKeepMine;
    QToolButton *m_close = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace Inflection
