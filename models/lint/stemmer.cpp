// Snowball stemming through libstemmer.
#include "stemmer.h"

#include <libstemmer.h>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const char *algorithm(const QString &language)
{
    if (language == u"en"_s)
        return "english";
    if (language == u"ru"_s)
        return "russian";
    if (language == u"de"_s)
        return "german";
    return nullptr;
}

} // namespace

Stemmer::Stemmer(const QString &language)
{
    if (const char *name = algorithm(language))
        m_stemmer = sb_stemmer_new(name, "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &word) const
{
    QString lower = word.toLower();
    lower.replace(u'’', u'\'');
    lower.replace(u'ё', u'е');
    if (!m_stemmer)
        return lower;
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (const auto known = m_stems.constFind(lower); known != m_stems.constEnd())
        return *known;
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *stemmed
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    const QString stem = stemmed
        ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer))
        : lower;
    // A text's vocabulary is small; forget it all now and then rather than grow without end.
    if (m_stems.size() > 100000)
        m_stems.clear();
    m_stems.insert(lower, stem);
    return stem;
}

} // namespace Inflection
