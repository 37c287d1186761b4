// Decision records out of architecture reviews.
#include "decisionrecordwriter.h"
#include "outputfile.h"

#include "../store/reviewrepository.h"
#include "../store/reviewtreestore.h"
#include "markdownsections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString marker = u"inflection-review"_s;
const QString successorMarker = u"inflection-superseded-by"_s;

QString yamlValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

// Attendees as "Name (role)", by what they did: decided (presenter, stakeholder, facilitator), were
// consulted (the other roles) or were informed (not present).
struct People
{
    QStringList deciders, consulted, informed;
};

People peopleOf(const ReviewTree &tree)
{
    People people;
    for (const Attendee &a : tree.attendees) {
        const QString entry = a.role.isEmpty() ? a.name : a.name + u" ("_s + a.role + u')';
        if (!a.present)
            people.informed.append(entry);
        else if (a.role == u"presenter"_s || a.role == u"stakeholder"_s || a.role == u"facilitator"_s)
            people.deciders.append(entry);
        else
            people.consulted.append(entry);
    }
    return people;
}

QDate dateOf(const ReviewTree &tree)
{
    return (tree.review.meetingAt.isValid() ? tree.review.meetingAt : tree.review.createdAt).toUTC().date();
}

QString decisionLine(const ReviewTree &tree)
{
    if (!tree.review.supersededBy.isEmpty())
        return u"Decision: proceed; since superseded."_s;
    switch (tree.proposal ? tree.proposal->decision : ProposalDecision::Pending) {
    case ProposalDecision::Pending:
        return u"Decision: not made yet."_s;
    case ProposalDecision::Proceed:
        return u"Decision: proceed."_s;
    case ProposalDecision::Rethink:
        return u"Decision: stop and rethink."_s;
    case ProposalDecision::MoreInfo:
        return u"Decision: gather more information."_s;
    }
    return {};
}

// The parts of the proposal a record has sections for, by the proposal's own headings.
QString bodySection(const MarkdownSections &sections, const QStringList &names)
{
    QStringList parts;
    for (const MarkdownSections::Section &s : sections.sections()) {
        if (s.level == 0 || s.text.isEmpty())
            continue;
        for (const QString &name : names) {
            if (s.heading.contains(name, Qt::CaseInsensitive)) {
                parts.append(MarkdownSections::shiftHeadings(s.text, 2));
                break;
            }
        }
    }
    return parts.join(u"\n\n"_s);
}

// text with its headings moved down so that the highest is at least level (none moved up): text placed
// under a record's own heading stays beneath it.
QString nested(const QString &text, int level)
{
    int highest = 7;
    for (const QString &line : text.split(u'\n')) {
        if (const int l = MarkdownSections::headingLevel(line))
            highest = std::min(highest, l);
    }
    return highest < level ? MarkdownSections::shiftHeadings(text, level - highest) : text;
}

QString consequencesOf(const ReviewTree &tree)
{
    QStringList lines;
    for (const Departure &d : tree.departures) {
        QString line = u"* "_s + d.name;
        if (!d.costs.trimmed().isEmpty())
            line += u": "_s + d.costs.simplified();
        if (!d.tradeoffs.trimmed().isEmpty())
            line += u" Trade-offs: "_s + d.tradeoffs.simplified();
        if (!d.prohibits.trimmed().isEmpty())
            line += u" It prohibits later: "_s + d.prohibits.simplified();
        lines.append(line);
    }
    QString text = lines.join(u'\n');
    if (tree.proposal && !tree.proposal->agreements.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : u"\n\n"_s) + nested(tree.proposal->agreements.trimmed(), 4);
    return text;
}

QString openQuestionsOf(const ReviewTree &tree)
{
    QStringList lines;
    for (const Question &q : tree.questions) {
        if (!q.answered)
            lines.append(u"* "_s + q.text.simplified());
    }
    return lines.join(u'\n');
}

void section(QString &out, const QString &heading, const QString &text, bool always = false)
{
    if (text.trimmed().isEmpty() && !always)
        return;
    out += u"\n## "_s + heading + u"\n\n"_s;
    if (!text.trimmed().isEmpty())
        out += text.trimmed() + u'\n';
}

