// A strip above the page that tells the user something they must not miss (read-only, conflicts).
#pragma once

#include "editing/editconflict.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;
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
    Level level() const { return m_level; }
    // Whether the message waits for Keep Mine or Take Theirs.
    bool offersChoice() const;
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

    // The banner floats over the bottom of host (its parent) instead of taking a place in a layout, so
    // that a passing notice ("Saved to …") moves nothing; it goes by itself after a while unless the
    // pointer or the focus is on it.
    void floatOver(QWidget *host);
    bool isFloating() const { return m_host != nullptr; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The message shown changed in place: its buttons, level and focus stay.
    void setMessageText(const QString &text);

private:
    void place();

    QLabel *m_label;
    QWidget *m_host = nullptr;
    QTimer *m_expiry = nullptr;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    std::function<void()> m_pendingKeepMine;
    QToolButton *m_close = nullptr;
    QList<QPushButton *> m_buttons;
    Level m_level = Level::Warning;
};

} // namespace Inflection
