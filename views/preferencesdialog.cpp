// The preferences: a page for the person, a page for the workspace.
#include "preferencesdialog.h"

#include "appearance.h"
#include "choicedelegate.h"
#include "domain/contingencyitem.h"
#include "domain/incidentfacts.h"
#include "domain/riskmatrix.h"
#include "gridcolumns.h"
#include "io/techradarfile.h"
#include "language.h"
#include "messagebanner.h"
#include "rowlisteditor.h"
#include "store/serverroles.h"
#include "store/workspacelocation.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
const auto defaultWorkspaceKey = u"workspaces/default"_s;
const auto languageKey = u"ui/language"_s;

} // namespace

PreferencesDialog::PreferencesDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_settingsEditable = m_session && !m_session->isReadOnly();
    if (m_session && m_session->isReadOnly())
        m_settingsReason = m_session->readOnlyReason();
    if (m_settingsEditable && m_session->workspace()->isServer()) {
        const Result<QString> level = ServerRoles::level(*m_session->workspace());
        const QString server = m_session->workspace()->workspaceLocation().displayName();
        if (level && *level == u"editor"_s)
            m_settingsReason = tr("Only an admin of the workspace on “%1” may change its settings; your "
                                  "login is an editor there.")
                                   .arg(server);
        else if (level && *level == u"reader"_s)
            m_settingsReason = tr("Only an admin of the workspace on “%1” may change its settings; your "
                                  "login is a reader there.")
                                   .arg(server);
        m_settingsEditable = m_settingsReason.isEmpty();
    }
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createPersonalPage(), QString());
    m_tabs->addTab(createWorkspacePage(), QString());
    m_tabs->addTab(createKnownTechnologiesPage(), QString());
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    m_error = new MessageBanner(true, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslateUi();
    load();
    resize(780, 660);
}

