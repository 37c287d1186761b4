// Review record form; remote changes show at once without overwriting a field being edited.
#include "reviewpage.h"

#include "domain/datetimeformat.h"
#include "domain/displaytext.h"
#include "review/reviewdocument.h"
#include "reviewview.h"
#include "reviewviewfactory.h"
#include "workspace/reviewlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ReviewPage::ReviewPage(ReviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(document->reviews())
    , m_uuid(document->uuid())
    , m_heading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_system(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_supersededBy(new QComboBox(this))
    , m_openSuccessor(new QToolButton(this))
    , m_supersedesCaption(new QLabel(tr("Supersede&s:"), this))
    , m_supersedes(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_presence(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QWidget(this))
    , m_foldButton(new QToolButton(this))
    , m_foldAction(new QAction(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    // However long the title, the heading never widens the window: below its width it is cut at the
    // window's edge (an explicit minimum instead of the whole text's width).
    m_heading->setMinimumWidth(m_heading->fontMetrics().averageCharWidth() * 12);
    m_meta->setEnabled(false);
    m_meta->setWordWrap(true);

    {
        for (const ReviewStatus status : reviewStatusesFor(document->kind()))
            m_status->addItem(reviewStatuses().displayName(status), reviewStatuses().key(status));
    }
    m_title->setPlaceholderText(tr("What is this review about?"));
    m_system->setPlaceholderText(tr("The system or component concerned"));
    m_owner->setPlaceholderText(tr("Who leads this review"));
    m_tags->setPlaceholderText(tr("Comma-separated"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("T&ags:"), m_tags);
    auto *successorRow = new QHBoxLayout;
    successorRow->addWidget(m_supersededBy, 1);
    successorRow->addWidget(m_openSuccessor);
    form->addRow(tr("Superseded &by:"), successorRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(successorRow)))
        label->setBuddy(m_supersededBy);
    m_supersededBy->setToolTip(tr("The review that replaces this one"));
    m_openSuccessor->setText(tr("&Open"));
    m_openSuccessor->setToolTip(tr("Open the review that replaces this one"));
    m_openSuccessor->setFocusPolicy(Qt::StrongFocus);
    connect(m_openSuccessor, &QToolButton::clicked, this, [this] {
        const QString uuid = m_supersededBy->currentData().toString();
        if (!uuid.isEmpty())
            Q_EMIT openReviewRequested(uuid);
    });
    // The reviews this one replaces, as links a person follows with the mouse or Tab and Return.
    m_supersedes->setTextFormat(Qt::RichText);
    m_supersedes->setWordWrap(true);
    m_supersedes->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_supersedes->setFocusPolicy(Qt::StrongFocus);
    m_supersedesCaption->setBuddy(m_supersedes);
    connect(m_supersedes, &QLabel::linkActivated, this, &ReviewPage::openReviewRequested);
    form->addRow(m_supersedesCaption, m_supersedes);

    m_presence->setWordWrap(true);
    m_presence->setAccessibleName(tr("Who else has this review open"));
    m_presence->hide();

    // One line always: the fold button, the title and, while folded, the status and the system.
    m_foldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_foldAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_foldAction);
    connect(m_foldAction, &QAction::triggered, this, [this] {
        m_userFolded = !m_folded;
        QSettings().setValue(foldSettingsKey(), *m_userFolded);
        showFolded(*m_userFolded);
    });
    m_foldButton->setDefaultAction(m_foldAction);
    m_foldButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_foldButton->setAutoRaise(true);
    m_foldButton->setFocusPolicy(Qt::StrongFocus);
    m_summary->setEnabled(false);
    m_summary->setTextFormat(Qt::PlainText);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 0);
    headingRow->addWidget(m_summary, 1);
    headingRow->addWidget(m_foldButton, 0, Qt::AlignRight);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_meta);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_presence);
    layout->addWidget(m_details);
    m_content = ReviewViewFactory::create(document, this);
    layout->addWidget(m_content, 1);

    setReadOnly(document->isReadOnly());
    connect(document, &ReviewDocument::readOnlyChanged, this, &ReviewPage::setReadOnly);

    connectLine(m_title, ReviewField::Title);
    connectLine(m_system, ReviewField::System);
    connectLine(m_owner, ReviewField::Owner);
    connectLine(m_tags, ReviewField::Tags);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        m_document->setReviewField(ReviewField::Status, m_status->itemData(index));
        refresh(); // a refused change puts the stored status back
    });
    connect(m_supersededBy, &QComboBox::activated, this, [this](int index) {
        m_document->setSupersededBy(m_supersededBy->itemData(index).toString());
        refresh();
    });
    // Any review's change: this one's fields, or the reviews that can supersede it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPage::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReviewPage::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReviewPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPage::refresh);
    refresh();
    const QVariant chosen = QSettings().value(foldSettingsKey());
    if (chosen.isValid())
        m_userFolded = chosen.toBool();
    showFolded(m_userFolded.value_or(false));
}

