// Allowed schemes by name; everything else, and anything without a host where one is needed, refused.
#include "safelink.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QStringList SafeLink::allowedSchemes()
{
    return {u"https"_s, u"http"_s, u"mailto"_s};
}

Result<> SafeLink::check(const QUrl &url)
{
    // The address as the person would read it, with nothing hidden by percent-encoding.
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.isEmpty())
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::SafeLink", "“%1” is not a valid address; it was not opened.")
                .arg(shown));
    const QString scheme = url.scheme().toLower();
    if (!allowedSchemes().contains(scheme))
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::SafeLink",
                "“%1” was not opened: Inflection opens only https, http and mailto addresses, not %2.")
                .arg(shown, scheme.isEmpty() ? u"-"_s : scheme + u':'));
    if (scheme != u"mailto"_s && url.host().isEmpty())
        return Result<>::failure(ErrorKind::Refused,
            QCoreApplication::translate(
                "Inflection::SafeLink", "“%1” is not a valid address; it was not opened.")
                .arg(shown));
    return {};
}

} // namespace Inflection
