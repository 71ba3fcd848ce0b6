#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace amanat {

/** Why a core operation failed. Each code has its own meaning for the caller
 *  (the CLI maps them to exit codes, the GUI to messages). */
enum class ErrorCode
{
    InvalidInput,  ///< bad argument, field value, path or date
    NotFound,      ///< no such item, tag or library
    AlreadyExists, ///< target exists and would be overwritten
    WrongSecret,   ///< passphrase or recovery key does not unlock the library
    InUse,         ///< another process has the library open
    Corrupt,       ///< database, key slots or an original failed a check
    NotALibrary,   ///< folder is not an Amanat library
    Unsupported,   ///< e.g. made by a newer version, or SQLCipher missing
    DiskFull,      ///< no space left; nothing was changed
    Io,            ///< other file system error
    Cancelled,     ///< the user or a signal cancelled the operation
    Internal,      ///< a bug: a check that should never fail did
};

/** An error: a code the program can act on and a translated sentence for a person. */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

/** A value or an Error. Core functions that can fail return this. */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Result of an operation that returns nothing on success. */
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace amanat

/// Returns early with the error of a failed Result/Status expression.
#define AMANAT_TRY(expr)                                                                           \
    do {                                                                                           \
        auto amanatTryResult_ = (expr);                                                            \
        if (!amanatTryResult_.ok())                                                                \
            return amanatTryResult_.error();                                                       \
    } while (false)
