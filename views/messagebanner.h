// A strip above the page that tells the user something they must not miss (read-only, conflicts).
#pragma once

#include <QFrame>

class QLabel;
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
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close = nullptr;
};

} // namespace Inflection
