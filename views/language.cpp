// QTranslators for Inflection (from the resources) and for Qt (from Qt's translations folder).
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Inflection::Language {

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QStringList available()
{
    return {u"de"_s, u"ru"_s};
}

QString apply(const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = u"en"_s;
        const QStringList preferred = QLocale::system().uiLanguages();
        for (const QString &ui : preferred) {
            const QString two = ui.left(2).toLower();
            if (two == u"en"_s || available().contains(two)) {
                language = two;
                break;
            }
        }
    }
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    // Dates and numbers as the language writes them (the system's own locale when it speaks it).
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system : QLocale(language));
    // English needs only its plurals ("1 item", "2 items"); the others everything.
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/inflection_"_s + language + u".qm"_s)) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    if (language != u"en"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        }
    }
    return language;
}

} // namespace Inflection::Language
