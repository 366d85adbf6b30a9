#pragma once

#include "app/core/payment/tender.h"
#include "app/core/ports/tracecoderegistry.h"
#include "app/core/result.h"
#include "app/core/scanning/wedgeclassifier.h"
#include "app/core/staff/authservice.h"
#include "app/core/storeprofile.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pos::app {

struct CameraSettings;
struct PlatformSettings;

/// One printer as the store configured it. Keys in [devices], for the receipt printer (the
/// prescription printer's are the same with a "prescription_" prefix, each defaulting to the
/// receipt printer's value):
///
///     receipt_printer = simulated | escpos-tcp:HOST[:PORT] | escpos-lp:/dev/usb/lp0
///                       | escpos-usb[:VID:PID] | cups:NAME          (legacy key: printer)
///     paper = 80 | 58                                               (legacy: printer_width=48|32)
///     printer_text_mode = gb18030 | raster
///     printer_reports_status = yes | no
///     printer_barrier = gs-h | gs-r       (ESC/POS: GS ( H process ID, or GS r 1 where missing)
///     printer_timeout_ms = 30000          (ESC/POS: the job's wait for its barrier)
struct PrinterSettings
{
    QString backend = QStringLiteral("simulated");
    int widthColumns = 48;     ///< 48 on 80 mm paper, 32 on 58 mm
    bool rasterText = false;   ///< printer_text_mode = raster: for printers without a Chinese font
    bool reportsStatus = true; ///< no: jobs are confirmed only by scanning the printed code back
    bool processIdBarrier = true; ///< printer_barrier = gs-h (true) or gs-r
    int jobTimeoutMs = 30'000;

    bool operator==(const PrinterSettings&) const = default;
};

/// The store's configuration, read from an INI file:
///
///     [store]    name=…  fixmedins_code=P36010200001  terminal=T01  address=…  phone=…
///     [devices]  scanner=simulated  receipt_printer=simulated  paper=80  (see PrinterSettings)
///                scanner_keyboard_fallback=off  wedge_max_gap_ms=30  wedge_min_length=6
///                wedge_prefix=none  wedge_suffix=enter  wedge_gs=   (see KeyboardWedgeScanner)
///     [scanning] unreceived_trace_code=warn|refuse  gs_substitute=~
///     [payment]  wallet=off|simulated  cash_rounding=none|fen|jiao  cashier_discount_percent=0
///
/// Device backends are chosen here, per store. A store that names a backend this build lacks gets
/// a clear refusal, never a silent fallback. The scanner keys ([devices]):
///
///     scanner=simulated                        the simulator panel only (the default)
///     scanner=hidpos                           the first USB HID-POS scanner found (usage page 0x8C)
///     scanner=hidpos:0c2e:0b8f                 that VID:PID only (hex)
///     scanner=evdev:/dev/input/by-id/usb-…-event-kbd   a keyboard-wedge scanner, grabbed
///     scanner=serial:/dev/ttyACM0@9600         a USB-COM / serial scanner (baud optional, 9600)
///     scanner_suffix=enter                     what ends a scan: enter (CR), lf, crlf, tab, none
///     scanner_timeout_ms=50                    a pause this long between keys/bytes also ends one
///     scanner_aim_prefix=false                 wedge/serial: the scanner sends "]d2" before the data
///     scanner_gs_key=KEY_F8                    wedge: a key the scanner sends for GS (Ctrl+] always is)
///
/// `pharmapos devices list` shows the values to put here for the devices attached.
struct ScannerSpec
{
    enum class Kind
    {
        Simulated = 1,
        HidPos,
        Evdev,
        Serial
    };
    Kind kind = Kind::Simulated;
    std::optional<quint16> vendorId;  ///< hidpos: the VID to match; unset: any
    std::optional<quint16> productId; ///< hidpos: the PID to match; unset: any
    QString path;                     ///< evdev node or serial port
    int baudRate = 9600;              ///< serial
    QByteArray suffix = QByteArrayLiteral("\r");
    int timeoutMs = 50;
    bool aimPrefix = false;
    QString gsKey; ///< evdev key name, e.g. "KEY_F8"; empty: none

    /// Parses the `scanner=` value; an error names what is wrong with it.
    [[nodiscard]] static Result<ScannerSpec> parse(const QString& value);
    /// Parses a `scanner_suffix=` value into the bytes that end a scan.
    [[nodiscard]] static Result<QByteArray> parseSuffix(const QString& value);
};

/// Where the customer display goes: `auto` (full screen on a second screen when there is one,
/// else nowhere), `off`, `window` (a window of its own, for a screen shared or mirrored) or
/// `screen:N` (full screen on screen N, counted from 1 in the system's order).
struct CustomerDisplayPlacement
{
    enum class Mode
    {
        Auto = 1,
        Off,
        Window,
        Screen
    };
    Mode mode = Mode::Auto;
    int screen = 0; ///< Screen: 1-based

    /// The setting's value as written; an error says which forms it takes.
    [[nodiscard]] static Result<CustomerDisplayPlacement> parse(const QString& value);
};