QLabel *PreferencesDialog::formLabel(QWidget *page, const char *text)
{
    auto *label = new QLabel(page);
    m_labels.append({label, text});
    return label;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Another language applied (here, with Apply, or elsewhere): the dialog speaks it at once, on the
    // tab it was on, with what was typed left as it is.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_tabs->setTabText(0, tr("&You"));
    m_tabs->setTabText(1, tr("&Workspace"));
    m_tabs->setTabText(2, tr("&Known Technologies"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));

    m_author->setToolTip(tr("The name your changes, comments and votes carry"));
    m_defaultWorkspace->setToolTip(tr("The workspace opened at start: a file, or a team server as "
                                      "postgresql://host/database or service=name (never with a password)"));
    m_browse->setText(tr("Choose…"));
    m_browse->setAccessibleName(tr("Choose the default workspace"));
    m_browse->setToolTip(tr("Choose a workspace file"));
    m_useCurrent->setText(tr("Use Current"));
    m_useCurrent->setAccessibleName(tr("Use the open workspace as the default"));
    if (m_session)
        m_useCurrent->setToolTip(tr("Open this workspace at start: %1")
                                     .arg(m_session->workspace()->workspaceLocation().displayName()));
    if (m_session && m_session->workspace()->isServer()) {
        // On a server the change log names the login the server authenticated, never a typed name.
        const Result<QString> login = ServerRoles::login(*m_session->workspace());
        const QString server = m_session->workspace()->workspaceLocation().displayName();
        m_authorNote->setText(login
                ? tr("On “%1” your changes carry your login, %2, whatever this name says. The name is used "
                     "in workspace files.")
                      .arg(server, *login)
                : tr("On “%1” your changes carry your server login, whatever this name says. The name is "
                     "used in workspace files.")
                      .arg(server));
    }
    m_language->setItemText(0, tr("As the system is set"));
    m_appearance->setItemText(0, tr("As the system is set"));
    m_appearance->setItemText(1, tr("Light"));
    m_appearance->setItemText(2, tr("Dark"));

    severityTable()->setHorizontalHeaderLabels({tr("Key"), tr("Name"), tr("Description")});
    severityTable()->setAccessibleName(tr("Severity levels"));
    m_severity->addButton()->setText(tr("Add Le&vel"));
    m_severity->removeButton()->setText(tr("&Remove Level"));
    m_matrixCorner->setText(tr("Likelihood ↓ / impact →"));
    for (int i = 1; i <= 5; ++i) {
        m_impactLabels.at(i - 1)->setText(impactLabel(i));
        m_likelihoodLabels.at(i - 1)->setText(likelihoodLabel(i));
    }
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            QComboBox *cell = matrixCell(likelihood, impact);
            for (int item = 0; item < cell->count(); ++item)
                cell->setItemText(item, riskLevelDisplayName(RiskLevel(cell->itemData(item).toInt())));
            cell->setAccessibleName(tr("Risk level for likelihood %1, impact %2")
                                        .arg(likelihoodLabel(likelihood), impactLabel(impact)));
        }
    }
    m_ticketTemplate->setToolTip(
        tr("How a remediation item's ticket key becomes a link: {key} is replaced by the key"));
    QTableWidget *known = m_known->table();
    known->setHorizontalHeaderLabels(
        {tr("Name"), tr("Also written"), tr("Ring"), tr("Quadrant"), tr("Description")});
    known->setAccessibleName(tr("Known technologies"));
    known->setToolTip(
        tr("Technologies the organisation already knows, by their ring on its tech radar: a "
           "departure the radar does not name is new technology, one in the ring Hold is on hold"));
    known->horizontalHeaderItem(KnownAliasesColumn)
        ->setToolTip(tr("Other names people write it under, separated by semicolons: Postgres; pg"));
    if (auto *rings = qobject_cast<ChoiceDelegate *>(known->itemDelegateForColumn(KnownRingColumn))) {
        ChoiceDelegate::Choices choices;
        for (const RadarRing ring : radarRings().values())
            choices.append({radarRings().key(ring), radarRings().displayName(ring)});
        rings->setChoices(choices);
    }
    m_known->addButton()->setText(tr("Add &Technology"));
    m_known->removeButton()->setText(tr("Re&move Technology"));
    m_importRadar->setText(tr("&Import Radar…"));
    m_importRadar->setToolTip(tr("Read a tech radar's CSV or JSON file (as “Build your own radar” reads it): "
                                 "what it adds and changes is shown first"));
    m_exportRadar->setText(tr("E&xport Radar…"));
    m_exportRadar->setToolTip(tr("Write the known technologies as a tech radar's CSV or JSON file"));
    m_knownNote->setText(
        tr("The technologies the organisation knows, as its tech radar lists them. A departure "
           "the radar does not name is new technology; one in the ring Hold is on hold. Names "
           "match whatever their case, spaces and punctuation, and under any name in "
           "“Also written”."));
    if (m_session && !m_settingsEditable)
        m_knownNote->setText(m_knownNote->text() + u"\n\n"_s + m_settingsReason);
    m_categories->table()->setHorizontalHeaderLabels({tr("Category")});
    m_categories->table()->setAccessibleName(tr("Categories of contributing factors"));
    m_categories->table()->setToolTip(tr("The categories a postmortem's contributing factors are filed "
                                         "under; a renamed category keeps its factors"));
    m_categories->addButton()->setText(tr("Add Cate&gory"));
    m_categories->removeButton()->setText(tr("Remove Cat&egory"));
    if (!m_session)
        m_note->setText(tr("No workspace is open."));
    else if (!m_settingsEditable)
        m_note->setText(m_settingsReason);
    else
        m_note->setText(tr("Kept in the workspace “%1”: everyone who opens it sees the same.")
                            .arg(QDir::toNativeSeparators(m_session->path())));
}

QTableWidget *PreferencesDialog::severityTable() const
{
    return m_severity->table();
}

QString PreferencesDialog::defaultWorkspace()
{
    const QString chosen = QSettings().value(defaultWorkspaceKey).toString();
    return chosen.isEmpty() ? WorkspaceSession::defaultPath() : chosen;
}

