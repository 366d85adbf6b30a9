#include "app/appconfig.h"

#include "app/cameraconfig.h"
#include "app/cardreaders.h"
#include "app/configkeys.h"
#include "app/inifile.h"
#include "app/platformconfig.h"
#include "app/printers.h"
#include "devices/evdev/evdevscanner.h"
#include "storage/crypto/keystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pos::app {

namespace {
/// Translation context "AppConfig" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppConfig)
};
/// [devices] keyboard-wedge and camera keys over `c`; an error names the key and what it accepts.
Status loadWedgeSettings(const ConfigValues& ini, AppConfig& c)
{
    c.scannerKeyboardFallback = ini.isOn("devices", "scanner_keyboard_fallback", false);
    c.kiosk = ini.isOn("display", "kiosk", false);
    const QString camera = ini.text("devices", "barcode_camera", QStringLiteral("off")).trimmed();
    if (camera.startsWith(QStringLiteral("simulated:")) && camera.size() > 10)
        c.barcodeCameraImages = camera.mid(10);
    else if (camera != QStringLiteral("off"))
        return ini.bad("devices", "barcode_camera",
                       Tr::tr("无效：只能是 off 或 simulated:图片文件或目录"));

    c.wedge.maxGapMs = int(ini.integer("devices", "wedge_max_gap_ms", c.wedge.maxGapMs));
    c.wedge.minLength = int(ini.integer("devices", "wedge_min_length", c.wedge.minLength));
    // The words scanner_suffix knows (enter, tab, none…) mean the same here; anything else is the
    // characters themselves (C escapes such as \x02 already resolved by IniFile).
    auto framing = [&ini](const char* key, const QString& fallbackValue) {
        const QString v = ini.text("devices", key, fallbackValue);
        if (Result<QByteArray> named = ScannerSpec::parseSuffix(v))
            return QString::fromLatin1(*named);
        return v;
    };
    c.wedge.prefix = framing("wedge_prefix", c.wedge.prefix);
    c.wedge.suffix = framing("wedge_suffix", c.wedge.suffix);
    for (const char* key : {"wedge_prefix", "wedge_suffix"})
        if (framing(key, {}).size() > 8)
            return ini.bad("devices", key, Tr::tr("太长：最多 8 个字符"));
    c.wedge.gsSubstitutes = ini.text("devices", "wedge_gs", c.wedge.gsSubstitutes);
    if (c.wedge.prefix.isEmpty() && c.wedge.suffix.isEmpty() && c.wedge.minLength < 4)
        return ini.bad(
            "devices", "wedge_min_length",
            Tr::tr("太小：键盘扫码枪既无前缀也无后缀时至少为 4，否则快速打字会被当成扫码"));
    return {};
}

/// Reads one printer's [devices] keys (`prefix` "" for the receipt printer, "prescription_" for
/// the prescription printer) over `defaults`. Types and ranges were checked against the key table.
Result<PrinterSettings> readPrinter(const ConfigValues& ini, const QByteArray& prefix,
                                    PrinterSettings defaults)
{
    PrinterSettings p = defaults;
    const auto key = [&prefix](const char* name) { return QByteArray(prefix + name); };
    const QByteArray backendKey = prefix.isEmpty() ? key("receipt_printer") : key("printer");
    if (ini.has("devices", backendKey.constData()))
        p.backend = ini.text("devices", backendKey.constData()).trimmed();
    else if (prefix.isEmpty() && ini.has("devices", "printer")) // before receipt_printer existed
        p.backend = ini.text("devices", "printer").trimmed();
    if (Result<PrinterEndpoint> e = parsePrinterBackend(p.backend); !e)
        return ini.bad("devices",
                       ini.has("devices", backendKey.constData()) || !prefix.isEmpty()
                           ? backendKey.constData()
                           : "printer",
                       e.error().message);
    if (ini.has("devices", key("paper").constData()))
        p.widthColumns = ini.choice("devices", key("paper").constData(), {}) == u"58" ? 32 : 48;
    else if (prefix.isEmpty() && ini.has("devices", "printer_width"))
        p.widthColumns = int(ini.integer("devices", "printer_width", 48));
    if (ini.has("devices", key("printer_text_mode").constData()))
        p.rasterText = ini.choice("devices", key("printer_text_mode").constData(), {}) == u"raster";
    p.reportsStatus =
        ini.isOn("devices", key("printer_reports_status").constData(), p.reportsStatus);
    if (ini.has("devices", key("printer_barrier").constData()))
        p.processIdBarrier =
            ini.choice("devices", key("printer_barrier").constData(), {}) == u"gs-h";
    p.jobTimeoutMs =
        int(ini.integer("devices", key("printer_timeout_ms").constData(), p.jobTimeoutMs));
    return p;
}
} // namespace

