#include "app/archivecommands.h"

#include "app/commands.h"
#include "app/core/archive/settlementarchivist.h"
#include "app/core/ports/clock.h"
#include "app/core/ports/recordsealer.h"
#include "app/counter.h"
#include "storage/archivebundle.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pos::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommands)
};

} // namespace

/// What the verification says of the copy at the backup location.
QString backupLine(const archive::ArchiveVerification& v)
{
    if (v.backupPlace.isEmpty())
        return Tr::tr("备份：未配置备份位置，档案只有数据库中的一份（在门店配置 [camera] "
                      "backup_dir 设置另一块盘或共享目录，RX-ARCHIVE-2Y）");
    return Tr::tr("备份：%1 中 %2 条记录的哈希、链接与签名已逐条核对，%3 件文档逐一核对")
        .arg(v.backupPlace)
        .arg(v.backupRecords)
        .arg(v.backupPiecesChecked);
}

/// How many settlements still due `archive verify` names one by one.
constexpr int kDueListed = 1000;

int runArchiveVerify(Counter& c, const QDate& from, const QDate& to, QTextStream& out,
                     QTextStream& err)
{
    if (from.isValid() && to.isValid() && to < from) {
        err << Tr::tr("--to 早于 --from") << Qt::endl;
        return 2;
    }
    Result<archive::ArchiveVerification> v = archive::verifyArchive(
        c.archiveStore(), c.recordSealer(), c.config().store.fixmedinsCode, &c.archiveHeadCopies(),
        c.archiveEvidence(), from, to, c.archiveBackup());
    if (!v) {
        err << v.error().userText() << Qt::endl;
        return 2;
    }
    Result<QList<ArchiveStore::Due>> due = c.archiveStore().due(kDueListed + 1);
    if (!due) {
        err << due.error().userText() << Qt::endl;
        return 2;
    }
    QStringList problems;
    for (const archive::ArchiveFinding& f : std::as_const(v->findings))
        problems << f.describe();
    for (const ArchiveStore::Due& d : due->mid(0, kDueListed))
        problems << (d.kind == archive::RecordKind::Refund
                         ? Tr::tr("结算 %1 已退费，退费尚未封存入档（收银台下次启动时补封存）")
                     : d.kind == archive::RecordKind::CashPrescriptionSale
                         ? Tr::tr("处方销售 %1 尚未封存入档（收银台下次启动时补封存）")
                     : d.kind == archive::RecordKind::CashPrescriptionReturn
                         ? Tr::tr("处方销售 %1 已退货，退货尚未封存入档（收银台下次启动时补封存）")
                         : Tr::tr("结算 %1 已签字，尚未封存入档（收银台下次启动时补封存）"))
                        .arg(d.subject);
    if (due->size() > kDueListed)
        problems << Tr::tr("另有更多结算或处方销售尚未封存（只列出前 %1 笔）").arg(kDueListed);
    const QString range =
        from.isValid() || to.isValid()
            ? Tr::tr("（%1 至 %2 封存的记录核对了文档）")
                  .arg(from.isValid() ? from.toString(Qt::ISODate) : Tr::tr("最早"),
                       to.isValid() ? to.toString(Qt::ISODate) : Tr::tr("最新"))
            : QString();
    if (problems.isEmpty()) {
        out << Tr::tr("结算档案完整：%1 条记录的哈希、链接与店铺密钥签名均与封存时一致，"
                      "%2 件文档逐一核对%3")
                   .arg(v->records)
                   .arg(v->piecesChecked)
                   .arg(range)
            << Qt::endl;
        if (v->head)
            out << Tr::tr("链头 #%1 %2（另存于 %3）")
                       .arg(v->head->seq)
                       .arg(QString::fromLatin1(v->head->hash),
                            c.archiveHeadCopies().places().join(QStringLiteral("、")))
                << Qt::endl;
        out << backupLine(*v) << Qt::endl;
        return 0;
    }
    out << Tr::tr("结算档案有 %1 处问题（共 %2 条记录）：").arg(problems.size()).arg(v->records)
        << Qt::endl;
    for (const QString& p : std::as_const(problems))
        out << QStringLiteral("  ") << p << Qt::endl;
    return 1;
}

int runArchiveShow(Counter& c, const QString& number, QTextStream& out, QTextStream& err)
{
    if (number.isEmpty()) {
        err << Tr::tr(
            "用法：pharmapos archive show 结算单号、销售单号、处方号、身份证号、姓名或日期"
            "（2026-12-06 或 2026-12-01..2026-12-06） --user 店长")
            << Qt::endl;
        return 2;
    }
    archive::ArchiveReader reader(c.archiveStore(), c.access());
    // A day or range of days: the records sealed then, one line each.
    if (const std::optional<std::pair<QDate, QDate>> days = archive::parseDayRange(number)) {
        Result<archive::ArchiveReader::DayList> list = reader.sealedOn(days->first, days->second);
        if (!list) {
            err << list.error().userText() << Qt::endl;
            return 2;
        }
        out << archive::dayListSheet(*list).join(u'\n') << Qt::endl;
        return list->entries.isEmpty() ? 1 : 0;
    }
    Result<QList<archive::ArchiveRecord>> records = reader.records(number);
    if (!records) {
        err << records.error().userText() << Qt::endl;
        return records.error().code == ErrorCode::NotFound ? 1 : 2;
    }
    for (const archive::ArchiveRecord& r : std::as_const(*records))
        out << archive::describeRecord(r).join(u'\n') << Qt::endl << Qt::endl;
    return 0;
}

