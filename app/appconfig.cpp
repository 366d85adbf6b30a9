#include "app/appconfig.h"

#include "app/platformconfig.h"
#include "app/printers.h"
#include "devices/evdev/evdevscanner.h"
#include "storage/crypto/keystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pos::app {

namespace {
/// Translation context "AppConfig" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppConfig)
};
/// A yes/no key ("devices/…"): on|yes|true|1 or off|no|false|0, `fallback` when absent; an error
/// names the key and what it accepts.
Result<bool> readSwitch(const QSettings& ini, const QString& file, const QString& key,
                        bool fallback)
{
    if (!ini.contains(key))
        return fallback;
    const QString v = ini.value(key).toString().trimmed().toLower();
    if (v == u"on" || v == u"yes" || v == u"true" || v == u"1")
        return true;
    if (v == u"off" || v == u"no" || v == u"false" || v == u"0")
        return false;
    return makeError(ErrorCode::Configuration,
                     Tr::tr("%1：[devices] %2 = “%3” 无效，可用：on、off（或 yes、no）")
                         .arg(file, key.mid(8), ini.value(key).toString()));
}

/// [devices] keyboard-wedge keys over `c`; an error names the key and what it accepts.
Status loadWedgeSettings(const QSettings& ini, const QString& file, AppConfig& c)
{
    const Result<bool> fallback =
        readSwitch(ini, file, QStringLiteral("devices/scanner_keyboard_fallback"), false);
    if (!fallback)
        return fallback.error();
    c.scannerKeyboardFallback = *fallback;
    const QString camera =
        ini.value(QStringLiteral("devices/barcode_camera"), QStringLiteral("off"))
            .toString()
            .trimmed();
    if (camera.startsWith(QStringLiteral("simulated:")) && camera.size() > 10)
        c.barcodeCameraImages = camera.mid(10);
    else if (camera != QStringLiteral("off"))
        return makeError(
            ErrorCode::Configuration,
            Tr::tr(
                "%1：[devices] barcode_camera 只能是 off 或 simulated:图片文件或目录（写的是 %2）")
                .arg(file, camera));

    bool gapOk = true, lengthOk = true;
    c.wedge.maxGapMs =
        ini.value(QStringLiteral("devices/wedge_max_gap_ms"), c.wedge.maxGapMs).toInt(&gapOk);
    c.wedge.minLength =
        ini.value(QStringLiteral("devices/wedge_min_length"), c.wedge.minLength).toInt(&lengthOk);
    if (!gapOk || !lengthOk || c.wedge.maxGapMs < 1 || c.wedge.maxGapMs > 200
        || c.wedge.minLength < 1)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1：[devices] wedge_max_gap_ms 须为 1–200 的整数，wedge_min_length 须为正整数")
                .arg(file));
    // QSettings has already turned C escapes (\r, \x02) into characters. The words scanner_suffix
    // knows (enter, tab, none…) mean the same here; anything else is the characters themselves.
    auto framing = [&ini](const char* key, const QString& fallbackValue) {
        const QString v = ini.value(QLatin1String(key), fallbackValue).toString();
        if (Result<QByteArray> named = ScannerSpec::parseSuffix(v))
            return QString::fromLatin1(*named);
        return v;
    };
    c.wedge.prefix = framing("devices/wedge_prefix", c.wedge.prefix);
    c.wedge.suffix = framing("devices/wedge_suffix", c.wedge.suffix);
    c.wedge.gsSubstitutes =
        ini.value(QStringLiteral("devices/wedge_gs"), c.wedge.gsSubstitutes).toString();
    if (c.wedge.prefix.isEmpty() && c.wedge.suffix.isEmpty() && c.wedge.minLength < 4)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1：[devices] 键盘扫码枪既无前缀也无后缀时，wedge_min_length 至少为 4，"
                   "否则快速打字会被当成扫码")
                .arg(file));
    return {};
}