Result<ScannerSpec> ScannerSpec::parse(const QString& value)
{
    ScannerSpec s;
    const QString v = value.trimmed();
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("扫码枪配置 scanner=%1 无效：%2").arg(value, why));
    };
    if (v.isEmpty() || v == QStringLiteral("simulated"))
        return s;
    if (v == QStringLiteral("hidpos") || v.startsWith(QStringLiteral("hidpos:"))) {
        s.kind = Kind::HidPos;
        const QStringList parts = v.split(u':');
        if (parts.size() != 1 && parts.size() != 3)
            return bad(Tr::tr("应为 hidpos 或 hidpos:VID:PID（十六进制，如 hidpos:0c2e:0b8f）"));
        if (parts.size() == 3) {
            bool ok1 = false, ok2 = false;
            const uint vid = parts.at(1).toUInt(&ok1, 16);
            const uint pid = parts.at(2).toUInt(&ok2, 16);
            if (!ok1 || !ok2 || vid > 0xFFFF || pid > 0xFFFF || parts.at(1).size() != 4
                || parts.at(2).size() != 4)
                return bad(Tr::tr("VID 与 PID 须为 4 位十六进制数（如 0c2e:0b8f）"));
            s.vendorId = quint16(vid);
            s.productId = quint16(pid);
        }
        return s;
    }
    if (v.startsWith(QStringLiteral("evdev:"))) {
        s.kind = Kind::Evdev;
        s.path = v.mid(6);
        if (!s.path.startsWith(u'/'))
            return bad(Tr::tr("应为 evdev:/dev/input/by-id/…-event-kbd（绝对路径）"));
        return s;
    }
    if (v.startsWith(QStringLiteral("serial:"))) {
        s.kind = Kind::Serial;
        QString rest = v.mid(7);
        const qsizetype at = rest.lastIndexOf(u'@');
        if (at >= 0) {
            bool ok = false;
            s.baudRate = rest.mid(at + 1).toInt(&ok);
            if (!ok || s.baudRate <= 0)
                return bad(Tr::tr("波特率须为正整数（如 serial:/dev/ttyACM0@9600）"));
            rest.truncate(at);
        }
        s.path = rest;
        if (!s.path.startsWith(u'/'))
            return bad(Tr::tr("应为 serial:/dev/ttyACM0[@波特率]（绝对路径）"));
        return s;
    }
    return bad(Tr::tr("可用：simulated、hidpos[:VID:PID]、evdev:路径、serial:路径[@波特率]"));
}

Result<QByteArray> ScannerSpec::parseSuffix(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QStringLiteral("enter") || v == QStringLiteral("cr"))
        return QByteArrayLiteral("\r");
    if (v == QStringLiteral("lf"))
        return QByteArrayLiteral("\n");
    if (v == QStringLiteral("crlf"))
        return QByteArrayLiteral("\r\n");
    if (v == QStringLiteral("tab"))
        return QByteArrayLiteral("\t");
    if (v == QStringLiteral("none"))
        return QByteArray();
    return makeError(
        ErrorCode::Configuration,
        Tr::tr("scanner_suffix=%1 无效：可用 enter、cr、lf、crlf、tab、none").arg(value));
}

QString AppConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("pharmapos.sqlite"));
}

QString AppConfig::effectiveKeyDir() const
{
    return keyDir.isEmpty() ? storage::crypto::KeyStoreSettings::defaultKeyDir(dataDir) : keyDir;
}

QStringList AppConfig::keptApartPaths(const QString& name) const
{
    QStringList paths{QDir(effectiveKeyDir()).filePath(name)};
    if (!anchorDir.isEmpty())
        paths << QDir(anchorDir).filePath(name);
    return paths;
}

QStringList AppConfig::anchorPaths() const
{
    return keptApartPaths(QStringLiteral("integrity-anchors.jsonl"));
}

QStringList AppConfig::archiveHeadPaths() const
{
    return keptApartPaths(QStringLiteral("archive-head.json"));
}

QString AppConfig::printOutputDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("prints"));
}

QString AppConfig::defaultDataDir(bool demo)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir(base).filePath(demo ? QStringLiteral("PharmaPOS/demo")
                                    : QStringLiteral("PharmaPOS/store"));
}

