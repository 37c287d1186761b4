// The one check every address passes before the app hands it to the desktop (a ticket link, a link in a
// proposal, anything else): https, http and mailto only. An address from a workspace file is as
// untrusted as the file; another scheme (file:, smb:, a .desktop file, javascript:) could run or open
// something on this computer, so it is shown but never opened.
#pragma once

#include "result.h"

#include <QStringList>
#include <QUrl>

namespace Inflection {

class SafeLink
{
public:
    static QStringList allowedSchemes(); // https, http, mailto
    // Nothing when url may be opened; otherwise Refused, with a message that names the address.
    static Result<> check(const QUrl &url);
};

} // namespace Inflection
