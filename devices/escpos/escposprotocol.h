#pragma once

#include "app/core/ports/receiptprinter.h"

#include <QByteArray>

#include <optional>

/// The ESC/POS back channel, as pure functions over bytes: the requests PharmaPOS sends and the
/// parsing of what the printer answers. No I/O (EscPosPrinter drives a transport with them).
namespace pos::devices::escpos {

/// DLE EOT n: real-time status, answered at once even while the printer is offline or busy.
enum class StatusRequest
{
    Printer = 1,
    OfflineCause = 2,
    ErrorCause = 3,
    PaperSensor = 4
};

[[nodiscard]] QByteArray statusRequest(StatusRequest n);

/// The four real-time status bytes, in the order requested.
struct RealtimeStatus
{
    quint8 printer = 0;      ///< DLE EOT 1
    quint8 offlineCause = 0; ///< DLE EOT 2
    quint8 errorCause = 0;   ///< DLE EOT 3
    quint8 paperSensor = 0;  ///< DLE EOT 4
};

/// Reads the bits into the port's terms. Precedence: a fault that stops printing wins (cover
/// open, paper out, errors), then offline, then paper near end; `detail` names every bit that is
/// set ("DLE EOT 2: 纸仓盖打开；DLE EOT 4: 纸将尽…") and the raw bytes in hex.
[[nodiscard]] PrinterStatus interpret(const RealtimeStatus& s);

/// Takes the first real-time status byte (fixed bits 0,1,4,7 = 0,1,1,0) out of `buffer`,
/// dropping what came before it (stale answers).
[[nodiscard]] std::optional<quint8> takeRealtimeStatus(QByteArray& buffer);

/// How the printer proves it has processed the job: an in-order answer after the last byte.
enum class Barrier
{
    /// GS ( H fn 48: "transmission of process ID response", sent when the printing before it is
    /// complete; carries an ID, so an answer to an earlier job is never taken for this one.
    ProcessId = 1,
    /// GS r 1: paper sensor status, answered when the buffer before it is processed. For printers
    /// without GS ( H; it carries no ID.
    PaperSensor,
};

/// The 4-byte process ID for job number `sequence`: letters 'A'..'P' (a hex digit each), chosen
/// so that no byte of the response can be mistaken for a real-time status byte.
[[nodiscard]] QByteArray processId(quint32 sequence);
/// GS ( H pL pH fn m d1 d2 d3 d4 with fn = m = 48.
[[nodiscard]] QByteArray processIdRequest(const QByteArray& id);
/// GS r 1.
[[nodiscard]] QByteArray paperSensorRequest();

/// True once the response 37h 22h d1 d2 d3 d4 00h for `id` is in `buffer`; removes it and
/// everything before it (including answers to other IDs).
[[nodiscard]] bool takeProcessIdResponse(QByteArray& buffer, const QByteArray& id);
/// The GS r 1 answer (bits 4 and 7 clear, unlike a real-time status byte), removed with what
/// came before it.
[[nodiscard]] std::optional<quint8> takePaperSensorResponse(QByteArray& buffer);
/// True when a GS r 1 answer says the roll has ended (bits 2,3).
[[nodiscard]] bool paperSensorSaysPaperEnd(quint8 response);

} // namespace pos::devices::escpos
