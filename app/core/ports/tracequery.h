#pragma once

#include "app/core/inventory/boxtrace.h"
#include "app/core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pos {

/// Reads the chain behind a box's traceability code or a batch (DATA-TRACE): what the store
/// recorded when it received, sold, dispensed and took back the box. Reads only. Thread: the
/// owner's.
class TraceQuery
{
public:
    virtual ~TraceQuery() = default;
    /// The box with this 20-digit code, or nullopt when the store never saw it.
    [[nodiscard]] virtual Result<std::optional<BoxTrace>> traceBox(const QString& code) const = 0;
    /// Every batch with this batch number (one per product that has it), each with its boxes.
    [[nodiscard]] virtual Result<QList<BatchTrace>> traceBatch(const QString& batchNo) const = 0;
};

} // namespace pos