Status AppConfig::writeStoreProfileIfMissing() const
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("pharmapos.ini"));
    if (QFileInfo::exists(path))
        return {};
    // Written as IniFile reads it, so every value comes back as it was (QSettings quoted and
    // escaped differently).
    const auto line = [](const char* key, const QString& value) -> QString {
        return QString::fromLatin1(key) + QStringLiteral(" = ") + IniFile::quoteValue(value)
               + u'\n';
    };
    const QString text =
        QStringLiteral("[store]\n") + line("name", store.name)
        + line("fixmedins_code", store.fixmedinsCode) + line("terminal", store.terminalId)
        + line("address", store.address) + line("phone", store.phone)
        + QStringLiteral("\n[devices]\n") + line("scanner", scannerBackend)
        + line("receipt_printer", receiptPrinter.backend)
        + line("paper",
               receiptPrinter.widthColumns == 32 ? QStringLiteral("58") : QStringLiteral("80"))
        // The demo's stand-in for the backup disk (CAM-BACKUP, RX-ARCHIVE-2Y):
        // a store points it at another disk or a mounted share.
        + (demo ? QStringLiteral("\n[camera]\n") + line("backup_dir", u"backup"_s) : QString());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return makeError(ErrorCode::Configuration, Tr::tr("无法写入 %1").arg(path));
    return {};
}

namespace {
Result<AppConfig> loadStoreIni(const QString& dataDir, const QString& path, bool demo);
} // namespace

Result<AppConfig> AppConfig::load(const QString& dataDir, const QString& path, bool demo)
{
    Result<AppConfig> c = loadStoreIni(dataDir, path, demo);
    if (!c)
        return c;
    // The platform link: [platform] in the store's INI, or a drop-in platform.ini beside it.
    Result<PlatformSettings> platform = PlatformSettings::loadForStore(c->dataDir, c->configPath);
    if (!platform)
        return platform.error();
    c->platform = std::make_shared<const PlatformSettings>(*platform);
    return c;
}

