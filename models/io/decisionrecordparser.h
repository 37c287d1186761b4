// Reads a Markdown decision record of any common dialect: MADR 2, 3 and 4 (with or without YAML front
// matter), log4brains' MADR, Michael Nygard's and adr-tools' records, and the ones Inflection writes.
#pragma once

#include "../domain/result.h"
#include "decisionrecord.h"

#include <QByteArray>
#include <QString>

namespace Inflection {

class DecisionRecordParser
{
public:
    // Invalid, with the reason, when bytes are not a decision record (not UTF-8, no title, empty).
    // format is a hint: Auto recognises the dialect per file.
    static Result<DecisionRecord> parse(const QByteArray &bytes, const QString &path,
        DecisionRecordFormat format = DecisionRecordFormat::Auto);
    static Result<DecisionRecord> parseFile(const QString &path, DecisionRecordFormat format);

    // What a status text ("Accepted", "superseded by …", "proposed (gathering more information)") says
    // of the decision and of the review's status.
    static void readStatus(const QString &statusText, DecisionRecord &record);
    // The link targets (or "ADR-0005", "5") that follow word in text ("Superseded by [3. X](0003-x.md)").
    static QStringList linksAfter(const QString &text, const QString &word);
};

} // namespace Inflection