QString PreferencesDialog::language()
{
    return QSettings().value(languageKey).toString();
}

QWidget *PreferencesDialog::createPersonalPage()
{
    auto *page = new QWidget(this);
    m_author = new QLineEdit(page);
    m_author->setPlaceholderText(WorkspaceSession::systemUserName());
    m_defaultWorkspace = new QLineEdit(page);
    m_defaultWorkspace->setPlaceholderText(QDir::toNativeSeparators(WorkspaceSession::defaultPath()));
    m_browse = new QToolButton(page);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Default Workspace"), defaultWorkspace(),
            tr("Inflection workspaces (*.inflection)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_defaultWorkspace->setText(QDir::toNativeSeparators(path));
    });
    // The workspace open now, a server's among them (its connection as settings keep it: no password).
    m_useCurrent = new QToolButton(page);
    m_useCurrent->setEnabled(m_session != nullptr);
    connect(m_useCurrent, &QToolButton::clicked, this, [this] {
        if (!m_session)
            return;
        const WorkspaceLocation location = m_session->workspace()->workspaceLocation();
        m_defaultWorkspace->setText(
            location.isFile() ? QDir::toNativeSeparators(location.filePath()) : location.toString());
    });
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_defaultWorkspace, 1);
    workspaceRow->addWidget(m_browse);
    workspaceRow->addWidget(m_useCurrent);
    m_authorNote = new QLabel(page);
    m_authorNote->setWordWrap(true);
    m_authorNote->setVisible(m_session && m_session->workspace()->isServer());

    m_language = new QComboBox(page);
    m_language->addItem(QString(), QString()); // the system's (retranslateUi() names it)
    // Each language by its own name.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_appearance = new QComboBox(page);
    m_appearance->addItem(QString(), u"system"_s);
    m_appearance->addItem(QString(), u"light"_s);
    m_appearance->addItem(QString(), u"dark"_s);

    auto *form = new QFormLayout(page);
    const auto row = [&](const char *text, QWidget *buddy) {
        QLabel *label = formLabel(page, text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(row(QT_TR_NOOP("Your &name:"), m_author), m_author);
    form->addRow(QString(), m_authorNote);
    form->addRow(row(QT_TR_NOOP("&Default workspace:"), m_defaultWorkspace), workspaceRow);
    form->addRow(row(QT_TR_NOOP("&Language:"), m_language), m_language);
    form->addRow(row(QT_TR_NOOP("&Appearance:"), m_appearance), m_appearance);
    return page;
}

QWidget *PreferencesDialog::createWorkspacePage()
{
    auto *page = new QWidget(this);
    m_timeZone = new QComboBox(page);
    m_timeZone->setEditable(false);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones)
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timeZone->setToolTip(tr("Times in this workspace are shown and entered in this zone"));

    m_severity = new RowListEditor(3, page);
    // Headers whole in every language, the description taking the width left over.
    auto *severityColumns = new GridColumns(m_severity->table(), u"preferences/severity"_s);
    severityColumns->setTextColumn(1, 1);
    severityColumns->setTextColumn(2, 3);
    // Three levels seen at once, however little room the page has.
    QTableWidget *levels = severityTable();
    levels->setMinimumHeight(levels->horizontalHeader()->sizeHint().height()
        + 3 * levels->verticalHeader()->defaultSectionSize() + 2 * levels->frameWidth());
    m_severity->setNewRow(
        [this](int row) { severityTable()->item(row, 0)->setText(u"sev%1"_s.arg(row + 1)); }, 1);

    // The heatmap's matrix: likelihood down, impact across, as the heatmap draws it.
    auto *matrix = new QGridLayout;
    m_matrixCorner = new QLabel(page);
    matrix->addWidget(m_matrixCorner, 0, 0);
    for (int impact = 1; impact <= 5; ++impact) {
        m_impactLabels.append(new QLabel(page));
        matrix->addWidget(m_impactLabels.last(), 0, impact);
    }
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        m_likelihoodLabels.append(new QLabel(page));
        matrix->addWidget(m_likelihoodLabels.last(), likelihood, 0);
        for (int impact = 1; impact <= 5; ++impact) {
            auto *cell = new QComboBox(page);
            for (const RiskLevel level :
                {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::VeryHigh})
                cell->addItem(QString(), int(level));
            matrix->addWidget(cell, likelihood, impact);
            m_matrix.append(cell);
        }
    }

    m_ticketTemplate = new QLineEdit(page);
    m_ticketTemplate->setPlaceholderText(u"https://tracker.example/browse/{key}"_s);

    m_note = new QLabel(page);
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto row = [&](const char *text, QWidget *buddy) {
        QLabel *label = formLabel(page, text);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(row(QT_TR_NOOP("Time &zone:"), m_timeZone), m_timeZone);
    form->addRow(row(QT_TR_NOOP("&Severity levels:"), severityTable()), m_severity);
    form->addRow(row(QT_TR_NOOP("Risk &matrix:"), m_matrix.first()), matrix);
    form->addRow(row(QT_TR_NOOP("Ticket add&ress:"), m_ticketTemplate), m_ticketTemplate);
    // A short list under its name, leaving the height to the severity levels.
    auto *lists = new QVBoxLayout;
    lists->addWidget(
        row(QT_TR_NOOP("Categories of contributing &factors:"), createFactorCategories(page)->table()));
    lists->addWidget(m_categories);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_note);
    layout->addLayout(form, 3);
    layout->addLayout(lists, 2);
    const bool editable = m_settingsEditable;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (w != m_note && !qobject_cast<QLabel *>(w))
            w->setEnabled(editable);
    }
    return page;
}

