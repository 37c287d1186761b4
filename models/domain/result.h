// What an operation that can fail gives back: its value, or why there is none. One type for every such
// operation, so that a caller either handles the error or passes it up; it cannot be dropped unseen.
#pragma once

#include <QString>
#include <optional>
#include <type_traits>
#include <utility>

namespace Inflection {

enum class ErrorKind {
    None, // not an error
    Failed, // anything not named below; the message says what
    Conflict, // someone else saved first: value() is what is stored now, when it is known
    Cancelled, // stopped on request; nothing was written
    Newer, // the other copy was changed later than this one; nothing was written
    Refused, // a rule of the application refused it; nothing was written
    Invalid, // the input is not of the expected form; the message names the first bad part
    // Why a workspace could not be opened, or opened only read-only.
    Missing,
    NotADatabase,
    Truncated,
    Corrupt,
    Locked,
    ReadOnly,
    NewerSchema,
    Untrusted, // the file's schema holds something Inflection did not make
};

template<typename T = void>
class Result;

namespace Detail {

// What every Result has: whether it failed, how, and what to tell the user.
template<typename Self>
class ResultStatus
{
public:
    static Self failure(ErrorKind kind, const QString &message) { return Self(kind, message); }
    static Self failure(const QString &message) { return Self(ErrorKind::Failed, message); }
    // The error of another result, passed up.
    template<typename Other>
    static Self errorOf(const Result<Other> &other)
    {
        return Self(other.error(), other.message());
    }

    bool ok() const { return m_error == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    ErrorKind error() const { return m_error; }
    bool isConflict() const { return m_error == ErrorKind::Conflict; }
    QString message() const { return m_message; }

protected:
    ResultStatus() = default;
    ResultStatus(ErrorKind kind, const QString &message)
        : m_error(kind)
        , m_message(message)
    { }

private:
    ErrorKind m_error = ErrorKind::None;
    QString m_message;
};

} // namespace Detail

template<typename T>
class [[nodiscard]] Result : public Detail::ResultStatus<Result<T>>
{
    using Status = Detail::ResultStatus<Result<T>>;
    friend Status;

public:
    using Value = T;

    Result(const T &value)
        : m_value(value)
    { }
    Result(T &&value)
        : m_value(std::move(value))
    { }

    // Someone else saved first; theirs is what is stored now.
    static Result conflict(T theirs, const QString &message = QString())
    {
        Result result(ErrorKind::Conflict, message);
        result.m_value.emplace(std::move(theirs));
        return result;
    }

    // Set when ok, and for a conflict whose stored record is known.
    bool hasValue() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }
    // The value, or nothing.
    std::optional<T> take() && { return this->ok() ? std::move(m_value) : std::nullopt; }

private:
    Result(ErrorKind kind, const QString &message)
        : Status(kind, message)
    { }

    std::optional<T> m_value;
};

template<>
class [[nodiscard]] Result<void> : public Detail::ResultStatus<Result<void>>
{
    using Status = Detail::ResultStatus<Result<void>>;
    friend Status;

public:
    using Value = void;

    Result() = default; // done
    static Result success() { return {}; }

private:
    Result(ErrorKind kind, const QString &message)
        : Status(kind, message)
    { }
};

} // namespace Inflection
