// Validates JSON against the subset of JSON Schema (2020-12) that the interchange schema uses.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Inflection {

class JsonSchemaValidator
{
public:
    // Supported: $ref to "#/$defs/…", type (one or a list), const, enum, required, properties,
    // additionalProperties: false, items, minimum, maximum, minLength, pattern, format: date-time.
    explicit JsonSchemaValidator(const QJsonObject &schema);

    // The schema of the review interchange format, as shipped in the application.
    static JsonSchemaValidator reviewSchema();

    // True when value conforms. Otherwise error names the first bad field by its path, e.g.
    // "review.contingencies[2].likelihood: 7 is more than the maximum, 5".
    bool validate(const QJsonValue &value, QString *error) const;

private:
    bool check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QString *error) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_schema;
};

} // namespace Inflection