struct AppConfig
{
    QString dataDir;
    QString configPath; ///< empty when none was read
    StoreProfile store;
    QString scannerBackend = QStringLiteral("simulated"); ///< the `scanner=` value as written
    ScannerSpec scanner; ///< …and what it means, with its options
    PrinterSettings receiptPrinter;
    PrinterSettings prescriptionPrinter; ///< the receipt printer's settings unless configured
    bool demo = false;
    int idleLockMinutes = 5;          ///< [security] idle_lock_minutes; 0 disables
    LockoutPolicy lockout;            ///< [security] max_failed_logins, lockout_minutes
    int passwordIterations = 600'000; ///< PBKDF2 iterations for new password hashes
    int nearExpiryDays = 180;         ///< [inventory] near_expiry_days: receiving warns below it
    /// [scanning] unreceived_trace_code = warn | refuse: selling a box whose code was never
    /// received
    UnreceivedTracePolicy unreceivedTrace = UnreceivedTracePolicy::Warn;
    /// [scanning] gs_substitute: what a keyboard-wedge scanner sends instead of GS (0x1D), e.g. ~
    QByteArray gsSubstitute;
    /// [display] kiosk = on: the counter full screen without a frame; only a manager quits.
    bool kiosk = false;
    /// [payment] wallet = off | simulated: WeChat Pay / Alipay by the customer's 付款码.
    QString wallet = QStringLiteral("simulated");
    /// [payment] cash_rounding = none | fen | jiao (抹零 of the cash rest).
    CashRounding cashRounding = CashRounding::None;
    /// [payment] cashier_discount_percent = 0–100: what a cashier may take off a line's price
    /// without a manager (PRICE-OVERRIDE).
    int cashierDiscountPercent = 0;
    /// [devices] scanner_keyboard_fallback = on/off: read keyboard-wedge scans in the window
    /// (for wedge scanners the system cannot grab), alongside the configured scanner.
    bool scannerKeyboardFallback = false;
    /// [devices] barcode_camera = off | simulated:PATH — codes read from a camera's frames beside
    /// the configured scanner (damaged labels, printed documents). The simulated camera replays
    /// the images at PATH (a file or a folder); real cameras arrive with the settlement camera.
    QString barcodeCameraImages; ///< empty: off
    /// [devices] wedge_max_gap_ms, wedge_min_length, wedge_prefix, wedge_suffix (enter, tab,
    /// none, or characters with C escapes such as \x02), wedge_gs (characters meaning GS).
    WedgeSettings wedge;

    /// [security] key_dir: the store key's directory (0700, owned by the service account). Empty:
    /// "<dataDir>.keys", beside the data directory and never inside it.
    QString keyDir;
    /// [security] anchor_dir: a second place for the anchors of the database's seals — the backup
    /// disk or a network share — beside the copy always kept in the key directory. Empty: none.
    QString anchorDir;

    /// [devices] card_reader = simulated | vendor:/abs/path/lib.so | pcsc[:READER NAME]: the
    /// insurance-card reader, as written (app/cardreaders.h parses it; a value it does not know
    /// leaves the counter on the simulated reader, saying so, rather than refusing to start).
    QString cardReader = QStringLiteral("simulated");
    /// [devices] card_reader_timeout_ms: how long one vendor-library read may take.
    int cardReaderTimeoutMs = 15'000;
    /// [devices] id_number_entry: the typed ID number as the settlement's credential (02).
    bool idNumberEntry = true;
    /// [devices] signature_pad = off | simulated | evdev:/dev/input/by-id/…: the pen pad the
    /// patient signs the slip on (SETTLE-SLIP); off: the screen or the paper slip.
    QString signaturePad = QStringLiteral("off");

    /// [devices] customer_display: the second screen facing the customer (CAM-CONSENT: the
    /// recording notice, the face framing, the sale's items and amounts).
    CustomerDisplayPlacement customerDisplay;

    /// The link to the national platform ([platform], or platform.ini in the data directory);
    /// shared, so that this header does not pull in the network headers. Never null after load().
    std::shared_ptr<const PlatformSettings> platform;
    /// The settlement camera ([devices] settlement_camera, microphone; [camera]): what
    /// SettlementCameraStation::assemble() and the face/video commands take. Shared, so that this
    /// header does not pull in the camera's. Never null after load() (the defaults: no camera).
    std::shared_ptr<const CameraSettings> camera;

    [[nodiscard]] QString databasePath() const;
    /// The key directory in effect (keyDir, or the default beside the data directory).
    [[nodiscard]] QString effectiveKeyDir() const;
    /// Where the anchors of the database's seals are appended (integrity, issue 12).
    [[nodiscard]] QStringList anchorPaths() const;
    /// Where the settlement archive's signed head is kept apart (beside the anchors).
    [[nodiscard]] QStringList archiveHeadPaths() const;
    /// `name` in the key directory and, when set, in the anchor directory.
    [[nodiscard]] QStringList keptApartPaths(const QString& name) const;
    [[nodiscard]] QString printOutputDir() const;

    /// Reads `path` (or `<dataDir>/pharmapos.ini` when `path` is empty and that file exists) over
    /// the defaults. The file is read strictly (IniFile) and checked against the key table
    /// (configKeys()): a named file that does not exist, a file that is not UTF-8 text, an unknown
    /// section or key, or a value of the wrong type or out of range is an error naming the file,
    /// the line, the section, the key, the value and what is allowed.
    [[nodiscard]] static Result<AppConfig> load(const QString& dataDir, const QString& path,
                                                bool demo);
    /// Writes the store section to `<dataDir>/pharmapos.ini` when that file does not exist yet (the
    /// demo store does, so later commands on its directory know the store's name).
    [[nodiscard]] Status writeStoreProfileIfMissing() const;
    /// The default data directory: the user's data location, or its "demo" sibling in demo mode
    /// so demo data never lands in a real store's database.
    [[nodiscard]] static QString defaultDataDir(bool demo);
};

} // namespace pos::app
