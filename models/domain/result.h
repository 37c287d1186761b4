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
class [[nodiscard]] Result
{
public:
    using Value = T;

    Result(const T &value)
        : m_value(value)
    { }
    Result(T &&value)
        : m_value(std::move(value))
    { }

    static Result failure(ErrorKind kind, const QString &message) { return Result(kind, message); }
    static Result failure(const QString &message) { return Result(ErrorKind::Failed, message); }
    // Someone else saved first; theirs is what is stored now.
    static Result conflict(T theirs, const QString &message = QString())
    {
        Result result(ErrorKind::Conflict, message);
        result.m_value.emplace(std::move(theirs));
        return result;
    }
    // The error of another result, passed up.
    template<typename Other>
    static Result errorOf(const Result<Other> &other)
    {
        return Result(other.error(), other.message());
    }

    bool ok() const { return m_error == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    ErrorKind error() const { return m_error; }
    bool isConflict() const { return m_error == ErrorKind::Conflict; }
    QString message() const { return m_message; }

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
    std::optional<T> take() && { return ok() ? std::move(m_value) : std::nullopt; }

private:
    Result(ErrorKind kind, const QString &message)
        : m_error(kind)
        , m_message(message)
    { }

    std::optional<T> m_value;
    ErrorKind m_error = ErrorKind::None;
    QString m_message;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    using Value = void;

    Result() = default; // done

    static Result success() { return {}; }
    static Result failure(ErrorKind kind, const QString &message) { return Result(kind, message); }
    static Result failure(const QString &message) { return Result(ErrorKind::Failed, message); }
    template<typename Other>
    static Result errorOf(const Result<Other> &other)
    {
        return Result(other.error(), other.message());
    }

    bool ok() const { return m_error == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    ErrorKind error() const { return m_error; }
    bool isConflict() const { return m_error == ErrorKind::Conflict; }
    QString message() const { return m_message; }

private:
    Result(ErrorKind kind, const QString &message)
        : m_error(kind)
        , m_message(message)
    { }

    ErrorKind m_error = ErrorKind::None;
    QString m_message;
};

} // namespace Inflection
