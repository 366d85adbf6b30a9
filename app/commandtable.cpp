#include "app/commandtable.h"

#include "app/archivecommands.h"
#include "app/cameracommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <cstring>

namespace pos::app {

namespace {

/// The "commands" context's translation of a string marked with QT_TRANSLATE_NOOP.
QString tx(const char* text)
{
    return QCoreApplication::translate("commands", text);
}

/// troff: a backslash is written \e, a leading dot or quote would start a request.
QString troff(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e"));
    text.replace(u'-', QStringLiteral("\\-"));
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

} // namespace

CommandLine::CommandLine(const QCommandLineParser& parser, QStringList words)
    : m_parser(parser)
    , m_words(std::move(words))
{
}

bool CommandLine::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QString CommandLine::value(const QString& option) const
{
    return m_parser.value(option);
}

QStringList CommandLine::asWords(const QStringList& options) const
{
    QStringList out;
    for (const QString& name : options) {
        if (!m_parser.isSet(name))
            continue;
        out << QStringLiteral("--") + name;
        const auto it = std::find_if(commandOptions().cbegin(), commandOptions().cend(),
                                     [&](const CommandOption& o) { return o.name == name; });
        if (it != commandOptions().cend() && !it->valueName.isEmpty())
            out << m_parser.value(name);
    }
    return out;
}

QString Subcommand::helpText() const
{
    QString text = tx(help);
    if (login)
        text += tx(QT_TRANSLATE_NOOP("commands", "（--user，密码从标准输入读取）"));
    return text;
}

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> all = [] {
        QList<Subcommand> list;
        list << counterSubcommands() << staffSubcommands() << inventorySubcommands()
             << syncSubcommands() << toolSubcommands() << cameraSubcommands()
             << archiveSubcommands();
        return list;
    }();
    return all;
}

const QList<CommandOption>& commandOptions()
{
    static const QList<CommandOption> options{
        {QStringLiteral("data-dir"), QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("commands", "数据目录（数据库、打印输出）")},
        {QStringLiteral("config"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("commands", "门店配置文件（INI）")},
        {QStringLiteral("demo"),
         {},
         QT_TRANSLATE_NOOP("commands", "演示模式：演示门店与演示商品目录")},
        {QStringLiteral("headless"), {}, QT_TRANSLATE_NOOP("commands", "无界面：运行演示场景")},
        {QStringLiteral("json"),
         {},
         QT_TRANSLATE_NOOP("commands", "run-script、trace：以 JSON 输出")},
        {QStringLiteral("lang"), QStringLiteral("LANG"),
         QT_TRANSLATE_NOOP("commands", "界面语言：zh_CN（默认）或 en")},
        {QStringLiteral("user"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("commands", "以该账号操作（密码从标准输入读取）")},
        {QStringLiteral("from"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("commands", "起始日期")},
        {QStringLiteral("date"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("commands", "日期")},
        {QStringLiteral("month"), QStringLiteral("YYYY-MM"),
         QT_TRANSLATE_NOOP("commands", "月份（archive binding：装订清单）")},
        {QStringLiteral("to"), QStringLiteral("DATE"),
         QT_TRANSLATE_NOOP("commands", "截止日期（含）")},
        {QStringLiteral("out"), QStringLiteral("FILE"), QT_TRANSLATE_NOOP("commands", "输出文件")},
        {QStringLiteral("in"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("commands", "输入文件（keys restore：密钥备份）")},
        {QStringLiteral("force"), {}, QT_TRANSLATE_NOOP("commands", "keys backup：覆盖已有的文件")},
        {QStringLiteral("dry-run"),
         {},
         QT_TRANSLATE_NOOP("commands", "privacy retention run：只列出将删除的内容，不删除")},
        {QStringLiteral("purpose"), QStringLiteral("WHY"),
         QT_TRANSLATE_NOOP("commands", "privacy show：查看原因（记入审计日志）")},
        {QStringLiteral("name"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("commands", "姓名")},
        {QStringLiteral("role"), QStringLiteral("ROLE"),
         QT_TRANSLATE_NOOP("commands", "角色：cashier、pharmacist、manager、admin")},
        {QStringLiteral("licence"), QStringLiteral("NO"),
         QT_TRANSLATE_NOOP("commands", "执业药师注册证号")},
        {QStringLiteral("insurance-code"), QStringLiteral("CODE"),
         QT_TRANSLATE_NOOP("commands", "医保药师编码")},
        {QStringLiteral("format"), QStringLiteral("FORMAT"),
         QT_TRANSLATE_NOOP("commands", "导出格式：csv、xlsx、pdf")},
        {QStringLiteral("scope"), QStringLiteral("SCOPE"),
         QT_TRANSLATE_NOOP("commands", "盘点范围：all、西药、中成药、中药饮片")},
        {QStringLiteral("reason"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("commands", "原因")},
        {QStringLiteral("journal"),
         {},
         QT_TRANSLATE_NOOP("commands", "ledger export：导出逐笔库存流水而非汇总台账")},
        {QStringLiteral("product"), QStringLiteral("CODE"),
         QT_TRANSLATE_NOOP("commands", "商品编码")},
        {QStringLiteral("batch"), QStringLiteral("NO"), QT_TRANSLATE_NOOP("commands", "批号")},
        {QStringLiteral("kind"), QStringLiteral("KIND"),
         QT_TRANSLATE_NOOP("commands", "调整类型：loss、destruction、transfer-out、transfer-in、"
                                       "purchase-return")},
        {QStringLiteral("pieces"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("commands", "数量（最小单位）")},
        {QStringLiteral("hex"),
         {},
         QT_TRANSLATE_NOOP("commands", "codes inspect：PAYLOAD 为十六进制字节（1d 即 GS）")},
        {QStringLiteral("symbology"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("commands", "codes inspect：设备报告的 AIM 码制标识，如 ]d2")},
        {QStringLiteral("gs-substitute"), QStringLiteral("S"),
         QT_TRANSLATE_NOOP("commands", "codes inspect：扫码枪代替 GS 发送的字符，如 ~")},
        {QStringLiteral("image"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("commands", "codes inspect：从图片文件解码（PNG、JPG…）")},
        {QStringLiteral("timeout-s"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("commands", "sync run：最多等待的秒数（默认 60）")},
        {QStringLiteral("full"),
         {},
         QT_TRANSLATE_NOOP("commands", "sync catalog：全量下载医保目录")},
        {QStringLiteral("man"), {}, QT_TRANSLATE_NOOP("commands", "输出 man 手册页（troff）")},
        {QStringLiteral("quit-when-ready"), {}, "", true},
    };
    return options;
}

const Subcommand* findSubcommand(const QStringList& words)
{
    const Subcommand* best = nullptr;
    for (const Subcommand& c : subcommands()) {
        if (c.words.size() > words.size())
            continue;
        if (words.mid(0, c.words.size()) != c.words)
            continue;
        if (!best || c.words.size() > best->words.size())
            best = &c;
    }
    return best;
}

bool runsWithoutWindow(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        for (const char* flag : {"--headless", "--version", "-v", "--help", "-h", "--man"})
            if (std::strcmp(a, flag) == 0)
                return true;
        if (a[0] == '-') {
            // An option's value is not a command word.
            const QString name = QString::fromLocal8Bit(a).mid(2);
            for (const CommandOption& o : commandOptions())
                if (o.name == name && !o.valueName.isEmpty())
                    ++i;
            continue;
        }
        return true; // a word: a subcommand (or an unknown one, refused without a window)
    }
    return false;
}

QString commandsHelp()
{
    QString text = tx(QT_TRANSLATE_NOOP("commands", "子命令：")) + u'\n';
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("(无)"), -28)
                .arg(tx(QT_TRANSLATE_NOOP("commands", "打开收银界面")));
    for (const Subcommand& c : subcommands()) {
        const QString head = c.synopsis.isEmpty() ? c.name() : c.name() + u' ' + c.synopsis;
        if (head.size() <= 28)
            text += QStringLiteral("  %1  %2\n").arg(head, -28).arg(c.helpText());
        else
            text += QStringLiteral("  %1\n  %2  %3\n").arg(head, QString(28, u' '), c.helpText());
    }
    return text;
}

QString manPage()
{
    QString m;
    m += QStringLiteral(".TH PHARMAPOS 1 \"%1\" \"PharmaPOS %2\" \"PharmaPOS\"\n")
             .arg(QDate(2026, 12, 1).toString(Qt::ISODate), QStringLiteral(PHARMAPOS_VERSION));
    m += QStringLiteral(".SH NAME\npharmapos \\- %1\n")
             .arg(troff(tx(QT_TRANSLATE_NOOP("commands", "药店收银系统（定点零售药店）"))));
    m += QStringLiteral(".SH SYNOPSIS\n.B pharmapos\n[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR ...]\n");
    m +=
        QStringLiteral(".SH DESCRIPTION\n%1\n")
            .arg(troff(tx(QT_TRANSLATE_NOOP(
                "commands", "不带子命令时打开收银界面；子命令在无界面时运行。凡显示或修改门店数据的"
                            "子命令都需要 --user 登录，密码从标准输入读取（终端上不回显）。"))));
    m += QStringLiteral(".SH COMMANDS\n");
    for (const Subcommand& c : subcommands()) {
        m += QStringLiteral(".TP\n.B %1").arg(troff(c.name()));
        if (!c.synopsis.isEmpty())
            m += QStringLiteral(" \\fR%1\\fR").arg(troff(c.synopsis));
        m += u'\n' + troff(c.helpText()) + u'\n';
    }
    m += QStringLiteral(".SH OPTIONS\n");
    for (const CommandOption& o : commandOptions()) {
        if (o.hidden)
            continue;
        m += QStringLiteral(".TP\n.B \\-\\-%1").arg(troff(o.name));
        if (!o.valueName.isEmpty())
            m += QStringLiteral(" \\fI%1\\fR").arg(o.valueName);
        m += u'\n' + troff(tx(o.help)) + u'\n';
    }
    m += QStringLiteral(".SH EXIT STATUS\n%1\n")
             .arg(troff(tx(QT_TRANSLATE_NOOP(
                 "commands",
                 "0 成功；1 被拒绝、失败或发现差异（消息说明原因）；2 用法错误或无法打开门店。"))));
    m += QStringLiteral(".SH FILES\n%1\n")
             .arg(troff(tx(QT_TRANSLATE_NOOP(
                 "commands",
                 "~/.local/share/PharmaPOS/store（数据目录），其旁的 DIR.keys（店铺密钥与"
                 "锚点），DIR/pharmapos.ini（门店配置）。"))));
    return m;
}

} // namespace pos::app
