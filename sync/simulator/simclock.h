#pragma once

#include "app/core/ports/clock.h"

#include <QAtomicInteger>

namespace pos::sim {

/// The simulator's clock: the wall clock moved by an offset, so a test or a demo can put the
/// platform on the store's (injected) date while it keeps ticking (--clock, POST /sim/clock).
class SimClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override
    {
        return QDateTime::currentDateTime().addMSecs(m_offsetMs.loadRelaxed());
    }
    void set(const QDateTime& t)
    {
        m_offsetMs.storeRelaxed(QDateTime::currentDateTime().msecsTo(t));
    }

private:
    QAtomicInteger<qint64> m_offsetMs{0};
};

} // namespace pos::sim
