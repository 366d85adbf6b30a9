#pragma once

#include "app/core/result.h"

#include <QString>

namespace pos {

namespace codes {
struct Recognition;
}

/// Who the counter's scans are for right now.
enum class ScanMode
{
    Sale = 1,    ///< the cart: products, boxes' trace codes, prescription and voucher tokens
    Diagnostics, ///< an installer watches the scanner (Ctrl+Shift+D): journalled, nothing changes
    Elsewhere,   ///< another screen takes the scans (receiving, stocktake): journalled only
};

/// Where one recognised scan goes, decided from what the recogniser read and the mode alone.
/// Pure: the workflow then looks the product up, binds the box or hands the token on.
struct ScanRoute
{
    enum class Target
    {
        Product = 1, ///< look the code up in the catalog; `miss` is the refusal when none matches
        TraceCode,   ///< one box's 20-digit code (INV-TRACE)
        Token, ///< 医保电子凭证, e-prescription, or a code PharmaPOS printed: not for the cart
        JournalOnly, ///< diagnostics or another screen: nothing changes
        Refuse,      ///< malformed or empty: `miss` says why
    };
    Target target = Target::Refuse;
    /// The payload as text, trimmed (what the messages quote).
    QString text;
    /// Product: the refusal when no product matches. Refuse: the refusal.
    Error miss;
};

[[nodiscard]] ScanRoute routeScan(const codes::Recognition& recognition, ScanMode mode);

/// What one scan did, as the journal records it and a caller may inspect: a value, not workflow
/// state.
struct ScanOutcome
{
    enum class Kind
    {
        Added = 1,  ///< a pack added to a line
        TraceBound, ///< a box's code bound to a line
        Token,      ///< handed on (tokenScanned)
        Diagnostic, ///< journalled while the diagnostics screen watched
        Elsewhere,  ///< journalled while another screen took the scans
        Rejected,   ///< refused; `error` says why
    };
    Kind kind = Kind::Rejected;
    qsizetype line = -1; ///< the cart line touched, -1 for none
    QString warning;     ///< accepted with a warning (an unreceived box, a non-8 trace code)
    Error error;         ///< when Rejected

    [[nodiscard]] bool ok() const { return kind != Kind::Rejected; }
    /// "added", "trace_bound", "token", "diagnostic", "elsewhere", "rejected" (the journal's
    /// words).
    [[nodiscard]] QString journalWord() const;
};

} // namespace pos
