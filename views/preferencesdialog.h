// Edit ▸ Preferences: the user's own settings (name, default workspace, language, appearance) kept in
// QSettings, and the open workspace's (time zone, severity levels, risk matrix, ticket address, categories
// of contributing factors, and on a page of their own the known technologies as a tech radar, imported
// from and exported to the radar's CSV or JSON) kept in the workspace, so that everyone on a shared
// workspace sees the same.
#pragma once

#include "domain/contributingfactor.h"
#include "domain/knowntechnology.h"

#include <QDialog>

#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace Inflection {

class MessageBanner;
class RowListEditor;
class WorkspaceSession;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // session may be null (no workspace open) or read-only: its settings are then shown, not editable.
    explicit PreferencesDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Stores what was changed. A value that is refused (a ticket address without {key}, a severity
    // level without a name) is named in a message, and nothing of the workspace's is written.
    bool apply();

    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *defaultWorkspaceEdit() const { return m_defaultWorkspace; }
    QToolButton *useCurrentButton() const { return m_useCurrent; }
    QLabel *authorNote() const { return m_authorNote; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *appearanceBox() const { return m_appearance; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QTableWidget *severityTable() const;
    // The categories of contributing factors: their names (the key of each is its Qt::UserRole data).
    RowListEditor *factorCategoryEditor() const { return m_categories; }
    // likelihood and impact from 1 to 5.
    QComboBox *matrixCell(int likelihood, int impact) const
    {
        return m_matrix.at((likelihood - 1) * 5 + impact - 1);
    }
    QLineEdit *ticketTemplateEdit() const { return m_ticketTemplate; }
    // The known technologies: name, aliases (separated by semicolons), ring, quadrant, description.
    enum KnownColumn {
        KnownNameColumn,
        KnownAliasesColumn,
        KnownRingColumn,
        KnownQuadrantColumn,
        KnownDescriptionColumn,
        KnownColumnCount
    };
    RowListEditor *knownTechnologyEditor() const { return m_known; }
    QPushButton *importRadarButton() const { return m_importRadar; }
    QPushButton *exportRadarButton() const { return m_exportRadar; }
    // The known technologies as the page has them.
    QList<KnownTechnology> shownKnownTechnologies() const;
    // Reads a radar file into the page, after showing what it adds and changes (nothing is stored until
    // Apply or OK). Returns whether anything was taken in.
    bool importRadar(const QString &path);
    bool exportRadar(const QString &path);
    QString lastError() const { return m_lastError; }
    // Where refusals and notices (a removed category that factors are filed under) show.
    MessageBanner *messageBanner() const { return m_error; }
    QTabWidget *tabs() const { return m_tabs; }

    // The default workspace chosen in the preferences, or the standard place.
    static QString defaultWorkspace();
    // "" (the system's), "en", "de" or "ru".
    static QString language();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPersonalPage();
    // A form's label, its text (marked with QT_TR_NOOP) set again in every language.
    QLabel *formLabel(QWidget *page, const char *text);
    void retranslateUi();
    QWidget *createWorkspacePage();
    QWidget *createKnownTechnologiesPage();
    void showKnownTechnologies(const QList<KnownTechnology> &technologies);
    void load();
    bool applyWorkspace();
    void fail(const QString &message);
    RowListEditor *createFactorCategories(QWidget *page);
    // Says how many factors are filed under the category of row, about to be removed, with a way to put
    // it back.
    void tellRemovedCategory(int row);
    // The categories as the table has them; a new one (no key yet) gets its key from its name.
    QList<FactorCategory> wantedFactorCategories() const;

    WorkspaceSession *m_session;
    // Whether the workspace's settings may be changed here, and why not: a read-only workspace, or a
    // login on a server that is not the workspace's admin (the server refuses it anyway).
    bool m_settingsEditable = false;
    QString m_settingsReason;
    QTabWidget *m_tabs = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels; // each form label and its source text
    QToolButton *m_browse = nullptr;
    QToolButton *m_useCurrent = nullptr;
    QLabel *m_authorNote = nullptr;
    QLabel *m_matrixCorner = nullptr;
    QList<QLabel *> m_impactLabels;
    QList<QLabel *> m_likelihoodLabels;
    QPushButton *m_importRadar = nullptr;
    QPushButton *m_exportRadar = nullptr;
    QLabel *m_knownNote = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_defaultWorkspace = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QComboBox *m_timeZone = nullptr;
    RowListEditor *m_severity = nullptr;
    RowListEditor *m_categories = nullptr;
    QList<QComboBox *> m_matrix;
    QLineEdit *m_ticketTemplate = nullptr;
    RowListEditor *m_known = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageBanner *m_error = nullptr;
    QString m_lastError;
};

} // namespace Inflection