QString ReviewPage::foldSettingsKey()
{
    return u"ReviewPage/headerFolded"_s;
}

void ReviewPage::setHeaderFolded(bool folded)
{
    if (folded != m_folded)
        m_foldAction->trigger();
}

void ReviewPage::showFolded(bool folded)
{
    m_folded = folded;
    m_details->setVisible(!folded);
    m_summary->setVisible(folded);
    m_foldButton->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
    m_foldAction->setText(folded ? tr("Show details") : tr("Hide details"));
    m_foldAction->setToolTip(folded
            ? tr("Show the review's owner, tags and other details (%1)")
                  .arg(m_foldAction->shortcut().toString(QKeySequence::NativeText))
            : tr("Fold the review's details to one line, to leave more room below (%1)")
                  .arg(m_foldAction->shortcut().toString(QKeySequence::NativeText)));
    // Whoever was typing in a field that folds away goes on below.
    if (folded && m_details->isAncestorOf(focusWidget()))
        m_foldButton->setFocus(Qt::OtherFocusReason);
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userFolded && window()->height() < foldBelowHeight) {
        if (!m_folded)
            showFolded(true);
    } else if (!m_userFolded && m_folded) {
        showFolded(false);
    }
}

QUndoStack *ReviewPage::undoStack() const
{
    return m_document->undoStack();
}

void ReviewPage::setPresence(const QList<Presence> &others)
{
    QStringList people;
    for (const Presence &p : others) {
        const QString who = p.who.isEmpty() ? tr("Someone") : p.who;
        people += p.host.isEmpty() ? who : tr("%1 (on %2)").arg(who, p.host);
    }
    if (people.isEmpty()) {
        m_presence->hide();
        m_presence->clear();
        return;
    }
    m_presence->setText(tr("Also open by %1. Changes show here within seconds; where you both change "
                           "the same thing, you choose whose to keep.")
                            .arg(QLocale().createSeparatedList(people)));
    m_presence->show();
}

void ReviewPage::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_title, m_system, m_owner, m_tags})
        edit->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
    m_supersededBy->setEnabled(!readOnly);
    if (readOnly)
        return;
    // What was typed while the workspace could not save (a server away, a role taken back) is saved now,
    // as a form's fields are, without waiting for Return.
    const std::pair<QLineEdit *, ReviewField> lines[] = {{m_title, ReviewField::Title},
        {m_system, ReviewField::System}, {m_owner, ReviewField::Owner}, {m_tags, ReviewField::Tags}};
    for (const auto &[edit, field] : lines)
        commitLine(edit, field);
}

void ReviewPage::connectLine(QLineEdit *edit, ReviewField field)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] { commitLine(edit, field); });
}