QWidget *PreferencesDialog::createKnownTechnologiesPage()
{
    auto *page = new QWidget(this);
    m_knownNote = new QLabel(page);
    m_knownNote->setWordWrap(true);
    m_known = new RowListEditor(KnownColumnCount, page);
    m_known->moveUpButton()->hide(); // kept in the order of their names
    m_known->moveDownButton()->hide();
    QTableWidget *table = m_known->table();
    auto *rings = new ChoiceDelegate({}, table);
    rings->setShowsLabels(true);
    table->setItemDelegateForColumn(KnownRingColumn, rings);
    m_known->setNewRow(
        [table](int row) { table->item(row, KnownRingColumn)->setText(radarRings().key(RadarRing::Adopt)); },
        KnownNameColumn);
    auto *columns = new GridColumns(table, u"preferences/knownTechnologies"_s);
    columns->setTextColumn(KnownNameColumn, 2);
    columns->setTextColumn(KnownAliasesColumn, 2);
    columns->setTextColumn(KnownQuadrantColumn, 2);
    columns->setTextColumn(KnownDescriptionColumn, 4);

    m_importRadar = new QPushButton(page);
    m_exportRadar = new QPushButton(page);
    connect(m_importRadar, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Radar"), QDir::homePath(), tr("Tech radars (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            importRadar(path);
    });
    connect(m_exportRadar, &QPushButton::clicked, this, [this] {
        QString selected;
        QString path = QFileDialog::getSaveFileName(this, tr("Export Radar"),
            QDir(QDir::homePath()).filePath(u"radar.csv"_s), tr("Radar CSV (*.csv);;Radar JSON (*.json)"),
            &selected);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += selected.contains(u".json"_s) ? u".json"_s : u".csv"_s;
        exportRadar(path);
    });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importRadar);
    fileButtons->addWidget(m_exportRadar);
    fileButtons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_knownNote);
    layout->addWidget(m_known, 1);
    layout->addLayout(fileButtons);
    const bool editable = m_settingsEditable;
    m_known->setEnabled(editable);
    m_importRadar->setEnabled(editable);
    m_exportRadar->setEnabled(m_session != nullptr);
    return page;
}