int runArchiveBinding(Counter& c, const QDate& month, QTextStream& out, QTextStream& err)
{
    archive::ArchiveReader reader(c.archiveStore(), c.access());
    Result<archive::ArchiveReader::BindingList> list = reader.bindingList(month);
    if (!list) {
        err << list.error().userText() << Qt::endl;
        return 2;
    }
    out << archive::bindingSheet(*list, c.config().store.name).join(u'\n') << Qt::endl;
    return 0;
}

int runArchiveExport(Counter& c, const QString& number, const QString& outDir, QTextStream& out,
                     QTextStream& err)
{
    if (number.isEmpty() || outDir.isEmpty()) {
        err << Tr::tr("用法：pharmapos archive export 结算单号或处方号 --out 目录 --user 店长")
            << Qt::endl;
        return 2;
    }
    archive::ArchiveReader reader(c.archiveStore(), c.access());
    Result<QList<archive::ArchiveReader::Exported>> records = reader.exportRecords(number);
    if (!records) {
        err << records.error().userText() << Qt::endl;
        return records.error().code == ErrorCode::NotFound ? 1 : 2;
    }
    QList<storage::BundleRecord> bundle;
    for (const archive::ArchiveReader::Exported& e : std::as_const(*records))
        bundle.append({e.record, e.documents, archive::describeRecord(e.record, true)});
    const QString dir = QFileInfo(outDir).absoluteFilePath();
    Result<QStringList> written =
        storage::writeArchiveBundle(bundle, dir, c.recordSealer().publicKeyFingerprint());
    if (!written) {
        err << written.error().userText() << Qt::endl;
        return 1;
    }
    out << Tr::tr("已导出 %1 的 %2 条归档记录到 %3（%4 个文件；含个人信息，已记入审计）：")
               .arg(number)
               .arg(bundle.size())
               .arg(dir)
               .arg(written->size())
        << Qt::endl;
    for (const QString& f : std::as_const(*written))
        out << QStringLiteral("  ") << f << Qt::endl;
    out << Tr::tr("核对：cd %1 && sha256sum -c SHA256SUMS").arg(dir) << Qt::endl;
    return 0;
}

QList<Subcommand> archiveSubcommands()
{
    return {
        {{QStringLiteral("archive"), QStringLiteral("verify")},
         QStringLiteral("[--from D] [--to D]"),
         QT_TRANSLATE_NOOP("commands",
                           "校验结算档案（SETTLE-SLIP）：每条记录的哈希、链接与签名、另存的链头、"
                           "文档；被改动、缺失、调换或伪造的逐一列出（有问题退出码 1）"),
         CommandNeeds::Store,
         false,
         [](const CommandContext& ctx) {
             const QDate from =
                 QDate::fromString(ctx.line.value(QStringLiteral("from")), Qt::ISODate);
             const QDate to = QDate::fromString(ctx.line.value(QStringLiteral("to")), Qt::ISODate);
             if ((ctx.line.isSet(QStringLiteral("from")) && !from.isValid())
                 || (ctx.line.isSet(QStringLiteral("to")) && !to.isValid())) {
                 ctx.err << Tr::tr("用法：pharmapos archive verify [--from 2026-11-01] "
                                   "[--to 2026-11-30]")
                         << Qt::endl;
                 return 2;
             }
             Result<std::unique_ptr<Counter>> counter =
                 Counter::assemble(*ctx.config, std::make_unique<SystemClock>());
             if (!counter) {
                 ctx.err << counter.error().userText() << Qt::endl;
                 return 2;
             }
             return runArchiveVerify(**counter, from, to, ctx.out, ctx.err);
         }},
        {{QStringLiteral("archive"), QStringLiteral("show")},
         QStringLiteral("SETTLEMENT|RXNO|ID|NAME|DAY[..DAY]"),
         QT_TRANSLATE_NOOP("commands",
                           "查阅一笔结算或一张处方的归档记录：结算、处方与审方、各文档及其哈希"
                           "（店长，参保人信息脱敏，记入审计）；给日期则列出当日（或该段日期）"
                           "封存的记录"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 return runArchiveShow(c, ctx.line.word(2), ctx.out, ctx.err);
             });
         }},
        {{QStringLiteral("archive"), QStringLiteral("binding")},
         QStringLiteral("--month YYYY-MM"),
         QT_TRANSLATE_NOOP("commands",
                           "打印一个月的装订清单：当月封存的记录按封存顺序，纸质结算单与处方照此"
                           "装订（店长，不含个人信息，记入审计）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             const QDate month = QDate::fromString(
                 ctx.line.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
             if (!month.isValid()) {
                 ctx.err << Tr::tr("用法：pharmapos archive binding --month 2026-11 --user 店长")
                         << Qt::endl;
                 return 2;
             }
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 return runArchiveBinding(c, month, ctx.out, ctx.err);
             });
         }},
        {{QStringLiteral("archive"), QStringLiteral("export")},
         QStringLiteral("SETTLEMENT|RXNO --out DIR"),
         QT_TRANSLATE_NOOP("commands",
                           "导出检查用档案包：各文档原件、封存记录、按顺序汇成的 PDF、SHA256SUMS 与"
                           "核验说明（店长，含个人信息，记入审计）"),
         CommandNeeds::Store,
         true,
         [](const CommandContext& ctx) {
             return asUser(*ctx.config, ctx.line.value(QStringLiteral("user")), [&](Counter& c) {
                 return runArchiveExport(c, ctx.line.word(2), ctx.line.value(QStringLiteral("out")),
                                         ctx.out, ctx.err);
             });
         }},
    };
}

} // namespace pos::app
