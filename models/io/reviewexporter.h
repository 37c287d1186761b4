// Writes a review with all its children in the JSON interchange format.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Inflection {

class Workspace;

class ReviewExporter
{
public:
    explicit ReviewExporter(Workspace *workspace);

    // {"format": "inflection-review", "version": 1, "review": {…}}; lists in display order.
    std::optional<QJsonObject> toJson(const QString &uuid, QString *error) const;
    // Writes the file whole or not at all.
    bool writeFile(const QString &uuid, const QString &path, QString *error) const;
    static QByteArray serialize(const QJsonObject &document);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
