#include "app/storecheckcommand.h"

#include "storage/databasehealth.h"

#include <QCoreApplication>

namespace pos::app {

namespace {
/// Translation context "StoreCheck" for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)
};
} // namespace

int runStoreCheck(const AppConfig& config, bool full, QTextStream& out, QTextStream& err)
{
    const QString path = config.databasePath();
    const Result<storage::IntegrityReport> report = storage::checkIntegrity(
        path, full ? storage::IntegrityDepth::Full : storage::IntegrityDepth::Quick);
    if (!report) {
        err << report.error().userText() << Qt::endl;
        return 2;
    }
    const QString how = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    if (report->intact()) {
        out << Tr::tr("数据库文件 %1 完整（SQLite %2 读过每一页，用时 %3 ms）")
                   .arg(path, how)
                   .arg(report->elapsedMs)
            << Qt::endl;
        return 0;
    }
    out << Tr::tr("数据库文件 %1 已损坏，%2 发现 %3 处问题：")
               .arg(path, how)
               .arg(report->problems.size())
        << Qt::endl;
    for (const QString& p : report->problems)
        out << QStringLiteral("  ") << p << Qt::endl;
    out << Tr::tr("请停止使用本机，从备份恢复。") << Qt::endl;
    return 1;
}

} // namespace pos::app
