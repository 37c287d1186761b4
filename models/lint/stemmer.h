// A language's Snowball stemmer (libstemmer): the stem a word's forms share, so that a rule names a word
// once and matches "forgot", "forgetting" and "forgets", or "ошибка", "ошибку" and "ошибкой".
#pragma once

#include <QHash>
#include <QString>
#include <mutex>

struct sb_stemmer;

namespace Inflection {

class Stemmer
{
public:
    // language: "en", "ru", "de"; an unknown one gives every word back lower-cased, unstemmed.
    explicit Stemmer(const QString &language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // The stem of a word, lower-cased (’ read as '; ё as е).
    QString stem(const QString &word) const;

private:
    sb_stemmer *m_stemmer = nullptr;
    mutable std::mutex m_mutex; // libstemmer's stemmers keep state between calls
    mutable QHash<QString, QString> m_stems; // word (lower case) -> stem, for the words seen lately
};

} // namespace Inflection
