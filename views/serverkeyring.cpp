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

#ifdef INFLECTION_HAVE_QTKEYCHAIN
// Runs job to its end, or until the keyring has not answered in time. The job deletes itself when done,
// also when it finishes after the wait gave up (then nothing of this call is touched any more).
Result<> runJob(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onSuccess = {})
{
    job->setAutoDelete(true);
    QEventLoop loop;
    QKeychain::Error error = QKeychain::OtherError;
    QString message = QCoreApplication::translate("Inflection::ServerKeyring", "the keyring did not answer");
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        error = done->error();
        message = done->errorString();
        if (error == QKeychain::NoError && onSuccess)
            onSuccess(done);
        loop.quit();
    });
    QTimer::singleShot(keyringWaitMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error == QKeychain::NoError)
        return {};
    if (error == QKeychain::EntryNotFound)
        return Result<>::failure(ErrorKind::Missing, message);
    return Result<>::failure(message.isEmpty()
            ? QCoreApplication::translate("Inflection::ServerKeyring", "the keyring refused")
            : message);
}
#endif

#ifndef INFLECTION_HAVE_QTKEYCHAIN
Result<> unavailable()
{
    return Result<>::failure(QCoreApplication::translate(
        "Inflection::ServerKeyring", "this build of Inflection has no keyring support"));
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
