// The inventory family of subcommands (进销存): receiving, adjustments, the ledger, stocktake and
// sale returns. One entry per command; the work is in commands.cpp.

#include "app/commands.h"
#include "app/commandtable.h"

#include <QDate>

namespace pos::app {

QList<Subcommand> inventorySubcommands()
{
    const auto v = [](const CommandContext& c, const char* name) {
        return c.line.value(QString::fromLatin1(name));
    };
    return {
        {{QStringLiteral("inventory"), QStringLiteral("import-purchases")},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("commands",
                           "导入供货商到货单 CSV/XLSX：每行给出结论，有一行被拒则整单不入库"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runImportPurchases(*c.config, v(c, "user"), c.line.word(2));
         }},
        {{QStringLiteral("inventory"), QStringLiteral("adjust")},
         QStringLiteral("--product P --batch B --kind KIND --pieces N --reason R"),
         QT_TRANSLATE_NOOP("commands", "报损、销毁、调拨、购进退货（店长；上传 3502/3504）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runAdjust(*c.config, v(c, "user"), v(c, "product"), v(c, "batch"), v(c, "kind"),
                              v(c, "pieces").toLongLong(), v(c, "reason"));
         }},
        {{QStringLiteral("ledger"), QStringLiteral("export")},
         QStringLiteral("--from D --to D --format csv|xlsx|pdf [--journal] --out FILE"),
         QT_TRANSLATE_NOOP("commands", "导出进销存台账（或 --journal 逐笔流水）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runLedgerExport(*c.config, v(c, "user"),
                                    QDate::fromString(v(c, "from"), Qt::ISODate),
                                    QDate::fromString(v(c, "to"), Qt::ISODate), v(c, "format"),
                                    v(c, "out"), c.line.isSet(QStringLiteral("journal")));
         }},
        {{QStringLiteral("stocktake"), QStringLiteral("start")},
         QStringLiteral("[--scope 西药|中成药|中药饮片] --out sheet.csv"),
         QT_TRANSLATE_NOOP("commands", "盘点：生成带账面数量的盘点单 CSV"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runStocktake(*c.config, c.line.words(), v(c, "user"), v(c, "scope"),
                                 v(c, "out"), v(c, "reason"));
         }},
        {{QStringLiteral("stocktake"), QStringLiteral("apply")},
         QStringLiteral("sheet.csv --reason R"),
         QT_TRANSLATE_NOOP("commands", "盘点：导入实盘数量，店长审核后过账盈亏（上传 3501）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runStocktake(*c.config, c.line.words(), v(c, "user"), v(c, "scope"),
                                 v(c, "out"), v(c, "reason"));
         }},
        {{QStringLiteral("trace")},
         QStringLiteral("CODE | --batch NO [--json]"),
         QT_TRANSLATE_NOOP("commands",
                           "追溯（DATA-TRACE）：一盒药的购进、每次销售、处方与审方药师、退货；"
                           "或一个批号的每一盒及去向（店长，记入审计）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runTrace(*c.config, v(c, "user"), c.line.word(1), v(c, "batch"),
                             c.line.isSet(QStringLiteral("json")));
         }},
        {{QStringLiteral("sale"), QStringLiteral("return")},
         QStringLiteral("SALE_NO --reason R"),
         QT_TRANSLATE_NOOP("commands", "销售单全单退货：库存与追溯码退回，上传 3506（店长）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runSaleReturn(*c.config, v(c, "user"), c.line.word(2), v(c, "reason"));
         }},
        {{QStringLiteral("settle"), QStringLiteral("refund")},
         QStringLiteral("SETTLEMENT_NO --reason R"),
         QT_TRANSLATE_NOOP(
             "commands", "医保退费（REFUND-ORIGINAL）：当月结算经 2103 原路退回，库存与追溯码退回，"
                         "上传 3506（店长）"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runSettleRefund(*c.config, v(c, "user"), c.line.word(2), v(c, "reason"));
         }},
        {{QStringLiteral("settle"), QStringLiteral("reconcile")},
         QStringLiteral("--date YYYY-MM-DD [--json]"),
         QT_TRANSLATE_NOOP("commands",
                           "医保日对账：对总账（3201），不平时对明细账（3202），列出每笔差异；"
                           "不平时退出码 3"),
         CommandNeeds::Store,
         true,
         [v](const CommandContext& c) {
             return runSettleReconcile(*c.config, v(c, "user"), v(c, "date"),
                                       c.line.isSet(QStringLiteral("json")));
         }},
    };
}

} // namespace pos::app
