#include "app/appconfig.h"

#include "app/printers.h"

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

/// Reads one printer's [devices] keys (`prefix` "" for the receipt printer, "prescription_" for
/// the prescription printer) over `defaults`.
Result<PrinterSettings> readPrinter(const QSettings& ini, const QString& file, const QString& prefix,
                                    PrinterSettings defaults)
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
        return makeError(ErrorCode::Configuration, file + Tr::tr("：[devices] %1：").arg(backendKey.mid(8))
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
    if (ini.contains(key("printer_reports_status"))) {
        const QString yes = ini.value(key("printer_reports_status")).toString().trimmed().toLower();
        if (yes != u"yes" && yes != u"no")
            return bad(key("printer_reports_status"), QStringLiteral("yes, no"));
        p.reportsStatus = yes == u"yes";
    }
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

QString AppConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("pharmapos.sqlite"));
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

Result<AppConfig> AppConfig::load(const QString& dataDir, const QString& path, bool demo)
{
    AppConfig c;
    c.demo = demo;
    c.dataDir = QDir::cleanPath(QDir(dataDir.isEmpty() ? defaultDataDir(demo) : dataDir).absolutePath());
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
    c.idleLockMinutes = ini.value(QStringLiteral("security/idle_lock_minutes"), c.idleLockMinutes).toInt(&ok2);
    c.lockout.maxFailures =
        ini.value(QStringLiteral("security/max_failed_logins"), c.lockout.maxFailures).toInt(&ok3);
    c.lockout.lockMinutes =
        ini.value(QStringLiteral("security/lockout_minutes"), c.lockout.lockMinutes).toInt(&ok4);
    if (!ok2 || !ok3 || !ok4 || c.idleLockMinutes < 0 || c.lockout.maxFailures < 1
        || c.lockout.lockMinutes < 1)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：[security] 的 idle_lock_minutes（≥0）、max_failed_logins（≥1）、"
                                "lockout_minutes（≥1）须为整数").arg(file));
    bool ok5 = true;
    c.nearExpiryDays = ini.value(QStringLiteral("inventory/near_expiry_days"), c.nearExpiryDays).toInt(&ok5);
    if (!ok5 || c.nearExpiryDays < 0)
        return makeError(ErrorCode::Configuration,
                         Tr::tr("%1：[inventory] near_expiry_days 须为非负整数").arg(file));
    return c;
}

} // namespace pos::app
