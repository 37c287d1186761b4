// Who the user is: the author name recorded on every change, comment and vote.
#pragma once

#include <QString>

namespace Inflection {

class Identity
{
public:
    // The name from settings, or else the operating system user's full name, or else the login name.
    static QString authorName();
    static void setAuthorName(const QString &name);
    static QString systemUserName();
};

} // namespace Inflection