/// Reads one printer's [devices] keys (`prefix` "" for the receipt printer, "prescription_" for
/// the prescription printer) over `defaults`.
Result<PrinterSettings> readPrinter(const QSettings& ini, const QString& file,
                                    const QString& prefix, PrinterSettings defaults)
{
    PrinterSettings p = defaults;
    const auto key = [&](const char* name) -> QString {
        return QStringLiteral("devices/") + prefix + QLatin1String(name);
    };
    const auto bad = [&](const QString& k, const QString& allowed) {
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：[devices] %2 = “%3” 无效，可用：%4")
                             .arg(file, k.mid(8), ini.value(k).toString(), allowed));
    };
    const QString backendKey = prefix.isEmpty() ? key("receipt_printer") : key("printer");
    if (ini.contains(backendKey))
        p.backend = ini.value(backendKey).toString().trimmed();
    else if (prefix.isEmpty() && ini.contains(key("printer"))) // before receipt_printer existed
        p.backend = ini.value(key("printer")).toString().trimmed();
    if (Result<PrinterEndpoint> e = parsePrinterBackend(p.backend); !e)
        return makeError(ErrorCode::Configuration,
                         file + Tr::tr("：[devices] %1：").arg(backendKey.mid(8))
                             + e.error().message);
    if (ini.contains(key("paper"))) {
        const QString paper = ini.value(key("paper")).toString().trimmed();
        if (paper != u"58" && paper != u"80")
            return bad(key("paper"), QStringLiteral("80, 58"));
        p.widthColumns = paper == u"58" ? 32 : 48;
    } else if (prefix.isEmpty() && ini.contains(key("printer_width"))) {
        const QString w = ini.value(key("printer_width")).toString().trimmed();
        if (w != u"32" && w != u"48")
            return bad(key("printer_width"), QStringLiteral("48, 32"));
        p.widthColumns = w.toInt();
    }
    if (ini.contains(key("printer_text_mode"))) {
        const QString mode = ini.value(key("printer_text_mode")).toString().trimmed().toLower();
        if (mode != u"gb18030" && mode != u"raster")
            return bad(key("printer_text_mode"), QStringLiteral("gb18030, raster"));
        p.rasterText = mode == u"raster";
    }
    const Result<bool> reports =
        readSwitch(ini, file, key("printer_reports_status"), p.reportsStatus);
    if (!reports)
        return reports.error();
    p.reportsStatus = *reports;
    if (ini.contains(key("printer_barrier"))) {
        const QString b = ini.value(key("printer_barrier")).toString().trimmed().toLower();
        if (b != u"gs-h" && b != u"gs-r")
            return bad(key("printer_barrier"), QStringLiteral("gs-h, gs-r"));
        p.processIdBarrier = b == u"gs-h";
    }
    if (ini.contains(key("printer_timeout_ms"))) {
        bool ok = false;
        p.jobTimeoutMs = ini.value(key("printer_timeout_ms")).toInt(&ok);
        if (!ok || p.jobTimeoutMs < 1000)
            return bad(key("printer_timeout_ms"), Tr::tr("不小于 1000 的整数"));
    }
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

