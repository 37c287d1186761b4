// Writes an architecture review as a Markdown decision record, MADR or Nygard's (adr-tools), with the
// review's uuid in the file so that an import finds the review again.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"
#include "decisionrecord.h"

#include <QString>

namespace Inflection {

class Workspace;

class DecisionRecordWriter
{
public:
    // The review that replaces the one written, as the record links to it.
    struct Successor
    {
        QString uuid;
        QString title;
        QString fileName; // "0004-use-postgresql.md"
    };

    // The record's text. number > 0 numbers the title as adr-tools does ("# 3. Title", Nygard only).
    static QString write(
        const ReviewTree &tree, DecisionRecordFormat format, const Successor &successor = {}, int number = 0);
    // The review uuid a file's text records; empty when none.
    static QString recordedUuid(const QString &text);
    // "0007-title-in-dashes.md" (letters of any script kept, lower case); without the number when 0.
    static QString fileName(int number, const QString &title);
    // The status word a record of this review carries: "accepted", "superseded", …
    static QString statusOf(const ReviewTree &tree);

    // Writes one review's record to path, whole or not at all. The successor is linked by the file in
    // path's folder that records its uuid, else by the file name export-adr would give it.
    static Result<> writeFile(
        Workspace *workspace, const QString &uuid, DecisionRecordFormat format, const QString &path);
};

} // namespace Inflection