void ReviewPage::commitLine(QLineEdit *edit, ReviewField field)
{
    if (edit->isReadOnly() || !edit->isModified())
        return;
    const Review *review = m_model->reviewByUuid(m_uuid);
    if (!review)
        return;
    QString text = edit->text();
    if (field == ReviewField::Title && text.trimmed().isEmpty())
        text = review->title; // a review keeps a title
    edit->setModified(false);
    if (text != review->field(field).toString() && !m_document->setReviewField(field, text)
        && edit->isReadOnly()) {
        // The workspace turned read-only as the change failed (a server's connection lost): the field
        // keeps what was typed, to be saved when it is editable again; the notice says it too.
        edit->setText(text);
        edit->setModified(true);
    }
    refresh();
}

void ReviewPage::refresh()
{
    const Review *review = m_model->reviewByUuid(m_uuid);
    if (!review) {
        m_heading->setText(tr("This review was deleted."));
        setEnabled(false);
        return;
    }
    m_heading->setText(
        review->title.isEmpty() ? reviewKinds().displayName(review->kind) : DisplayText::line(review->title));
    m_summary->setText(review->system.isEmpty()
            ? reviewStatuses().displayName(review->status)
            : tr("%1 · %2").arg(
                reviewStatuses().displayName(review->status), DisplayText::line(review->system, 80)));
    m_summary->setMinimumWidth(1); // cut at the window's edge rather than widening it
    // A field the user is editing keeps their text; it is saved when they finish.
    auto show = [](QLineEdit *edit, const QString &value) {
        if (edit->isModified() || edit->text() == value)
            return;
        edit->setText(value);
        edit->setModified(false);
    };
    show(m_title, review->title);
    show(m_system, review->system);
    show(m_owner, review->owner);
    show(m_tags, review->tags);
    // A status this kind does not offer (set elsewhere) is shown as it is, not as a blank.
    const QString statusKey = reviewStatuses().key(review->status);
    if (m_status->findData(statusKey) < 0)
        m_status->addItem(reviewStatuses().displayName(review->status), statusKey);
    m_status->setCurrentIndex(m_status->findData(statusKey));
    // The other reviews of the same kind that can replace this one.
    m_supersededBy->clear();
    m_supersededBy->addItem(tr("Not superseded"), QString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Review &other = m_model->reviewAt(row);
        if (other.kind == review->kind && other.uuid != m_uuid)
            m_supersededBy->addItem(DisplayText::line(other.title, 80), other.uuid); // a line, bounded
    }
    if (!review->supersededBy.isEmpty() && m_supersededBy->findData(review->supersededBy) < 0)
        //: A successor this workspace does not have (yet): a decision record's link to a record not imported.
        m_supersededBy->addItem(tr("A review not in this workspace (%1)").arg(review->supersededBy.left(8)),
            review->supersededBy);
    m_supersededBy->setCurrentIndex(m_supersededBy->findData(review->supersededBy));
    m_openSuccessor->setEnabled(
        !review->supersededBy.isEmpty() && m_model->reviewByUuid(review->supersededBy));
    QStringList predecessors;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Review &other = m_model->reviewAt(row);
        if (other.supersededBy == m_uuid)
            predecessors.append(u"<a href=\"%1\">%2</a>"_s.arg(
                other.uuid, DisplayText::line(other.title, 80).toHtmlEscaped()));
    }
    m_supersedes->setText(predecessors.join(u", "_s));
    m_supersedes->setVisible(!predecessors.isEmpty());
    m_supersedesCaption->setVisible(!predecessors.isEmpty());
    m_meta->setText(tr("%1 · created %2 · last changed %3 by %4")
                        .arg(reviewKinds().displayName(review->kind),
                            DateTimeFormat::dateTime(review->createdAt.toLocalTime()),
                            DateTimeFormat::dateTime(review->updatedAt.toLocalTime()), review->updatedBy));
    Q_EMIT titleChanged(review->title);
}

} // namespace Inflection
