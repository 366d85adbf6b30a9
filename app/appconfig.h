#pragma once

#include "app/core/result.h"
#include "app/core/staff/authservice.h"
#include "app/core/storeprofile.h"

#include <QString>

namespace pos::app {

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
///
/// Device backends are chosen here, per store; a store that names a backend this build lacks,
/// or writes one wrongly, gets a clear refusal, never a silent fallback.
struct AppConfig
{
    QString dataDir;
    QString configPath;       ///< empty when none was read
    StoreProfile store;
    QString scannerBackend = QStringLiteral("simulated");
    PrinterSettings receiptPrinter;
    PrinterSettings prescriptionPrinter; ///< the receipt printer's settings unless configured
    bool demo = false;
    int idleLockMinutes = 5;            ///< [security] idle_lock_minutes; 0 disables
    LockoutPolicy lockout;              ///< [security] max_failed_logins, lockout_minutes
    int passwordIterations = 600'000;   ///< PBKDF2 iterations for new password hashes
    int nearExpiryDays = 180;           ///< [inventory] near_expiry_days: receiving warns below it

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString printOutputDir() const;

    /// Reads `path` (or `<dataDir>/pharmapos.ini` when `path` is empty and that file exists) over
    /// the defaults. A named file that does not exist, or a bad value, is an error.
    [[nodiscard]] static Result<AppConfig> load(const QString& dataDir, const QString& path, bool demo);
    /// Writes the store section to `<dataDir>/pharmapos.ini` when that file does not exist yet (the
    /// demo store does, so later commands on its directory know the store's name).
    [[nodiscard]] Status writeStoreProfileIfMissing() const;
    /// The default data directory: the user's data location, or its "demo" sibling in demo mode
    /// so demo data never lands in a real store's database.
    [[nodiscard]] static QString defaultDataDir(bool demo);
};

} // namespace pos::app
