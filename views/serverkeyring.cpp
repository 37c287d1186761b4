// QtKeychain's jobs, each waited for in a local event loop with a time limit.
#include "serverkeyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <functional>

#ifdef INFLECTION_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const auto service = u"Inflection team servers"_s;
constexpr int keyringWaitMs = 5000;

// Why the keyring could not be used, said plainly with what to do instead; the keyring's own words (often
// about D-Bus) only as a detail at the end.
enum class Problem {
    NotRunning, // no Secret Service or KWallet to talk to (no D-Bus session, say)
    Refused, // there, but it said no (locked, or the person declined)
    NoAnswer, // there, but silent
    NotBuilt, // a build without QtKeychain
};

QString plainProblem(Problem problem, const QString &detail)
{
    QString plain;
    switch (problem) {
    case Problem::NotRunning:
        plain = QCoreApplication::translate("Inflection::ServerKeyring",
            "No keyring is running on this desktop, so Inflection cannot remember the password: type it "
            "each time, or keep it in ~/.pgpass instead.");
        break;
    case Problem::Refused:
        plain = QCoreApplication::translate("Inflection::ServerKeyring",
            "The desktop's keyring refused (it may be locked), so Inflection cannot remember the password: "
            "type it each time, or keep it in ~/.pgpass instead.");
        break;
    case Problem::NoAnswer:
        plain = QCoreApplication::translate("Inflection::ServerKeyring",
            "The desktop's keyring did not answer, so Inflection cannot remember the password: type it "
            "each time, or keep it in ~/.pgpass instead.");
        break;
    case Problem::NotBuilt:
        plain = QCoreApplication::translate("Inflection::ServerKeyring",
            "This build of Inflection has no keyring support, so it cannot remember the password: type it "
            "each time, or keep it in ~/.pgpass instead.");
        break;
    }
    if (detail.trimmed().isEmpty())
        return plain;
    //: %1 a plain sentence, %2 the keyring's own message (technical)
    return QCoreApplication::translate("Inflection::ServerKeyring", "%1 (Details: %2)")
        .arg(plain, detail.trimmed());
}

#ifdef INFLECTION_HAVE_QTKEYCHAIN
// Runs job to its end, or until the keyring has not answered in time. The job deletes itself when done,
// also when it finishes after the wait gave up (then nothing of this call is touched any more).
Result<> runJob(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onSuccess = {})
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool answered = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        answered = true;
        error = done->error();
        message = done->errorString();
        if (error == QKeychain::NoError && onSuccess)
            onSuccess(done);
        loop.quit();
    });
    QTimer::singleShot(keyringWaitMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!answered)
        return Result<>::failure(plainProblem(Problem::NoAnswer, QString()));
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Result<>::failure(ErrorKind::Missing, message);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return Result<>::failure(ErrorKind::Refused, plainProblem(Problem::Refused, message));
    default:
        // No backend at all, or one that cannot be reached: on a desktop without a D-Bus session or a
        // Secret Service QtKeychain says OtherError, with D-Bus's words ("dbus-launch", "autolaunch").
        return Result<>::failure(plainProblem(Problem::NotRunning, message));
    }
}
#endif

#ifndef INFLECTION_HAVE_QTKEYCHAIN
Result<> unavailable()
{
    return Result<>::failure(plainProblem(Problem::NotBuilt, QString()));
}
#endif

} // namespace

Result<QString> ServerKeyring::read(const QString &key)
{
#ifdef INFLECTION_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    QString password;
    const auto take = [&password](QKeychain::Job *done) {
        password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
    };
    if (const Result<> done = runJob(job, take); !done)
        return Result<QString>::errorOf(done);
    return password;
#else
    Q_UNUSED(key)
    return Result<QString>::errorOf(unavailable());
#endif
}

Result<> ServerKeyring::write(const QString &key, const QString &password)
{
#ifdef INFLECTION_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(password);
    return runJob(job);
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    return unavailable();
#endif
}

Result<> ServerKeyring::forget(const QString &key)
{
#ifdef INFLECTION_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    if (const Result<> done = runJob(job); !done && done.error() != ErrorKind::Missing)
        return done;
    return {};
#else
    Q_UNUSED(key)
    return {};
#endif
}

} // namespace Inflection
