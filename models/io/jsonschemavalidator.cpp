// JSON Schema subset validation with paths in the messages.
#include "jsonschemavalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer"_s)
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    return typeName(value) == type;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return typeName(value);
}

bool isDateTime(const QString &text)
{
    // RFC 3339: a date, a time and an offset (Z or ±hh:mm).
    static const QRegularExpression form(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    return form.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString at(const QString &path, const QString &message)
{
    return (path.isEmpty() ? u"(document)"_s : path) + u": "_s + message;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject &schema)
    : m_schema(schema)
{ }

JsonSchemaValidator JsonSchemaValidator::reviewSchema()
{
    QFile file(u":/inflection/interchange/inflection-review.schema.json"_s);
    file.open(QIODevice::ReadOnly);
    return JsonSchemaValidator(QJsonDocument::fromJson(file.readAll()).object());
}

bool JsonSchemaValidator::validate(const QJsonValue &value, QString *error) const
{
    return check(value, m_schema, QString(), error);
}

QJsonObject JsonSchemaValidator::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(u"$ref"_s).toString();
    if (!ref.startsWith(u"#/$defs/"_s))
        return schema;
    return m_schema.value(u"$defs"_s).toObject().value(ref.mid(8)).toObject();
}

bool JsonSchemaValidator::check(
    const QJsonValue &value, const QJsonObject &rawSchema, const QString &path, QString *error) const
{
    const QJsonObject schema = resolve(rawSchema);

    if (schema.contains(u"type"_s)) {
        QStringList types;
        const QJsonValue type = schema.value(u"type"_s);
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        const bool ok
            = std::any_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(value, t); });
        if (!ok) {
            *error = at(path,
                QCoreApplication::translate("Inflection::JsonSchemaValidator", "%1 is not of type %2")
                    .arg(shown(value), types.join(u" or "_s)));
            return false;
        }
    }
    if (schema.contains(u"const"_s) && value != schema.value(u"const"_s)) {
        *error = at(path,
            QCoreApplication::translate("Inflection::JsonSchemaValidator", "must be %1, not %2")
                .arg(shown(schema.value(u"const"_s)), shown(value)));
        return false;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value)) {
        QStringList allowed;
        for (const QJsonValue &v : schema.value(u"enum"_s).toArray())
            allowed << shown(v);
        *error = at(path,
            QCoreApplication::translate("Inflection::JsonSchemaValidator", "%1 is not one of %2")
                .arg(shown(value), allowed.join(u", "_s)));
        return false;
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble()) {
            *error = at(path,
                QCoreApplication::translate(
                    "Inflection::JsonSchemaValidator", "%1 is less than the minimum, %2")
                    .arg(shown(value), shown(schema.value(u"minimum"_s))));
            return false;
        }
        if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble()) {
            *error = at(path,
                QCoreApplication::translate(
                    "Inflection::JsonSchemaValidator", "%1 is more than the maximum, %2")
                    .arg(shown(value), shown(schema.value(u"maximum"_s))));
            return false;
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(u"minLength"_s) && text.size() < schema.value(u"minLength"_s).toInt()) {
            *error = at(
                path, QCoreApplication::translate("Inflection::JsonSchemaValidator", "must not be empty"));
            return false;
        }
        if (schema.contains(u"pattern"_s)
            && !QRegularExpression(schema.value(u"pattern"_s).toString()).match(text).hasMatch()) {
            *error = at(path,
                QCoreApplication::translate(
                    "Inflection::JsonSchemaValidator", "%1 is not in the expected form")
                    .arg(shown(value)));
            return false;
        }
        if (schema.value(u"format"_s).toString() == u"date-time"_s && !isDateTime(text)) {
            *error = at(path,
                QCoreApplication::translate("Inflection::JsonSchemaValidator",
                    "%1 is not a date and time such as 2026-03-03T14:05:00Z")
                    .arg(shown(value)));
            return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QString prefix = path.isEmpty() ? QString() : path + u'.';
        for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
            if (!object.contains(required.toString())) {
                *error = at(prefix + required.toString(),
                    QCoreApplication::translate("Inflection::JsonSchemaValidator", "is missing"));
                return false;
            }
        }
        // In document order of the schema, then the unknown ones, so the "first" error is stable.
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (object.contains(it.key())
                && !check(object.value(it.key()), it.value().toObject(), prefix + it.key(), error))
                return false;
        }
        if (schema.value(u"additionalProperties"_s) == QJsonValue(false)) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!properties.contains(it.key())) {
                    *error = at(prefix + it.key(),
                        QCoreApplication::translate(
                            "Inflection::JsonSchemaValidator", "is not a field of this format"));
                    return false;
                }
            }
        }
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!check(array.at(i), items, path + u'[' + QString::number(i) + u']', error))
                return false;
        }
    }
    return true;
}

} // namespace Inflection
