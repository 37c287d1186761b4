// The passwords of team servers, kept in the desktop's keyring (through QtKeychain) when the user asks,
// under the server's connection without a password (ServerLogin::key). Never in the settings. Each call
// waits for the keyring a few seconds at most: a keyring that is not there (no Secret Service, a build
// without QtKeychain) fails at once with a message, and the window asks for the password instead.
#pragma once

#include "domain/result.h"

#include <QString>

namespace Inflection {

class ServerKeyring
{
public:
    // The password kept for key; fails with Missing when there is none, Failed (or Refused) when the
    // keyring cannot be asked. A failure's message is a plain sentence for the person (no keyring is
    // running on this desktop, …) that says what to do instead, the keyring's own words only at its end.
    [[nodiscard]] static Result<QString> read(const QString &key);
    [[nodiscard]] static Result<> write(const QString &key, const QString &password);
    // Takes the password kept for key out of the keyring; none kept is no error.
    [[nodiscard]] static Result<> forget(const QString &key);
};

} // namespace Inflection
