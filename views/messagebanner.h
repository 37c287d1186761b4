// A strip above the page that tells the user something they must not miss (read-only, conflicts).
#pragma once

#include "editing/editconflict.h"

#include <QFrame>

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
    QString text() const;
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    QLabel *m_label;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    std::function<void()> m_pendingKeepMine;
    QToolButton *m_close = nullptr;
};

} // namespace Inflection
