// The staff family of subcommands: accounts, duty, the audit trail, the store's integrity, its
// key and its personal data. One entry per command; the work is in commands.cpp,
// keyscommands.cpp and privacycommands.cpp.

#include "app/commands.h"
#include "app/commandtable.h"
#include "app/keyscommands.h"
#include "app/privacycommands.h"

#include <QDate>

namespace pos::app {

QList<Subcommand> staffSubcommands()
{
    const auto date = [](const CommandContext& c, const char* name) {
        return QDate::fromString(c.line.value(QString::fromLatin1(name)), Qt::ISODate);
    };
    return {
        {{QStringLiteral("users"), QStringLiteral("list")},
         {},
         QT_TRANSLATE_NOOP("commands", "列出账号（管理员或店长）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) {
             return runUsers(*c.config, c.line.words(), c.line.value(QStringLiteral("user")), {},
                             {}, {}, {});
         }},
        {{QStringLiteral("users"), QStringLiteral("init-admin")},
         QStringLiteral("NAME --name 姓名"),
         QT_TRANSLATE_NOOP("commands", "新门店的第一个管理员（仅当尚无账号；密码从标准输入读取）"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) {
             return runUsers(*c.config, c.line.words(), {}, c.line.value(QStringLiteral("name")),
                             {}, {}, {});
         }},
        {{QStringLiteral("users"), QStringLiteral("add")},
         QStringLiteral("NAME --role cashier|pharmacist|manager|admin --name 姓名 [--licence 证号] "
                        "[--insurance-code 编码]"),
         QT_TRANSLATE_NOOP("commands",
                           "管理员新增账号：标准输入第一行为管理员密码，第二行为新账号密码"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) {
             return runUsers(*c.config, c.line.words(), c.line.value(QStringLiteral("user")),
                             c.line.value(QStringLiteral("name")),
                             c.line.value(QStringLiteral("role")),
                             c.line.value(QStringLiteral("licence")),
                             c.line.value(QStringLiteral("insurance-code")));
         }},
        {{QStringLiteral("duty"), QStringLiteral("export")},
         QStringLiteral("--from D --to D --out FILE"),
         QT_TRANSLATE_NOOP("commands", "导出药师在岗记录（CSV，供检查）"),
         CommandNeeds::Store,
         true,
         [date](const CommandContext& c) {
             return runDutyExport(*c.config, c.line.value(QStringLiteral("user")), date(c, "from"),
                                  date(c, "to"), c.line.value(QStringLiteral("out")));
         }},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("[--user NAME]"),
         QT_TRANSLATE_NOOP("commands",
                           "只校验审计日志哈希链；不登录只给结论，店长或管理员登录可看详情"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) {
             return runAuditVerify(*c.config, c.line.value(QStringLiteral("user")));
         }},
        {{QStringLiteral("verify")},
         QStringLiteral("[--user NAME]"),
         QT_TRANSLATE_NOOP("commands",
                           "全面校验：审计链、数据库文件、各表封存与锚点、库存余额、已售追溯码；"
                           "不登录只给结论，店长或管理员登录可看详情；有差异时退出码 1"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) {
             return runVerify(*c.config, c.line.value(QStringLiteral("user")));
         }},
        {{QStringLiteral("keys"), QStringLiteral("status")},
         {},
         QT_TRANSLATE_NOOP("commands",
                           "店铺密钥：来源、密钥编号、各类数据由哪个密钥加密（管理员）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runKeysCommand(*c.config, c); }},
        {{QStringLiteral("keys"), QStringLiteral("backup")},
         QStringLiteral("--out FILE [--force]"),
         QT_TRANSLATE_NOOP("commands",
                           "把店铺密钥备份为口令保护的文件（管理员；口令在终端输入两次，或从标准"
                           "输入读取一行）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runKeysCommand(*c.config, c); }},
        {{QStringLiteral("keys"), QStringLiteral("restore")},
         QStringLiteral("--in FILE"),
         QT_TRANSLATE_NOOP("commands",
                           "从备份恢复店铺密钥（门店因缺少密钥无法打开时；须能写密钥目录）"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& c) { return runKeysCommand(*c.config, c); }},
        {{QStringLiteral("keys"), QStringLiteral("rotate")},
         {},
         QT_TRANSLATE_NOOP("commands",
                           "更换店铺密钥：全部加密数据改用新密钥后销毁旧密钥（管理员；须先关闭"
                           "收银程序；中断后再次执行会接着做；完成后请重新备份密钥）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runKeysRotateCommand(*c.config, c); }},
        {{QStringLiteral("privacy"), QStringLiteral("report")},
         {},
         QT_TRANSLATE_NOOP("commands",
                           "列出门店保存的个人信息：按类别和时长统计、保存期限、加密情况（店长或"
                           "管理员；不显示任何个人信息本身）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runPrivacyCommand(*c.config, c); }},
        {{QStringLiteral("privacy"), QStringLiteral("show")},
         QStringLiteral("SALE|RXNO [--purpose WHY]"),
         QT_TRANSLATE_NOOP("commands",
                           "查看一张销售单或处方中的个人信息：药师、店长看到完整值（每次记入审计"
                           "日志，附查看原因），其他角色只看到打码的值"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runPrivacyShowCommand(*c.config, c); }},
        {{QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("run")},
         QStringLiteral("[--dry-run]"),
         QT_TRANSLATE_NOOP("commands",
                           "立即按保存期限删除过期的个人信息（店长或管理员；法定最短期限内的从不"
                           "删除；记入审计日志；--dry-run 只列出不删除）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& c) { return runPrivacyCommand(*c.config, c); }},
    };
}

} // namespace pos::app
