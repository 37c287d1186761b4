// Salvage: source opened read-only with its schema allowed to differ, every review through the
// interchange format into a fresh workspace.
#include "workspacesalvage.h"

#include "reviewexporter.h"
#include "reviewimporter.h"

#include "../store/reviewrepository.h"
#include "../store/workspace.h"
#include "../store/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

Result<WorkspaceSalvage::Outcome> WorkspaceSalvage::salvage(const QString &source, const QString &target)
{
    using Salvaged = Result<Outcome>;
    if (QFileInfo::exists(target))
        return Salvaged::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::WorkspaceSalvage", "“%1” already exists; give the name of a new file")
                .arg(QDir::toNativeSeparators(target)));
    Workspace::Options readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    readOnly.allowUnknownSchema = true;
    Result<std::unique_ptr<Workspace>> from = Workspace::open(source, readOnly);
    if (!from)
        return Salvaged::errorOf(from);
    Outcome outcome;
    outcome.schemaProblems = (*from)->schemaProblems();
    const Result<QList<Review>> reviews = ReviewRepository(from->get()).all();
    if (!reviews)
        return Salvaged::failure(QCoreApplication::translate(
            "Inflection::WorkspaceSalvage", "the reviews of “%1” cannot be read: %2")
                                     .arg(QDir::toNativeSeparators(source), reviews.message()));

    Result<std::unique_ptr<Workspace>> to = Workspace::open(target);
    if (!to)
        return Salvaged::errorOf(to);
    const ReviewExporter exporter(from->get());
    ReviewImporter importer(to->get());
    for (const Review &review : *reviews) {
        const QString name = u"“%1” (%2)"_s.arg(review.title, review.uuid);
        const Result<QJsonObject> document = exporter.toJson(review.uuid);
        const Result<ReviewImporter::Imported> imported = document
            ? importer.importJson(ReviewExporter::serialize(*document), true)
            : Result<ReviewImporter::Imported>::errorOf(document);
        if (imported)
            outcome.copied.append(name);
        else
            outcome.notCopied.append(name + u": "_s + imported.message());
    }
    // Read as any workspace's settings are: each checked as if typed in.
    const Result<WorkspaceConfig> settings = WorkspaceSettings(from->get()).read();
    const Result<> written
        = settings ? WorkspaceSettings(to->get()).write(*settings) : Result<>::errorOf(settings);
    if (!written)
        outcome.settingsProblem = written.message();
    return outcome;
}

} // namespace Inflection