namespace {

Result<AppConfig> loadStoreIni(const QString& dataDir, const QString& path, bool demo)
{
    AppConfig c;
    c.demo = demo;
    c.dataDir = QDir::cleanPath(
        QDir(dataDir.isEmpty() ? AppConfig::defaultDataDir(demo) : dataDir).absolutePath());
    c.store.name = demo ? Tr::tr("仁心大药房（演示门店）") : Tr::tr("未命名药店");
    c.store.fixmedinsCode = QStringLiteral("P36010200001");
    c.store.terminalId = QStringLiteral("T01");
    if (demo) {
        c.store.address = Tr::tr("江西省南昌市东湖区八一大道 100 号");
        c.store.phone = QStringLiteral("0791-86000000");
    }

    QString file = path;
    if (file.isEmpty()) {
        const QString candidate = QDir(c.dataDir).filePath(QStringLiteral("pharmapos.ini"));
        if (QFileInfo::exists(candidate))
            file = candidate;
    }
    CameraSettings cameraDefaults = CameraSettings::defaults(c.dataDir);
    if (demo) // as the demo's profile, written at its first start, says
        cameraDefaults.backupDir = QDir(c.dataDir).filePath(u"backup"_s);
    c.camera = std::make_shared<const CameraSettings>(cameraDefaults);
    if (file.isEmpty())
        return c;

    Result<IniFile> parsed = IniFile::read(file);
    if (!parsed)
        return parsed.error();
    Result<ConfigValues> checked = ConfigValues::check(*parsed);
    if (!checked)
        return checked.error();
    const ConfigValues& ini = *checked;
    c.configPath = QFileInfo(file).absoluteFilePath();
    c.store.name = ini.text("store", "name", c.store.name);
    c.store.fixmedinsCode = ini.text("store", "fixmedins_code", c.store.fixmedinsCode);
    c.store.terminalId = ini.text("store", "terminal", c.store.terminalId);
    c.store.address = ini.text("store", "address", c.store.address);
    c.store.phone = ini.text("store", "phone", c.store.phone);
    c.scannerBackend = ini.text("devices", "scanner", c.scannerBackend);
    Result<ScannerSpec> scanner = ScannerSpec::parse(c.scannerBackend);
    if (!scanner)
        return ini.bad("devices", "scanner", scanner.error().message);
    c.scanner = *scanner;
    c.scanner.suffix = *ScannerSpec::parseSuffix(
        ini.choice("devices", "scanner_suffix", QStringLiteral("enter"))); // a checked choice
    c.scanner.timeoutMs = int(ini.integer("devices", "scanner_timeout_ms", c.scanner.timeoutMs));
    c.scanner.aimPrefix = ini.isOn("devices", "scanner_aim_prefix", false);
    c.scanner.gsKey = ini.text("devices", "scanner_gs_key").trimmed();
    if (!c.scanner.gsKey.isEmpty() && !devices::EvdevScanner::keyCode(c.scanner.gsKey))
        return ini.bad("devices", "scanner_gs_key", Tr::tr("不是已知按键名（如 KEY_F8）"));
    Result<PrinterSettings> receipt = readPrinter(ini, {}, c.receiptPrinter);
    if (!receipt)
        return receipt.error();
    c.receiptPrinter = *receipt;
    Result<PrinterSettings> prescription =
        readPrinter(ini, QByteArrayLiteral("prescription_"), c.receiptPrinter);
    if (!prescription)
        return prescription.error();
    c.prescriptionPrinter = *prescription;
    c.idleLockMinutes = int(ini.integer("security", "idle_lock_minutes", c.idleLockMinutes));
    c.lockout.maxFailures =
        int(ini.integer("security", "max_failed_logins", c.lockout.maxFailures));
    c.lockout.lockMinutes = int(ini.integer("security", "lockout_minutes", c.lockout.lockMinutes));
    c.keyDir = ini.text("security", "key_dir").trimmed();
    c.anchorDir = ini.text("security", "anchor_dir").trimmed();
    c.nearExpiryDays = int(ini.integer("inventory", "near_expiry_days", c.nearExpiryDays));
    c.unreceivedTrace =
        ini.choice("scanning", "unreceived_trace_code", QStringLiteral("warn")) == u"refuse"
            ? UnreceivedTracePolicy::Refuse
            : UnreceivedTracePolicy::Warn;
    c.gsSubstitute = ini.text("scanning", "gs_substitute").toUtf8();
    c.wallet = ini.choice("payment", "wallet", c.wallet);
    c.cashRounding =
        cashRoundingFromName(ini.choice("payment", "cash_rounding", QStringLiteral("none")))
            .value_or(CashRounding::None);
    c.cashierDiscountPercent = int(ini.integer("payment", "cashier_discount_percent", 0));
    if (Status wedge = loadWedgeSettings(ini, c); !wedge)
        return wedge.error();
    c.cardReader = ini.text("devices", "card_reader", c.cardReader).trimmed();
    // A vendor library named by a path that cannot work is a typo to fix now; a backend the
    // counter does not know starts it on the simulated reader, saying so (Counter).
    if (c.cardReader.startsWith(QStringLiteral("vendor:")))
        if (Result<CardReaderSpec> reader = CardReaderSpec::parse(c.cardReader); !reader)
            return ini.bad("devices", "card_reader", reader.error().message);
    c.cardReaderTimeoutMs =
        int(ini.integer("devices", "card_reader_timeout_ms", c.cardReaderTimeoutMs));
    c.idNumberEntry = ini.choice("devices", "id_number_entry", QStringLiteral("on")) != u"off";
    c.signaturePad = ini.text("devices", "signature_pad", c.signaturePad).trimmed();
    if (c.signaturePad != u"off" && c.signaturePad != u"simulated"
        && !(c.signaturePad.startsWith(QStringLiteral("evdev:"))
             && QDir::isAbsolutePath(c.signaturePad.mid(6).trimmed())))
        return ini.bad(
            "devices", "signature_pad",
            Tr::tr("应为 off、simulated 或 evdev:/dev/input/by-id/…（签名板的设备节点）"));
    Result<CustomerDisplayPlacement> display = CustomerDisplayPlacement::parse(
        ini.text("devices", "customer_display", QStringLiteral("auto")));
    if (!display)
        return ini.bad("devices", "customer_display", display.error().message);
    c.customerDisplay = *display;
    Result<CameraSettings> camera = CameraSettings::read(ini, c.dataDir);
    if (!camera)
        return camera.error();
    c.camera = std::make_shared<const CameraSettings>(*camera);
    return c;
}

} // namespace

Result<CustomerDisplayPlacement> CustomerDisplayPlacement::parse(const QString& value)
{
    using Mode = CustomerDisplayPlacement::Mode;
    const QString v = value.trimmed().toLower();
    CustomerDisplayPlacement p;
    if (v.isEmpty() || v == u"auto")
        return p;
    if (v == u"off" || v == u"window") {
        p.mode = v == u"off" ? Mode::Off : Mode::Window;
        return p;
    }
    if (v.startsWith(u"screen:")) {
        bool ok = false;
        const int n = v.mid(7).toInt(&ok);
        if (ok && n >= 1 && n <= 16) {
            p.mode = Mode::Screen;
            p.screen = n;
            return p;
        }
    }
    return makeError(ErrorCode::Configuration,
                     Tr::tr("可用 auto、off、window 或 screen:N（N 为 1–16 的屏幕序号）"));
}

} // namespace pos::app
