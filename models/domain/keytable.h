// One table from the values of a fixed list (an enum) to the key each is stored under and the name a
// person reads, so that a key or a name is written in one place only.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace Inflection {

template<typename Enum>
class KeyTable
{
public:
    struct Entry
    {
        Enum value;
        const char *key; // as stored and exchanged; never translated
        const char *name; // marked with QT_TRANSLATE_NOOP in the table's context
    };

    // context: the translation context of the names.
    KeyTable(const char *context, std::initializer_list<Entry> entries)
        : m_context(context)
        , m_entries(entries)
    { }

    QList<Enum> values() const
    {
        QList<Enum> values;
        values.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            values.append(e.value);
        return values;
    }

    QStringList keys() const
    {
        QStringList keys;
        keys.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            keys.append(QLatin1String(e.key));
        return keys;
    }

    QString key(Enum value) const
    {
        const Entry *e = find(value);
        return e ? QLatin1String(e->key) : QString();
    }

    std::optional<Enum> fromKey(QStringView key) const
    {
        for (const Entry &e : m_entries) {
            if (key == QLatin1String(e.key))
                return e.value;
        }
        return std::nullopt;
    }

    // The key's value, or fallback for a key this version does not know.
    Enum fromKey(QStringView key, Enum fallback) const { return fromKey(key).value_or(fallback); }

    // In the interface's language.
    QString displayName(Enum value) const
    {
        const Entry *e = find(value);
        return e ? QCoreApplication::translate(m_context, e->name) : QString();
    }

    // The name of a stored key; the key itself when this version does not know it.
    QString displayNameOfKey(const QString &key) const
    {
        const auto value = fromKey(key);
        return value ? displayName(*value) : key;
    }

private:
    const Entry *find(Enum value) const
    {
        for (const Entry &e : m_entries) {
            if (e.value == value)
                return &e;
        }
        return nullptr;
    }

    const char *m_context;
    QList<Entry> m_entries;
};

} // namespace Inflection
