#pragma once

#include <QDateTime>

#include <utility>

namespace pos {

/// The port every time-dependent rule reads (RX-VALID-3D, monthly refunds, 2-year archives).
/// Nothing in the core calls QDateTime::currentDateTime() directly.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// A clock that stands still until told otherwise: tests, training scripts, replay.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {
    }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace pos