void PreferencesDialog::showKnownTechnologies(const QList<KnownTechnology> &technologies)
{
    QTableWidget *table = m_known->table();
    table->setRowCount(int(technologies.size()));
    for (int row = 0; row < technologies.size(); ++row) {
        const KnownTechnology &t = technologies.at(row);
        auto *name = new QTableWidgetItem(t.name);
        // What the page does not show, kept as it was.
        name->setData(Qt::UserRole, t.kind);
        name->setData(Qt::UserRole + 1, t.isNew);
        table->setItem(row, KnownNameColumn, name);
        table->setItem(row, KnownAliasesColumn, new QTableWidgetItem(t.aliases.join(u"; "_s)));
        table->setItem(row, KnownRingColumn, new QTableWidgetItem(radarRings().key(t.ring)));
        table->setItem(row, KnownQuadrantColumn, new QTableWidgetItem(t.quadrant));
        table->setItem(row, KnownDescriptionColumn, new QTableWidgetItem(t.description));
    }
}

QList<KnownTechnology> PreferencesDialog::shownKnownTechnologies() const
{
    QList<KnownTechnology> technologies;
    const QTableWidget *table = m_known->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        KnownTechnology t;
        t.name = m_known->text(row, KnownNameColumn);
        if (t.name.isEmpty())
            continue; // a row added and left empty
        if (const QTableWidgetItem *name = table->item(row, KnownNameColumn)) {
            if (const QString kind = name->data(Qt::UserRole).toString(); !kind.isEmpty())
                t.kind = kind;
            t.isNew = name->data(Qt::UserRole + 1).toBool();
        }
        t.aliases = TechRadarFile::splitAliases(m_known->text(row, KnownAliasesColumn));
        t.ring
            = KnownTechnology::ringFromText(m_known->text(row, KnownRingColumn)).value_or(RadarRing::Adopt);
        t.quadrant = m_known->text(row, KnownQuadrantColumn);
        t.description = m_known->text(row, KnownDescriptionColumn);
        technologies.append(t);
    }
    return technologies;
}

bool PreferencesDialog::importRadar(const QString &path)
{
    const Result<TechRadarFile::Parsed> parsed = TechRadarFile::readFile(path);
    if (!parsed) {
        fail(parsed.message());
        return false;
    }
    const TechRadarFile::Merge merge = TechRadarFile::merge(shownKnownTechnologies(), parsed->technologies);
    QStringList problems;
    for (const TechRadarFile::Problem &problem : parsed->problems)
        problems.append(TechRadarFile::describe(problem));
    const QString file = QFileInfo(path).fileName();
    QStringList summary;
    summary.append(tr("“%1” adds %n technologies", nullptr, int(merge.added.size())).arg(file)
        + (merge.added.isEmpty() ? u"."_s : u": "_s + merge.added.join(u", "_s) + u'.'));
    summary.append(tr("It changes %n known technologies", nullptr, int(merge.changed.size()))
        + (merge.changed.isEmpty() ? u"."_s : u": "_s + merge.changed.join(u", "_s) + u'.'));
    summary.append(tr("Those it does not name stay as they are."));
    if (!problems.isEmpty())
        summary.append(tr("%n rows could not be read and are left out:", nullptr, int(problems.size()))
            + u'\n' + problems.join(u'\n'));
    if (merge.added.isEmpty() && merge.changed.isEmpty()) {
        m_error->showMessage(summary.join(u'\n'), MessageBanner::Level::Information);
        return false;
    }
    QMessageBox ask(
        QMessageBox::Question, tr("Import Radar"), summary.join(u"\n\n"_s), QMessageBox::Cancel, this);
    QPushButton *take = ask.addButton(tr("&Import"), QMessageBox::AcceptRole);
    ask.setDefaultButton(take);
    ask.exec();
    if (ask.clickedButton() != take)
        return false;
    showKnownTechnologies(merge.technologies);
    m_error->showMessage(
        tr("Imported from “%1”: %2 added, %3 changed. OK or Apply stores them in the workspace.")
                .arg(file)
                .arg(merge.added.size())
                .arg(merge.changed.size())
            + (problems.isEmpty() ? QString() : u'\n' + problems.join(u'\n')),
        problems.isEmpty() ? MessageBanner::Level::Information : MessageBanner::Level::Warning);
    return true;
}