QStringList AppConfig::anchorPaths() const
{
    const QString name = QStringLiteral("integrity-anchors.jsonl");
    QStringList paths{QDir(effectiveKeyDir()).filePath(name)};
    if (!anchorDir.isEmpty())
        paths << QDir(anchorDir).filePath(name);
    return paths;
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
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("store/name"), store.name);
    ini.setValue(QStringLiteral("store/fixmedins_code"), store.fixmedinsCode);
    ini.setValue(QStringLiteral("store/terminal"), store.terminalId);
    ini.setValue(QStringLiteral("store/address"), store.address);
    ini.setValue(QStringLiteral("store/phone"), store.phone);
    ini.setValue(QStringLiteral("devices/scanner"), scannerBackend);
    ini.setValue(QStringLiteral("devices/receipt_printer"), receiptPrinter.backend);
    ini.setValue(QStringLiteral("devices/paper"), receiptPrinter.widthColumns == 32 ? 58 : 80);
    ini.sync();
    if (ini.status() != QSettings::NoError)
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
    } else if (!QFileInfo::exists(file)) {
        return makeError(ErrorCode::Configuration, Tr::tr("配置文件 %1 不存在").arg(file));
    }
    if (file.isEmpty())
        return c;

    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(ErrorCode::Configuration, Tr::tr("配置文件 %1 无法读取").arg(file));
    c.configPath = QFileInfo(file).absoluteFilePath();
    c.store.name = ini.value(QStringLiteral("store/name"), c.store.name).toString();
    c.store.fixmedinsCode =
        ini.value(QStringLiteral("store/fixmedins_code"), c.store.fixmedinsCode).toString();
    c.store.terminalId = ini.value(QStringLiteral("store/terminal"), c.store.terminalId).toString();
    c.store.address = ini.value(QStringLiteral("store/address"), c.store.address).toString();
    c.store.phone = ini.value(QStringLiteral("store/phone"), c.store.phone).toString();
    c.scannerBackend = ini.value(QStringLiteral("devices/scanner"), c.scannerBackend).toString();
    Result<ScannerSpec> scanner = ScannerSpec::parse(c.scannerBackend);
    if (!scanner)
        return Error{
            scanner.error().code, file + QStringLiteral("：") + scanner.error().message, {}};
    c.scanner = *scanner;
    Result<QByteArray> suffix = ScannerSpec::parseSuffix(
        ini.value(QStringLiteral("devices/scanner_suffix"), QStringLiteral("enter")).toString());
    if (!suffix)
        return Error{suffix.error().code, file + QStringLiteral("：") + suffix.error().message, {}};
    c.scanner.suffix = *suffix;
    bool okTimeout = true;
    c.scanner.timeoutMs =
        ini.value(QStringLiteral("devices/scanner_timeout_ms"), c.scanner.timeoutMs)
            .toInt(&okTimeout);
    if (!okTimeout || c.scanner.timeoutMs < 5 || c.scanner.timeoutMs > 5000)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1：devices/scanner_timeout_ms 须为 5–5000 之间的整数（毫秒）").arg(file));
    const Result<bool> aim =
        readSwitch(ini, file, QStringLiteral("devices/scanner_aim_prefix"), false);
    if (!aim)
        return aim.error();
    c.scanner.aimPrefix = *aim;
    c.scanner.gsKey = ini.value(QStringLiteral("devices/scanner_gs_key")).toString().trimmed();
    if (!c.scanner.gsKey.isEmpty() && !devices::EvdevScanner::keyCode(c.scanner.gsKey))
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：devices/scanner_gs_key=%2 不是已知按键名（如 KEY_F8）")
                             .arg(file, c.scanner.gsKey));
    Result<PrinterSettings> receipt = readPrinter(ini, file, {}, c.receiptPrinter);
    if (!receipt)
        return receipt.error();
    c.receiptPrinter = *receipt;
    Result<PrinterSettings> prescription =
        readPrinter(ini, file, QStringLiteral("prescription_"), c.receiptPrinter);
    if (!prescription)
        return prescription.error();
    c.prescriptionPrinter = *prescription;
    bool ok2 = true, ok3 = true, ok4 = true;
    c.idleLockMinutes =
        ini.value(QStringLiteral("security/idle_lock_minutes"), c.idleLockMinutes).toInt(&ok2);
    c.lockout.maxFailures =
        ini.value(QStringLiteral("security/max_failed_logins"), c.lockout.maxFailures).toInt(&ok3);
    c.lockout.lockMinutes =
        ini.value(QStringLiteral("security/lockout_minutes"), c.lockout.lockMinutes).toInt(&ok4);
    if (!ok2 || !ok3 || !ok4 || c.idleLockMinutes < 0 || c.lockout.maxFailures < 1
        || c.lockout.lockMinutes < 1)
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1：[security] 的 idle_lock_minutes（≥0）、max_failed_logins（≥1）、"
                   "lockout_minutes（≥1）须为整数")
                .arg(file));
    c.keyDir = ini.value(QStringLiteral("security/key_dir")).toString().trimmed();
    c.anchorDir = ini.value(QStringLiteral("security/anchor_dir")).toString().trimmed();
    bool ok5 = true;
    c.nearExpiryDays =
        ini.value(QStringLiteral("inventory/near_expiry_days"), c.nearExpiryDays).toInt(&ok5);
    if (!ok5 || c.nearExpiryDays < 0)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：[inventory] near_expiry_days 须为非负整数").arg(file));
    const QString unreceived =
        ini.value(QStringLiteral("scanning/unreceived_trace_code"), QStringLiteral("warn"))
            .toString();
    if (unreceived == QStringLiteral("warn"))
        c.unreceivedTrace = UnreceivedTracePolicy::Warn;
    else if (unreceived == QStringLiteral("refuse"))
        c.unreceivedTrace = UnreceivedTracePolicy::Refuse;
    else
        return makeError(
            ErrorCode::Configuration,
            Tr::tr("%1：[scanning] unreceived_trace_code 只能是 warn 或 refuse（写的是 %2）")
                .arg(file, unreceived));
    c.gsSubstitute = ini.value(QStringLiteral("scanning/gs_substitute")).toString().toUtf8();
    if (Status wedge = loadWedgeSettings(ini, file, c); !wedge)
        return wedge.error();
    return c;
}

} // namespace

} // namespace pos::app
