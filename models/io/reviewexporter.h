// Writes a review with all its children in the JSON interchange format.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"

#include <QJsonObject>
#include <QString>

namespace Inflection {

class Workspace;

class ReviewExporter
{
public:
    explicit ReviewExporter(Workspace *workspace);

    // {"format": "inflection-review", "version": 1, "review": {…}}; lists in display order.
    Result<QJsonObject> toJson(const QString &uuid) const;
    static QJsonObject toJson(const ReviewTree &tree);
    // Writes the file whole or not at all.
    Result<> writeFile(const QString &uuid, const QString &path) const;
    static QByteArray serialize(const QJsonObject &document);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