bool PreferencesDialog::exportRadar(const QString &path)
{
    if (const Result<> written = TechRadarFile::writeFile(path, shownKnownTechnologies()); !written) {
        fail(written.message());
        return false;
    }
    m_error->showMessage(
        tr("The known technologies are written to “%1”.").arg(QDir::toNativeSeparators(path)),
        MessageBanner::Level::Information);
    return true;
}

RowListEditor *PreferencesDialog::createFactorCategories(QWidget *page)
{
    // Names only: the key (Qt::UserRole) is made from the name when the category is first stored and
    // kept when it is renamed, so that the factors filed under it stay there.
    m_categories = new RowListEditor(1, page);
    QTableWidget *table = m_categories->table();
    table->horizontalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // One line each, as a list's rows: more of them seen in the room the list has.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    m_categories->setNewRow({}, 0);
    connect(m_categories, &RowListEditor::aboutToRemoveRow, this, &PreferencesDialog::tellRemovedCategory);
    return m_categories;
}

void PreferencesDialog::tellRemovedCategory(int row)
{
    const QTableWidgetItem *item = m_categories->table()->item(row, 0);
    const QString key = item ? item->data(Qt::UserRole).toString() : QString();
    const QString name = m_categories->text(row, 0);
    if (key.isEmpty() || !m_session)
        return; // a category added here: nothing can be filed under it yet
    const Result<QHash<QString, int>> counts = m_session->factorCountsByCategory();
    if (!counts) {
        fail(counts.message());
        return;
    }
    const int used = counts->value(key);
    if (used == 0)
        return;
    m_error->showMessage(tr("%n contributing factor(s) are filed under “%1”. They keep that category, "
                            "shown by its key “%2”, until someone gives them another one.",
                             nullptr, used)
                             .arg(name, key),
        MessageBanner::Level::Information);
    m_error->addButton(tr("Put It Back"), [this, row, key, name] {
        QTableWidget *table = m_categories->table();
        const int at = std::min(row, table->rowCount());
        table->insertRow(at);
        auto *back = new QTableWidgetItem(name);
        back->setData(Qt::UserRole, key);
        table->setItem(at, 0, back);
        table->setCurrentCell(at, 0);
        m_error->hide();
    });
}

QList<FactorCategory> PreferencesDialog::wantedFactorCategories() const
{
    const QTableWidget *table = m_categories->table();
    QStringList taken;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = table->item(row, 0))
            taken += item->data(Qt::UserRole).toString();
    }
    QList<FactorCategory> wanted;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, 0);
        QString key = item ? item->data(Qt::UserRole).toString() : QString();
        const QString name = m_categories->text(row, 0);
        if (key.isEmpty()) {
            key = newFactorCategoryKey(name, taken);
            taken += key;
        }
        wanted.append({key, name});
    }
    return wanted;
}

