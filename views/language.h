// The interface language: Inflection's translation and Qt's own (standard dialogs), and the locale that
// dates and numbers are written in. Switchable while the app runs; windows hear QEvent::LanguageChange.
#pragma once

#include <QString>
#include <QStringList>

namespace Inflection::Language {

// The languages there are translations for, besides English: "de", "ru".
QStringList available();
// code: "" for the system's language, or "en", "de", "ru". Returns the language now in use.
QString apply(const QString &code);

} // namespace Inflection::Language
