// Names of the places a search looks in, and the snippet as plain or rich text.
#include "searchhit.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Inflection::SearchHit", text);
}

// Line breaks and runs of spaces of the stored text become one space.
QString oneLine(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

} // namespace

QString SearchHit::placeName(const QString &place, ReviewKind kind)
{
    if (place == u"checklist"_s) {
        switch (kind) {
        case ReviewKind::Architecture:
            return translated(QT_TRANSLATE_NOOP("Inflection::SearchHit", "General questions"));
        case ReviewKind::Operability:
            return translated(QT_TRANSLATE_NOOP("Inflection::SearchHit", "Readiness"));
        case ReviewKind::Postmortem:
            return translated(QT_TRANSLATE_NOOP("Inflection::SearchHit", "Discussion"));
        }
    }
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"title", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Title")},
        {"system", QT_TRANSLATE_NOOP("Inflection::SearchHit", "System")},
        {"tags", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Tags")},
        {"owner", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Owner")},
        {"proposal", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Proposal")},
        {"comments", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Comments")},
        {"departures", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Departures")},
        {"questions", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Questions")},
        {"outcome", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Outcome")},
        {"attendees", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Attendees")},
        {"launch", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Launch plan")},
        {"contingencies", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Contingencies")},
        {"incident", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Incident")},
        {"timeline", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Timeline")},
        {"remediation", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Remediation")},
        {"parking_lot", QT_TRANSLATE_NOOP("Inflection::SearchHit", "Parking lot")},
    };
    for (const auto &name : names) {
        if (place == QLatin1StringView(name.key))
            return translated(name.name);
    }
    return place;
}

QString SearchHit::placeName() const
{
    return placeName(place, kind);
}

QString SearchHit::snippetText() const
{
    return oneLine(QString(snippet).remove(QChar(matchStart)).remove(QChar(matchEnd)));
}

QString SearchHit::snippetHtml() const
{
    return oneLine(snippet)
        .toHtmlEscaped()
        .replace(QChar(matchStart), u"<b>"_s)
        .replace(QChar(matchEnd), u"</b>"_s);
}

} // namespace Inflection
