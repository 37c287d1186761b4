// Decision records into what an architecture review holds.
#include "decisionrecordparser.h"

#include "decisionrecordwriter.h"
#include "markdownsections.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"'))
            || (value.startsWith(u'\'') && value.endsWith(u'\'')))) {
        const bool doubled = value.startsWith(u'"');
        value = value.mid(1, value.size() - 2);
        if (doubled)
            value.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
    }
    return value;
}

// YAML front matter as flat keys (lower case) and values; a list ("- a" lines, or "[a, b]") joined with
// commas. Enough for what decision records put there.
QHash<QString, QString> frontMatterOf(const QStringList &lines, int end)
{
    QHash<QString, QString> values;
    static const QRegularExpression keyLine(u"^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$"_s);
    QString lastKey;
    for (int i = 1; i < end; ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch m = keyLine.match(line);
        if (m.hasMatch()) {
            lastKey = m.captured(1).toLower();
            QString value = unquoted(m.captured(2));
            if (value.startsWith(u'[') && value.endsWith(u']'))
                value = value.mid(1, value.size() - 2);
            values.insert(lastKey, value);
        } else if (!lastKey.isEmpty() && line.trimmed().startsWith(u"- "_s)) {
            QString &value = values[lastKey];
            value += (value.isEmpty() ? QString() : u", "_s) + unquoted(line.trimmed().mid(2));
        }
    }
    return values;
}

// "[Jane](https://…)" → "Jane"; "**x**" → "x".
QString plain(QString text)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    text.replace(link, u"\\1"_s);
    text.remove(u"**"_s);
    text.remove(u'`');
    return text.trimmed();
}

QList<DecisionRecord::Person> peopleOf(const QString &list, const QString &role, bool present)
{
    static const QRegularExpression withRole(u"^(.*\\S)\\s*\\(([a-z-]+)\\)$"_s);
    QList<DecisionRecord::Person> people;
    for (QString name : plain(list).split(u',', Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.isEmpty() || name.startsWith(u'{') || name.startsWith(u'<'))
            continue; // a template's placeholder
        DecisionRecord::Person person {name, role, present};
        const QRegularExpressionMatch m = withRole.match(name);
        if (m.hasMatch()) {
            person.name = m.captured(1);
            person.role = m.captured(2);
        }
        people.append(person);
    }
    return people;
}