void PreferencesDialog::load()
{
    m_author->setText(QSettings().value(u"identity/authorName"_s).toString());
    const QString chosenWorkspace = QSettings().value(defaultWorkspaceKey).toString();
    m_defaultWorkspace->setText(WorkspaceLocation::looksLikeServer(chosenWorkspace)
            ? chosenWorkspace
            : QDir::toNativeSeparators(chosenWorkspace));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Appearance::stored())));
    if (!m_session)
        return;
    const Result<WorkspaceConfig> stored = m_session->config();
    if (!stored) {
        fail(stored.message());
        return;
    }
    const WorkspaceConfig &config = *stored;
    // The zone as stored, even when this computer lists it under another name (an alias such as "UTC"):
    // shown as it is, so that applying other settings does not change it.
    const QString zone = QString::fromLatin1(config.timeZone.id());
    if (m_timeZone->findData(zone) < 0)
        m_timeZone->insertItem(0, zone, zone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(zone));
    QTableWidget *levels = severityTable();
    levels->setRowCount(int(config.severityLevels.size()));
    for (int row = 0; row < config.severityLevels.size(); ++row) {
        const SeverityLevel &level = config.severityLevels.at(row);
        levels->setItem(row, 0, new QTableWidgetItem(level.key));
        levels->setItem(row, 1, new QTableWidgetItem(level.name));
        levels->setItem(row, 2, new QTableWidgetItem(level.description));
    }
    levels->resizeColumnToContents(0);
    levels->resizeColumnToContents(1);
    QTableWidget *categories = m_categories->table();
    categories->setRowCount(int(config.factorCategories.size()));
    for (int row = 0; row < config.factorCategories.size(); ++row) {
        auto *item = new QTableWidgetItem(config.factorCategories.at(row).name);
        item->setData(Qt::UserRole, config.factorCategories.at(row).key);
        categories->setItem(row, 0, item);
    }
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact)
            matrixCell(likelihood, impact)->setCurrentIndex(int(config.riskMatrix.level(likelihood, impact)));
    }
    m_ticketTemplate->setText(config.ticketUrlTemplate);
    showKnownTechnologies(config.knownTechnologies.technologies());
}

void PreferencesDialog::fail(const QString &message)
{
    m_lastError = message;
    m_error->showMessage(message);
}

bool PreferencesDialog::apply()
{
    m_lastError.clear();
    m_error->hide();
    // A server given as the default workspace is kept as its connection without any password.
    QString chosenWorkspace = m_defaultWorkspace->text().trimmed();
    if (WorkspaceLocation::looksLikeServer(chosenWorkspace)) {
        const Result<WorkspaceLocation> server = WorkspaceLocation::parse(chosenWorkspace);
        if (!server) {
            fail(server.message());
            return false;
        }
        chosenWorkspace = server->toString();
    } else {
        chosenWorkspace = QDir::fromNativeSeparators(chosenWorkspace);
    }
    if (m_settingsEditable && !applyWorkspace())
        return false;
    if (m_session)
        m_session->setAuthorName(m_author->text());
    else
        WorkspaceSession::storeAuthorName(m_author->text());
    QSettings settings;
    if (chosenWorkspace.isEmpty())
        settings.remove(defaultWorkspaceKey);
    else
        settings.setValue(defaultWorkspaceKey, chosenWorkspace);
    if (m_language->currentData().toString() != language()) {
        settings.setValue(languageKey, m_language->currentData());
        Language::apply(m_language->currentData().toString()); // the windows retranslate themselves
    }
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != Appearance::stored()) {
        Appearance::store(appearance);
        Appearance::apply(appearance);
    }
    return true;
}

bool PreferencesDialog::applyWorkspace()
{
    WorkspaceConfig wanted;
    wanted.severityLevels.clear();
    for (int row = 0; row < severityTable()->rowCount(); ++row)
        wanted.severityLevels.append(
            {m_severity->text(row, 0), m_severity->text(row, 1), m_severity->text(row, 2)});
    wanted.factorCategories = wantedFactorCategories();
    wanted.timeZone = QTimeZone(m_timeZone->currentData().toString().toLatin1());
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact)
            wanted.riskMatrix.setLevel(
                likelihood, impact, RiskLevel(matrixCell(likelihood, impact)->currentData().toInt()));
    }
    wanted.ticketUrlTemplate = m_ticketTemplate->text().trimmed();
    wanted.knownTechnologies = TechRadar(shownKnownTechnologies());
    // Everything is checked before anything is written: a refused value leaves the workspace as it was.
    if (const Result<> written = m_session->setConfig(wanted); !written) {
        fail(written.message());
        return false;
    }
    // The new categories keep the keys they were stored with, whatever they are renamed to later.
    for (int row = 0; row < wanted.factorCategories.size(); ++row) {
        if (QTableWidgetItem *item = m_categories->table()->item(row, 0))
            item->setData(Qt::UserRole, wanted.factorCategories.at(row).key);
    }
    return true;
}

} // namespace Inflection
