#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lontar {

// What went wrong, in words a user can read. `code` lets callers branch without parsing text.
struct Error
{
    enum class Code
    {
        Generic,
        NotFound,
        InvalidInput,
        Unauthorized,
        Forbidden,
        Locked,
        Conflict,
        Io,
        Database,
        Crypto,
        Network,
        Cancelled,
    };

    QString message;
    Code code = Code::Generic;

    Error() = default;
    explicit Error(QString msg, Code c = Code::Generic)
        : message(std::move(msg))
        , code(c)
    {}
};

// Value or error; the project's way of reporting failure across module boundaries (no exceptions).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value on rvalues, so `for (auto& x : *load())` never refers into a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_failed ? m_error.message : QString(); }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(const QString& message, Error::Code code = Error::Code::Generic)
{
    return Error(message, code);
}

} // namespace lontar
