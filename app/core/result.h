#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace pos {

/// What went wrong, as a typed code the caller can branch on. No value 0: a default-constructed
/// code is never mistaken for success.
enum class ErrorCode
{
    InvalidInput = 1, ///< the user typed or scanned something malformed
    NotFound,         ///< a code, line or record that does not exist
    RuleViolation,    ///< a regulatory rule refused the action (Error::ruleId names it)
    PermissionDenied, ///< the acting user's role may not do this
    WrongState,       ///< the workflow is not in a state that allows the action
    DeviceFailure,    ///< a device reported a fault or is unreachable
    StorageFailure,   ///< the database refused or failed
    Configuration,    ///< the store's configuration is missing or wrong
    Cancelled,        ///< the user cancelled a long operation (an export); nothing was left behind
};

/// An error as a value: a code for programs, a translated message for people, and the ID of the
/// rule from REQUIREMENTS.md when a rule is what refused.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString ruleId;

    /// "RULE-ID: message" when a rule refused, else the message: what the user sees.
    [[nodiscard]] QString userText() const
    {
        return ruleId.isEmpty() ? message : ruleId + QStringLiteral(": ") + message;
    }
};

[[nodiscard]] inline Error makeError(ErrorCode code, QString message, QString ruleId = {})
{
    return Error{code, std::move(message), std::move(ruleId)};
}

/// `std::expected`-style result (C++20 has none): a T or an Error, never both, never neither.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<0>(m_v); }
    [[nodiscard]] T& value() & { return std::get<0>(m_v); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_v); }

    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const { return value(); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace pos

Q_DECLARE_METATYPE(pos::Error)