QString successorLink(const DecisionRecordWriter::Successor &successor)
{
    const QString file = successor.fileName.isEmpty() ? DecisionRecordWriter::fileName(0, successor.title)
                                                      : successor.fileName;
    QString label = successor.title.isEmpty() ? QFileInfo(file).completeBaseName() : successor.title;
    label.replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
    // Numbered as adr-tools links: "[3. Title](0003-title.md)".
    static const QRegularExpression number(u"^0*(\\d+)-"_s);
    if (const QRegularExpressionMatch m = number.match(file); m.hasMatch() && !successor.title.isEmpty())
        label = m.captured(1) + u". "_s + label;
    return u'[' + label + u"]("_s + file + u')';
}

bool isHeadedBy(const MarkdownSections::Section &s, const QStringList &names)
{
    for (const QString &name : names) {
        if (s.heading.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether the proposal is a decision record itself (what import-adr makes of a record Inflection did
// not write): its sections are the record's, under the title ("##" and lower), and the decision's
// reasoning, if any, is a part of it.
bool isRecord(const ReviewTree &tree, const MarkdownSections &sections)
{
    if (!tree.proposal || tree.proposal->body.trimmed().isEmpty())
        return false;
    const QString notes = tree.proposal->decisionNotes.trimmed();
    if (!notes.isEmpty() && !tree.proposal->body.contains(notes))
        return false;
    return std::none_of(sections.sections().begin(), sections.sections().end(),
        [](const MarkdownSections::Section &s) { return s.level == 1; });
}

// Such a record's text without what the export writes afresh: its status (but the lines that link to
// the records it supersedes or amends, returned in kept), its departures and its open questions.
QString recordText(const MarkdownSections &sections, QStringList *kept)
{
    static const QRegularExpression linkLine(
        u"^\\s*(?:[*+-]\\s+)?(?:\\*\\*)?(supersedes|amends|amended by)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = sections.lines();
    for (qsizetype i = sections.sections().size() - 1; i >= 0; --i) {
        const MarkdownSections::Section &s = sections.sections().at(i);
        if (s.level == 0 || !isHeadedBy(s, {u"Status"_s, u"Open Questions"_s, u"Departures"_s}))
            continue;
        // A status section's subsections are the record's other parts: they stay.
        const bool status = s.heading.compare(u"Status"_s, Qt::CaseInsensitive) == 0;
        const int end = status ? sections.leadEnd(s) : s.endLine;
        if (status) {
            QStringList links;
            for (int l = s.firstLine; l < end; ++l) {
                if (linkLine.match(lines.at(l)).hasMatch())
                    links.append(lines.at(l).trimmed());
            }
            *kept = links + *kept;
        }
        lines.erase(lines.begin() + s.headingLine, lines.begin() + end);
    }
    return lines.join(u'\n').trimmed();
}

} // namespace

QString DecisionRecordWriter::statusOf(const ReviewTree &tree)
{
    if (!tree.review.supersededBy.isEmpty())
        return u"superseded"_s;
    switch (tree.proposal ? tree.proposal->decision : ProposalDecision::Pending) {
    case ProposalDecision::Pending:
        return tree.review.status == ReviewStatus::Draft ? u"draft"_s : u"proposed"_s;
    case ProposalDecision::Proceed:
        // Decided, held, and no longer followed.
        return tree.review.status == ReviewStatus::Closed ? u"deprecated"_s : u"accepted"_s;
    case ProposalDecision::Rethink:
        return u"rejected"_s;
    case ProposalDecision::MoreInfo:
        // Not decided either way: the record stays proposed, and says what the review asked for.
        return u"proposed (gathering more information)"_s;
    }
    return {};
}

QString DecisionRecordWriter::fileName(int number, const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    slug.truncate(60);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"decision"_s;
    return number > 0 ? u"%1-%2.md"_s.arg(number, 4, 10, QChar(u'0')).arg(slug) : slug + u".md"_s;
}

QString DecisionRecordWriter::recordedUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"inflection-review:\\s*\"?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"_s);
    return pattern.match(text).captured(1).toLower();
}

QString DecisionRecordWriter::write(
    const ReviewTree &tree, DecisionRecordFormat format, const Successor &successor, int number)
{
    const Review &review = tree.review;
    const People people = peopleOf(tree);
    const QString body = tree.proposal ? tree.proposal->body.trimmed() : QString();
    const MarkdownSections bodySections(body);
    const QString context = bodySection(
        bodySections, {u"goal"_s, u"problem"_s, u"context"_s, u"background"_s, u"motivation"_s});
    const QString options = bodySection(bodySections, {u"alternative"_s, u"option"_s});
    const QString notes = tree.proposal ? nested(tree.proposal->decisionNotes.trimmed(), 3) : QString();
    const bool superseded = !review.supersededBy.isEmpty();
    QString status = statusOf(tree);
    QString out;

    if (isRecord(tree, bodySections)) {
        // The record as it was, its status and people as the review now has them; nothing twice.
        QStringList links;
        const QString text = recordText(bodySections, &links);
        const QString date
            = review.meetingAt.isValid() ? review.meetingAt.toUTC().date().toString(Qt::ISODate) : QString();
        QString tail;
        section(tail, u"Departures"_s, consequencesOf(tree));
        section(tail, u"Open Questions"_s, openQuestionsOf(tree));
        if (format == DecisionRecordFormat::Nygard) {
            out += u"# "_s + (number > 0 ? QString::number(number) + u". "_s : QString()) + review.title
                + u"\n\n"_s;
            if (!date.isEmpty())
                out += u"Date: "_s + date + u'\n';
            const std::pair<QString, QStringList> roles[] = {{u"Decision-makers"_s, people.deciders},
                {u"Consulted"_s, people.consulted}, {u"Informed"_s, people.informed}};
            bool first = true;
            for (const auto &[label, names] : roles) {
                if (names.isEmpty())
                    continue;
                out += (first && !date.isEmpty() ? u"\n"_s : QString()) + label + u": "_s
                    + names.join(u", "_s) + u'\n';
                first = false;
            }
            QStringList statusText {superseded ? u"Accepted"_s : status.left(1).toUpper() + status.mid(1)};
            statusText += links;
            if (superseded)
                statusText += u"Superseded by "_s + successorLink(successor);
            out += (out.endsWith(u"\n\n"_s) ? QString() : u"\n"_s) + u"## Status\n\n"_s
                + statusText.join(u"\n\n"_s) + u'\n';
            out += (text.isEmpty() ? QString() : u'\n' + text + u'\n') + tail;
            out += u"\n<!-- "_s + marker + u": "_s + review.uuid + u" -->\n"_s;
            if (superseded)
                out += u"<!-- "_s + successorMarker + u": "_s + review.supersededBy + u" -->\n"_s;
            return out;
        }
        if (superseded)
            status = u"superseded by "_s + successorLink(successor);
        out += u"---\n"_s;
        out += u"status: "_s + yamlValue(status) + u'\n';
        if (!date.isEmpty())
            out += u"date: "_s + date + u'\n';
        if (!people.deciders.isEmpty())
            out += u"decision-makers: "_s + yamlValue(people.deciders.join(u", "_s)) + u'\n';
        if (!people.consulted.isEmpty())
            out += u"consulted: "_s + yamlValue(people.consulted.join(u", "_s)) + u'\n';
        if (!people.informed.isEmpty())
            out += u"informed: "_s + yamlValue(people.informed.join(u", "_s)) + u'\n';
        out += marker + u": "_s + review.uuid + u'\n';
        if (superseded)
            out += successorMarker + u": "_s + review.supersededBy + u'\n';
        out += u"---\n\n# "_s + review.title + u'\n';
        if (!links.isEmpty())
            out += u'\n' + links.join(u"\n\n"_s) + u'\n';
        return out + (text.isEmpty() ? QString() : u'\n' + text + u'\n') + tail;
    }

    if (format == DecisionRecordFormat::Nygard) {
        out += u"# "_s + (number > 0 ? QString::number(number) + u". "_s : QString()) + review.title
            + u"\n\n"_s;
        out += u"Date: "_s + dateOf(tree).toString(Qt::ISODate) + u'\n';
        const std::pair<QString, QStringList> roles[] = {{u"Decision-makers"_s, people.deciders},
            {u"Consulted"_s, people.consulted}, {u"Informed"_s, people.informed}};
        bool first = true;
        for (const auto &[label, names] : roles) {
            if (names.isEmpty())
                continue;
            out += (first ? u"\n"_s : QString()) + label + u": "_s + names.join(u", "_s) + u'\n';
            first = false;
        }
        // adr-tools keeps the status the record had and adds the link under it.
        QString statusText = superseded ? u"Accepted"_s : status.left(1).toUpper() + status.mid(1);
        if (superseded)
            statusText += u"\n\nSuperseded by "_s + successorLink(successor);
        section(out, u"Status"_s, statusText, true);
        section(out, u"Context"_s, context);
        section(out, u"Decision"_s, decisionLine(tree) + u"\n\n"_s + notes, true);
        section(out, u"Consequences"_s, consequencesOf(tree));
        section(out, u"Considered Options"_s, options);
        section(out, u"Open Questions"_s, openQuestionsOf(tree));
        section(out, u"Proposal"_s, MarkdownSections::shiftHeadings(body, 2), true);
        out += u"\n<!-- "_s + marker + u": "_s + review.uuid + u" -->\n"_s;
        if (superseded)
            out += u"<!-- "_s + successorMarker + u": "_s + review.supersededBy + u" -->\n"_s;
        return out;
    }

    if (superseded)
        status = u"superseded by "_s + successorLink(successor);
    out += u"---\n"_s;
    out += u"status: "_s + yamlValue(status) + u'\n';
    out += u"date: "_s + dateOf(tree).toString(Qt::ISODate) + u'\n';
    if (!people.deciders.isEmpty())
        out += u"decision-makers: "_s + yamlValue(people.deciders.join(u", "_s)) + u'\n';
    if (!people.consulted.isEmpty())
        out += u"consulted: "_s + yamlValue(people.consulted.join(u", "_s)) + u'\n';
    if (!people.informed.isEmpty())
        out += u"informed: "_s + yamlValue(people.informed.join(u", "_s)) + u'\n';
    out += marker + u": "_s + review.uuid + u'\n';
    if (superseded)
        out += successorMarker + u": "_s + review.supersededBy + u'\n';
    out += u"---\n\n# "_s + review.title + u'\n';
    section(out, u"Context and Problem Statement"_s, context);
    section(out, u"Considered Options"_s, options);
    QString outcome = decisionLine(tree) + u"\n\n"_s + notes;
    const QString consequences = consequencesOf(tree);
    // import-adr reads the reasoning up to the last "### Consequences": one of the reasoning's own is
    // followed by this one, empty or not.
    static const QRegularExpression ownConsequences(
        u"^### Consequences\\s*$"_s, QRegularExpression::MultilineOption);
    if (!consequences.isEmpty() || ownConsequences.match(notes).hasMatch())
        outcome = outcome.trimmed() + u"\n\n### Consequences\n\n"_s + consequences;
    section(out, u"Decision Outcome"_s, outcome, true);
    section(out, u"Open Questions"_s, openQuestionsOf(tree));
    section(out, u"Proposal"_s, MarkdownSections::shiftHeadings(body, 2), true);
    return out;
}

Result<> DecisionRecordWriter::writeFile(
    Workspace *workspace, const QString &uuid, DecisionRecordFormat format, const QString &path)
{
    const Result<ReviewTree> tree = ReviewTreeStore(workspace).read(uuid);
    if (!tree)
        return Result<>::errorOf(tree);
    if (tree->review.kind != ReviewKind::Architecture)
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::DecisionRecordWriter", "Only an architecture review is a decision record."));
    Successor successor;
    if (!tree->review.supersededBy.isEmpty()) {
        successor.uuid = tree->review.supersededBy;
        if (const Result<Review> next = ReviewRepository(workspace).find(successor.uuid))
            successor.title = next->title;
        const QDir dir = QFileInfo(path).absoluteDir();
        for (const QFileInfo &file : dir.entryInfoList({u"*.md"_s}, QDir::Files)) {
            QFile f(file.filePath());
            if (f.open(QIODevice::ReadOnly)
                && recordedUuid(QString::fromUtf8(f.readAll())) == successor.uuid) {
                successor.fileName = file.fileName();
                break;
            }
        }
    }
    OutputFile file(path);
    const auto failed = [&path](const QString &reason) {
        return Result<>::failure(
            QCoreApplication::translate("Inflection::DecisionRecordWriter", "Could not write %1: %2")
                .arg(QDir::toNativeSeparators(path), reason));
    };
    if (!file.open())
        return failed(file.errorString());
    // Numbered as the file is ("0003-…"), as adr-tools numbers its headings.
    static const QRegularExpression leadingNumber(u"^(\\d+)-"_s);
    const int number = leadingNumber.match(QFileInfo(path).fileName()).captured(1).toInt();
    if (!file.write(write(*tree, format, successor, number).toUtf8()) || !file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace Inflection
