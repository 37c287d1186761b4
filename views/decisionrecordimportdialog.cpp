// The decision-record import dialog.
#include "decisionrecordimportdialog.h"

#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

DecisionRecordImportDialog::DecisionRecordImportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_preview(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Decision Records"));
    auto *folder = new QPushButton(tr("&Folder…"), this);
    auto *file = new QPushButton(tr("Fi&le…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(folder);
    pathRow->addWidget(file);
    for (const DecisionRecordFormat format : decisionRecordFormats().values())
        m_format->addItem(decisionRecordFormats().displayName(format), static_cast<int>(format));

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Records:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);

    m_preview->setColumnCount(6);
    m_preview->setHeaderLabels(
        {tr("Action"), tr("File"), tr("Format"), tr("Title"), tr("Status"), tr("Superseded by")});
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    // Return in the path field shows the preview and goes no further; the dialog's default button
    // (Import) then imports only what a preview showed.
    m_path->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(960, 460);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // What is imported is what the preview shows: a path or format changed since is previewed first.
        if (m_shown != shownFor() || m_plan.items.isEmpty()) {
            preview();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::editingFinished, this, &DecisionRecordImportDialog::preview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DecisionRecordImportDialog::preview);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Decision Records"), path());
        if (!dir.isEmpty())
            setPath(dir);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Decision Record"), path(), tr("Markdown (*.md *.markdown);;All files (*)"));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

bool DecisionRecordImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            preview();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString DecisionRecordImportDialog::shownFor() const
{
    return path() + u'\n' + m_format->currentData().toString();
}

QString DecisionRecordImportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void DecisionRecordImportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    preview();
}

void DecisionRecordImportDialog::preview()
{
    m_preview->clear();
    m_plan = {};
    m_shown = shownFor();
    m_import->setEnabled(false);
    if (path().isEmpty()) {
        m_summary->clear();
        Q_EMIT previewReady();
        return;
    }
    const auto format = static_cast<DecisionRecordFormat>(m_format->currentData().toInt());
    const Result<DecisionRecordImporter::Plan> plan
        = DecisionRecordImporter(m_session->workspace()).plan(path(), format);
    if (!plan) {
        m_summary->setText(plan.message());
        Q_EMIT previewReady();
        return;
    }
    m_plan = *plan;
    for (const DecisionRecordImporter::Item &item : std::as_const(m_plan.items)) {
        const QString status
            = item.record.decision == ProposalDecision::Pending || !item.supersededBy.isEmpty()
            ? reviewStatuses().displayName(item.record.status)
            : reviewStatuses().displayName(item.record.status) + u" · "_s
                + proposalDecisions().displayName(item.record.decision);
        auto *row = new QTreeWidgetItem(m_preview,
            {item.unchanged       ? tr("Unchanged")
                    : item.update ? tr("Update")
                                  : tr("Add"),
                QFileInfo(item.record.path).fileName(), item.record.dialect, item.record.title, status,
                item.supersededByTitle});
        row->setToolTip(1, QDir::toNativeSeparators(item.record.path));
        row->setToolTip(3, item.record.title);
    }
    for (const DecisionRecordImporter::Failure &failure : std::as_const(m_plan.failures)) {
        auto *row = new QTreeWidgetItem(
            m_preview, {tr("Not readable"), QFileInfo(failure.path).fileName(), QString(), failure.reason});
        row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        row->setFirstColumnSpanned(false);
        row->setToolTip(3, failure.reason);
    }
    for (int column = 0; column < 5; ++column)
        m_preview->resizeColumnToContents(column);
    // The file name and the title in their tooltips when long: the status and the link stay in view.
    m_preview->setColumnWidth(1, std::min(m_preview->columnWidth(1), 220));
    m_preview->setColumnWidth(3, std::min(m_preview->columnWidth(3), 280));
    m_preview->setColumnWidth(4, std::min(m_preview->columnWidth(4), 200));
    //: The preview's summary: "3 reviews to add, 2 to update, 1 file not readable".
    QString summary = tr("%n review(s) to add", nullptr, m_plan.additions()) + u", "_s
        + tr("%n to update", nullptr, m_plan.updates());
    if (m_plan.unchanged() > 0)
        summary += u", "_s + tr("%n unchanged", nullptr, m_plan.unchanged());
    if (!m_plan.failures.isEmpty())
        summary += u", "_s + tr("%n file(s) not readable", nullptr, int(m_plan.failures.size()));
    if (m_plan.supersedeLinks() > 0)
        summary += u"; "_s + tr("%n supersede link(s)", nullptr, m_plan.supersedeLinks());
    m_summary->setText(summary + u'.');
    m_import->setEnabled(!m_plan.items.isEmpty() && !m_session->isReadOnly());
    Q_EMIT previewReady();
}

} // namespace Inflection