QDate dateIn(const QString &text)
{
    static const QRegularExpression iso(u"(\\d{4})-(\\d{1,2})-(\\d{1,2})"_s);
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // A month alone ("Date: 2018-11"): its first day.
    static const QRegularExpression month(u"(?<![\\d-])(\\d{4})-(\\d{1,2})(?![\\d-])"_s);
    if (const QRegularExpressionMatch m = month.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    // adr-tools wrote dd/mm/yyyy before it took ISO 8601 (its own record 8).
    static const QRegularExpression british(u"(\\d{1,2})/(\\d{1,2})/(\\d{4})"_s);
    if (const QRegularExpressionMatch m = british.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

bool isMetadataKey(const QString &key)
{
    static const QStringList keys {u"status"_s, u"date"_s, u"deciders"_s, u"decision-makers"_s,
        u"decision makers"_s, u"consulted"_s, u"informed"_s, u"technical story"_s, u"tags"_s, u"tag"_s};
    return keys.contains(key);
}

} // namespace

QStringList DecisionRecordParser::linksAfter(const QString &text, const QString &word)
{
    QStringList targets;
    const QRegularExpression pattern(QRegularExpression::escape(word)
            + u"\\s*:?\\s*(?:\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)|(?:ADR[- ]?)?(\\d+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        targets.append(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return targets;
}

void DecisionRecordParser::readStatus(const QString &statusText, DecisionRecord &record)
{
    record.statusText = statusText.trimmed();
    const QString s = plain(statusText).toLower();
    const QStringList successors = linksAfter(statusText, u"superseded by"_s);
    if (!successors.isEmpty() || s.startsWith(u"superseded"_s) || s.contains(u"\nsuperseded"_s)) {
        record.status = ReviewStatus::Superseded;
        record.decision = ProposalDecision::Proceed; // it held until its successor came
        if (!successors.isEmpty())
            record.supersededBy = successors.first();
        return;
    }
    // The first status word the text names; adr-tools' records keep earlier ones below later ones.
    struct Word
    {
        const char *word;
        ProposalDecision decision;
        ReviewStatus status;
    };
    static const Word words[] = {
        {"accepted", ProposalDecision::Proceed, ReviewStatus::Decided},
        {"approved", ProposalDecision::Proceed, ReviewStatus::Decided},
        {"adopted", ProposalDecision::Proceed, ReviewStatus::Decided},
        {"decided", ProposalDecision::Proceed, ReviewStatus::Decided},
        {"done", ProposalDecision::Proceed, ReviewStatus::Decided},
        {"implemented", ProposalDecision::Proceed, ReviewStatus::Decided},
        // Deprecated: it was decided and held, and is no longer followed; nothing replaces it. The review
        // is closed (and written back as deprecated). "Depreciated" is how some records spell it.
        {"deprecated", ProposalDecision::Proceed, ReviewStatus::Closed},
        {"depreciated", ProposalDecision::Proceed, ReviewStatus::Closed},
        {"rejected", ProposalDecision::Rethink, ReviewStatus::Decided},
        {"declined", ProposalDecision::Rethink, ReviewStatus::Decided},
        {"proposed", ProposalDecision::Pending, ReviewStatus::Circulated},
        {"draft", ProposalDecision::Pending, ReviewStatus::Draft},
        {"pending", ProposalDecision::Pending, ReviewStatus::Circulated},
        {"open", ProposalDecision::Pending, ReviewStatus::Circulated},
        {"in progress", ProposalDecision::Pending, ReviewStatus::Circulated},
    };
    qsizetype best = -1;
    record.statusRecognised = s.trimmed().isEmpty();
    for (const Word &w : words) {
        const qsizetype at = s.indexOf(QLatin1String(w.word));
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            record.statusRecognised = true;
            record.decision = w.decision;
            record.status = w.status;
        }
    }
    if (record.decision == ProposalDecision::Pending
        && (s.contains(u"gather"_s) || s.contains(u"more information"_s))) {
        record.decision = ProposalDecision::MoreInfo;
        record.status = ReviewStatus::Decided;
    }
}

Result<DecisionRecord> DecisionRecordParser::parseFile(const QString &path, DecisionRecordFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DecisionRecord>::failure(file.errorString());
    // A record is a page of text; a file of megabytes is something else.
    constexpr qint64 largest = 4 * 1024 * 1024;
    if (file.size() > largest)
        return Result<DecisionRecord>::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::DecisionRecordParser", "too large for a decision record"));
    return parse(file.readAll(), path, format);
}

Result<DecisionRecord> DecisionRecordParser::parse(
    const QByteArray &bytes, const QString &path, DecisionRecordFormat format)
{
    using Parsed = Result<DecisionRecord>;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Parsed::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::DecisionRecordParser", "not UTF-8 text"));
    if (text.contains(QChar(0)))
        return Parsed::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::DecisionRecordParser", "not a text file"));
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return Parsed::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::DecisionRecordParser", "the file is empty"));

    DecisionRecord record;
    record.path = path;
    const QString fileName = QFileInfo(path).fileName();
    static const QRegularExpression leadingNumber(u"^(\\d+)[-_. ]"_s);
    if (const QRegularExpressionMatch m = leadingNumber.match(fileName); m.hasMatch())
        record.number = m.captured(1).toInt();
    record.uuid = DecisionRecordWriter::recordedUuid(text);
    static const QRegularExpression successorUuid(u"inflection-superseded-by:\\s*\"?([0-9a-fA-F-]{36})"_s);
    record.supersededByUuid = successorUuid.match(text).captured(1).toLower();
    static const QRegularExpression markers(
        u"^<!-- inflection-[a-z-]+: [^\n]* -->\n?"_s, QRegularExpression::MultilineOption);
    text.remove(markers);

    // Front matter.
    QStringList lines = text.split(u'\n');
    QHash<QString, QString> front;
    if (!lines.isEmpty() && lines.first().trimmed() == u"---"_s) {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == u"---"_s || lines.at(i).trimmed() == u"..."_s) {
                front = frontMatterOf(lines, i);
                lines = lines.mid(i + 1);
                break;
            }
        }
    }

    // The title: the first heading (adr-tools numbers it: "# 3. Title"), or a setext one, or the front
    // matter's.
    int titleLine = -1;
    bool inFence = false;
    for (int i = 0; i < lines.size() && titleLine < 0; ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.startsWith(u"```"_s) || t.startsWith(u"~~~"_s))
            inFence = !inFence;
        QString heading;
        if (inFence)
            continue;
        if (MarkdownSections::headingLevel(lines.at(i), &heading)) {
            record.title = heading;
            titleLine = i;
        } else if (!t.isEmpty() && i + 1 < lines.size() && !t.startsWith(u'<')
            && QRegularExpression(u"^=+\\s*$"_s).match(lines.at(i + 1)).hasMatch()) {
            record.title = t;
            titleLine = i;
            lines.removeAt(i + 1);
        }
    }
    if (front.contains(u"title"_s))
        record.title = front.value(u"title"_s);
    static const QRegularExpression numbering(
        u"^(?:ADR[- ]?)?\\d+\\s*[.:)-]\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    record.title = plain(record.title.remove(numbering));
    if (record.title.isEmpty())
        return Parsed::failure(ErrorKind::Invalid,
            QCoreApplication::translate(
                "Inflection::DecisionRecordParser", "no title (a first “# …” heading)"));
    if (titleLine >= 0)
        lines.removeAt(titleLine);

    // Metadata as lines before the first section: "* Status: accepted" (MADR 2), "- Status: …"
    // (log4brains), "Date: 2017-01-01" (adr-tools), "**Status:** accepted", "__Status__: accepted".
    QHash<QString, QString> meta = front;
    QChar bullet;
    static const QRegularExpression metaLine(
        u"^\\s*(?:>\\s*)?([*+-])?\\s*(?:\\*\\*|__|\\*|_)?([A-Za-z][A-Za-z -]*?)"
        u"(?::(?:\\*\\*|__|\\*|_)|(?:\\*\\*|__|\\*|_):|:)\\s*(.*)$"_s);
    QList<int> metaLines;
    for (int i = 0; i < lines.size(); ++i) {
        if (MarkdownSections::headingLevel(lines.at(i)))
            break;
        const QRegularExpressionMatch m = metaLine.match(lines.at(i));
        if (!m.hasMatch() || !isMetadataKey(m.captured(2).trimmed().toLower()))
            continue;
        const QString key = m.captured(2).trimmed().toLower();
        if (!meta.contains(key) || meta.value(key).isEmpty())
            meta.insert(key, m.captured(3).trimmed());
        if (!m.captured(1).isEmpty() && key == u"status"_s)
            bullet = m.captured(1).at(0);
        metaLines.append(i);
    }
    // Each is taken out of the text, but for what the review has no field of its own for (a MADR 2
    // record's "Technical Story: [#6574](…)"), which stays in the proposal.
    for (qsizetype i = metaLines.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch m = metaLine.match(lines.at(metaLines.at(i)));
        if (m.captured(2).trimmed().toLower() != u"technical story"_s)
            lines.removeAt(metaLines.at(i));
    }

    const QString rest = lines.join(u'\n').trimmed();
    const MarkdownSections sections(rest);
    const MarkdownSections::Section *statusSection = sections.find({u"Status"_s});
    // The status section's own text, its subsections (a record's other parts under a "### Status") apart.
    const QString statusLead = statusSection ? sections.leadOf(*statusSection) : QString();
    QString statusText = meta.value(u"status"_s);
    if (statusText.isEmpty() && statusSection)
        statusText = statusLead;

    if (!front.isEmpty())
        record.dialect = front.contains(u"decision-makers"_s) || !front.contains(u"deciders"_s) ? u"MADR 4"_s
                                                                                                : u"MADR 3"_s;
    else if (bullet == u'*')
        record.dialect = u"MADR 2"_s;
    else if (!bullet.isNull())
        record.dialect = u"log4brains"_s;
    else if (statusSection)
        record.dialect = u"Nygard"_s;
    else
        record.dialect = format == DecisionRecordFormat::Nygard ? u"Nygard"_s : u"MADR"_s;
    if (!record.uuid.isEmpty())
        record.dialect += u" (Inflection)"_s;

    readStatus(statusText, record);
    // Links to other records: lines that start with "Superseded by", "Supersedes", "Amends" or "Amended by",
    // as adr-tools writes them under the status and log4brains in a "Links" section; and "Supersedes"
    // within a status line ("Status: Accepted. Supersedes [ADR-0001](0001-use-sqlite.md).").
    static const QRegularExpression linkLine(
        u"^\\s*(?:>\\s*)?(?:[*+-]\\s+)?(?:\\*\\*)?(superseded by|supersedes|amended by|amends)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto addAll = [](QStringList &to, const QStringList &targets) {
        for (const QString &target : targets) {
            if (!to.contains(target))
                to.append(target);
        }
    };
    bool inCode = false;
    for (const QString &line : sections.lines()) {
        if (line.trimmed().startsWith(u"```"_s) || line.trimmed().startsWith(u"~~~"_s))
            inCode = !inCode;
        const QRegularExpressionMatch m = inCode ? QRegularExpressionMatch() : linkLine.match(line);
        if (!m.hasMatch())
            continue;
        const QString word = m.captured(1).toLower();
        const QStringList targets = linksAfter(line, m.captured(1));
        if (word == u"superseded by"_s) {
            if (record.supersededBy.isEmpty() && !targets.isEmpty()) {
                record.supersededBy = targets.first();
                record.status = ReviewStatus::Superseded;
                record.decision = ProposalDecision::Proceed;
            }
        } else if (word == u"supersedes"_s) {
            addAll(record.supersedes, targets);
        } else if (word == u"amended by"_s) {
            addAll(record.amendedBy, targets);
        } else {
            addAll(record.amends, targets);
        }
    }
    addAll(record.supersedes, linksAfter(statusText, u"Supersedes"_s));

    record.date = dateIn(meta.value(u"date"_s));
    record.tags = meta.value(u"tags"_s).split(u',', Qt::SkipEmptyParts);
    if (record.tags.isEmpty())
        record.tags = meta.value(u"tag"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &tag : record.tags)
        tag = tag.trimmed();
    const QString deciders = meta.contains(u"decision-makers"_s) ? meta.value(u"decision-makers"_s)
        : meta.contains(u"decision makers"_s)                    ? meta.value(u"decision makers"_s)
                                                                 : meta.value(u"deciders"_s);
    record.people = peopleOf(deciders, u"stakeholder"_s, true);
    record.people += peopleOf(meta.value(u"consulted"_s), u"working-group"_s, true);
    record.people += peopleOf(meta.value(u"informed"_s), u"other"_s, false);

    const MarkdownSections::Section *decision = sections.find({u"Decision Outcome"_s, u"Decision"_s});
    const MarkdownSections::Section *proposal = nullptr;
    for (const MarkdownSections::Section &s : sections.sections()) {
        if (s.level == 2 && s.heading.compare(u"Proposal"_s, Qt::CaseInsensitive) == 0)
            proposal = &s;
    }
    if (!record.uuid.isEmpty() && proposal) {
        // A record Inflection wrote: the proposal and the decision's reasoning as they were.
        record.body = MarkdownSections::shiftHeadings(proposal->text, -2);
        if (decision) {
            // Up to the last "### Consequences": the reasoning may have one of its own.
            QStringList notes = decision->text.split(u'\n');
            for (qsizetype i = notes.size() - 1; i >= 0; --i) {
                if (notes.at(i).trimmed() == u"### Consequences"_s) {
                    notes = notes.mid(0, i);
                    break;
                }
            }
            if (!notes.isEmpty() && notes.first().startsWith(u"Decision:"_s))
                notes.removeFirst();
            record.decisionNotes = notes.join(u'\n').trimmed();
        }
        return record;
    }
    // Any other record: its text is the proposal (links and pictures as they are); the status section
    // stays in it only when it says more than the status (links to other records).
    QString body = rest;
    if (statusSection && record.statusRecognised && statusLead.count(u'\n') == 0
        && !statusLead.contains(u"]("_s)) {
        QStringList kept = sections.lines();
        kept.erase(
            kept.begin() + statusSection->headingLine, kept.begin() + sections.leadEnd(*statusSection));
        body = kept.join(u'\n').trimmed();
    }
    // A status no word of which is known ("Parked", "On hold") stays in the text, where it is read (a
    // status section is kept above; a status line is put back at its top).
    if (!record.statusRecognised && !statusSection)
        body = u"Status: "_s + record.statusText + u"\n\n"_s + body; // the record's word, as written
    record.body = body;
    if (decision)
        record.decisionNotes = decision->text;
    // No status, but an option chosen (MADR's own records keep no status): the decision was taken.
    if (statusText.trimmed().isEmpty() && decision
        && decision->text.startsWith(u"Chosen option"_s, Qt::CaseInsensitive)) {
        record.decision = ProposalDecision::Proceed;
        record.status = ReviewStatus::Decided;
    }
    return record;
}

} // namespace Inflection
